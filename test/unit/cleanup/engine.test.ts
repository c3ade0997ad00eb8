import { describe, expect, it } from '@jest/globals';
import { candidateId } from '../../../src/cleanup/candidates.js';
import { callsMade, runCleanup, type CleanupRunInput } from '../../../src/cleanup/engine.js';
import type {
  ActionContext,
  BoundState,
  CleanupActionDefinition,
  PlannedCall,
} from '../../../src/cleanup/model.js';
import type { ApprovalRecord, AuditReport } from '../../../src/report/schema.js';
import { ACCOUNT } from '../../support/inventory-builder.js';
import { DAY2, finding, reportOf, secondRun } from '../render/report-fixtures.js';

/** Volumes in memory: an action the engine drives exactly as it drives AWS's. */
class Store {
  volumes = new Map<string, { state: string; tags: Record<string, string>; awsProtection?: string }>();
  executed: string[] = [];
  reads = 0;
  failWith: Error | undefined;
  failBeforeSending: Error | undefined;
  /** The requests "sent", as a client journal keeps them. */
  sent: string[] = [];
}

function definition(store: Store): CleanupActionDefinition {
  const stateOf = (id: string): BoundState => ({ state: store.volumes.get(id)?.state ?? null });
  return {
    id: 'ec2.delete-volume',
    resourceType: 'ec2:volume',
    permissions: ['ec2:DescribeVolumes', 'ec2:DeleteVolume'],
    goneCodes: ['InvalidVolume.NotFound'],
    errorReasons: { VolumeInUse: 'it was attached again' },
    stateFromInventory: (resource) => ({ state: resource.state }),
    read: async (_ctx, target) => {
      store.reads += 1;
      const volume = store.volumes.get(target.resourceId);
      return volume
        ? {
            found: true,
            state: stateOf(target.resourceId),
            tags: volume.tags,
            ownerAccount: null,
            awsProtection: volume.awsProtection ?? null,
          }
        : { found: false };
    },
    refuse: (state) => (state.state === 'available' ? null : `it is ${String(state.state)}, not available`),
    plan: (target): PlannedCall[] => [{ api: 'ec2:DeleteVolume', params: { VolumeId: target.resourceId } }],
    execute: async (_ctx, target, plan) => {
      store.sent.push('ec2:DescribeVolumes');
      if (store.failBeforeSending) throw store.failBeforeSending;
      // AWS refuses the call it was sent.
      if (store.failWith) {
        store.sent.push(plan[0]?.api ?? '');
        throw store.failWith;
      }
      for (const call of plan) {
        store.sent.push(call.api);
        store.executed.push(`${call.api} ${String(call.params.VolumeId)}`);
      }
      store.volumes.delete(target.resourceId);
      return { outcome: 'done', detail: 'gone' };
    },
  };
}

const volume = (key: string) => finding({ key, cleanup: 'ec2.delete-volume', monthlyUsd: 8 });

function reportWith(keys: string[], options: { unknown?: string[] } = {}): AuditReport {
  const report = reportOf(
    DAY2,
    keys.map((key) => ({ key, cleanup: 'ec2.delete-volume', monthlyUsd: 8 })),
  );
  report.cleanup.candidates = keys.map((key) => {
    const f = volume(key);
    return {
      id: candidateId(f.fingerprint),
      fingerprint: f.fingerprint,
      action: 'ec2.delete-volume',
      account: f.account,
      region: f.region,
      resourceId: f.resource.id,
      arn: f.resource.arn,
      state: { state: 'available' },
      monthlyUsd: 8,
    };
  });
  if (options.unknown) {
    const carried = secondRun(
      options.unknown.map((key) => ({ key })),
      [],
      { failed: [{ service: 'ec2', region: 'us-east-1' }] },
    );
    report.unknownFindings = carried.unknownFindings;
  }
  return report;
}

function approval(key: string, overrides: Partial<ApprovalRecord> = {}): ApprovalRecord {
  const f = volume(key);
  return {
    id: candidateId(f.fingerprint),
    fingerprint: f.fingerprint,
    action: 'ec2.delete-volume',
    account: f.account,
    region: f.region,
    resourceId: f.resource.id,
    arn: f.resource.arn,
    state: { state: 'available' },
    approvedBy: 'writer',
    approvedAt: '2026-12-01T09:00:00.000Z',
    source: 'comment',
    reference: 'https://github.com/o/r/issues/3#issuecomment-1',
    expiresAt: '2026-12-15T09:00:00.000Z',
    revokedBy: null,
    revokedAt: null,
    doneAt: null,
    ...overrides,
  };
}

