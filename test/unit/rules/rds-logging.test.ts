import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { Inventory } from '../../../src/inventory/document.js';
import { clusterLogsNotExported, instanceLogsNotExported } from '../../../src/rules/catalog/rds-logging.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import { inventoryOf } from '../../support/inventory-builder.js';
import { rdsCluster, rdsInstance } from '../../support/rds-fixtures.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const findings = (rule: Rule, inventory: Inventory) =>
  Object.fromEntries(
    runRules(inventory, DEFAULT_CONFIG, [rule], NOW).findings.map((f) => [
      f.resource.id,
      { fsbp: f.references.fsbp, severity: f.severity, cli: f.remediation.cli },
    ]),
  );

describe('rds.instance-logs-not-exported (FSBP RDS.9, RDS.36, RDS.40, RDS.42)', () => {
  it("cites RDS.9 and, where it fails too, the engine's own control", () => {
    const inventory = inventoryOf([
      rdsInstance('pg-none', { logExports: [] }),
      rdsInstance('pg-no-upgrade', { logExports: ['postgresql'] }),
      rdsInstance('maria-verbose-missing', { engine: 'mariadb', logExports: ['audit', 'error'] }),
      rdsInstance('maria-no-audit', { engine: 'mariadb', logExports: ['error', 'general', 'slowquery'] }),
      rdsInstance('sql', { engine: 'sqlserver-se', logExports: ['error'] }),
      rdsInstance('mysql', { engine: 'mysql', logExports: ['error'] }),
      rdsInstance('oracle', { engine: 'oracle-ee', logExports: ['alert', 'audit', 'trace', 'listener'] }),
    ]);
    const got = findings(instanceLogsNotExported, inventory);
    expect(Object.keys(got).sort()).toEqual([
      'maria-no-audit',
      'maria-verbose-missing',
      'mysql',
      'pg-no-upgrade',
      'pg-none',
      'sql',
    ]);
    expect(got['pg-none']).toMatchObject({ fsbp: ['RDS.9', 'RDS.36'], severity: 'medium' });
    expect(got['pg-no-upgrade']).toMatchObject({ fsbp: ['RDS.9'], severity: 'low' });
    expect(got['maria-verbose-missing']).toMatchObject({ fsbp: ['RDS.9'], severity: 'low' });
    expect(got['maria-no-audit']).toMatchObject({ fsbp: ['RDS.9', 'RDS.42'], severity: 'medium' });
    expect(got.sql).toMatchObject({ fsbp: ['RDS.9', 'RDS.40'], severity: 'medium' });
    expect(got.mysql).toMatchObject({ fsbp: ['RDS.9'], severity: 'low' });
    expect(got['pg-none']?.cli).toContain('EnableLogTypes=postgresql,upgrade');
  });

  it('leaves complete exports, cluster members, unlisted engines and unknown exports alone', () => {
    const inventory = inventoryOf([
      rdsInstance('pg'),
      rdsInstance('member', { engine: 'aurora-postgresql', clusterIdentifier: 'c', logExports: [] }),
      rdsInstance('db2', { engine: 'db2-se', logExports: [] }),
      rdsInstance('custom', { engine: 'custom-oracle-ee', logExports: [] }),
    ]);
    expect(findings(instanceLogsNotExported, inventory)).toEqual({});
  });
});

describe('rds.cluster-logs-not-exported (FSBP RDS.34, RDS.37)', () => {
  it('flags Aurora MySQL without the audit log and Aurora PostgreSQL without the postgresql log', () => {
    const inventory = inventoryOf([
      rdsCluster('my', { engine: 'aurora-mysql', logExports: ['error', 'slowquery'] }),
      rdsCluster('pg', { logExports: [] }),
    ]);
    expect(findings(clusterLogsNotExported, inventory)).toMatchObject({
      my: { fsbp: ['RDS.34'] },
      pg: { fsbp: ['RDS.37'] },
    });
  });

  it('leaves published logs, Serverless v1 Aurora MySQL and Multi-AZ DB clusters alone', () => {
    const inventory = inventoryOf([
      rdsCluster('my', { engine: 'aurora-mysql', logExports: ['audit'] }),
      rdsCluster('pg'),
      rdsCluster('serverless', { engine: 'aurora-mysql', engineMode: 'serverless', logExports: [] }),
      rdsCluster('multi-az', { engine: 'mysql', logExports: [] }),
    ]);
    expect(findings(clusterLogsNotExported, inventory)).toEqual({});
  });
});
