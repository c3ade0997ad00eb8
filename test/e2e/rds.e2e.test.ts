import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  CreateDBClusterCommand,
  CreateDBClusterSnapshotCommand,
  CreateDBInstanceCommand,
  CreateDBSnapshotCommand,
  ModifyDBClusterSnapshotAttributeCommand,
  ModifyDBSnapshotAttributeCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import type { AwsCredentialIdentity } from '@smithy/types';
import type { Inventory } from '../../src/inventory/document.js';
import { validateInventory } from '../../src/inventory/validate.js';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import { runRules } from '../../src/rules/engine.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';
import { rulesFrom } from '../support/rules.js';

describe('RDS collector against moto', () => {
  const account = uniqueAccountId();
  let credentials: AwsCredentialIdentity;
  let inventory: Inventory;

  beforeAll(async () => {
    credentials = await accountCredentials(account);
    const east = new RDSClient(seedConfig('us-east-1', credentials));
    const west = new RDSClient(seedConfig('eu-west-2', credentials));

    await east.send(
      new CreateDBInstanceCommand({
        DBInstanceIdentifier: 'public-db',
        Engine: 'postgres',
        EngineVersion: '16.3',
        DBInstanceClass: 'db.t3.micro',
        AllocatedStorage: 20,
        MasterUsername: 'admin',
        MasterUserPassword: 'password123',
        PubliclyAccessible: true,
        StorageEncrypted: false,
        BackupRetentionPeriod: 0,
        Tags: [{ Key: 'team', Value: 'data' }],
      }),
    );
    await east.send(
      new CreateDBInstanceCommand({
        DBInstanceIdentifier: 'secure-db',
        Engine: 'mysql',
        DBInstanceClass: 'db.m5.large',
        AllocatedStorage: 100,
        StorageType: 'gp3',
        MasterUsername: 'admin',
        MasterUserPassword: 'password123',
        PubliclyAccessible: false,
        StorageEncrypted: true,
        KmsKeyId: 'alias/aws/rds',
        MultiAZ: true,
        DeletionProtection: true,
        BackupRetentionPeriod: 14,
        EnableIAMDatabaseAuthentication: true,
        CopyTagsToSnapshot: true,
        Port: 13306,
      }),
    );
    await east.send(
      new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'public-db', DBSnapshotIdentifier: 'public-snap' }),
    );
    await east.send(
      new ModifyDBSnapshotAttributeCommand({
        DBSnapshotIdentifier: 'public-snap',
        AttributeName: 'restore',
        ValuesToAdd: ['all', '111122223333'],
      }),
    );
    await east.send(
      new CreateDBSnapshotCommand({
        DBInstanceIdentifier: 'secure-db',
        DBSnapshotIdentifier: 'private-snap',
      }),
    );

    await west.send(
      new CreateDBClusterCommand({
        DBClusterIdentifier: 'aurora-1',
        Engine: 'aurora-postgresql',
        MasterUsername: 'admin',
        MasterUserPassword: 'password123',
        StorageEncrypted: true,
        DeletionProtection: true,
        BackupRetentionPeriod: 7,
      }),
    );
    await west.send(
      new CreateDBInstanceCommand({
        DBInstanceIdentifier: 'aurora-1-a',
        DBClusterIdentifier: 'aurora-1',
        Engine: 'aurora-postgresql',
        DBInstanceClass: 'db.r6g.large',
      }),
    );
    await west.send(
      new CreateDBClusterSnapshotCommand({
        DBClusterIdentifier: 'aurora-1',
        DBClusterSnapshotIdentifier: 'aurora-snap',
      }),
    );
    await west.send(
      new ModifyDBClusterSnapshotAttributeCommand({
        DBClusterSnapshotIdentifier: 'aurora-snap',
        AttributeName: 'restore',
        ValuesToAdd: ['444455556666'],
      }),
    );

    inventory = await scanForTest(credentials, { regions: ['eu-west-2', 'us-east-1'], services: ['rds'] });
  });

  it('produces a valid inventory with no errors and complete coverage', () => {
    expect(inventory.errors).toEqual([]);
    expect(() => validateInventory(JSON.parse(JSON.stringify(inventory)))).not.toThrow();
    expect(inventory.accounts[0]?.coverage.every((c) => c.status === 'complete')).toBe(true);
  });

  it('records a public, unencrypted instance', () => {
    const db = ofType(inventory, 'rds:db-instance').find((d) => d.id === 'public-db');
    expect(db).toMatchObject({
      arn: `arn:aws:rds:us-east-1:${account}:db:public-db`,
      name: 'public-db',
      region: 'us-east-1',
      account,
      tags: { team: 'data' },
      state: 'available',
      unknownAttributes: [],
    });
    expect(db?.createdAt).not.toBeNull();
    expect(db?.attributes).toMatchObject({
      engine: 'postgres',
      engineVersion: '16.3',
      instanceClass: 'db.t3.micro',
      publiclyAccessible: true,
      storageEncrypted: false,
      kmsKeyId: null,
      multiAz: false,
      backupRetentionDays: 0,
      deletionProtection: false,
      allocatedStorageGiB: 20,
      clusterIdentifier: null,
      // Every FSBP setting left at its default.
      iamAuthentication: false,
      copyTagsToSnapshot: false,
      port: 5432,
      masterUsername: 'admin',
      monitoringIntervalSeconds: 0,
    });
  });

  it('records an encrypted Multi-AZ instance with deletion protection', () => {
    const db = ofType(inventory, 'rds:db-instance').find((d) => d.id === 'secure-db');
    expect(db?.attributes).toMatchObject({
      engine: 'mysql',
      instanceClass: 'db.m5.large',
      publiclyAccessible: false,
      storageEncrypted: true,
      multiAz: true,
      backupRetentionDays: 14,
      deletionProtection: true,
      allocatedStorageGiB: 100,
      storageType: 'gp3',
      iamAuthentication: true,
      copyTagsToSnapshot: true,
      port: 13306,
    });
    expect(db?.attributes.kmsKeyId).not.toBeNull();
  });

  it('judges the FSBP instance settings and snapshot encryption from what moto serves', () => {
    const findings = runRules(inventory, DEFAULT_CONFIG, rulesFrom('rds-settings')).findings;
    const fired = (id: string) =>
      findings
        .filter((f) => f.ruleId === id)
        .map((f) => f.resource.id)
        .sort();
    expect(fired('rds.instance-iam-auth-disabled')).toEqual(['public-db']);
    expect(fired('rds.instance-copy-tags-off')).toEqual(['public-db']);
    expect(fired('rds.instance-default-port')).toEqual(['public-db']);
    expect(fired('rds.instance-default-admin-username')).toEqual(['public-db', 'secure-db']);
    expect(fired('rds.snapshot-unencrypted')).toContain('public-snap');
    expect(fired('rds.cluster-iam-auth-disabled')).toEqual(['aurora-1']);
    expect(fired('rds.cluster-copy-tags-off')).toEqual(['aurora-1']);
    expect(fired('rds.cluster-default-admin-username')).toEqual(['aurora-1']);
  });

  it('records manual snapshots with who can restore them', () => {
    const snapshots = ofType(inventory, 'rds:db-snapshot');
    expect(snapshots.map((s) => s.id).sort()).toEqual(['private-snap', 'public-snap']);
    expect(snapshots.find((s) => s.id === 'public-snap')).toMatchObject({
      arn: `arn:aws:rds:us-east-1:${account}:snapshot:public-snap`,
      region: 'us-east-1',
      unknownAttributes: [],
      attributes: {
        sourceIdentifier: 'public-db',
        engine: 'postgres',
        allocatedStorageGiB: 20,
        encrypted: false,
        snapshotType: 'manual',
        public: true,
        sharedWithAccountIds: ['111122223333'],
      },
    });
    expect(snapshots.find((s) => s.id === 'private-snap')?.attributes).toMatchObject({
      sourceIdentifier: 'secure-db',
      encrypted: true,
      public: false,
      sharedWithAccountIds: [],
    });
  });

  it('records Aurora clusters, their members and shared cluster snapshots', () => {
    const cluster = ofType(inventory, 'rds:db-cluster').find((c) => c.id === 'aurora-1');
    expect(cluster).toMatchObject({
      arn: `arn:aws:rds:eu-west-2:${account}:cluster:aurora-1`,
      region: 'eu-west-2',
      attributes: {
        engine: 'aurora-postgresql',
        storageEncrypted: true,
        backupRetentionDays: 7,
        deletionProtection: true,
        memberInstanceIds: ['aurora-1-a'],
      },
    });
    const member = ofType(inventory, 'rds:db-instance').find((d) => d.id === 'aurora-1-a');
    expect(member?.region).toBe('eu-west-2');
    expect(member?.attributes.clusterIdentifier).toBe('aurora-1');

    const snapshot = ofType(inventory, 'rds:db-cluster-snapshot').find((s) => s.id === 'aurora-snap');
    expect(snapshot).toMatchObject({
      arn: `arn:aws:rds:eu-west-2:${account}:cluster-snapshot:aurora-snap`,
      region: 'eu-west-2',
      attributes: {
        sourceIdentifier: 'aurora-1',
        engine: 'aurora-postgresql',
        encrypted: true,
        snapshotType: 'manual',
        public: false,
        sharedWithAccountIds: ['444455556666'],
      },
    });
  });
});