function setup(keys: string[], approved: ApprovalRecord[], overrides: Partial<CleanupRunInput> = {}) {
  const store = new Store();
  for (const key of keys) store.volumes.set(`vol-${key}`, { state: 'available', tags: {} });
  // The engine reads only the clients' journal; actions here talk to the store.
  const context = { options: {}, clients: { sent: store.sent } } as unknown as ActionContext;
  const input = (mode: 'dry-run' | 'apply'): CleanupRunInput => ({
    mode,
    report: reportWith(keys),
    ledger: approved,
    definitions: { 'ec2.delete-volume': definition(store) },
    allowed: new Set(['ec2.delete-volume']),
    maxActions: 10,
    expectedAccountId: ACCOUNT,
    protectionTagKeys: ['aws-audit:protect', 'DoNotDelete'],
    now: new Date(DAY2),
    contextFor: async () => context,
    approverPermission: async (login) =>
      login === 'writer' ? { allowed: true, permission: 'write' } : { allowed: false, permission: 'read' },
    ...overrides,
  });
  return { store, input };
}

const outcomes = (log: { resourceId: string; outcome: string; detail: string }[]) =>
  log.map((e) => [e.resourceId, e.outcome, e.detail]);

describe('the cleanup engine', () => {
  it('dry-run shows the plan and changes nothing; apply executes exactly that plan', async () => {
    const { store, input } = setup(['a', 'b'], [approval('a'), approval('b')]);
    const dry = await runCleanup(input('dry-run'));
    expect(outcomes(dry.log)).toEqual([
      ['vol-a', 'would-do', 'would be done on apply'],
      ['vol-b', 'would-do', 'would be done on apply'],
    ]);
    expect(store.executed).toEqual([]);
    expect([...store.volumes.keys()]).toEqual(['vol-a', 'vol-b']);
    expect(dry.ledger.every((r) => r.doneAt === null)).toBe(true);

    const applied = await runCleanup(input('apply'));
    expect(applied.log.map((e) => e.calls)).toEqual(dry.log.map((e) => e.calls));
    expect(store.executed).toEqual(dry.log.flatMap((e) => e.calls).map((c) => c.replace('VolumeId=', '')));
    expect(store.volumes.size).toBe(0);
    expect(applied.ledger.every((r) => r.doneAt === DAY2)).toBe(true);
  });

  it('acts on nothing that was not approved', async () => {
    const { store, input } = setup(['a', 'b'], [approval('a')]);
    const { log } = await runCleanup(input('apply'));
    expect(log.map((e) => e.resourceId)).toEqual(['vol-a']);
    expect(store.volumes.has('vol-b')).toBe(true);
  });

  it.each([
    ['revoked', approval('a', { revokedAt: '2026-12-01T10:00:00.000Z', revokedBy: 'admin-user' })],
    ['used already', approval('a', { doneAt: '2026-12-01T10:00:00.000Z' })],
  ])('ignores an approval %s', async (_why, record) => {
    const { store, input } = setup(['a'], [record]);
    expect((await runCleanup(input('apply'))).log).toEqual([]);
    expect(store.volumes.has('vol-a')).toBe(true);
  });

  it('says an approval expired and leaves the resource alone', async () => {
    const { store, input } = setup(['a'], [approval('a', { expiresAt: '2026-12-02T04:00:00.000Z' })]);
    const { log } = await runCleanup(input('apply'));
    expect(outcomes(log)).toEqual([
      ['vol-a', 'skipped', expect.stringContaining('expired on 2026-12-02T04:00:00.000Z')],
    ]);
    expect(store.reads).toBe(0);
    expect(store.volumes.has('vol-a')).toBe(true);
  });

  it('acts on no approval whose approver lost write access, or whose access cannot be confirmed', async () => {
    const approvals = [
      approval('a'),
      approval('b', { approvedBy: 'former' }),
      approval('c', { approvedBy: 'ghost' }),
    ];
    const { store, input } = setup(['a', 'b', 'c'], approvals, {
      approverPermission: async (login) => {
        if (login === 'ghost') throw new Error('GitHub answered 502');
        return login === 'writer'
          ? { allowed: true, permission: 'write' }
          : { allowed: false, permission: 'read' };
      },
    });
    const { log } = await runCleanup(input('apply'));
    expect(outcomes(log)).toEqual([
      ['vol-a', 'done', 'gone'],
      ['vol-b', 'skipped', 'former no longer has write access (permission now: read); approve again'],
      [
        'vol-c',
        'skipped',
        'whether ghost still has write access could not be confirmed: GitHub answered 502',
      ],
    ]);
    expect(store.volumes.has('vol-b') && store.volumes.has('vol-c')).toBe(true);
    const offline = setup(['a'], [approval('a')], { approverPermission: undefined });
    expect(outcomes((await runCleanup(offline.input('apply'))).log)).toEqual([
      ['vol-a', 'skipped', 'whether writer still has write access cannot be asked of GitHub this run'],
    ]);
    expect(offline.store.reads).toBe(0);
  });

  it('logs the calls really sent: none when execute failed before its first change', async () => {
    const { store, input } = setup(['a'], [approval('a')]);
    store.failBeforeSending = new Error('the run deadline passed');
    const [entry] = (await runCleanup(input('apply'))).log;
    expect(entry).toMatchObject({ outcome: 'failed', calls: [] });
    expect(entry?.detail).toContain('(stopped after 0 of 1 planned calls)');
  });

  it('refuses a protected resource, a changed one, and one AWS would refuse, each untouched', async () => {
    const { store, input } = setup(
      ['a', 'b', 'c'],
      [approval('a'), approval('b'), approval('c', { state: { state: 'in-use' } })],
    );
    store.volumes.set('vol-a', { state: 'available', tags: { DoNotDelete: 'yes' } });
    store.volumes.set('vol-b', { state: 'in-use', tags: {} });
    store.volumes.set('vol-c', { state: 'in-use', tags: {} });
    const { log } = await runCleanup(input('apply'));
    expect(outcomes(log)).toEqual([
      ['vol-a', 'skipped', 'protected by its tag DoNotDelete'],
      ['vol-b', 'skipped', 'changed since it was approved (state: "available" -> "in-use"); approve again'],
      ['vol-c', 'skipped', 'it is in-use, not available'],
    ]);
    expect(store.executed).toEqual([]);
  });

  it.each(['dry-run', 'apply'] as const)(
    'in %s, skips a resource an AWS guard rail read live protects, whatever its bound state',
    async (mode) => {
      const { store, input } = setup(['a'], [approval('a')]);
      store.volumes.set('vol-a', { state: 'available', tags: {}, awsProtection: 'stop protection is on' });
      const { log } = await runCleanup(input(mode));
      expect(outcomes(log)).toEqual([['vol-a', 'skipped', 'protected by AWS: stop protection is on']]);
      expect(log[0]?.calls).toEqual([]);
      expect(store.executed).toEqual([]);
    },
  );

  it('leaves a finding that no longer holds, or whose scope was not read, alone', async () => {
    const { store, input } = setup(['a'], [approval('a'), approval('gone'), approval('unread')]);
    store.volumes.set('vol-gone', { state: 'available', tags: {} });
    store.volumes.set('vol-unread', { state: 'available', tags: {} });
    const run = input('apply');
    run.report = { ...reportWith(['a'], { unknown: ['unread'] }) };
    const { log } = await runCleanup(run);
    expect(outcomes(log)).toEqual([
      ['vol-a', 'done', 'gone'],
      ['vol-gone', 'skipped', expect.stringContaining('the finding no longer holds')],
      ['vol-unread', 'skipped', expect.stringContaining('its scope was not read this run')],
    ]);
    expect([...store.volumes.keys()].sort()).toEqual(['vol-gone', 'vol-unread']);
  });

  it('acts only in expected-account-id, and not at all without it', async () => {
    const { store, input } = setup(['a'], [approval('a')], { expectedAccountId: '999999999999' });
    const { log } = await runCleanup(input('apply'));
    expect(outcomes(log)).toEqual([
      ['vol-a', 'skipped', `account ${ACCOUNT} is not expected-account-id (999999999999)`],
    ]);
    const unset = await runCleanup({ ...input('apply'), expectedAccountId: undefined });
    expect(outcomes(unset.log)).toEqual([
      ['vol-a', 'skipped', `account ${ACCOUNT} is not expected-account-id (unset)`],
    ]);
    expect(store.reads).toBe(0);
  });

  it('stops at max-cleanup-actions and keeps the rest approved', async () => {
    const keys = ['a', 'b', 'c'];
    const { store, input } = setup(
      keys,
      keys.map((key, i) => approval(key, { approvedAt: `2026-12-01T0${i}:00:00.000Z` })),
      {
        maxActions: 2,
      },
    );
    const { log, ledger } = await runCleanup(input('apply'));
    expect(outcomes(log)[2]).toEqual([
      'vol-c',
      'skipped',
      expect.stringContaining('max-cleanup-actions (2) reached'),
    ]);
    expect(store.volumes.has('vol-c')).toBe(true);
    expect(ledger.find((r) => r.resourceId === 'vol-c')?.doneAt).toBeNull();
  });

  it('counts a resource already gone as done, and maps AWS errors to reasons', async () => {
    const { store, input } = setup(['a', 'b'], [approval('a'), approval('b')]);
    store.volumes.delete('vol-a');
    store.failWith = Object.assign(new Error('Volume vol-b is attached'), { name: 'VolumeInUse' });
    const { log } = await runCleanup(input('apply'));
    expect(outcomes(log)).toEqual([
      ['vol-a', 'done', 'already gone'],
      ['vol-b', 'failed', 'VolumeInUse: it was attached again'],
    ]);
  });

  it('after three failures in a row leaves the rest for the next run', async () => {
    const keys = ['a', 'b', 'c', 'd'];
    const { store, input } = setup(
      keys,
      keys.map((key, i) => approval(key, { approvedAt: `2026-12-01T0${i}:00:00.000Z` })),
    );
    store.failWith = Object.assign(new Error('denied'), { name: 'UnauthorizedOperation' });
    const { log } = await runCleanup(input('apply'));
    expect(log.map((e) => e.outcome)).toEqual(['failed', 'failed', 'failed', 'skipped']);
    expect(log[0]?.detail).toContain(
      'the cleanup role lacks a permission (ec2:DescribeVolumes, ec2:DeleteVolume)',
    );
    expect(log[3]?.detail).toContain('stopped after 3 failures in a row');
  });

  it('leaves alone a resource another account owns (shared with this one)', async () => {
    const { store, input } = setup(['a'], [approval('a')]);
    const run = input('apply');
    const shared = definition(store);
    const read = shared.read;
    shared.read = async (ctx, target) => {
      const live = await read(ctx, target);
      return live.found ? { ...live, ownerAccount: '444455556666' } : live;
    };
    run.definitions = { 'ec2.delete-volume': shared };
    const { log } = await runCleanup(run);
    expect(outcomes(log)).toEqual([['vol-a', 'skipped', `owned by account 444455556666, not ${ACCOUNT}`]]);
    expect(store.executed).toEqual([]);
  });

  it('never acts when the resource cannot be read again', async () => {
    const { store, input } = setup(['a'], [approval('a')]);
    const run = input('apply');
    const failing = definition(store);
    failing.read = async () => {
      throw Object.assign(new Error('Rate exceeded'), { name: 'RequestLimitExceeded' });
    };
    run.definitions = { 'ec2.delete-volume': failing };
    const { log } = await runCleanup(run);
    expect(outcomes(log)).toEqual([
      ['vol-a', 'failed', 'could not read it again, so nothing was done: Rate exceeded'],
    ]);
    expect(store.volumes.has('vol-a')).toBe(true);
  });
});

describe('callsMade', () => {
  const step = (api: string, n = 0) => ({ api, params: { n } });
  const plan = [
    step('s3:DeleteObjects', 1),
    step('s3:DeleteObjects', 2),
    step('s3:AbortMultipartUpload'),
    step('s3:DeleteBucket'),
  ];

  it('counts each planned step once its call was sent after the previous one, reads aside', () => {
    expect(callsMade(plan, ['s3:ListObjectVersions', 's3:DeleteObjects'])).toEqual([plan[0]]);
    const all = [
      's3:DeleteObjects',
      's3:DeleteObjects',
      's3:AbortMultipartUpload',
      's3:AbortMultipartUpload',
      's3:DeleteBucket',
      's3:HeadBucket',
    ];
    expect(callsMade(plan, all)).toEqual(plan);
    expect(callsMade(plan, [])).toEqual([]);
  });

  it('leaves out a step whose call was never sent, and counts the ones that were', () => {
    expect(callsMade(plan, ['s3:DeleteBucket'])).toEqual([plan[3]]);
    expect(callsMade(plan, ['s3:DeleteBucket', 's3:DeleteObjects'])).toEqual([plan[0]]);
  });
});
