import { beforeAll, describe, expect, it } from '@jest/globals';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import {
  CreateDBClusterCommand,
  CreateDBInstanceCommand,
  CreateDBInstanceReadReplicaCommand,
  DescribeDBInstancesCommand,
  RDSClient,
  StopDBInstanceCommand,
} from '@aws-sdk/client-rds';
import { awsErrorCode } from '../../src/cleanup/aws-errors.js';
import { stopDbInstance } from '../../src/cleanup/actions/stop-db-instance.js';
import type { ActionContext, CleanupTarget } from '../../src/cleanup/model.js';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { Inventory } from '../../src/inventory/document.js';
import { runRules, type AuditOutcome } from '../../src/rules/engine.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';
import { putDbConnections } from '../support/db-metrics.js';
import { rulesFrom } from '../support/rules.js';

const REGION = 'us-east-1';
const IDS = {
  idle: 'idle-db',
  busy: 'busy-db',
  primary: 'primary-db',
  replica: 'replica-db',
  member: 'aurora-1-a',
} as const;
type Name = keyof typeof IDS;

/** Idle RDS instances against moto: what the scan records, the rule says, the action does. */
describe('idle RDS instances against moto: connections, rds.instance-idle, rds.stop-instance', () => {
  const account = uniqueAccountId();
  let rds: RDSClient;
  let ctx: ActionContext;
  let inventory: Inventory;
  let outcome: AuditOutcome;

  const target = (name: Name): CleanupTarget => ({
    action: 'rds.stop-instance',
    account,
    region: REGION,
    resourceId: IDS[name],
    arn: `arn:aws:rds:${REGION}:${account}:db:${IDS[name]}`,
    fingerprint: 'fp-e2e',
  });
  const scanned = (name: Name) => ofType(inventory, 'rds:db-instance').find((db) => db.id === IDS[name]);
  const statusOf = async (name: Name) =>
    (await rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: IDS[name] }))).DBInstances?.[0]
      ?.DBInstanceStatus;

  beforeAll(async () => {
    const credentials = await accountCredentials(account);
    rds = new RDSClient(seedConfig(REGION, credentials));
    const cloudwatch = new CloudWatchClient(seedConfig(REGION, credentials));
    const create = (id: string, engine: string, extra: { DBClusterIdentifier?: string } = {}) =>
      rds.send(
        new CreateDBInstanceCommand({
          DBInstanceIdentifier: id,
          Engine: engine,
          DBInstanceClass: 'db.t3.micro',
          AllocatedStorage: 20,
          MasterUsername: 'admin',
          MasterUserPassword: 'password123',
          ...extra,
        }),
      );
    await create(IDS.idle, 'postgres');
    await create(IDS.busy, 'postgres');
    await create(IDS.primary, 'mysql');
    await rds.send(
      new CreateDBInstanceReadReplicaCommand({
        DBInstanceIdentifier: IDS.replica,
        SourceDBInstanceIdentifier: IDS.primary,
      }),
    );
    await rds.send(
      new CreateDBClusterCommand({
        DBClusterIdentifier: 'aurora-1',
        Engine: 'aurora-postgresql',
        MasterUsername: 'admin',
        MasterUserPassword: 'password123',
      }),
    );
    await create(IDS.member, 'aurora-postgresql', { DBClusterIdentifier: 'aurora-1' });
    for (const name of ['idle', 'primary', 'replica', 'member'] as const) {
      await putDbConnections(cloudwatch, IDS[name], { connections: 0 });
    }
    await putDbConnections(cloudwatch, IDS.busy, { connections: 4 });

    inventory = await scanForTest(credentials, { regions: [REGION], services: ['rds'] });
    outcome = runRules(inventory, DEFAULT_CONFIG, rulesFrom('rds-idle'));
    const unused = (): never => {
      throw new Error('not used by rds.stop-instance');
    };
    ctx = {
      clients: { ec2: unused, rds: () => rds, s3: unused },
      options: { snapshotBeforeDelete: true, snapshotTags: {}, waitMs: 5_000, pollMs: 100, maxObjects: 1000 },
      signal: new AbortController().signal,
      sleep: async () => {},
    };
  });

  it('records connections, replicas both ways and cluster membership, with no scan error', () => {
    expect(inventory.errors).toEqual([]);
    expect(scanned('idle')?.attributes.connections).toEqual({
      windowDays: 14,
      daysWithData: 14,
      maxConnections: 0,
    });
    expect(scanned('busy')?.attributes.connections?.maxConnections).toBe(4);
    expect(scanned('primary')?.attributes.readReplicaIds).toEqual([IDS.replica]);
    expect(scanned('replica')?.attributes.readReplicaSource).toBe(IDS.primary);
    expect(scanned('member')?.attributes.clusterIdentifier).toBe('aurora-1');
  });

  it('reports the idle instances, proposing a stop only for the one AWS stops on its own', () => {
    const findings = Object.fromEntries(outcome.findings.map((f) => [f.resource.id, f]));
    expect(Object.keys(findings).sort()).toEqual([IDS.idle, IDS.primary, IDS.replica, IDS.member].sort());
    expect(findings[IDS.idle]?.cleanupAction).toBe('rds.stop-instance');
    // db.t3.micro PostgreSQL in us-east-1: 730 hours x $0.018.
    expect(findings[IDS.idle]?.cost?.monthlyUsd).toBe(13.14);
    for (const name of ['primary', 'replica', 'member'] as const) {
      expect(findings[IDS[name]]?.cleanupAction).toBeNull();
    }
  });

  it('binds the same state from the scan and from a read now, and stops the idle instance', async () => {
    const live = await stopDbInstance.read(ctx, target('idle'));
    if (!live.found) throw new Error('the idle instance reads as gone');
    expect(live.ownerAccount).toBe(account);
    expect(stopDbInstance.stateFromInventory(scanned('idle') ?? fail())).toEqual(live.state);
    expect(stopDbInstance.refuse(live.state, ctx.options)).toBeNull();
    const plan = stopDbInstance.plan(target('idle'), live.state, ctx.options);
    const result = await stopDbInstance.execute(ctx, target('idle'), plan);
    expect(result.outcome).toBe('done');
    expect(result.detail).toMatch(/read back 'stopp(ing|ed)'.*after 7 days/);
    expect(await statusOf('idle')).toBe('stopped');
  });

  it('refuses the replica, its primary and the cluster member from a live read, stopping none', async () => {
    for (const [name, why] of [
      ['replica', `read replica of ${IDS.primary}`],
      // moto would stop this one (cleanup.md 6.4); AWS refuses, and so do we before calling.
      ['primary', 'has 1 read replica(s)'],
      ['member', 'member of DB cluster aurora-1'],
    ] as const) {
      const live = await stopDbInstance.read(ctx, target(name));
      if (!live.found) throw new Error(`${name} reads as gone`);
      expect(stopDbInstance.stateFromInventory(scanned(name) ?? fail())).toEqual(live.state);
      expect(stopDbInstance.refuse(live.state, ctx.options)).toContain(why);
      expect(await statusOf(name)).toBe('available');
    }
  });

  it("names AWS's own refusal of a replica, should it change between the read and the call", async () => {
    const error: unknown = await rds
      .send(new StopDBInstanceCommand({ DBInstanceIdentifier: IDS.replica }))
      .catch((e: unknown) => e);
    const code = awsErrorCode(error) ?? 'none';
    expect(code).toBe('InvalidDBClusterStateFault');
    expect(stopDbInstance.errorReasons[code]).toContain('read replica');
    expect(await statusOf('replica')).toBe('available');
  });

  it('reads an instance deleted since the scan as gone', async () => {
    await expect(stopDbInstance.read(ctx, { ...target('idle'), resourceId: 'deleted-db' })).resolves.toEqual({
      found: false,
    });
  });
});

function fail(): never {
  throw new Error('not scanned');
}
