import type { ScanError, ScanStats } from '../inventory/document.js';
import { catalog } from '../rules/catalog/index.js';
import { UsageError } from '../usage-error.js';
import { complianceOf } from './compliance.js';
import { planAccounts, type ScanPlan } from './plan.js';
import { freshHistory, NO_BASELINE, summarize, withHistory } from './report.js';
import {
  REPORT_SCHEMA_VERSION,
  type AuditReport,
  type ReportFinding,
  type RuleJudgement,
  type RunInfo,
} from './schema.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

/** One group's report, as a scan job of the plan wrote it; `source` names the file or artifact. */
export interface ReportPart {
  source: string;
  report: AuditReport;
}

/** A planned group none of whose accounts is in any part, or the accounts of a group left out. */
export interface MissingAccounts {
  group: string;
  accounts: string[];
  /** The whole group is missing (its job failed or never uploaded), not only some of its accounts. */
  wholeGroup: boolean;
}

export interface MergeResult {
  report: AuditReport;
  missing: MissingAccounts[];
}

type Judgement = typeof RuleJudgement.static;

const sumStats = (all: readonly ScanStats[]): ScanStats => ({
  apiCalls: all.reduce((n, s) => n + s.apiCalls, 0),
  retries: all.reduce((n, s) => n + s.retries, 0),
  throttles: all.reduce((n, s) => n + s.throttles, 0),
  errors: all.reduce((n, s) => n + s.errors, 0),
  longestCallChain: Math.max(0, ...all.map((s) => s.longestCallChain)),
});

