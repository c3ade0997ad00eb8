import { Type, type Static } from '@sinclair/typebox';
import { Nullable, StringList, resourceSchema } from '../schema-helpers.js';

/** Client connections over the scan's window, from CloudWatch's daily Maximum of DatabaseConnections. */
export const DbConnections = Type.Object(
  {
    windowDays: Type.Integer({ minimum: 1 }),
    /** Days with a datapoint: none for days the instance was stopped or did not exist. */
    daysWithData: Type.Integer({ minimum: 0 }),
    /** The highest daily Maximum in the window; null when there was no datapoint at all. */
    maxConnections: Nullable(Type.Number({ minimum: 0 })),
  },
  { additionalProperties: false },
);
export type DbConnections = Static<typeof DbConnections>;

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
  /** The instance this one replicates (it is a read replica), or null. */
  readReplicaSource: Nullable(Type.String()),
  /** Its read replicas: instances and clusters (a cross-engine Aurora replica is a cluster). */
  readReplicaIds: StringList,
  /** Null when not read: the instance is not available, or GetMetricData failed (then it is unknown). */
  connections: Nullable(DbConnections),
  iamAuthentication: Type.Boolean(),
  copyTagsToSnapshot: Type.Boolean(),
  /** The port it listens on (Endpoint.Port, or DbInstancePort while it has no endpoint); null when unknown. */
  port: Nullable(Type.Integer()),
  masterUsername: Nullable(Type.String()),
  /** Enhanced Monitoring's interval in seconds; 0 when off. */
  monitoringIntervalSeconds: Type.Integer({ minimum: 0 }),
  /** The log types it publishes to CloudWatch Logs (EnabledCloudwatchLogsExports). */
  logExports: StringList,
  /** The subnets of its DB subnet group; empty outside a VPC subnet group. */
  subnetIds: StringList,
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
  iamAuthentication: Type.Boolean(),
  copyTagsToSnapshot: Type.Boolean(),
  masterUsername: Nullable(Type.String()),
  /** `provisioned`, `serverless` (Aurora Serverless v1), `parallelquery`...; null when not reported. */
  engineMode: Nullable(Type.String()),
  /** The log types it publishes to CloudWatch Logs (EnabledCloudwatchLogsExports). */
  logExports: StringList,
  /** Aurora MySQL backtracking's target window in seconds; 0 when off. */
  backtrackWindowSeconds: Type.Integer({ minimum: 0 }),
  /** Reported for Multi-AZ DB clusters; null where the answer has no such field. */
  autoMinorVersionUpgrade: Nullable(Type.Boolean()),
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

/** An RDS event notification subscription (DescribeEventSubscriptions); its state is its Status. */
export const RdsEventSubscription = resourceSchema('rds:event-subscription', {
  /** `db-instance`, `db-cluster`, `db-parameter-group`...; null: events of every source type. */
  sourceType: Nullable(Type.String()),
  /** The event categories it sends; empty: every category. */
  eventCategories: StringList,
  /** The sources it is limited to; empty: every source of its type. */
  sourceIds: StringList,
  enabled: Type.Boolean(),
  snsTopicArn: Nullable(Type.String()),
});

/** An RDS Proxy (DescribeDBProxies); its state is its Status. */
export const RdsDbProxy = resourceSchema('rds:db-proxy', {
  /** `MYSQL`, `POSTGRESQL`, `SQLSERVER`. */
  engineFamily: Nullable(Type.String()),
  /** Clients must connect with TLS (RequireTLS). */
  requireTls: Type.Boolean(),
});

export const rdsSchemas = [
  RdsDbInstance,
  RdsDbCluster,
  RdsDbSnapshot,
  RdsDbClusterSnapshot,
  RdsEventSubscription,
  RdsDbProxy,
] as const;
