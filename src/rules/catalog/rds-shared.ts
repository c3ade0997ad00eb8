import type { ResourceOfType } from '../../inventory/resources/index.js';
import type { RuleContext } from '../context.js';

/** Helpers the RDS rule files share; no rules here. */

export type Instance = ResourceOfType<'rds:db-instance'>;
export type Cluster = ResourceOfType<'rds:db-cluster'>;

export const instanceConsole = 'RDS console > Databases > the instance > Modify';
export const clusterConsole = 'RDS console > Databases > the cluster > Modify';

export const describeInstance = (db: Instance) =>
  `RDS instance ${db.id} (${db.attributes.engine}${db.attributes.engineVersion ? ` ${db.attributes.engineVersion}` : ''})`;
export const describeCluster = (cluster: Cluster) =>
  `RDS cluster ${cluster.id} (${cluster.attributes.engine})`;

/**
 * Instances whose storage, backups, deletion protection and Multi-AZ are the cluster's (Aurora
 * members, Multi-AZ DB cluster members): those settings are judged once, on the cluster.
 */
export const standalone = (ctx: RuleContext) =>
  ctx.resources('rds:db-instance').filter((db) => db.attributes.clusterIdentifier === null);

/**
 * Where the production Multi-AZ rules report a single-AZ database (production-tagged, or every one
 * when thresholds.multiAzRequiredFor is `all`); the FSBP RDS.5 / RDS.15 rules report the others.
 */
export const mustBeMultiAz = (ctx: RuleContext, resource: Instance | Cluster) =>
  ctx.thresholds.multiAzRequiredFor === 'all' || ctx.isProduction(resource);

/** Aurora MySQL: `aurora` is its 5.6-compatible version 1, `aurora-mysql` versions 2 and 3. */
export const isAuroraMysql = (engine: string) => engine === 'aurora-mysql' || engine === 'aurora';

/** How the RDS.5 rules differ from the control: cluster members are judged once, on their cluster. */
export const SINGLE_AZ_MEMBERS =
  'Instances in a cluster are not judged: an Aurora cluster is Multi-AZ through its readers, judged on the cluster (FSBP RDS.15), where RDS.5 can also fail each Aurora member instance (RDS.5 itself leaves Multi-AZ DB cluster members out).';

export const tagged = (ctx: RuleContext, resource: Instance | Cluster) =>
  ctx.isProduction(resource) ? ' It is tagged as production.' : '';

/** What StopDBInstance's limits depend on: the same fields in the inventory and in a live read. */
export interface StopFacts {
  engine: string;
  clusterIdentifier: string | null;
  readReplicaSource: string | null;
  replicaCount: number;
  multiAz: boolean;
}

// RDS Custom (`custom-*`) and Aurora cannot be stopped as an instance; Db2 can (c7n lists it).
const STOPPABLE_ENGINE = /^(mariadb|mysql|postgres|oracle-|sqlserver-|db2-)/;

/**
 * Why AWS (USER_StopInstance, Limitations) refuses to stop this instance, or null. The cleanup
 * action checks the same before calling, since moto stops a primary that has replicas.
 */
export function whyNotStoppable(db: StopFacts): string | null {
  if (db.engine.startsWith('aurora') || db.clusterIdentifier !== null) {
    return `it is a member of DB cluster ${db.clusterIdentifier ?? '(unnamed)'}; a cluster is stopped as a whole (StopDBCluster)`;
  }
  if (db.readReplicaSource !== null) return `it is a read replica of ${db.readReplicaSource}`;
  if (db.replicaCount > 0) return `it has ${db.replicaCount} read replica(s)`;
  if (db.engine.startsWith('sqlserver') && db.multiAz) return 'it is SQL Server Multi-AZ';
  if (!STOPPABLE_ENGINE.test(db.engine)) return `its engine ${db.engine} cannot be stopped`;
  return null;
}

export const stopFacts = (db: Instance): StopFacts => ({
  engine: db.attributes.engine,
  clusterIdentifier: db.attributes.clusterIdentifier,
  readReplicaSource: db.attributes.readReplicaSource,
  replicaCount: db.attributes.readReplicaIds.length,
  multiAz: db.attributes.multiAz,
});

/** What a single-AZ instance risks and how to fix it: the production rule and FSBP RDS.5's rule share it. */
export const INSTANCE_MULTI_AZ = {
  risk: 'An Availability Zone outage, a host failure or maintenance takes the database down until AWS recovers it, instead of failing over to a standby in a minute or two.',
  cli: 'aws rds modify-db-instance --region {region} --db-instance-identifier {id} --multi-az --apply-immediately',
  console: `${instanceConsole} > Availability and durability > Multi-AZ deployment`,
  docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html'],
};

/** The same for a cluster without a reader in another zone (the production rule and FSBP RDS.15's rule). */
export const CLUSTER_MULTI_AZ = {
  risk: 'If the writer’s zone or host fails, the cluster is down until a new instance is created, instead of failing over to a reader in about a minute.',
  cli: 'aws rds create-db-instance --region {region} --db-cluster-identifier {id} --db-instance-identifier {id}-reader --engine ENGINE --db-instance-class INSTANCE-CLASS --availability-zone OTHER-ZONE',
  console: 'RDS console > Databases > the cluster > Actions > Add reader',
  docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.AuroraHighAvailability.html'],
};
