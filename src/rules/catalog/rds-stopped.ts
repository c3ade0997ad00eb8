import type { CostEstimate } from '../../findings/finding.js';
import { RDS_STORAGE_PRICE } from '../../prices/resource-cost.js';
import { cents, priceOf } from '../../prices/table.js';
import { defineRule, type RuleHit } from '../model.js';
import { describeCluster, describeInstance, standalone, type Instance } from './rds-shared.js';

/** RDS instances and clusters left stopped, with what their storage still costs. */
const stoppedRisk =
  'A stopped database still bills its storage and backups, and AWS starts it again automatically after 7 days, when instance hours are billed again; it is often a forgotten database.';

export const instanceStopped = defineRule(
  {
    id: 'rds.instance-stopped',
    title: 'RDS instance is stopped',
    severity: 'low',
    category: 'cost',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance'],
    description:
      'A standalone RDS instance is stopped. AWS starts a stopped instance again automatically after 7 days, so stopping is no way to park a database. Cluster members follow their cluster (rds.cluster-stopped). The inventory does not record when the instance was stopped, so thresholds.stoppedInstanceDays does not apply.',
    risk: stoppedRisk,
    remediation: {
      text: 'If the database is no longer needed, delete it with a final snapshot (a snapshot costs less than stored instance storage); if it is needed occasionally, automate stop/start or consider Aurora Serverless.',
      cli: 'aws rds delete-db-instance --region {region} --db-instance-identifier {id} --final-db-snapshot-identifier {id}-final',
      console: 'RDS console > Databases > the instance > Actions > Delete',
    },
    references: { docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_StopInstance.html'] },
  },
  (ctx) =>
    standalone(ctx)
      .filter((db) => db.state === 'stopped')
      .map((db): RuleHit => {
        const cost = storageCost(db);
        return {
          target: db,
          message: `${describeInstance(db)} is stopped; its storage${db.attributes.allocatedStorageGiB ? ` (${db.attributes.allocatedStorageGiB} GiB)` : ''} is still billed${cost ? `, about $${cost.monthlyUsd.toFixed(2)} a month` : ''}, and AWS starts it again automatically after 7 days.`,
          evidence: {
            state: 'stopped',
            allocatedStorageGiB: db.attributes.allocatedStorageGiB,
            storageType: db.attributes.storageType,
            multiAz: db.attributes.multiAz,
          },
          ...(cost ? { cost } : {}),
        };
      }),
);

/** What an instance's allocated storage costs a month (twice for Multi-AZ); null when unknown. */
function storageCost(db: Instance): CostEstimate | null {
  const item = RDS_STORAGE_PRICE[db.attributes.storageType ?? ''];
  const size = db.attributes.allocatedStorageGiB;
  if (!item || !size) return null;
  const price = priceOf(item, db.region);
  const copies = db.attributes.multiAz ? 2 : 1;
  return {
    monthlyUsd: cents(size * price.usd * copies),
    basis: `${size} GiB x $${price.usd} per GB-month (${db.attributes.storageType}${copies === 2 ? ', Multi-AZ: x 2' : ''}); a final snapshot kept instead is billed as backup storage`,
    prices: [price],
    avoidable: true,
  };
}

export const clusterStopped = defineRule(
  {
    id: 'rds.cluster-stopped',
    title: 'RDS cluster is stopped',
    severity: 'low',
    category: 'cost',
    resourceType: 'rds:db-cluster',
    reads: ['rds:db-cluster'],
    description:
      'An Aurora cluster is stopped. AWS starts a stopped cluster again automatically after 7 days, so stopping is no way to park a database.',
    risk: stoppedRisk,
    remediation: {
      text: 'If the cluster is no longer needed, delete it with a final snapshot; if it is needed occasionally, automate stop/start or consider Aurora Serverless v2.',
      cli: 'aws rds delete-db-cluster --region {region} --db-cluster-identifier {id} --final-db-snapshot-identifier {id}-final',
      console: 'RDS console > Databases > the cluster > Actions > Delete',
    },
    references: {
      docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-cluster-stop-start.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('rds:db-cluster')
      .filter((c) => c.state === 'stopped')
      .map((cluster) => ({
        target: cluster,
        message: `${describeCluster(cluster)} is stopped; its storage is still billed, and AWS starts it again automatically after 7 days.`,
        evidence: { state: 'stopped', memberInstanceIds: cluster.attributes.memberInstanceIds },
      })),
);
