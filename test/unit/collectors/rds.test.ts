import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { CloudWatchClient, GetMetricDataCommand, type MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import {
  DBSnapshotNotFoundFault,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  DescribeDBSnapshotAttributesCommand,
  DescribeDBSnapshotsCommand,
  DescribeEventSubscriptionsCommand,
  DescribeDBProxiesCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { rdsCollector, snapshotSharing } from '../../../src/scan/collectors/rds.js';
import {
  connectionBatches,
  connectionsWindow,
  readConnections,
} from '../../../src/scan/collectors/rds-connections.js';
import { HARNESS, accessDenied, collect, ofType } from '../../support/collector-harness.js';

const { ACCOUNT, REGION } = HARNESS;

const day = (n: number) => new Date(Date.UTC(2026, 10, n, 0, 0, 0));
const WINDOW = { start: day(10), end: day(24) };

describe('RDS collector', () => {
  const rds = mockClient(RDSClient);
  const cloudwatch = mockClient(CloudWatchClient);
  afterEach(() => {
    rds.reset();
    cloudwatch.reset();
  });
  afterAll(() => {
    cloudwatch.restore();
  });

  function onlyInstances() {
    rds.on(DescribeDBClustersCommand).resolves({});
    rds.on(DescribeDBSnapshotsCommand).resolves({});
    rds.on(DescribeDBClusterSnapshotsCommand).resolves({});
    rds.on(DescribeEventSubscriptionsCommand).resolves({});
    rds.on(DescribeDBProxiesCommand).resolves({});
    rds.on(DescribeDBInstancesCommand).resolves({
      DBInstances: [
        {
          DBInstanceIdentifier: 'primary',
          DBInstanceStatus: 'available',
          Engine: 'mysql',
          ReadReplicaDBInstanceIdentifiers: ['replica'],
          ReadReplicaDBClusterIdentifiers: ['aurora-replica'],
        },
        {
          DBInstanceIdentifier: 'replica',
          DBInstanceStatus: 'available',
          Engine: 'mysql',
          ReadReplicaSourceDBInstanceIdentifier: 'primary',
        },
        { DBInstanceIdentifier: 'parked', DBInstanceStatus: 'stopped', Engine: 'postgres' },
      ],
    });
  }

  it('records replication both ways, and the connections of available instances only', async () => {
    onlyInstances();
    cloudwatch.on(GetMetricDataCommand).resolves({
      MetricDataResults: [
        { Id: 'g0m0', StatusCode: 'Complete', Timestamps: [day(20), day(21)], Values: [0, 3] },
        { Id: 'g1m0', StatusCode: 'Complete', Timestamps: [], Values: [] },
      ],
    });
    const outcome = await collect(rdsCollector);
    expect(outcome.errors).toEqual([]);
    const byId = new Map(ofType(outcome, 'rds:db-instance').map((db) => [db.id, db]));
    expect(byId.get('primary')?.attributes).toMatchObject({
      readReplicaSource: null,
      readReplicaIds: ['aurora-replica', 'replica'],
      connections: { windowDays: 14, daysWithData: 2, maxConnections: 3 },
    });
    expect(byId.get('replica')?.attributes).toMatchObject({
      readReplicaSource: 'primary',
      readReplicaIds: [],
      connections: { windowDays: 14, daysWithData: 0, maxConnections: null },
    });
    expect(byId.get('parked')).toMatchObject({ unknownAttributes: [], attributes: { connections: null } });
    const queries = cloudwatch.commandCalls(GetMetricDataCommand)[0]?.args[0].input.MetricDataQueries ?? [];
    expect(queries.map((q: MetricDataQuery) => q.MetricStat?.Metric?.Dimensions?.[0]?.Value)).toEqual([
      'primary',
      'replica',
    ]);
    expect(queries[0]?.MetricStat).toMatchObject({
      Metric: { Namespace: 'AWS/RDS', MetricName: 'DatabaseConnections' },
      Period: 86_400,
      Stat: 'Maximum',
    });
  });

  it('records log exports, subnets, backtracking and a cluster auto minor upgrade only where AWS reports it', async () => {
    rds.on(DescribeDBSnapshotsCommand).resolves({});
    rds.on(DescribeDBClusterSnapshotsCommand).resolves({});
    rds.on(DescribeEventSubscriptionsCommand).resolves({});
    rds.on(DescribeDBProxiesCommand).resolves({});
    rds.on(DescribeDBInstancesCommand).resolves({
      DBInstances: [
        {
          DBInstanceIdentifier: 'pg',
          DBInstanceStatus: 'stopped',
          Engine: 'postgres',
          EnabledCloudwatchLogsExports: ['upgrade', 'postgresql'],
          DBSubnetGroup: { Subnets: [{ SubnetIdentifier: 'subnet-b' }, { SubnetIdentifier: 'subnet-a' }] },
        },
        { DBInstanceIdentifier: 'bare', DBInstanceStatus: 'stopped', Engine: 'mysql' },
      ],
    });
    rds.on(DescribeDBClustersCommand).resolves({
      DBClusters: [
        {
          DBClusterIdentifier: 'aurora',
          Engine: 'aurora-mysql',
          EngineMode: 'provisioned',
          EnabledCloudwatchLogsExports: ['audit'],
          BacktrackWindow: 86400,
        },
        { DBClusterIdentifier: 'multi-az', Engine: 'postgres', AutoMinorVersionUpgrade: false },
      ],
    });
    const outcome = await collect(rdsCollector);
    expect(outcome.errors).toEqual([]);
    const instances = new Map(ofType(outcome, 'rds:db-instance').map((db) => [db.id, db.attributes]));
    expect(instances.get('pg')).toMatchObject({
      logExports: ['postgresql', 'upgrade'],
      subnetIds: ['subnet-a', 'subnet-b'],
    });
    expect(instances.get('bare')).toMatchObject({ logExports: [], subnetIds: [] });
    const clusters = new Map(ofType(outcome, 'rds:db-cluster').map((c) => [c.id, c.attributes]));
    expect(clusters.get('aurora')).toMatchObject({
      engineMode: 'provisioned',
      logExports: ['audit'],
      backtrackWindowSeconds: 86400,
      autoMinorVersionUpgrade: null,
    });
    expect(clusters.get('multi-az')).toMatchObject({
      engineMode: null,
      logExports: [],
      backtrackWindowSeconds: 0,
      autoMinorVersionUpgrade: false,
    });
  });

  it('records event subscriptions and proxies, and a denied listing as not read, leaving the other types read', async () => {
    rds.on(DescribeDBInstancesCommand).resolves({});
    rds.on(DescribeDBClustersCommand).resolves({});
    rds.on(DescribeDBSnapshotsCommand).resolves({});
    rds.on(DescribeDBClusterSnapshotsCommand).resolves({});
    rds.on(DescribeDBProxiesCommand).resolves({
      DBProxies: [
        {
          DBProxyName: 'app',
          DBProxyArn: `arn:aws:rds:${REGION}:${ACCOUNT}:db-proxy:prx-0123456789abcdef0`,
          Status: 'available',
          EngineFamily: 'POSTGRESQL',
          RequireTLS: false,
        },
      ],
    });
    rds.on(DescribeEventSubscriptionsCommand).resolves({
      EventSubscriptionsList: [
        {
          CustSubscriptionId: 'ops',
          EventSubscriptionArn: `arn:aws:rds:${REGION}:${ACCOUNT}:es:ops`,
          Status: 'active',
          SourceType: 'db-cluster',
          EventCategoriesList: ['maintenance', 'failure'],
          Enabled: true,
          SnsTopicArn: `arn:aws:sns:${REGION}:${ACCOUNT}:ops`,
        },
        // No source type: events of every type.
        { CustSubscriptionId: 'all', Status: 'active', Enabled: false },
      ],
    });
    const outcome = await collect(rdsCollector);
    expect(outcome.errors).toEqual([]);
    expect(ofType(outcome, 'rds:event-subscription').map((s) => [s.id, s.state, s.attributes])).toEqual([
      [
        'ops',
        'active',
        {
          sourceType: 'db-cluster',
          eventCategories: ['failure', 'maintenance'],
          sourceIds: [],
          enabled: true,
          snsTopicArn: `arn:aws:sns:${REGION}:${ACCOUNT}:ops`,
        },
      ],
      [
        'all',
        'active',
        { sourceType: null, eventCategories: [], sourceIds: [], enabled: false, snsTopicArn: null },
      ],
    ]);

    rds
      .on(DescribeEventSubscriptionsCommand)
      .rejects(accessDenied('rds:DescribeEventSubscriptions', 'AccessDenied'));
    const denied = await collect(rdsCollector);
    expect(denied.errors).toEqual([
      expect.objectContaining({
        operation: 'DescribeEventSubscriptions',
        missingPermission: 'rds:DescribeEventSubscriptions',
      }),
    ]);
    expect([...denied.failedTypes]).toEqual(['rds:event-subscription']);
  });

  it('marks the connections unknown and names the missing permission when GetMetricData is denied', async () => {
    onlyInstances();
    cloudwatch.on(GetMetricDataCommand).rejects(accessDenied('cloudwatch:GetMetricData'));
    const outcome = await collect(rdsCollector);
    expect(outcome.errors).toEqual([
      expect.objectContaining({
        operation: 'GetMetricData',
        missingPermission: 'cloudwatch:GetMetricData',
      }),
    ]);
    expect(outcome.partialTypes.has('rds:db-instance')).toBe(true);
    const primary = ofType(outcome, 'rds:db-instance').find((db) => db.id === 'primary');
    expect(primary).toMatchObject({ unknownAttributes: ['connections'], attributes: { connections: null } });
    const parked = ofType(outcome, 'rds:db-instance').find((db) => db.id === 'parked');
    expect(parked?.unknownAttributes).toEqual([]);
  });

  it('takes the highest daily peak across pages, and leaves an incomplete query unknown', async () => {
    cloudwatch
      .on(GetMetricDataCommand)
      .resolvesOnce({
        MetricDataResults: [
          { Id: 'g0m0', StatusCode: 'PartialData', Timestamps: [day(20)], Values: [2] },
          { Id: 'g1m0', StatusCode: 'InternalError', Values: [] },
        ],
        NextToken: 'page-2',
      })
      .resolvesOnce({
        MetricDataResults: [{ Id: 'g0m0', StatusCode: 'Complete', Timestamps: [day(21)], Values: [7] }],
      });
    const read = await readConnections(new CloudWatchClient({}), ['busy', 'broken'], WINDOW);
    expect(read.get('busy')).toEqual({ windowDays: 14, daysWithData: 2, maxConnections: 7 });
    expect(read.has('broken')).toBe(false);
    expect(cloudwatch.commandCalls(GetMetricDataCommand)[1]?.args[0].input.NextToken).toBe('page-2');
  });

  it('batches 500 instances per call and covers the 14 whole days before today', () => {
    const ids = Array.from({ length: 1001 }, (_, i) => `db-${i}`);
    expect(connectionBatches(ids).map((b) => b.length)).toEqual([500, 500, 1]);
    expect(connectionsWindow(new Date('2026-11-25T15:30:00Z'))).toEqual({
      start: new Date('2026-11-11T00:00:00Z'),
      end: new Date('2026-11-25T00:00:00Z'),
    });
  });

  it('emits a snapshot whose sharing could not be read, and skips one deleted mid-scan', async () => {
    rds.on(DescribeDBInstancesCommand).resolves({});
    rds.on(DescribeDBClustersCommand).resolves({});
    rds.on(DescribeDBClusterSnapshotsCommand).resolves({});
    rds.on(DescribeEventSubscriptionsCommand).resolves({});
    rds.on(DescribeDBProxiesCommand).resolves({});
    rds.on(DescribeDBSnapshotsCommand).resolves({
      DBSnapshots: [
        { DBSnapshotIdentifier: 'denied', SnapshotType: 'manual', Encrypted: true },
        { DBSnapshotIdentifier: 'gone', SnapshotType: 'manual' },
      ],
    });
    rds
      .on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 'denied' })
      .rejects(accessDenied('rds:DescribeDBSnapshotAttributes', 'AccessDenied'));
    rds
      .on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 'gone' })
      .rejects(new DBSnapshotNotFoundFault({ message: 'DBSnapshot gone not found.', $metadata: {} }));

    const outcome = await collect(rdsCollector);

    expect(rds.commandCalls(DescribeDBSnapshotsCommand)[0]?.args[0].input.SnapshotType).toBe('manual');
    expect(outcome.errors).toEqual([
      expect.objectContaining({
        operation: 'DescribeDBSnapshotAttributes',
        code: 'AccessDenied',
        resourceId: 'denied',
        missingPermission: 'rds:DescribeDBSnapshotAttributes',
      }),
    ]);
    expect(ofType(outcome, 'rds:db-snapshot')).toEqual([
      expect.objectContaining({
        id: 'denied',
        arn: `arn:aws:rds:${REGION}:${ACCOUNT}:snapshot:denied`,
        unknownAttributes: ['public', 'sharedWithAccountIds'],
        attributes: expect.objectContaining({ encrypted: true, public: false, sharedWithAccountIds: [] }),
      }),
    ]);
  });

  it("reads the restore attribute: 'all' is public, anything else an account", () => {
    expect(
      snapshotSharing([
        { AttributeName: 'restore', AttributeValues: ['444455556666', 'all', '111122223333'] },
        { AttributeName: 'other', AttributeValues: ['999999999999'] },
      ]),
    ).toEqual({ public: true, sharedWithAccountIds: ['111122223333', '444455556666'] });
    expect(snapshotSharing([{ AttributeName: 'restore', AttributeValues: [] }])).toEqual({
      public: false,
      sharedWithAccountIds: [],
    });
    expect(snapshotSharing(undefined)).toEqual({ public: false, sharedWithAccountIds: [] });
  });
});
