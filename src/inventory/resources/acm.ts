import { Type } from '@sinclair/typebox';
import { Nullable, NullableTimestamp, resourceSchema } from '../schema-helpers.js';

/**
 * An ACM certificate, from its ListCertificates summary (the listing carries every field the rules
 * need, so no DescribeCertificate is made). Values are ACM's own: `type` IMPORTED, AMAZON_ISSUED or
 * PRIVATE; `status` ISSUED, EXPIRED, PENDING_VALIDATION, FAILED, VALIDATION_TIMED_OUT, INACTIVE or
 * REVOKED; `keyAlgorithm` RSA_1024 ... EC_secp521r1. Null where the summary lacked the field.
 */
export const AcmCertificate = resourceSchema('acm:certificate', {
  domainName: Nullable(Type.String()),
  type: Nullable(Type.String()),
  status: Nullable(Type.String()),
  keyAlgorithm: Nullable(Type.String()),
  notAfter: NullableTimestamp,
  /** Associated with another AWS service (a load balancer, a CloudFront distribution, ...). */
  inUse: Nullable(Type.Boolean()),
  renewalEligibility: Nullable(Type.String()),
});

export const acmSchemas = [AcmCertificate] as const;
