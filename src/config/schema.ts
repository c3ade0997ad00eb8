import { Type, type Static } from '@sinclair/typebox';
import { Severity } from '../findings/finding.js';
import { Nullable } from '../inventory/schema-helpers.js';

/** Where the audit configuration lives unless the user says otherwise. */
export const DEFAULT_CONFIG_PATH = '.github/aws-audit.yml';

const Days = Type.Integer({ minimum: 1, maximum: 3650 });
const Port = Type.Integer({ minimum: 0, maximum: 65535 });

export const Suppression = Type.Object(
  {
    /** A rule id (or alias), or a glob such as `s3.*`. */
    rule: Type.String({ minLength: 1 }),
    /** An ARN glob (`*` matches anything), or a regular expression written as `/.../`. */
    resource: Type.Optional(Type.String({ minLength: 1 })),
    account: Type.Optional(Type.String({ pattern: '^[0-9]{12}$' })),
    region: Type.Optional(Type.String({ minLength: 1 })),
    tags: Type.Optional(Type.Record(Type.String(), Type.String())),
    reason: Type.String({ minLength: 1 }),
    /** Last day the suppression applies (YYYY-MM-DD); after it the finding is active again. */
    expires: Type.Optional(Type.String({ format: 'date' })),
  },
  { additionalProperties: false },
);
export type Suppression = Static<typeof Suppression>;

export const Thresholds = Type.Object(
  {
    stoppedInstanceDays: Type.Optional(Days),
    snapshotAgeDays: Type.Optional(Days),
    /** ec2.instance-idle: every daily CPU average of the window below this percent. */
    idleInstanceCpuPercent: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 100 })),
    /** ec2.instance-idle: every day's NetworkIn + NetworkOut below this many MB (10^6 bytes). */
    idleInstanceNetworkMbPerDay: Type.Optional(Type.Number({ exclusiveMinimum: 0 })),
    accessKeyMaxAgeDays: Type.Optional(Days),
    unusedCredentialDays: Type.Optional(Days),
    /** Unused this long, an unused credential is high rather than medium (FSBP IAM.8 uses 90). */
    unusedCredentialHighDays: Type.Optional(Days),
    lambdaRuntimeWarningDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 3650 })),
    /** How old an empty bucket must be before s3.bucket-empty reports it (0: as soon as it is empty). */
    emptyBucketDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 3650 })),
    /** Not written this long, a small bucket no policy opens to anyone is reported by s3.bucket-unwritten. */
    unwrittenBucketDays: Type.Optional(Type.Integer({ minimum: 30, maximum: 3650 })),
    /** secretsmanager.secret-unused: days since a secret was last accessed (FSBP SecretsManager.3: 90). */
    secretUnusedDays: Type.Optional(Days),
    /** secretsmanager.secret-not-rotated: days since a secret was last rotated (FSBP SecretsManager.4: 90). */
    secretMaxAgeDays: Type.Optional(Days),
    /** Ports that may be open to the internet without a finding. */
    allowedPublicPorts: Type.Optional(Type.Array(Port)),
    /** Tag keys every resource must carry (the tags.required-missing rule). */
    requiredTags: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
    /** What marks a resource as production, for reliability rules: tag key -> values. */
    productionTags: Type.Optional(Type.Record(Type.String(), Type.Array(Type.String()))),
    /** Which RDS instances and clusters must be Multi-AZ: production-tagged ones, or all. */
    multiAzRequiredFor: Type.Optional(Type.Union([Type.Literal('production'), Type.Literal('all')])),
    /** Require SSE-KMS default encryption on S3 buckets. */
    requireS3Kms: Type.Optional(Type.Boolean()),
    /**
     * Lambda runtimes to add to, or correct in, the built-in runtime table (as Prowler's config lets
     * users name obsolete runtimes): identifier -> dates of its end of support.
     */
    lambdaRuntimes: Type.Optional(
      Type.Record(
        Type.String({ pattern: '^[a-z][a-z0-9.]*$' }),
        Type.Object(
          {
            deprecation: Type.String({ format: 'date' }),
            blockCreate: Type.Optional(Nullable(Type.String({ format: 'date' }))),
            blockUpdate: Type.Optional(Nullable(Type.String({ format: 'date' }))),
          },
          { additionalProperties: false },
        ),
      ),
    ),
  },
  { additionalProperties: false },
);

export const AuditConfigFile = Type.Object(
  {
    version: Type.Optional(Type.Literal(1)),
    rules: Type.Optional(
      Type.Object(
        {
          disable: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
          enable: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
          severity: Type.Optional(Type.Record(Type.String(), Severity)),
        },
        { additionalProperties: false },
      ),
    ),
    thresholds: Type.Optional(Thresholds),
    scope: Type.Optional(
      Type.Object(
        {
          regions: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z]{2}(-[a-z]+)+-[0-9]+$' }))),
          /** Checked against the services the rules cover when the rules are selected. */
          services: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
        },
        { additionalProperties: false },
      ),
    ),
    suppressions: Type.Optional(Type.Array(Suppression)),
  },
  { additionalProperties: false },
);
export type AuditConfigFile = Static<typeof AuditConfigFile>;

/** Every threshold with its value: the file's, or the default. Derived from the schema, so the two cannot drift. */
export type ResolvedThresholds = Required<Static<typeof Thresholds>>;

export const DEFAULT_THRESHOLDS: ResolvedThresholds = {
  stoppedInstanceDays: 30,
  snapshotAgeDays: 90,
  idleInstanceCpuPercent: 2,
  idleInstanceNetworkMbPerDay: 5,
  accessKeyMaxAgeDays: 90,
  unusedCredentialDays: 45,
  unusedCredentialHighDays: 90,
  lambdaRuntimeWarningDays: 90,
  emptyBucketDays: 30,
  unwrittenBucketDays: 365,
  secretUnusedDays: 90,
  secretMaxAgeDays: 90,
  allowedPublicPorts: [80, 443],
  requiredTags: [],
  productionTags: {
    env: ['prod', 'production'],
    environment: ['prod', 'production'],
    stage: ['prod', 'production'],
  },
  multiAzRequiredFor: 'production',
  requireS3Kms: false,
  lambdaRuntimes: {},
};

/** A suppression with where it was written, for messages. */
export interface LocatedSuppression extends Suppression {
  source: string;
}

/** The configuration the audit runs with: the file's content over the defaults. */
export interface AuditConfig {
  source: string | null;
  disable: string[];
  enable: string[];
  severity: Record<string, Severity>;
  thresholds: ResolvedThresholds;
  scope: { regions: string[] | null; services: string[] | null };
  suppressions: LocatedSuppression[];
  /**
   * Where names were written, as `file:line:col`, by their path in the file: `rules.disable.0`,
   * `rules.severity.s3.*`, `scope.services.1`. Messages about a name point there.
   */
  locations: Record<string, string>;
}

export const DEFAULT_CONFIG: AuditConfig = {
  source: null,
  disable: [],
  enable: [],
  severity: {},
  thresholds: DEFAULT_THRESHOLDS,
  scope: { regions: null, services: null },
  suppressions: [],
  locations: {},
};
