import type { Snapshot, Volume } from '@aws-sdk/client-ec2';
import type { Resource } from '../../inventory/resources/index.js';
import { tagMap, text } from '../../scan/normalize.js';
import { unlessGone } from '../aws-errors.js';
import type {
  ActionContext,
  BoundState,
  CleanupActionDefinition,
  CleanupTarget,
  PlannedCall,
} from '../model.js';
import { EC2_COMMON_REASONS, targetParam, unexpectedCall, waitFor } from './common.js';

/** Loaded when the action runs: an audit binds states without loading the SDK's client. */
const sdk = () => import('@aws-sdk/client-ec2');

const GONE = ['InvalidVolume.NotFound'];
// Right after CreateSnapshot, DescribeSnapshots may not know the id yet (eventual consistency).
const SNAPSHOT_NOT_YET = ['InvalidSnapshot.NotFound'];

/** What the preconditions read, from the collector's normalised fields (the same for both paths). */
function bound(state: string | null, attachments: number, sizeGiB: number, volumeType: string): BoundState {
  return { state, attachments, sizeGiB, volumeType };
}

/** As src/scan/collectors/ec2.ts normalises a volume: "" is absent, attachments need an instance. */
const boundFromApi = (volume: Volume): BoundState =>
  bound(
    text(volume.State),
    (volume.Attachments ?? []).filter((a) => a.InstanceId).length,
    volume.Size ?? 0,
    volume.VolumeType ?? 'unknown',
  );

async function describeVolume(ctx: ActionContext, target: CleanupTarget): Promise<Volume | undefined> {
  const answer = await unlessGone(
    ctx.clients
      .ec2(target.region)
      .send(new (await sdk()).DescribeVolumesCommand({ VolumeIds: [target.resourceId] }), {
        abortSignal: ctx.signal,
      }),
    GONE,
  );
  return answer?.Volumes?.find((v) => v.VolumeId === target.resourceId);
}

async function describeSnapshot(
  ctx: ActionContext,
  region: string,
  id: string,
): Promise<Snapshot | undefined> {
  const answer = await unlessGone(
    ctx.clients
      .ec2(region)
      .send(new (await sdk()).DescribeSnapshotsCommand({ SnapshotIds: [id] }), { abortSignal: ctx.signal }),
    SNAPSHOT_NOT_YET,
  );
  return answer?.Snapshots?.find((s) => s.SnapshotId === id);
}

/** The tag naming the finding on a snapshot made before a delete (set by the engine). */
const FINDING_TAG = 'aws-audit:finding';

const started = (s: Snapshot | undefined) => s?.State === 'pending' || s?.State === 'completed';

/**
 * Snapshots the volume and waits until the snapshot has started: AWS keeps the data written up to
 * the request once it is `pending` (cleanup.md 6.3). Throws when it failed, so the volume is never
 * deleted without it.
 */
async function snapshotFirst(
  ctx: ActionContext,
  target: CleanupTarget,
  call: PlannedCall,
): Promise<{ id: string; started: boolean; earlier: boolean }> {
  const earlier = await earlierSnapshot(ctx, target);
  if (earlier) return { id: earlier, started: true, earlier: true };
  const tags = Object.entries(ctx.options.snapshotTags).map(([Key, Value]) => ({ Key, Value }));
  const created = await ctx.clients.ec2(target.region).send(
    new (await sdk()).CreateSnapshotCommand({
      VolumeId: targetParam(call, 'VolumeId', target),
      Description: String(call.params.Description ?? ''),
      ...(tags.length > 0 ? { TagSpecifications: [{ ResourceType: 'snapshot', Tags: tags }] } : {}),
    }),
    { abortSignal: ctx.signal },
  );
  const id = text(created.SnapshotId);
  if (!id) throw new Error(`CreateSnapshot for ${target.resourceId} returned no snapshot id`);
  const snapshot = await waitFor(
    ctx,
    () => describeSnapshot(ctx, target.region, id),
    (s) => started(s) || s?.State === 'error',
  );
  if (snapshot?.State === 'error') {
    const why = snapshot.StateMessage ? `: ${snapshot.StateMessage}` : '';
    throw new Error(
      `snapshot ${id} of ${target.resourceId} failed (state error${why}); the volume was not deleted`,
    );
  }
  return { id, started: started(snapshot), earlier: false };
}

/**
 * A started snapshot an earlier run made of this volume for this finding (a delete deferred while
 * it had not started): the copy exists, so a second one is never made.
 */
