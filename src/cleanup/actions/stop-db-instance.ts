import type { DBInstance } from '@aws-sdk/client-rds';
import type { Resource } from '../../inventory/resources/index.js';
import { whyNotStoppable } from '../../rules/catalog/rds-shared.js';
import { isoDate, sortedStrings, tagMap, text } from '../../scan/normalize.js';
import { unlessGone } from '../aws-errors.js';
import type { ActionContext, BoundState, CleanupActionDefinition, CleanupTarget } from '../model.js';
import { targetParam, unexpectedCall, waitFor } from './common.js';

/** Loaded when the action runs: an audit binds states without loading the SDK's client. */
const sdk = () => import('@aws-sdk/client-rds');

// The API's code is DBInstanceNotFound; the SDK names the exception DBInstanceNotFoundFault.
const GONE = ['DBInstanceNotFound', 'DBInstanceNotFoundFault'];

interface Fields {
  status: string | null;
  engine: string;
  instanceClass: string | null;
  clusterIdentifier: string | null;
  readReplicaSource: string | null;
  replicaCount: number;
  multiAz: boolean;
  /** A deleted instance re-created under the same name is another instance: the approval does not carry. */
  createdAt: string | null;
}

const bound = (f: Fields): BoundState => ({ ...f });

/** As src/scan/collectors/rds.ts normalises an instance: "" is absent, replicas of both kinds counted. */
const boundFromApi = (db: DBInstance): BoundState =>
  bound({
    status: text(db.DBInstanceStatus),
    engine: db.Engine ?? 'unknown',
    instanceClass: text(db.DBInstanceClass),
    clusterIdentifier: text(db.DBClusterIdentifier),
    readReplicaSource: text(db.ReadReplicaSourceDBInstanceIdentifier),
    replicaCount: sortedStrings([
      ...(db.ReadReplicaDBInstanceIdentifiers ?? []),
      ...(db.ReadReplicaDBClusterIdentifiers ?? []),
    ]).length,
    multiAz: db.MultiAZ ?? false,
    createdAt: isoDate(db.InstanceCreateTime),
  });

/** The account in an RDS ARN (`arn:aws:rds:region:account:db:id`), or null. */
const arnAccount = (arn: string | undefined) => text(arn?.split(':')[4]);

async function describeInstance(ctx: ActionContext, target: CleanupTarget): Promise<DBInstance | undefined> {
  const answer = await unlessGone(
    ctx.clients
      .rds(target.region)
      .send(new (await sdk()).DescribeDBInstancesCommand({ DBInstanceIdentifier: target.resourceId }), {
        abortSignal: ctx.signal,
      }),
    GONE,
  );
  return answer?.DBInstances?.find((db) => db.DBInstanceIdentifier === target.resourceId);
}

const stoppingOrStopped = (db: DBInstance | undefined) =>
  db?.DBInstanceStatus === 'stopping' || db?.DBInstanceStatus === 'stopped';

export const stopDbInstance: CleanupActionDefinition = {
  id: 'rds.stop-instance',
  resourceType: 'rds:db-instance',
  permissions: ['rds:DescribeDBInstances', 'rds:StopDBInstance'],
  goneCodes: GONE,
  errorReasons: {
    AccessDenied: 'the cleanup role lacks the IAM permission for this call',
    Throttling: 'RDS throttled the request (retried with backoff, then given up)',
    InvalidDBInstanceState: "the instance is not 'available' (stopping, stopped, modifying or backing up)",
    InvalidDBInstanceStateFault:
      "the instance is not 'available' (stopping, stopped, modifying or backing up)",
    InvalidDBClusterStateFault:
      'AWS cannot stop this instance on its own (a cluster member, a read replica or one with replicas, or SQL Server Multi-AZ)',
    DBInstanceNotFound: 'the instance no longer exists (deleted)',
    DBInstanceNotFoundFault: 'the instance no longer exists (deleted)',
  },

  stateFromInventory(resource: Resource): BoundState {
    if (resource.type !== 'rds:db-instance')
      throw new Error(`rds.stop-instance cannot bind a ${resource.type}`);
    const a = resource.attributes;
    return bound({
      status: resource.state,
      engine: a.engine,
      instanceClass: a.instanceClass,
      clusterIdentifier: a.clusterIdentifier,
      readReplicaSource: a.readReplicaSource,
      replicaCount: a.readReplicaIds.length,
      multiAz: a.multiAz,
      createdAt: resource.createdAt,
    });
  },

  async read(ctx, target) {
    const db = await describeInstance(ctx, target);
    if (!db) return { found: false };
    return {
      found: true,
      state: boundFromApi(db),
      tags: tagMap(db.TagList),
      ownerAccount: arnAccount(db.DBInstanceArn),
    };
  },

  refuse(state) {
    if (state.status !== 'available') {
      return `the instance is '${String(state.status)}', not 'available'; only an available instance is stopped`;
    }
    const why = whyNotStoppable({
      engine: String(state.engine),
      clusterIdentifier: typeof state.clusterIdentifier === 'string' ? state.clusterIdentifier : null,
      readReplicaSource: typeof state.readReplicaSource === 'string' ? state.readReplicaSource : null,
      // Unknown counts as having replicas: AWS refuses those, and moto does not (cleanup.md 6.4).
      replicaCount: typeof state.replicaCount === 'number' ? state.replicaCount : 1,
      multiAz: state.multiAz === true,
    });
    return why ? `AWS does not stop this instance on its own: ${why}` : null;
  },

  plan(target) {
    // No DBSnapshotIdentifier: a stop keeps the data, and automated backups go on.
    return [{ api: 'rds:StopDBInstance', params: { DBInstanceIdentifier: target.resourceId } }];
  },

  async execute(ctx, target, plan) {
    for (const call of plan) {
      if (call.api !== 'rds:StopDBInstance') throw unexpectedCall(call, target);
      await ctx.clients.rds(target.region).send(
        new (await sdk()).StopDBInstanceCommand({
          DBInstanceIdentifier: targetParam(call, 'DBInstanceIdentifier', target),
        }),
        { abortSignal: ctx.signal },
      );
    }
    const after = await waitFor(
      ctx,
      () => describeInstance(ctx, target),
      (db) => db === undefined || stoppingOrStopped(db),
    );
    if (after === undefined)
      return { outcome: 'done', detail: `instance ${target.resourceId} read back gone` };
    const read = `'${String(after.DBInstanceStatus)}'`;
    if (!stoppingOrStopped(after)) {
      return {
        outcome: 'pending',
        detail: `instance ${target.resourceId} read back ${read}, re-checked next run`,
      };
    }
    return {
      outcome: 'done',
      detail: `instance ${target.resourceId} read back ${read}; AWS starts it again automatically after 7 days, and its storage and backups keep billing while it is stopped`,
    };
  },
};
