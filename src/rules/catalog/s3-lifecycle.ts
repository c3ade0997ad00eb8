/** S3: FSBP lifecycle configuration of general purpose buckets (S3.13). */
import { defineRule, type RuleHit } from '../model.js';

export const bucketWithoutLifecycle = defineRule(
  {
    id: 's3.bucket-without-lifecycle',
    title: 'S3 bucket has no enabled lifecycle rule',
    severity: 'low',
    category: 'hygiene',
    resourceType: 's3:bucket',
    reads: ['s3:bucket'],
    description:
      'The bucket has no lifecycle configuration, or none of its rules is enabled, so nothing in it is ever transitioned, expired or cleaned up. Buckets whose lifecycle could not be read are not judged. (For versioned buckets, s3.versioned-bucket-without-lifecycle also reports the cost of kept versions.)',
    risk: 'Objects, noncurrent versions and incomplete uploads accumulate for as long as the bucket exists: storage costs only grow, and data is kept past any retention period it should have.',
    remediation: {
      text: 'Add a lifecycle configuration that matches what the bucket holds: expire temporary or log data, transition cold data to cheaper storage classes, abort incomplete multipart uploads. The CLI call replaces the whole lifecycle configuration, including disabled rules.',
      cli: `aws s3api put-bucket-lifecycle-configuration --bucket {name} --lifecycle-configuration '{"Rules":[{"ID":"abort-incomplete-uploads","Status":"Enabled","Filter":{},"AbortIncompleteMultipartUpload":{"DaysAfterInitiation":7}}]}'`,
      console: 'S3 console > Buckets > the bucket > Management > Lifecycle rules > Create lifecycle rule',
    },
    references: {
      fsbp: ['S3.13'],
      docs: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('s3:bucket')
      .filter((b) => ctx.known(b, 'lifecycle') && b.attributes.lifecycle.enabledRuleCount === 0)
      .map((bucket): RuleHit => {
        const disabled = bucket.attributes.lifecycle.ruleCount;
        return {
          target: bucket,
          message: `Bucket ${bucket.id} has no enabled lifecycle rule${disabled > 0 ? ` (${disabled} disabled)` : ''}: nothing in it is ever expired or moved to cheaper storage.`,
          evidence: { lifecycle: bucket.attributes.lifecycle },
        };
      }),
);
