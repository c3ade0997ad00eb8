import {
  GetAccessPointCommand,
  S3ControlClient,
  paginateListAccessPoints,
  type AccessPoint,
} from '@aws-sdk/client-s3-control';
import type { Collector, CollectorContext } from '../collector.js';
import { isoDate, makeResource, text } from '../normalize.js';
import { publicAccessBlock } from './s3.js';

const permissions = {
  ListAccessPoints: 's3:ListAccessPoints',
  GetAccessPoint: 's3:GetAccessPoint',
} as const;
type Operation = keyof typeof permissions;
type Context = CollectorContext<Operation>;

/** The region in an access point ARN (`arn:aws:s3:eu-west-2:111122223333:accesspoint/name`). */
const arnRegion = (arn: string | undefined) => arn?.split(':')[3];

/**
 * One access point: its block public access settings come only from GetAccessPoint (the listing
 * lacks them). A failed read leaves them unknown, never taken for "off".
 */
async function collectAccessPoint(ctx: Context, control: S3ControlClient, point: AccessPoint): Promise<void> {
  const Name = point.Name;
  if (!Name || !point.Bucket) return;
  const details = await ctx.read(
    'GetAccessPoint',
    () => control.send(new GetAccessPointCommand({ AccountId: ctx.account, Name })),
    { resourceId: Name },
  );
  const block = details?.PublicAccessBlockConfiguration;
  ctx.emit(
    makeResource(
      's3:access-point',
      {
        arn:
          text(point.AccessPointArn) ??
          `arn:${ctx.partition}:s3:${ctx.region}:${ctx.account}:accesspoint/${Name}`,
        id: Name,
        name: Name,
        account: ctx.account,
        region: ctx.scopeRegion,
        createdAt: isoDate(details?.CreationDate),
      },
      {
        bucket: point.Bucket,
        bucketAccountId: text(point.BucketAccountId),
        networkOrigin: point.NetworkOrigin ?? 'unknown',
        publicAccessBlock: block ? publicAccessBlock(block) : null,
      },
      details === undefined ? ['publicAccessBlock'] : [],
    ),
  );
}

/**
 * S3 access points are regional (S3 Control answers for its own region): one ListAccessPoints per
 * region (1,000 a page), and one GetAccessPoint per access point. Part of the `s3` service, but a
 * collector of its own since the bucket collector is global.
 */
export const s3AccessPointsCollector: Collector<Operation> = {
  service: 's3',
  scope: 'regional',
  permissions,
  resourceTypes: ['s3:access-point'],
  async collect(ctx) {
    const control = ctx.client(S3ControlClient);
    const listed = await ctx.list(
      'ListAccessPoints',
      's3:access-point',
      paginateListAccessPoints({ client: control, pageSize: 1000 }, { AccountId: ctx.account }),
      (page) => page.AccessPointList,
    );
    // AWS answers with its own region's access points only; one from another region (an emulator
    // answering for all) is that region's to record.
    const here = listed.filter((p) => (arnRegion(p.AccessPointArn) ?? ctx.region) === ctx.region);
    await ctx.each(here, (point) => collectAccessPoint(ctx, control, point));
  },
};
