import { defineRule } from '../model.js';

/** Manual RDS snapshots shared with everyone. */
const snapshotRisk =
  'Any AWS account can copy the snapshot and restore the whole database from it: every row, user table and password hash.';

export const snapshotPublic = defineRule(
  {
    id: 'rds.snapshot-public',
    title: 'RDS snapshot is public',
    severity: 'critical',
    category: 'security',
    resourceType: 'rds:db-snapshot',
    reads: ['rds:db-snapshot'],
    description:
      'A manual DB snapshot\'s restore attribute includes "all": every AWS account can restore it. (Encrypted snapshots cannot be made public.)',
    risk: snapshotRisk,
    remediation: {
      text: 'Remove "all" from the restore attribute; share with specific accounts instead if needed. Treat the data as exposed: check CloudTrail for RestoreDBInstanceFromDBSnapshot and CopyDBSnapshot by other accounts.',
      cli: 'aws rds modify-db-snapshot-attribute --region {region} --db-snapshot-identifier {id} --attribute-name restore --values-to-remove all',
      console: 'RDS console > Snapshots > the snapshot > Actions > Share snapshot > Private',
    },
    references: {
      fsbp: ['RDS.1'],
      docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('rds:db-snapshot')
      .filter((s) => ctx.known(s, 'public') && s.attributes.public)
      .map((snapshot) => ({
        target: snapshot,
        message: `RDS snapshot ${snapshot.id}${snapshot.attributes.sourceIdentifier ? ` of ${snapshot.attributes.sourceIdentifier}` : ''} is public: any AWS account can restore it.`,
        evidence: {
          public: true,
          sourceIdentifier: snapshot.attributes.sourceIdentifier,
          encrypted: snapshot.attributes.encrypted,
        },
      })),
);

export const clusterSnapshotPublic = defineRule(
  {
    id: 'rds.cluster-snapshot-public',
    title: 'RDS cluster snapshot is public',
    severity: 'critical',
    category: 'security',
    resourceType: 'rds:db-cluster-snapshot',
    reads: ['rds:db-cluster-snapshot'],
    description:
      'A manual DB cluster snapshot\'s restore attribute includes "all": every AWS account can restore it.',
    risk: snapshotRisk,
    remediation: {
      text: 'Remove "all" from the restore attribute; share with specific accounts instead if needed. Treat the data as exposed.',
      cli: 'aws rds modify-db-cluster-snapshot-attribute --region {region} --db-cluster-snapshot-identifier {id} --attribute-name restore --values-to-remove all',
      console:
        'RDS console > Snapshots > DB cluster snapshots > the snapshot > Actions > Share snapshot > Private',
    },
    references: {
      fsbp: ['RDS.1'],
      docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-share-snapshot.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('rds:db-cluster-snapshot')
      .filter((s) => ctx.known(s, 'public') && s.attributes.public)
      .map((snapshot) => ({
        target: snapshot,
        message: `RDS cluster snapshot ${snapshot.id}${snapshot.attributes.sourceIdentifier ? ` of ${snapshot.attributes.sourceIdentifier}` : ''} is public: any AWS account can restore it.`,
        evidence: {
          public: true,
          sourceIdentifier: snapshot.attributes.sourceIdentifier,
          encrypted: snapshot.attributes.encrypted,
        },
      })),
);
