import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { Inventory } from '../../../src/inventory/document.js';
import type { AttributesOf } from '../../../src/inventory/resources/index.js';
import { runRules } from '../../../src/rules/engine.js';
import {
  clusterDeletionProtectionOff,
  clusterUnencrypted,
  instanceBackupsDisabled,
  instanceDeletionProtectionOff,
  instanceMinorUpgradeOff,
  instancePublic,
  instanceUnencrypted,
  productionClusterSingleAz,
  productionInstanceSingleAz,
} from '../../../src/rules/catalog/rds.js';
import { clusterSnapshotPublic, snapshotPublic } from '../../../src/rules/catalog/rds-snapshots.js';
import { clusterStopped, instanceStopped } from '../../../src/rules/catalog/rds-stopped.js';
import type { Rule } from '../../../src/rules/model.js';
import { ACCOUNT, inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const run = (rule: Rule, inventory: Inventory) => runRules(inventory, DEFAULT_CONFIG, [rule], NOW).findings;

type InstanceAttributes = AttributesOf<'rds:db-instance'>;
/** A well-configured instance unless told otherwise. */
function instance(
  id: string,
  attributes: Partial<InstanceAttributes> = {},
  envelope: { tags?: Record<string, string>; state?: string; unknownAttributes?: string[] } = {},
) {
  return resource(
    'rds:db-instance',
    id,
    {
      engine: 'postgres',
      engineVersion: '16.3',
      instanceClass: 'db.m6g.large',
      publiclyAccessible: false,
      storageEncrypted: true,
      kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/abc',
      multiAz: true,
      backupRetentionDays: 7,
      deletionProtection: true,
      autoMinorVersionUpgrade: true,
      allocatedStorageGiB: 100,
      storageType: 'gp3',
      clusterIdentifier: null,
      readReplicaSource: null,
      readReplicaIds: [],
      connections: null,
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
      arn: `arn:aws:rds:us-east-1:${ACCOUNT}:db:${id}`,
      name: id,
      state: envelope.state ?? 'available',
      tags: envelope.tags ?? {},
      unknownAttributes: envelope.unknownAttributes ?? [],
    },
  );
}

function cluster(
  id: string,
  attributes: Partial<AttributesOf<'rds:db-cluster'>> = {},
  envelope: { tags?: Record<string, string>; state?: string } = {},
) {
  return resource(
    'rds:db-cluster',
    id,
    {
      engine: 'aurora-postgresql',
      engineVersion: '16.4',
      storageEncrypted: true,
      multiAz: true,
      backupRetentionDays: 7,
      deletionProtection: true,
      publiclyAccessible: null,
      memberInstanceIds: [`${id}-a`, `${id}-b`],
      iamAuthentication: true,
      copyTagsToSnapshot: true,
      masterUsername: 'dbowner',
      engineMode: 'provisioned',
      logExports: ['postgresql'],
      backtrackWindowSeconds: 0,
      autoMinorVersionUpgrade: null,
      ...attributes,
    },
    {
      arn: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:${id}`,
      name: id,
      state: envelope.state ?? 'available',
      tags: envelope.tags ?? {},
    },
  );
}

function snapshot(id: string, isPublic: boolean, unknownAttributes: string[] = []) {
  const attributes = {
    sourceIdentifier: 'orders',
    engine: 'postgres',
    allocatedStorageGiB: 20,
    encrypted: false,
    snapshotType: 'manual',
    public: isPublic,
    sharedWithAccountIds: [],
  };
  return resource('rds:db-snapshot', id, attributes, {
    arn: `arn:aws:rds:us-east-1:${ACCOUNT}:snapshot:${id}`,
    name: id,
    unknownAttributes,
  });
}

const member = (id: string, attributes: Partial<InstanceAttributes> = {}) =>
  instance(id, {
    engine: 'aurora-postgresql',
    clusterIdentifier: 'aurora-1',
    storageEncrypted: false,
    backupRetentionDays: 0,
    deletionProtection: false,
    multiAz: false,
    ...attributes,
  });

describe('rds.instance-publicly-accessible', () => {
  it('flags a public instance, cluster members included', () => {
    const findings = run(
      instancePublic,
      inventoryOf([
        instance('orders', { publiclyAccessible: true, storageEncrypted: false }),
        member('aurora-1-a', { publiclyAccessible: true }),
      ]),
    );
    expect(findings.map((f) => [f.resource.id, f.severity])).toEqual([
      ['aurora-1-a', 'critical'],
      ['orders', 'critical'],
    ]);
    expect(findings[1]?.message).toBe(
      'RDS instance orders (postgres 16.3) is publicly accessible: its endpoint has a public IP address. Its storage is not encrypted either.',
    );
    expect(findings[1]?.remediation.cli).toBe(
      'aws rds modify-db-instance --region us-east-1 --db-instance-identifier orders --no-publicly-accessible --apply-immediately',
    );
  });

  it('ignores private instances', () => {
    expect(run(instancePublic, inventoryOf([instance('orders')]))).toEqual([]);
  });
});

describe('rds.instance-storage-unencrypted / rds.cluster-storage-unencrypted', () => {
  it('flags an unencrypted standalone instance and leaves cluster members to their cluster', () => {
    const inventory = inventoryOf([
      instance('orders', { storageEncrypted: false }),
      member('aurora-1-a'),
      cluster('aurora-1', { storageEncrypted: false, memberInstanceIds: ['aurora-1-a'] }),
    ]);
    expect(run(instanceUnencrypted, inventory).map((f) => f.resource.id)).toEqual(['orders']);
    const [clusterFinding] = run(clusterUnencrypted, inventory);
    expect(clusterFinding?.message).toBe(
      'RDS cluster aurora-1 (aurora-postgresql) does not encrypt its storage; its 1 member instance(s) and snapshots are unencrypted too.',
    );
    expect(clusterFinding?.references.fsbp).toEqual(['RDS.27']);
  });

  it('ignores encrypted instances and clusters', () => {
    const inventory = inventoryOf([instance('orders'), cluster('aurora-2')]);
    expect(run(instanceUnencrypted, inventory)).toEqual([]);
    expect(run(clusterUnencrypted, inventory)).toEqual([]);
  });
});

describe('rds.instance-backups-disabled', () => {
  it('flags retention under 7 days (FSBP RDS.11) on a standalone instance: 0 as medium, 1-6 as low', () => {
    const findings = run(
      instanceBackupsDisabled,
      inventoryOf([
        instance('orders', { backupRetentionDays: 0 }),
        instance('short', { backupRetentionDays: 6 }),
        member('aurora-1-a'),
      ]),
    );
    expect(findings.map((f) => [f.resource.id, f.severity, f.references.fsbp])).toEqual([
      ['orders', 'medium', ['RDS.11']],
      ['short', 'low', ['RDS.11']],
    ]);
    expect(findings[0]?.message).toContain('has automated backups turned off (retention 0 days)');
    expect(findings[1]?.message).toBe(
      'RDS instance short (postgres 16.3) keeps automated backups for 6 day(s), fewer than 7: older mistakes cannot be undone.',
    );
  });

  it('accepts 7 days or more, read replicas (as RDS.11 does) and unknown values', () => {
    const inventory = inventoryOf([
      instance('a', { backupRetentionDays: 7 }),
      instance('b', { backupRetentionDays: 0 }, { unknownAttributes: ['backupRetentionDays'] }),
      instance('replica', { backupRetentionDays: 0, readReplicaSource: 'orders' }),
    ]);
    expect(run(instanceBackupsDisabled, inventory)).toEqual([]);
  });
});

describe('deletion protection', () => {
  it('flags instances and clusters without it, medium when production-tagged', () => {
    const instances = run(
      instanceDeletionProtectionOff,
      inventoryOf([
        instance('dev', { deletionProtection: false }),
        instance('prod', { deletionProtection: false }, { tags: { Environment: 'Production' } }),
        member('aurora-1-a'),
      ]),
    );
    expect(instances.map((f) => [f.resource.id, f.severity])).toEqual([
      ['prod', 'medium'],
      ['dev', 'low'],
    ]);
    expect(instances[0]?.message).toContain('It is tagged as production.');
    const clusters = run(
      clusterDeletionProtectionOff,
      inventoryOf([cluster('aurora-1', { deletionProtection: false })]),
    );
    expect(clusters.map((f) => [f.resource.id, f.severity])).toEqual([['aurora-1', 'low']]);
  });

  it('ignores protected instances and clusters', () => {
    expect(run(instanceDeletionProtectionOff, inventoryOf([instance('a')]))).toEqual([]);
    expect(run(clusterDeletionProtectionOff, inventoryOf([cluster('c')]))).toEqual([]);
  });
});

describe('single-AZ production databases', () => {
  it('flags only production-tagged single-AZ instances and clusters', () => {
    const inventory = inventoryOf([
      instance('prod', { multiAz: false }, { tags: { env: 'prod' } }),
      instance('dev', { multiAz: false }, { tags: { env: 'dev' } }),
      member('aurora-1-a'),
      cluster(
        'aurora-1',
        { multiAz: false, memberInstanceIds: ['aurora-1-a'] },
        { tags: { stage: 'production' } },
      ),
      cluster('aurora-dev', { multiAz: false }),
    ]);
    expect(run(productionInstanceSingleAz, inventory).map((f) => f.resource.id)).toEqual(['prod']);
    const [clusterFinding, ...rest] = run(productionClusterSingleAz, inventory);
    expect(rest).toEqual([]);
    expect(clusterFinding?.message).toContain(
      'aurora-1 (aurora-postgresql) is tagged as production but has no instance',
    );
  });

  it('judges every instance and cluster when multiAzRequiredFor is all', () => {
    const inventory = inventoryOf([
      instance('prod', { multiAz: false }, { tags: { env: 'prod' } }),
      instance('dev', { multiAz: false }, { tags: { env: 'dev' } }),
      cluster('aurora-dev', { multiAz: false }),
    ]);
    const all = {
      ...DEFAULT_CONFIG,
      thresholds: { ...DEFAULT_CONFIG.thresholds, multiAzRequiredFor: 'all' as const },
    };
    const instances = runRules(inventory, all, [productionInstanceSingleAz], NOW).findings;
    expect(instances.map((f) => [f.resource.id, f.message.includes('tagged as production')])).toEqual([
      ['dev', false],
      ['prod', true],
    ]);
    expect(runRules(inventory, all, [productionClusterSingleAz], NOW).findings).toHaveLength(1);
  });

  it('ignores Multi-AZ production instances', () => {
    expect(
      run(productionInstanceSingleAz, inventoryOf([instance('prod', {}, { tags: { env: 'prod' } })])),
    ).toEqual([]);
  });
});

describe('rds.instance-auto-minor-upgrade-disabled', () => {
  it('flags instances with automatic minor upgrades off, cluster members included', () => {
    const findings = run(
      instanceMinorUpgradeOff,
      inventoryOf([
        instance('orders', { autoMinorVersionUpgrade: false }),
        member('aurora-1-a', { autoMinorVersionUpgrade: false }),
      ]),
    );
    expect(findings.map((f) => f.resource.id)).toEqual(['aurora-1-a', 'orders']);
    expect(findings[0]?.references.cis).toEqual(['3.2.2']);
  });

  it('ignores instances that upgrade automatically', () => {
    expect(run(instanceMinorUpgradeOff, inventoryOf([instance('orders')]))).toEqual([]);
  });
});

describe('public snapshots', () => {
  it('flags a public DB snapshot and a public cluster snapshot, not private or shared ones', () => {
    const [finding] = run(
      snapshotPublic,
      inventoryOf([snapshot('nightly', true), snapshot('private', false)]),
    );
    expect(finding?.message).toBe(
      'RDS snapshot nightly of orders is public: any AWS account can restore it.',
    );
    expect(finding?.remediation.cli).toBe(
      'aws rds modify-db-snapshot-attribute --region us-east-1 --db-snapshot-identifier nightly --attribute-name restore --values-to-remove all',
    );
    const clusterSnap = (id: string, isPublic: boolean, sharedWithAccountIds: string[] = []) =>
      resource(
        'rds:db-cluster-snapshot',
        id,
        {
          sourceIdentifier: 'aurora-1',
          engine: 'aurora-postgresql',
          allocatedStorageGiB: 1,
          encrypted: false,
          snapshotType: 'manual',
          public: isPublic,
          sharedWithAccountIds,
        },
        { arn: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster-snapshot:${id}` },
      );
    const inventory = inventoryOf([
      clusterSnap('aurora-snap', true),
      clusterSnap('aurora-private', false),
      clusterSnap('aurora-shared', false, ['444455556666']),
    ]);
    expect(run(clusterSnapshotPublic, inventory).map((f) => [f.resource.id, f.severity])).toEqual([
      ['aurora-snap', 'critical'],
    ]);
  });

  it('is silent when the sharing attribute could not be read', () => {
    expect(
      run(snapshotPublic, inventoryOf([snapshot('nightly', false, ['public', 'sharedWithAccountIds'])])),
    ).toEqual([]);
  });
});

