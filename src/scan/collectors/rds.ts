import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import {
  type DBInstance,
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBSnapshotAttributesCommand,
  RDSClient,
  paginateDescribeDBClusterSnapshots,
  paginateDescribeDBClusters,
  paginateDescribeDBProxies,
  paginateDescribeDBInstances,
  paginateDescribeDBSnapshots,
  paginateDescribeEventSubscriptions,
} from '@aws-sdk/client-rds';
import type { DbConnections } from '../../inventory/resources/rds.js';
import type { Collector, CollectorContext } from '../collector.js';
import { isoDate, makeResource, sortedStrings, tagMap, text } from '../normalize.js';
import { connectionBatches, connectionsWindow, readConnections } from './rds-connections.js';

const permissions = {
  DescribeDBInstances: 'rds:DescribeDBInstances',
  DescribeDBClusters: 'rds:DescribeDBClusters',
  DescribeDBSnapshots: 'rds:DescribeDBSnapshots',
  DescribeDBClusterSnapshots: 'rds:DescribeDBClusterSnapshots',
  DescribeDBSnapshotAttributes: 'rds:DescribeDBSnapshotAttributes',
  DescribeDBClusterSnapshotAttributes: 'rds:DescribeDBClusterSnapshotAttributes',
  // One listing per region: which RDS events are sent to SNS.
  DescribeEventSubscriptions: 'rds:DescribeEventSubscriptions',
  // One listing per region: whether each RDS Proxy requires TLS.
  DescribeDBProxies: 'rds:DescribeDBProxies',
  // Available instances' connections, so that an idle database can be told from a used one.
  GetMetricData: 'cloudwatch:GetMetricData',
} as const;
type Operation = keyof typeof permissions;
type Context = CollectorContext<Operation>;

const PAGE = { pageSize: 100 };

/** The snapshot was deleted between the listing and the attribute read. */
const SNAPSHOT_GONE = ['DBSnapshotNotFound', 'DBSnapshotNotFoundFault'];
const CLUSTER_SNAPSHOT_GONE = ['DBClusterSnapshotNotFoundFault', 'DBClusterSnapshotNotFound'];

function arn(ctx: Context, resource: string): string {
  return `arn:${ctx.partition}:rds:${ctx.region}:${ctx.account}:${resource}`;
}

export interface SnapshotSharing {
  public: boolean;
  sharedWithAccountIds: string[];
}

/** The `restore` attribute: `all` makes a snapshot public, any other value is an account it is shared with. */
export function snapshotSharing(
  attributes: readonly { AttributeName?: string; AttributeValues?: string[] }[] | undefined,
): SnapshotSharing {
  const values = (attributes ?? [])
    .filter((a) => a.AttributeName === 'restore')
    .flatMap((a) => a.AttributeValues ?? []);
  return {
    public: values.includes('all'),
    sharedWithAccountIds: sortedStrings(values.filter((v) => v !== 'all')),
  };
}

/** Placeholder values for a failed attribute read; the resource lists them in unknownAttributes. */
const unknownSharing = (): SnapshotSharing => ({ public: false, sharedWithAccountIds: [] });

/** Available instances' connections; an id mapped to undefined is one whose read failed. */
async function connectionsOf(
  ctx: Context,
  instances: readonly DBInstance[],
): Promise<Map<string, DbConnections | undefined>> {
  const available = instances
    .filter((db) => db.DBInstanceStatus === 'available' && db.DBInstanceIdentifier)
    .map((db) => db.DBInstanceIdentifier ?? '');
  const window = connectionsWindow(new Date());
  const connections = new Map<string, DbConnections | undefined>();
  // The CloudWatch client is made only where an instance needs it (batches are empty otherwise).
  await ctx.each(connectionBatches(available), async (batch) => {
    const read = await ctx.read('GetMetricData', () =>
      readConnections(ctx.client(CloudWatchClient), batch, window),
    );
    for (const id of batch) connections.set(id, read?.get(id));
  });
  return connections;
}

