import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { AttributesOf } from '../../../src/inventory/resources/index.js';
import { dbInstancePrice } from '../../../src/prices/rds-instances.js';
import { runRules } from '../../../src/rules/engine.js';
import { instanceIdle } from '../../../src/rules/catalog/rds-idle.js';
import { ACCOUNT, inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const IDLE = { windowDays: 14, daysWithData: 14, maxConnections: 0 };

/** An available, stoppable PostgreSQL instance nobody connected to, unless told otherwise. */
function instance(
  id: string,
  attributes: Partial<AttributesOf<'rds:db-instance'>> = {},
  envelope: { state?: string; unknownAttributes?: string[]; region?: string } = {},
) {
  return resource(
    'rds:db-instance',
    id,
    {
      engine: 'postgres',
      engineVersion: '16.3',
      instanceClass: 'db.t3.micro',
      publiclyAccessible: false,
      storageEncrypted: true,
      kmsKeyId: null,
      multiAz: false,
      backupRetentionDays: 7,
      deletionProtection: false,
      autoMinorVersionUpgrade: true,
      allocatedStorageGiB: 20,
      storageType: 'gp3',
      clusterIdentifier: null,
      readReplicaSource: null,
      readReplicaIds: [],
      connections: IDLE,
      iamAuthentication: true,
      copyTagsToSnapshot: true,
      port: 5433,
      masterUsername: 'dbowner',
      monitoringIntervalSeconds: 60,
      logExports: ['postgresql', 'upgrade'],
      subnetIds: ['subnet-a', 'subnet-b'],
      ...attributes,
    },
    {
      arn: `arn:aws:rds:${envelope.region ?? 'us-east-1'}:${ACCOUNT}:db:${id}`,
      name: id,
      region: envelope.region ?? 'us-east-1',
      state: envelope.state ?? 'available',
      unknownAttributes: envelope.unknownAttributes ?? [],
    },
  );
}

const run = (...resources: ReturnType<typeof instance>[]) =>
  runRules(inventoryOf(resources), DEFAULT_CONFIG, [instanceIdle], NOW).findings;

describe('rds.instance-idle', () => {
  it('reports an idle instance with its hours as the cost, the 7-day restart and the stop action', () => {
    const [finding] = run(instance('idle-db'));
    expect(finding).toMatchObject({
      ruleId: 'rds.instance-idle',
      cleanupAction: 'rds.stop-instance',
      cost: { monthlyUsd: 13.14, avoidable: true },
      remediation: { cli: 'aws rds stop-db-instance --region us-east-1 --db-instance-identifier idle-db' },
    });
    expect(finding?.message).toContain(
      'had no connections in the last 14 days and costs about $13.14 a month',
    );
    expect(finding?.message).toContain('AWS starts it again after 7 days');
    expect(finding?.cost?.basis).toContain('at most 168 hours');
    expect(finding?.evidence).toMatchObject({ stoppable: true, connections: IDLE });
  });

  it('doubles a Multi-AZ instance and has no cost for an unpriced class or engine', () => {
    expect(run(instance('multi', { multiAz: true }))[0]?.cost?.monthlyUsd).toBe(26.28);
    const unpriced = run(
      instance('big', { instanceClass: 'db.x2iedn.32xlarge' }),
      instance('oracle', { engine: 'oracle-ee' }),
    );
    expect(unpriced).toHaveLength(2);
    expect(unpriced.map((f) => f.cost)).toEqual([null, null]);
  });

  it('says a region without its own price fell back to us-east-1', () => {
    const [finding] = run(instance('tokyo', {}, { region: 'ap-northeast-1' }));
    expect(finding?.cost?.prices[0]).toMatchObject({ fallback: true, region: 'ap-northeast-1' });
    expect(dbInstancePrice('mariadb', 'db.t3.micro', 'us-east-2')).toMatchObject({
      usd: 0.017,
      fallback: false,
    });
  });

  it('reports but proposes no stop for what AWS cannot stop on its own', () => {
    const findings = run(
      instance('aurora-a', { engine: 'aurora-postgresql', clusterIdentifier: 'aurora-1' }),
      instance('replica', { readReplicaSource: 'primary' }),
      instance('primary', { readReplicaIds: ['replica'] }),
      instance('mssql', { engine: 'sqlserver-se', multiAz: true }),
      instance('custom', { engine: 'custom-oracle-ee' }),
    );
    const byId = new Map(findings.map((f) => [f.resource.id, f]));
    expect([...byId.keys()].sort()).toEqual(['aurora-a', 'custom', 'mssql', 'primary', 'replica']);
    for (const finding of findings) {
      expect(finding.cleanupAction).toBeNull();
      expect(finding.remediation.cli).toBeNull();
      expect(finding.evidence.stoppable).toBe(false);
    }
    expect(byId.get('aurora-a')?.message).toContain('member of DB cluster aurora-1');
    expect(byId.get('replica')?.message).toContain('read replica of primary');
    expect(byId.get('primary')?.message).toContain('has 1 read replica(s)');
    expect(byId.get('mssql')?.message).toContain('SQL Server Multi-AZ');
    expect(byId.get('custom')?.message).toContain('engine custom-oracle-ee cannot be stopped');
  });

  it('does not call idle an instance with connections, too short a history, unknown or unread metrics, or not available', () => {
    expect(
      run(
        instance('used', { connections: { ...IDLE, maxConnections: 1 } }),
        instance('new', { connections: { ...IDLE, daysWithData: 13 } }),
        instance('no-data', { connections: { windowDays: 14, daysWithData: 0, maxConnections: null } }),
        instance('unread', { connections: null }),
        instance('denied', { connections: null }, { unknownAttributes: ['connections'] }),
        instance('stopped', {}, { state: 'stopped' }),
      ),
    ).toEqual([]);
  });
});
