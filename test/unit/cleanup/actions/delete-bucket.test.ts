import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import {
  AbortMultipartUploadCommand,
  DeleteBucketCommand,
  DeleteObjectsCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetObjectLockConfigurationCommand,
  HeadBucketCommand,
  ListBucketsCommand,
  ListMultipartUploadsCommand,
  ListObjectVersionsCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { deleteBucket } from '../../../../src/cleanup/actions/delete-bucket.js';
import type { ActionContext, BoundState, CleanupOptions } from '../../../../src/cleanup/model.js';
import { OPTIONS, awsError, cleanupTarget } from '../../../support/cleanup.js';
import { bareBucket } from '../../../support/inventory-builder.js';

const s3 = mockClient(S3Client);
afterEach(() => {
  s3.reset();
});
afterAll(() => {
  s3.restore();
});

const NAME = 'old-exports';
const OWNER = '111122223333';
const target = cleanupTarget('s3.delete-bucket', NAME);

/** A context whose S3 client is intercepted by the mock; this action uses no other service. */
function s3Context(options: Partial<CleanupOptions> = {}): ActionContext {
  const client = new S3Client({
    region: 'eu-west-2',
    credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
  });
  const unused = (): never => {
    throw new Error('not used by s3.delete-bucket');
  };
  return {
    clients: { ec2: unused, rds: unused, s3: () => client },
    options: { ...OPTIONS, ...options },
    signal: new AbortController().signal,
    sleep: async () => {},
  };
}

const WRITTEN = new Date('2025-01-02T03:04:05.000Z');
const versions = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    Key: `k${i}`,
    VersionId: i % 2 === 0 ? `v${i}` : undefined,
    LastModified: WRITTEN,
    Size: 1,
  }));

/** A bucket in eu-west-2 holding `count` versions (every other one written while versioning was off). */
function liveBucket(count: number, uploads = 0): void {
  s3.on(ListBucketsCommand).resolves({
    Buckets: [{ Name: NAME, BucketRegion: 'eu-west-2', CreationDate: new Date('2024-01-01T00:00:00Z') }],
  });
  s3.on(GetBucketVersioningCommand).resolves({ Status: 'Suspended' });
  s3.on(GetObjectLockConfigurationCommand).rejects(awsError('ObjectLockConfigurationNotFoundError'));
  s3.on(GetBucketTaggingCommand).resolves({ TagSet: [{ Key: 'team', Value: 'data' }] });
  // Pages as S3 gives them: a truncated page names the key to go on from.
  s3.on(ListObjectVersionsCommand).callsFake((input: { MaxKeys: number; KeyMarker?: string }) => {
    const all = versions(count);
    const from = input.KeyMarker === undefined ? 0 : all.findIndex((v) => v.Key === input.KeyMarker) + 1;
    const page = all.slice(from, from + input.MaxKeys);
    const truncated = from + input.MaxKeys < all.length;
    return {
      Versions: page,
      IsTruncated: truncated,
      NextKeyMarker: truncated ? page.at(-1)?.Key : undefined,
    };
  });
  s3.on(ListMultipartUploadsCommand).resolves({
    Uploads: Array.from({ length: uploads }, (_, i) => ({
      Key: `u${i}`,
      UploadId: `up${i}`,
      Initiated: WRITTEN,
    })),
  });
}

const STATE: BoundState = {
  region: 'eu-west-2',
  createdAt: '2024-01-01T00:00:00.000Z',
  objects: 3,
  uploads: 1,
  lastWrittenAt: WRITTEN.toISOString(),
  objectLock: false,
  versioning: 'Suspended',
  mfaDelete: false,
};

