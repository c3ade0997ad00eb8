import { Type } from '@sinclair/typebox';
import { Nullable, NullableTimestamp, resourceSchema } from '../schema-helpers.js';

/**
 * A secret as ListSecrets describes it: its rotation settings and dates, never its value (the scan
 * has no secretsmanager:GetSecretValue). `state` is `pending-deletion` for a secret scheduled for
 * deletion (`deletedAt` is when it was scheduled), `active` otherwise.
 */
export const SecretsManagerSecret = resourceSchema('secretsmanager:secret', {
  rotationEnabled: Type.Boolean(),
  /** RotationRules.AutomaticallyAfterDays; null when the schedule is an expression (or none is set). */
  rotationDays: Nullable(Type.Integer({ minimum: 0 })),
  /** RotationRules.ScheduleExpression (`rate(10 days)`, `cron(...)`), when the schedule is one. */
  rotationSchedule: Nullable(Type.String()),
  lastRotatedAt: NullableTimestamp,
  /** The latest date of the next rotation; in the past when rotation keeps failing. */
  nextRotationAt: NullableTimestamp,
  /** A day (Secrets Manager keeps the date only); null when never accessed. */
  lastAccessedAt: NullableTimestamp,
  lastChangedAt: NullableTimestamp,
  deletedAt: NullableTimestamp,
  /** The KMS key the secret is encrypted with (id, ARN or alias); null for the aws/secretsmanager key. */
  kmsKeyId: Nullable(Type.String()),
  /** The service that manages the secret (`rds` for a managed master password...), if any. */
  owningService: Nullable(Type.String()),
  /** The primary's region when this secret is a replica (its rotation is the primary's); null otherwise. */
  primaryRegion: Nullable(Type.String()),
});

export const secretsmanagerSchemas = [SecretsManagerSecret] as const;
