import { Type, type Static } from '@sinclair/typebox';
import type { AuditConfig } from '../config/schema.js';
import { AccountInfo, ScanError, ScanStats, type Inventory } from '../inventory/document.js';
import { IsoTimestamp, Nullable } from '../inventory/schema-helpers.js';
import { cents } from '../prices/table.js';
import type { AuditOutcome } from '../rules/engine.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { CATEGORIES, Finding, SEVERITIES, severityRank, type Severity } from '../findings/finding.js';

/** 2: `rules` records what each rule judged, scope by scope (1 had only `rulesEvaluated`). */
export const REPORT_SCHEMA_VERSION = 2;

/** How well a rule could judge one (account, region) scope; see rules/scopes.ts. */
export const RuleScope = Type.Object(
  {
    account: Type.String(),
    region: Type.String(),
    status: Type.Union(
      (['complete', 'partial', 'failed', 'not-scanned', 'excluded'] as const).map((s) => Type.Literal(s)),
    ),
  },
  { additionalProperties: false },
);

/**
 * What one selected rule judged. A finding absent from this run is resolved only where its rule
 * judged its scope `complete`; anywhere else it is unknown.
 */
export const RuleJudgement = Type.Object(
  {
    id: Type.String(),
    fingerprintId: Type.String(),
    error: Nullable(Type.String()),
    scopes: Type.Array(RuleScope),
  },
  { additionalProperties: false },
);

const Counts = <K extends readonly string[]>(keys: K) =>
  Type.Object(
    Object.fromEntries(keys.map((key) => [key, Type.Number()])) as Record<
      K[number],
      ReturnType<typeof Type.Number>
    >,
    {
      additionalProperties: false,
    },
  );

export const AuditReport = Type.Object(
  {
    schemaVersion: Type.Literal(REPORT_SCHEMA_VERSION),
    generator: Type.Object({ name: Type.String(), version: Type.String() }, { additionalProperties: false }),
    generatedAt: IsoTimestamp,
    configSource: Nullable(Type.String()),
    scan: Type.Object(
      { startedAt: IsoTimestamp, finishedAt: IsoTimestamp, durationMs: Type.Number(), stats: ScanStats },
      { additionalProperties: false },
    ),
    /** With per-scope coverage, so that a planned run-to-run diff never resolves a finding whose scope was not read. */
    accounts: Type.Array(AccountInfo),
    scanErrors: Type.Array(ScanError),
    rules: Type.Array(RuleJudgement),
    findings: Type.Array(Finding),
    summary: Type.Object(
      {
        total: Type.Number(),
        active: Type.Number(),
        suppressed: Type.Number(),
        /** Active findings only. */
        bySeverity: Counts(SEVERITIES),
        byCategory: Counts(CATEGORIES),
        estimatedMonthlySavingsUsd: Type.Number(),
      },
      { additionalProperties: false },
    ),
    warnings: Type.Array(Type.String()),
  },
  { additionalProperties: false },
);
export type AuditReport = Static<typeof AuditReport>;

export function buildReport(
  inventory: Inventory,
  outcome: AuditOutcome,
  config: AuditConfig,
  now = new Date(),
): AuditReport {
  const active = outcome.findings.filter((f) => !f.suppressed);
  const count = <K extends string>(keys: readonly K[], key: (f: Finding) => K) =>
    Object.fromEntries(keys.map((k) => [k, active.filter((f) => key(f) === k).length])) as Record<K, number>;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generator: { name: TOOL_NAME, version: TOOL_VERSION },
    generatedAt: now.toISOString(),
    configSource: config.source,
    scan: {
      startedAt: inventory.scan.startedAt,
      finishedAt: inventory.scan.finishedAt,
      durationMs: inventory.scan.durationMs,
      stats: inventory.scan.stats,
    },
    accounts: inventory.accounts,
    scanErrors: inventory.errors,
    rules: outcome.rules,
    findings: outcome.findings,
    summary: {
      total: outcome.findings.length,
      active: active.length,
      suppressed: outcome.findings.length - active.length,
      bySeverity: count(SEVERITIES, (f) => f.severity),
      byCategory: count(CATEGORIES, (f) => f.category),
      estimatedMonthlySavingsUsd: cents(
        active.reduce((sum, f) => sum + (f.cost?.avoidable ? f.cost.monthlyUsd : 0), 0),
      ),
    },
    warnings: outcome.warnings,
  };
}

/** Active findings at or above a severity (for `fail-on`). */
export function activeAtLeast(report: AuditReport, severity: Severity): Finding[] {
  return report.findings.filter((f) => !f.suppressed && severityRank(f.severity) <= severityRank(severity));
}
