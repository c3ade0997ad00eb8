import { Type } from '@sinclair/typebox';
import { Nullable, resourceSchema } from '../schema-helpers.js';

export const DynamoDbTable = resourceSchema('dynamodb:table', {
  billingMode: Type.String(),
  itemCount: Type.Number(),
  sizeBytes: Type.Number(),
  /** null: encrypted with an AWS-owned key (the default, which DescribeTable reports as no SSEDescription). */
  sse: Nullable(
    Type.Object({
      status: Nullable(Type.String()),
      type: Nullable(Type.String()),
      kmsKeyArn: Nullable(Type.String()),
    }),
  ),
  /**
   * Who manages the table's KMS key (kms:DescribeKey): `AWS` for the aws/dynamodb key, `CUSTOMER`
   * for a customer managed key; null when the table is not on a KMS key.
   */
  kmsKeyManager: Nullable(Type.Union([Type.Literal('AWS'), Type.Literal('CUSTOMER')])),
  pointInTimeRecovery: Type.Boolean(),
  ttl: Nullable(Type.Object({ status: Type.String(), attributeName: Nullable(Type.String()) })),
  deletionProtection: Type.Boolean(),
  stream: Nullable(Type.Object({ viewType: Nullable(Type.String()) })),
  provisionedThroughput: Nullable(Type.Object({ read: Type.Number(), write: Type.Number() })),
});

export const dynamodbSchemas = [DynamoDbTable] as const;
