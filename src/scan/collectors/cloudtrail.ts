import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  paginateListTrails,
  type GetEventSelectorsCommandOutput,
  type GetTrailStatusCommandOutput,
  type Trail,
} from '@aws-sdk/client-cloudtrail';
import type { AttributesOf, UnknownAttribute } from '../../inventory/resources/index.js';
import type { Collector } from '../collector.js';
import { makeResource, text } from '../normalize.js';

const permissions = {
  DescribeTrails: 'cloudtrail:DescribeTrails',
  ListTrails: 'cloudtrail:ListTrails',
  GetTrailStatus: 'cloudtrail:GetTrailStatus',
  GetEventSelectors: 'cloudtrail:GetEventSelectors',
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

type ManagementEvents = Attributes['managementEvents'];

/**
 * Which management events a trail's selectors record. Basic selectors record management events
 * unless IncludeManagementEvents is false, of the ReadWriteType given; advanced selectors record
 * those whose eventCategory is Management, filtered by a readOnly field when there is one. An
 * answer with no selector at all is AWS's default for a new trail (all management events; moto
 * answers so for every trail it has not been given selectors).
 */
export function managementEventsOf(answer: GetEventSelectorsCommandOutput): ManagementEvents {
  const basic = answer.EventSelectors ?? [];
  const advanced = answer.AdvancedEventSelectors ?? [];
  if (basic.length === 0 && advanced.length === 0) return 'all';
  let read = false;
  let write = false;
  for (const selector of basic) {
    if (selector.IncludeManagementEvents === false) continue;
    const type = selector.ReadWriteType ?? 'All';
    read ||= type !== 'WriteOnly';
    write ||= type !== 'ReadOnly';
  }
  for (const selector of advanced) {
    const fields = selector.FieldSelectors ?? [];
    const category = fields.find((f) => f.Field === 'eventCategory');
    if (!category?.Equals?.includes('Management')) continue;
    const readOnly = fields.find((f) => f.Field === 'readOnly');
    const excluded = readOnly?.NotEquals?.[0];
    const only =
      readOnly?.Equals?.[0] ?? (excluded === undefined ? undefined : excluded === 'true' ? 'false' : 'true');
    read ||= only !== 'false';
    write ||= only !== 'true';
  }
  return read && write ? 'all' : read ? 'read-only' : write ? 'write-only' : 'none';
}

/** A trail's own reads, from its home region; undefined where the call failed (and was recorded). */
interface TrailReads {
  status: GetTrailStatusCommandOutput | null | undefined;
  selectors: GetEventSelectorsCommandOutput | null | undefined;
}

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

    const readsOf = new Map<string, TrailReads>();
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
      // Each trail's status and event selectors, in its home region.
      ctx.branch(() =>
        ctx.each([...entries.values()], async (entry) => {
          const client = ctx.client(CloudTrailClient, entry.homeRegion);
          const options = { resourceId: entry.arn };
          const [status, selectors] = await Promise.all([
            ctx.branch(() =>
              ctx.read(
                'GetTrailStatus',
                () => client.send(new GetTrailStatusCommand({ Name: entry.arn })),
                options,
              ),
            ),
            ctx.branch(() =>
              ctx.read(
                'GetEventSelectors',
                () => client.send(new GetEventSelectorsCommand({ TrailName: entry.arn })),
                options,
              ),
            ),
          ]);
          readsOf.set(entry.arn, { status, selectors });
        }),
      ),
    ]);

    for (const entry of entries.values()) {
      const trail = entry.details;
      const { status, selectors: selected } = readsOf.get(entry.arn) ?? {};
      const unknown: UnknownAttribute<'cloudtrail:trail'>[] = [];
      if (!trail) unknown.push(...DETAIL_ATTRIBUTES);
      // Every multi-region trail covers the home region: one its DescribeTrails did not return is
      // single-region. Without that answer, whether it is multi-region is unknown too.
      if (!trail && !homeDescribed) unknown.push('isMultiRegion');
      if (typeof status?.IsLogging !== 'boolean') unknown.push('isLogging');
      if (!selected) unknown.push('managementEvents');
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
        managementEvents: selected ? managementEventsOf(selected) : null,
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