async function earlierSnapshot(ctx: ActionContext, target: CleanupTarget): Promise<string | null> {
  const finding = ctx.options.snapshotTags[FINDING_TAG];
  if (!finding) return null;
  const answer = await ctx.clients.ec2(target.region).send(
    new (await sdk()).DescribeSnapshotsCommand({
      OwnerIds: ['self'],
      Filters: [
        { Name: 'volume-id', Values: [target.resourceId] },
        { Name: `tag:${FINDING_TAG}`, Values: [finding] },
      ],
    }),
    { abortSignal: ctx.signal },
  );
  return text(answer.Snapshots?.find(started)?.SnapshotId);
}

export const deleteVolume: CleanupActionDefinition = {
  id: 'ec2.delete-volume',
  resourceType: 'ec2:volume',
  permissions: [
    'ec2:DescribeVolumes',
    'ec2:CreateSnapshot',
    // CreateSnapshot with TagSpecifications needs CreateTags on the snapshot too.
    'ec2:CreateTags',
    'ec2:DescribeSnapshots',
    'ec2:DeleteVolume',
  ],
  goneCodes: GONE,
  errorReasons: {
    ...EC2_COMMON_REASONS,
    VolumeInUse: 'the volume is attached to an instance again',
    IncorrectState: "the volume is not 'available' (attached, creating or already deleting)",
    'InvalidVolume.NotFound': 'the volume no longer exists (already deleted)',
    ConcurrentSnapshotLimitExceeded: 'too many snapshots are in progress in this region; retried next run',
    SnapshotCreationPerVolumeRateExceeded:
      'snapshots of this volume were requested too often; retried next run',
  },

  stateFromInventory(resource: Resource): BoundState {
    if (resource.type !== 'ec2:volume') throw new Error(`ec2.delete-volume cannot bind a ${resource.type}`);
    const a = resource.attributes;
    return bound(resource.state, a.attachments.length, a.sizeGiB, a.volumeType);
  },

  async read(ctx, target) {
    const volume = await describeVolume(ctx, target);
    if (!volume) return { found: false };
    return {
      found: true,
      state: boundFromApi(volume),
      tags: tagMap(volume.Tags),
      ownerAccount: text(volume.OwnerId),
    };
  },

  refuse(state) {
    if (state.state !== 'available') {
      return `the volume is '${String(state.state)}', not 'available'; only a detached volume can be deleted`;
    }
    if (typeof state.attachments !== 'number' || state.attachments > 0) {
      return `the volume has ${String(state.attachments)} attachment(s); it is never force-detached`;
    }
    return null;
  },

  plan(target, _state, options) {
    const remove: PlannedCall = { api: 'ec2:DeleteVolume', params: { VolumeId: target.resourceId } };
    if (!options.snapshotBeforeDelete) return [remove];
    const Description = `aws-audit cleanup: ${target.resourceId} before deletion (finding ${target.fingerprint})`;
    return [{ api: 'ec2:CreateSnapshot', params: { VolumeId: target.resourceId, Description } }, remove];
  },

  async execute(ctx, target, plan) {
    let snapshotId: string | null = null;
    let reused = false;
    for (const call of plan) {
      if (call.api === 'ec2:CreateSnapshot') {
        const snapshot = await snapshotFirst(ctx, target, call);
        snapshotId = snapshot.id;
        reused = snapshot.earlier;
        if (!snapshot.started) {
          // Deleting now could leave no copy; the next run snapshots and tries again.
          return {
            outcome: 'pending',
            detail: `snapshot ${snapshot.id} of ${target.resourceId} not started within ${ctx.options.waitMs} ms; delete deferred to the next run`,
          };
        }
      } else if (call.api === 'ec2:DeleteVolume') {
        await ctx.clients
          .ec2(target.region)
          .send(new (await sdk()).DeleteVolumeCommand({ VolumeId: targetParam(call, 'VolumeId', target) }), {
            abortSignal: ctx.signal,
          });
      } else {
        throw unexpectedCall(call, target);
      }
    }
    const after = await waitFor(
      ctx,
      () => describeVolume(ctx, target),
      (v) => v === undefined || v.State === 'deleting' || v.State === 'deleted',
    );
    const read = after === undefined ? 'gone' : `'${String(after.State)}'`;
    const kept = snapshotId
      ? `snapshot ${snapshotId}${reused ? ' (made by an earlier run)' : ''} kept; `
      : 'no snapshot taken; ';
    const done = after === undefined || after.State === 'deleting' || after.State === 'deleted';
    return {
      outcome: done ? 'done' : 'pending',
      detail: `${kept}volume ${target.resourceId} read back ${read}${done ? '' : ', re-checked next run'}`,
    };
  },
};
