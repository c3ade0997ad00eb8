import {
  ResourceGroupsTaggingAPIClient,
  paginateGetResources,
} from '@aws-sdk/client-resource-groups-tagging-api';
import type { CollectorContext } from '../collector.js';
import { tagMap } from '../normalize.js';

/** Tags by resource ARN, from a complete GetResources listing. */
export type TagsByArn = ReadonlyMap<string, Record<string, string>>;

/** What a resource's tags read answers: tags, null when the resource is gone, undefined when unread. */
type TagsRead = Record<string, string> | null | undefined;

/**
 * Whether one region's tag listing saves calls: it costs one call per 100 tagged resources, in
 * place of one tag read per resource, so it pays from two resources on (with one it is the same
 * count, with none a call more).
 */
export function listingPays(resources: number): boolean {
  return resources > 1;
}

/**
 * The tags of every resource of one type in one region, by ARN, from GetResources (100 a page),
 * as a branch of its own. GetResources names every resource that is or once was tagged, so one a
 * complete listing leaves out has no tags. Undefined when any page fails (AccessDenied on
 * tag:GetResources included): the callers then read each resource's tags as before, so nothing is
 * lost and the failure is not recorded (it costs calls, not coverage).
 */
export function tagsByArn(
  ctx: Pick<CollectorContext, 'client' | 'branch'>,
  region: string,
  resourceType: string,
): Promise<TagsByArn | undefined> {
  return ctx.branch(async () => {
    const tags = new Map<string, Record<string, string>>();
    try {
      const pages = paginateGetResources(
        { client: ctx.client(ResourceGroupsTaggingAPIClient, region), pageSize: 100 },
        { ResourceTypeFilters: [resourceType] },
      );
      for await (const page of pages)
        for (const mapping of page.ResourceTagMappingList ?? [])
          if (mapping.ResourceARN) tags.set(mapping.ResourceARN, tagMap(mapping.Tags));
    } catch {
      // A partial listing cannot tell an untagged resource from an unlisted one: use none of it.
      return undefined;
    }
    return tags;
  });
}

/**
 * One resource's tags: from the listing when it was read whole (matched by exact ARN; none when
 * it is not named), else from `readOne`, the resource's own tag read.
 */
export async function tagsOf(
  listing: Promise<TagsByArn | undefined>,
  arn: string,
  readOne: () => Promise<TagsRead>,
): Promise<TagsRead> {
  const listed = await listing;
  return listed ? { ...(listed.get(arn) ?? {}) } : readOne();
}

/** No listing: every resource reads its own tags. */
export const NO_LISTING: Promise<TagsByArn | undefined> = Promise.resolve(undefined);
