/**
 * What the S3 rules and the rules about S3 buckets of other services (CloudTrail's log bucket)
 * share: how Block Public Access applies to a bucket, and whether a bucket is public. No rule is
 * defined here.
 */
import type { Static } from '@sinclair/typebox';
import type { ResourceOfType } from '../../inventory/resources/index.js';
import type { PublicAccessBlock as PublicAccessBlockSchema } from '../../inventory/resources/s3.js';
import type { RuleContext } from '../context.js';

export type Bucket = ResourceOfType<'s3:bucket'>;
export type PublicAccessBlock = Static<typeof PublicAccessBlockSchema>;
export type Setting = keyof PublicAccessBlock;

/** The four Block Public Access settings, with the names AWS shows for them. */
export const SETTINGS: readonly [Setting, string][] = [
  ['blockPublicAcls', 'BlockPublicAcls'],
  ['ignorePublicAcls', 'IgnorePublicAcls'],
  ['blockPublicPolicy', 'BlockPublicPolicy'],
  ['restrictPublicBuckets', 'RestrictPublicBuckets'],
];
export const settingName = (setting: Setting) => SETTINGS.find(([key]) => key === setting)?.[1] ?? setting;

/** A block as read, or undefined when it could not be read (unknown is never "off"). */
type KnownBlock = PublicAccessBlock | null | undefined;

export function accountBlock(ctx: RuleContext, account: string): KnownBlock {
  const settings = ctx.resources('s3:account-settings').find((s) => s.account === account);
  if (!settings || !ctx.known(settings, 'publicAccessBlock')) return undefined;
  return settings.attributes.publicAccessBlock;
}

export const bucketBlock = (ctx: RuleContext, bucket: Bucket): KnownBlock =>
  ctx.known(bucket, 'publicAccessBlock') ? bucket.attributes.publicAccessBlock : undefined;

/** Where a Block Public Access setting is on for a bucket, or that it is off, or unknown. */
export type Neutralizer = 'bucket' | 'account' | 'off' | 'unknown';

/**
 * Whether a setting is in effect for a bucket. S3 applies the most restrictive combination of the
 * bucket's and the account's blocks, so a setting is on when either has it on, off only when both
 * were read and neither has it, and unknown otherwise.
 */
export function effective(ctx: RuleContext, bucket: Bucket, setting: Setting): Neutralizer {
  const own = bucketBlock(ctx, bucket);
  const account = accountBlock(ctx, bucket.account);
  if (own?.[setting]) return 'bucket';
  if (account?.[setting]) return 'account';
  return own === undefined || account === undefined ? 'unknown' : 'off';
}

/** Whether a neutralizer blocks the access today (a setting is on at the bucket or account level). */
export const neutralized = (neutralizer: Neutralizer) =>
  neutralizer === 'bucket' || neutralizer === 'account';

type PolicyStatements = NonNullable<Bucket['attributes']['policy']>['publicStatements'];
type AclGrants = Bucket['attributes']['aclPublicGrants'];

/** One way a bucket is open to anyone, and the Block Public Access setting that may neutralize it. */
export type PublicExposure =
  | { path: 'policy'; statements: PolicyStatements; neutralizer: Neutralizer }
  | { path: 'acl'; grants: AclGrants; neutralizer: Neutralizer };

/**
 * How a bucket is public: a policy statement open to anyone (RestrictPublicBuckets neutralizes it)
 * and ACL grants to AllUsers or AuthenticatedUsers (IgnorePublicAcls does). What was not read is
 * not judged. The rule reading it must declare `s3:bucket` and `s3:account-settings`.
 */
export function publicExposures(ctx: RuleContext, bucket: Bucket): PublicExposure[] {
  const exposures: PublicExposure[] = [];
  const statements = ctx.known(bucket, 'policy') ? (bucket.attributes.policy?.publicStatements ?? []) : [];
  if (statements.length > 0) {
    exposures.push({
      path: 'policy',
      statements,
      neutralizer: effective(ctx, bucket, 'restrictPublicBuckets'),
    });
  }
  // BucketOwnerEnforced disables ACLs: whatever a grant says, S3 no longer evaluates it.
  const aclsDisabled =
    ctx.known(bucket, 'objectOwnership') && bucket.attributes.objectOwnership === 'BucketOwnerEnforced';
  const grants =
    ctx.known(bucket, 'aclPublicGrants') && !aclsDisabled ? bucket.attributes.aclPublicGrants : [];
  if (grants.length > 0) {
    exposures.push({ path: 'acl', grants, neutralizer: effective(ctx, bucket, 'ignorePublicAcls') });
  }
  return exposures;
}

export const statementText = (s: { sid: string | null; actions: string[]; principal: string }) =>
  `${s.sid ? `statement ${s.sid}` : 'a statement without Sid'} (${s.actions.join(', ') || 'no actions'}${s.principal === 'NotPrincipal' ? ', via NotPrincipal' : ''})`;

export const granteeText = (grantee: string) =>
  grantee === 'AllUsers' ? 'AllUsers (anyone)' : 'AuthenticatedUsers (any AWS account)';