describe('s3.delete-bucket: read and the state an approval binds', () => {
  it('binds the same state from the scanned inventory and from a read of the unchanged bucket', async () => {
    const scanned = bareBucket(NAME, 'eu-west-2');
    const inventoried = {
      ...scanned,
      createdAt: '2024-01-01T00:00:00.000Z',
      attributes: {
        ...scanned.attributes,
        versioning: 'Suspended' as const,
        contents: { objects: 3, uploads: 1, complete: true, lastWrittenAt: WRITTEN.toISOString(), bytes: 3 },
      },
    };
    expect(deleteBucket.stateFromInventory(inventoried)).toEqual(STATE);
    liveBucket(3, 1);
    await expect(deleteBucket.read(s3Context(), target)).resolves.toEqual({
      found: true,
      state: STATE,
      tags: { team: 'data' },
      ownerAccount: OWNER,
    });
    // Every read names the owner it expects, so a same-name bucket of another account answers 403.
    for (const call of s3.commandCalls(ListObjectVersionsCommand)) {
      expect(call.args[0].input).toMatchObject({ Bucket: NAME, ExpectedBucketOwner: OWNER });
    }
  });

  it('binds no count for a bucket the scan could not list whole, so such an approval never matches', () => {
    const scanned = bareBucket(NAME, 'eu-west-2');
    expect(deleteBucket.stateFromInventory(scanned)).toMatchObject({ objects: null, uploads: null });
    const unlisted = { ...scanned, unknownAttributes: ['contents' as const] };
    expect(deleteBucket.stateFromInventory(unlisted)).toMatchObject({ objects: null, lastWrittenAt: null });
  });

  it('counts a bucket past one listing page as uncounted, as the scan does', async () => {
    liveBucket(1001);
    const live = await deleteBucket.read(s3Context(), target);
    expect(live).toMatchObject({ found: true, state: { objects: null } });
    const listed = s3.commandCalls(ListObjectVersionsCommand).map((c) => c.args[0].input.MaxKeys);
    expect(listed).toEqual([1000, 1]);
  });

  it('fails the read on a truncated page without a marker: a partial count is never taken as whole', async () => {
    liveBucket(3);
    s3.on(ListObjectVersionsCommand).resolves({ Versions: versions(3), IsTruncated: true });
    await expect(deleteBucket.read(s3Context(), target)).rejects.toThrow('gave no marker');
  });

  it('reads a bucket our account does not list as gone, and refuses one in another region', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: `${NAME}-2`, BucketRegion: 'eu-west-2' }] });
    await expect(deleteBucket.read(s3Context(), target)).resolves.toEqual({ found: false });
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: NAME, BucketRegion: 'us-east-1' }] });
    await expect(deleteBucket.read(s3Context(), target)).rejects.toThrow(
      'bucket old-exports is in us-east-1, not the approved eu-west-2',
    );
  });
});

describe('s3.delete-bucket: refuse and plan', () => {
  it('refuses Object Lock, MFA delete, either unknown, an uncounted bucket and one over the limit', () => {
    expect(deleteBucket.refuse(STATE, OPTIONS)).toBeNull();
    const refusals = [
      [{ objectLock: true }, 'Object Lock is enabled'],
      [{ objectLock: null }, 'whether Object Lock is enabled is unknown'],
      [{ mfaDelete: true }, 'MFA delete is enabled'],
      [{ mfaDelete: null }, 'whether MFA delete is enabled is unknown'],
      [{ objects: null }, 'was not counted'],
    ] as const;
    for (const [change, reason] of refusals) {
      expect(deleteBucket.refuse({ ...STATE, ...change }, OPTIONS)).toContain(reason);
    }
    expect(deleteBucket.refuse(STATE, { ...OPTIONS, maxObjects: 2 })).toContain(
      'more than 2 object versions',
    );
    expect(
      deleteBucket.refuse({ ...STATE, objects: 0, uploads: 0 }, { ...OPTIONS, maxObjects: 0 }),
    ).toBeNull();
  });

  it('plans DeleteObjects in batches of 1,000, aborts uploads, then deletes the bucket', () => {
    const plan = deleteBucket.plan(target, { ...STATE, objects: 2500, uploads: 2 }, OPTIONS);
    expect(plan).toEqual([
      { api: 's3:DeleteObjects', params: { Bucket: NAME, Keys: 1000 } },
      { api: 's3:DeleteObjects', params: { Bucket: NAME, Keys: 1000 } },
      { api: 's3:DeleteObjects', params: { Bucket: NAME, Keys: 500 } },
      { api: 's3:AbortMultipartUpload', params: { Bucket: NAME, Uploads: 2 } },
      { api: 's3:DeleteBucket', params: { Bucket: NAME } },
    ]);
    expect(deleteBucket.plan(target, { ...STATE, objects: 0, uploads: 0 }, OPTIONS)).toEqual([
      { api: 's3:DeleteBucket', params: { Bucket: NAME } },
    ]);
  });
});

