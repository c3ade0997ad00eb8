import { Type } from '@sinclair/typebox';
import { Nullable, NullableTimestamp, StringList, resourceSchema } from '../schema-helpers.js';

/**
 * A Systems Manager parameter. Values are never stored: for String and StringList parameters the
 * scan reads the value, runs the secret detector over it in memory and keeps only the kinds found.
 */
export const SsmParameter = resourceSchema('ssm:parameter', {
  /** String, StringList or SecureString. */
  parameterType: Type.String(),
  /** Standard, Advanced or Intelligent-Tiering. */
  tier: Nullable(Type.String()),
  /** text, aws:ec2:image or aws:ssm:integration. */
  dataType: Nullable(Type.String()),
  lastModified: NullableTimestamp,
  /**
   * The name says the parameter holds a secret (`/prod/db/password`) and, where the value was read,
   * the value is not a reference, placeholder, number or boolean.
   */
  secretName: Type.Boolean(),
  /**
   * The secret kinds the detector found in the value (an AWS key, a private key, a token...), String
   * and StringList only; null for SecureString (never read) and when the read failed (then unknown).
   */
  valueSecretKinds: Nullable(StringList),
});

/** A Systems Manager document the account owns. */
export const SsmDocument = resourceSchema('ssm:document', {
  /** Command, Automation, Session, Policy, ... */
  documentType: Nullable(Type.String()),
  documentFormat: Nullable(Type.String()),
  /** Shared with everyone (the sharing list holds `all`); null when the permissions were not read. */
  public: Nullable(Type.Boolean()),
  /** The accounts it is shared with, beyond `all`. */
  sharedWith: StringList,
});

/** A node Systems Manager manages (an EC2 instance or a hybrid machine), from DescribeInstanceInformation. */
export const SsmManagedInstance = resourceSchema('ssm:managed-instance', {
  /** Online, ConnectionLost or Inactive. */
  pingStatus: Nullable(Type.String()),
  /** EC2Instance or ManagedInstance (hybrid). */
  resourceType: Nullable(Type.String()),
  platformType: Nullable(Type.String()),
  agentVersion: Nullable(Type.String()),
  lastPingAt: NullableTimestamp,
});

/** Per-region Systems Manager settings. */
export const SsmRegionSettings = resourceSchema('ssm:region-settings', {
  /**
   * Block public sharing for documents is on (the service setting
   * /ssm/documents/console/public-sharing-permission is Disable); null when it could not be read.
   */
  documentPublicSharingBlocked: Nullable(Type.Boolean()),
});

export const ssmSchemas = [SsmParameter, SsmDocument, SsmManagedInstance, SsmRegionSettings] as const;
