import { beforeAll, describe, expect, it } from '@jest/globals';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { AwsCredentialIdentity } from '@smithy/types';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import { baselineFromS3, parseS3Uri, saveReportToS3 } from '../../src/publish/baseline-s3.js';
import { buildReport } from '../../src/report/report.js';
import { catalog } from '../../src/rules/catalog/index.js';
import { runRules } from '../../src/rules/engine.js';
import { accountCredentials, seedConfig, uniqueAccountId } from '../support/aws.js';
import { inventoryOf, resource } from '../support/inventory-builder.js';

/** The baseline kept in S3, against moto: first run, round trip, and a corrupt object. */
describe('the S3 baseline', () => {
  const account = uniqueAccountId();
  const bucket = `audit-baseline-${account}`;
  let credentials: AwsCredentialIdentity;
  const options = (key: string) => ({
    uri: `s3://${bucket}/${key}`,
    region: 'eu-west-2',
    credentials: async () => credentials,
    callTimeoutMs: 10_000,
  });
  const NOW = new Date('2026-12-05T05:00:00Z');
  const inventory = inventoryOf([
    resource('ec2:region-settings', 'r', {
      ebsEncryptionByDefault: false,
      snapshotBlockPublicAccess: 'block-all-sharing',
      vpcBlockPublicAccess: 'block-ingress',
    }),
  ]);
  const report = buildReport(
    inventory,
    runRules(inventory, DEFAULT_CONFIG, catalog, NOW),
    DEFAULT_CONFIG,
    NOW,
  );

  beforeAll(async () => {
    credentials = await accountCredentials(account);
    await new S3Client(seedConfig('eu-west-2', credentials)).send(
      new CreateBucketCommand({
        Bucket: bucket,
        CreateBucketConfiguration: { LocationConstraint: 'eu-west-2' },
      }),
    );
  });

  it('is a first run, without a warning, when nothing is stored yet', async () => {
    const baseline = await baselineFromS3(options('aws-audit/report.json'));
    expect(baseline).toMatchObject({ report: undefined, warning: null, info: { source: 'none' } });
    expect(baseline.info.note).toContain('a first run');
  });

  it('reads back the report it stored', async () => {
    await saveReportToS3(report, options('aws-audit/report.json'));
    const baseline = await baselineFromS3(options('aws-audit/report.json'));
    expect(baseline.report).toEqual(report);
    expect(baseline.info).toEqual({
      source: 's3',
      location: `s3://${bucket}/aws-audit/report.json`,
      generatedAt: report.generatedAt,
      note: null,
    });
  });

  it('warns about a stored object that is not a report, and uses no baseline', async () => {
    await new S3Client(seedConfig('eu-west-2', credentials)).send(
      new PutObjectCommand({ Bucket: bucket, Key: 'corrupt.json', Body: '<html>' }),
    );
    const baseline = await baselineFromS3(options('corrupt.json'));
    expect(baseline.report).toBeUndefined();
    expect(baseline.warning).toContain('is not a readable aws-audit report');
  });

  it('refuses a URI that is not an S3 URI before anything is called', () => {
    expect(() => parseS3Uri('https://bucket/key')).toThrow('baseline-s3-uri must be an S3 URI such as');
  });
});
