/** RDS: FSBP settings of instances and clusters (IAM authentication, tags, ports, admin names, monitoring, minor upgrades) and snapshot encryption. */
import type { ResourceOfType } from '../../inventory/resources/index.js';
import type { RuleContext } from '../context.js';
import { defineRule, type RuleHit } from '../model.js';

type Instance = ResourceOfType<'rds:db-instance'>;

/**
 * Standalone instances: an Aurora or Multi-AZ cluster's members take these settings from the
 * cluster, where FSBP judges them with controls of their own (RDS.12, RDS.16, RDS.24).
 */
const standalone = (ctx: RuleContext) =>
  ctx.resources('rds:db-instance').filter((db) => db.attributes.clusterIdentifier === null);

/** Texts the instance and cluster rules of one setting share. */
const IAM_AUTH_RISK =
  'Only database passwords guard it: they are long-lived, shared, rarely rotated and invisible to IAM and CloudTrail, where IAM authentication gives short-lived tokens tied to IAM identities.';
const IAM_AUTH_REMEDIATION =
  'Turn on IAM database authentication, then create database users mapped to IAM roles and move applications to tokens. Turning it on does not disable passwords.';
const UNTAGGED_SNAPSHOT_RISK =
  'Snapshots without the owner, environment and data-classification tags escape tag-based access control, cost allocation and cleanup, and nobody can tell what data they hold.';
const COPY_TAGS_REMEDIATION =
  'Turn on copying tags to snapshots; existing snapshots keep their tags as they are.';
const DEFAULT_ADMIN_RISK =
  'Password-guessing attacks start with the default administrator names: a known user name leaves only the password to find.';

const label = (db: Instance) => `${db.id} (${db.attributes.engine})`;

/** Engines IAM database authentication exists for, as RDS.10 evaluates them. */
const IAM_AUTH_ENGINES = new Set(['mysql', 'postgres', 'mariadb']);

export const instanceIamAuthDisabled = defineRule(
  {
    id: 'rds.instance-iam-auth-disabled',
    title: 'RDS instance does not use IAM database authentication',
    severity: 'medium',
    category: 'security',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance'],
    description:
      'A MySQL, PostgreSQL or MariaDB instance outside a cluster has IAM database authentication off. Cluster members are judged on their cluster (RDS.12, not checked yet).',
    risk: IAM_AUTH_RISK,
    remediation: {
      text: IAM_AUTH_REMEDIATION,
      cli: 'aws rds modify-db-instance --region {region} --db-instance-identifier {id} --enable-iam-database-authentication --apply-immediately',
      console: 'RDS console > Databases > the instance > Modify > Database authentication',
    },
    references: {
      fsbp: ['RDS.10'],
      docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html'],
    },
  },
  (ctx) =>
    standalone(ctx)
      .filter((db) => IAM_AUTH_ENGINES.has(db.attributes.engine) && !db.attributes.iamAuthentication)
      .map((db): RuleHit => ({
        target: db,
        message: `RDS instance ${label(db)} does not use IAM database authentication: only passwords guard it.`,
        evidence: { engine: db.attributes.engine, iamAuthentication: false },
      })),
);

export const instanceCopyTagsOff = defineRule(
  {
    id: 'rds.instance-copy-tags-off',
    title: 'RDS instance does not copy its tags to snapshots',
    severity: 'low',
    category: 'hygiene',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance'],
    description:
      'An instance outside a cluster has CopyTagsToSnapshot off, so its snapshots carry none of its tags. Cluster members are judged on their cluster (RDS.16, not checked yet).',
    risk: UNTAGGED_SNAPSHOT_RISK,
    remediation: {
      text: COPY_TAGS_REMEDIATION,
      cli: 'aws rds modify-db-instance --region {region} --db-instance-identifier {id} --copy-tags-to-snapshot --apply-immediately',
      console: 'RDS console > Databases > the instance > Modify > Copy tags to snapshots',
    },
    references: {
      fsbp: ['RDS.17'],
      docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Tagging.html'],
    },
  },
  (ctx) =>
    standalone(ctx)
      .filter((db) => !db.attributes.copyTagsToSnapshot)
      .map((db): RuleHit => ({
        target: db,
        message: `RDS instance ${label(db)} does not copy its tags to its snapshots.`,
        evidence: { copyTagsToSnapshot: false },
      })),
);

