import { errorMessage } from '../../shared/errors.js';
import type { AttributesOf, UnknownAttribute } from '../../inventory/resources/index.js';
import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetObjectLockConfigurationCommand,
  GetPublicAccessBlockCommand,
  ListMultipartUploadsCommand,
  ListObjectVersionsCommand,
  S3Client,
  paginateListBuckets,
  type Bucket,
  type LifecycleRule,
  type ListMultipartUploadsCommandOutput,
  type ListObjectVersionsCommandOutput,
  type PublicAccessBlockConfiguration,
} from '@aws-sdk/client-s3';
import {
  GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand,
  S3ControlClient,
  paginateListMultiRegionAccessPoints,
} from '@aws-sdk/client-s3-control';
import type { Collector, CollectorContext } from '../collector.js';
import { isoDate, latestIso, makeResource, tagMap, text } from '../normalize.js';
import { deniesInsecureTransport, parsePolicyDocument, publicStatements } from '../../policy/index.js';
import { CONTENTS_PAGE, bucketRegionFromLocation } from './s3-facts.js';
import { NO_LISTING, listingPays, tagsByArn, tagsOf, type TagsByArn } from './tagging.js';

const permissions = {
  ListBuckets: 's3:ListAllMyBuckets',
  GetBucketLocation: 's3:GetBucketLocation',
  GetBucketEncryption: 's3:GetEncryptionConfiguration',
  GetBucketVersioning: 's3:GetBucketVersioning',
  GetPublicAccessBlock: 's3:GetBucketPublicAccessBlock',
  GetBucketPolicy: 's3:GetBucketPolicy',
  GetBucketAcl: 's3:GetBucketAcl',
  GetBucketOwnershipControls: 's3:GetBucketOwnershipControls',
  GetBucketLifecycleConfiguration: 's3:GetLifecycleConfiguration',
  GetBucketLogging: 's3:GetBucketLogging',
  // Tags come from GetResources listings in the buckets' regions (see bucketTagListings);
  // GetBucketTagging for the buckets those do not cover.
  GetResources: 'tag:GetResources',
  GetBucketTagging: 's3:GetBucketTagging',
  ListObjectVersions: 's3:ListBucketVersions',
  ListMultipartUploads: 's3:ListBucketMultipartUploads',
  GetObjectLockConfiguration: 's3:GetBucketObjectLockConfiguration',
  GetAccountPublicAccessBlock: 's3:GetAccountPublicAccessBlock',
  ListMultiRegionAccessPoints: 's3:ListMultiRegionAccessPoints',
} as const;
type Operation = keyof typeof permissions;
type Context = CollectorContext<Operation>;

const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
const AUTHENTICATED_USERS = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';
const NO_PUBLIC_ACCESS_BLOCK = ['NoSuchPublicAccessBlockConfiguration'];

export function publicAccessBlock(config: PublicAccessBlockConfiguration | undefined) {
  return {
    blockPublicAcls: config?.BlockPublicAcls ?? false,
    ignorePublicAcls: config?.IgnorePublicAcls ?? false,
    blockPublicPolicy: config?.BlockPublicPolicy ?? false,
    restrictPublicBuckets: config?.RestrictPublicBuckets ?? false,
  };
}

async function bucketRegion(
  ctx: Context,
  s3: S3Client,
  bucket: Bucket & { Name: string },
): Promise<string | undefined> {
  if (bucket.BucketRegion) return bucket.BucketRegion;
  const location = await ctx.read(
    'GetBucketLocation',
    () => s3.send(new GetBucketLocationCommand({ Bucket: bucket.Name })),
    {
      resourceId: bucket.Name,
    },
  );
  return location === undefined ? undefined : bucketRegionFromLocation(location?.LocationConstraint);
}

