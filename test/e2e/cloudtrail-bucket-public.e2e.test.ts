import { beforeAll, describe, expect, it } from '@jest/globals';
import { CloudTrailClient, CreateTrailCommand } from '@aws-sdk/client-cloudtrail';
import {
  CreateBucketCommand,
  PutBucketPolicyCommand,
  PutPublicAccessBlockCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { Inventory } from '../../src/inventory/document.js';
import { runRules, type AuditOutcome } from '../../src/rules/engine.js';
import { accountCredentials, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';
import { rulesFrom } from '../support/rules.js';

describe("CloudTrail trails' S3 buckets, against moto", () => {
  const account = uniqueAccountId();
  let inventory: Inventory;
  let outcome: AuditOutcome;

  beforeAll(async () => {
    const credentials = await accountCredentials(account);
    const s3 = new S3Client(seedConfig('us-east-1', credentials));
    const trails = new CloudTrailClient(seedConfig('us-east-1', credentials));
    const readableByAnyone = (bucket: string) =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'anyone',
            Effect: 'Allow',
            Principal: '*',
            Action: 's3:GetObject',
            Resource: `arn:aws:s3:::${bucket}/*`,
          },
        ],
      });
    // A public bucket, a private one, and a public one whose own block neutralizes its policy.
    const buckets = {
      open: `open-trail-${account}`,
      closed: `closed-trail-${account}`,
      blocked: `blocked-trail-${account}`,
    };
    for (const [kind, bucket] of Object.entries(buckets)) {
      await s3.send(new CreateBucketCommand({ Bucket: bucket }));
      if (kind !== 'closed') {
        await s3.send(new PutBucketPolicyCommand({ Bucket: bucket, Policy: readableByAnyone(bucket) }));
      }
      await trails.send(new CreateTrailCommand({ Name: `${kind}-trail`, S3BucketName: bucket }));
    }
    await s3.send(
      new PutPublicAccessBlockCommand({
        Bucket: buckets.blocked,
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          IgnorePublicAcls: true,
          BlockPublicPolicy: true,
          RestrictPublicBuckets: true,
        },
      }),
    );
    inventory = await scanForTest(credentials, { regions: ['us-east-1'], services: ['cloudtrail', 's3'] });
    outcome = runRules(inventory, DEFAULT_CONFIG, rulesFrom('cloudtrail'));
  });

  it('scans without errors', () => {
    expect(inventory.errors).toEqual([]);
  });

  it('flags only the trail whose bucket anyone can read today', () => {
    const findings = outcome.findings.filter((f) => f.ruleId === 'cloudtrail.bucket-public');
    expect(findings.map((f) => [f.resource.name, f.severity, f.evidence.bucket])).toEqual([
      ['open-trail', 'critical', `open-trail-${account}`],
    ]);
    expect(findings[0]?.message).toContain('statement anyone (s3:GetObject)');
  });
});