describe('s3.delete-bucket: execute', () => {
  const plan = deleteBucket.plan(target, STATE, OPTIONS);

  it('deletes every version by id (null for pre-versioning objects), aborts uploads, deletes, reads back gone', async () => {
    liveBucket(3, 1);
    s3.on(DeleteObjectsCommand).resolves({});
    s3.on(HeadBucketCommand).rejects(
      Object.assign(awsError('NotFound'), { $metadata: { httpStatusCode: 404 } }),
    );
    await expect(deleteBucket.execute(s3Context(), target, plan)).resolves.toMatchObject({
      outcome: 'done',
      detail: expect.stringContaining('3 versions and delete markers deleted, 1 incomplete uploads aborted'),
    });
    const deleted = s3.commandCalls(DeleteObjectsCommand).map((c) => c.args[0].input);
    expect(deleted).toEqual([
      {
        Bucket: NAME,
        ExpectedBucketOwner: OWNER,
        Delete: {
          Objects: [
            { Key: 'k0', VersionId: 'v0' },
            { Key: 'k1', VersionId: 'null' },
            { Key: 'k2', VersionId: 'v2' },
          ],
          Quiet: true,
        },
      },
    ]);
    expect(s3.commandCalls(AbortMultipartUploadCommand)[0]?.args[0].input).toEqual({
      Bucket: NAME,
      Key: 'u0',
      UploadId: 'up0',
      ExpectedBucketOwner: OWNER,
    });
    expect(s3.commandCalls(DeleteBucketCommand)[0]?.args[0].input).toEqual({
      Bucket: NAME,
      ExpectedBucketOwner: OWNER,
    });
  });

  it('deletes nothing when the bucket gained an entry since the plan', async () => {
    liveBucket(4, 1);
    await expect(deleteBucket.execute(s3Context(), target, plan)).rejects.toThrow(
      'now holds 4 versions and delete markers and 1 incomplete uploads, the plan covers 3 and 1; nothing was deleted',
    );
    expect(s3.commandCalls(DeleteObjectsCommand)).toHaveLength(0);
    expect(s3.commandCalls(DeleteBucketCommand)).toHaveLength(0);
  });

  it('stops before deleting the bucket when S3 refuses any key', async () => {
    liveBucket(3, 1);
    s3.on(DeleteObjectsCommand).resolves({
      Errors: [{ Key: 'k1', Code: 'AccessDenied', Message: 'Access Denied' }],
    });
    await expect(deleteBucket.execute(s3Context(), target, plan)).rejects.toThrow(
      'S3 did not delete 1 of 3 keys (first: k1 AccessDenied: Access Denied); the bucket was not deleted',
    );
    expect(s3.commandCalls(DeleteBucketCommand)).toHaveLength(0);
  });

  it('is pending, not done, while the bucket still answers after the wait', async () => {
    liveBucket(3, 1);
    s3.on(DeleteObjectsCommand).resolves({});
    s3.on(HeadBucketCommand).resolves({});
    await expect(deleteBucket.execute(s3Context(), target, plan)).resolves.toMatchObject({
      outcome: 'pending',
    });
  });

  it('refuses a plan for another bucket or with a call it does not make', async () => {
    const other = [{ api: 's3:DeleteBucket', params: { Bucket: 'someone-else' } }];
    await expect(deleteBucket.execute(s3Context(), target, other)).rejects.toThrow();
    const stray = [{ api: 's3:PutBucketPolicy', params: { Bucket: NAME } }];
    await expect(deleteBucket.execute(s3Context(), target, stray)).rejects.toThrow();
    expect(s3.calls()).toHaveLength(0);
  });
});