/**
 * The regions of buckets ListBuckets named without one (AWS names every bucket's BucketRegion; an
 * emulator such as moto may not), from ListBuckets filtered by BucketRegion in each region the scan
 * covers, asked at that region's endpoint as S3 requires. Only when that is fewer calls than one
 * GetBucketLocation per such bucket, which stays the answer for any bucket these listings miss (a
 * region outside the scan, a listing that failed: nothing is lost, so a failure is not recorded).
 * An endpoint that ignores the filter names a bucket in two regions: then none of it is used.
 */
async function regionsFromRegionalListings(
  ctx: Context,
  buckets: readonly (Bucket & { Name: string })[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const unplaced = buckets.filter((b) => !b.BucketRegion).length;
  if (unplaced <= ctx.regions.length) return found;
  const listings = await Promise.all(
    ctx.regions.map((region) =>
      ctx.branch(async () => {
        const names: string[] = [];
        try {
          const pages = paginateListBuckets(
            { client: ctx.client(S3Client, region), pageSize: 1000 },
            { BucketRegion: region },
          );
          for await (const page of pages) for (const b of page.Buckets ?? []) if (b.Name) names.push(b.Name);
        } catch {
          // Its buckets are asked one by one (GetBucketLocation), as without these listings.
        }
        return { region, names };
      }),
    ),
  );
  for (const { region, names } of listings) {
    for (const name of names) {
      if (found.has(name)) return new Map();
      found.set(name, region);
    }
  }
  return found;
}

/** Each listed region's bucket tags (GetResources), by region. */
type TagListings = ReadonlyMap<string, Promise<TagsByArn | undefined>>;

/**
 * Bucket tags from GetResources, one listing per region, asked at that region. AWS names a bucket
 * in its own region's listing only (moto names every bucket in every region's), so a bucket's tags
 * are taken from its own region's listing and no other. A scanned region is listed when it holds
 * at least two of the buckets whose region is known by now, as that saves calls (see listingPays);
 * every other bucket (in no listed region, or whose region's listing failed) asks GetBucketTagging.
 */
function bucketTagListings(ctx: Context, buckets: readonly Bucket[]): TagListings {
  const counts = new Map<string, number>();
  for (const { BucketRegion: region } of buckets)
    if (region && ctx.regions.includes(region)) counts.set(region, (counts.get(region) ?? 0) + 1);
  return new Map(
    [...counts]
      .filter(([, count]) => listingPays(count))
      .map(([region]) => [region, tagsByArn(ctx, region, 's3:bucket')]),
  );
}

/** Whether a lifecycle rule applies to every object: no filter, or one with an empty prefix only. */
function coversWholeBucket(rule: LifecycleRule): boolean {
  if (rule.Prefix !== undefined && rule.Prefix !== '') return false;
  const filter = rule.Filter;
  if (!filter) return true;
  const scoped =
    (filter.Prefix !== undefined && filter.Prefix !== '') ||
    filter.Tag !== undefined ||
    filter.And !== undefined ||
    filter.ObjectSizeGreaterThan !== undefined ||
    filter.ObjectSizeLessThan !== undefined;
  return !scoped;
}

/** The fewest days after which an enabled whole-bucket rule aborts incomplete uploads, or null. */
function abortDays(rules: readonly LifecycleRule[]): number | null {
  const days = rules
    .filter((rule) => rule.Status === 'Enabled' && coversWholeBucket(rule))
    .flatMap((rule) => {
      const after = rule.AbortIncompleteMultipartUpload?.DaysAfterInitiation;
      return after === undefined ? [] : [after];
    });
  return days.length > 0 ? Math.min(...days) : null;
}

/** The `contents` attribute from one page of each listing (nulls when either was not read). */
export function bucketContents(
  versions: ListObjectVersionsCommandOutput | null,
  uploads: ListMultipartUploadsCommandOutput | null,
): AttributesOf<'s3:bucket'>['contents'] {
  if (!versions || !uploads)
    return { objects: 0, uploads: 0, complete: false, lastWrittenAt: null, bytes: 0 };
  const kept = [...(versions.Versions ?? []), ...(versions.DeleteMarkers ?? [])];
  const started = uploads.Uploads ?? [];
  return {
    objects: kept.length,
    uploads: started.length,
    complete: versions.IsTruncated !== true && uploads.IsTruncated !== true,
    lastWrittenAt: latestIso([...kept.map((e) => e.LastModified), ...started.map((u) => u.Initiated)]),
    bytes: (versions.Versions ?? []).reduce((sum, version) => sum + (version.Size ?? 0), 0),
  };
}

async function collectBucket(
  ctx: Context,
  home: S3Client,
  tagListings: TagListings,
  bucket: Bucket & { Name: string },
): Promise<void> {
  const Bucket = bucket.Name;
  const arn = `arn:${ctx.partition}:s3:::${Bucket}`;
  const located = await bucketRegion(ctx, home, bucket);
  // With the region unknown, ask the home region: the client follows S3's region redirects.
  const region = located ?? ctx.region;
  const s3 = ctx.client(S3Client, region);
  const read = <T>(operation: Operation, call: () => Promise<T>, absentWhen: string[] = []) =>
    ctx.branch(() => ctx.read(operation, call, { absentWhen, resourceId: Bucket }));

  const versioningRead = read('GetBucketVersioning', () =>
    s3.send(new GetBucketVersioningCommand({ Bucket })),
  );
  // Object Lock needs versioning on, and keeps it on: a bucket never versioned, or with versioning
  // suspended, has no Object Lock, and costs no call to say so.
  const lockRead = versioningRead.then((answer) =>
    answer !== undefined && answer?.Status !== 'Enabled'
      ? null
      : read('GetObjectLockConfiguration', () => s3.send(new GetObjectLockConfigurationCommand({ Bucket })), [
          'ObjectLockConfigurationNotFoundError',
        ]),
  );
  const [
    [encryption, versioning, block, policy, acl, ownership, lifecycle, logging, tags],
    [versions, uploads, lock],
  ] = await Promise.all([
    Promise.all([
      read('GetBucketEncryption', () => s3.send(new GetBucketEncryptionCommand({ Bucket })), [
        'ServerSideEncryptionConfigurationNotFoundError',
      ]),
      versioningRead,
      read(
        'GetPublicAccessBlock',
        () => s3.send(new GetPublicAccessBlockCommand({ Bucket })),
        NO_PUBLIC_ACCESS_BLOCK,
      ),
      read('GetBucketPolicy', () => s3.send(new GetBucketPolicyCommand({ Bucket })), ['NoSuchBucketPolicy']),
      read('GetBucketAcl', () => s3.send(new GetBucketAclCommand({ Bucket }))),
      read('GetBucketOwnershipControls', () => s3.send(new GetBucketOwnershipControlsCommand({ Bucket })), [
        'OwnershipControlsNotFoundError',
      ]),
      read(
        'GetBucketLifecycleConfiguration',
        () => s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket })),
        ['NoSuchLifecycleConfiguration'],
      ),
      read('GetBucketLogging', () => s3.send(new GetBucketLoggingCommand({ Bucket }))),
      // Only a bucket whose region is known can be looked up in that region's listing.
      ctx.branch(() =>
        tagsOf(
          (located === undefined ? undefined : tagListings.get(located)) ?? NO_LISTING,
          arn,
          async () => {
            const tagging = await ctx.read(
              'GetBucketTagging',
              () => s3.send(new GetBucketTaggingCommand({ Bucket })),
              { absentWhen: ['NoSuchTagSet'], resourceId: Bucket },
            );
            return tagging === undefined ? undefined : tagMap(tagging?.TagSet);
          },
        ),
      ),
    ]),
    // One page of each, the same one call as asking for a single entry: small buckets are counted
    // and dated exactly, larger ones are known to be larger and never judged unused.
    Promise.all([
      read('ListObjectVersions', () =>
        s3.send(new ListObjectVersionsCommand({ Bucket, MaxKeys: CONTENTS_PAGE })),
      ),
      read('ListMultipartUploads', () =>
        s3.send(new ListMultipartUploadsCommand({ Bucket, MaxUploads: CONTENTS_PAGE })),
      ),
      lockRead,
    ]),
  ]);

  const unknown: UnknownAttribute<'s3:bucket'>[] = [];
  const known = <T>(value: T | null | undefined, attribute: UnknownAttribute<'s3:bucket'>): T | null => {
    if (value === undefined) unknown.push(attribute);
    return value ?? null;
  };

  const encryptionRule = known(encryption, 'encryption')?.ServerSideEncryptionConfiguration?.Rules?.[0];
  const defaultEncryption = encryptionRule?.ApplyServerSideEncryptionByDefault;

  let policyAttribute = null;
  const policyText = known(policy, 'policy')?.Policy;
  if (policyText) {
    try {
      const document = parsePolicyDocument(policyText);
      policyAttribute = {
        document,
        publicStatements: publicStatements(document),
        deniesInsecureTransport: deniesInsecureTransport(document, 's3'),
      };
    } catch (error) {
      ctx.recordProblem('GetBucketPolicy', 'UnreadablePolicy', errorMessage(error), Bucket);
      unknown.push('policy');
    }
  }

  const grants = known(acl, 'aclPublicGrants')?.Grants ?? [];
  const aclPublicGrants = grants.flatMap((grant) => {
    const uri = grant.Grantee?.URI;
    const grantee =
      uri === ALL_USERS ? 'AllUsers' : uri === AUTHENTICATED_USERS ? 'AuthenticatedUsers' : null;
    return grantee ? [{ grantee, permission: grant.Permission ?? 'UNKNOWN' } as const] : [];
  });

  const lifecycleRules = known(lifecycle, 'lifecycle')?.Rules ?? [];
  const versioningAnswer = known(versioning, 'versioning');
  const loggingTarget = text(known(logging, 'logging')?.LoggingEnabled?.TargetBucket);
  if (located === undefined) unknown.push('region');
  const listed = versions === undefined || uploads === undefined ? undefined : { versions, uploads };
  const listing = known(listed, 'contents');
  const objectLock = known(lock, 'objectLock');

  ctx.emit(
    makeResource(
      's3:bucket',
      {
        arn,
        id: Bucket,
        name: Bucket,
        account: ctx.account,
        region,
        tags: known(tags, 'tags') ?? {},
        createdAt: isoDate(bucket.CreationDate),
      },
      {
        encryption: defaultEncryption?.SSEAlgorithm
          ? {
              algorithm: defaultEncryption.SSEAlgorithm,
              kmsKeyId: text(defaultEncryption.KMSMasterKeyID),
              bucketKeyEnabled: encryptionRule?.BucketKeyEnabled ?? false,
            }
          : null,
        versioning:
          versioningAnswer?.Status === 'Enabled' || versioningAnswer?.Status === 'Suspended'
            ? versioningAnswer.Status
            : 'Disabled',
        mfaDelete: versioningAnswer?.MFADelete === 'Enabled',
        contents: bucketContents(listing?.versions ?? null, listing?.uploads ?? null),
        objectLock: objectLock?.ObjectLockConfiguration?.ObjectLockEnabled === 'Enabled',
        publicAccessBlock:
          block === undefined || block === null
            ? null
            : publicAccessBlock(block.PublicAccessBlockConfiguration),
        policy: policyAttribute,
        aclPublicGrants,
        objectOwnership: text(
          known(ownership, 'objectOwnership')?.OwnershipControls?.Rules?.[0]?.ObjectOwnership,
        ),
        lifecycle: {
          ruleCount: lifecycleRules.length,
          enabledRuleCount: lifecycleRules.filter((rule) => rule.Status === 'Enabled').length,
          abortIncompleteUploadsDays: abortDays(lifecycleRules),
        },
        logging: { enabled: loggingTarget !== null, targetBucket: loggingTarget },
      },
      [...unknown, ...(block === undefined ? (['publicAccessBlock'] as const) : [])],
    ),
  );
}