/** Each engine's default port; engines not listed are not judged. */
function defaultPort(engine: string): number | null {
  if (['mysql', 'mariadb', 'aurora-mysql', 'aurora'].includes(engine)) return 3306;
  if (['postgres', 'aurora-postgresql'].includes(engine)) return 5432;
  if (engine.startsWith('oracle')) return 1521;
  if (engine.startsWith('sqlserver')) return 1433;
  return null;
}

export const instanceDefaultPort = defineRule(
  {
    id: 'rds.instance-default-port',
    title: "RDS instance listens on its engine's default port",
    severity: 'low',
    category: 'security',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance'],
    description:
      "An instance outside a cluster listens on its engine's default port (MySQL and MariaDB 3306, PostgreSQL 5432, Oracle 1521, SQL Server 1433). Cluster members (their port is the cluster's), instances of other engines, or whose port is not known yet (no endpoint), are not judged.",
    risk: 'Scanners and automated attacks try the default ports first; a custom port is a small extra step, not a control on its own.',
    remediation: {
      text: 'Move the instance to another port, and update its security groups and every client. The change restarts connections.',
      cli: 'aws rds modify-db-instance --region {region} --db-instance-identifier {id} --db-port-number 15432 --apply-immediately',
      console: 'RDS console > Databases > the instance > Modify > Database port',
    },
    references: {
      fsbp: ['RDS.23'],
      docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.DBInstance.Modifying.html'],
    },
  },
  (ctx) =>
    standalone(ctx).flatMap((db): RuleHit[] => {
      const port = defaultPort(db.attributes.engine);
      if (port === null || db.attributes.port !== port) return [];
      return [
        {
          target: db,
          message: `RDS instance ${label(db)} listens on ${port}, its engine's default port.`,
          evidence: { port, engine: db.attributes.engine },
        },
      ];
    }),
);

/** The administrator names engines and consoles propose, which RDS.25 fails. */
const DEFAULT_ADMIN_NAMES = new Set(['admin', 'postgres']);

export const instanceDefaultAdminUsername = defineRule(
  {
    id: 'rds.instance-default-admin-username',
    title: 'RDS instance keeps the default administrator name',
    severity: 'medium',
    category: 'security',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance'],
    description:
      'An instance outside a cluster has the master user name admin or postgres, the defaults offered at creation. Cluster members are judged on their cluster (RDS.24, not checked yet).',
    risk: DEFAULT_ADMIN_RISK,
    remediation: {
      text: 'The master user name cannot be changed in place: restore a snapshot to a new instance with a custom master user name, or create a custom administrator and stop using the default one.',
      cli: "aws rds describe-db-instances --region {region} --db-instance-identifier {id} --query 'DBInstances[0].MasterUsername'",
      console: 'RDS console > Databases > the instance > Configuration > Master username',
    },
    references: {
      fsbp: ['RDS.25'],
      docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.MasterAccounts.html'],
    },
  },
  (ctx) =>
    standalone(ctx)
      .filter((db) => DEFAULT_ADMIN_NAMES.has(db.attributes.masterUsername ?? ''))
      .map((db): RuleHit => ({
        target: db,
        message: `RDS instance ${label(db)} keeps the default administrator name ${db.attributes.masterUsername ?? ''}.`,
        evidence: { masterUsername: db.attributes.masterUsername },
      })),
);

