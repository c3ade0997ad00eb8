import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import {
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  HeadBucketCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { AwsCredentialIdentity } from '@smithy/types';
import { deleteBucket } from '../../src/cleanup/actions/delete-bucket.js';
import type { ActionContext, CleanupTarget } from '../../src/cleanup/model.js';
import type { Inventory } from '../../src/inventory/document.js';
import type { AuditReport } from '../../src/report/schema.js';
import { accountCredentials, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';
import { startGitHubServer, type GitHubServer, type RepoState } from '../support/github-server.js';
import { ACTION_BUNDLE } from '../support/run-process.js';
import { reportOf, runScheduledAction } from '../support/scheduled-action.js';

const REGION = 'eu-west-2';

const exists = async (s3: S3Client, Bucket: string) =>
  s3.send(new HeadBucketCommand({ Bucket })).then(
    () => true,
    () => false,
  );

/** Versions, delete markers, pre-versioning objects and an incomplete upload: everything emptying must remove. */
async function fillBucket(s3: S3Client, Bucket: string): Promise<void> {
  await s3.send(new PutObjectCommand({ Bucket, Key: 'before-versioning.txt', Body: 'a' }));
  await s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Enabled' } }));
  for (const body of ['one', 'two'])
    await s3.send(new PutObjectCommand({ Bucket, Key: 'report.csv', Body: body }));
  await s3.send(new PutObjectCommand({ Bucket, Key: 'gone.txt', Body: 'x' }));
  await s3.send(new DeleteObjectCommand({ Bucket, Key: 'gone.txt' }));
  await s3.send(new CreateMultipartUploadCommand({ Bucket, Key: 'big.bin' }));
}

describe('s3.delete-bucket against moto: bind, refuse, plan, empty, delete, verify', () => {
  const account = uniqueAccountId();
  let s3: S3Client;
  let ctx: ActionContext;
  let inventory: Inventory;

  const targetFor = (resourceId: string): CleanupTarget => ({
    action: 's3.delete-bucket',
    account,
    region: REGION,
    resourceId,
    arn: `arn:aws:s3:::${resourceId}`,
    fingerprint: 'fp-e2e',
  });

  /** The read now binds exactly what the scan bound. */
  async function bound(name: string) {
    const scanned = inventory.resources.find((r) => r.type === 's3:bucket' && r.id === name);
    if (!scanned) throw new Error(`the scan did not find ${name}`);
    const live = await deleteBucket.read(ctx, targetFor(name));
    if (!live.found) throw new Error(`${name} reads as gone`);
    expect(deleteBucket.stateFromInventory(scanned)).toEqual(live.state);
    return live.state;
  }

  beforeAll(async () => {
    const credentials = await accountCredentials(account);
    s3 = new S3Client({ ...seedConfig(REGION, credentials), forcePathStyle: true });
    const unused = (): never => {
      throw new Error('not used by s3.delete-bucket');
    };
    ctx = {
      clients: { ec2: unused, rds: unused, s3: () => s3 },
      options: { snapshotBeforeDelete: true, snapshotTags: {}, waitMs: 5_000, pollMs: 100, maxObjects: 1000 },
      signal: new AbortController().signal,
      sleep: async () => {},
    };
    const create = (Bucket: string, locked = false) =>
      s3.send(
        new CreateBucketCommand({
          Bucket,
          CreateBucketConfiguration: { LocationConstraint: REGION },
          ObjectLockEnabledForBucket: locked,
        }),
      );
    for (const name of ['e2e-filled', 'e2e-grown']) {
      await create(name);
      await fillBucket(s3, name);
    }
    await create('e2e-locked', true);
    inventory = await scanForTest(credentials, { regions: [REGION], services: ['s3'] });
  }, 120_000);

  afterAll(() => {
    s3?.destroy();
  });

  it('scans without errors and counts every version, delete marker and upload', () => {
    expect(inventory.errors).toEqual([]);
    const filled = inventory.resources.find((r) => r.id === 'e2e-filled');
    // before-versioning.txt (null version), report.csv twice, gone.txt and its delete marker.
    expect(filled?.attributes).toMatchObject({ contents: { objects: 5, uploads: 1, complete: true } });
  });

  it('empties a bucket of versions, delete markers and uploads, deletes it, and reads it back gone', async () => {
    const target = targetFor('e2e-filled');
    const state = await bound('e2e-filled');
    expect(deleteBucket.refuse(state, ctx.options)).toBeNull();
    const plan = deleteBucket.plan(target, state, ctx.options);
    expect(plan.map((c) => c.api)).toEqual([
      's3:DeleteObjects',
      's3:AbortMultipartUpload',
      's3:DeleteBucket',
    ]);
    const result = await deleteBucket.execute(ctx, target, plan);
    expect(result).toMatchObject({
      outcome: 'done',
      detail: expect.stringContaining('5 versions and delete markers deleted'),
    });
    expect(await deleteBucket.read(ctx, target)).toEqual({ found: false });
    expect(await exists(s3, 'e2e-filled')).toBe(false);
  });

  it('refuses a bucket over the limit, and deletes nothing from one written after its plan', async () => {
    const target = targetFor('e2e-grown');
    const state = await bound('e2e-grown');
    expect(deleteBucket.refuse(state, { ...ctx.options, maxObjects: 4 })).toContain('more than 4');
    const plan = deleteBucket.plan(target, state, ctx.options);
    await s3.send(new PutObjectCommand({ Bucket: 'e2e-grown', Key: 'late.txt', Body: 'new' }));
    await expect(deleteBucket.execute(ctx, target, plan)).rejects.toThrow('nothing was deleted');
    const live = await deleteBucket.read(ctx, target);
    expect(live).toMatchObject({ found: true, state: { objects: 6, uploads: 1 } });
  });

  it('binds Object Lock from the scan and refuses the bucket', async () => {
    const state = await bound('e2e-locked');
    expect(state).toMatchObject({ objectLock: true, objects: 0 });
    expect(deleteBucket.refuse(state, ctx.options)).toContain('Object Lock is enabled');
  });
});

/**
 * Through the bundled Action: an empty bucket is a candidate, but deleting buckets is opt-in; named
 * in cleanup-actions, the approved bucket is deleted and the Object Lock one never offered.
 */
describe('approved bucket deletion through the Action (opt-in)', () => {
  const account = uniqueAccountId();
  const CONFIG =
    'version: 1\nthresholds:\n  emptyBucketDays: 0\nrules:\n  disable: ["*"]\n  enable: [s3.bucket-empty]\n';
  let credentials: AwsCredentialIdentity;
  let s3: S3Client;
  let github: GitHubServer;
  let repo: RepoState;
  const runs: Record<string, AuditReport> = {};
  const present: Record<string, boolean> = {};

  const runAction = async (inputs: Record<string, string>) =>
    reportOf(
      await runScheduledAction({
        github,
        repo,
        credentials,
        config: CONFIG,
        region: REGION,
        services: 's3',
        inputs,
      }),
    );
  const outcomes = (report: AuditReport) =>
    Object.fromEntries(report.cleanup.log.map((e) => [e.resourceId, `${e.outcome}: ${e.detail}`]));

  beforeAll(async () => {
    if (!existsSync(ACTION_BUNDLE)) throw new Error('dist/index.js is missing: run npm run build first');
    credentials = await accountCredentials(account);
    s3 = new S3Client({ ...seedConfig(REGION, credentials), forcePathStyle: true });
    github = await startGitHubServer();
    repo = github.state.addRepo({ owner: 'octo-org', name: 'infra' });
    repo.setRole('writer', 'write');
    for (const [Bucket, locked] of [
      ['flow-leftover', false],
      ['flow-locked', true],
    ] as const) {
      await s3.send(
        new CreateBucketCommand({
          Bucket,
          CreateBucketConfiguration: { LocationConstraint: REGION },
          ObjectLockEnabledForBucket: locked,
        }),
      );
    }
    runs.nightly = await runAction({});
    const candidate = runs.nightly.cleanup.candidates.find((c) => c.resourceId === 'flow-leftover');
    const dashboard = [...repo.issues.values()].find((issue) => !issue.pull);
    repo.addComment(dashboard?.number ?? 0, {
      user: 'writer',
      body: `/aws-audit approve ${candidate?.id ?? ''}`,
    });
    runs.notNamed = await runAction({ cleanup: 'apply', 'expected-account-id': account });
    present.afterNotNamed = await exists(s3, 'flow-leftover');
    runs.apply = await runAction({
      cleanup: 'apply',
      'expected-account-id': account,
      'cleanup-actions': 's3.delete-bucket',
    });
    present.afterApply = await exists(s3, 'flow-leftover');
  }, 600_000);

  afterAll(async () => {
    await github?.close();
    s3?.destroy();
  });

  it('sends GitHub only requests its description allows', () => {
    expect(github.violations).toEqual([]);
  });

  it('reports both empty buckets, and offers only the one without Object Lock', () => {
    const report = runs.nightly as AuditReport;
    const found = report.findings.filter((f) => f.ruleId === 's3.bucket-empty').map((f) => f.resource.id);
    expect(found.sort()).toEqual(['flow-leftover', 'flow-locked']);
    expect(report.cleanup.candidates.map((c) => [c.resourceId, c.action])).toEqual([
      ['flow-leftover', 's3.delete-bucket'],
    ]);
  });

  it('does not delete a bucket while cleanup-actions does not name s3.delete-bucket', () => {
    expect(outcomes(runs.notNamed as AuditReport)['flow-leftover']).toMatch(/^skipped: .*cleanup-actions/);
    expect(present.afterNotNamed).toBe(true);
  });

  it('deletes the approved bucket once named, and says its name is free again', () => {
    const entry = (runs.apply as AuditReport).cleanup.log.find((e) => e.resourceId === 'flow-leftover');
    expect(entry).toMatchObject({
      outcome: 'done',
      calls: ['s3:DeleteBucket Bucket=flow-leftover'],
      detail: expect.stringContaining('its name is free again'),
    });
    expect(present.afterApply).toBe(false);
  });
});
