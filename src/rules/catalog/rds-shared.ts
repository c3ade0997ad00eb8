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

export const tagged = (ctx: RuleContext, resource: Instance | Cluster) =>
  ctx.isProduction(resource) ? ' It is tagged as production.' : '';
