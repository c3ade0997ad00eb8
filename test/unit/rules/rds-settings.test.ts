import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { Inventory } from '../../../src/inventory/document.js';
import type { AttributesOf } from '../../../src/inventory/resources/index.js';
import {
  clusterCopyTagsOff,
  clusterDefaultAdminUsername,
  clusterIamAuthDisabled,
  clusterMinorUpgradeOff,
  clusterSnapshotUnencrypted,
  instanceCopyTagsOff,
  instanceDefaultAdminUsername,
  instanceDefaultPort,
  instanceEnhancedMonitoringOff,
  instanceIamAuthDisabled,
  proxyTlsNotRequired,
  snapshotUnencrypted,
} from '../../../src/rules/catalog/rds-settings.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import { inventoryOf, resource } from '../../support/inventory-builder.js';
import { rdsCluster, rdsInstance } from '../../support/rds-fixtures.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const fired = (rule: Rule, inventory: Inventory) =>
  runRules(inventory, DEFAULT_CONFIG, [rule], NOW)
    .findings.map((f) => f.resource.id)
    .sort();

const instance = rdsInstance;

const snapshot = {
  sourceIdentifier: 'db',
  engine: 'postgres',
  allocatedStorageGiB: 20,
  encrypted: true,
  snapshotType: 'manual',
  public: false,
  sharedWithAccountIds: [],
};

describe('RDS instance settings (FSBP RDS.6, RDS.10, RDS.17, RDS.23, RDS.25)', () => {
  const member = { clusterIdentifier: 'aurora-1' };

  it('rds.instance-iam-auth-disabled: MySQL, PostgreSQL and MariaDB outside clusters only', () => {
    const inventory = inventoryOf([
      instance('pg', { iamAuthentication: false }),
      instance('maria', { engine: 'mariadb', iamAuthentication: false }),
      instance('oracle', { engine: 'oracle-ee', iamAuthentication: false }),
      instance('member', { ...member, engine: 'aurora-postgresql', iamAuthentication: false }),
      instance('on'),
    ]);
    expect(fired(instanceIamAuthDisabled, inventory)).toEqual(['maria', 'pg']);
  });

  it('rds.instance-copy-tags-off: standalone instances that do not copy tags', () => {
    const inventory = inventoryOf([
      instance('off', { copyTagsToSnapshot: false }),
      instance('member', { ...member, copyTagsToSnapshot: false }),
      instance('on'),
    ]);
    expect(fired(instanceCopyTagsOff, inventory)).toEqual(['off']);
  });

  it("rds.instance-default-port: each engine's default, and not other ports, engines or unknown ports", () => {
    const inventory = inventoryOf([
      instance('pg', { port: 5432 }),
      instance('mysql', { engine: 'mysql', port: 3306 }),
      instance('sqlserver', { engine: 'sqlserver-se', port: 1433 }),
      instance('oracle', { engine: 'oracle-se2', port: 1521 }),
      instance('custom', { port: 5433 }),
      instance('mysql-on-5432', { engine: 'mysql', port: 5432 }),
      instance('db2', { engine: 'db2-se', port: 50000 }),
      instance('creating', { port: null }),
      instance('member', { ...member, engine: 'aurora-postgresql', port: 5432 }),
    ]);
    expect(fired(instanceDefaultPort, inventory)).toEqual(['mysql', 'oracle', 'pg', 'sqlserver']);
  });

  it('rds.instance-default-admin-username: admin and postgres, standalone', () => {
    const inventory = inventoryOf([
      instance('admin', { masterUsername: 'admin' }),
      instance('postgres', { masterUsername: 'postgres' }),
      instance('member', { ...member, masterUsername: 'admin' }),
      instance('custom'),
      instance('unknown', { masterUsername: null }),
    ]);
    expect(fired(instanceDefaultAdminUsername, inventory)).toEqual(['admin', 'postgres']);
  });

  it('rds.instance-enhanced-monitoring-off: an interval of 0', () => {
    const inventory = inventoryOf([instance('off', { monitoringIntervalSeconds: 0 }), instance('on')]);
    expect(fired(instanceEnhancedMonitoringOff, inventory)).toEqual(['off']);
  });
});

