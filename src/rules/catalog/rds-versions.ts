import { RDS_ENGINE_SUPPORT_AS_OF } from '../data/rds-engine-support.js';
import { daysUntil } from '../lambda-runtime-support.js';
import { engineSupport, supportPhase } from '../rds-engine-support.js';
import type { RuleContext } from '../context.js';
import { defineRule, type RuleHit } from '../model.js';
import {
  clusterConsole,
  describeCluster,
  describeInstance,
  instanceConsole,
  type Cluster,
  type Instance,
} from './rds-shared.js';

/** Ends of standard support this close are reported (low) ahead of the surcharge. */
export const ENGINE_SUPPORT_WARNING_DAYS = 90;

const DOCS = [
  'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/extended-support.html',
  'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/extended-support.html',
];

const DESCRIPTION =
  'major engine version is past the end of RDS (or Aurora) standard support, from a dated table kept as data (src/rules/data/rds-engine-support.ts, only AWS-published dates; a version it does not list is not judged). High from the day after the end: RDS Extended Support is then billed per vCPU-hour (or, where Extended Support was disabled at creation, AWS upgrades the major version itself). Low within 90 days before the end.';
const RISK =
  'Extended Support is a per-vCPU-hour surcharge on top of the instance price (it rises after the first two years), and it only patches critical and high CVEs; at its end, or at once when it was disabled, AWS upgrades the major version in a maintenance window, with downtime and no application testing.';

/** The finding for one database, or none when its version is unknown, unlisted or still supported. */
function judge(
  ctx: RuleContext,
  target: Instance | Cluster,
  described: string,
  engine: string,
  version: string | null,
): RuleHit[] {
  if (version === null || !ctx.known(target, 'engineVersion')) return [];
  const dates = engineSupport(engine, version);
  if (!dates) return [];
  const phase = supportPhase(dates, ctx.now, ENGINE_SUPPORT_WARNING_DAYS);
  if (phase === 'supported') return [];
  const days = daysUntil(dates.endOfStandardSupport, ctx.now);
  const evidence = {
    engine,
    engineVersion: version,
    majorVersion: dates.majorVersion,
    endOfStandardSupport: dates.endOfStandardSupport,
    phase,
    source: dates.source,
    supportTableAsOf: RDS_ENGINE_SUPPORT_AS_OF,
  };
  if (phase === 'ending-soon') {
    return [
      {
        target,
        message: `${described}: standard support for ${engine} ${dates.majorVersion} ends on ${dates.endOfStandardSupport} (in ${days} days); after it RDS Extended Support charges apply per vCPU-hour.`,
        evidence: { ...evidence, daysUntilEnd: days },
        severity: 'low',
      },
    ];
  }
  return [
    {
      target,
      message: `${described}: standard support for ${engine} ${dates.majorVersion} ended on ${dates.endOfStandardSupport}; it runs on paid RDS Extended Support (or, if that was disabled at creation, AWS upgrades its major version).`,
      evidence,
    },
  ];
}

export const instanceEngineDeprecated = defineRule(
  {
    id: 'rds.engine-version-deprecated',
    title: 'RDS instance engine version is past RDS standard support (Extended Support charges)',
    severity: 'high',
    category: 'cost',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance'],
    description: `A standalone RDS instance's ${DESCRIPTION} Cluster members are judged on their cluster (rds.cluster-engine-version-deprecated).`,
    risk: RISK,
    remediation: {
      text: 'Upgrade to a major version still in standard support, ideally through a Blue/Green deployment after testing the application against it.',
      cli: 'aws rds modify-db-instance --region {region} --db-instance-identifier {id} --engine-version TARGET_VERSION --allow-major-version-upgrade',
      console: `${instanceConsole} > DB engine version`,
    },
    references: { docs: DOCS },
  },
  (ctx) =>
    ctx
      .resources('rds:db-instance')
      .filter((db) => db.attributes.clusterIdentifier === null)
      .flatMap((db) =>
        judge(ctx, db, describeInstance(db), db.attributes.engine, db.attributes.engineVersion),
      ),
);

export const clusterEngineDeprecated = defineRule(
  {
    id: 'rds.cluster-engine-version-deprecated',
    title: 'RDS cluster engine version is past RDS standard support (Extended Support charges)',
    severity: 'high',
    category: 'cost',
    resourceType: 'rds:db-cluster',
    reads: ['rds:db-cluster'],
    description: `An Aurora or Multi-AZ DB cluster's ${DESCRIPTION} Extended Support is billed per vCPU of each member instance.`,
    risk: RISK,
    remediation: {
      text: 'Upgrade the cluster to a major version still in standard support, ideally through a Blue/Green deployment after testing the application against it.',
      cli: 'aws rds modify-db-cluster --region {region} --db-cluster-identifier {id} --engine-version TARGET_VERSION --allow-major-version-upgrade',
      console: `${clusterConsole} > DB engine version`,
    },
    references: { docs: DOCS },
  },
  (ctx) =>
    ctx
      .resources('rds:db-cluster')
      .flatMap((c) =>
        judge(
          ctx,
          c,
          `${describeCluster(c)} version ${c.attributes.engineVersion ?? '?'}`,
          c.attributes.engine,
          c.attributes.engineVersion,
        ),
      ),
);
