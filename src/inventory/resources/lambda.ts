import { Type } from '@sinclair/typebox';
import {
  Nullable,
  NullableTimestamp,
  PolicyDocument,
  PublicStatement,
  StringList,
  resourceSchema,
} from '../schema-helpers.js';

export const LambdaFunction = resourceSchema('lambda:function', {
  runtime: Nullable(Type.String()),
  packageType: Nullable(Type.String()),
  handler: Nullable(Type.String()),
  memoryMb: Nullable(Type.Number()),
  timeoutSeconds: Nullable(Type.Number()),
  codeSizeBytes: Nullable(Type.Number()),
  lastModified: NullableTimestamp,
  roleArn: Nullable(Type.String()),
  architectures: StringList,
  vpc: Nullable(
    Type.Object({ vpcId: Nullable(Type.String()), subnetIds: StringList, securityGroupIds: StringList }),
  ),
  /** Layer version ARNs the function uses (ListFunctions' Layers), in its order. */
  layers: StringList,
  /** Names only: values never leave the collector. */
  environmentVariableNames: StringList,
  secretsInEnvironment: Type.Array(Type.Object({ variable: Type.String(), kind: Type.String() })),
  functionUrl: Nullable(
    Type.Object({
      authType: Type.String(),
      cors: Nullable(
        Type.Object({ allowOrigins: StringList, allowMethods: StringList, allowCredentials: Type.Boolean() }),
      ),
    }),
  ),
  resourcePolicy: Nullable(
    Type.Object({ document: PolicyDocument, publicStatements: Type.Array(PublicStatement) }),
  ),
});

export const lambdaSchemas = [LambdaFunction] as const;