async function collectAccountSettings(ctx: Context): Promise<void> {
  const control = ctx.client(S3ControlClient);
  const block = await ctx.read(
    'GetAccountPublicAccessBlock',
    () => control.send(new GetAccountPublicAccessBlockCommand({ AccountId: ctx.account })),
    { absentWhen: NO_PUBLIC_ACCESS_BLOCK },
  );
  ctx.emit(
    makeResource(
      's3:account-settings',
      {
        arn: `arn:${ctx.partition}:s3::${ctx.account}:account-settings`,
        id: ctx.account,
        name: null,
        account: ctx.account,
        region: 'global',
      },
      { publicAccessBlock: block ? publicAccessBlock(block.PublicAccessBlockConfiguration) : null },
      block === undefined ? ['publicAccessBlock'] : [],
    ),
  );
}

/** Multi-Region Access Points are managed in us-west-2 only, and exist in the aws partition only. */
const MRAP_REGION = 'us-west-2';

/** One ListMultiRegionAccessPoints (100 a page): each report carries its block public access settings. */
async function collectMultiRegionAccessPoints(ctx: Context): Promise<void> {
  if (ctx.partition !== 'aws') return;
  const control = ctx.client(S3ControlClient, MRAP_REGION);
  const points = await ctx.list(
    'ListMultiRegionAccessPoints',
    's3:multi-region-access-point',
    paginateListMultiRegionAccessPoints({ client: control, pageSize: 100 }, { AccountId: ctx.account }),
    (page) => page.AccessPoints,
  );
  for (const point of points) {
    if (!point.Name) continue;
    ctx.emit(
      makeResource(
        's3:multi-region-access-point',
        {
          arn: `arn:${ctx.partition}:s3::${ctx.account}:accesspoint/${point.Alias ?? point.Name}`,
          id: point.Name,
          name: point.Name,
          account: ctx.account,
          region: 'global',
          createdAt: isoDate(point.CreatedAt),
        },
        {
          alias: text(point.Alias),
          status: text(point.Status),
          publicAccessBlock: point.PublicAccessBlock ? publicAccessBlock(point.PublicAccessBlock) : null,
          buckets: (point.Regions ?? []).flatMap((r) =>
            r.Bucket ? [{ bucket: r.Bucket, region: text(r.Region) }] : [],
          ),
        },
      ),
    );
  }
}

