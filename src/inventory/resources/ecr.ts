import { Type } from '@sinclair/typebox';
import { Nullable, PolicyDocument, PublicStatement, resourceSchema } from '../schema-helpers.js';

/** How images pushed to a repository are scanned, from the registry's scanning configuration and the repository's own flag. */
export const EcrScanning = Type.Object(
  {
    /** The registry's scan type in this region: BASIC (the default) or ENHANCED (Amazon Inspector). */
    registryScanType: Type.String(),
    /**
     * What applies to this repository: SCAN_ON_PUSH, CONTINUOUS_SCAN or MANUAL (no automatic scan),
     * from the registry rules whose filters match its name and, with basic scanning, its own
     * scan-on-push flag.
     */
    frequency: Type.String(),
    /** Where the frequency comes from: a registry rule, the repository's flag, or neither. */
    source: Type.Union([Type.Literal('registry'), Type.Literal('repository'), Type.Literal('none')]),
  },
  { additionalProperties: false },
);

export const EcrRepository = resourceSchema('ecr:repository', {
  uri: Nullable(Type.String()),
  /** IMMUTABLE, MUTABLE, IMMUTABLE_WITH_EXCLUSION or MUTABLE_WITH_EXCLUSION. */
  tagMutability: Nullable(Type.String()),
  /** The repository-level scan-on-push flag (basic scanning). */
  scanOnPush: Type.Boolean(),
  scanning: Nullable(EcrScanning),
  /** AES256 or KMS (KMS_DSSE); the key when KMS. */
  encryptionType: Nullable(Type.String()),
  kmsKey: Nullable(Type.String()),
  /** The repository policy; null when there is none. */
  policy: Nullable(Type.Object({ document: PolicyDocument, publicStatements: Type.Array(PublicStatement) })),
  /** A lifecycle policy is set. */
  lifecyclePolicy: Type.Boolean(),
});

export const ecrSchemas = [EcrRepository] as const;
