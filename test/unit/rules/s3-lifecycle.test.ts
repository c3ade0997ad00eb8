import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { Inventory } from '../../../src/inventory/document.js';
import type { AttributesOf } from '../../../src/inventory/resources/index.js';
import { bucketWithoutLifecycle } from '../../../src/rules/catalog/s3-lifecycle.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import { inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const run = (rule: Rule, inventory: Inventory) => runRules(inventory, DEFAULT_CONFIG, [rule], NOW).findings;

type Lifecycle = AttributesOf<'s3:bucket'>['lifecycle'];

function bucket(name: string, lifecycle: Lifecycle, unknownAttributes: string[] = []) {
  return resource(
    's3:bucket',
    name,
    {
      encryption: null,
      versioning: 'Disabled',
      mfaDelete: false,
      contents: { objects: 1000, uploads: 0, complete: false, lastWrittenAt: null, bytes: 0 },
      objectLock: false,
      publicAccessBlock: null,
      policy: null,
      aclPublicGrants: [],
      objectOwnership: 'BucketOwnerEnforced',
      lifecycle,
      logging: { enabled: false, targetBucket: null },
    },
    { arn: `arn:aws:s3:::${name}`, name, unknownAttributes },
  );
}

describe('s3.bucket-without-lifecycle', () => {
  it('flags a bucket with no lifecycle rule, or only disabled ones, as low (FSBP S3.13)', () => {
    const findings = run(
      bucketWithoutLifecycle,
      inventoryOf([
        bucket('bare', { ruleCount: 0, enabledRuleCount: 0, abortIncompleteUploadsDays: null }),
        bucket('paused', { ruleCount: 2, enabledRuleCount: 0, abortIncompleteUploadsDays: null }),
      ]),
    );
    expect(findings.map((f) => [f.resource.id, f.severity, f.message])).toEqual([
      [
        'bare',
        'low',
        'Bucket bare has no enabled lifecycle rule: nothing in it is ever expired or moved to cheaper storage.',
      ],
      [
        'paused',
        'low',
        'Bucket paused has no enabled lifecycle rule (2 disabled): nothing in it is ever expired or moved to cheaper storage.',
      ],
    ]);
  });

  it('passes a bucket with an enabled rule, and does not judge an unread lifecycle', () => {
    expect(
      run(
        bucketWithoutLifecycle,
        inventoryOf([
          bucket('kept', { ruleCount: 1, enabledRuleCount: 1, abortIncompleteUploadsDays: 7 }),
          bucket('unread', { ruleCount: 0, enabledRuleCount: 0, abortIncompleteUploadsDays: null }, [
            'lifecycle',
          ]),
        ]),
      ),
    ).toEqual([]);
  });
});