/** The judgements of every part, per rule: their scopes side by side, the first error kept. */
function mergeJudgements(parts: readonly ReportPart[]): Judgement[] {
  const byId = new Map<string, Judgement>();
  for (const { report } of parts) {
    for (const rule of report.rules) {
      const seen = byId.get(rule.id);
      if (!seen) byId.set(rule.id, { ...rule, aliases: [...rule.aliases], scopes: [...rule.scopes] });
      else {
        seen.scopes.push(...rule.scopes);
        seen.aliases = [...new Set([...seen.aliases, ...rule.aliases])];
        seen.error ??= rule.error;
      }
    }
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

function mergeSuppressions(parts: readonly ReportPart[]): AuditReport['suppressions'] {
  const bySource = new Map<string, AuditReport['suppressions'][number]>();
  for (const { report } of parts) {
    for (const applied of report.suppressions) {
      const seen = bySource.get(applied.source);
      if (!seen) bySource.set(applied.source, { ...applied, ruleIds: [...applied.ruleIds] });
      else {
        seen.findings += applied.findings;
        seen.ruleIds = [...new Set([...seen.ruleIds, ...applied.ruleIds])].sort();
      }
    }
  }
  return [...bySource.values()].sort((a, b) => a.source.localeCompare(b.source));
}

/** Accounts each part read or tried to read (a role that could not be assumed is an error of its part). */
function accountsTried(report: AuditReport): Set<string> {
  return new Set([...report.accounts.map((a) => a.id), ...report.scanErrors.map((e) => e.account)]);
}

/** Planned accounts in no part, by group, with the scan error that records each as not read. */
function missingAccounts(
  plan: ScanPlan,
  tried: ReadonlySet<string>,
): { missing: MissingAccounts[]; errors: ScanError[] } {
  const missing: MissingAccounts[] = [];
  const errors: ScanError[] = [];
  for (const [group, accounts] of planAccounts(plan)) {
    const absent = accounts.filter((id) => !tried.has(id));
    if (absent.length === 0) continue;
    const wholeGroup = absent.length === accounts.length;
    missing.push({ group, accounts: absent, wholeGroup });
    for (const account of absent)
      errors.push({
        account,
        service: 'aws-audit',
        region: 'global',
        operation: 'MergeParts',
        code: 'PartMissing',
        message: wholeGroup
          ? `group ${group} of the plan has no part (its scan job failed or uploaded nothing): the account was not read, its findings are unknown`
          : `the part of group ${group} does not hold this account: it was not read, its findings are unknown`,
        resourceId: null,
        missingPermission: null,
      });
  }
  return { missing, errors };
}

/**
 * One report of the parts the scan jobs of a plan wrote: their accounts, errors, judgements and
 * findings side by side, each finding new again (the merged report is then weighed against the
 * previous merged one, like any run's). With the plan, every planned account in no part is
 * recorded as not read, so no rule judged it and the diff keeps its findings unknown. An account
 * in two parts is an error: its findings would count twice. Holds findings only, never inventories.
 */
export function mergeParts(
  parts: readonly ReportPart[],
  options: { plan?: ScanPlan; now?: Date; run: RunInfo },
): MergeResult {
  if (parts.length === 0) throw new UsageError('there are no parts to merge');
  const at = (options.now ?? new Date()).toISOString();
  const owner = new Map<string, string>();
  for (const { source, report } of parts)
    for (const { id } of report.accounts) {
      const other = owner.get(id);
      if (other !== undefined) throw new UsageError(`account ${id} is in two parts: ${other} and ${source}`);
      owner.set(id, source);
    }
  const tried = new Set(parts.flatMap(({ report }) => [...accountsTried(report)]));
  const { missing, errors } = options.plan
    ? missingAccounts(options.plan, tried)
    : { missing: [], errors: [] };
  const planned = new Set(options.plan ? [...planAccounts(options.plan).values()].flat() : []);
  const unplanned = options.plan ? [...owner.keys()].filter((id) => !planned.has(id)).sort() : [];

  const findings: ReportFinding[] = parts
    .flatMap(({ report }) => report.findings)
    .map((finding) => freshHistory(finding, at));
  const reports = parts.map((p) => p.report);
  const accounts = reports.flatMap((r) => r.accounts).sort((a, b) => a.id.localeCompare(b.id));
  const rules = mergeJudgements(parts);
  const starts = reports.map((r) => Date.parse(r.scan.startedAt));
  const ends = reports.map((r) => Date.parse(r.scan.finishedAt));
  const configs = [...new Set(reports.map((r) => r.configSource))];
  const warnings = [
    ...missing.map((m) =>
      m.wholeGroup
        ? `Group ${m.group} of the plan has no part: its scan job failed or uploaded nothing. Its ${m.accounts.length} account(s) (${m.accounts.join(', ')}) were not read; their findings are unknown, never resolved.`
        : `The part of group ${m.group} does not hold account(s) ${m.accounts.join(', ')}: not read, their findings are unknown.`,
    ),
    ...(unplanned.length > 0
      ? [`Parts hold account(s) the plan does not list: ${unplanned.join(', ')}`]
      : []),
    ...(configs.length > 1
      ? [`The parts were audited with different configurations: ${configs.map(String).join(', ')}`]
      : []),
    ...new Set(reports.flatMap((r) => r.warnings)),
  ];
  const report: AuditReport = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generator: { name: TOOL_NAME, version: TOOL_VERSION },
    generatedAt: at,
    run: options.run,
    configSource: configs[0] ?? null,
    baseline: NO_BASELINE,
    scan: {
      startedAt: new Date(Math.min(...starts)).toISOString(),
      finishedAt: new Date(Math.max(...ends)).toISOString(),
      durationMs: Math.max(...ends) - Math.min(...starts),
      stats: sumStats(reports.map((r) => r.scan.stats)),
    },
    accounts,
    scanErrors: [...reports.flatMap((r) => r.scanErrors), ...errors],
    rules,
    findings,
    unknownFindings: [],
    resolvedFindings: [],
    resolvedHistory: [],
    suppressions: mergeSuppressions(parts),
    summary: summarize(findings, [], []),
    history: [],
    cleanup: {
      mode: 'off',
      candidates: reports.flatMap((r) => r.cleanup.candidates),
      approvals: [],
      log: [],
      notes: [],
    },
    compliance: complianceOf(
      { accounts, rules, findings },
      catalog.map((rule) => rule.metadata),
    ),
    warnings,
  };
  return { report: withHistory(report, []), missing };
}