async function collectInstances(ctx: Context, rds: RDSClient): Promise<void> {
  const instances = await ctx.list(
    'DescribeDBInstances',
    'rds:db-instance',
    paginateDescribeDBInstances({ client: rds, ...PAGE }, {}),
    (page) => page.DBInstances,
  );
  const connections = await connectionsOf(ctx, instances);
  for (const db of instances) {
    if (!db.DBInstanceIdentifier) continue;
    const connectionsRead = connections.get(db.DBInstanceIdentifier);
    ctx.emit(
      makeResource(
        'rds:db-instance',
        {
          arn: db.DBInstanceArn ?? arn(ctx, `db:${db.DBInstanceIdentifier}`),
          id: db.DBInstanceIdentifier,
          name: db.DBInstanceIdentifier,
          account: ctx.account,
          region: ctx.scopeRegion,
          tags: tagMap(db.TagList),
          state: text(db.DBInstanceStatus),
          createdAt: isoDate(db.InstanceCreateTime),
        },
        {
          engine: db.Engine ?? 'unknown',
          engineVersion: text(db.EngineVersion),
          instanceClass: text(db.DBInstanceClass),
          publiclyAccessible: db.PubliclyAccessible ?? false,
          storageEncrypted: db.StorageEncrypted ?? false,
          kmsKeyId: text(db.KmsKeyId),
          multiAz: db.MultiAZ ?? false,
          backupRetentionDays: db.BackupRetentionPeriod ?? 0,
          deletionProtection: db.DeletionProtection ?? false,
          autoMinorVersionUpgrade: db.AutoMinorVersionUpgrade ?? false,
          allocatedStorageGiB: db.AllocatedStorage ?? null,
          storageType: text(db.StorageType),
          clusterIdentifier: text(db.DBClusterIdentifier),
          readReplicaSource: text(db.ReadReplicaSourceDBInstanceIdentifier),
          readReplicaIds: sortedStrings([
            ...(db.ReadReplicaDBInstanceIdentifiers ?? []),
            ...(db.ReadReplicaDBClusterIdentifiers ?? []),
          ]),
          connections: connectionsRead ?? null,
          iamAuthentication: db.IAMDatabaseAuthenticationEnabled ?? false,
          copyTagsToSnapshot: db.CopyTagsToSnapshot ?? false,
          port: db.Endpoint?.Port ?? (db.DbInstancePort ? db.DbInstancePort : null),
          masterUsername: text(db.MasterUsername),
          monitoringIntervalSeconds: db.MonitoringInterval ?? 0,
          logExports: sortedStrings(db.EnabledCloudwatchLogsExports ?? []),
          subnetIds: sortedStrings((db.DBSubnetGroup?.Subnets ?? []).map((s) => s.SubnetIdentifier)),
        },
        connections.has(db.DBInstanceIdentifier) && connectionsRead === undefined ? ['connections'] : [],
      ),
    );
  }
}

