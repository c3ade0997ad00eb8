import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import {
  clusterEngineDeprecated,
  instanceEngineDeprecated,
} from '../../../src/rules/catalog/rds-versions.js';
import { runRules } from '../../../src/rules/engine.js';
import { majorVersionOf } from '../../../src/rules/rds-engine-support.js';
import { inventoryOf } from '../../support/inventory-builder.js';
import { rdsCluster, rdsInstance } from '../../support/rds-fixtures.js';

const NOW = new Date('2026-06-01T12:00:00Z');

const run = (now: Date, ...resources: Parameters<typeof inventoryOf>[0]) =>
  runRules(inventoryOf(resources), DEFAULT_CONFIG, [instanceEngineDeprecated, clusterEngineDeprecated], now)
    .findings;

describe('engine major versions', () => {
  it('reads the major version of each engine family, and none from an unknown shape', () => {
    expect(majorVersionOf('mysql', '8.0.35')).toBe('8.0');
    expect(majorVersionOf('aurora-mysql', '5.7.mysql_aurora.2.11.2')).toBe('5.7');
    expect(majorVersionOf('postgres', '11.22-rds.20241121')).toBe('11');
    expect(majorVersionOf('aurora-postgresql', '9.6.22')).toBe('9.6');
    expect(majorVersionOf('postgres', 'latest')).toBeNull();
    expect(majorVersionOf('oracle-ee', '19.0.0.0.ru-2024-01.rur-2024-01.r1')).toBeNull();
  });
});

describe('rds.engine-version-deprecated / rds.cluster-engine-version-deprecated', () => {
  it('reports high a standalone instance and a cluster past the end of standard support', () => {
    const findings = run(
      NOW,
      rdsInstance('db-57', { engine: 'mysql', engineVersion: '5.7.44' }),
      rdsInstance('db-pg12', { engineVersion: '12.22' }),
      rdsCluster('aurora-2', { engine: 'aurora-mysql', engineVersion: '5.7.mysql_aurora.2.12.2' }),
    );
    expect(
      findings.map((f) => [f.ruleId, f.resource.id, f.severity, f.evidence.endOfStandardSupport]),
    ).toEqual([
      ['rds.cluster-engine-version-deprecated', 'aurora-2', 'high', '2024-10-31'],
      ['rds.engine-version-deprecated', 'db-57', 'high', '2024-02-29'],
      ['rds.engine-version-deprecated', 'db-pg12', 'high', '2025-02-28'],
    ]);
    expect(findings[1]?.evidence.source).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
  });

  it('reports low an end within 90 days, and high from the day after it', () => {
    const mysql80 = rdsInstance('db-80', { engine: 'mysql', engineVersion: '8.0.40' });
    expect(run(NOW, mysql80).map((f) => [f.severity, f.evidence.daysUntilEnd])).toEqual([['low', 60]]);
    // The last day of standard support is still in it; the surcharge starts the day after.
    expect(run(new Date('2026-07-31T20:00:00Z'), mysql80).map((f) => f.severity)).toEqual(['low']);
    expect(run(new Date('2026-08-01T00:00:01Z'), mysql80).map((f) => f.severity)).toEqual(['high']);
    expect(run(new Date('2026-04-01T12:00:00Z'), mysql80)).toEqual([]);
  });

  it('is silent on supported, unlisted and unknown versions, and on cluster members', () => {
    expect(
      run(
        NOW,
        rdsInstance('db-16'),
        rdsInstance('db-84', { engine: 'mysql', engineVersion: '8.4.3' }),
        rdsInstance('db-maria', { engine: 'mariadb', engineVersion: '10.4.34' }),
        rdsInstance('db-none', { engine: 'mysql', engineVersion: null }),
        rdsInstance('db-odd', { engine: 'mysql', engineVersion: 'x' }),
        rdsInstance('member', {
          engine: 'aurora-mysql',
          engineVersion: '5.7.mysql_aurora.2.12.2',
          clusterIdentifier: 'c',
        }),
        rdsCluster('aurora-3', { engine: 'aurora-mysql', engineVersion: '8.0.mysql_aurora.3.05.2' }),
      ),
    ).toEqual([]);
  });
});
