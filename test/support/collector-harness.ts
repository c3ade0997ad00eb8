import { ClientFactory } from '../../src/scan/clients.js';
import type { ResourceOfType, ResourceType } from '../../src/inventory/resources/index.js';
import { CallStats } from '../../src/scan/call-stats.js';
import type { Collector, CollectorOutcome } from '../../src/scan/collector.js';
import { CallPool } from '../../src/scan/pool.js';
import { runCollector } from '../../src/scan/run-collector.js';

/**
 * Runs one collector in one region (eu-west-2 unless told) with real SDK clients, which the tests
 * mock with aws-sdk-client-mock.
 */
export const HARNESS = { ACCOUNT: '111122223333', REGION: 'eu-west-2' } as const;
const { ACCOUNT, REGION } = HARNESS;

export async function collect<Op extends string>(
  collector: Collector<Op>,
  options: {
    maxAttempts?: number;
    region?: string;
    scopeRegion?: string;
    regions?: readonly string[];
    stats?: CallStats;
  } = {},
): Promise<CollectorOutcome> {
  const stats = options.stats ?? new CallStats();
  const clients = new ClientFactory({
    credentials: async () => ({ accessKeyId: 'testing', secretAccessKey: 'testing' }),
    pool: new CallPool(8),
    stats,
    maxAttempts: options.maxAttempts ?? 1,
    callTimeoutMs: 1_000,
    deadlineFor: () => new AbortController().signal,
  });
  try {
    return await runCollector(collector, {
      account: ACCOUNT,
      partition: 'aws',
      region: options.region ?? REGION,
      scopeRegion: options.scopeRegion ?? options.region ?? REGION,
      regions: options.regions,
      clients,
      stats,
    });
  } finally {
    clients.destroy();
  }
}

export function ofType<T extends ResourceType>(outcome: CollectorOutcome, type: T): ResourceOfType<T>[] {
  return outcome.resources.filter((r): r is ResourceOfType<T> => r.type === type);
}

export function accessDenied(action: string, name = 'AccessDeniedException'): Error {
  return Object.assign(new Error(`User is not authorized to perform: ${action}`), {
    name,
    $metadata: { httpStatusCode: 403 },
  });
}
