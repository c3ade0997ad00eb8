/**
 * What the S3 collector and the bucket cleanup share, kept apart from the collector so a module
 * that needs only these does not load the S3 client.
 */

/** GetBucketLocation answers null for us-east-1 and the legacy `EU` for eu-west-1. */
export function bucketRegionFromLocation(constraint: string | undefined | null): string {
  if (!constraint) return 'us-east-1';
  return constraint === 'EU' ? 'eu-west-1' : constraint;
}

/** Entries of one listing page, the most S3 returns at once. */
export const CONTENTS_PAGE = 1000;
