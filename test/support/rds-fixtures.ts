import type { AttributesOf } from '../../src/inventory/resources/index.js';
import { resource } from './inventory-builder.js';

/** An RDS instance with every FSBP setting in order, unless told otherwise. */
export const rdsInstance = (
  id: string,
  attributes: Partial<AttributesOf<'rds:db-instance'>> = {},
  tags: Record<string, string> = {},
) =>
  resource(
    'rds:db-instance',
    id,
    {
      engine: 'postgres',
      engineVersion: '16.3',
      instanceClass: 'db.t3.micro',
      publiclyAccessible: false,
      storageEncrypted: true,
      kmsKeyId: null,
      multiAz: true,
      backupRetentionDays: 7,
      deletionProtection: true,
      autoMinorVersionUpgrade: true,
      allocatedStorageGiB: 20,
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
    { tags },
  );

/** An Aurora PostgreSQL cluster with every FSBP setting in order, unless told otherwise. */
export const rdsCluster = (
  id: string,
  attributes: Partial<AttributesOf<'rds:db-cluster'>> = {},
  tags: Record<string, string> = {},
) =>
  resource(
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
    { tags },
  );
