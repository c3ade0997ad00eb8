import type { ObjectIdentifier, S3Client } from '@aws-sdk/client-s3';
import { latestIso } from '../../scan/normalize.js';

/** Loaded when the action runs: an audit binds states without loading the SDK's client. */
const sdk = () => import('@aws-sdk/client-s3');

/** DeleteObjects takes at most 1,000 keys a request. */
export const DELETE_BATCH = 1000;

export interface Upload {
  Key: string;
  UploadId: string;
  initiated: number | null;
}

/** A version or delete marker, as DeleteObjects names it, with when it was written. */
export interface Entry extends ObjectIdentifier {
  lastModified: number | null;
}

interface Listing {
  client: S3Client;
  bucket: string;
  /** The bucket's owner: S3 answers 403 instead of acting on a bucket of another account. */
  owner: string;
  /** Stop once this many are listed: a count past the limit is all a refusal needs. */
  upTo: number;
  signal: AbortSignal;
}

/** Whether a listing goes on; a truncated page without a marker is a partial answer, never the end. */
function continues(page: { IsTruncated?: boolean; NextKeyMarker?: string }, call: string): boolean {
  if (page.IsTruncated !== true) return false;
  if (page.NextKeyMarker === undefined) {
    throw new Error(`${call} said there is more but gave no marker to go on: the count is unknown`);
  }
  return true;
}

/**
 * Every object version and delete marker, each with its VersionId (`null` is the version id S3 gives
 * an object written while versioning was off), until `upTo` are listed.
 */
export async function listVersions(listing: Listing): Promise<Entry[]> {
  const { client, bucket, owner, upTo, signal } = listing;
  const found: Entry[] = [];
  let KeyMarker: string | undefined;
  let VersionIdMarker: string | undefined;
  do {
    const page = await client.send(
      new (await sdk()).ListObjectVersionsCommand({
        Bucket: bucket,
        ExpectedBucketOwner: owner,
        MaxKeys: Math.min(DELETE_BATCH, upTo - found.length),
        ...(KeyMarker === undefined ? {} : { KeyMarker }),
        ...(VersionIdMarker === undefined ? {} : { VersionIdMarker }),
      }),
      { abortSignal: signal },
    );
    for (const entry of [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])]) {
      if (entry.Key !== undefined) {
        const lastModified = entry.LastModified?.getTime() ?? null;
        found.push({ Key: entry.Key, VersionId: entry.VersionId ?? 'null', lastModified });
      }
    }
    const more = continues(page, 'ListObjectVersions');
    KeyMarker = more ? page.NextKeyMarker : undefined;
    VersionIdMarker = more ? page.NextVersionIdMarker : undefined;
  } while (KeyMarker !== undefined && found.length < upTo);
  return found.slice(0, upTo);
}

/** Incomplete multipart uploads (billed, and invisible to ListObjectVersions), until `upTo` are listed. */
export async function listUploads(listing: Listing): Promise<Upload[]> {
  const { client, bucket, owner, upTo, signal } = listing;
  const found: Upload[] = [];
  let KeyMarker: string | undefined;
  let UploadIdMarker: string | undefined;
  do {
    const page = await client.send(
      new (await sdk()).ListMultipartUploadsCommand({
        Bucket: bucket,
        ExpectedBucketOwner: owner,
        MaxUploads: Math.min(DELETE_BATCH, upTo - found.length),
        ...(KeyMarker === undefined ? {} : { KeyMarker }),
        ...(UploadIdMarker === undefined ? {} : { UploadIdMarker }),
      }),
      { abortSignal: signal },
    );
    for (const upload of page.Uploads ?? []) {
      if (upload.Key !== undefined && upload.UploadId !== undefined) {
        found.push({
          Key: upload.Key,
          UploadId: upload.UploadId,
          initiated: upload.Initiated?.getTime() ?? null,
        });
      }
    }
    const more = continues(page, 'ListMultipartUploads');
    KeyMarker = more ? page.NextKeyMarker : undefined;
    UploadIdMarker = more ? page.NextUploadIdMarker : undefined;
  } while (KeyMarker !== undefined && found.length < upTo);
  return found.slice(0, upTo);
}

/** Sizes of the DeleteObjects batches for `count` entries: 1,000 each, the rest last. */
export function batchSizes(count: number): number[] {
  const sizes: number[] = [];
  for (let left = count; left > 0; left -= DELETE_BATCH) sizes.push(Math.min(DELETE_BATCH, left));
  return sizes;
}

/** The newest write among listed entries and uploads, as the scan records it; null when none. */
export const lastWritten = (entries: readonly Entry[], uploads: readonly Upload[]): string | null =>
  latestIso([...entries.map((e) => e.lastModified), ...uploads.map((u) => u.initiated)]);
