import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { Inventory } from '../../../src/inventory/document.js';
import type { AttributesOf } from '../../../src/inventory/resources/index.js';
import { runRules } from '../../../src/rules/engine.js';
import {
  accountPublicAccessBlockOff,
  bucketAclsEnabled,
  bucketEmpty,
  incompleteUploadsNotAborted,
  bucketUnwritten,
  bucketNotKmsEncrypted,
  bucketPublic,
  bucketPublicAccessBlockOff,
  bucketTlsNotEnforced,
  bucketVersioningDisabled,
  versionedBucketWithoutLifecycle,
} from '../../../src/rules/catalog/s3.js';
import type { Rule } from '../../../src/rules/model.js';
import { ACCOUNT, inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');

type BucketAttributes = AttributesOf<'s3:bucket'>;
type Block = NonNullable<BucketAttributes['publicAccessBlock']>;

const ALL_ON: Block = {
  blockPublicAcls: true,
  ignorePublicAcls: true,
  blockPublicPolicy: true,
  restrictPublicBuckets: true,
};
const ALL_OFF: Block = {
  blockPublicAcls: false,
  ignorePublicAcls: false,
  blockPublicPolicy: false,
  restrictPublicBuckets: false,
};

/** A well-configured bucket; each test spoils what it is about. */
function bucket(name: string, attributes: Partial<BucketAttributes> = {}, unknownAttributes: string[] = []) {
  return resource(
    's3:bucket',
    name,
    {
      encryption: {
        algorithm: 'aws:kms',
        kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k',
        bucketKeyEnabled: true,
      },
      versioning: 'Enabled',
      mfaDelete: false,
      // Holds more than one listing page: the unused-bucket rules stay quiet unless a test says otherwise.
      contents: { objects: 1000, uploads: 0, complete: false, lastWrittenAt: null, bytes: 0 },
      objectLock: false,
      publicAccessBlock: ALL_ON,
      policy: { document: {}, publicStatements: [], deniesInsecureTransport: true },
      aclPublicGrants: [],
      objectOwnership: 'BucketOwnerEnforced',
      lifecycle: { ruleCount: 1, enabledRuleCount: 1, abortIncompleteUploadsDays: null },
      logging: { enabled: false, targetBucket: null },
      ...attributes,
    },
    { arn: `arn:aws:s3:::${name}`, name, unknownAttributes },
  );
}

function accountSettings(block: Block | null, unknownAttributes: string[] = []) {
  return resource(
    's3:account-settings',
    ACCOUNT,
    { publicAccessBlock: block },
    { region: 'global', arn: `arn:aws:s3::${ACCOUNT}:account-settings`, unknownAttributes },
  );
}

const run = (rule: Rule, inventory: Inventory, config = DEFAULT_CONFIG) =>
  runRules(inventory, config, [rule], NOW).findings;

describe('s3.account-public-access-block-off', () => {
  it('flags an account with no account-level block', () => {
    const [finding, ...rest] = run(accountPublicAccessBlockOff, inventoryOf([accountSettings(null)]));
    expect(rest).toEqual([]);
    expect(finding?.message).toBe(
      `Account ${ACCOUNT} has no account-level S3 Block Public Access configuration.`,
    );
    expect(finding?.severity).toBe('high');
    expect(finding?.region).toBe('global');
    expect(finding?.remediation.cli).toContain(`--account-id ${ACCOUNT}`);
  });

  it('names the settings left off', () => {
    const [finding] = run(
      accountPublicAccessBlockOff,
      inventoryOf([accountSettings({ ...ALL_ON, blockPublicPolicy: false, restrictPublicBuckets: false })]),
    );
    expect(finding?.message).toContain('leaves BlockPublicPolicy, RestrictPublicBuckets off');
    expect(finding?.evidence.settingsOff).toEqual(['BlockPublicPolicy', 'RestrictPublicBuckets']);
  });

  it('ignores an account with all four on, and one whose block could not be read', () => {
    expect(run(accountPublicAccessBlockOff, inventoryOf([accountSettings(ALL_ON)]))).toEqual([]);
    expect(
      run(accountPublicAccessBlockOff, inventoryOf([accountSettings(null, ['publicAccessBlock'])])),
    ).toEqual([]);
  });
});

describe('s3.bucket-public-access-block-off', () => {
  it('flags a bucket with no block when the account has none either', () => {
    const [finding, ...rest] = run(
      bucketPublicAccessBlockOff,
      inventoryOf([accountSettings(null), bucket('logs-prod', { publicAccessBlock: null })]),
    );
    expect(rest).toEqual([]);
    expect(finding?.message).toBe(
      'Bucket logs-prod has BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets off at both the bucket and the account level (the bucket has no public access block configured; the account has no public access block configured).',
    );
    expect(finding?.remediation.cli).toContain('--bucket logs-prod');
  });

  it('flags only the settings that neither level turns on', () => {
    const [finding] = run(
      bucketPublicAccessBlockOff,
      inventoryOf([
        accountSettings({ ...ALL_OFF, blockPublicAcls: true, ignorePublicAcls: true }),
        bucket('data', { publicAccessBlock: { ...ALL_OFF, blockPublicPolicy: true } }),
      ]),
    );
    expect(finding?.evidence.settingsOff).toEqual(['RestrictPublicBuckets']);
  });

  it('does not flag a bucket the account-level block protects, or one the two levels cover together', () => {
    expect(
      run(
        bucketPublicAccessBlockOff,
        inventoryOf([accountSettings(ALL_ON), bucket('a', { publicAccessBlock: null })]),
      ),
    ).toEqual([]);
    expect(
      run(
        bucketPublicAccessBlockOff,
        inventoryOf([
          accountSettings({ ...ALL_OFF, blockPublicAcls: true, ignorePublicAcls: true }),
          bucket('b', {
            publicAccessBlock: { ...ALL_OFF, blockPublicPolicy: true, restrictPublicBuckets: true },
          }),
        ]),
      ),
    ).toEqual([]);
  });

  it('stays silent when either block is unknown', () => {
    expect(
      run(
        bucketPublicAccessBlockOff,
        inventoryOf([accountSettings(null, ['publicAccessBlock']), bucket('a', { publicAccessBlock: null })]),
      ),
    ).toEqual([]);
    expect(
      run(
        bucketPublicAccessBlockOff,
        inventoryOf([bucket('no-account-settings', { publicAccessBlock: null })]),
      ),
    ).toEqual([]);
    expect(
      run(
        bucketPublicAccessBlockOff,
        inventoryOf([accountSettings(null), bucket('a', { publicAccessBlock: null }, ['publicAccessBlock'])]),
      ),
    ).toEqual([]);
  });
});

describe('s3.bucket-public', () => {
  const publicPolicy = {
    document: {},
    publicStatements: [{ sid: 'PublicRead', actions: ['s3:GetObject'], principal: '*' }],
    deniesInsecureTransport: false,
  };

  it('flags a public policy and a public ACL once each, as critical', () => {
    const findings = run(
      bucketPublic,
      inventoryOf([
        accountSettings(null),
        bucket('site', {
          publicAccessBlock: null,
          policy: publicPolicy,
          objectOwnership: 'BucketOwnerPreferred',
          aclPublicGrants: [
            { grantee: 'AllUsers', permission: 'READ' },
            { grantee: 'AuthenticatedUsers', permission: 'WRITE' },
          ],
        }),
      ]),
    );
    expect(findings.map((f) => [f.subKey, f.severity])).toEqual([
      ['acl', 'critical'],
      ['policy', 'critical'],
    ]);
    expect(findings[1]?.message).toBe(
      "Bucket site's policy allows anyone: statement PublicRead (s3:GetObject).",
    );
    expect(findings[0]?.message).toBe(
      "Bucket site's ACL grants READ to AllUsers (anyone) and WRITE to AuthenticatedUsers (any AWS account).",
    );
  });

  it('lowers to low when RestrictPublicBuckets / IgnorePublicAcls neutralize the grant, saying where', () => {
    const findings = run(
      bucketPublic,
      inventoryOf([
        accountSettings({ ...ALL_OFF, restrictPublicBuckets: true }),
        bucket('site', {
          publicAccessBlock: { ...ALL_OFF, ignorePublicAcls: true },
          policy: publicPolicy,
          objectOwnership: 'ObjectWriter',
          aclPublicGrants: [{ grantee: 'AllUsers', permission: 'READ' }],
        }),
      ]),
    );
    expect(findings.map((f) => [f.subKey, f.severity, f.evidence])).toEqual([
      ['acl', 'low', expect.objectContaining({ ignorePublicAcls: 'bucket' })],
      ['policy', 'low', expect.objectContaining({ restrictPublicBuckets: 'account' })],
    ]);
    expect(findings[1]?.message).toContain(
      'RestrictPublicBuckets, on at the account level, blocks this access today',
    );
  });

  it('cites S3.2 for a read grant, S3.3 for a write grant, and neither once Block Public Access neutralizes it', () => {
    const cited = (attributes: Partial<BucketAttributes>, account = accountSettings(null)) =>
      run(
        bucketPublic,
        inventoryOf([account, bucket('site', { publicAccessBlock: null, ...attributes })]),
      ).map((f) => [f.subKey, f.references.fsbp]);
    const policy = (actions: string[]) => ({
      policy: { ...publicPolicy, publicStatements: [{ sid: null, actions, principal: '*' }] },
    });
    expect(cited(policy(['s3:GetObject']))).toEqual([['policy', ['S3.2']]]);
    expect(cited(policy(['s3:PutObject']))).toEqual([['policy', ['S3.3']]]);
    expect(cited(policy(['s3:*']))).toEqual([['policy', ['S3.2', 'S3.3']]]);
    expect(cited(policy(['s3:Get*', 's3:Delete*']))).toEqual([['policy', ['S3.2', 'S3.3']]]);
    const acl = (permission: string): Partial<BucketAttributes> => ({
      objectOwnership: 'ObjectWriter',
      aclPublicGrants: [{ grantee: 'AllUsers', permission }],
    });
    expect(cited(acl('READ'))).toEqual([['acl', ['S3.2']]]);
    expect(cited(acl('WRITE'))).toEqual([['acl', ['S3.3']]]);
    expect(cited(acl('FULL_CONTROL'))).toEqual([['acl', ['S3.2', 'S3.3']]]);
    expect(
      cited(policy(['s3:GetObject']), accountSettings({ ...ALL_OFF, restrictPublicBuckets: true })),
    ).toEqual([['policy', []]]);
  });

  it('keeps critical when the block cannot be read, and says so', () => {
    const [finding] = run(
      bucketPublic,
      inventoryOf([accountSettings(null), bucket('site', { policy: publicPolicy }, ['publicAccessBlock'])]),
    );
    expect(finding?.severity).toBe('critical');
    expect(finding?.message).toContain('Whether RestrictPublicBuckets blocks it is unknown');
  });

  it('ignores private buckets, unknown policies and ACLs, and ACL grants on a bucket with ACLs disabled', () => {
    expect(
      run(
        bucketPublic,
        inventoryOf([
          accountSettings(null),
          bucket('private', { publicAccessBlock: null }),
          bucket('unknown', { policy: null, aclPublicGrants: [] }, ['policy', 'aclPublicGrants']),
          bucket('enforced', {
            publicAccessBlock: null,
            aclPublicGrants: [{ grantee: 'AllUsers', permission: 'READ' }],
          }),
        ]),
      ),
    ).toEqual([]);
  });
});

describe('s3.bucket-not-kms-encrypted', () => {
  const kms = { ...DEFAULT_CONFIG, thresholds: { ...DEFAULT_CONFIG.thresholds, requireS3Kms: true } };

  it('flags SSE-S3 and missing default encryption when requireS3Kms is set', () => {
    const findings = run(
      bucketNotKmsEncrypted,
      inventoryOf([
        bucket('s3-managed', {
          encryption: { algorithm: 'AES256', kmsKeyId: null, bucketKeyEnabled: false },
        }),
        bucket('none', { encryption: null }),
      ]),
      kms,
    );
    expect(findings.map((f) => f.message)).toEqual([
      'Bucket none has no default encryption configuration (new objects get SSE-S3), and SSE-KMS is required (thresholds.requireS3Kms).',
      "Bucket s3-managed's default encryption is SSE-S3 (AES256), not SSE-KMS, which is required (thresholds.requireS3Kms).",
    ]);
  });

  it('reports nothing unless requireS3Kms is set, and never for KMS, DSSE-KMS or unknown encryption', () => {
    expect(run(bucketNotKmsEncrypted, inventoryOf([bucket('none', { encryption: null })]))).toEqual([]);
    expect(
      run(
        bucketNotKmsEncrypted,
        inventoryOf([
          bucket('kms'),
          bucket('dsse', {
            encryption: { algorithm: 'aws:kms:dsse', kmsKeyId: null, bucketKeyEnabled: false },
          }),
          bucket('unknown', { encryption: null }, ['encryption']),
        ]),
        kms,
      ),
    ).toEqual([]);
  });
});

describe('s3.bucket-versioning-disabled', () => {
  it('flags disabled and suspended versioning', () => {
    const findings = run(
      bucketVersioningDisabled,
      inventoryOf([bucket('a', { versioning: 'Disabled' }), bucket('b', { versioning: 'Suspended' })]),
    );
    expect(findings.map((f) => f.message)).toEqual([
      'Bucket a has versioning disabled: an overwritten or deleted object cannot be recovered.',
      'Bucket b has versioning suspended: an overwritten or deleted object cannot be recovered.',
    ]);
    expect(findings[0]?.severity).toBe('low');
  });
  it('ignores versioned buckets and unknown versioning', () => {
    expect(
      run(
        bucketVersioningDisabled,
        inventoryOf([bucket('a'), bucket('b', { versioning: 'Disabled' }, ['versioning'])]),
      ),
    ).toEqual([]);
  });
});

describe('s3.bucket-tls-not-enforced', () => {
  it('flags a bucket without a policy and one whose policy does not deny plain HTTP', () => {
    const findings = run(
      bucketTlsNotEnforced,
      inventoryOf([
        bucket('no-policy', { policy: null }),
        bucket('weak', { policy: { document: {}, publicStatements: [], deniesInsecureTransport: false } }),
      ]),
    );
    expect(findings.map((f) => [f.resource.id, f.evidence.hasPolicy])).toEqual([
      ['no-policy', false],
      ['weak', true],
    ]);
    expect(findings[0]?.message).toBe(
      'Bucket no-policy has no bucket policy, so requests over plain HTTP are allowed.',
    );
  });
  it('ignores a TLS-only policy and an unreadable policy', () => {
    expect(
      run(
        bucketTlsNotEnforced,
        inventoryOf([bucket('tls'), bucket('unknown', { policy: null }, ['policy'])]),
      ),
    ).toEqual([]);
  });
});

describe('s3.bucket-acls-enabled', () => {
  it('flags ObjectWriter, BucketOwnerPreferred and no ownership controls', () => {
    const findings = run(
      bucketAclsEnabled,
      inventoryOf([
        bucket('a', { objectOwnership: 'ObjectWriter' }),
        bucket('b', { objectOwnership: 'BucketOwnerPreferred' }),
        bucket('c', { objectOwnership: null }),
      ]),
    );
    expect(findings.map((f) => f.resource.id)).toEqual(['a', 'b', 'c']);
    expect(findings[2]?.message).toBe(
      'Bucket c has no object ownership controls, so ACLs are enabled (ObjectWriter).',
    );
  });
  it('ignores BucketOwnerEnforced and unknown ownership', () => {
    expect(
      run(
        bucketAclsEnabled,
        inventoryOf([bucket('a'), bucket('b', { objectOwnership: null }, ['objectOwnership'])]),
      ),
    ).toEqual([]);
  });
});

describe('s3.versioned-bucket-without-lifecycle', () => {
  it('flags a versioned bucket with no enabled lifecycle rule, counting disabled ones', () => {
    const [finding] = run(
      versionedBucketWithoutLifecycle,
      inventoryOf([
        bucket('archive', {
          lifecycle: { ruleCount: 2, enabledRuleCount: 0, abortIncompleteUploadsDays: null },
        }),
      ]),
    );
    expect(finding?.message).toBe(
      'Bucket archive is versioned but has no enabled lifecycle rule (2 disabled): noncurrent versions are kept, and billed, forever.',
    );
    expect(finding?.category).toBe('cost');
  });
  it('ignores buckets with a lifecycle rule, unversioned buckets and unknown lifecycle', () => {
    expect(
      run(
        versionedBucketWithoutLifecycle,
        inventoryOf([
          bucket('a'),
          bucket('b', {
            versioning: 'Suspended',
            lifecycle: { ruleCount: 0, enabledRuleCount: 0, abortIncompleteUploadsDays: null },
          }),
          bucket(
            'c',
            { lifecycle: { ruleCount: 0, enabledRuleCount: 0, abortIncompleteUploadsDays: null } },
            ['lifecycle'],
          ),
        ]),
      ),
    ).toEqual([]);
  });
});

const EMPTY: BucketAttributes['contents'] = {
  objects: 0,
  uploads: 0,
  complete: true,
  lastWrittenAt: null,
  bytes: 0,
};

describe('s3.bucket-empty', () => {
  /** An empty bucket created `days` before NOW. */
  const empty = (
    name: string,
    days: number,
    attributes: Partial<BucketAttributes> = {},
    unknown: string[] = [],
  ) =>
    resource(
      's3:bucket',
      name,
      { ...bucket(name).attributes, contents: EMPTY, ...attributes },
      {
        arn: `arn:aws:s3:::${name}`,
        name,
        createdAt: new Date(NOW.getTime() - days * 86_400_000).toISOString(),
        unknownAttributes: unknown,
      },
    );

  it('flags an empty bucket at least 30 days old as hygiene with no cost, proposing s3.delete-bucket', () => {
    const [finding, ...rest] = run(bucketEmpty, inventoryOf([empty('old', 30), empty('ancient', 400)]));
    expect(rest.map((f) => f.resource.id)).toEqual(['old']);
    expect(finding).toMatchObject({
      ruleId: 's3.bucket-empty',
      category: 'hygiene',
      severity: 'low',
      cost: null,
      cleanupAction: 's3.delete-bucket',
      message:
        'Bucket ancient holds no object, version, delete marker or incomplete upload, and was created 400 days ago.',
      evidence: { ageDays: 400, objectLock: false, mfaDelete: false },
    });
    // Deleting frees the name for any account: the remediation says to keep it when in doubt.
    expect(finding?.remediation.text).toContain('another account');
  });

  it('keeps the finding but offers no cleanup for Object Lock, MFA delete, or either unknown', () => {
    const findings = run(
      bucketEmpty,
      inventoryOf([
        empty('locked', 90, { objectLock: true }),
        empty('mfa', 90, { mfaDelete: true }),
        empty('lock-unread', 90, {}, ['objectLock']),
        empty('versioning-unread', 90, {}, ['versioning']),
      ]),
    );
    expect(findings.map((f) => [f.resource.id, f.cleanupAction])).toEqual([
      ['lock-unread', null],
      ['locked', null],
      ['mfa', null],
      ['versioning-unread', null],
    ]);
    expect(findings.find((f) => f.resource.id === 'locked')?.message).toContain(
      'It is not a cleanup candidate (Object Lock).',
    );
  });

  it('ignores buckets with content, unread content, unknown age and young buckets; the threshold moves it', () => {
    const young = empty('deploy', 3);
    const quiet = inventoryOf([
      young,
      empty('full', 90, { contents: { ...EMPTY, objects: 1 } }),
      empty('large', 90, { contents: { ...EMPTY, complete: false } }),
      empty('unread', 90, {}, ['contents']),
      { ...empty('undated', 90), createdAt: null },
    ]);
    expect(run(bucketEmpty, quiet)).toEqual([]);
    const now = { ...DEFAULT_CONFIG, thresholds: { ...DEFAULT_CONFIG.thresholds, emptyBucketDays: 0 } };
    expect(run(bucketEmpty, inventoryOf([young]), now).map((f) => f.resource.id)).toEqual(['deploy']);
  });
});

describe('s3.bucket-unwritten', () => {
  const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
  /** A small bucket, fully listed, newest write `days` before NOW, with no policy and no public grant. */
  const unwritten = (
    name: string,
    days: number,
    attributes: Partial<BucketAttributes> = {},
    unknown: string[] = [],
  ) =>
    resource(
      's3:bucket',
      name,
      {
        ...bucket(name).attributes,
        policy: null,
        contents: { objects: 12, uploads: 1, complete: true, lastWrittenAt: daysAgo(days), bytes: 4096 },
        ...attributes,
      },
      { arn: `arn:aws:s3:::${name}`, name, createdAt: daysAgo(900), unknownAttributes: unknown },
    );

  it('flags a small bucket unwritten for a year, says reads are unseen, and proposes s3.delete-bucket', () => {
    const [finding, ...rest] = run(bucketUnwritten, inventoryOf([unwritten('old-exports', 400)]));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: 's3.bucket-unwritten',
      severity: 'low',
      cleanupAction: 's3.delete-bucket',
      evidence: { objects: 12, uploads: 1, bytes: 4096, daysSinceWrite: 400, lastWrittenAt: daysAgo(400) },
    });
    expect(finding?.message).toContain('Reads are not visible to the scan');
    const locked = run(bucketUnwritten, inventoryOf([unwritten('kept', 400, { objectLock: true })]));
    expect(locked.map((f) => [f.resource.id, f.cleanupAction])).toEqual([['kept', null]]);
  });

  it('leaves alone recent writes, empty, large or unread listings, buckets with readers, and unread policies', () => {
    const policy = { document: {}, publicStatements: [], deniesInsecureTransport: false };
    const quiet = inventoryOf([
      unwritten('recent', 364),
      unwritten('empty', 400, { contents: { ...EMPTY, lastWrittenAt: null } }),
      unwritten('large', 400, {
        contents: { objects: 1000, uploads: 0, complete: false, lastWrittenAt: daysAgo(400), bytes: 1 },
      }),
      unwritten('unlisted', 400, {}, ['contents']),
      unwritten('cdn-origin', 400, { policy }),
      unwritten('public-acl', 400, { aclPublicGrants: [{ grantee: 'AllUsers', permission: 'READ' }] }),
      unwritten('policy-unread', 400, {}, ['policy']),
      unwritten('acl-unread', 400, {}, ['aclPublicGrants']),
    ]);
    expect(run(bucketUnwritten, quiet)).toEqual([]);
    const sooner = {
      ...DEFAULT_CONFIG,
      thresholds: { ...DEFAULT_CONFIG.thresholds, unwrittenBucketDays: 90 },
    };
    expect(run(bucketUnwritten, inventoryOf([unwritten('recent', 100)]), sooner)).toHaveLength(1);
  });
});

