import { actionMatches, allowsAction, labelOf, statementsOf } from '../../policy/index.js';
import type { RuleContext } from '../context.js';
import { defineRule, type RuleHit } from '../model.js';
import {
  accountBlock,
  bucketBlock,
  effective,
  granteeText,
  neutralized,
  publicExposures,
  SETTINGS,
  settingName,
  statementText,
  type Bucket,
  type Neutralizer,
  type PublicAccessBlock,
  type Setting,
} from './s3-shared.js';

/** Settings a block leaves off (all four when there is no block). */
const offIn = (block: PublicAccessBlock | null): Setting[] =>
  SETTINGS.map(([key]) => key).filter((key) => !block?.[key]);

const ALL_ON_CONFIGURATION =
  'BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true';

const describeBlock = (block: PublicAccessBlock | null) => {
  if (block === null) return 'has no public access block configured';
  const off = offIn(block);
  return off.length === 0 ? 'has all four settings on' : `leaves ${off.map(settingName).join(', ')} off`;
};

const bucketConsole = 'S3 console > Buckets > the bucket > Permissions';
const blockDocs =
  'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html';

export const accountPublicAccessBlockOff = defineRule(
  {
    id: 's3.account-public-access-block-off',
    title: 'Account-level S3 Block Public Access is not fully on',
    severity: 'high',
    category: 'security',
    resourceType: 's3:account-settings',
    reads: ['s3:account-settings'],
    description:
      'The account-level S3 Block Public Access configuration is missing, or leaves one of BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets off.',
    risk: 'Without the account-wide block, one bucket policy or ACL edit is enough to expose data to the internet, in every existing and future bucket.',
    remediation: {
      text: 'Turn on all four settings for the account. Buckets that must serve public content should do so through CloudFront with origin access control, not public bucket access.',
      cli: `aws s3control put-public-access-block --account-id {account} --public-access-block-configuration ${ALL_ON_CONFIGURATION}`,
      console: 'S3 console > Block Public Access settings for this account > Edit',
    },
    references: { fsbp: ['S3.1'], cis: ['3.1.4'], docs: [blockDocs] },
  },
  (ctx) =>
    ctx
      .resources('s3:account-settings')
      .filter((s) => ctx.known(s, 'publicAccessBlock') && offIn(s.attributes.publicAccessBlock).length > 0)
      .map((settings): RuleHit => {
        const block = settings.attributes.publicAccessBlock;
        const off = offIn(block).map(settingName);
        return {
          target: settings,
          message:
            block === null
              ? `Account ${settings.account} has no account-level S3 Block Public Access configuration.`
              : `Account ${settings.account}'s account-level S3 Block Public Access leaves ${off.join(', ')} off.`,
          evidence: { publicAccessBlock: block, settingsOff: off },
        };
      }),
);

export const bucketPublicAccessBlockOff = defineRule(
  {
    id: 's3.bucket-public-access-block-off',
    title: 'S3 bucket is not covered by all four Block Public Access settings',
    severity: 'medium',
    category: 'security',
    resourceType: 's3:bucket',
    reads: ['s3:bucket', 's3:account-settings'],
    description:
      "A Block Public Access setting is off both in the bucket's own configuration and at the account level. A bucket whose settings are covered by the account-level block is protected and not reported.",
    risk: 'Nothing stops a policy or ACL change from making the bucket, and the data in it, readable or writable by anyone.',
    remediation: {
      text: "Turn on all four settings on the bucket, or better, on the account (the account's own finding). Move intended public access to CloudFront with origin access control first.",
      cli: `aws s3api put-public-access-block --bucket {name} --public-access-block-configuration ${ALL_ON_CONFIGURATION}`,
      console: `${bucketConsole} > Block public access (bucket settings) > Edit`,
    },
    references: { fsbp: ['S3.8'], cis: ['3.1.4'], docs: [blockDocs] },
    deviations: {
      'FSBP S3.8':
        "S3.8 judges the bucket's own settings only; the rule reports a setting only when the account-level block leaves it off too (S3 applies the stricter of the two), so a bucket covered by the account's block fails S3.8 but is not reported.",
    },
  },
  (ctx) =>
    ctx.resources('s3:bucket').flatMap((bucket): RuleHit[] => {
      const off = SETTINGS.map(([key]) => key).filter((key) => effective(ctx, bucket, key) === 'off');
      if (off.length === 0) return [];
      // 'off' needs both blocks read, so both are known here.
      const own = bucketBlock(ctx, bucket) ?? null;
      const account = accountBlock(ctx, bucket.account) ?? null;
      return [
        {
          target: bucket,
          message: `Bucket ${bucket.id} has ${off.map(settingName).join(', ')} off at both the bucket and the account level (the bucket ${describeBlock(own)}; the account ${describeBlock(account)}).`,
          evidence: {
            settingsOff: off.map(settingName),
            bucketPublicAccessBlock: own,
            accountPublicAccessBlock: account,
          },
        },
      ];
    }),
);

