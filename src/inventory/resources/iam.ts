import { Type } from '@sinclair/typebox';
import {
  Nullable,
  NullableTimestamp,
  PolicyDocument,
  StringList,
  resourceSchema,
} from '../schema-helpers.js';

const InlinePolicy = Type.Object({ name: Type.String(), document: PolicyDocument });

export const IamAccount = resourceSchema('iam:account', {
  alias: Nullable(Type.String()),
  /** GetAccountSummary's SummaryMap (Users, MFADevices, AccountMFAEnabled, ...). */
  summary: Type.Record(Type.String(), Type.Number()),
  passwordPolicy: Nullable(
    Type.Object({
      minimumLength: Nullable(Type.Number()),
      requireUppercase: Type.Boolean(),
      requireLowercase: Type.Boolean(),
      requireNumbers: Type.Boolean(),
      requireSymbols: Type.Boolean(),
      maxAgeDays: Nullable(Type.Number()),
      reusePrevention: Nullable(Type.Number()),
      hardExpiry: Type.Boolean(),
      allowUsersToChangePassword: Type.Boolean(),
    }),
  ),
  root: Nullable(
    Type.Object({
      mfaActive: Type.Boolean(),
      accessKeysActive: Type.Number(),
      passwordLastUsed: NullableTimestamp,
      accessKeyLastUsed: NullableTimestamp,
    }),
  ),
});

export const AccessKey = Type.Object({
  slot: Type.Number(),
  active: Type.Boolean(),
  lastRotated: NullableTimestamp,
  lastUsed: NullableTimestamp,
  lastUsedService: Nullable(Type.String()),
});

export const IamUser = resourceSchema('iam:user', {
  path: Type.String(),
  userId: Nullable(Type.String()),
  passwordEnabled: Type.Boolean(),
  passwordLastUsed: NullableTimestamp,
  passwordLastChanged: NullableTimestamp,
  mfaActive: Type.Boolean(),
  accessKeys: Type.Array(AccessKey),
  groups: StringList,
  attachedPolicyArns: StringList,
  inlinePolicies: Type.Array(InlinePolicy),
  permissionsBoundaryArn: Nullable(Type.String()),
});

export const IamRole = resourceSchema('iam:role', {
  path: Type.String(),
  roleId: Nullable(Type.String()),
  assumeRolePolicy: PolicyDocument,
  lastUsedAt: NullableTimestamp,
  lastUsedRegion: Nullable(Type.String()),
  attachedPolicyArns: StringList,
  inlinePolicies: Type.Array(InlinePolicy),
  isServiceLinked: Type.Boolean(),
  permissionsBoundaryArn: Nullable(Type.String()),
});

export const IamGroup = resourceSchema('iam:group', {
  path: Type.String(),
  attachedPolicyArns: StringList,
  inlinePolicies: Type.Array(InlinePolicy),
});

/** Customer-managed policies, with the document of their default version. */
export const IamPolicy = resourceSchema('iam:policy', {
  path: Type.String(),
  defaultVersionId: Nullable(Type.String()),
  document: PolicyDocument,
  attachmentCount: Type.Number(),
  isAttachable: Type.Boolean(),
});

export const iamSchemas = [IamAccount, IamUser, IamRole, IamGroup, IamPolicy] as const;
