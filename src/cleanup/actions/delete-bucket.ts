import type { Bucket, S3Client } from '@aws-sdk/client-s3';
import type { Resource } from '../../inventory/resources/index.js';
import { isoDate, tagMap } from '../../scan/normalize.js';
import { unlessGone } from '../aws-errors.js';
import type {
  ActionContext,
  BoundState,
  CleanupActionDefinition,
  CleanupTarget,
  PlannedCall,
} from '../model.js';
import { CONTENTS_PAGE, bucketRegionFromLocation } from '../../scan/collectors/s3-facts.js';
import { DELETE_BATCH, batchSizes, lastWritten, listUploads, listVersions } from './bucket-content.js';
import { targetParam, unexpectedCall, waitFor } from './common.js';

/** Loaded when the action runs: an audit binds states without loading the SDK's client. */
const sdk = () => import('@aws-sdk/client-s3');

// HeadBucket answers a bare 404, which the SDK names NotFound.
const GONE = ['NoSuchBucket', 'NotFound'];
const NAME_WARNING =
  'its name is free again: any AWS account can now create a bucket with it and receive requests still sent to it';

interface Fields {
  region: string | null;
  createdAt: string | null;
  /** Object versions and delete markers; null when not counted. */
  objects: number | null;
  uploads: number | null;
  /** The newest write (a version, delete marker or upload): a write since approval voids it. */
  lastWrittenAt: string | null;
  objectLock: boolean | null;
  versioning: string | null;
  mfaDelete: boolean | null;
}
const bound = (f: Fields): BoundState => ({ ...f });

const s3 = (ctx: ActionContext, target: CleanupTarget): S3Client => ctx.clients.s3(target.region);
const call = (ctx: ActionContext) => ({ abortSignal: ctx.signal });

/** The bucket as our account lists it: a bucket of another account by that name is not ours to touch. */
async function listed(ctx: ActionContext, target: CleanupTarget): Promise<Bucket | undefined> {
  const client = s3(ctx, target);
  let ContinuationToken: string | undefined;
  do {
    const page = await client.send(
      new (await sdk()).ListBucketsCommand({
        Prefix: target.resourceId,
        MaxBuckets: 1000,
        ContinuationToken,
      }),
      call(ctx),
    );
    const bucket = page.Buckets?.find((b) => b.Name === target.resourceId);
    if (bucket) return bucket;
    ContinuationToken = page.ContinuationToken;
  } while (ContinuationToken);
  return undefined;
}

async function regionOf(ctx: ActionContext, target: CleanupTarget, bucket: Bucket): Promise<string> {
  if (bucket.BucketRegion) return bucket.BucketRegion;
  const answer = await s3(ctx, target).send(
    new (await sdk()).GetBucketLocationCommand({
      Bucket: target.resourceId,
      ExpectedBucketOwner: target.account,
    }),
    call(ctx),
  );
  return bucketRegionFromLocation(answer.LocationConstraint);
}

/** Everything the preconditions need, read in the target's region (a bucket elsewhere is refused). */
async function readBucket(ctx: ActionContext, target: CleanupTarget, bucket: Bucket) {
  const Bucket = target.resourceId;
  const ExpectedBucketOwner = target.account;
  const client = s3(ctx, target);
  const listing = { client, bucket: Bucket, owner: ExpectedBucketOwner, signal: ctx.signal };
  // Listed as far as the scan lists, and one more: the counts compare with the approved ones exactly,
  // and the limit is judged on them afterwards.
  const upTo = CONTENTS_PAGE + 1;
  const [versioning, lock, tagging, versions, uploads] = await Promise.all([
    client.send(new (await sdk()).GetBucketVersioningCommand({ Bucket, ExpectedBucketOwner }), call(ctx)),
    unlessGone(
      client.send(
        new (await sdk()).GetObjectLockConfigurationCommand({ Bucket, ExpectedBucketOwner }),
        call(ctx),
      ),
      ['ObjectLockConfigurationNotFoundError'],
    ),
    unlessGone(
      client.send(new (await sdk()).GetBucketTaggingCommand({ Bucket, ExpectedBucketOwner }), call(ctx)),
      ['NoSuchTagSet'],
    ),
    listVersions({ ...listing, upTo }),
    listUploads({ ...listing, upTo }),
  ]);
  const status = versioning.Status;
  return {
    state: bound({
      region: target.region,
      createdAt: isoDate(bucket.CreationDate),
      objects: versions.length > CONTENTS_PAGE ? null : versions.length,
      uploads: uploads.length > CONTENTS_PAGE ? null : uploads.length,
      lastWrittenAt: lastWritten(versions, uploads),
      objectLock: lock?.ObjectLockConfiguration?.ObjectLockEnabled === 'Enabled',
      versioning: status === 'Enabled' || status === 'Suspended' ? status : 'Disabled',
      mfaDelete: versioning.MFADelete === 'Enabled',
    }),
    tags: tagMap(tagging?.TagSet),
  };
}