describe('stopped databases', () => {
  it('flags a stopped instance, noting that AWS restarts it after 7 days', () => {
    const [finding, ...rest] = run(
      instanceStopped,
      inventoryOf([instance('old', {}, { state: 'stopped' }), instance('live'), member('aurora-1-a')]),
    );
    expect(rest).toEqual([]);
    expect(finding?.message).toBe(
      'RDS instance old (postgres 16.3) is stopped; its storage (100 GiB) is still billed, about $23.00 a month, and AWS starts it again automatically after 7 days.',
    );
    // 100 GiB of gp3 at $0.115, twice for Multi-AZ.
    expect(finding?.cost).toMatchObject({ monthlyUsd: 23, avoidable: true });
    const [unpriced] = run(
      instanceStopped,
      inventoryOf([instance('old', { multiAz: false, storageType: 'aurora' }, { state: 'stopped' })]),
    );
    expect(unpriced?.cost).toBeNull();
    const [clusterFinding] = run(
      clusterStopped,
      inventoryOf([cluster('aurora-1', {}, { state: 'stopped' })]),
    );
    expect(clusterFinding?.message).toContain('AWS starts it again automatically after 7 days');
  });

  it('ignores running databases', () => {
    expect(run(instanceStopped, inventoryOf([instance('live')]))).toEqual([]);
    expect(run(clusterStopped, inventoryOf([cluster('c')]))).toEqual([]);
  });
});
