import { Type, type Static } from '@sinclair/typebox';
import { AccountId, IsoTimestamp, Nullable } from './schema-helpers.js';
import type { Resource } from './resources/index.js';

/** Raised whenever an attribute is added, changed or removed: an inventory is read by this version only. */
export const INVENTORY_SCHEMA_VERSION = 2;

export const ScanError = Type.Object(
  {
    account: AccountId,
    service: Type.String(),
    region: Type.String(),
    operation: Type.String(),
    code: Type.String(),
    message: Type.String(),
    /** The resource a per-item call was about (a bucket name, a function name, ...). */
    resourceId: Nullable(Type.String()),
    /**
     * For access errors: the IAM action denied, missing from the scan's role or refused by an
     * explicit Deny (the message says which).
     */
    missingPermission: Nullable(Type.String()),
  },
  { additionalProperties: false },
);
export type ScanError = Static<typeof ScanError>;

/**
 * Whether one service was read completely in one region, to tell "the resource is gone" from "we
 * could not look": rules judge only what was read, and a planned run-to-run diff must never resolve
 * a finding whose scope failed or was partial.
 */
export const CoverageStatus = Type.Union([
  Type.Literal('complete'),
  Type.Literal('partial'),
  Type.Literal('failed'),
]);
export type CoverageStatus = Static<typeof CoverageStatus>;

export const Coverage = Type.Object(
  {
    service: Type.String(),
    resourceType: Type.String(),
    region: Type.String(),
    status: CoverageStatus,
    resourceCount: Type.Number(),
  },
  { additionalProperties: false },
);
export type Coverage = Static<typeof Coverage>;

export const AccountInfo = Type.Object(
  {
    id: AccountId,
    alias: Nullable(Type.String()),
    partition: Type.String(),
    /** The principal the scan ran as (an assumed-role ARN, user ARN, ...). */
    scannedAs: Type.String(),
    regions: Type.Array(Type.String()),
    coverage: Type.Array(Coverage),
  },
  { additionalProperties: false },
);
export type AccountInfo = Static<typeof AccountInfo>;

export const ScanStats = Type.Object(
  {
    apiCalls: Type.Number(),
    retries: Type.Number(),
    throttles: Type.Number(),
    errors: Type.Number(),
    /** The longest chain of calls that had to wait for one another (see scan/call-stats.ts). */
    longestCallChain: Type.Number(),
  },
  { additionalProperties: false },
);
export type ScanStats = Static<typeof ScanStats>;

/** The envelope; resources are validated one by one against their type's schema (see validate.ts). */
export const InventoryEnvelope = Type.Object(
  {
    schemaVersion: Type.Literal(INVENTORY_SCHEMA_VERSION),
    generator: Type.Object({ name: Type.String(), version: Type.String() }, { additionalProperties: false }),
    scan: Type.Object(
      {
        startedAt: IsoTimestamp,
        finishedAt: IsoTimestamp,
        durationMs: Type.Number(),
        services: Type.Array(Type.String()),
        stats: ScanStats,
      },
      { additionalProperties: false },
    ),
    accounts: Type.Array(AccountInfo),
    resources: Type.Array(Type.Object({ type: Type.String() })),
    errors: Type.Array(ScanError),
  },
  { additionalProperties: false },
);

export type Inventory = Omit<Static<typeof InventoryEnvelope>, 'resources'> & { resources: Resource[] };