/** Deleted buckets answer HeadBucket with 404; anything else (ours, or now another account's) is not done. */
async function exists(ctx: ActionContext, target: CleanupTarget): Promise<boolean> {
  const head = new (await sdk()).HeadBucketCommand({
    Bucket: target.resourceId,
    ExpectedBucketOwner: target.account,
  });
  return (await unlessGone(s3(ctx, target).send(head, call(ctx)), GONE)) !== undefined;
}

/** A refusal, or null: what stops the bucket from being emptied and deleted. */
function refusal(state: BoundState, maxObjects: number): string | null {
  if (state.objectLock !== false) {
    return state.objectLock === true
      ? 'Object Lock is enabled: locked versions cannot be deleted, and retention is never bypassed'
      : 'whether Object Lock is enabled is unknown';
  }
  if (state.mfaDelete !== false) {
    return state.mfaDelete === true
      ? 'MFA delete is enabled: deleting a version needs the root user’s MFA code'
      : 'whether MFA delete is enabled is unknown';
  }
  if (typeof state.objects !== 'number' || typeof state.uploads !== 'number') {
    return 'what the bucket holds was not counted';
  }
  if (state.objects > maxObjects || state.uploads > maxObjects) {
    return `the bucket holds more than ${maxObjects} object versions, delete markers or incomplete uploads (the cleanup limit); empty it yourself or raise the limit`;
  }
  return null;
}

