import { Type } from '@sinclair/typebox';
import { Nullable, resourceSchema } from '../schema-helpers.js';

/**
 * A CloudTrail trail, recorded once per account under its home region. An organization trail
 * seen from a member account carries the management account's ARN.
 */
export const CloudTrailTrail = resourceSchema('cloudtrail:trail', {
  isMultiRegion: Type.Boolean(),
  homeRegion: Type.String(),
  isOrganizationTrail: Type.Boolean(),
  /** From GetTrailStatus; null when the status could not be read (see unknownAttributes). */
  isLogging: Nullable(Type.Boolean()),
  includeGlobalServiceEvents: Type.Boolean(),
  s3BucketName: Nullable(Type.String()),
  kmsKeyId: Nullable(Type.String()),
  logFileValidation: Type.Boolean(),
  cloudWatchLogsLogGroupArn: Nullable(Type.String()),
  /** Which management events its event selectors record, from GetEventSelectors. */
  managementEvents: Nullable(
    Type.Union([
      Type.Literal('all'),
      Type.Literal('read-only'),
      Type.Literal('write-only'),
      Type.Literal('none'),
    ]),
  ),
});

export const cloudtrailSchemas = [CloudTrailTrail] as const;
