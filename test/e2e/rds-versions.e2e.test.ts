import { beforeAll, describe, expect, it } from '@jest/globals';
import { CreateDBClusterCommand, CreateDBInstanceCommand, RDSClient } from '@aws-sdk/client-rds';
import type { Inventory } from '../../src/inventory/document.js';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import { runRules } from '../../src/rules/engine.js';
import { accountCredentials, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';
import { rulesFrom } from '../support/rules.js';

// A fixed day, so the dated support table judges the same way whenever the test runs.
const NOW = new Date('2026-06-01T12:00:00Z');

describe('RDS engine versions past standard support, against moto', () => {
  const account = uniqueAccountId();
  let inventory: Inventory;

  beforeAll(async () => {
    const credentials = await accountCredentials(account);
    const rds = new RDSClient(seedConfig('us-east-1', credentials));
    const instance = (id: string, Engine: string, EngineVersion: string) =>
      rds.send(
        new CreateDBInstanceCommand({
          DBInstanceIdentifier: id,
          Engine,
          EngineVersion,
          DBInstanceClass: 'db.t3.micro',
          AllocatedStorage: 20,
          MasterUsername: 'admin',
          MasterUserPassword: 'password123',
        }),
      );
    await instance('mysql-57', 'mysql', '5.7.44');
    await instance('mysql-80', 'mysql', '8.0.40');
    await instance('pg-16', 'postgres', '16.3');
    await rds.send(
      new CreateDBClusterCommand({
        DBClusterIdentifier: 'aurora-v2',
        Engine: 'aurora-mysql',
        EngineVersion: '5.7.mysql_aurora.2.12.2',
        MasterUsername: 'admin',
        MasterUserPassword: 'password123',
      }),
    );
    inventory = await scanForTest(credentials, { regions: ['us-east-1'], services: ['rds'] });
  });

  it('reports the version past its end high, the one ending within 90 days low, and not the supported one', () => {
    const findings = runRules(inventory, DEFAULT_CONFIG, rulesFrom('rds-versions'), NOW).findings;
    expect(findings.map((f) => [f.ruleId, f.resource.id, f.severity, f.evidence.majorVersion])).toEqual([
      ['rds.cluster-engine-version-deprecated', 'aurora-v2', 'high', '5.7'],
      ['rds.engine-version-deprecated', 'mysql-57', 'high', '5.7'],
      ['rds.engine-version-deprecated', 'mysql-80', 'low', '8.0'],
    ]);
  });
});
