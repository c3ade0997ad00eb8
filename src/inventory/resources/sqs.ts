import { Type } from '@sinclair/typebox';
import { Nullable, resourceSchema } from '../schema-helpers.js';
import { ResourcePolicy } from './sns.js';

export const SqsQueue = resourceSchema('sqs:queue', {
  /** FIFO queues end in `.fifo` (known from the name alone). */
  fifo: Type.Boolean(),
  /** The KMS key (id, ARN or alias) of SSE-KMS; null when the queue uses none. */
  kmsMasterKeyId: Nullable(Type.String()),
  /** SSE-SQS: encryption with keys SQS manages (SqsManagedSseEnabled). */
  sqsManagedSse: Type.Boolean(),
  /** The queue's access policy; null when the queue has none. */
  policy: ResourcePolicy,
});

export const sqsSchemas = [SqsQueue] as const;