/** Why an exposure is or is not blocked today, for the message. */
function neutralizerNote(neutralizer: Neutralizer, setting: Setting): string {
  switch (neutralizer) {
    case 'bucket':
    case 'account':
      return ` ${settingName(setting)}, on at the ${neutralizer} level, blocks this access today: it takes effect again if that setting is turned off.`;
    case 'unknown':
      return ` Whether ${settingName(setting)} blocks it is unknown: a public access block could not be read.`;
    case 'off':
      return '';
  }
}

/** Actions that read a bucket's data (FSBP S3.2) and that write or delete it, or its access (S3.3). */
const READ_ACTIONS = ['s3:GetObject', 's3:GetObjectVersion', 's3:ListBucket', 's3:ListBucketVersions'];
const WRITE_ACTIONS = [
  's3:PutObject',
  's3:DeleteObject',
  's3:DeleteObjectVersion',
  's3:PutObjectAcl',
  's3:PutBucketAcl',
  's3:PutBucketPolicy',
  's3:DeleteBucketPolicy',
];
const ACL_READ = ['READ', 'FULL_CONTROL'];
const ACL_WRITE = ['WRITE', 'WRITE_ACP', 'FULL_CONTROL'];

/**
 * The FSBP controls a public grant fails: S3.2 for public read, S3.3 for public write. Neither when
 * Block Public Access neutralizes it: both controls then pass the bucket.
 */
function publicAccessControls(neutralizer: Neutralizer, reads: boolean, writes: boolean): string[] {
  if (neutralized(neutralizer)) return [];
  return [...(reads ? ['S3.2'] : []), ...(writes ? ['S3.3'] : [])];
}

const grantsAny = (patterns: string[], actions: string[]) =>
  patterns.some((pattern) => actions.some((action) => actionMatches(pattern, action)));

/**
 * Public through the policy or the ACL: one finding per path (subKey `policy` / `acl`), never two for
 * the same grant. An effective block that neutralizes the path (RestrictPublicBuckets for a policy,
 * IgnorePublicAcls for an ACL) keeps the finding, lowered to low: the bucket is not reachable today,
 * but its configuration still says "public" and is one setting change away from exposure. When the block
 * cannot be read, the finding keeps its critical severity: the grant itself is known, and hiding a
 * public bucket behind a failed read would be the worse mistake.
 */
