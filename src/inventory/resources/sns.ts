import { Type } from '@sinclair/typebox';
import { Nullable, PolicyDocument, PublicStatement, resourceSchema } from '../schema-helpers.js';

/** A resource policy as read (topic, queue): the document, and its statements open to anyone. */
export const ResourcePolicy = Nullable(
  Type.Object(
    { document: PolicyDocument, publicStatements: Type.Array(PublicStatement) },
    { additionalProperties: false },
  ),
);

export const SnsTopic = resourceSchema('sns:topic', {
  displayName: Nullable(Type.String()),
  /** FIFO topics end in `.fifo` (known from the name alone). */
  fifo: Type.Boolean(),
  /** The KMS key (id, ARN or alias) of server-side encryption; null when SSE is off. */
  kmsMasterKeyId: Nullable(Type.String()),
  /** The topic's access policy; null when the topic has none. */
  policy: ResourcePolicy,
});

export const snsSchemas = [SnsTopic] as const;
