import type { AuditConfig } from '../config/schema.js';
import { CATEGORIES, SEVERITIES, severityRank, type Finding, type Severity } from '../findings/finding.js';
import type { Inventory } from '../inventory/document.js';
import { cents } from '../prices/table.js';
import { catalog } from '../rules/catalog/index.js';
import type { AuditOutcome } from '../rules/engine.js';
import { complianceOf } from './compliance.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import {
  DIFF_STATES,
  REPORT_SCHEMA_VERSION,
  type AuditReport,
  type BaselineInfo,
  type CleanupCandidate,
  type DiffState,
  type ReportFinding,
  type RunInfo,
  type RunTotals,
} from './schema.js';

export * from './schema.js';

export const NO_BASELINE: BaselineInfo = {
  source: 'none',
  location: null,
  generatedAt: null,
  note: 'no previous report: a first run',
};

const emptyRun: RunInfo = {
  repository: null,
  workflow: null,
  runId: null,
  runAttempt: null,
  sha: null,
  ref: null,
  event: null,
  actor: null,
  serverUrl: null,
};

/** A finding as first seen at `at`: new (or suppressed), before any diff weighs it. */
export function freshHistory<F extends { suppressed?: unknown }>(
  finding: F,
  at: string,
): F & { history: ReportFinding['history'] } {
  return {
    ...finding,
    history: {
      state: finding.suppressed ? 'suppressed' : 'new',
      firstSeen: at,
      lastSeen: at,
      previousSeverity: null,
      unknownBecause: null,
      resolvedAt: null,
    },
  };
}

/**
 * The report of this run as if it had no baseline: every finding new (or suppressed). The diff
 * stage (src/diff) then weighs it against the previous report.
 */
export function buildReport(
  inventory: Inventory,
  outcome: AuditOutcome,
  config: AuditConfig,
  now = new Date(),
  run: RunInfo = emptyRun,
  candidates: CleanupCandidate[] = [],
): AuditReport {
  const at = now.toISOString();
  const findings: ReportFinding[] = outcome.findings.map((finding) => freshHistory(finding, at));
  const report: AuditReport = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generator: { name: TOOL_NAME, version: TOOL_VERSION },
    generatedAt: at,
    run,
    configSource: config.source,
    baseline: NO_BASELINE,
    scan: {
      startedAt: inventory.scan.startedAt,
      finishedAt: inventory.scan.finishedAt,
      durationMs: inventory.scan.durationMs,
      stats: inventory.scan.stats,
    },
    accounts: inventory.accounts,
    scanErrors: inventory.errors,
    rules: outcome.rules,
    findings,
    unknownFindings: [],
    resolvedFindings: [],
    resolvedHistory: [],
    suppressions: appliedSuppressions(outcome.findings),
    summary: summarize(findings, [], []),
    history: [],
    cleanup: { mode: 'off', candidates, approvals: [], log: [], notes: [] },
    compliance: complianceOf(
      { accounts: inventory.accounts, rules: outcome.rules, findings },
      catalog.map((rule) => rule.metadata),
    ),
    warnings: outcome.warnings,
  };
  return withHistory(report, []);
}

/** Counts for the summary; only active findings count toward severity, category and savings. */
export function summarize(
  findings: readonly ReportFinding[],
  unknown: readonly ReportFinding[],
  resolved: readonly ReportFinding[],
): AuditReport['summary'] {
  const active = findings.filter((f) => !f.suppressed);
  const count = <K extends string>(keys: readonly K[], key: (f: Finding) => K) =>
    Object.fromEntries(keys.map((k) => [k, active.filter((f) => key(f) === k).length])) as Record<K, number>;
  const all = [...findings, ...unknown, ...resolved];
  const byState = Object.fromEntries(
    DIFF_STATES.map((state) => [
      state,
      Object.fromEntries(
        SEVERITIES.map((severity) => [
          severity,
          all.filter((f) => f.history.state === state && f.severity === severity).length,
        ]),
      ),
    ]),
  ) as Record<DiffState, Record<Severity, number>>;
  return {
    total: findings.length,
    active: active.length,
    suppressed: findings.length - active.length,
    bySeverity: count(SEVERITIES, (f) => f.severity),
    byCategory: count(CATEGORIES, (f) => f.category),
    estimatedMonthlySavingsUsd: cents(
      active.reduce((sum, f) => sum + (f.cost?.avoidable ? f.cost.monthlyUsd : 0), 0),
    ),
    byState,
  };
}

/** The report with this run's totals appended to the previous runs' (the last 30 kept). */
export function withHistory(report: AuditReport, previous: readonly RunTotals[]): AuditReport {
  const { summary } = report;
  const states = (state: DiffState) => SEVERITIES.reduce((n, s) => n + summary.byState[state][s], 0);
  const totals: RunTotals = {
    generatedAt: report.generatedAt,
    runId: report.run.runId,
    active: summary.active,
    bySeverity: summary.bySeverity,
    new: states('new') + states('reopened'),
    resolved: states('resolved'),
    unknown: states('unknown'),
  };
  return { ...report, history: [...previous, totals].slice(-30) };
}

function appliedSuppressions(findings: readonly Finding[]): AuditReport['suppressions'] {
  const bySource = new Map<string, AuditReport['suppressions'][number]>();
  for (const finding of findings) {
    const s = finding.suppressed;
    if (!s) continue;
    const entry = bySource.get(s.source) ?? {
      source: s.source,
      ruleIds: [],
      reason: s.reason,
      expires: s.expires,
      findings: 0,
    };
    entry.findings += 1;
    if (!entry.ruleIds.includes(finding.ruleId)) entry.ruleIds.push(finding.ruleId);
    bySource.set(s.source, entry);
  }
  return [...bySource.values()].sort((a, b) => a.source.localeCompare(b.source));
}

/** Active findings at or above a severity (for `fail-on`). */
export function activeAtLeast(report: AuditReport, severity: Severity): ReportFinding[] {
  return report.findings.filter((f) => !f.suppressed && severityRank(f.severity) <= severityRank(severity));
}

/** New or reopened active findings at or above a severity (for `fail-on-new`). */
export function newAtLeast(report: AuditReport, severity: Severity): ReportFinding[] {
  return activeAtLeast(report, severity).filter(
    (f) => f.history.state === 'new' || f.history.state === 'reopened',
  );
}
