import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import type { ClientFactory } from './clients.js';

export const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

/** The region global services (IAM, Budgets, S3 ListBuckets) are called in, per partition. */
export function homeRegion(partition: string): string {
  switch (partition) {
    case 'aws-cn':
      return 'cn-north-1';
    case 'aws-us-gov':
      return 'us-gov-west-1';
    default:
      return 'us-east-1';
  }
}

/** The partition a region belongs to (China and GovCloud regions live in partitions of their own). */
export function partitionOfRegion(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  if (region.startsWith('us-iso')) return region.startsWith('us-isob') ? 'aws-iso-b' : 'aws-iso';
  return 'aws';
}

/** Regions enabled for the account: DescribeRegions with AllRegions, minus those not opted in. */
export async function enabledRegions(clients: ClientFactory, region: string): Promise<string[]> {
  const ec2 = clients.get(EC2Client, 'ec2', region);
  const answer = await ec2.send(new DescribeRegionsCommand({ AllRegions: true }));
  return (answer.Regions ?? [])
    .filter((r) => r.RegionName && r.OptInStatus !== 'not-opted-in')
    .map((r) => r.RegionName as string)
    .sort();
}

export interface RegionSelection {
  /** Explicit regions, or undefined for every enabled region. */
  include?: readonly string[];
  exclude?: readonly string[];
}

export function validateRegionNames(names: readonly string[], source: string): void {
  const bad = names.filter((name) => !REGION_PATTERN.test(name));
  if (bad.length > 0) {
    throw new Error(
      `${source}: not AWS region codes: ${bad.join(', ')} (expected names like us-east-1 or eu-west-2)`,
    );
  }
}

export function selectRegions(
  enabled: readonly string[] | undefined,
  selection: RegionSelection,
  partition = 'aws',
): string[] {
  // Explicit regions are taken as given; discovered ones must belong to the account's partition.
  const base =
    selection.include ?? (enabled ?? []).filter((region) => partitionOfRegion(region) === partition);
  const excluded = new Set(selection.exclude ?? []);
  return [...new Set(base)].filter((region) => !excluded.has(region)).sort();
}
