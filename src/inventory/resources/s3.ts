import { Type } from '@sinclair/typebox';
import { Nullable, PolicyDocument, PublicStatement, resourceSchema } from '../schema-helpers.js';

export const PublicAccessBlock = Type.Object({
  blockPublicAcls: Type.Boolean(),
  ignorePublicAcls: Type.Boolean(),
  blockPublicPolicy: Type.Boolean(),
  restrictPublicBuckets: Type.Boolean(),
});

export const S3Bucket = resourceSchema('s3:bucket', {
  /** null: no default encryption configuration (AWS applies SSE-S3 to new objects since 2023). */
  encryption: Nullable(
    Type.Object({
      algorithm: Type.String(),
      kmsKeyId: Nullable(Type.String()),
      bucketKeyEnabled: Type.Boolean(),
    }),
  ),
  versioning: Type.Union([Type.Literal('Enabled'), Type.Literal('Suspended'), Type.Literal('Disabled')]),
  mfaDelete: Type.Boolean(),
  /**
   * What one page of ListObjectVersions and one of ListMultipartUploads (1,000 entries each) show.
   * With `complete`, neither list went past its page: the counts are exact and `lastWrittenAt` is the
   * newest write. Default values with `contents` unknown when either read failed: a bucket that could
   * not be listed is never taken for empty or unwritten.
   */
  contents: Type.Object({
    /** Object versions and delete markers listed. */
    objects: Type.Integer({ minimum: 0 }),
    /** Incomplete multipart uploads listed (billed, and invisible to object listings). */
    uploads: Type.Integer({ minimum: 0 }),
    complete: Type.Boolean(),
    /** Newest LastModified of a version or delete marker, or Initiated of an upload; null when none. */
    lastWrittenAt: Nullable(Type.String()),
    /** Sum of the listed versions' sizes. */
    bytes: Type.Number({ minimum: 0 }),
  }),
  /** Object Lock is enabled (it can never be turned off again); false when unread, with `objectLock` unknown. */
  objectLock: Type.Boolean(),
  publicAccessBlock: Nullable(PublicAccessBlock),
  policy: Nullable(
    Type.Object({
      document: PolicyDocument,
      publicStatements: Type.Array(PublicStatement),
      /** A Deny on aws:SecureTransport=false covering the bucket: TLS is required. */
      deniesInsecureTransport: Type.Boolean(),
    }),
  ),
  aclPublicGrants: Type.Array(
    Type.Object({
      grantee: Type.Union([Type.Literal('AllUsers'), Type.Literal('AuthenticatedUsers')]),
      permission: Type.String(),
    }),
  ),
  /** BucketOwnerEnforced disables ACLs; null when no ownership controls are set. */
  objectOwnership: Nullable(Type.String()),
  lifecycle: Type.Object({
    ruleCount: Type.Number(),
    enabledRuleCount: Type.Number(),
    /**
     * Days after which an enabled rule covering the whole bucket (no prefix, tag or size filter)
     * aborts incomplete multipart uploads; null when no such rule.
     */
    abortIncompleteUploadsDays: Nullable(Type.Integer({ minimum: 0 })),
  }),
  logging: Type.Object({ enabled: Type.Boolean(), targetBucket: Nullable(Type.String()) }),
});

/** Account-wide S3 settings (S3 Control), one per account. */
export const S3AccountSettings = resourceSchema('s3:account-settings', {
  publicAccessBlock: Nullable(PublicAccessBlock),
});

/**
 * An S3 access point of the account, in its region (ListAccessPoints per region, GetAccessPoint for
 * its block public access settings, which cannot change after creation).
 */
export const S3AccessPoint = resourceSchema('s3:access-point', {
  bucket: Type.String(),
  /** The account that owns the bucket (another account's, for a cross-account access point). */
  bucketAccountId: Nullable(Type.String()),
  /** Internet or VPC. */
  networkOrigin: Type.String(),
  /** null: the access point has no block public access configuration. */
  publicAccessBlock: Nullable(PublicAccessBlock),
});

/** An S3 Multi-Region Access Point (account-wide: its control plane is in us-west-2). */
export const S3MultiRegionAccessPoint = resourceSchema('s3:multi-region-access-point', {
  alias: Nullable(Type.String()),
  /** READY, INCONSISTENT_ACROSS_REGIONS, CREATING, ... */
  status: Nullable(Type.String()),
  /** null: the report carries no block public access configuration. */
  publicAccessBlock: Nullable(PublicAccessBlock),
  buckets: Type.Array(Type.Object({ bucket: Type.String(), region: Nullable(Type.String()) })),
});

export const s3Schemas = [S3Bucket, S3AccountSettings, S3AccessPoint, S3MultiRegionAccessPoint] as const;
