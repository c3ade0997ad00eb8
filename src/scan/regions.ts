import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import type { ClientFactory } from '../aws/clients.js';

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

export function selectRegions(enabled: readonly string[] | undefined, selection: RegionSelection): string[] {
  const base = selection.include ?? enabled ?? [];
  const excluded = new Set(selection.exclude ?? []);
  return [...new Set(base)].filter((region) => !excluded.has(region)).sort();
}
