import type { RuleContext } from '../context.js';
import { defineRule, type RuleHit } from '../model.js';
import {
  clusterConsole,
  describeCluster,
  describeInstance,
  instanceConsole,
  mustBeMultiAz,
  SINGLE_AZ_MEMBERS,
  standalone,
  tagged,
  type Cluster,
  type Instance,
  CLUSTER_MULTI_AZ,
  INSTANCE_MULTI_AZ,
} from './rds-shared.js';

export const instancePublic = defineRule(
  {
    id: 'rds.instance-publicly-accessible',
    title: 'RDS instance is publicly accessible',
    severity: 'critical',
    category: 'security',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance'],
    description:
      'The instance has PubliclyAccessible set: its endpoint resolves to a public IP address, so any network path its security groups and subnet routes allow reaches it from the internet.',
    risk: 'A database reachable from the internet is one security-group change away from brute force and exploitation, and is usually found by scanners within hours.',
    remediation: {
      text: 'Turn public accessibility off and reach the database from inside the VPC (application subnets, a bastion or SSM port forwarding, VPN).',
      cli: 'aws rds modify-db-instance --region {region} --db-instance-identifier {id} --no-publicly-accessible --apply-immediately',
      console: `${instanceConsole} > Connectivity > Additional configuration > Not publicly accessible`,
    },
    references: {
      fsbp: ['RDS.2'],
      cis: ['3.2.3'],
      docs: [
        'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html',
      ],
    },
  },
  (ctx) =>
    ctx
      .resources('rds:db-instance')
      .filter((db) => ctx.known(db, 'publiclyAccessible') && db.attributes.publiclyAccessible)
      .map((db) => ({
        target: db,
        message: `${describeInstance(db)} is publicly accessible: its endpoint has a public IP address.${db.attributes.storageEncrypted ? '' : ' Its storage is not encrypted either.'}`,
        evidence: {
          publiclyAccessible: true,
          engine: db.attributes.engine,
          clusterIdentifier: db.attributes.clusterIdentifier,
        },
      })),
);

export const instanceUnencrypted = defineRule(
  {
    id: 'rds.instance-storage-unencrypted',
    title: 'RDS instance storage is not encrypted',
    severity: 'high',
    category: 'security',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance'],
    description:
      'A standalone RDS instance does not encrypt its storage (and so its automated backups, snapshots and read replicas). Cluster members are judged on their cluster (rds.cluster-storage-unencrypted).',
    risk: 'Data at rest, backups and snapshots are readable by anyone who gets the underlying storage or a copied snapshot; many compliance regimes require encryption.',
    remediation: {
      text: 'Encryption cannot be turned on in place: snapshot the instance, copy the snapshot with a KMS key (--kms-key-id), restore from the encrypted copy, and switch the application over.',
      cli: 'aws rds create-db-snapshot --region {region} --db-instance-identifier {id} --db-snapshot-identifier {id}-before-encryption',
      console: 'RDS console > Snapshots > the snapshot > Actions > Copy snapshot > Enable encryption',
    },
    references: {
      fsbp: ['RDS.3'],
      cis: ['3.2.1'],
      docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html'],
    },
    deviations: {
      'FSBP RDS.3':
        'Aurora cluster members are reported once, on their cluster (rds.cluster-storage-unencrypted, FSBP RDS.27); RDS.3 can also fail each unencrypted member instance.',
    },
  },
  (ctx) =>
    standalone(ctx)
      .filter((db) => ctx.known(db, 'storageEncrypted') && !db.attributes.storageEncrypted)
      .map((db) => ({
        target: db,
        message: `${describeInstance(db)} does not encrypt its storage${db.attributes.allocatedStorageGiB ? ` (${db.attributes.allocatedStorageGiB} GiB)` : ''}, nor its backups and snapshots.`,
        evidence: { storageEncrypted: false, allocatedStorageGiB: db.attributes.allocatedStorageGiB },
      })),
);

