import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { CloudWatchClient, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import {
  DescribeDBClusterSnapshotsCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  DescribeDBSnapshotsCommand,
  DescribeEventSubscriptionsCommand,
  DescribeDBProxiesCommand,
  RDSClient,
  StopDBInstanceCommand,
  type DBInstance,
} from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { stopDbInstance } from '../../../../src/cleanup/actions/stop-db-instance.js';
import { stateChange } from '../../../../src/cleanup/engine.js';
import type { ActionContext, BoundState, CleanupOptions } from '../../../../src/cleanup/model.js';
import { rdsCollector } from '../../../../src/scan/collectors/rds.js';
import { OPTIONS, awsError, cleanupTarget } from '../../../support/cleanup.js';
import { collect, ofType } from '../../../support/collector-harness.js';

const rds = mockClient(RDSClient);
const cloudwatch = mockClient(CloudWatchClient);
afterEach(() => {
  rds.reset();
  cloudwatch.reset();
});
afterAll(() => {
  rds.restore();
  cloudwatch.restore();
});

/** A context whose RDS client is intercepted by the mock; this action uses no other service. */
function rdsContext(options: Partial<CleanupOptions> = {}): ActionContext & { slept: number[] } {
  const slept: number[] = [];
  const client = new RDSClient({
    region: 'eu-west-2',
    credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
  });
  const unused = (): never => {
    throw new Error('not used by rds.stop-instance');
  };
  return {
    clients: { ec2: unused, rds: () => client, s3: unused },
    options: { ...OPTIONS, ...options },
    signal: new AbortController().signal,
    sleep: async (ms) => {
      slept.push(ms);
    },
    slept,
  };
}

/** The calls that change something (not Describe*), as `rds:Name` and the request. */
const changesMade = () =>
  rds
    .calls()
    .map((call) => {
      const command = call.args[0] as { constructor: { name: string }; input: object };
      return { api: `rds:${command.constructor.name.replace(/Command$/, '')}`, input: command.input };
    })
    .filter((c) => !c.api.startsWith('rds:Describe'));

const ID = 'orders-staging';
const target = cleanupTarget('rds.stop-instance', ID);
const instance = (extra: Partial<DBInstance> = {}): DBInstance => ({
  DBInstanceIdentifier: ID,
  DBInstanceArn: `arn:aws:rds:eu-west-2:111122223333:db:${ID}`,
  DBInstanceStatus: 'available',
  Engine: 'postgres',
  DBInstanceClass: 'db.t3.micro',
  MultiAZ: false,
  DBClusterIdentifier: '',
  ReadReplicaDBInstanceIdentifiers: [],
  TagList: [{ Key: 'team', Value: 'data' }],
  InstanceCreateTime: new Date('2026-03-04T05:06:07Z'),
  ...extra,
});
const AVAILABLE: BoundState = {
  status: 'available',
  engine: 'postgres',
  instanceClass: 'db.t3.micro',
  clusterIdentifier: null,
  readReplicaSource: null,
  replicaCount: 0,
  multiAz: false,
  createdAt: '2026-03-04T05:06:07.000Z',
};

describe('rds.stop-instance: read and the state an approval binds', () => {
  it('binds the creation time, so an instance re-created under the same name is not the approved one', async () => {
    rds.on(DescribeDBInstancesCommand).resolves({
      DBInstances: [instance({ InstanceCreateTime: new Date('2026-12-01T00:00:00Z') })],
    });
    const live = await stopDbInstance.read(rdsContext(), target);
    expect(live.found && stateChange(AVAILABLE, live.state)).toBe(
      'createdAt: "2026-03-04T05:06:07.000Z" -> "2026-12-01T00:00:00.000Z"',
    );
  });

  it('binds the same state from the scanned inventory and from a read of the unchanged instance', async () => {
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [instance()] });
    for (const command of [
      DescribeDBClustersCommand,
      DescribeDBSnapshotsCommand,
      DescribeDBClusterSnapshotsCommand,
      DescribeEventSubscriptionsCommand,
      DescribeDBProxiesCommand,
    ]) {
      rds.on(command).resolves({});
    }
    cloudwatch.on(GetMetricDataCommand).resolves({});
    const scanned = ofType(await collect(rdsCollector), 'rds:db-instance').find((db) => db.id === ID);
    if (!scanned) throw new Error('the collector did not emit the instance');
    expect(stopDbInstance.stateFromInventory(scanned)).toEqual(AVAILABLE);
    const live = await stopDbInstance.read(rdsContext(), target);
    expect(live).toEqual({
      found: true,
      state: AVAILABLE,
      tags: { team: 'data' },
      ownerAccount: '111122223333',
    });
    const reads = rds.commandCalls(DescribeDBInstancesCommand).map((c) => c.args[0].input);
    expect(reads).toContainEqual({ DBInstanceIdentifier: ID });
  });

  it('reads the gone code, the SDK exception name or an empty answer as gone, and counts replicas of both kinds', async () => {
    for (const code of ['DBInstanceNotFound', 'DBInstanceNotFoundFault']) {
      rds.on(DescribeDBInstancesCommand).rejects(awsError(code));
      await expect(stopDbInstance.read(rdsContext(), target)).resolves.toEqual({ found: false });
    }
    rds.on(DescribeDBInstancesCommand).resolves({});
    await expect(stopDbInstance.read(rdsContext(), target)).resolves.toEqual({ found: false });
    rds.on(DescribeDBInstancesCommand).resolves({
      DBInstances: [
        instance({ ReadReplicaDBInstanceIdentifiers: ['r1'], ReadReplicaDBClusterIdentifiers: ['c1'] }),
      ],
    });
    await expect(stopDbInstance.read(rdsContext(), target)).resolves.toMatchObject({
      state: { replicaCount: 2 },
    });
  });
});

