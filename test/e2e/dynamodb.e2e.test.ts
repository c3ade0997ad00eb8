import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import {
  CreateTableCommand,
  DynamoDBClient,
  ListTagsOfResourceCommand,
  UpdateContinuousBackupsCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { CreateAliasCommand, CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import {
  GetResourcesCommand,
  ResourceGroupsTaggingAPIClient,
} from '@aws-sdk/client-resource-groups-tagging-api';
import type { AwsCredentialIdentity } from '@smithy/types';
import type { Inventory } from '../../src/inventory/document.js';
import { validateInventory } from '../../src/inventory/validate.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';

const keySchema = {
  AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' as const }],
  KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' as const }],
};

describe('DynamoDB collector against moto', () => {
  const account = uniqueAccountId();
  let credentials: AwsCredentialIdentity;
  let inventory: Inventory;
  // 12 tags: moto returns ListTagsOfResource in pages of 10, so NextToken has to be followed.
  const manyTags = Object.fromEntries(
    Array.from({ length: 12 }, (_, i) => [`tag${String(i).padStart(2, '0')}`, `v${i}`]),
  );

  beforeAll(async () => {
    credentials = await accountCredentials(account);
    const east = new DynamoDBClient(seedConfig('us-east-1', credentials));
    const west = new DynamoDBClient(seedConfig('eu-west-2', credentials));
    // A customer managed key, named by its alias as a user would (AWS stores the key's ARN).
    const kms = new KMSClient(seedConfig('us-east-1', credentials));
    const key = await kms.send(new CreateKeyCommand({ Description: 'orders table' }));
    await kms.send(
      new CreateAliasCommand({ AliasName: 'alias/orders', TargetKeyId: key.KeyMetadata?.KeyId }),
    );

    await east.send(
      new CreateTableCommand({
        TableName: 'orders',
        ...keySchema,
        BillingMode: 'PAY_PER_REQUEST',
        DeletionProtectionEnabled: true,
        StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
        SSESpecification: { Enabled: true, SSEType: 'KMS', KMSMasterKeyId: key.KeyMetadata?.Arn },
        Tags: Object.entries(manyTags).map(([Key, Value]) => ({ Key, Value })),
      }),
    );
    await east.send(
      new UpdateContinuousBackupsCommand({
        TableName: 'orders',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      }),
    );
    await east.send(
      new UpdateTimeToLiveCommand({
        TableName: 'orders',
        TimeToLiveSpecification: { Enabled: true, AttributeName: 'expiresAt' },
      }),
    );
    await west.send(
      new CreateTableCommand({
        TableName: 'legacy',
        ...keySchema,
        ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 3 },
      }),
    );

    inventory = await scanForTest(credentials, {
      regions: ['eu-west-2', 'us-east-1'],
      services: ['dynamodb'],
    });
  });

  it('produces a valid inventory with no errors and complete coverage', () => {
    expect(inventory.errors).toEqual([]);
    expect(() => validateInventory(JSON.parse(JSON.stringify(inventory)))).not.toThrow();
    expect(inventory.accounts[0]?.coverage.every((c) => c.status === 'complete')).toBe(true);
    expect(ofType(inventory, 'dynamodb:table').map((t) => [t.region, t.id])).toEqual([
      ['eu-west-2', 'legacy'],
      ['us-east-1', 'orders'],
    ]);
  });

  it('records an on-demand table with PITR, TTL, a stream, a KMS key and every tag', () => {
    const table = ofType(inventory, 'dynamodb:table').find((t) => t.id === 'orders');
    expect(table).toMatchObject({
      arn: `arn:aws:dynamodb:us-east-1:${account}:table/orders`,
      name: 'orders',
      account,
      state: 'ACTIVE',
      tags: manyTags,
      unknownAttributes: [],
    });
    expect(table?.createdAt).not.toBeNull();
    expect(table?.attributes).toMatchObject({
      billingMode: 'PAY_PER_REQUEST',
      itemCount: 0,
      sizeBytes: 0,
      pointInTimeRecovery: true,
      ttl: { status: 'ENABLED', attributeName: 'expiresAt' },
      deletionProtection: true,
      stream: { viewType: 'NEW_AND_OLD_IMAGES' },
      provisionedThroughput: null,
    });
    expect(table?.attributes.sse).toMatchObject({ status: 'ENABLED', type: 'KMS' });
    expect(table?.attributes.sse?.kmsKeyArn).not.toBeNull();
    expect(table?.attributes.kmsKeyManager).toBe('CUSTOMER');
  });

  it('records a provisioned table without PITR, TTL, tags or a customer key', () => {
    const table = ofType(inventory, 'dynamodb:table').find((t) => t.id === 'legacy');
    expect(table).toMatchObject({
      arn: `arn:aws:dynamodb:eu-west-2:${account}:table/legacy`,
      region: 'eu-west-2',
      tags: {},
      unknownAttributes: [],
      attributes: {
        // moto sends BillingModeSummary here; AWS may omit it (covered in test/unit/collectors-misc.test.ts).
        billingMode: 'PROVISIONED',
        sse: null,
        kmsKeyManager: null,
        pointInTimeRecovery: false,
        ttl: { status: 'DISABLED', attributeName: null },
        deletionProtection: false,
        stream: null,
        provisionedThroughput: { read: 5, write: 3 },
      },
    });
  });
});

/** A client's send (overloaded in the SDK), as the scan calls it: one command, a promise. */
type SendSpy = jest.Spied<(command: unknown) => Promise<unknown>>;

describe("DynamoDB tags from the region's GetResources listing, against moto", () => {
  const account = uniqueAccountId();
  let credentials: AwsCredentialIdentity;
  // Spies that call through: they see which commands the scan sends (and only the scan: they are
  // made after the seeding; jest clears their calls before each test).
  let dynamodbSend: SendSpy;
  let taggingSend: SendSpy;
  const sent = (spy: SendSpy, Command: abstract new (...args: never[]) => unknown) =>
    spy.mock.calls.filter(([command]) => command instanceof Command).length;
  const manyTags = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`tag${i}`, `v${i}`]));

  beforeAll(async () => {
    credentials = await accountCredentials(account);
    const east = new DynamoDBClient(seedConfig('us-east-1', credentials));
    const tables: [string, Record<string, string>][] = [
      ['orders', manyTags],
      ['carts', { team: 'carts' }],
      ['scratch', {}],
    ];
    for (const [TableName, tags] of tables)
      await east.send(
        new CreateTableCommand({
          TableName,
          ...keySchema,
          BillingMode: 'PAY_PER_REQUEST',
          ...(Object.keys(tags).length > 0
            ? { Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) }
            : {}),
        }),
      );
    dynamodbSend = jest.spyOn(DynamoDBClient.prototype, 'send') as unknown as SendSpy;
    taggingSend = jest.spyOn(ResourceGroupsTaggingAPIClient.prototype, 'send') as unknown as SendSpy;
  });
  afterAll(() => {
    dynamodbSend.mockRestore();
    taggingSend.mockRestore();
  });

  const tags = (inventory: Inventory) =>
    Object.fromEntries(ofType(inventory, 'dynamodb:table').map((t) => [t.id, [t.tags, t.unknownAttributes]]));
  const expected = { orders: [manyTags, []], carts: [{ team: 'carts' }, []], scratch: [{}, []] };

  it('reads every tag with one GetResources call and no ListTagsOfResource', async () => {
    const inventory = await scanForTest(credentials, { regions: ['us-east-1'], services: ['dynamodb'] });
    expect(inventory.errors).toEqual([]);
    expect(tags(inventory)).toEqual(expected);
    expect([sent(taggingSend, GetResourcesCommand), sent(dynamodbSend, ListTagsOfResourceCommand)]).toEqual([
      1, 0,
    ]);
  });

  it('reads them with ListTagsOfResource, per table, when the listing fails', async () => {
    taggingSend.mockRejectedValueOnce(
      Object.assign(new Error('not authorized to perform: tag:GetResources'), {
        name: 'AccessDeniedException',
      }),
    );
    const inventory = await scanForTest(credentials, { regions: ['us-east-1'], services: ['dynamodb'] });
    expect(inventory.errors).toEqual([]);
    expect(inventory.accounts[0]?.coverage.map((c) => c.status)).toEqual(['complete']);
    expect(tags(inventory)).toEqual(expected);
    // moto answers ListTagsOfResource 10 tags a page: two calls for `orders`.
    expect([sent(taggingSend, GetResourcesCommand), sent(dynamodbSend, ListTagsOfResourceCommand)]).toEqual([
      1, 4,
    ]);
  });
});
