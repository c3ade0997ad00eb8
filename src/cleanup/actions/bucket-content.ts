import {
  ListMultipartUploadsCommand,
  ListObjectVersionsCommand,
  type ObjectIdentifier,
  type S3Client,
} from '@aws-sdk/client-s3';

/** DeleteObjects takes at most 1,000 keys a request. */
export const DELETE_BATCH = 1000;

export interface Upload {
  Key: string;
  UploadId: string;
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

/**
 * Every object version and delete marker, each with its VersionId (`null` is the version id S3 gives
 * an object written while versioning was off), until `upTo` are listed.
 */
export async function listVersions(listing: Listing): Promise<ObjectIdentifier[]> {
  const { client, bucket, owner, upTo, signal } = listing;
  const found: ObjectIdentifier[] = [];
  let KeyMarker: string | undefined;
  let VersionIdMarker: string | undefined;
  do {
    const page = await client.send(
      new ListObjectVersionsCommand({
        Bucket: bucket,
        ExpectedBucketOwner: owner,
        MaxKeys: Math.min(DELETE_BATCH, upTo - found.length),
        ...(KeyMarker === undefined ? {} : { KeyMarker }),
        ...(VersionIdMarker === undefined ? {} : { VersionIdMarker }),
      }),
      { abortSignal: signal },
    );
    for (const entry of [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])]) {
      if (entry.Key !== undefined) found.push({ Key: entry.Key, VersionId: entry.VersionId ?? 'null' });
    }
    const more = page.IsTruncated === true && page.NextKeyMarker !== undefined;
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
      new ListMultipartUploadsCommand({
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
        found.push({ Key: upload.Key, UploadId: upload.UploadId });
      }
    }
    const more = page.IsTruncated === true && page.NextKeyMarker !== undefined;
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
