import { beforeAll, describe, expect, it } from '@jest/globals';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import {
  CreateAccessPointCommand,
  CreateMultiRegionAccessPointCommand,
  S3ControlClient,
} from '@aws-sdk/client-s3-control';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { Inventory } from '../../src/inventory/document.js';
import { validateInventory } from '../../src/inventory/validate.js';
import { catalog } from '../../src/rules/catalog/index.js';
import { runRules } from '../../src/rules/engine.js';
import { emulatorS3ControlEndpoint } from '../../src/scan/clients.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';

const RULES = new Set([
  's3.access-point-public-access-block-off',
  's3.multi-region-access-point-public-access-block-off',
]);

describe('S3 access points and Multi-Region Access Points against moto', () => {
  const account = uniqueAccountId();
  const bucket = `ap-data-${account}`;
  let inventory: Inventory;

  beforeAll(async () => {
    const credentials = await accountCredentials(account);
    await new S3Client(seedConfig('us-east-1', credentials)).send(
      new CreateBucketCommand({ Bucket: bucket }),
    );
    const control = (region: string) =>
      new S3ControlClient({ ...seedConfig(region, credentials), ...emulatorS3ControlEndpoint() });
    const east = control('us-east-1');
    // `closed` keeps the defaults (all four on); `open` was created with two of them off.
    await east.send(new CreateAccessPointCommand({ AccountId: account, Name: 'closed', Bucket: bucket }));
    await east.send(
      new CreateAccessPointCommand({
        AccountId: account,
        Name: 'open',
        Bucket: bucket,
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          IgnorePublicAcls: true,
          BlockPublicPolicy: false,
          RestrictPublicBuckets: false,
        },
      }),
    );
    const west = control('us-west-2');
    const allOn = {
      BlockPublicAcls: true,
      IgnorePublicAcls: true,
      BlockPublicPolicy: true,
      RestrictPublicBuckets: true,
    };
    for (const [Name, PublicAccessBlock] of [
      ['global-closed', allOn],
      ['global-open', { ...allOn, BlockPublicPolicy: false }],
    ] as const) {
      await west.send(
        new CreateMultiRegionAccessPointCommand({
          AccountId: account,
          Details: { Name, PublicAccessBlock, Regions: [{ Bucket: bucket }] },
        }),
      );
    }
    // Two regions: each access point is recorded once, in its own region.
    inventory = await scanForTest(credentials, { regions: ['us-east-1', 'eu-west-2'], services: ['s3'] });
  });

  it('records each access point once, in its region, and the Multi-Region Access Points account-wide', () => {
    expect(inventory.errors).toEqual([]);
    expect(() => validateInventory(JSON.parse(JSON.stringify(inventory)))).not.toThrow();
    expect(
      inventory.accounts[0]?.coverage
        .filter((c) => c.resourceType.includes('access-point'))
        .map((c) => [c.region, c.resourceType, c.status, c.resourceCount]),
    ).toEqual([
      ['eu-west-2', 's3:access-point', 'complete', 0],
      ['us-east-1', 's3:access-point', 'complete', 2],
      ['global', 's3:multi-region-access-point', 'complete', 2],
    ]);
    expect(
      ofType(inventory, 's3:access-point').map((p) => [
        p.id,
        p.region,
        p.attributes.bucket,
        p.unknownAttributes,
      ]),
    ).toEqual([
      ['closed', 'us-east-1', bucket, []],
      ['open', 'us-east-1', bucket, []],
    ]);
  });

  it('reports the access points that do not block all public access (FSBP S3.19, S3.24)', () => {
    const found = runRules(inventory, DEFAULT_CONFIG, catalog)
      .findings.filter((f) => RULES.has(f.ruleId))
      .map((f) => [f.ruleId, f.resource.id, f.evidence.settingsOff]);
    expect(found).toEqual([
      ['s3.access-point-public-access-block-off', 'open', ['blockPublicPolicy', 'restrictPublicBuckets']],
      ['s3.multi-region-access-point-public-access-block-off', 'global-open', ['blockPublicPolicy']],
    ]);
  });
});
