import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetTrailStatusCommand,
  paginateListTrails,
  type GetTrailStatusCommandOutput,
  type Trail,
} from '@aws-sdk/client-cloudtrail';
import type { AttributesOf } from '../../inventory/resources/index.js';
import type { Collector } from '../collector.js';
import { makeResource, text } from '../normalize.js';

const permissions = {
  DescribeTrails: 'cloudtrail:DescribeTrails',
  ListTrails: 'cloudtrail:ListTrails',
  GetTrailStatus: 'cloudtrail:GetTrailStatus',
} as const;
type Operation = keyof typeof permissions;
type Attributes = AttributesOf<'cloudtrail:trail'>;

/** What is known of a trail before its status is read: its details, or only ListTrails' name. */
interface TrailEntry {
  arn: string;
  name: string | null;
  homeRegion: string;
  details?: Trail;
}

/** Attributes only DescribeTrails answers (for a trail it could not describe, all unknown). */
const DETAIL_ATTRIBUTES = [
  'isOrganizationTrail',
  'includeGlobalServiceEvents',
  's3BucketName',
  'kmsKeyId',
  'logFileValidation',
  'cloudWatchLogsLogGroupArn',
] as const;

function groupByRegion(entries: readonly TrailEntry[]): [string, TrailEntry[]][] {
  const groups = new Map<string, TrailEntry[]>();
  for (const entry of entries) groups.set(entry.homeRegion, [...(groups.get(entry.homeRegion) ?? []), entry]);
  return [...groups.entries()];
}

/**
 * Trails belong to the account, but every region's DescribeTrails also answers with the trails
 * that merely apply there ("shadow" trails: multi-region trails of other regions, and organization
 * trails in member accounts). So the collector is global and reads, in the partition's home region:
 *
 * - DescribeTrails with shadow trails: every multi-region trail (each one covers the home region,
 *   which cannot be disabled), every organization trail that applies to the account, and the home
 *   region's own single-region trails, with their settings;
 * - ListTrails beside it: the name, ARN and home region of the account's trails. The trails it names
 *   that the first answer lacks are single-region trails of other regions, described in their home
 *   region (one DescribeTrails per such region). moto answers ListTrails like DescribeTrails (the
 *   home region's trails only), so the unit tests cover this path with AWS's answer.
 *
 * Each trail is recorded once, under its home region (deduplicated by ARN), and its status is read
 * with GetTrailStatus in its home region.
 */
export const cloudtrailCollector: Collector<Operation> = {
  service: 'cloudtrail',
  scope: 'global',
  permissions,
  resourceTypes: ['cloudtrail:trail'],
  async collect(ctx) {
    const home = ctx.client(CloudTrailClient);
    let homeDescribed = false;
    const [described, listed] = await Promise.all([
      ctx.branch(() =>
        ctx.list(
          'DescribeTrails',
          'cloudtrail:trail',
          async () => {
            const answer = await home.send(new DescribeTrailsCommand({ includeShadowTrails: true }));
            homeDescribed = true;
            return answer;
          },
          (answer) => answer.trailList,
        ),
      ),
      ctx.branch(() =>
        ctx.list(
          'ListTrails',
          'cloudtrail:trail',
          paginateListTrails({ client: home }, {}),
          (page) => page.Trails,
        ),
      ),
    ]);

    const entries = new Map<string, TrailEntry>();
    for (const trail of described) {
      if (!trail.TrailARN || entries.has(trail.TrailARN)) continue;
      entries.set(trail.TrailARN, {
        arn: trail.TrailARN,
        name: text(trail.Name),
        homeRegion: text(trail.HomeRegion) ?? ctx.region,
        details: trail,
      });
    }
    const elsewhere: TrailEntry[] = [];
    for (const info of listed) {
      if (!info.TrailARN || entries.has(info.TrailARN)) continue;
      const entry = {
        arn: info.TrailARN,
        name: text(info.Name),
        homeRegion: text(info.HomeRegion) ?? ctx.region,
      };
      entries.set(info.TrailARN, entry);
      elsewhere.push(entry);
    }

    const statuses = new Map<string, GetTrailStatusCommandOutput | null | undefined>();
    await Promise.all([
      ctx.branch(() =>
        ctx.each(groupByRegion(elsewhere), async ([region, group]) => {
          const client = ctx.client(CloudTrailClient, region);
          const answer = await ctx.read(
            'DescribeTrails',
            () =>
              client.send(
                new DescribeTrailsCommand({
                  trailNameList: group.map((entry) => entry.arn),
                  includeShadowTrails: false,
                }),
              ),
            { resourceId: region },
          );
          for (const trail of answer?.trailList ?? []) {
            const entry = group.find((e) => e.arn === trail.TrailARN);
            if (entry) entry.details = trail;
          }
        }),
      ),
      ctx.branch(() =>
        ctx.each([...entries.values()], async (entry) => {
          const client = ctx.client(CloudTrailClient, entry.homeRegion);
          statuses.set(
            entry.arn,
            await ctx.read(
              'GetTrailStatus',
              () => client.send(new GetTrailStatusCommand({ Name: entry.arn })),
              {
                resourceId: entry.arn,
              },
            ),
          );
        }),
      ),
    ]);

    for (const entry of entries.values()) {
      const trail = entry.details;
      const status = statuses.get(entry.arn);
      const unknown: string[] = [];
      if (!trail) unknown.push(...DETAIL_ATTRIBUTES);
      // Every multi-region trail covers the home region: one its DescribeTrails did not return is
      // single-region. Without that answer, whether it is multi-region is unknown too.
      if (!trail && !homeDescribed) unknown.push('isMultiRegion');
      if (typeof status?.IsLogging !== 'boolean') unknown.push('isLogging');
      const attributes: Attributes = {
        isMultiRegion: trail?.IsMultiRegionTrail ?? false,
        homeRegion: entry.homeRegion,
        isOrganizationTrail: trail?.IsOrganizationTrail ?? false,
        isLogging: typeof status?.IsLogging === 'boolean' ? status.IsLogging : null,
        includeGlobalServiceEvents: trail?.IncludeGlobalServiceEvents ?? false,
        s3BucketName: text(trail?.S3BucketName),
        kmsKeyId: text(trail?.KmsKeyId),
        logFileValidation: trail?.LogFileValidationEnabled ?? false,
        cloudWatchLogsLogGroupArn: text(trail?.CloudWatchLogsLogGroupArn),
      };
      ctx.emit(
        makeResource(
          'cloudtrail:trail',
          {
            arn: entry.arn,
            id: entry.arn,
            name: entry.name ?? text(trail?.Name),
            account: ctx.account,
            region: entry.homeRegion,
          },
          attributes,
          unknown,
        ),
      );
    }
  },
};
