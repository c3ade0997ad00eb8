import { INVENTORY_SCHEMA_VERSION, type Inventory } from '../../src/inventory/document.js';
import type { ResourceOfType, ResourceType, UnknownAttribute } from '../../src/inventory/resources/index.js';
import { makeResource, type ResourceEnvelope } from '../../src/scan/normalize.js';
import { collectors } from '../../src/scan/registry.js';

/** Types a global collector reads once per account: the scan records their coverage under `global`. */
const GLOBAL_TYPES: ReadonlySet<string> = new Set(
  collectors.filter((c) => c.scope === 'global').flatMap((c) => c.resourceTypes),
);
const coverageRegion = (type: string, region: string) => (GLOBAL_TYPES.has(type) ? 'global' : region);

export const ACCOUNT = '111122223333';

/** A resource for rule tests: envelope defaults filled in (account, region, ARN), attributes as given. */
export function resource<T extends ResourceType>(
  type: T,
  id: string,
  attributes: ResourceOfType<T>['attributes'],
  envelope: Partial<ResourceEnvelope> & { unknownAttributes?: string[] } = {},
): ResourceOfType<T> {
  const region = envelope.region ?? 'us-east-1';
  const account = envelope.account ?? ACCOUNT;
  return makeResource(
    type,
    {
      arn: envelope.arn ?? `arn:aws:${type.split(':')[0]}:${region}:${account}:${type.split(':')[1]}/${id}`,
      id,
      name: envelope.name ?? null,
      account,
      region,
      tags: envelope.tags ?? {},
      state: envelope.state ?? null,
      createdAt: envelope.createdAt ?? null,
    },
    attributes,
    // Tests name unknown attributes freely (a test may name one that does not exist, to show it is ignored).
    (envelope.unknownAttributes ?? []) as UnknownAttribute<T>[],
  );
}

/** A bucket with nothing configured (no encryption setting, policy, block, lifecycle or logging). */
export function bareBucket(id: string, region: string, tags: Record<string, string> = {}) {
  return resource(
    's3:bucket',
    id,
    {
      encryption: null,
      versioning: 'Disabled',
      mfaDelete: false,
      // Holds more than one listing page: the unused-bucket rules stay quiet unless a test says otherwise.
      contents: { objects: 1000, uploads: 0, complete: false, lastWrittenAt: null, bytes: 0 },
      objectLock: false,
      publicAccessBlock: null,
      policy: null,
      aclPublicGrants: [],
      objectOwnership: null,
      lifecycle: { ruleCount: 0, enabledRuleCount: 0, abortIncompleteUploadsDays: null },
      logging: { enabled: false, targetBucket: null },
    },
    { region, tags, arn: `arn:aws:s3:::${id}` },
  );
}

/** A Lambda function on a supported runtime with nothing set that a rule judges. */
export function bareFunction(id: string, region: string) {
  return resource(
    'lambda:function',
    id,
    {
      runtime: 'nodejs22.x',
      packageType: 'Zip',
      handler: 'index.handler',
      memoryMb: 128,
      timeoutSeconds: 3,
      codeSizeBytes: 1000,
      lastModified: null,
      roleArn: null,
      architectures: ['arm64'],
      vpc: null,
      layers: [],
      environmentVariableNames: [],
      secretsInEnvironment: [],
      functionUrl: null,
      resourcePolicy: null,
    },
    { region },
  );
}

export interface InventoryOptions {
  /** Regions scanned per account (default: every region a resource is in, plus us-east-1). */
  regions?: string[];
  /** Extra (account, type, region) scopes read completely with nothing found. */
  emptyScopes?: { type: ResourceType; region: string; account?: string }[];
  /** Scopes that failed to be read. */
  failedScopes?: { type: ResourceType; region: string; account?: string }[];
}

/**
 * An inventory around the resources, with coverage `complete` for every scope they are in (as the
 * scan records it: per region, or `global` for types a global collector reads).
 */
export function inventoryOf(resources: Inventory['resources'], options: InventoryOptions = {}): Inventory {
  const accounts = [...new Set([ACCOUNT, ...resources.map((r) => r.account)])].sort();
  const coverageKey = (account: string, type: string, region: string) => `${account}|${type}|${region}`;
  const coverage = new Map<string, { status: 'complete' | 'failed'; count: number }>();
  for (const r of resources) {
    const key = coverageKey(r.account, r.type, coverageRegion(r.type, r.region));
    coverage.set(key, { status: 'complete', count: (coverage.get(key)?.count ?? 0) + 1 });
  }
  for (const scope of options.emptyScopes ?? []) {
    const key = coverageKey(scope.account ?? ACCOUNT, scope.type, coverageRegion(scope.type, scope.region));
    if (!coverage.has(key)) coverage.set(key, { status: 'complete', count: 0 });
  }
  for (const scope of options.failedScopes ?? []) {
    coverage.set(
      coverageKey(scope.account ?? ACCOUNT, scope.type, coverageRegion(scope.type, scope.region)),
      {
        status: 'failed',
        count: 0,
      },
    );
  }
  return {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    generator: { name: 'aws-audit-action', version: 'test' },
    scan: {
      startedAt: '2026-11-01T00:00:00.000Z',
      finishedAt: '2026-11-01T00:01:00.000Z',
      durationMs: 60_000,
      services: [],
      stats: { apiCalls: 0, retries: 0, throttles: 0, errors: 0, longestCallChain: 0 },
    },
    accounts: accounts.map((id) => ({
      id,
      alias: null,
      partition: 'aws',
      scannedAs: `arn:aws:iam::${id}:role/audit`,
      regions:
        options.regions ??
        [
          ...new Set([
            'us-east-1',
            ...resources.filter((r) => r.account === id && r.region !== 'global').map((r) => r.region),
          ]),
        ].sort(),
      coverage: [...coverage.entries()]
        .filter(([key]) => key.startsWith(`${id}|`))
        .map(([key, value]) => {
          const [, resourceType, region] = key.split('|') as [string, string, string];
          return {
            service: resourceType.split(':')[0] as string,
            resourceType,
            region,
            status: value.status,
            resourceCount: value.count,
          };
        }),
    })),
    resources,
    errors: [],
  };
}
