import { Type } from '@sinclair/typebox';
import { Nullable, resourceSchema } from '../schema-helpers.js';

export const DetectorFeature = Type.Object({
  /** GuardDuty's feature name: S3_DATA_EVENTS, EKS_AUDIT_LOGS, EBS_MALWARE_PROTECTION, ... */
  name: Type.String(),
  status: Nullable(Type.String()),
});

/**
 * A GuardDuty detector (at most one per account and region). A region whose listing is complete
 * and holds no detector has GuardDuty off.
 */
export const GuardDutyDetector = resourceSchema('guardduty:detector', {
  /** ENABLED, or DISABLED for a suspended detector; null when GetDetector failed. */
  status: Nullable(Type.String()),
  findingPublishingFrequency: Nullable(Type.String()),
  /**
   * Protection plans and sources, from `features` (or, where absent, the older `dataSources`
   * mapped to the same names). Nested configurations appear as `FEATURE/CONFIGURATION`.
   */
  features: Type.Array(DetectorFeature),
});

export const guarddutySchemas = [GuardDutyDetector] as const;
