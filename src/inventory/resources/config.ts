import { Type } from '@sinclair/typebox';
import { Nullable, resourceSchema } from '../schema-helpers.js';

/**
 * An AWS Config configuration recorder (one customer recorder per account and region). A region
 * whose listing is complete and holds no customer recorder does not record its configuration.
 */
export const ConfigRecorder = resourceSchema('config:recorder', {
  /** From DescribeConfigurationRecorderStatus; null when the status could not be read. */
  recording: Nullable(Type.Boolean()),
  lastStatus: Nullable(Type.String()),
  /** Records every supported resource type (no recording group means it does). */
  allSupported: Type.Boolean(),
  includeGlobalResourceTypes: Type.Boolean(),
  roleArn: Nullable(Type.String()),
  /** Created by another AWS service for its own needs (a service principal), not by the account. */
  serviceLinked: Type.Boolean(),
});

export const configSchemas = [ConfigRecorder] as const;
