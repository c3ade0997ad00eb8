import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { Inventory } from '../../../src/inventory/document.js';
import { productionClusterSingleAz, productionInstanceSingleAz } from '../../../src/rules/catalog/rds.js';
import {
  clusterBacktrackOff,
  clusterBackupRetentionShort,
  clusterSingleAz,
  instanceSingleAz,
} from '../../../src/rules/catalog/rds-resilience.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import { inventoryOf } from '../../support/inventory-builder.js';
import { rdsCluster, rdsInstance } from '../../support/rds-fixtures.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const fired = (rule: Rule, inventory: Inventory, config = DEFAULT_CONFIG) =>
  runRules(inventory, config, [rule], NOW)
    .findings.map((f) => f.resource.id)
    .sort();
const PROD = { env: 'prod' };

describe('rds.instance-single-az and rds.cluster-single-az (FSBP RDS.5, RDS.15)', () => {
  const inventory = inventoryOf([
    rdsInstance('dev', { multiAz: false }),
    rdsInstance('replica', { multiAz: false, readReplicaSource: 'dev' }),
    rdsInstance('prod', { multiAz: false }, PROD),
    rdsInstance('member', { multiAz: false, engine: 'aurora-postgresql', clusterIdentifier: 'c' }),
    rdsInstance('multi'),
    rdsCluster('dev-cluster', { multiAz: false }),
    rdsCluster('prod-cluster', { multiAz: false }, PROD),
    rdsCluster('multi-cluster'),
  ]);

  it('report single-AZ databases the production rules leave, read replicas included, members not', () => {
    expect(fired(instanceSingleAz, inventory)).toEqual(['dev', 'replica']);
    expect(fired(productionInstanceSingleAz, inventory)).toEqual(['prod']);
    expect(fired(clusterSingleAz, inventory)).toEqual(['dev-cluster']);
    expect(fired(productionClusterSingleAz, inventory)).toEqual(['prod-cluster']);
  });

  it('leave everything to the production rules when multiAzRequiredFor is all', () => {
    const all = {
      ...DEFAULT_CONFIG,
      thresholds: { ...DEFAULT_CONFIG.thresholds, multiAzRequiredFor: 'all' as const },
    };
    expect(fired(instanceSingleAz, inventory, all)).toEqual([]);
    expect(fired(clusterSingleAz, inventory, all)).toEqual([]);
    expect(fired(productionInstanceSingleAz, inventory, all)).toEqual(['dev', 'prod', 'replica']);
  });
});

describe('rds.cluster-backup-retention-short (FSBP RDS.50)', () => {
  it('flags clusters keeping backups fewer than 7 days, not 7 or more', () => {
    const inventory = inventoryOf([
      rdsCluster('one', { backupRetentionDays: 1 }),
      rdsCluster('six', { engine: 'mysql', backupRetentionDays: 6 }),
      rdsCluster('seven'),
      rdsCluster('thirty', { backupRetentionDays: 30 }),
    ]);
    expect(fired(clusterBackupRetentionShort, inventory)).toEqual(['one', 'six']);
  });
});

describe('rds.cluster-backtrack-off (FSBP RDS.14)', () => {
  it('flags Aurora MySQL clusters without a backtrack window, not Serverless v1 or other engines', () => {
    const inventory = inventoryOf([
      rdsCluster('off', { engine: 'aurora-mysql' }),
      rdsCluster('v1', { engine: 'aurora', backtrackWindowSeconds: 0 }),
      rdsCluster('on', { engine: 'aurora-mysql', backtrackWindowSeconds: 86400 }),
      rdsCluster('serverless', { engine: 'aurora-mysql', engineMode: 'serverless' }),
      rdsCluster('pg'),
    ]);
    expect(fired(clusterBacktrackOff, inventory)).toEqual(['off', 'v1']);
  });
});
