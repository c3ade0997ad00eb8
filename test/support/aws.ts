import { randomInt } from 'node:crypto';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity } from '@smithy/types';
import type { Inventory } from '../../src/inventory/document.js';
import type { Collector } from '../../src/scan/collector.js';
import { scanAccounts, type ScanOptions } from '../../src/scan/orchestrator.js';
import { collectors } from '../../src/scan/registry.js';

/**
 * A fresh 12-digit account id. moto keeps each account's resources apart, so test files share
 * one server without resets by each working in accounts of their own.
 */
export function uniqueAccountId(): string {
  return `${randomInt(100_000, 999_999)}${randomInt(100_000, 999_999)}`;
}

/** Credentials that act in `accountId` on moto (AssumeRole into a role there). */
export async function accountCredentials(accountId: string): Promise<AwsCredentialIdentity> {
  const sts = new STSClient({ region: 'us-east-1' });
  const answer = await sts.send(
    new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${accountId}:role/test-seeder`, RoleSessionName: 'seed' }),
  );
  const c = answer.Credentials;
  if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error('moto returned no credentials');
  return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken };
}

/** Client settings for seeding: moto's endpoint comes from AWS_ENDPOINT_URL. */
export function seedConfig(region: string, credentials: AwsCredentialIdentity) {
  return { region, credentials, forcePathStyle: true };
}

export async function scanForTest(
  credentials: AwsCredentialIdentity,
  options: { regions: string[]; services?: string[] } & Partial<ScanOptions>,
): Promise<Inventory> {
  const selected = options.services
    ? collectors.filter((c: Collector) => options.services?.includes(c.service))
    : collectors;
  return scanAccounts([{ credentials: async () => credentials }], {
    apiRegion: 'us-east-1',
    maxConcurrency: 16,
    maxAttempts: 3,
    callTimeoutMs: 20_000,
    regionTimeoutMs: 120_000,
    ...options,
    collectors: selected,
  });
}

export function ofType<T extends Inventory['resources'][number]['type']>(inventory: Inventory, type: T) {
  return inventory.resources.filter((r): r is Extract<typeof r, { type: T }> => r.type === type);
}

/**
 * Calls moto (the pinned version) does not implement: it answers them with an HTML page, which the
 * scan records as an error, as it should for any answer that is not the service's. A test that
 * scans every service expects exactly these, and no other error.
 */
export const MOTO_UNIMPLEMENTED = new Set([
  'ssm:DescribeInstanceInformation',
  'ssm:GetServiceSetting',
  'wafv2:ListResourcesForWebACL',
]);

/** The scan's errors other than moto's unimplemented calls. */
export const errorsBeyondMoto = (errors: Inventory['errors']): Inventory['errors'] =>
  errors.filter(
    (e) => !(MOTO_UNIMPLEMENTED.has(`${e.service}:${e.operation}`) && e.code === 'UnparseableResponse'),
  );
