import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  PutBucketLifecycleConfigurationCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { Inventory } from '../../src/inventory/document.js';
import { runRules, type AuditOutcome } from '../../src/rules/engine.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';
import { rulesFrom } from '../support/rules.js';

const REGION = 'eu-west-2';

describe('incomplete multipart uploads against moto', () => {
  const account = uniqueAccountId();
  let inventory: Inventory;
  let outcome: AuditOutcome;

  beforeAll(async () => {
    const credentials = await accountCredentials(account);
    const s3 = new S3Client({ ...seedConfig(REGION, credentials), forcePathStyle: true });
    for (const Bucket of ['uploads-forgotten', 'uploads-ruled', 'uploads-prefix-only', 'uploads-none']) {
      await s3.send(
        new CreateBucketCommand({ Bucket, CreateBucketConfiguration: { LocationConstraint: REGION } }),
      );
      await s3.send(new PutObjectCommand({ Bucket, Key: 'kept.txt', Body: 'x' }));
      if (Bucket !== 'uploads-none')
        await s3.send(new CreateMultipartUploadCommand({ Bucket, Key: 'video.mp4' }));
    }
    const abort = (Bucket: string, Prefix: string) =>
      s3.send(
        new PutBucketLifecycleConfigurationCommand({
          Bucket,
          LifecycleConfiguration: {
            Rules: [
              {
                ID: 'abort',
                Status: 'Enabled',
                Filter: { Prefix },
                AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
              },
            ],
          },
        }),
      );
    await abort('uploads-ruled', '');
    await abort('uploads-prefix-only', 'logs/');
    inventory = await scanForTest(credentials, { regions: [REGION], services: ['s3'] });
    outcome = runRules(inventory, DEFAULT_CONFIG, rulesFrom('s3'));
  }, 120_000);

  it('reads uploads and whole-bucket abort rules without errors', () => {
    expect(inventory.errors).toEqual([]);
    const read = Object.fromEntries(
      ofType(inventory, 's3:bucket').map((b) => [
        b.id,
        [b.attributes.contents.uploads, b.attributes.lifecycle.abortIncompleteUploadsDays],
      ]),
    );
    expect(read).toEqual({
      'uploads-forgotten': [1, null],
      'uploads-ruled': [1, 7],
      'uploads-prefix-only': [1, null],
      'uploads-none': [0, null],
    });
  });

  it('reports the buckets holding uploads that no whole-bucket rule aborts', () => {
    const fired = outcome.findings
      .filter((f) => f.ruleId === 's3.bucket-incomplete-uploads-not-aborted')
      .map((f) => f.resource.id)
      .sort();
    expect(fired).toEqual(['uploads-forgotten', 'uploads-prefix-only']);
  });
});
