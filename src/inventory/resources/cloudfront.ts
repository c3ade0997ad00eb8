import { Type } from '@sinclair/typebox';
import { Nullable, StringList, resourceSchema } from '../schema-helpers.js';

/**
 * Whether a name something points at exists: `true`, `false` (gone: anyone may claim it), or null
 * when it could not be told (the check failed or was not made). For S3, HeadBucket answers 404 for
 * a bucket no account has, 403 or a redirect for one in another account or region; for CloudFront,
 * the `*.cloudfront.net` name resolves or is NXDOMAIN.
 */
export const Existence = Nullable(Type.Boolean());

export const CloudFrontOrigin = Type.Object(
  {
    id: Type.String(),
    domainName: Type.String(),
    /** `s3`: the bucket's REST endpoint; `s3-website`: its website endpoint (a custom origin); else `custom`. */
    kind: Type.Union([Type.Literal('s3'), Type.Literal('s3-website'), Type.Literal('custom')]),
    /** The bucket an S3 or S3 website origin names; null for other origins. */
    bucket: Nullable(Type.String()),
    bucketExists: Existence,
    originAccessControlId: Nullable(Type.String()),
    /** The legacy origin access identity (`origin-access-identity/cloudfront/ID`), if any. */
    originAccessIdentity: Nullable(Type.String()),
    /** Custom origins: `http-only`, `match-viewer` or `https-only`; null for S3 REST origins. */
    originProtocolPolicy: Nullable(Type.String()),
    originSslProtocols: StringList,
  },
  { additionalProperties: false },
);

export const CloudFrontDistribution = resourceSchema('cloudfront:distribution', {
  domainName: Type.String(),
  aliases: StringList,
  enabled: Type.Boolean(),
  /** The default cache behavior's viewer protocol policy, then each path's (`allow-all` serves plain HTTP). */
  viewerProtocolPolicies: Type.Array(
    Type.Object({ pathPattern: Type.String(), policy: Type.String() }, { additionalProperties: false }),
  ),
  viewerCertificate: Type.Object(
    {
      cloudFrontDefault: Type.Boolean(),
      minimumProtocolVersion: Nullable(Type.String()),
      /** `sni-only`, `vip` (a dedicated IP: $600 a month) or `static-ip`; null with the default certificate. */
      sslSupportMethod: Nullable(Type.String()),
      certificateArn: Nullable(Type.String()),
    },
    { additionalProperties: false },
  ),
  origins: Type.Array(CloudFrontOrigin),
  /** Origin groups with at least two members: failover is configured. */
  originGroupCount: Type.Integer({ minimum: 0 }),
  webAclId: Nullable(Type.String()),
  /** From GetDistributionConfig; unknown when that read failed. */
  defaultRootObject: Nullable(Type.String()),
  /** Standard logging (legacy) to S3, from GetDistributionConfig. */
  legacyLogging: Type.Boolean(),
  /** Standard logging v2: a CloudWatch Logs delivery source names the distribution. */
  loggingV2: Type.Boolean(),
});

export const cloudfrontSchemas = [CloudFrontDistribution] as const;