export const deleteBucket: CleanupActionDefinition = {
  id: 's3.delete-bucket',
  resourceType: 's3:bucket',
  permissions: [
    's3:ListAllMyBuckets',
    's3:GetBucketLocation',
    's3:GetBucketVersioning',
    's3:GetBucketObjectLockConfiguration',
    's3:GetBucketTagging',
    's3:ListBucketVersions',
    's3:ListBucketMultipartUploads',
    // HeadBucket, to read the bucket back after deleting it.
    's3:ListBucket',
    // Every key is deleted by VersionId (a version or a delete marker); never BypassGovernanceRetention.
    's3:DeleteObjectVersion',
    's3:AbortMultipartUpload',
    's3:DeleteBucket',
  ],
  goneCodes: GONE,
  errorReasons: {
    NoSuchBucket: 'the bucket no longer exists (already deleted)',
    NotFound: 'the bucket no longer exists (already deleted)',
    BucketNotEmpty: 'objects were written to the bucket while it was being emptied; it was not deleted',
    AccessDenied:
      'S3 denied the call: a missing permission of the cleanup role, a bucket policy, an Object Lock retention or legal hold, or a bucket owned by another account',
    SlowDown: 'S3 throttled the requests (retried with backoff, then given up)',
    OperationAborted: 'another operation on the bucket is in progress; retried next run',
  },

  stateFromInventory(resource: Resource): BoundState {
    if (resource.type !== 's3:bucket') throw new Error(`s3.delete-bucket cannot bind a ${resource.type}`);
    const unknown = new Set<string>(resource.unknownAttributes);
    const a = resource.attributes;
    // Counted only when one listing page held everything, as the live read counts.
    const listed = !unknown.has('contents') && a.contents.complete ? a.contents : null;
    return bound({
      region: unknown.has('region') ? null : resource.region,
      createdAt: resource.createdAt,
      objects: listed ? listed.objects : null,
      uploads: listed ? listed.uploads : null,
      lastWrittenAt: listed ? listed.lastWrittenAt : null,
      objectLock: unknown.has('objectLock') ? null : a.objectLock,
      versioning: unknown.has('versioning') ? null : a.versioning,
      mfaDelete: unknown.has('versioning') ? null : a.mfaDelete,
    });
  },

  async read(ctx, target) {
    const bucket = await listed(ctx, target);
    if (!bucket) return { found: false };
    const region = await unlessGone(regionOf(ctx, target, bucket), GONE);
    if (region === undefined) return { found: false };
    if (region !== target.region) {
      // Acting from another region's endpoint is refused by S3 anyway; say where it is instead.
      throw new Error(`bucket ${target.resourceId} is in ${region}, not the approved ${target.region}`);
    }
    const live = await unlessGone(readBucket(ctx, target, bucket), GONE);
    if (!live) return { found: false };
    // ListBuckets lists only the caller's buckets, and every call names the owner it expects.
    return { found: true, state: live.state, tags: live.tags, ownerAccount: target.account };
  },

  refuse(state, options) {
    return refusal(state, options.maxObjects);
  },

  plan(target, state): PlannedCall[] {
    const Bucket = target.resourceId;
    const batches = batchSizes(Number(state.objects ?? 0)).map((Keys): PlannedCall => ({
      api: 's3:DeleteObjects',
      params: { Bucket, Keys },
    }));
    const uploads = Number(state.uploads ?? 0);
    return [
      ...batches,
      ...(uploads > 0 ? [{ api: 's3:AbortMultipartUpload', params: { Bucket, Uploads: uploads } }] : []),
      { api: 's3:DeleteBucket', params: { Bucket } },
    ];
  },

  async execute(ctx, target, plan) {
    const Bucket = target.resourceId;
    const ExpectedBucketOwner = target.account;
    let keys = 0;
    let uploadCount = 0;
    for (const step of plan) {
      targetParam(step, 'Bucket', target);
      if (step.api === 's3:DeleteObjects') keys += Number(step.params.Keys);
      else if (step.api === 's3:AbortMultipartUpload') uploadCount += Number(step.params.Uploads);
      else if (step.api !== 's3:DeleteBucket') throw unexpectedCall(step, target);
    }
    // Re-listed now, one more than planned: anything new means the bucket changed since approval.
    const listing = {
      client: s3(ctx, target),
      bucket: Bucket,
      owner: ExpectedBucketOwner,
      signal: ctx.signal,
    };
    const [versions, uploads] = await Promise.all([
      listVersions({ ...listing, upTo: keys + 1 }),
      listUploads({ ...listing, upTo: uploadCount + 1 }),
    ]);
    if (versions.length !== keys || uploads.length !== uploadCount) {
      throw new Error(
        `bucket ${Bucket} changed since approval: it now holds ${versions.length} versions and delete markers and ${uploads.length} incomplete uploads, the plan covers ${keys} and ${uploadCount}; nothing was deleted`,
      );
    }
    let next = 0;
    for (const step of plan) {
      if (step.api === 's3:DeleteObjects') {
        const Objects = versions
          .slice(next, next + Math.min(DELETE_BATCH, Number(step.params.Keys)))
          .map(({ Key, VersionId }) => ({ Key, VersionId }));
        next += Objects.length;
        const answer = await s3(ctx, target).send(
          new (await sdk()).DeleteObjectsCommand({
            Bucket,
            ExpectedBucketOwner,
            Delete: { Objects, Quiet: true },
          }),
          call(ctx),
        );
        const [first, ...others] = answer.Errors ?? [];
        if (first) {
          throw new Error(
            `S3 did not delete ${others.length + 1} of ${Objects.length} keys (first: ${String(first.Key)} ${String(first.Code)}: ${String(first.Message)}); the bucket was not deleted`,
          );
        }
      } else if (step.api === 's3:AbortMultipartUpload') {
        for (const { Key, UploadId } of uploads) {
          await s3(ctx, target).send(
            new (await sdk()).AbortMultipartUploadCommand({ Bucket, Key, UploadId, ExpectedBucketOwner }),
            call(ctx),
          );
        }
      } else {
        await s3(ctx, target).send(
          new (await sdk()).DeleteBucketCommand({ Bucket, ExpectedBucketOwner }),
          call(ctx),
        );
      }
    }
    const still = await waitFor(
      ctx,
      () => exists(ctx, target),
      (present) => !present,
    );
    const emptied = `${keys} versions and delete markers deleted, ${uploadCount} incomplete uploads aborted`;
    return still
      ? { outcome: 'pending', detail: `${emptied}; bucket ${Bucket} still answers, re-checked next run` }
      : {
          outcome: 'done',
          detail: `${emptied}; bucket ${Bucket} deleted (read back: gone); ${NAME_WARNING}`,
        };
  },
};
