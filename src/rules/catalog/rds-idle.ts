import type { CostEstimate } from '../../findings/finding.js';
import { dbInstancePrice } from '../../prices/rds-instances.js';
import { HOURS_PER_MONTH, cents } from '../../prices/table.js';
import type { RuleContext } from '../context.js';
import { defineRule, type RuleHit } from '../model.js';
import { describeInstance, stopFacts, whyNotStoppable, type Instance } from './rds-shared.js';

/** AWS starts a stopped instance again after 7 days: one stop saves at most this many hours. */
const HOURS_PER_STOP = 168;

const restartCaveat =
  'AWS starts a stopped instance again automatically after 7 days, so one stop saves at most 168 instance-hours unless it is stopped again; storage and backups keep billing while it is stopped.';

/**
 * An available instance whose daily peak of DatabaseConnections was 0 on every day of the window,
 * with a datapoint for each day. Unknown connections or a shorter history are never called idle.
 */
export function isIdle(ctx: RuleContext, db: Instance): boolean {
  const connections = db.attributes.connections;
  if (db.state !== 'available' || !ctx.known(db, 'connections') || connections === null) return false;
  return connections.maxConnections === 0 && connections.daysWithData >= connections.windowDays;
}

/** A month of the instance's hours (twice for Multi-AZ), or null when its class is not priced. */
function instanceCost(db: Instance): CostEstimate | null {
  const { engine, instanceClass, multiAz } = db.attributes;
  const price = instanceClass ? dbInstancePrice(engine, instanceClass, db.region) : null;
  if (!price) return null;
  const copies = multiAz ? 2 : 1;
  return {
    monthlyUsd: cents(price.usd * HOURS_PER_MONTH * copies),
    basis: `${HOURS_PER_MONTH} hours x $${price.usd} per hour (${instanceClass}${copies === 2 ? ', Multi-AZ: x 2' : ''}); a stop saves at most ${HOURS_PER_STOP} hours before AWS starts it again, and storage and backups keep billing`,
    prices: [price],
    avoidable: true,
  };
}

export const instanceIdle = defineRule(
  {
    id: 'rds.instance-idle',
    title: 'RDS instance had no connections',
    severity: 'low',
    category: 'cost',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance'],
    description:
      "An available RDS instance whose CloudWatch DatabaseConnections metric peaked at 0 on every day of the scan's window (14 days), with data for each day. Aurora members, read replicas, primaries with replicas and SQL Server Multi-AZ are reported too, but AWS does not stop them one by one, so their findings propose no cleanup.",
    risk: `It is billed every hour for a database nobody connects to; often a leftover of a finished project or a test environment. ${restartCaveat}`,
    remediation: {
      text: `Check that nothing connects to it less often than the window (monthly jobs, disaster recovery), then snapshot and delete it, or stop it. ${restartCaveat}`,
      cli: 'aws rds stop-db-instance --region {region} --db-instance-identifier {id}',
      console: 'RDS console > Databases > the instance > Actions > Stop temporarily',
    },
    references: {
      docs: [
        'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_StopInstance.html',
        'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-metrics.html',
      ],
    },
    cleanupAction: 'rds.stop-instance',
  },
  (ctx) =>
    ctx
      .resources('rds:db-instance')
      .filter((db) => isIdle(ctx, db))
      .map((db): RuleHit => {
        const cost = instanceCost(db);
        const refused = whyNotStoppable(stopFacts(db));
        const days = db.attributes.connections?.windowDays;
        const costText = cost ? ` and costs about $${cost.monthlyUsd.toFixed(2)} a month` : '';
        const action = refused
          ? ` It cannot be stopped on its own: ${refused}.`
          : ' Stopping it saves at most 7 days of instance hours: AWS starts it again after 7 days.';
        return {
          target: db,
          message: `${describeInstance(db)} had no connections in the last ${days} days${costText}.${action}`,
          evidence: {
            instanceClass: db.attributes.instanceClass,
            multiAz: db.attributes.multiAz,
            clusterIdentifier: db.attributes.clusterIdentifier,
            readReplicaSource: db.attributes.readReplicaSource,
            readReplicaIds: db.attributes.readReplicaIds,
            connections: db.attributes.connections,
            stoppable: refused === null,
          },
          ...(cost ? { cost } : {}),
          ...(refused ? { cliDoesNotApply: true, cleanupDoesNotApply: true } : {}),
        };
      }),
);