export const bucketPublic = defineRule(
  {
    id: 's3.bucket-public',
    title: 'S3 bucket grants access to anyone through its policy or ACL',
    severity: 'critical',
    category: 'security',
    resourceType: 's3:bucket',
    reads: ['s3:bucket', 's3:account-settings'],
    description:
      'The bucket policy has an Allow statement open to any principal with no condition restricting the caller (account, organization, VPC, source IP), or the bucket ACL grants a permission to AllUsers or AuthenticatedUsers. Reported as low when an effective Block Public Access setting (RestrictPublicBuckets for policies, IgnorePublicAcls for ACLs) neutralizes it. A finding cites S3.2 when its grant reads data and S3.3 when it writes data or access; a neutralized one cites neither (Security Hub passes the bucket).',
    risk: 'Anyone on the internet can read (or write, or list) the data the grant covers: the most common cause of cloud data leaks.',
    remediation: {
      text: 'Remove the public statements from the bucket policy and the public grants from the ACL (or disable ACLs with BucketOwnerEnforced). Serve intended public content through CloudFront with origin access control, then turn on Block Public Access.',
      cli: `aws s3api put-public-access-block --bucket {name} --public-access-block-configuration ${ALL_ON_CONFIGURATION}`,
      console: `${bucketConsole} > Bucket policy / Access control list (ACL)`,
    },
    references: {
      fsbp: ['S3.2', 'S3.3'],
      docs: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-overview.html'],
    },
  },
  (ctx) =>
    ctx.resources('s3:bucket').flatMap((bucket) =>
      publicExposures(ctx, bucket).map((exposure): RuleHit => {
        const { neutralizer } = exposure;
        const lowered = neutralized(neutralizer) ? { severity: 'low' as const } : {};
        if (exposure.path === 'policy') {
          const { statements } = exposure;
          return {
            target: bucket,
            subKey: 'policy',
            message: `Bucket ${bucket.id}'s policy allows anyone: ${statements.map(statementText).join('; ')}.${neutralizerNote(neutralizer, 'restrictPublicBuckets')}`,
            evidence: { publicStatements: statements, restrictPublicBuckets: neutralizer },
            ...lowered,
            references: {
              fsbp: publicAccessControls(
                neutralizer,
                statements.some((st) => grantsAny(st.actions, READ_ACTIONS)),
                statements.some((st) => grantsAny(st.actions, WRITE_ACTIONS)),
              ),
            },
          };
        }
        const { grants } = exposure;
        return {
          target: bucket,
          subKey: 'acl',
          message: `Bucket ${bucket.id}'s ACL grants ${grants.map((g) => `${g.permission} to ${granteeText(g.grantee)}`).join(' and ')}.${neutralizerNote(neutralizer, 'ignorePublicAcls')}`,
          evidence: { aclPublicGrants: grants, ignorePublicAcls: neutralizer },
          ...lowered,
          references: {
            fsbp: publicAccessControls(
              neutralizer,
              grants.some((g) => ACL_READ.includes(g.permission)),
              grants.some((g) => ACL_WRITE.includes(g.permission)),
            ),
          },
        };
      }),
    ),
);

const KMS_ALGORITHMS = ['aws:kms', 'aws:kms:dsse'];

/**
 * Enabled by default but silent unless `thresholds.requireS3Kms` is true: the threshold is the one
 * switch a user sets, and SSE-S3 (applied to every bucket since 2023) is a sound default otherwise.
 */
export const bucketNotKmsEncrypted = defineRule(
  {
    id: 's3.bucket-not-kms-encrypted',
    title: 'S3 bucket does not use SSE-KMS default encryption',
    severity: 'medium',
    category: 'security',
    resourceType: 's3:bucket',
    reads: ['s3:bucket'],
    description:
      "The bucket's default encryption is not SSE-KMS (aws:kms or aws:kms:dsse). Reports only when thresholds.requireS3Kms is true; S3 encrypts every new object with SSE-S3 by default.",
    risk: 'With SSE-S3 anyone allowed to read the objects can decrypt them; SSE-KMS adds a key policy as a second gate and logs every decryption in CloudTrail.',
    remediation: {
      text: 'Set SSE-KMS as the default encryption, with a customer managed key and S3 Bucket Keys to keep KMS request costs down. Existing objects keep their encryption until rewritten.',
      cli: `aws s3api put-bucket-encryption --bucket {name} --server-side-encryption-configuration '{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"KEY-ARN"},"BucketKeyEnabled":true}]}'`,
      console: 'S3 console > Buckets > the bucket > Properties > Default encryption > Edit',
    },
    references: {
      docs: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html'],
    },
  },
  (ctx) => {
    if (!ctx.thresholds.requireS3Kms) return [];
    return ctx
      .resources('s3:bucket')
      .filter(
        (b) =>
          ctx.known(b, 'encryption') && !KMS_ALGORITHMS.includes(b.attributes.encryption?.algorithm ?? ''),
      )
      .map((bucket): RuleHit => {
        const { encryption } = bucket.attributes;
        return {
          target: bucket,
          message:
            encryption === null
              ? `Bucket ${bucket.id} has no default encryption configuration (new objects get SSE-S3), and SSE-KMS is required (thresholds.requireS3Kms).`
              : `Bucket ${bucket.id}'s default encryption is ${encryption.algorithm === 'AES256' ? 'SSE-S3 (AES256)' : encryption.algorithm}, not SSE-KMS, which is required (thresholds.requireS3Kms).`,
          evidence: { encryption },
        };
      });
  },
);

