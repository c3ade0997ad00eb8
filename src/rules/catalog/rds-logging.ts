/** RDS: database logs published to CloudWatch Logs (FSBP RDS.9, RDS.34, RDS.36, RDS.37, RDS.40, RDS.42). */
import { defineRule, type RuleHit } from '../model.js';
import { describeCluster, describeInstance, isAuroraMysql, standalone, type Instance } from './rds-shared.js';

interface LogControl {
  control: string;
  logTypes: readonly string[];
}

/**
 * The log types each control requires of an instance's engine (EnabledCloudwatchLogsExports
 * values): RDS.9's list per engine, and the engine's own control with its default logTypes.
 */
function instanceLogControls(engine: string): LogControl[] {
  if (engine === 'postgres')
    return [
      { control: 'RDS.9', logTypes: ['postgresql', 'upgrade'] },
      { control: 'RDS.36', logTypes: ['postgresql'] },
    ];
  if (engine === 'mysql') return [{ control: 'RDS.9', logTypes: ['audit', 'error', 'general', 'slowquery'] }];
  if (engine === 'mariadb')
    return [
      { control: 'RDS.9', logTypes: ['audit', 'error', 'general', 'slowquery'] },
      { control: 'RDS.42', logTypes: ['audit', 'error'] },
    ];
  if (engine.startsWith('oracle-'))
    return [{ control: 'RDS.9', logTypes: ['alert', 'audit', 'trace', 'listener'] }];
  if (engine.startsWith('sqlserver-'))
    return [
      { control: 'RDS.9', logTypes: ['error', 'agent'] },
      { control: 'RDS.40', logTypes: ['agent', 'error'] },
    ];
  // Db2, RDS Custom (no log exports) and others: no control lists their logs.
  return [];
}

const missing = (exported: readonly string[], required: readonly string[]) =>
  required.filter((type) => !exported.includes(type));

export const instanceLogsNotExported = defineRule(
  {
    id: 'rds.instance-logs-not-exported',
    title: 'RDS instance does not publish its logs to CloudWatch Logs',
    severity: 'medium',
    category: 'security',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance'],
    description:
      "A standalone instance does not publish every log type FSBP RDS.9 lists for its engine (PostgreSQL: postgresql, upgrade; MySQL and MariaDB: audit, error, general, slowquery; Oracle: alert, audit, trace, listener; SQL Server: error, agent). Each finding also cites the engine's own control where that fails too: RDS.36 (PostgreSQL without postgresql), RDS.40 (SQL Server without agent or error), RDS.42 (MariaDB without audit or error). Medium where nothing is published or an engine's own control fails; low where only some of RDS.9's further types are missing. Db2 and RDS Custom are not judged.",
    risk: 'Without the database logs in CloudWatch Logs, failed logins, privilege changes and errors are kept only on the instance for a short time, cannot be alarmed on, and are gone when the instance is.',
    remediation: {
      text: 'Publish the missing log types (the evidence lists them). MySQL and MariaDB need the MARIADB_AUDIT_PLUGIN option for the audit log, and the general and slow query logs turned on in the parameter group; CloudWatch Logs ingestion is billed.',
      cli: 'aws rds modify-db-instance --region {region} --db-instance-identifier {id} --cloudwatch-logs-export-configuration EnableLogTypes={logTypes}',
      console: 'RDS console > Databases > the instance > Modify > Log exports',
    },
    references: {
      fsbp: ['RDS.9', 'RDS.36', 'RDS.40', 'RDS.42'],
      docs: [
        'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html',
      ],
    },
    deviations: {
      'FSBP RDS.9':
        'Instances in a cluster are not judged: an Aurora or Multi-AZ DB cluster publishes its logs as a whole (Aurora: rds.cluster-logs-not-exported).',
    },
  },
  (ctx) =>
    standalone(ctx).flatMap((db: Instance): RuleHit[] => {
      if (!ctx.known(db, 'logExports')) return [];
      const exported = db.attributes.logExports;
      const failing = instanceLogControls(db.attributes.engine).filter(
        (c) => missing(exported, c.logTypes).length > 0,
      );
      // RDS.9's list holds every engine control's: nothing fails unless RDS.9 does.
      const rds9 = failing.find((c) => c.control === 'RDS.9');
      if (!rds9) return [];
      const absent = missing(exported, rds9.logTypes);
      const serious = exported.length === 0 || failing.length > 1;
      return [
        {
          target: db,
          message: `${describeInstance(db)} does not publish ${absent.join(', ')} logs to CloudWatch Logs${exported.length > 0 ? ` (it publishes ${exported.join(', ')})` : ''}.`,
          evidence: { logExports: exported, missingLogTypes: absent },
          references: { fsbp: failing.map((c) => c.control) },
          templateValues: { logTypes: absent.join(',') },
          ...(serious ? {} : { severity: 'low' as const }),
        },
      ];
    }),
);

export const clusterLogsNotExported = defineRule(
  {
    id: 'rds.cluster-logs-not-exported',
    title: 'Aurora cluster does not publish its logs to CloudWatch Logs',
    severity: 'medium',
    category: 'security',
    resourceType: 'rds:db-cluster',
    reads: ['rds:db-cluster'],
    description:
      'An Aurora MySQL cluster does not publish its audit log (FSBP RDS.34; Aurora Serverless v1 clusters are not judged, as in the control), or an Aurora PostgreSQL cluster its postgresql log (FSBP RDS.37), to CloudWatch Logs.',
    risk: 'Without the database logs in CloudWatch Logs, logins, schema changes and data access cannot be audited or alarmed on, and are gone when the cluster is.',
    remediation: {
      text: 'Publish the log type (the evidence names it). Aurora MySQL writes an audit log only with server_audit_logging on in its cluster parameter group; CloudWatch Logs ingestion is billed.',
      cli: 'aws rds modify-db-cluster --region {region} --db-cluster-identifier {id} --cloudwatch-logs-export-configuration EnableLogTypes={logTypes}',
      console: 'RDS console > Databases > the cluster > Modify > Log exports',
    },
    references: {
      fsbp: ['RDS.34', 'RDS.37'],
      docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/publishing_cloudwatchlogs.html'],
    },
  },
  (ctx) =>
    ctx.resources('rds:db-cluster').flatMap((cluster): RuleHit[] => {
      const { engine, engineMode, logExports } = cluster.attributes;
      const control =
        isAuroraMysql(engine) && engineMode !== 'serverless'
          ? { control: 'RDS.34', logType: 'audit' }
          : engine === 'aurora-postgresql'
            ? { control: 'RDS.37', logType: 'postgresql' }
            : null;
      if (!control || !ctx.known(cluster, 'logExports') || logExports.includes(control.logType)) return [];
      return [
        {
          target: cluster,
          message: `${describeCluster(cluster)} does not publish its ${control.logType} log to CloudWatch Logs.`,
          evidence: { logExports, missingLogTypes: [control.logType] },
          references: { fsbp: [control.control] },
          templateValues: { logTypes: control.logType },
        },
      ];
    }),
);
