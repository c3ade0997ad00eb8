import { createHash } from 'node:crypto';
import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../inventory/schema-helpers.js';

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export const Severity = Type.Union(SEVERITIES.map((s) => Type.Literal(s)));
export type Severity = (typeof SEVERITIES)[number];

export const CATEGORIES = ['security', 'cost', 'reliability', 'hygiene'] as const;
export const Category = Type.Union(CATEGORIES.map((c) => Type.Literal(c)));
export type Category = (typeof CATEGORIES)[number];

export const severityRank = (severity: Severity): number => SEVERITIES.indexOf(severity);

/** The price a cost estimate used, so every number in a report can be checked. */
export const PriceQuote = Type.Object(
  {
    item: Type.String(),
    usd: Type.Number(),
    unit: Type.String(),
    region: Type.String(),
    /** True when the region has no price of its own and us-east-1's was used. */
    fallback: Type.Boolean(),
    source: Type.String(),
    asOf: Type.String(),
  },
  { additionalProperties: false },
);
export type PriceQuote = Static<typeof PriceQuote>;

export const CostEstimate = Type.Object(
  {
    monthlyUsd: Type.Number(),
    /** How the number was reached, e.g. "200 GiB x $0.10 per GB-month". */
    basis: Type.String(),
    prices: Type.Array(PriceQuote),
    /**
     * True when acting on the finding removes this cost, so it counts toward the report's
     * estimated savings; false when the finding only shows what a resource in use costs.
     */
    avoidable: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type CostEstimate = Static<typeof CostEstimate>;

export const FindingTarget = Type.Object(
  {
    arn: Type.String(),
    id: Type.String(),
    name: Nullable(Type.String()),
    type: Type.String(),
    tags: Type.Record(Type.String(), Type.String()),
  },
  { additionalProperties: false },
);
export type FindingTarget = Static<typeof FindingTarget>;

export const Finding = Type.Object(
  {
    fingerprint: Type.String(),
    ruleId: Type.String(),
    title: Type.String(),
    severity: Severity,
    category: Category,
    account: Type.String(),
    region: Type.String(),
    resource: FindingTarget,
    /** Set when one resource can have several findings of one rule (a port, a variable, a key slot). */
    subKey: Nullable(Type.String()),
    message: Type.String(),
    evidence: Type.Record(Type.String(), Type.Unknown()),
    remediation: Type.Object({
      text: Type.String(),
      cli: Nullable(Type.String()),
      console: Nullable(Type.String()),
    }),
    /** The controls this finding fails (its rule's, narrowed to the finding where the rule knows). */
    references: Type.Object({
      fsbp: Type.Array(Type.String(), {
        description: 'AWS Foundational Security Best Practices (Security Hub) control ids, e.g. EC2.19',
      }),
      cis: Type.Array(Type.String(), {
        description: 'CIS AWS Foundations Benchmark v6.0.0 section numbers, e.g. 6.3',
      }),
      docs: Type.Array(Type.String()),
    }),
    cost: Nullable(CostEstimate),
    cleanupAction: Nullable(Type.String()),
    suppressed: Nullable(
      Type.Object({ reason: Type.String(), expires: Nullable(Type.String()), source: Type.String() }),
    ),
  },
  { additionalProperties: false },
);
export type Finding = Static<typeof Finding>;

/**
 * Stable across runs: the same rule on the same resource (and sub-key) always has the same
 * fingerprint, which a run-to-run diff (planned, not built) can match on. `ruleId` is the rule's first id
 * (fingerprintIdOf), so renaming a rule changes none of its fingerprints.
 */
export function fingerprintOf(
  ruleId: string,
  account: string,
  region: string,
  arn: string,
  subKey: string | null,
): string {
  return createHash('sha256')
    .update([ruleId, account, region, arn, subKey ?? ''].join('\n'))
    .digest('hex')
    .slice(0, 24);
}