async function collectClusters(ctx: Context, rds: RDSClient): Promise<void> {
  const clusters = await ctx.list(
    'DescribeDBClusters',
    'rds:db-cluster',
    paginateDescribeDBClusters({ client: rds, ...PAGE }, {}),
    (page) => page.DBClusters,
  );
  for (const cluster of clusters) {
    if (!cluster.DBClusterIdentifier) continue;
    ctx.emit(
      makeResource(
        'rds:db-cluster',
        {
          arn: cluster.DBClusterArn ?? arn(ctx, `cluster:${cluster.DBClusterIdentifier}`),
          id: cluster.DBClusterIdentifier,
          name: cluster.DBClusterIdentifier,
          account: ctx.account,
          region: ctx.scopeRegion,
          tags: tagMap(cluster.TagList),
          state: text(cluster.Status),
          createdAt: isoDate(cluster.ClusterCreateTime),
        },
        {
          engine: cluster.Engine ?? 'unknown',
          engineVersion: text(cluster.EngineVersion),
          storageEncrypted: cluster.StorageEncrypted ?? false,
          multiAz: cluster.MultiAZ ?? false,
          backupRetentionDays: cluster.BackupRetentionPeriod ?? 0,
          deletionProtection: cluster.DeletionProtection ?? false,
          // Only Multi-AZ DB clusters report it; Aurora sets it per instance.
          publiclyAccessible: cluster.PubliclyAccessible ?? null,
          memberInstanceIds: sortedStrings(
            (cluster.DBClusterMembers ?? []).map((m) => m.DBInstanceIdentifier),
          ),
          iamAuthentication: cluster.IAMDatabaseAuthenticationEnabled ?? false,
          copyTagsToSnapshot: cluster.CopyTagsToSnapshot ?? false,
          masterUsername: text(cluster.MasterUsername),
          engineMode: text(cluster.EngineMode),
          logExports: sortedStrings(cluster.EnabledCloudwatchLogsExports ?? []),
          backtrackWindowSeconds: cluster.BacktrackWindow ?? 0,
          autoMinorVersionUpgrade: cluster.AutoMinorVersionUpgrade ?? null,
        },
      ),
    );
  }
}

async function collectSnapshots(ctx: Context, rds: RDSClient): Promise<void> {
  const snapshots = await ctx.list(
    'DescribeDBSnapshots',
    'rds:db-snapshot',
    paginateDescribeDBSnapshots({ client: rds, ...PAGE }, { SnapshotType: 'manual' }),
    (page) => page.DBSnapshots,
  );
  await ctx.each(snapshots, async (snapshot) => {
    const id = snapshot.DBSnapshotIdentifier;
    if (!id) return;
    const answer = await ctx.read(
      'DescribeDBSnapshotAttributes',
      () => rds.send(new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: id })),
      { absentWhen: SNAPSHOT_GONE, resourceId: id },
    );
    if (answer === null) return;
    const sharing = answer
      ? snapshotSharing(answer.DBSnapshotAttributesResult?.DBSnapshotAttributes)
      : unknownSharing();
    ctx.emit(
      makeResource(
        'rds:db-snapshot',
        {
          arn: snapshot.DBSnapshotArn ?? arn(ctx, `snapshot:${id}`),
          id,
          name: id,
          account: ctx.account,
          region: ctx.scopeRegion,
          tags: tagMap(snapshot.TagList),
          state: text(snapshot.Status),
          createdAt: isoDate(snapshot.SnapshotCreateTime),
        },
        {
          sourceIdentifier: text(snapshot.DBInstanceIdentifier),
          engine: text(snapshot.Engine),
          allocatedStorageGiB: snapshot.AllocatedStorage ?? null,
          encrypted: snapshot.Encrypted ?? false,
          snapshotType: text(snapshot.SnapshotType),
          ...sharing,
        },
        answer ? [] : ['public', 'sharedWithAccountIds'],
      ),
    );
  });
}

async function collectClusterSnapshots(ctx: Context, rds: RDSClient): Promise<void> {
  const snapshots = await ctx.list(
    'DescribeDBClusterSnapshots',
    'rds:db-cluster-snapshot',
    paginateDescribeDBClusterSnapshots({ client: rds, ...PAGE }, { SnapshotType: 'manual' }),
    (page) => page.DBClusterSnapshots,
  );
  await ctx.each(snapshots, async (snapshot) => {
    const id = snapshot.DBClusterSnapshotIdentifier;
    if (!id) return;
    const answer = await ctx.read(
      'DescribeDBClusterSnapshotAttributes',
      () => rds.send(new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: id })),
      { absentWhen: CLUSTER_SNAPSHOT_GONE, resourceId: id },
    );
    if (answer === null) return;
    const sharing = answer
      ? snapshotSharing(answer.DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes)
      : unknownSharing();
    ctx.emit(
      makeResource(
        'rds:db-cluster-snapshot',
        {
          arn: snapshot.DBClusterSnapshotArn ?? arn(ctx, `cluster-snapshot:${id}`),
          id,
          name: id,
          account: ctx.account,
          region: ctx.scopeRegion,
          tags: tagMap(snapshot.TagList),
          state: text(snapshot.Status),
          createdAt: isoDate(snapshot.SnapshotCreateTime),
        },
        {
          sourceIdentifier: text(snapshot.DBClusterIdentifier),
          engine: text(snapshot.Engine),
          allocatedStorageGiB: snapshot.AllocatedStorage ?? null,
          encrypted: snapshot.StorageEncrypted ?? false,
          snapshotType: text(snapshot.SnapshotType),
          ...sharing,
        },
        answer ? [] : ['public', 'sharedWithAccountIds'],
      ),
    );
  });
}

