import { Readable } from 'node:stream';
import { afterAll, afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  DescribeContinuousBackupsCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  ListTablesCommand,
  ListTagsOfResourceCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import { DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import {
  GetResourcesCommand,
  ResourceGroupsTaggingAPIClient,
} from '@aws-sdk/client-resource-groups-tagging-api';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { HttpRequest } from '@smithy/types';
import { mockClient } from 'aws-sdk-client-mock';
import { CallStats } from '../../../src/scan/call-stats.js';
import { dynamodbCollector } from '../../../src/scan/collectors/dynamodb.js';
import { HARNESS, accessDenied, collect, ofType } from '../../support/collector-harness.js';

const { ACCOUNT, REGION } = HARNESS;

describe('DynamoDB collector', () => {
  const ddb = mockClient(DynamoDBClient);
  const kms = mockClient(KMSClient);
  const tagging = mockClient(ResourceGroupsTaggingAPIClient);
  // Unless a test says otherwise, the role may not list tags: each table reads its own.
  beforeEach(() => {
    tagging.on(GetResourcesCommand).rejects(accessDenied('tag:GetResources'));
  });
  afterEach(() => {
    ddb.reset();
    kms.reset();
    tagging.reset();
  });
  // The throttling test below needs the real Client#send.
  afterAll(() => {
    ddb.restore();
    kms.restore();
    tagging.restore();
  });

  function tableExists(name: string) {
    ddb.on(DescribeTableCommand, { TableName: name }).resolves({
      Table: {
        TableName: name,
        TableArn: `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/${name}`,
        TableStatus: 'ACTIVE',
        CreationDateTime: new Date('2024-03-01T10:00:00Z'),
        ItemCount: 42,
        TableSizeBytes: 4096,
        // No BillingModeSummary (a table that was always provisioned) and no SSEDescription (AWS-owned key).
        ProvisionedThroughput: { ReadCapacityUnits: 10, WriteCapacityUnits: 5 },
      },
    });
    ddb.on(DescribeContinuousBackupsCommand, { TableName: name }).resolves({
      ContinuousBackupsDescription: {
        ContinuousBackupsStatus: 'ENABLED',
        PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: 'ENABLED' },
      },
    });
    ddb.on(DescribeTimeToLiveCommand, { TableName: name }).resolves({
      TimeToLiveDescription: { TimeToLiveStatus: 'DISABLED' },
    });
    ddb
      .on(ListTagsOfResourceCommand, { ResourceArn: `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/${name}` })
      .resolves({
        Tags: [],
      });
  }

  it('follows ListTables and ListTagsOfResource across pages and reads absent fields as AWS defines them', async () => {
    // Paginators reuse one input object, so the tokens are recorded as each call is made.
    const starts: (string | undefined)[] = [];
    ddb.on(ListTablesCommand).callsFake((input: { ExclusiveStartTableName?: string }) => {
      starts.push(input.ExclusiveStartTableName);
      return input.ExclusiveStartTableName
        ? { TableNames: ['beta'] }
        : { TableNames: ['alpha'], LastEvaluatedTableName: 'alpha' };
    });
    tableExists('alpha');
    tableExists('beta');
    const betaArn = `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/beta`;
    ddb
      .on(ListTagsOfResourceCommand, { ResourceArn: betaArn })
      .resolvesOnce({ Tags: [{ Key: 'team', Value: 'payments' }], NextToken: 'page-2' })
      .resolvesOnce({ Tags: [{ Key: 'env', Value: 'prod' }] });

    const outcome = await collect(dynamodbCollector);

    expect(outcome.errors).toEqual([]);
    expect(starts).toEqual([undefined, 'alpha']);
    expect(
      ddb
        .commandCalls(ListTagsOfResourceCommand, { ResourceArn: betaArn })
        .map((c) => c.args[0].input.NextToken),
    ).toEqual([undefined, 'page-2']);
    const tables = ofType(outcome, 'dynamodb:table');
    expect(tables.map((t) => t.id).sort()).toEqual(['alpha', 'beta']);
    const beta = tables.find((t) => t.id === 'beta');
    expect(beta).toMatchObject({
      arn: betaArn,
      region: REGION,
      state: 'ACTIVE',
      createdAt: '2024-03-01T10:00:00.000Z',
      tags: { team: 'payments', env: 'prod' },
      unknownAttributes: [],
      attributes: {
        billingMode: 'PROVISIONED',
        itemCount: 42,
        sizeBytes: 4096,
        sse: null,
        kmsKeyManager: null,
        pointInTimeRecovery: true,
        ttl: { status: 'DISABLED', attributeName: null },
        deletionProtection: false,
        stream: null,
        provisionedThroughput: { read: 10, write: 5 },
      },
    });
  });

  it('records an AccessDenied per-item read and still emits the table, with the attribute unknown', async () => {
    ddb.on(ListTablesCommand).resolves({ TableNames: ['alpha', 'beta'] });
    tableExists('alpha');
    tableExists('beta');
    ddb
      .on(DescribeContinuousBackupsCommand, { TableName: 'beta' })
      .rejects(accessDenied('dynamodb:DescribeContinuousBackups'));

    const outcome = await collect(dynamodbCollector);

    expect(outcome.errors).toEqual([
      {
        account: ACCOUNT,
        service: 'dynamodb',
        region: REGION,
        operation: 'DescribeContinuousBackups',
        code: 'AccessDeniedException',
        message: expect.stringContaining('(the scan needs dynamodb:DescribeContinuousBackups)'),
        resourceId: 'beta',
        missingPermission: 'dynamodb:DescribeContinuousBackups',
      },
    ]);
    expect(outcome.failedTypes.size).toBe(0);
    const tables = ofType(outcome, 'dynamodb:table');
    expect(tables.find((t) => t.id === 'beta')?.unknownAttributes).toEqual(['pointInTimeRecovery']);
    expect(tables.find((t) => t.id === 'alpha')).toMatchObject({
      unknownAttributes: [],
      attributes: { pointInTimeRecovery: true },
    });
  });

  it("describes each table's KMS key once, and leaves the manager unknown when DescribeKey is denied", async () => {
    const awsManaged = `arn:aws:kms:${REGION}:${ACCOUNT}:key/aws-dynamodb`;
    const denied = `arn:aws:kms:${REGION}:${ACCOUNT}:key/cross-account`;
    ddb.on(ListTablesCommand).resolves({ TableNames: ['a', 'b', 'c', 'd'] });
    for (const [name, key] of [
      ['a', awsManaged],
      ['b', awsManaged],
      ['c', denied],
    ] as const) {
      tableExists(name);
      ddb.on(DescribeTableCommand, { TableName: name }).resolves({
        Table: {
          TableName: name,
          TableStatus: 'ACTIVE',
          SSEDescription: { Status: 'ENABLED', SSEType: 'KMS', KMSMasterKeyArn: key },
        },
      });
    }
    // On KMS, but the answer names no key: who manages it is unknown.
    tableExists('d');
    ddb.on(DescribeTableCommand, { TableName: 'd' }).resolves({
      Table: { TableName: 'd', TableStatus: 'ACTIVE', SSEDescription: { Status: 'ENABLED', SSEType: 'KMS' } },
    });
    kms
      .on(DescribeKeyCommand, { KeyId: awsManaged })
      .resolves({ KeyMetadata: { KeyId: 'k', KeyManager: 'AWS' } });
    kms.on(DescribeKeyCommand, { KeyId: denied }).rejects(accessDenied('kms:DescribeKey'));

    const outcome = await collect(dynamodbCollector);

    expect(
      kms
        .commandCalls(DescribeKeyCommand)
        .map((c) => c.args[0].input.KeyId)
        .sort(),
    ).toEqual([denied, awsManaged].sort());
    const tables = ofType(outcome, 'dynamodb:table').sort((x, y) => x.id.localeCompare(y.id));
    expect(tables.map((t) => [t.id, t.attributes.kmsKeyManager, t.unknownAttributes])).toEqual([
      ['a', 'AWS', []],
      ['b', 'AWS', []],
      ['c', null, ['kmsKeyManager']],
      ['d', null, ['kmsKeyManager']],
    ]);
    expect(outcome.errors).toEqual([
      expect.objectContaining({
        operation: 'DescribeKey',
        resourceId: denied,
        missingPermission: 'kms:DescribeKey',
      }),
    ]);
  });

  describe("the region's tags from one GetResources listing", () => {
    const arn = (name: string) => `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/${name}`;
    beforeEach(() => {
      ddb.on(ListTablesCommand).resolves({ TableNames: ['orders', 'carts', 'legacy'] });
      for (const name of ['orders', 'carts', 'legacy']) tableExists(name);
      ddb.on(ListTagsOfResourceCommand).resolves({ Tags: [{ Key: 'from', Value: 'ListTagsOfResource' }] });
    });
    const tagsById = (outcome: Awaited<ReturnType<typeof collect>>) =>
      Object.fromEntries(ofType(outcome, 'dynamodb:table').map((t) => [t.id, [t.tags, t.unknownAttributes]]));

    it('looks each table up by its ARN, asks no ListTagsOfResource, and gives an unlisted one no tags', async () => {
      tagging.on(GetResourcesCommand).resolves({
        ResourceTagMappingList: [
          { ResourceARN: arn('orders'), Tags: [{ Key: 'team', Value: 'payments' }] },
          // Tagged once, every tag removed since: listed with none.
          { ResourceARN: arn('carts'), Tags: [] },
          // Another region's table of the same name is not this one.
          {
            ResourceARN: `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/legacy`,
            Tags: [{ Key: 'x', Value: 'y' }],
          },
        ],
      });

      const outcome = await collect(dynamodbCollector);

      expect(tagging.commandCalls(GetResourcesCommand).map((c) => c.args[0].input)).toEqual([
        { ResourceTypeFilters: ['dynamodb:table'], ResourcesPerPage: 100 },
      ]);
      expect(ddb.commandCalls(ListTagsOfResourceCommand)).toEqual([]);
      expect(outcome.errors).toEqual([]);
      expect(tagsById(outcome)).toEqual({
        orders: [{ team: 'payments' }, []],
        carts: [{}, []],
        legacy: [{}, []],
      });
    });

    it('reads every table with ListTagsOfResource when the listing fails, and records no failure', async () => {
      tagging
        .on(GetResourcesCommand)
        .resolves({
          ResourceTagMappingList: [{ ResourceARN: arn('orders'), Tags: [{ Key: 'from', Value: 'listing' }] }],
          PaginationToken: 'page-2',
        })
        .on(GetResourcesCommand, { PaginationToken: 'page-2' })
        .rejects(accessDenied('tag:GetResources'));

      const outcome = await collect(dynamodbCollector);

      expect(tagging.commandCalls(GetResourcesCommand)).toHaveLength(2);
      expect(
        ddb
          .commandCalls(ListTagsOfResourceCommand)
          .map((c) => c.args[0].input.ResourceArn)
          .sort(),
      ).toEqual([arn('carts'), arn('legacy'), arn('orders')]);
      const read = [{ from: 'ListTagsOfResource' }, []];
      expect(tagsById(outcome)).toEqual({ orders: read, carts: read, legacy: read });
      expect(outcome.errors).toEqual([]);
      expect(outcome.failedTypes.size + outcome.partialTypes.size).toBe(0);
    });

    it('keeps a failed per-table read after a failed listing as today: tags unknown, the read recorded', async () => {
      ddb
        .on(ListTagsOfResourceCommand, { ResourceArn: arn('carts') })
        .rejects(accessDenied('dynamodb:ListTagsOfResource'));

      const outcome = await collect(dynamodbCollector);

      expect(tagsById(outcome).carts).toEqual([{}, ['tags']]);
      expect(outcome.errors).toEqual([
        expect.objectContaining({ operation: 'ListTagsOfResource', resourceId: 'carts' }),
      ]);
      expect([...outcome.partialTypes]).toEqual(['dynamodb:table']);
    });
  });

  it('skips a table deleted between ListTables and DescribeTable without recording an error', async () => {
    ddb.on(ListTablesCommand).resolves({ TableNames: ['alpha', 'gone'] });
    tableExists('alpha');
    const notFound = new ResourceNotFoundException({
      message: 'Requested resource not found',
      $metadata: {},
    });
    ddb.on(DescribeTableCommand, { TableName: 'gone' }).rejects(notFound);
    ddb.on(DescribeContinuousBackupsCommand, { TableName: 'gone' }).rejects(notFound);
    ddb.on(DescribeTimeToLiveCommand, { TableName: 'gone' }).rejects(notFound);
    ddb.on(ListTagsOfResourceCommand).resolves({ Tags: [] });

    const outcome = await collect(dynamodbCollector);

    expect(outcome.errors).toEqual([]);
    expect(ofType(outcome, 'dynamodb:table').map((t) => t.id)).toEqual(['alpha']);
  });
});

describe('DynamoDB collector under throttling (the SDK retry)', () => {
  /**
   * aws-sdk-client-mock replaces Client#send, which skips the middleware stack and so the SDK's
   * retry: this test fakes the HTTP handler instead, and runs the real client built by ClientFactory
   * (adaptive retry, the scan's pool and statistics). The adaptive mode waits before the retry (a
   * random backoff of up to 1 s, then ~2 s in its client-side rate limiter after a throttle), so the
   * test runs on jest's fake clock: those waits pass instantly.
   */
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  const json = (statusCode: number, body: unknown) => ({
    response: {
      statusCode,
      headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'req' },
      body: Readable.from([Buffer.from(JSON.stringify(body))]),
    },
  });

  it('retries a throttled ListTables and completes with no error', async () => {
    const operations: string[] = [];
    let throttled = false;
    jest.spyOn(NodeHttpHandler.prototype, 'handle').mockImplementation(async (request: HttpRequest) => {
      const operation = String(request.headers['x-amz-target']).split('.')[1];
      operations.push(operation);
      switch (operation) {
        case 'ListTables':
          if (!throttled) {
            throttled = true;
            return json(400, {
              __type: 'com.amazonaws.dynamodb.v20120810#ThrottlingException',
              message: 'Rate exceeded',
            });
          }
          return json(200, { TableNames: ['orders'] });
        case 'DescribeTable':
          return json(200, {
            Table: {
              TableName: 'orders',
              TableStatus: 'ACTIVE',
              BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST' },
            },
          });
        case 'DescribeContinuousBackups':
          return json(200, {
            ContinuousBackupsDescription: {
              ContinuousBackupsStatus: 'DISABLED',
              PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: 'DISABLED' },
            },
          });
        case 'DescribeTimeToLive':
          return json(200, { TimeToLiveDescription: { TimeToLiveStatus: 'ENABLED', AttributeName: 'ttl' } });
        case 'ListTagsOfResource':
          return json(200, { Tags: [{ Key: 'team', Value: 'orders' }] });
        default:
          return json(400, { __type: 'UnknownOperationException', message: operation });
      }
    });
    jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate'] });

    const stats = new CallStats();
    let done = false;
    const pending = collect(dynamodbCollector, { maxAttempts: 3, stats }).finally(() => {
      done = true;
    });
    while (!done) await jest.advanceTimersByTimeAsync(250);
    const outcome = await pending;

    expect(outcome.errors).toEqual([]);
    expect(operations.filter((o) => o === 'ListTables')).toHaveLength(2);
    expect(stats.throttles).toBe(1);
    expect(stats.retries).toBe(1);
    expect(stats.apiCalls).toBe(5);
    expect(ofType(outcome, 'dynamodb:table')).toEqual([
      expect.objectContaining({
        id: 'orders',
        arn: `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/orders`,
        tags: { team: 'orders' },
        unknownAttributes: [],
        attributes: expect.objectContaining({
          billingMode: 'PAY_PER_REQUEST',
          provisionedThroughput: null,
          pointInTimeRecovery: false,
          ttl: { status: 'ENABLED', attributeName: 'ttl' },
        }),
      }),
    ]);
  });
});
