import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  CloudTrailClient,
  CreateTrailCommand,
  PutEventSelectorsCommand,
  StartLoggingCommand,
} from '@aws-sdk/client-cloudtrail';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateDetectorCommand, GuardDutyClient } from '@aws-sdk/client-guardduty';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { Inventory } from '../../src/inventory/document.js';
import { runRules, type AuditOutcome } from '../../src/rules/engine.js';
import { accountCredentials, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';
import { rulesFrom } from '../support/rules.js';

describe('CloudTrail trails and GuardDuty plans, against moto', () => {
  const account = uniqueAccountId();
  let inventory: Inventory;
  let outcome: AuditOutcome;

  beforeAll(async () => {
    const credentials = await accountCredentials(account);
    const bucket = `trail-copies-${account}`;
    await new S3Client(seedConfig('us-east-1', credentials)).send(
      new CreateBucketCommand({ Bucket: bucket }),
    );
    const east = new CloudTrailClient(seedConfig('us-east-1', credentials));
    const trail = async (client: CloudTrailClient, Name: string, multiRegion: boolean, logging = true) => {
      await client.send(
        new CreateTrailCommand({ Name, S3BucketName: bucket, IsMultiRegionTrail: multiRegion }),
      );
      if (logging) await client.send(new StartLoggingCommand({ Name }));
    };
    // The free copy, a second multi-region copy, a regional write-only copy, a stopped one and a
    // data-events-only one. All in us-east-1: moto's ListTrails names only the region's own trails.
    await trail(east, 'account-trail', true);
    await trail(east, 'security-copy', true);
    await trail(east, 'east-writes', false);
    await east.send(
      new PutEventSelectorsCommand({
        TrailName: 'east-writes',
        EventSelectors: [{ ReadWriteType: 'WriteOnly', IncludeManagementEvents: true }],
      }),
    );
    await trail(east, 'stopped', true, false);
    await trail(east, 'data-only', false);
    await east.send(
      new PutEventSelectorsCommand({
        TrailName: 'data-only',
        EventSelectors: [
          {
            ReadWriteType: 'All',
            IncludeManagementEvents: false,
            DataResources: [{ Type: 'AWS::S3::Object', Values: [`arn:aws:s3:::${bucket}/`] }],
          },
        ],
      }),
    );
    // GuardDuty on, without S3 Protection, in an account with a bucket.
    await new GuardDutyClient(seedConfig('us-east-1', credentials)).send(
      new CreateDetectorCommand({ Enable: true, Features: [{ Name: 'S3_DATA_EVENTS', Status: 'DISABLED' }] }),
    );
    inventory = await scanForTest(credentials, {
      regions: ['us-east-1', 'eu-west-2'],
      services: ['cloudtrail', 'guardduty', 's3'],
    });
    outcome = runRules(inventory, DEFAULT_CONFIG, rulesFrom('cloudtrail', 'guardduty'));
  });

  it('scans without errors', () => {
    expect(inventory.errors).toEqual([]);
  });

  it('reports each trail that is a paid copy, and names the free one', () => {
    const copies = outcome.findings
      .filter((f) => f.ruleId === 'cloudtrail.duplicate-management-events')
      .map((f) => [f.resource.name, f.evidence.duplicates])
      .sort();
    expect(copies).toEqual([
      [
        'east-writes',
        [
          { trail: 'account-trail', regions: 'us-east-1', events: ['write'] },
          { trail: 'security-copy', regions: 'us-east-1', events: ['write'] },
        ],
      ],
      ['security-copy', [{ trail: 'account-trail', regions: 'every region', events: ['read', 'write'] }]],
    ]);
  });

  const fired = (ruleId: string) =>
    outcome.findings
      .filter((f) => f.ruleId === ruleId)
      .map((f) => f.resource.name ?? f.resource.id)
      .sort();

  it('flags every trail without a KMS key, log file validation or CloudWatch Logs (moto creates them bare)', () => {
    const all = ['account-trail', 'data-only', 'east-writes', 'security-copy', 'stopped'];
    expect(fired('cloudtrail.trail-not-kms-encrypted')).toEqual(all);
    expect(fired('cloudtrail.trail-log-validation-off')).toEqual(all);
    expect(fired('cloudtrail.trail-no-cloudwatch-logs')).toEqual(all);
  });

  it('advises S3 Protection for the detector of an account with buckets', () => {
    const advice = outcome.findings.filter((f) => f.ruleId === 'guardduty.protection-plan-off');
    expect(advice.map((f) => [f.region, f.subKey, f.references.fsbp])).toEqual([
      ['us-east-1', 'S3_DATA_EVENTS', ['GuardDuty.10']],
    ]);
  });
});
