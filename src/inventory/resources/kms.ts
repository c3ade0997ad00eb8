import { Type } from '@sinclair/typebox';
import {
  Nullable,
  NullableTimestamp,
  PolicyDocument,
  PublicStatement,
  StringList,
  resourceSchema,
} from '../schema-helpers.js';

/**
 * A KMS key with what DescribeKey says of it (`state` is its KeyState). Rotation and the key policy
 * are read for customer managed keys only (AWS manages the others' rotation and policy): null for
 * AWS managed keys, and for keys whose rotation does not apply (asymmetric, HMAC, imported, custom
 * key stores, pending deletion).
 */
export const KmsKey = resourceSchema('kms:key', {
  /** `CUSTOMER` or `AWS`. */
  keyManager: Nullable(Type.String()),
  keySpec: Nullable(Type.String()),
  keyUsage: Nullable(Type.String()),
  keyState: Nullable(Type.String()),
  /** `AWS_KMS`, `EXTERNAL` (imported material), `AWS_CLOUDHSM`, `EXTERNAL_KEY_STORE`. */
  origin: Nullable(Type.String()),
  multiRegion: Type.Boolean(),
  /** When a key pending deletion will be deleted. */
  deletionDate: NullableTimestamp,
  /** Alias names (`alias/app`) pointing at the key, from ListAliases. */
  aliases: StringList,
  rotationEnabled: Nullable(Type.Boolean()),
  policy: Nullable(Type.Object({ document: PolicyDocument, publicStatements: Type.Array(PublicStatement) })),
});

export const kmsSchemas = [KmsKey] as const;