export const bucketVersioningDisabled = defineRule(
  {
    id: 's3.bucket-versioning-disabled',
    title: 'S3 bucket does not have versioning enabled',
    severity: 'low',
    category: 'reliability',
    resourceType: 's3:bucket',
    reads: ['s3:bucket'],
    description: "The bucket's versioning is Disabled (never enabled) or Suspended.",
    risk: 'An overwrite or delete, by mistake, a bug or ransomware, destroys the only copy of an object.',
    remediation: {
      text: 'Enable versioning, with a lifecycle rule that expires noncurrent versions so old copies do not pile up.',
      cli: 'aws s3api put-bucket-versioning --bucket {name} --versioning-configuration Status=Enabled',
      console: 'S3 console > Buckets > the bucket > Properties > Bucket Versioning > Edit',
    },
    references: {
      docs: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('s3:bucket')
      .filter((b) => ctx.known(b, 'versioning') && b.attributes.versioning !== 'Enabled')
      .map((bucket): RuleHit => ({
        target: bucket,
        message: `Bucket ${bucket.id} has versioning ${bucket.attributes.versioning === 'Suspended' ? 'suspended' : 'disabled'}: an overwritten or deleted object cannot be recovered.`,
        evidence: { versioning: bucket.attributes.versioning },
      })),
);

export const bucketTlsNotEnforced = defineRule(
  {
    id: 's3.bucket-tls-not-enforced',
    title: 'S3 bucket policy does not deny requests without TLS',
    severity: 'medium',
    category: 'security',
    resourceType: 's3:bucket',
    reads: ['s3:bucket'],
    description:
      'The bucket has no policy, or its policy has no Deny for all principals and all S3 actions when aws:SecureTransport is false.',
    risk: 'Clients may read and write the data over plain HTTP, where it can be observed or altered in transit.',
    remediation: {
      text: 'Add a statement to the bucket policy: Effect Deny, Principal *, Action s3:*, Resource the bucket and bucket/*, Condition Bool aws:SecureTransport false. Merge it into the existing policy: put-bucket-policy replaces the whole document.',
      console: `${bucketConsole} > Bucket policy > Edit`,
    },
    references: {
      fsbp: ['S3.5'],
      cis: ['3.1.1'],
      docs: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit'],
    },
  },
  (ctx) =>
    ctx
      .resources('s3:bucket')
      .filter((b) => ctx.known(b, 'policy') && !b.attributes.policy?.deniesInsecureTransport)
      .map((bucket): RuleHit => ({
        target: bucket,
        message:
          bucket.attributes.policy === null
            ? `Bucket ${bucket.id} has no bucket policy, so requests over plain HTTP are allowed.`
            : `Bucket ${bucket.id}'s policy has no Deny on aws:SecureTransport = false for s3:*, so requests over plain HTTP are allowed.`,
        evidence: {
          hasPolicy: bucket.attributes.policy !== null,
          deniesInsecureTransport: false,
        },
      })),
);

export const bucketAclsEnabled = defineRule(
  {
    id: 's3.bucket-acls-enabled',
    title: 'S3 bucket has ACLs enabled (object ownership is not BucketOwnerEnforced)',
    severity: 'low',
    category: 'security',
    resourceType: 's3:bucket',
    reads: ['s3:bucket'],
    description:
      "The bucket's object ownership is not BucketOwnerEnforced (or no ownership controls are set, which means ObjectWriter), so ACLs on the bucket and its objects still grant access.",
    risk: 'ACLs are a second, hard-to-audit way to grant access: an object ACL can make a single object public, or leave another account owning objects in your bucket. (Public ACL grants that exist today are reported by s3.bucket-public.)',
    remediation: {
      text: 'Set object ownership to BucketOwnerEnforced after moving any access granted by ACLs into the bucket policy. Buckets receiving CloudFront standard logs (legacy) still need ACLs.',
      cli: "aws s3api put-bucket-ownership-controls --bucket {name} --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerEnforced}]'",
      console: `${bucketConsole} > Object Ownership > Edit`,
    },
    references: {
      fsbp: ['S3.12'],
      docs: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('s3:bucket')
      .filter(
        (b) => ctx.known(b, 'objectOwnership') && b.attributes.objectOwnership !== 'BucketOwnerEnforced',
      )
      .map((bucket): RuleHit => ({
        target: bucket,
        message:
          bucket.attributes.objectOwnership === null
            ? `Bucket ${bucket.id} has no object ownership controls, so ACLs are enabled (ObjectWriter).`
            : `Bucket ${bucket.id} has ACLs enabled: object ownership is ${bucket.attributes.objectOwnership}, not BucketOwnerEnforced.`,
        evidence: { objectOwnership: bucket.attributes.objectOwnership },
      })),
);

/**
 * Any enabled lifecycle rule counts: the inventory keeps rule counts, not their actions, so a rule
 * that expires current objects only is taken as the owner having thought about lifecycle.
 */
export const versionedBucketWithoutLifecycle = defineRule(
  {
    id: 's3.versioned-bucket-without-lifecycle',
    title: 'Versioned S3 bucket has no enabled lifecycle rule',
    severity: 'low',
    category: 'cost',
    resourceType: 's3:bucket',
    reads: ['s3:bucket'],
    description:
      'Versioning is enabled and no lifecycle rule is enabled, so noncurrent versions and expired delete markers are never removed.',
    risk: 'Every overwrite and delete keeps the old version, billed as storage forever: such buckets grow silently to many times their visible size.',
    remediation: {
      text: 'Add a lifecycle rule that expires noncurrent versions after the recovery window you need (e.g. 30-90 days) and removes expired delete markers. The CLI call replaces the whole lifecycle configuration, including disabled rules.',
      cli: `aws s3api put-bucket-lifecycle-configuration --bucket {name} --lifecycle-configuration '{"Rules":[{"ID":"expire-noncurrent-versions","Status":"Enabled","Filter":{},"NoncurrentVersionExpiration":{"NoncurrentDays":90},"Expiration":{"ExpiredObjectDeleteMarker":true}}]}'`,
      console: 'S3 console > Buckets > the bucket > Management > Lifecycle rules > Create lifecycle rule',
    },
    references: {
      docs: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('s3:bucket')
      .filter(
        (b) =>
          ctx.known(b, 'versioning', 'lifecycle') &&
          b.attributes.versioning === 'Enabled' &&
          b.attributes.lifecycle.enabledRuleCount === 0,
      )
      .map((bucket): RuleHit => ({
        target: bucket,
        message: `Bucket ${bucket.id} is versioned but has no enabled lifecycle rule${bucket.attributes.lifecycle.ruleCount > 0 ? ` (${bucket.attributes.lifecycle.ruleCount} disabled)` : ''}: noncurrent versions are kept, and billed, forever.`,
        evidence: { versioning: 'Enabled', lifecycle: bucket.attributes.lifecycle },
      })),
);

/** What stops the cleanup action on a bucket: AWS guard rails it never works around. */
function deleteGuards(ctx: RuleContext, bucket: Bucket): string[] {
  const guards: string[] = [];
  if (!ctx.known(bucket, 'objectLock')) guards.push('Object Lock unknown');
  else if (bucket.attributes.objectLock) guards.push('Object Lock');
  if (!ctx.known(bucket, 'versioning')) guards.push('MFA delete unknown');
  else if (bucket.attributes.mfaDelete) guards.push('MFA delete');
  return guards;
}

/** Entries the scan lists per bucket (one page): buckets with more are never judged unused. */
const LISTED = 1000;

/** The bucket's listing, when it was read and fits in one page: exact counts and newest write. */
function listedContents(ctx: RuleContext, bucket: Bucket) {
  const contents = bucket.attributes.contents;
  return ctx.known(bucket, 'contents') && contents.complete ? contents : null;
}

const isEmpty = (contents: Bucket['attributes']['contents']) => contents.objects + contents.uploads === 0;

const DELETE_REMEDIATION = {
  cli: 'aws s3api delete-bucket --region {region} --bucket {name}',
  console: 'S3 console > Buckets > the bucket > Empty, then Delete',
};

export const bucketEmpty = defineRule(
  {
    id: 's3.bucket-empty',
    title: 'S3 bucket is empty and was created a while ago',
    severity: 'low',
    category: 'hygiene',
    resourceType: 's3:bucket',
    reads: ['s3:bucket'],
    description:
      'The bucket holds no object version, no delete marker and no incomplete multipart upload, and was created at least thresholds.emptyBucketDays (default 30) days ago, so a bucket just made for a deploy is not reported. A bucket whose listing could not be read is never taken for empty.',
    risk: 'An empty bucket costs nothing, but it is one more policy, ACL and notification setup to review, and whatever still writes to it goes unnoticed. Deleting it frees its name for anyone: another AWS account can create a bucket with the same name and receive requests meant for this one.',
    remediation: {
      text: 'If code, configuration, DNS or another account may still refer to the name, keep the bucket: AWS recommends emptying a bucket and keeping it rather than deleting it, because a deleted name can be claimed by another account. Otherwise delete it. Approved cleanup can delete it when cleanup-actions names s3.delete-bucket (never for Object Lock or MFA delete buckets).',
      ...DELETE_REMEDIATION,
    },
    references: {
      docs: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/delete-bucket.html'],
    },
    cleanupAction: 's3.delete-bucket',
  },
  (ctx) =>
    ctx.resources('s3:bucket').flatMap((bucket): RuleHit[] => {
      const contents = listedContents(ctx, bucket);
      if (!contents || !isEmpty(contents)) return [];
      const age = ctx.daysSince(bucket.createdAt);
      if (age === null || age < ctx.thresholds.emptyBucketDays) return [];
      const guards = deleteGuards(ctx, bucket);
      const kept = guards.length > 0 ? ` It is not a cleanup candidate (${guards.join(', ')}).` : '';
      return [
        {
          target: bucket,
          message: `Bucket ${bucket.id} holds no object, version, delete marker or incomplete upload, and was created ${age} days ago.${kept}`,
          evidence: {
            createdAt: bucket.createdAt,
            ageDays: age,
            objectLock: bucket.attributes.objectLock,
            mfaDelete: bucket.attributes.mfaDelete,
          },
          cleanupDoesNotApply: guards.length > 0,
        },
      ];
    }),
);

/** Someone set up who reads the bucket: a policy (CloudFront, another account, a role) or public ACL grants. */
const hasReaders = (bucket: Bucket) =>
  bucket.attributes.policy !== null || bucket.attributes.aclPublicGrants.length > 0;

/**
 * Abandoned by its writes: reads cannot be seen without server access logs or CloudTrail data
 * events, so buckets whose policy or ACL names readers are left out, and the finding says so.
 */
export const bucketUnwritten = defineRule(
  {
    id: 's3.bucket-unwritten',
    title: 'S3 bucket has not been written for a long time',
    severity: 'low',
    category: 'cost',
    resourceType: 's3:bucket',
    reads: ['s3:bucket'],
    description: `The bucket holds at most ${LISTED.toLocaleString('en-US')} object versions, delete markers and incomplete uploads (one listing page, so all were read), the newest written at least thresholds.unwrittenBucketDays (default 365) days ago, and has no bucket policy and no public ACL grant (a policy names readers such as CloudFront or another account). Buckets with more entries, or whose listing or policy could not be read, are not judged.`,
    risk: 'Data nobody writes any more is often data nobody needs: it is billed every month, may hold what should have been deleted, and keeps a name and permissions to review. Reads are not visible to the scan: an application or person may still read it.',
    remediation: {
      text: 'Check who reads it (S3 server access logs, CloudTrail data events, or the bucket’s CloudWatch request metrics) and whether the data must be kept. Move what must be kept to cheaper storage with a lifecycle rule, or delete the bucket. Approved cleanup can empty and delete it when cleanup-actions names s3.delete-bucket (never for Object Lock or MFA delete buckets); deleting frees the name for any AWS account.',
      ...DELETE_REMEDIATION,
    },
    references: {
      docs: [
        'https://docs.aws.amazon.com/AmazonS3/latest/userguide/delete-bucket.html',
        'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html',
      ],
    },
    cleanupAction: 's3.delete-bucket',
  },
  (ctx) =>
    ctx.resources('s3:bucket').flatMap((bucket): RuleHit[] => {
      const contents = listedContents(ctx, bucket);
      if (!contents || isEmpty(contents) || !ctx.known(bucket, 'policy')) return [];
      if (!ctx.known(bucket, 'aclPublicGrants') || hasReaders(bucket)) return [];
      const idle = ctx.daysSince(contents.lastWrittenAt);
      if (idle === null || idle < ctx.thresholds.unwrittenBucketDays) return [];
      const guards = deleteGuards(ctx, bucket);
      const kept = guards.length > 0 ? ` It is not a cleanup candidate (${guards.join(', ')}).` : '';
      return [
        {
          target: bucket,
          message: `Bucket ${bucket.id} holds ${contents.objects} object versions and delete markers and ${contents.uploads} incomplete uploads (${contents.bytes} bytes), the newest written ${idle} days ago. Reads are not visible to the scan: check who reads it before deleting.${kept}`,
          evidence: {
            objects: contents.objects,
            uploads: contents.uploads,
            bytes: contents.bytes,
            lastWrittenAt: contents.lastWrittenAt,
            daysSinceWrite: idle,
            objectLock: bucket.attributes.objectLock,
            mfaDelete: bucket.attributes.mfaDelete,
          },
          cleanupDoesNotApply: guards.length > 0,
        },
      ];
    }),
);

/**
 * Reported where incomplete uploads exist now, not on every bucket without the rule: a preventive
 * rule everywhere is good practice, but a finding per bucket would bury the ones being billed.
 */
export const incompleteUploadsNotAborted = defineRule(
  {
    id: 's3.bucket-incomplete-uploads-not-aborted',
    title: 'S3 bucket keeps incomplete multipart uploads and no lifecycle rule aborts them',
    severity: 'low',
    category: 'cost',
    resourceType: 's3:bucket',
    reads: ['s3:bucket'],
    description:
      'The scan lists incomplete multipart uploads in the bucket (one page, up to 1,000) and no enabled lifecycle rule covering the whole bucket (no prefix, tag or size filter) has AbortIncompleteMultipartUpload. Buckets with no incomplete upload now are not reported, nor buckets whose uploads or lifecycle could not be read.',
    risk: 'The parts of an upload that was never completed or aborted are stored and billed at the storage class price, and appear in no object listing, the console’s object count or most inventory tools: they grow unnoticed for as long as the bucket exists.',
    remediation: {
      text: 'Add a lifecycle rule for the whole bucket with AbortIncompleteMultipartUpload (7 days is common); it aborts the existing uploads too. The CLI call replaces the whole lifecycle configuration: merge it with the rules the bucket has.',
      cli: `aws s3api put-bucket-lifecycle-configuration --bucket {name} --lifecycle-configuration '{"Rules":[{"ID":"abort-incomplete-uploads","Status":"Enabled","Filter":{},"AbortIncompleteMultipartUpload":{"DaysAfterInitiation":7}}]}'`,
      console: 'S3 console > Buckets > the bucket > Management > Lifecycle rules > Create lifecycle rule',
    },
    references: {
      docs: [
        'https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpu-abort-incomplete-mpu-lifecycle-config.html',
      ],
    },
  },
  (ctx) =>
    ctx
      .resources('s3:bucket')
      .filter(
        (b) =>
          ctx.known(b, 'contents', 'lifecycle') &&
          b.attributes.contents.uploads > 0 &&
          b.attributes.lifecycle.abortIncompleteUploadsDays === null,
      )
      .map((bucket): RuleHit => {
        const { uploads, complete } = bucket.attributes.contents;
        const count = complete ? `${uploads}` : `at least ${uploads}`;
        return {
          target: bucket,
          message: `Bucket ${bucket.id} holds ${count} incomplete multipart uploads, whose parts are billed and not listed, and no lifecycle rule for the whole bucket aborts them.`,
          evidence: { incompleteUploads: uploads, counted: complete, lifecycle: bucket.attributes.lifecycle },
        };
      }),
);

export const bucketAccessLoggingOff = defineRule(
  {
    id: 's3.bucket-access-logging-off',
    title: 'S3 bucket has server access logging off',
    severity: 'low',
    category: 'security',
    resourceType: 's3:bucket',
    reads: ['s3:bucket'],
    description:
      'The bucket has no server access logging. Buckets that receive other buckets’ access logs are not reported (logging a log bucket into itself loops).',
    risk: 'Without access logs (or CloudTrail data events) nobody can tell who read or changed which objects, or when, after a leak or a wrong deletion.',
    remediation: {
      text: 'Turn on server access logging to a separate log bucket, or record CloudTrail data events for the bucket.',
      cli: `aws s3api put-bucket-logging --bucket {name} --bucket-logging-status '{"LoggingEnabled":{"TargetBucket":"your-log-bucket","TargetPrefix":"{name}/"}}'`,
      console: 'S3 console > Buckets > the bucket > Properties > Server access logging > Edit',
    },
    references: {
      fsbp: ['S3.9'],
      docs: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html'],
    },
    deviations: {
      'FSBP S3.9':
        'Severity low rather than medium, and buckets that receive other buckets’ access logs are not reported.',
    },
  },
  (ctx) => {
    const logTargets = new Set(
      ctx
        .resources('s3:bucket')
        .flatMap((b) => (b.attributes.logging.targetBucket ? [b.attributes.logging.targetBucket] : [])),
    );
    return ctx
      .resources('s3:bucket')
      .filter((b) => ctx.known(b, 'logging') && !b.attributes.logging.enabled && !logTargets.has(b.id))
      .map((bucket): RuleHit => ({
        target: bucket,
        message: `Bucket ${bucket.id} has server access logging off.`,
        evidence: { logging: bucket.attributes.logging },
      }));
  },
);

/** The actions FSBP S3.6 denies to other accounts: changing who may access the bucket or its keys. */
const S3_6_ACTIONS = [
  's3:DeleteBucketPolicy',
  's3:PutBucketAcl',
  's3:PutBucketPolicy',
  's3:PutEncryptionConfiguration',
  's3:PutObjectAcl',
];

/** The 12-digit account an AWS principal names (`123456789012`, `arn:aws:iam::123456789012:...`), or null. */
const principalAccount = (principal: string): string | null =>
  /^\d{12}$/.test(principal) ? principal : (/^arn:aws[a-z-]*:iam::(\d{12}):/.exec(principal)?.[1] ?? null);

export const bucketGrantsOtherAccounts = defineRule(
  {
    id: 's3.bucket-policy-grants-other-accounts',
    title: 'S3 bucket policy lets another account change its access',
    severity: 'high',
    category: 'security',
    resourceType: 's3:bucket',
    reads: ['s3:bucket'],
    description:
      'An Allow statement of the bucket policy names a principal of another AWS account and grants s3:DeleteBucketPolicy, s3:PutBucketAcl, s3:PutBucketPolicy, s3:PutEncryptionConfiguration or s3:PutObjectAcl (directly or through a wildcard). Statements open to everyone are s3.bucket-public’s.',
    risk: 'The other account can rewrite the bucket’s policy or ACLs, or its encryption: take the data, lock the owner out, or make it public.',
    remediation: {
      text: 'Remove those actions from the statements naming other accounts; grant them read or write to the data only, and keep access management to the owning account.',
      cli: 'aws s3api get-bucket-policy --bucket {name} --query Policy --output text',
      console: `${bucketConsole} > Bucket policy > Edit`,
    },
    references: {
      fsbp: ['S3.6'],
      docs: [
        'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-walkthroughs-managing-access-example2.html',
      ],
    },
  },
  (ctx) =>
    ctx.resources('s3:bucket').flatMap((bucket): RuleHit[] => {
      if (!ctx.known(bucket, 'policy') || !bucket.attributes.policy) return [];
      return statementsOf(bucket.attributes.policy.document).flatMap((statement): RuleHit[] => {
        if (statement.effect !== 'Allow' || statement.principal === null || statement.principal === '*')
          return [];
        const others = [
          ...new Set(
            (statement.principal.AWS ?? [])
              .map(principalAccount)
              .filter((account): account is string => account !== null && account !== bucket.account),
          ),
        ].sort();
        const actions = S3_6_ACTIONS.filter((action) => allowsAction(statement, action));
        if (others.length === 0 || actions.length === 0) return [];
        return [
          {
            target: bucket,
            subKey: labelOf(statement),
            message: `Bucket ${bucket.id}'s policy (statement ${labelOf(statement)}) lets account(s) ${others.join(', ')} ${actions.join(', ')}.`,
            evidence: { statement: labelOf(statement), accounts: others, actions },
          },
        ];
      });
    }),
);