export const s3Collector: Collector<Operation> = {
  service: 's3',
  scope: 'global',
  permissions,
  resourceTypes: ['s3:bucket', 's3:account-settings', 's3:multi-region-access-point'],
  // Ten to twelve calls per bucket (GetObjectLockConfiguration where versioning is on,
  // GetBucketTagging where its region's tags are not listed): keep room in the pool for the others.
  maxConcurrency: 12,
  async collect(ctx) {
    const home = ctx.client(S3Client);
    await Promise.all([
      ctx.step(['s3:bucket'], async () => {
        const buckets = await ctx.list(
          'ListBuckets',
          's3:bucket',
          paginateListBuckets({ client: home, pageSize: 1000 }, {}),
          (page) => page.Buckets,
        );
        const named = buckets.filter((b): b is Bucket & { Name: string } => Boolean(b.Name));
        const placed = await regionsFromRegionalListings(ctx, named);
        const located = named.map((bucket) => ({
          ...bucket,
          BucketRegion: bucket.BucketRegion ?? placed.get(bucket.Name),
        }));
        const tagListings = bucketTagListings(ctx, located);
        await ctx.each(located, (bucket) => collectBucket(ctx, home, tagListings, bucket));
      }),
      ctx.step(['s3:account-settings'], () => collectAccountSettings(ctx)),
      ctx.step(['s3:multi-region-access-point'], () => collectMultiRegionAccessPoints(ctx)),
    ]);
  },
};