describe('rds.stop-instance: refuse and plan', () => {
  it('accepts an available standalone instance of a stoppable engine', () => {
    expect(stopDbInstance.refuse(AVAILABLE, OPTIONS)).toBeNull();
    for (const engine of ['mysql', 'mariadb', 'oracle-ee', 'sqlserver-se', 'db2-se']) {
      expect(stopDbInstance.refuse({ ...AVAILABLE, engine }, OPTIONS)).toBeNull();
    }
  });

  it('refuses what is not available, and every case AWS refuses (cleanup.md 8.1, case 8)', () => {
    const refusals: [BoundState, string][] = [
      [{ status: 'stopped' }, "'stopped', not 'available'"],
      [{ status: 'backing-up' }, "'backing-up'"],
      [{ engine: 'aurora-mysql', clusterIdentifier: 'aurora-1' }, 'member of DB cluster aurora-1'],
      [
        { engine: 'postgres', clusterIdentifier: 'multi-az-cluster' },
        'member of DB cluster multi-az-cluster',
      ],
      [{ readReplicaSource: 'primary' }, 'read replica of primary'],
      // moto stops a primary that has replicas; AWS refuses, and so do we before calling.
      [{ replicaCount: 1 }, 'has 1 read replica(s)'],
      [{ engine: 'sqlserver-ee', multiAz: true }, 'SQL Server Multi-AZ'],
      [{ engine: 'custom-oracle-ee' }, 'engine custom-oracle-ee cannot be stopped'],
    ];
    for (const [change, reason] of refusals) {
      expect(stopDbInstance.refuse({ ...AVAILABLE, ...change }, OPTIONS)).toContain(reason);
    }
  });

  it('plans only StopDBInstance by id, with no snapshot', () => {
    expect(stopDbInstance.plan(target, AVAILABLE, OPTIONS)).toEqual([
      { api: 'rds:StopDBInstance', params: { DBInstanceIdentifier: ID } },
    ]);
    for (const code of ['InvalidDBInstanceState', 'InvalidDBClusterStateFault', 'DBInstanceNotFound']) {
      expect(stopDbInstance.errorReasons[code]).toEqual(expect.any(String));
    }
  });
});

describe('rds.stop-instance: execute', () => {
  const plan = stopDbInstance.plan(target, AVAILABLE, OPTIONS);

  it("stops as planned and, as AWS does, reads 'stopping' back: done, saying it restarts after 7 days", async () => {
    rds.on(StopDBInstanceCommand).resolves({ DBInstance: instance({ DBInstanceStatus: 'stopping' }) });
    rds
      .on(DescribeDBInstancesCommand)
      .resolvesOnce({ DBInstances: [instance()] })
      .resolves({ DBInstances: [instance({ DBInstanceStatus: 'stopping' })] });
    const ctx = rdsContext();
    const result = await stopDbInstance.execute(ctx, target, plan);
    expect(changesMade()).toEqual([{ api: 'rds:StopDBInstance', input: { DBInstanceIdentifier: ID } }]);
    expect(ctx.slept).toEqual([100]);
    expect(result.outcome).toBe('done');
    expect(result.detail).toContain("'stopping'");
    expect(result.detail).toContain('again automatically after 7 days');
    expect(result.detail).toContain('storage and backups keep billing');
  });

  it("counts 'stopped' (as moto answers at once) and gone as done", async () => {
    rds.on(StopDBInstanceCommand).resolves({});
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [instance({ DBInstanceStatus: 'stopped' })] });
    await expect(stopDbInstance.execute(rdsContext(), target, plan)).resolves.toMatchObject({
      outcome: 'done',
      detail: expect.stringContaining("'stopped'"),
    });
    rds.on(DescribeDBInstancesCommand).rejects(awsError('DBInstanceNotFound'));
    await expect(stopDbInstance.execute(rdsContext(), target, plan)).resolves.toMatchObject({
      outcome: 'done',
    });
  });

  it('reports pending when it still reads available when the budget is spent', async () => {
    rds.on(StopDBInstanceCommand).resolves({});
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [instance()] });
    const ctx = rdsContext({ waitMs: 250, pollMs: 100 });
    const result = await stopDbInstance.execute(ctx, target, plan);
    expect(result).toEqual({ outcome: 'pending', detail: expect.stringContaining('re-checked next run') });
    expect(ctx.slept).toEqual([100, 100]);
  });

  it("throws AWS's refusal (the engine maps it), after making no other call", async () => {
    // AWS's answer for a primary that gained a replica between our read and the call.
    rds.on(StopDBInstanceCommand).rejects(awsError('InvalidDBClusterStateFault'));
    await expect(stopDbInstance.execute(rdsContext(), target, plan)).rejects.toMatchObject({
      name: 'InvalidDBClusterStateFault',
    });
    expect(rds.commandCalls(DescribeDBInstancesCommand)).toHaveLength(0);
  });

  it('refuses a plan that names another instance', async () => {
    const other = [{ api: 'rds:StopDBInstance', params: { DBInstanceIdentifier: 'prod-db' } }];
    await expect(stopDbInstance.execute(rdsContext(), target, other)).rejects.toThrow('not the approved');
    expect(rds.commandCalls(StopDBInstanceCommand)).toHaveLength(0);
  });
});