export const instanceEnhancedMonitoringOff = defineRule(
  {
    id: 'rds.instance-enhanced-monitoring-off',
    title: 'RDS instance has Enhanced Monitoring off',
    severity: 'low',
    category: 'reliability',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance'],
    description: 'An instance has an Enhanced Monitoring interval of 0 (off).',
    risk: 'Without operating-system metrics (memory, processes, I/O per process), slowdowns and outages take longer to explain than CloudWatch’s hypervisor metrics allow.',
    remediation: {
      text: 'Turn on Enhanced Monitoring with an interval of 60 seconds or less and a monitoring role (the command assumes one named rds-monitoring-role, with the AWS managed policy AmazonRDSEnhancedMonitoringRole). It is billed as CloudWatch Logs ingestion.',
      cli: 'aws rds modify-db-instance --region {region} --db-instance-identifier {id} --monitoring-interval 60 --monitoring-role-arn arn:aws:iam::{account}:role/rds-monitoring-role --apply-immediately',
      console: 'RDS console > Databases > the instance > Modify > Monitoring > Enable Enhanced Monitoring',
    },
    references: {
      fsbp: ['RDS.6'],
      docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Monitoring.OS.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('rds:db-instance')
      .filter((db) => db.attributes.monitoringIntervalSeconds === 0)
      .map((db): RuleHit => ({
        target: db,
        message: `RDS instance ${label(db)} has Enhanced Monitoring off.`,
        evidence: { monitoringIntervalSeconds: 0 },
      })),
);

const SNAPSHOT_RISK =
  'Whoever can read the snapshot, or an account it is shared with, gets the data in the clear; and an unencrypted snapshot restores to an unencrypted instance.';
const SNAPSHOT_DEVIATION =
  'Manual snapshots only: the scan does not read automated snapshots, which follow their source (rds.instance-storage-unencrypted reports it).';

export const snapshotUnencrypted = defineRule(
  {
    id: 'rds.snapshot-unencrypted',
    title: 'RDS snapshot is not encrypted',
    severity: 'medium',
    category: 'security',
    resourceType: 'rds:db-snapshot',
    reads: ['rds:db-snapshot'],
    description: 'A manual DB snapshot is not encrypted at rest.',
    risk: SNAPSHOT_RISK,
    remediation: {
      text: 'Copy the snapshot with a KMS key (the copy is encrypted), then delete the unencrypted one.',
      cli: 'aws rds copy-db-snapshot --region {region} --source-db-snapshot-identifier {id} --target-db-snapshot-identifier {id}-encrypted --kms-key-id alias/aws/rds',
      console: 'RDS console > Snapshots > the snapshot > Actions > Copy snapshot > Enable encryption',
    },
    references: {
      fsbp: ['RDS.4'],
      docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html'],
    },
    deviations: { 'FSBP RDS.4': SNAPSHOT_DEVIATION },
  },
  (ctx) =>
    ctx
      .resources('rds:db-snapshot')
      .filter((s) => !s.attributes.encrypted)
      .map((snapshot): RuleHit => ({
        target: snapshot,
        message: `RDS snapshot ${snapshot.id}${snapshot.attributes.sourceIdentifier ? ` of ${snapshot.attributes.sourceIdentifier}` : ''} is not encrypted.`,
        evidence: { encrypted: false, sourceIdentifier: snapshot.attributes.sourceIdentifier },
      })),
);

export const clusterSnapshotUnencrypted = defineRule(
  {
    id: 'rds.cluster-snapshot-unencrypted',
    title: 'RDS cluster snapshot is not encrypted',
    severity: 'medium',
    category: 'security',
    resourceType: 'rds:db-cluster-snapshot',
    reads: ['rds:db-cluster-snapshot'],
    description: 'A manual DB cluster snapshot is not encrypted at rest.',
    risk: SNAPSHOT_RISK,
    remediation: {
      text: 'Copy the snapshot with a KMS key (the copy is encrypted), then delete the unencrypted one.',
      cli: 'aws rds copy-db-cluster-snapshot --region {region} --source-db-cluster-snapshot-identifier {id} --target-db-cluster-snapshot-identifier {id}-encrypted --kms-key-id alias/aws/rds',
      console:
        'RDS console > Snapshots > Manual > the snapshot > Actions > Copy snapshot > Enable encryption',
    },
    references: {
      fsbp: ['RDS.4'],
      docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html'],
    },
    deviations: { 'FSBP RDS.4': SNAPSHOT_DEVIATION },
  },
  (ctx) =>
    ctx
      .resources('rds:db-cluster-snapshot')
      .filter((s) => !s.attributes.encrypted)
      .map((snapshot): RuleHit => ({
        target: snapshot,
        message: `RDS cluster snapshot ${snapshot.id}${snapshot.attributes.sourceIdentifier ? ` of ${snapshot.attributes.sourceIdentifier}` : ''} is not encrypted.`,
        evidence: { encrypted: false, sourceIdentifier: snapshot.attributes.sourceIdentifier },
      })),
);

type Cluster = ResourceOfType<'rds:db-cluster'>;
const clusterLabel = (c: Cluster) => `${c.id} (${c.attributes.engine})`;
const isAurora = (c: Cluster) => c.attributes.engine.startsWith('aurora');
/** Engines of clusters IAM database authentication exists for: Aurora and Multi-AZ MySQL and PostgreSQL. */
const CLUSTER_IAM_AUTH_ENGINES = new Set([
  'aurora',
  'aurora-mysql',
  'aurora-postgresql',
  'mysql',
  'postgres',
]);

export const clusterIamAuthDisabled = defineRule(
  {
    id: 'rds.cluster-iam-auth-disabled',
    title: 'RDS cluster does not use IAM database authentication',
    severity: 'medium',
    category: 'security',
    resourceType: 'rds:db-cluster',
    reads: ['rds:db-cluster'],
    description: 'An Aurora or Multi-AZ MySQL or PostgreSQL cluster has IAM database authentication off.',
    risk: IAM_AUTH_RISK,
    remediation: {
      text: IAM_AUTH_REMEDIATION,
      cli: 'aws rds modify-db-cluster --region {region} --db-cluster-identifier {id} --enable-iam-database-authentication --apply-immediately',
      console: 'RDS console > Databases > the cluster > Modify > Database authentication',
    },
    references: {
      fsbp: ['RDS.12'],
      docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.IAMDBAuth.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('rds:db-cluster')
      .filter((c) => CLUSTER_IAM_AUTH_ENGINES.has(c.attributes.engine) && !c.attributes.iamAuthentication)
      .map((cluster): RuleHit => ({
        target: cluster,
        message: `RDS cluster ${clusterLabel(cluster)} does not use IAM database authentication: only passwords guard it.`,
        evidence: { engine: cluster.attributes.engine, iamAuthentication: false },
      })),
);

/** The copy-tags control of each cluster engine: Aurora RDS.16, Multi-AZ DB clusters RDS.47 and RDS.48. */
function copyTagsControl(engine: string): string | null {
  if (engine.startsWith('aurora')) return 'RDS.16';
  if (engine === 'postgres') return 'RDS.47';
  if (engine === 'mysql') return 'RDS.48';
  return null;
}

export const clusterCopyTagsOff = defineRule(
  {
    id: 'rds.cluster-copy-tags-off',
    title: 'RDS cluster does not copy its tags to snapshots',
    severity: 'low',
    category: 'hygiene',
    resourceType: 'rds:db-cluster',
    reads: ['rds:db-cluster'],
    description:
      "An Aurora cluster (FSBP RDS.16), or a Multi-AZ DB cluster of RDS for PostgreSQL (RDS.47) or MySQL (RDS.48), has CopyTagsToSnapshot off, so its snapshots carry none of its tags. Each finding cites its engine's control.",
    risk: UNTAGGED_SNAPSHOT_RISK,
    remediation: {
      text: COPY_TAGS_REMEDIATION,
      cli: 'aws rds modify-db-cluster --region {region} --db-cluster-identifier {id} --copy-tags-to-snapshot --apply-immediately',
      console: 'RDS console > Databases > the cluster > Modify > Copy tags to snapshots',
    },
    references: {
      fsbp: ['RDS.16', 'RDS.47', 'RDS.48'],
      docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_Tagging.html'],
    },
  },
  (ctx) =>
    ctx.resources('rds:db-cluster').flatMap((cluster): RuleHit[] => {
      const control = copyTagsControl(cluster.attributes.engine);
      if (
        control === null ||
        !ctx.known(cluster, 'copyTagsToSnapshot') ||
        cluster.attributes.copyTagsToSnapshot
      )
        return [];
      return [
        {
          target: cluster,
          message: `RDS cluster ${clusterLabel(cluster)} does not copy its tags to its snapshots.`,
          evidence: { copyTagsToSnapshot: false },
          references: { fsbp: [control] },
        },
      ];
    }),
);

export const clusterMinorUpgradeOff = defineRule(
  {
    id: 'rds.cluster-auto-minor-upgrade-disabled',
    title: 'Multi-AZ DB cluster does not apply minor engine upgrades automatically',
    severity: 'medium',
    category: 'security',
    resourceType: 'rds:db-cluster',
    reads: ['rds:db-cluster'],
    description:
      'A Multi-AZ DB cluster (RDS for MySQL or PostgreSQL) has AutoMinorVersionUpgrade off (FSBP RDS.35). Aurora clusters are not judged, as in the control: their instances carry the setting (rds.instance-auto-minor-upgrade-disabled).',
    risk: 'Known engine vulnerabilities stay unpatched until someone remembers to upgrade.',
    remediation: {
      text: 'Turn automatic minor version upgrades on; they are applied in the maintenance window.',
      cli: 'aws rds modify-db-cluster --region {region} --db-cluster-identifier {id} --auto-minor-version-upgrade --apply-immediately',
      console: 'RDS console > Databases > the cluster > Modify > Maintenance > Auto minor version upgrade',
    },
    references: {
      fsbp: ['RDS.35'],
      docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/modify-multi-az-db-cluster.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('rds:db-cluster')
      .filter(
        (c) =>
          !isAurora(c) &&
          ctx.known(c, 'autoMinorVersionUpgrade') &&
          c.attributes.autoMinorVersionUpgrade === false,
      )
      .map((cluster): RuleHit => ({
        target: cluster,
        message: `RDS cluster ${clusterLabel(cluster)} does not apply minor engine upgrades automatically.`,
        evidence: { autoMinorVersionUpgrade: false, engineVersion: cluster.attributes.engineVersion },
      })),
);

export const clusterDefaultAdminUsername = defineRule(
  {
    id: 'rds.cluster-default-admin-username',
    title: 'RDS cluster keeps the default administrator name',
    severity: 'medium',
    category: 'security',
    resourceType: 'rds:db-cluster',
    reads: ['rds:db-cluster'],
    description: 'A cluster has the master user name admin or postgres, the defaults offered at creation.',
    risk: DEFAULT_ADMIN_RISK,
    remediation: {
      text: 'The master user name cannot be changed in place: restore a snapshot to a new cluster with a custom master user name, or create a custom administrator and stop using the default one.',
      cli: "aws rds describe-db-clusters --region {region} --db-cluster-identifier {id} --query 'DBClusters[0].MasterUsername'",
      console: 'RDS console > Databases > the cluster > Configuration > Master username',
    },
    references: {
      fsbp: ['RDS.24'],
      docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.MasterAccounts.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('rds:db-cluster')
      .filter((c) => DEFAULT_ADMIN_NAMES.has(c.attributes.masterUsername ?? ''))
      .map((cluster): RuleHit => ({
        target: cluster,
        message: `RDS cluster ${clusterLabel(cluster)} keeps the default administrator name ${cluster.attributes.masterUsername ?? ''}.`,
        evidence: { masterUsername: cluster.attributes.masterUsername },
      })),
);

export const proxyTlsNotRequired = defineRule(
  {
    id: 'rds.proxy-tls-not-required',
    title: 'RDS Proxy does not require TLS',
    severity: 'medium',
    category: 'security',
    resourceType: 'rds:db-proxy',
    reads: ['rds:db-proxy'],
    description: 'An RDS Proxy accepts client connections without TLS (RequireTLS off; FSBP RDS.43).',
    risk: 'Database credentials and query results can cross the network in the clear between applications and the proxy, readable by anyone who can observe that traffic.',
    remediation: {
      text: 'Require TLS on the proxy, after checking that every client connects with TLS (those that do not are refused).',
      cli: 'aws rds modify-db-proxy --region {region} --db-proxy-name {name} --require-tls',
      console: 'RDS console > Proxies > the proxy > Modify > Connectivity > Require Transport Layer Security',
    },
    references: {
      fsbp: ['RDS.43'],
      docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy-modifying-proxy.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('rds:db-proxy')
      .filter((p) => ctx.known(p, 'requireTls') && !p.attributes.requireTls)
      .map((proxy): RuleHit => ({
        target: proxy,
        message: `RDS Proxy ${proxy.id}${proxy.attributes.engineFamily ? ` (${proxy.attributes.engineFamily})` : ''} does not require TLS from its clients.`,
        evidence: { requireTls: false, engineFamily: proxy.attributes.engineFamily },
      })),
);