describe('s3.bucket-incomplete-uploads-not-aborted', () => {
  const holding = (name: string, uploads: number, abortDays: number | null, unknown: string[] = []) =>
    resource(
      's3:bucket',
      name,
      {
        ...bucket(name).attributes,
        contents: { objects: 10, uploads, complete: uploads < 1000, lastWrittenAt: null, bytes: 0 },
        lifecycle: { ruleCount: 1, enabledRuleCount: 1, abortIncompleteUploadsDays: abortDays },
      },
      { arn: `arn:aws:s3:::${name}`, name, unknownAttributes: unknown },
    );

  it('flags a bucket holding incomplete uploads that no whole-bucket rule aborts', () => {
    const findings = run(
      incompleteUploadsNotAborted,
      inventoryOf([holding('media', 3, null), holding('big', 1000, null)]),
    );
    expect(findings.map((f) => [f.resource.id, f.severity, f.category])).toEqual([
      ['big', 'low', 'cost'],
      ['media', 'low', 'cost'],
    ]);
    expect(findings[0]?.message).toContain('holds at least 1000 incomplete multipart uploads');
    expect(findings[1]?.message).toContain('holds 3 incomplete multipart uploads');
  });

  it('leaves alone buckets with an abort rule, with no uploads, or whose uploads or lifecycle were not read', () => {
    const quiet = inventoryOf([
      holding('ruled', 3, 7),
      holding('clean', 0, null),
      holding('unlisted', 3, null, ['contents']),
      holding('no-lifecycle-read', 3, null, ['lifecycle']),
    ]);
    expect(run(incompleteUploadsNotAborted, quiet)).toEqual([]);
  });
});
