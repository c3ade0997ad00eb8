import { Type } from '@sinclair/typebox';
import { Nullable, StringList, resourceSchema } from '../schema-helpers.js';

export const RdsDbInstance = resourceSchema('rds:db-instance', {
  engine: Type.String(),
  engineVersion: Nullable(Type.String()),
  instanceClass: Nullable(Type.String()),
  publiclyAccessible: Type.Boolean(),
  storageEncrypted: Type.Boolean(),
  kmsKeyId: Nullable(Type.String()),
  multiAz: Type.Boolean(),
  backupRetentionDays: Type.Number(),
  deletionProtection: Type.Boolean(),
  autoMinorVersionUpgrade: Type.Boolean(),
  allocatedStorageGiB: Nullable(Type.Number()),
  storageType: Nullable(Type.String()),
  clusterIdentifier: Nullable(Type.String()),
});

export const RdsDbCluster = resourceSchema('rds:db-cluster', {
  engine: Type.String(),
  engineVersion: Nullable(Type.String()),
  storageEncrypted: Type.Boolean(),
  multiAz: Type.Boolean(),
  backupRetentionDays: Type.Number(),
  deletionProtection: Type.Boolean(),
  publiclyAccessible: Nullable(Type.Boolean()),
  memberInstanceIds: StringList,
});

const snapshotAttributes = {
  sourceIdentifier: Nullable(Type.String()),
  engine: Nullable(Type.String()),
  allocatedStorageGiB: Nullable(Type.Number()),
  encrypted: Type.Boolean(),
  snapshotType: Nullable(Type.String()),
  /** Restorable by every AWS account (the `restore` attribute contains `all`). */
  public: Type.Boolean(),
  sharedWithAccountIds: StringList,
};

export const RdsDbSnapshot = resourceSchema('rds:db-snapshot', snapshotAttributes);
export const RdsDbClusterSnapshot = resourceSchema('rds:db-cluster-snapshot', snapshotAttributes);

export const rdsSchemas = [RdsDbInstance, RdsDbCluster, RdsDbSnapshot, RdsDbClusterSnapshot] as const;