async function collectEventSubscriptions(ctx: Context, rds: RDSClient): Promise<void> {
  const subscriptions = await ctx.list(
    'DescribeEventSubscriptions',
    'rds:event-subscription',
    paginateDescribeEventSubscriptions({ client: rds, ...PAGE }, {}),
    (page) => page.EventSubscriptionsList,
  );
  for (const sub of subscriptions) {
    const id = sub.CustSubscriptionId;
    if (!id) continue;
    ctx.emit(
      makeResource(
        'rds:event-subscription',
        {
          arn: sub.EventSubscriptionArn ?? arn(ctx, `es:${id}`),
          id,
          name: id,
          account: ctx.account,
          region: ctx.scopeRegion,
          tags: {},
          state: text(sub.Status),
          createdAt: isoDate(sub.SubscriptionCreationTime),
        },
        {
          sourceType: text(sub.SourceType),
          eventCategories: sortedStrings(sub.EventCategoriesList ?? []),
          sourceIds: sortedStrings(sub.SourceIdsList ?? []),
          enabled: sub.Enabled ?? false,
          snsTopicArn: text(sub.SnsTopicArn),
        },
      ),
    );
  }
}

async function collectProxies(ctx: Context, rds: RDSClient): Promise<void> {
  const proxies = await ctx.list(
    'DescribeDBProxies',
    'rds:db-proxy',
    paginateDescribeDBProxies({ client: rds, ...PAGE }, {}),
    (page) => page.DBProxies,
  );
  for (const proxy of proxies) {
    const id = proxy.DBProxyName;
    if (!id) continue;
    ctx.emit(
      makeResource(
        'rds:db-proxy',
        {
          // A proxy's ARN ends in a generated id, not its name: only AWS's answer has it.
          arn: proxy.DBProxyArn ?? arn(ctx, `db-proxy:${id}`),
          id,
          name: id,
          account: ctx.account,
          region: ctx.scopeRegion,
          tags: {},
          state: text(proxy.Status),
          createdAt: isoDate(proxy.CreatedDate),
        },
        { engineFamily: text(proxy.EngineFamily), requireTls: proxy.RequireTLS ?? false },
      ),
    );
  }
}

export const rdsCollector: Collector<Operation> = {
  service: 'rds',
  scope: 'regional',
  permissions,
  resourceTypes: [
    'rds:db-instance',
    'rds:db-cluster',
    'rds:db-snapshot',
    'rds:db-cluster-snapshot',
    'rds:event-subscription',
    'rds:db-proxy',
  ],
  async collect(ctx) {
    const rds = ctx.client(RDSClient);
    await Promise.all([
      ctx.step(['rds:db-instance'], () => collectInstances(ctx, rds)),
      ctx.step(['rds:db-cluster'], () => collectClusters(ctx, rds)),
      ctx.step(['rds:db-snapshot'], () => collectSnapshots(ctx, rds)),
      ctx.step(['rds:db-cluster-snapshot'], () => collectClusterSnapshots(ctx, rds)),
      ctx.step(['rds:event-subscription'], () => collectEventSubscriptions(ctx, rds)),
      ctx.step(['rds:db-proxy'], () => collectProxies(ctx, rds)),
    ]);
  },
};
