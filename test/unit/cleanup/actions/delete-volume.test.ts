import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import {
  CreateSnapshotCommand,
  DeleteVolumeCommand,
  DescribeSnapshotsCommand,
  DescribeVolumesCommand,
  EC2Client,
  type Volume,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { deleteVolume } from '../../../../src/cleanup/actions/delete-volume.js';
import { ec2Collector } from '../../../../src/scan/collectors/ec2.js';
import {
  OPTIONS,
  asMade,
  awsError,
  changesMade,
  cleanupTarget,
  mockedContext,
} from '../../../support/cleanup.js';
import { collect, ofType } from '../../../support/collector-harness.js';

const ec2 = mockClient(EC2Client);
afterEach(() => {
  ec2.reset();
});
afterAll(() => {
  ec2.restore();
});

const ID = 'vol-0123';
const target = cleanupTarget('ec2.delete-volume', ID);
const volume = (extra: Partial<Volume> = {}): Volume => ({
  VolumeId: ID,
  State: 'available',
  Size: 100,
  VolumeType: 'gp2',
  Encrypted: false,
  Attachments: [],
  Tags: [{ Key: 'Name', Value: 'old-data' }],
  ...extra,
});
const AVAILABLE = { state: 'available', attachments: 0, sizeGiB: 100, volumeType: 'gp2' };

/** The volume answers as given until it is deleted, then InvalidVolume.NotFound (as AWS once done). */
function volumeUntilDeleted(v: Volume = volume()): void {
  ec2.on(DescribeVolumesCommand).resolves({ Volumes: [v] });
  ec2.on(DeleteVolumeCommand).callsFake(() => {
    ec2.on(DescribeVolumesCommand).rejects(awsError('InvalidVolume.NotFound'));
    return {};
  });
}

describe('ec2.delete-volume: read and the state an approval binds', () => {
  it('binds the same state from the scanned inventory and from a read of the unchanged volume', async () => {
    // moto-style answer: empty strings for absent values, an attachment without an instance.
    ec2.on(DescribeVolumesCommand).resolves({
      Volumes: [volume({ KmsKeyId: '', Attachments: [{ InstanceId: '', State: 'detached' }] })],
    });
    const scanned = ofType(await collect(ec2Collector), 'ec2:volume').find((v) => v.id === ID);
    if (!scanned) throw new Error('the collector did not emit the volume');
    const live = await deleteVolume.read(mockedContext(), target);
    expect(deleteVolume.stateFromInventory(scanned)).toEqual(AVAILABLE);
    expect(live).toEqual({ found: true, state: AVAILABLE, tags: { Name: 'old-data' }, ownerAccount: null });
  });

  it('reads the volume by id in the target region with the run signal', async () => {
    ec2.on(DescribeVolumesCommand).resolves({ Volumes: [volume({ OwnerId: '111122223333' })] });
    const ctx = mockedContext();
    const live = await deleteVolume.read(ctx, target);
    expect(live.found && live.ownerAccount).toBe('111122223333');
    const call = ec2.commandCalls(DescribeVolumesCommand)[0];
    expect(call?.args[0].input).toEqual({ VolumeIds: [ID] });
    // send's second argument, which the typed tuple leaves out.
    expect((call?.args as readonly unknown[] | undefined)?.[1]).toEqual({ abortSignal: ctx.signal });
  });

  it('reads a gone code or an empty answer as not found, and throws anything else', async () => {
    ec2.on(DescribeVolumesCommand).rejects(awsError('InvalidVolume.NotFound'));
    await expect(deleteVolume.read(mockedContext(), target)).resolves.toEqual({ found: false });
    ec2.on(DescribeVolumesCommand).resolves({ Volumes: [] });
    await expect(deleteVolume.read(mockedContext(), target)).resolves.toEqual({ found: false });
    ec2.on(DescribeVolumesCommand).rejects(awsError('UnauthorizedOperation'));
    await expect(deleteVolume.read(mockedContext(), target)).rejects.toThrow('UnauthorizedOperation');
  });

  it('binds a different state once the volume is attached again', async () => {
    ec2.on(DescribeVolumesCommand).resolves({
      Volumes: [volume({ State: 'in-use', Attachments: [{ InstanceId: 'i-1', State: 'attached' }] })],
    });
    const live = await deleteVolume.read(mockedContext(), target);
    expect(live.found && live.state).toEqual({ ...AVAILABLE, state: 'in-use', attachments: 1 });
  });
});

describe('ec2.delete-volume: refuse and plan', () => {
  it('refuses a volume in use, attached, or not available, naming what it found', () => {
    expect(deleteVolume.refuse(AVAILABLE, OPTIONS)).toBeNull();
    expect(deleteVolume.refuse({ ...AVAILABLE, state: 'in-use', attachments: 1 }, OPTIONS)).toContain(
      "'in-use'",
    );
    expect(deleteVolume.refuse({ ...AVAILABLE, attachments: 1 }, OPTIONS)).toContain('1 attachment');
    for (const state of ['creating', 'deleting', 'error']) {
      expect(deleteVolume.refuse({ ...AVAILABLE, state }, OPTIONS)).toContain(`'${state}'`);
    }
  });

  it('plans a snapshot then the delete, or only the delete when snapshots are off', () => {
    const plan = deleteVolume.plan(target, AVAILABLE, OPTIONS);
    expect(plan.map((c) => c.api)).toEqual(['ec2:CreateSnapshot', 'ec2:DeleteVolume']);
    expect(plan[0]?.params).toEqual({ VolumeId: ID, Description: expect.stringContaining('fp-1') });
    expect(plan[1]?.params).toEqual({ VolumeId: ID });
    expect(deleteVolume.plan(target, AVAILABLE, { ...OPTIONS, snapshotBeforeDelete: false })).toEqual([
      { api: 'ec2:DeleteVolume', params: { VolumeId: ID } },
    ]);
  });

  it('maps every error code of the spec to a reason, and NotFound to gone', () => {
    for (const code of [
      'VolumeInUse',
      'IncorrectState',
      'InvalidVolume.NotFound',
      'ConcurrentSnapshotLimitExceeded',
    ]) {
      expect(deleteVolume.errorReasons[code]).toEqual(expect.any(String));
    }
    expect(deleteVolume.goneCodes).toEqual(['InvalidVolume.NotFound']);
    expect(deleteVolume.permissions).toEqual(
      expect.arrayContaining([
        'ec2:CreateSnapshot',
        'ec2:CreateTags',
        'ec2:DescribeSnapshots',
        'ec2:DeleteVolume',
      ]),
    );
  });
});

describe('ec2.delete-volume: execute', () => {
  const plan = deleteVolume.plan(target, AVAILABLE, OPTIONS);
  /** No run made a snapshot of the volume for this finding before. */
  const noEarlierSnapshot = () => ec2.on(DescribeSnapshotsCommand, { OwnerIds: ['self'] }).resolves({});
  const waitedOn = () =>
    ec2.commandCalls(DescribeSnapshotsCommand).filter((c) => c.args[0].input.OwnerIds === undefined);

  it('snapshots with the tags, waits while AWS has not started it, then deletes: exactly the plan', async () => {
    volumeUntilDeleted();
    ec2.on(CreateSnapshotCommand).resolves({ SnapshotId: 'snap-1', State: 'pending' });
    noEarlierSnapshot();
    ec2
      .on(DescribeSnapshotsCommand, { SnapshotIds: ['snap-1'] })
      .rejectsOnce(awsError('InvalidSnapshot.NotFound'))
      .resolvesOnce({ Snapshots: [{ SnapshotId: 'snap-1', State: 'pending' }] });
    const ctx = mockedContext();
    const result = await deleteVolume.execute(ctx, target, plan);
    expect(changesMade(ec2)).toEqual(asMade(plan));
    expect(ec2.commandCalls(CreateSnapshotCommand)[0]?.args[0].input.TagSpecifications).toEqual([
      {
        ResourceType: 'snapshot',
        Tags: [
          { Key: 'aws-audit:finding', Value: 'fp-1' },
          { Key: 'aws-audit:approved-by', Value: 'octocat' },
        ],
      },
    ]);
    expect(ctx.slept).toEqual([100]);
    expect(result).toEqual({ outcome: 'done', detail: expect.stringContaining('snapshot snap-1') });
    expect(result.detail).toContain('gone');
  });

  it('deletes once the snapshot is completed too, and calls a volume read back deleting done', async () => {
    ec2.on(DescribeVolumesCommand).resolves({ Volumes: [volume({ State: 'deleting' })] });
    ec2.on(DeleteVolumeCommand).resolves({});
    ec2.on(CreateSnapshotCommand).resolves({ SnapshotId: 'snap-2', State: 'pending' });
    noEarlierSnapshot();
    ec2
      .on(DescribeSnapshotsCommand, { SnapshotIds: ['snap-2'] })
      .resolves({ Snapshots: [{ SnapshotId: 'snap-2', State: 'completed' }] });
    const result = await deleteVolume.execute(mockedContext(), target, plan);
    expect(changesMade(ec2)).toEqual(asMade(plan));
    expect(result.outcome).toBe('done');
    expect(result.detail).toMatch(/snap-2.*'deleting'/);
  });

  it('defers the delete when the snapshot has not started within waitMs: pending, no DeleteVolume', async () => {
    volumeUntilDeleted();
    ec2.on(CreateSnapshotCommand).resolves({ SnapshotId: 'snap-3', State: 'pending' });
    noEarlierSnapshot();
    ec2.on(DescribeSnapshotsCommand, { SnapshotIds: ['snap-3'] }).resolves({ Snapshots: [] });
    const ctx = mockedContext({ waitMs: 500, pollMs: 100 });
    const result = await deleteVolume.execute(ctx, target, plan);
    expect(result).toEqual({ outcome: 'pending', detail: expect.stringContaining('snap-3') });
    expect(result.detail).toContain('deferred');
    expect(ec2.commandCalls(DeleteVolumeCommand)).toHaveLength(0);
    // Bounded: waitMs / pollMs polls after the first read, no more.
    expect(ctx.slept).toEqual([100, 100, 100, 100, 100]);
    expect(waitedOn()).toHaveLength(6);
  });

  it('uses the started snapshot an earlier run made for this finding instead of a second one', async () => {
    volumeUntilDeleted();
    ec2
      .on(DescribeSnapshotsCommand, { OwnerIds: ['self'] })
      .resolves({ Snapshots: [{ SnapshotId: 'snap-earlier', State: 'pending' }] });
    const result = await deleteVolume.execute(mockedContext(), target, plan);
    expect(ec2.commandCalls(CreateSnapshotCommand)).toHaveLength(0);
    expect(ec2.commandCalls(DescribeSnapshotsCommand)[0]?.args[0].input).toEqual({
      OwnerIds: ['self'],
      Filters: [
        { Name: 'volume-id', Values: [ID] },
        { Name: 'tag:aws-audit:finding', Values: ['fp-1'] },
      ],
    });
    expect(ec2.commandCalls(DeleteVolumeCommand)).toHaveLength(1);
    expect(result).toEqual({
      outcome: 'done',
      detail: expect.stringContaining('snapshot snap-earlier (made by an earlier run) kept'),
    });
  });

  it('throws when the snapshot failed, and never deletes the volume', async () => {
    volumeUntilDeleted();
    ec2.on(CreateSnapshotCommand).resolves({ SnapshotId: 'snap-4', State: 'pending' });
    noEarlierSnapshot();
    ec2
      .on(DescribeSnapshotsCommand, { SnapshotIds: ['snap-4'] })
      .resolves({ Snapshots: [{ SnapshotId: 'snap-4', State: 'error', StateMessage: 'internal' }] });
    await expect(deleteVolume.execute(mockedContext(), target, plan)).rejects.toThrow(/snap-4.*not deleted/);
    expect(ec2.commandCalls(DeleteVolumeCommand)).toHaveLength(0);
  });

  it('deletes without a snapshot when the plan has none, and throws VolumeInUse as AWS does', async () => {
    const bare = deleteVolume.plan(target, AVAILABLE, { ...OPTIONS, snapshotBeforeDelete: false });
    volumeUntilDeleted();
    const done = await deleteVolume.execute(mockedContext(), target, bare);
    expect(changesMade(ec2)).toEqual(asMade(bare));
    expect(done).toEqual({ outcome: 'done', detail: expect.stringContaining('no snapshot') });
    ec2.reset();
    ec2.on(DeleteVolumeCommand).rejects(awsError('VolumeInUse', `Volume ${ID} is currently attached to i-1`));
    await expect(deleteVolume.execute(mockedContext(), target, bare)).rejects.toMatchObject({
      name: 'VolumeInUse',
    });
  });

  it('reports pending when the volume still reads available after the delete', async () => {
    ec2.on(DescribeVolumesCommand).resolves({ Volumes: [volume()] });
    ec2.on(DeleteVolumeCommand).resolves({});
    const bare = deleteVolume.plan(target, AVAILABLE, { ...OPTIONS, snapshotBeforeDelete: false });
    const result = await deleteVolume.execute(mockedContext({ waitMs: 200 }), target, bare);
    expect(result.outcome).toBe('pending');
    expect(result.detail).toContain("'available'");
  });

  it('refuses a plan that names another volume or another action', async () => {
    await expect(
      deleteVolume.execute(mockedContext(), target, [
        { api: 'ec2:DeleteVolume', params: { VolumeId: 'vol-other' } },
      ]),
    ).rejects.toThrow('vol-other');
    await expect(
      deleteVolume.execute(mockedContext(), target, [
        { api: 'ec2:DeleteSnapshot', params: { SnapshotId: 's' } },
      ]),
    ).rejects.toThrow('ec2:DeleteSnapshot');
    expect(changesMade(ec2)).toEqual([]);
  });
});