export const clusterUnencrypted = defineRule(
  {
    id: 'rds.cluster-storage-unencrypted',
    title: 'RDS cluster storage is not encrypted',
    severity: 'high',
    category: 'security',
    resourceType: 'rds:db-cluster',
    reads: ['rds:db-cluster'],
    description:
      'An Aurora or Multi-AZ DB cluster does not encrypt its storage, and so neither its members nor its snapshots.',
    risk: 'Data at rest, backups and snapshots are readable by anyone who gets the underlying storage or a copied snapshot.',
    remediation: {
      text: 'Encryption cannot be turned on in place: snapshot the cluster, restore it from the snapshot with a KMS key (--kms-key-id), and switch the application over.',
      cli: 'aws rds create-db-cluster-snapshot --region {region} --db-cluster-identifier {id} --db-cluster-snapshot-identifier {id}-before-encryption',
      console: 'RDS console > Snapshots > the cluster snapshot > Actions > Restore snapshot > Encryption',
    },
    references: {
      fsbp: ['RDS.27'],
      docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('rds:db-cluster')
      .filter((c) => ctx.known(c, 'storageEncrypted') && !c.attributes.storageEncrypted)
      .map((cluster) => ({
        target: cluster,
        message: `${describeCluster(cluster)} does not encrypt its storage; its ${cluster.attributes.memberInstanceIds.length} member instance(s) and snapshots are unencrypted too.`,
        evidence: { storageEncrypted: false, memberInstanceIds: cluster.attributes.memberInstanceIds },
      })),
);

/** FSBP RDS.11's backupRetentionMinimum default: it fails an instance keeping backups fewer days. */
const RDS_11_MIN_RETENTION_DAYS = 7;

export const instanceBackupsDisabled = defineRule(
  {
    id: 'rds.instance-backups-disabled',
    title: 'RDS instance keeps automated backups for fewer than 7 days, or none',
    severity: 'medium',
    category: 'reliability',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance'],
    description: `A standalone RDS instance has a backup retention period under ${RDS_11_MIN_RETENTION_DAYS} days, as FSBP RDS.11 judges it. Retention 0 (automated backups and point-in-time recovery off) is medium; 1 to ${RDS_11_MIN_RETENTION_DAYS - 1} days is low. Read replicas are not judged, as in RDS.11: their source's backups cover them. (Clusters always keep at least one day.)`,
    risk: 'A bad migration, a deleted table or a corrupted volume cannot be undone once it is older than the retention period; with none, the only copies are whatever manual snapshots happen to exist.',
    remediation: {
      text: 'Set a backup retention period of 7 days or more (up to 35) and a backup window outside peak hours.',
      cli: 'aws rds modify-db-instance --region {region} --db-instance-identifier {id} --backup-retention-period 7 --apply-immediately',
      console: `${instanceConsole} > Backup > Backup retention period`,
    },
    references: {
      fsbp: ['RDS.11'],
      docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html'],
    },
  },
  (ctx) =>
    standalone(ctx)
      .filter((db) => !(ctx.known(db, 'readReplicaSource') && db.attributes.readReplicaSource !== null))
      .filter(
        (db) =>
          ctx.known(db, 'backupRetentionDays') &&
          db.attributes.backupRetentionDays < RDS_11_MIN_RETENTION_DAYS,
      )
      .map((db): RuleHit => {
        const days = db.attributes.backupRetentionDays;
        return {
          target: db,
          message:
            days === 0
              ? `${describeInstance(db)} has automated backups turned off (retention 0 days): no point-in-time recovery.${tagged(ctx, db)}`
              : `${describeInstance(db)} keeps automated backups for ${days} day(s), fewer than ${RDS_11_MIN_RETENTION_DAYS}: older mistakes cannot be undone.${tagged(ctx, db)}`,
          evidence: { backupRetentionDays: days, production: ctx.isProduction(db) },
          ...(days > 0 ? { severity: 'low' as const } : {}),
        };
      }),
);

const deletionProtectionNote = (ctx: RuleContext, resource: Instance | Cluster) =>
  ctx.isProduction(resource) ? { severity: 'medium' as const } : {};

export const instanceDeletionProtectionOff = defineRule(
  {
    id: 'rds.instance-deletion-protection-disabled',
    title: 'RDS instance has deletion protection turned off',
    severity: 'low',
    category: 'reliability',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance'],
    description:
      'A standalone RDS instance can be deleted without first turning deletion protection off. Medium for production-tagged instances (thresholds.productionTags). Cluster members are judged on their cluster.',
    risk: 'One mistaken console click, script or infrastructure-as-code change deletes the database (and, without a final snapshot, its automated backups).',
    remediation: {
      text: 'Turn deletion protection on; infrastructure code then has to turn it off explicitly before a delete.',
      cli: 'aws rds modify-db-instance --region {region} --db-instance-identifier {id} --deletion-protection --apply-immediately',
      console: `${instanceConsole} > Deletion protection`,
    },
    references: {
      fsbp: ['RDS.8'],
      docs: [
        'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeleteInstance.DeletionProtection',
      ],
    },
  },
  (ctx) =>
    standalone(ctx)
      .filter((db) => ctx.known(db, 'deletionProtection') && !db.attributes.deletionProtection)
      .map((db) => ({
        target: db,
        message: `${describeInstance(db)} has deletion protection turned off.${tagged(ctx, db)}`,
        evidence: { deletionProtection: false, production: ctx.isProduction(db) },
        ...deletionProtectionNote(ctx, db),
      })),
);

export const clusterDeletionProtectionOff = defineRule(
  {
    id: 'rds.cluster-deletion-protection-disabled',
    title: 'RDS cluster has deletion protection turned off',
    severity: 'low',
    category: 'reliability',
    resourceType: 'rds:db-cluster',
    reads: ['rds:db-cluster'],
    description:
      'An Aurora or Multi-AZ DB cluster can be deleted without first turning deletion protection off. Medium for production-tagged clusters (thresholds.productionTags).',
    risk: 'One mistaken console click, script or infrastructure-as-code change deletes the cluster and all its instances.',
    remediation: {
      text: 'Turn deletion protection on for the cluster.',
      cli: 'aws rds modify-db-cluster --region {region} --db-cluster-identifier {id} --deletion-protection --apply-immediately',
      console: `${clusterConsole} > Deletion protection`,
    },
    references: {
      fsbp: ['RDS.7'],
      docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_DeleteCluster.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('rds:db-cluster')
      .filter((c) => ctx.known(c, 'deletionProtection') && !c.attributes.deletionProtection)
      .map((cluster) => ({
        target: cluster,
        message: `${describeCluster(cluster)} has deletion protection turned off.${tagged(ctx, cluster)}`,
        evidence: { deletionProtection: false, production: ctx.isProduction(cluster) },
        ...deletionProtectionNote(ctx, cluster),
      })),
);

export const productionInstanceSingleAz = defineRule(
  {
    id: 'rds.production-instance-single-az',
    title: 'Production RDS instance runs in a single Availability Zone',
    severity: 'medium',
    category: 'reliability',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance'],
    description:
      'A standalone RDS instance tagged as production (thresholds.productionTags) is not Multi-AZ. Only production-tagged instances are judged here, unless thresholds.multiAzRequiredFor is `all`; rds.instance-single-az reports the others (low), so that together they judge every instance as FSBP RDS.5 does.',
    risk: INSTANCE_MULTI_AZ.risk,
    remediation: {
      text: 'Convert the instance to Multi-AZ (a standby in another zone; it roughly doubles the instance cost). The conversion runs online, with some I/O latency while the standby is created.',
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
      .filter((db) => mustBeMultiAz(ctx, db) && ctx.known(db, 'multiAz') && !db.attributes.multiAz)
      .map((db) => ({
        target: db,
        message: `${describeInstance(db)}${ctx.isProduction(db) ? ' is tagged as production but' : ''} runs in a single Availability Zone (not Multi-AZ).`,
        evidence: {
          multiAz: false,
          production: ctx.isProduction(db),
          instanceClass: db.attributes.instanceClass,
        },
      })),
);

export const productionClusterSingleAz = defineRule(
  {
    id: 'rds.production-cluster-single-az',
    title: 'Production RDS cluster has no instances in a second Availability Zone',
    severity: 'medium',
    category: 'reliability',
    resourceType: 'rds:db-cluster',
    reads: ['rds:db-cluster'],
    description:
      'An Aurora or Multi-AZ DB cluster tagged as production (thresholds.productionTags) is not Multi-AZ: it has no reader in another Availability Zone to fail over to. Only production-tagged clusters are judged here, unless thresholds.multiAzRequiredFor is `all`; rds.cluster-single-az reports the others (low), so that together they judge every cluster as FSBP RDS.15 does.',
    risk: CLUSTER_MULTI_AZ.risk,
    remediation: {
      text: 'Add a reader instance in another Availability Zone.',
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
      .filter((c) => mustBeMultiAz(ctx, c) && ctx.known(c, 'multiAz') && !c.attributes.multiAz)
      .map((cluster) => ({
        target: cluster,
        message: `${describeCluster(cluster)}${ctx.isProduction(cluster) ? ' is tagged as production but' : ''} has no instance in a second Availability Zone (${cluster.attributes.memberInstanceIds.length} member(s)).`,
        evidence: {
          multiAz: false,
          production: ctx.isProduction(cluster),
          memberInstanceIds: cluster.attributes.memberInstanceIds,
        },
      })),
);

export const instanceMinorUpgradeOff = defineRule(
  {
    id: 'rds.instance-auto-minor-upgrade-disabled',
    title: 'RDS instance does not apply minor engine upgrades automatically',
    severity: 'medium',
    category: 'security',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance'],
    description:
      'The instance has AutoMinorVersionUpgrade off, so engine patch releases (which carry security fixes) are only applied by hand. Every instance is judged, cluster members included: the setting is per instance.',
    risk: 'Known engine vulnerabilities stay unpatched until someone remembers to upgrade.',
    remediation: {
      text: 'Turn automatic minor version upgrades on; they are applied in the maintenance window.',
      cli: 'aws rds modify-db-instance --region {region} --db-instance-identifier {id} --auto-minor-version-upgrade --apply-immediately',
      console: `${instanceConsole} > Maintenance > Auto minor version upgrade`,
    },
    references: {
      fsbp: ['RDS.13'],
      cis: ['3.2.2'],
      docs: [
        'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html#USER_UpgradeDBInstance.Upgrading.AutoMinorVersionUpgrades',
      ],
    },
  },
  (ctx) =>
    ctx
      .resources('rds:db-instance')
      .filter((db) => ctx.known(db, 'autoMinorVersionUpgrade') && !db.attributes.autoMinorVersionUpgrade)
      .map((db) => ({
        target: db,
        message: `${describeInstance(db)} does not apply minor engine upgrades automatically.`,
        evidence: { autoMinorVersionUpgrade: false, engineVersion: db.attributes.engineVersion },
      })),
);
