/** RDS: FSBP resilience of every database (Multi-AZ, cluster backups, Aurora MySQL backtracking). */
import { defineRule, type RuleHit } from '../model.js';
import {
  clusterConsole,
  describeCluster,
  describeInstance,
  isAuroraMysql,
  mustBeMultiAz,
  SINGLE_AZ_MEMBERS,
  standalone,
  CLUSTER_MULTI_AZ,
  INSTANCE_MULTI_AZ,
} from './rds-shared.js';

export const instanceSingleAz = defineRule(
  {
    id: 'rds.instance-single-az',
    title: 'RDS instance runs in a single Availability Zone',
    severity: 'low',
    category: 'reliability',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance'],
    description:
      'A standalone RDS instance (read replicas included, as in FSBP RDS.5) is not Multi-AZ. Instances that rds.production-instance-single-az reports (production-tagged, or all with thresholds.multiAzRequiredFor `all`) are left to it, so each single-AZ instance is reported once.',
    risk: INSTANCE_MULTI_AZ.risk,
    remediation: {
      text: 'Convert the instance to Multi-AZ where the downtime matters (a standby in another zone roughly doubles the instance cost), or accept the risk for development databases and suppress the finding.',
      cli: INSTANCE_MULTI_AZ.cli,
      console: INSTANCE_MULTI_AZ.console,
    },
    references: {
      fsbp: ['RDS.5'],
      docs: INSTANCE_MULTI_AZ.docs,
    },
    deviations: { 'FSBP RDS.5': SINGLE_AZ_MEMBERS },
  },
  (ctx) =>
    standalone(ctx)
      .filter((db) => !mustBeMultiAz(ctx, db) && ctx.known(db, 'multiAz') && !db.attributes.multiAz)
      .map((db): RuleHit => ({
        target: db,
        message: `${describeInstance(db)} runs in a single Availability Zone (not Multi-AZ)${db.attributes.readReplicaSource ? `; it is a read replica of ${db.attributes.readReplicaSource}` : ''}.`,
        evidence: {
          multiAz: false,
          readReplicaSource: db.attributes.readReplicaSource,
          instanceClass: db.attributes.instanceClass,
        },
      })),
);

export const clusterSingleAz = defineRule(
  {
    id: 'rds.cluster-single-az',
    title: 'RDS cluster has no instances in a second Availability Zone',
    severity: 'low',
    category: 'reliability',
    resourceType: 'rds:db-cluster',
    reads: ['rds:db-cluster'],
    description:
      'An Aurora or Multi-AZ DB cluster is not Multi-AZ (FSBP RDS.15): it has no instance in another Availability Zone to fail over to. Clusters that rds.production-cluster-single-az reports (production-tagged, or all with thresholds.multiAzRequiredFor `all`) are left to it.',
    risk: CLUSTER_MULTI_AZ.risk,
    remediation: {
      text: 'Add a reader instance in another Availability Zone where the downtime matters, or accept the risk for development clusters and suppress the finding.',
      cli: CLUSTER_MULTI_AZ.cli,
      console: CLUSTER_MULTI_AZ.console,
    },
    references: {
      fsbp: ['RDS.15'],
      docs: CLUSTER_MULTI_AZ.docs,
    },
  },
  (ctx) =>
    ctx
      .resources('rds:db-cluster')
      .filter((c) => !mustBeMultiAz(ctx, c) && ctx.known(c, 'multiAz') && !c.attributes.multiAz)
      .map((cluster): RuleHit => ({
        target: cluster,
        message: `${describeCluster(cluster)} has no instance in a second Availability Zone (${cluster.attributes.memberInstanceIds.length} member(s)).`,
        evidence: { multiAz: false, memberInstanceIds: cluster.attributes.memberInstanceIds },
      })),
);

/** FSBP RDS.50's minimumBackupRetentionPeriod default. */
const RDS_50_MIN_RETENTION_DAYS = 7;

export const clusterBackupRetentionShort = defineRule(
  {
    id: 'rds.cluster-backup-retention-short',
    title: 'RDS cluster keeps automated backups for fewer than 7 days',
    severity: 'low',
    category: 'reliability',
    resourceType: 'rds:db-cluster',
    reads: ['rds:db-cluster'],
    description: `An Aurora or Multi-AZ DB cluster has a backup retention period under ${RDS_50_MIN_RETENTION_DAYS} days, FSBP RDS.50's default minimum. (A cluster always keeps at least one day, so point-in-time recovery is on.)`,
    risk: 'A bad migration, a deleted table or corrupted data cannot be undone once it is older than the retention period.',
    remediation: {
      text: `Set a backup retention period of ${RDS_50_MIN_RETENTION_DAYS} days or more (up to 35).`,
      cli: `aws rds modify-db-cluster --region {region} --db-cluster-identifier {id} --backup-retention-period ${RDS_50_MIN_RETENTION_DAYS} --apply-immediately`,
      console: `${clusterConsole} > Backup > Backup retention period`,
    },
    references: {
      fsbp: ['RDS.50'],
      docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Managing.Backups.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('rds:db-cluster')
      .filter(
        (c) =>
          ctx.known(c, 'backupRetentionDays') && c.attributes.backupRetentionDays < RDS_50_MIN_RETENTION_DAYS,
      )
      .map((cluster): RuleHit => ({
        target: cluster,
        message: `${describeCluster(cluster)} keeps automated backups for ${cluster.attributes.backupRetentionDays} day(s), fewer than ${RDS_50_MIN_RETENTION_DAYS}.`,
        evidence: { backupRetentionDays: cluster.attributes.backupRetentionDays },
      })),
);

export const clusterBacktrackOff = defineRule(
  {
    id: 'rds.cluster-backtrack-off',
    title: 'Aurora MySQL cluster has backtracking off',
    severity: 'low',
    category: 'reliability',
    resourceType: 'rds:db-cluster',
    reads: ['rds:db-cluster'],
    description:
      'An Aurora MySQL cluster has no backtrack window (FSBP RDS.14). Aurora Serverless v1 clusters, which cannot backtrack, are not judged. Low: point-in-time restore still recovers the data, only more slowly, into a new cluster.',
    risk: 'Undoing a bad write or a dropped table takes a point-in-time restore into a new cluster (tens of minutes or more, and a cut-over) instead of rewinding the cluster in place in minutes.',
    remediation: {
      text: 'Backtracking can only be turned on when a cluster is created: clone or restore the cluster with a backtrack window (for example 24 hours, billed per change record kept), then switch over.',
      console:
        'RDS console > Databases > the cluster > Actions > Create clone > Backtrack > Enable backtrack',
    },
    references: {
      fsbp: ['RDS.14'],
      docs: [
        'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Managing.Backtrack.html',
      ],
    },
    deviations: {
      'FSBP RDS.14': 'Aurora Serverless v1 clusters are not judged: they cannot backtrack.',
    },
  },
  (ctx) =>
    ctx
      .resources('rds:db-cluster')
      .filter(
        (c) =>
          isAuroraMysql(c.attributes.engine) &&
          c.attributes.engineMode !== 'serverless' &&
          ctx.known(c, 'backtrackWindowSeconds') &&
          c.attributes.backtrackWindowSeconds === 0,
      )
      .map((cluster): RuleHit => ({
        target: cluster,
        message: `${describeCluster(cluster)} has backtracking off: a mistake can only be undone by a point-in-time restore into a new cluster.`,
        evidence: { backtrackWindowSeconds: 0, engineMode: cluster.attributes.engineMode },
      })),
);