describe('RDS snapshot encryption (FSBP RDS.4)', () => {
  it('flags unencrypted manual DB and cluster snapshots, not encrypted ones', () => {
    const inventory = inventoryOf([
      resource('rds:db-snapshot', 'plain', { ...snapshot, encrypted: false }),
      resource('rds:db-snapshot', 'sealed', snapshot),
      resource('rds:db-cluster-snapshot', 'cluster-plain', { ...snapshot, encrypted: false }),
      resource('rds:db-cluster-snapshot', 'cluster-sealed', snapshot),
    ]);
    expect(fired(snapshotUnencrypted, inventory)).toEqual(['plain']);
    expect(fired(clusterSnapshotUnencrypted, inventory)).toEqual(['cluster-plain']);
  });
});

describe('RDS cluster settings (FSBP RDS.12, RDS.16, RDS.24, RDS.35, RDS.47, RDS.48)', () => {
  const cluster = (id: string, attributes: Partial<AttributesOf<'rds:db-cluster'>> = {}) =>
    rdsCluster(id, { memberInstanceIds: [], ...attributes });

  it('flags clusters without IAM authentication, not copying tags, and default admin names', () => {
    const inventory = inventoryOf([
      cluster('no-iam', { iamAuthentication: false }),
      cluster('no-tags', { copyTagsToSnapshot: false }),
      cluster('admin', { masterUsername: 'admin' }),
      cluster('good'),
    ]);
    expect(fired(clusterIamAuthDisabled, inventory)).toEqual(['no-iam']);
    expect(fired(clusterCopyTagsOff, inventory)).toEqual(['no-tags']);
    expect(fired(clusterDefaultAdminUsername, inventory)).toEqual(['admin']);
  });

  it("rds.cluster-copy-tags-off cites each engine's control: RDS.16 Aurora, RDS.47 PostgreSQL, RDS.48 MySQL", () => {
    const inventory = inventoryOf([
      cluster('aurora', { copyTagsToSnapshot: false }),
      cluster('pg', { engine: 'postgres', copyTagsToSnapshot: false }),
      cluster('my', { engine: 'mysql', copyTagsToSnapshot: false }),
      cluster('other', { engine: 'neptune', copyTagsToSnapshot: false }),
      cluster('pg-on', { engine: 'postgres' }),
    ]);
    const findings = runRules(inventory, DEFAULT_CONFIG, [clusterCopyTagsOff], NOW).findings;
    expect(Object.fromEntries(findings.map((f) => [f.resource.id, f.references.fsbp]))).toEqual({
      aurora: ['RDS.16'],
      pg: ['RDS.47'],
      my: ['RDS.48'],
    });
  });

  it('rds.cluster-auto-minor-upgrade-disabled: Multi-AZ DB clusters with it off, not Aurora or unreported', () => {
    const inventory = inventoryOf([
      cluster('off', { engine: 'mysql', autoMinorVersionUpgrade: false }),
      cluster('on', { engine: 'postgres', autoMinorVersionUpgrade: true }),
      cluster('unreported', { engine: 'postgres', autoMinorVersionUpgrade: null }),
      cluster('aurora', { autoMinorVersionUpgrade: false }),
    ]);
    expect(fired(clusterMinorUpgradeOff, inventory)).toEqual(['off']);
  });

  it('leaves a well-configured cluster alone', () => {
    const inventory = inventoryOf([cluster('good')]);
    for (const rule of [
      clusterIamAuthDisabled,
      clusterCopyTagsOff,
      clusterDefaultAdminUsername,
      clusterMinorUpgradeOff,
    ]) {
      expect(fired(rule, inventory)).toEqual([]);
    }
  });
});

describe('rds.proxy-tls-not-required (FSBP RDS.43)', () => {
  it('flags a proxy that accepts clients without TLS, not one requiring it', () => {
    const inventory = inventoryOf([
      resource('rds:db-proxy', 'plain', { engineFamily: 'MYSQL', requireTls: false }),
      resource('rds:db-proxy', 'tls', { engineFamily: 'POSTGRESQL', requireTls: true }),
    ]);
    expect(fired(proxyTlsNotRequired, inventory)).toEqual(['plain']);
  });
});
