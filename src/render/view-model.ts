import { SEVERITIES, severityRank, type Severity } from '../findings/finding.js';
import type { AuditReport, DiffState, ReportFinding } from '../report/schema.js';
import { STANDARDS } from '../rules/compliance.js';

/**
 * The plain objects the report templates are rendered with: one per account (a PR comment and an
 * issue each show one account), and the whole run for the job summary and Slack. Every field a
 * template may read is always present (templates render `strict`): absent values are null, empty
 * lists or false. Text from AWS is passed as it is; the template's medium escapes it.
 */

/** Where the run and its report can be seen; every link optional. */
export interface ReportLinks {
  readonly run?: string;
  readonly artifact?: string;
  /** The dashboard issue or PR comment, for Slack. */
  readonly issue?: string;
}

export interface FindingView {
  /** First 8 hex of the fingerprint: stable across runs. */
  readonly id: string;
  readonly severity: Severity;
  readonly state: DiffState;
  readonly reopened: boolean;
  readonly ruleId: string;
  readonly title: string;
  readonly account: string;
  readonly region: string;
  readonly resource: string;
  readonly arn: string;
  readonly message: string;
  readonly monthlyUsd: number;
  readonly hasCost: boolean;
  readonly firstSeen: string;
  readonly lastSeen: string;
  /** For unknown findings: why their scope was not judged this run, in words; otherwise null. */
  readonly unknownBecause: string | null;
}

export interface CoverageProblem {
  readonly service: string;
  /** `EC2`, `S3`, `Lambda`...: the service's usual name, or its id. */
  readonly serviceName: string;
  readonly region: string;
  /** `failed`: not read; `partial`: read in part; `error`: a call failed, the scope stands. */
  readonly status: 'failed' | 'partial' | 'error';
  readonly notRead: boolean;
  readonly readInPart: boolean;
  /** `AccessDenied: ec2:DescribeInstances`, joined; may be empty. */
  readonly reason: string;
  readonly hasReason: boolean;
  /** Earlier findings of this service and region carried over as unknown. */
  readonly unknown: number;
  readonly unknownOne: boolean;
}

export interface CleanupCandidate {
  readonly id: string;
  readonly action: string;
  readonly resource: string;
  readonly arn: string;
  readonly region: string;
  readonly monthlyUsd: number;
  /** How the saving was reached and the prices' date (`730 hours x $0.045 per hour; prices of 2026-11-01`). */
  readonly basis: string;
  /** `approved by octocat until 2026-12-15`, or empty. */
  readonly approval: string;
}

/** One approved candidate and what this run did with it. */
export interface CleanupEntryView {
  readonly id: string;
  readonly outcome: string;
  readonly done: boolean;
  readonly action: string;
  readonly resource: string;
  readonly region: string;
  readonly detail: string;
  readonly approvedBy: string;
}

/** One approved cleanup carried out, from the approvals ledger. */
export interface CleanupDoneView {
  readonly id: string;
  readonly action: string;
  readonly resource: string;
  readonly region: string;
  /** The day it was done (UTC). */
  readonly doneOn: string;
  readonly approvedBy: string;
}

export interface RuleGroupView {
  readonly ruleId: string;
  readonly title: string;
  readonly findings: readonly FindingView[];
}

export interface SeverityGroupView {
  readonly severity: Severity;
  readonly count: number;
  readonly rules: readonly RuleGroupView[];
}

/** A list as shown: the items that fit and how many were left out (for `{{more omitted link}}`). */
export interface Shown<T> {
  readonly items: readonly T[];
  readonly omitted: number;
  readonly total: number;
}

/** A control the account fails, for the short list of the job summary. */
export interface FailingControlView {
  readonly id: string;
  readonly title: string;
  readonly findings: number;
}

/** One standard's counts for the account (report.compliance), and the controls it fails. */
export interface ComplianceStandardView {
  /** `FSBP`, `CIS`. */
  readonly prefix: string;
  readonly name: string;
  readonly version: string;
  readonly pass: number;
  readonly fail: number;
  readonly notApplicable: number;
  readonly notJudged: number;
  readonly total: number;
  readonly failing: Shown<FailingControlView>;
}

export interface AccountView {
  readonly id: string;
  readonly name: string | null;
  /** `123456789012 (name)` or the id. */
  readonly label: string;
  readonly active: number;
  readonly hasActive: boolean;
  readonly bySeverity: readonly { severity: Severity; count: number }[];
  readonly byState: Readonly<Record<DiffState, number>>;
  readonly changes: Shown<FindingView>;
  readonly resolved: Shown<FindingView>;
  readonly unknown: Shown<FindingView>;
  readonly open: Shown<SeverityGroupView>;
  readonly coverage: { readonly complete: boolean; readonly problems: Shown<CoverageProblem> };
  readonly savings: number;
  readonly hasSavings: boolean;
  readonly cleanup: Shown<CleanupCandidate>;
  /** Whether a shown candidate has no approval yet, so the dashboard offers boxes to tick. */
  readonly cleanupTickable: boolean;
  /** `off`, `dry-run` or `apply`; the log is empty when off. */
  readonly cleanupMode: string;
  readonly cleanupLog: Shown<CleanupEntryView>;
  /** What the resources done this run (apply) were billed a month, by their candidates' estimates. */
  readonly cleanupSavedMonthlyUsd: number;
  readonly hasCleanupSaved: boolean;
  /** Approved cleanups done in the last 30 days, newest first: what was approved and carried out. */
  readonly cleanupDone: Shown<CleanupDoneView>;
  /** Approvals not counted, and why. */
  readonly cleanupNotes: Shown<string>;
  readonly pie: { readonly show: boolean; readonly slices: readonly { label: Severity; count: number }[] };
  /** FSBP and CIS; `show` is false for a report with no compliance view (upgraded from version 4). */
  readonly compliance: { readonly show: boolean; readonly standards: readonly ComplianceStandardView[] };
}

export interface BaselineView {
  readonly firstRun: boolean;
  readonly compared: boolean;
  readonly unusable: boolean;
  /** The run or place compared with, or why the baseline was not used. */
  readonly text: string;
  readonly generatedAt: string | null;
}

export interface TrendView {
  readonly show: boolean;
  readonly labels: readonly string[];
  readonly active: readonly number[];
  readonly max: number;
}

export interface LinksView {
  readonly run: string | null;
  readonly artifact: string | null;
  readonly issue: string | null;
}

/** Everything a template of one account or of the run reads. */
export interface ReportView {
  readonly now: string;
  readonly generatedAt: string;
  readonly repository: string | null;
  readonly links: LinksView;
  readonly baseline: BaselineView;
  readonly trend: TrendView;
  readonly warnings: readonly string[];
}

const WHY_UNKNOWN: Readonly<Record<string, string>> = {
  partial: 'its scope was read only in part',
  failed: 'its scope could not be read',
  'not-scanned': 'its scope was not scanned',
  excluded: 'its scope is outside the configured scope',
  'rule-not-run': 'its rule did not run',
  'rule-failed': 'its rule failed',
};

export const shortId = (fingerprint: string) => fingerprint.slice(0, 8);

export function findingView(f: ReportFinding): FindingView {
  const because = f.history.unknownBecause;
  return {
    id: shortId(f.fingerprint),
    severity: f.severity,
    state: f.history.state as DiffState,
    reopened: f.history.state === 'reopened',
    ruleId: f.ruleId,
    title: f.title,
    account: f.account,
    region: f.region,
    resource: f.resource.name ?? f.resource.id,
    arn: f.resource.arn,
    message: f.message,
    monthlyUsd: f.cost?.monthlyUsd ?? 0,
    hasCost: f.cost !== null && f.cost.monthlyUsd > 0,
    firstSeen: f.history.firstSeen,
    lastSeen: f.history.lastSeen,
    unknownBecause: because === null ? null : (WHY_UNKNOWN[because] ?? because),
  };
}

const bySeverity = (a: ReportFinding, b: ReportFinding) =>
  severityRank(a.severity) - severityRank(b.severity) ||
  a.ruleId.localeCompare(b.ruleId) ||
  a.fingerprint.localeCompare(b.fingerprint);

/** A web link, serialized by WHATWG URL (quotes, spaces and angle brackets percent-encoded), or null. */
export function webLink(link: string | undefined): string | null {
  if (link === undefined || link === '') return null;
  const url = new URL(link);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`not a web link: ${url.href}`);
  return url.href;
}

export const show = <T>(items: readonly T[], cap: number): Shown<T> => ({
  items: items.slice(0, cap),
  omitted: Math.max(0, items.length - cap),
  total: items.length,
});

const SERVICE_NAMES: Readonly<Record<string, string>> = {
  apigateway: 'API Gateway',
  budgets: 'Budgets',
  cloudtrail: 'CloudTrail',
  cloudwatch: 'CloudWatch',
  config: 'AWS Config',
  dynamodb: 'DynamoDB',
  ec2: 'EC2',
  guardduty: 'GuardDuty',
  iam: 'IAM',
  kms: 'KMS',
  lambda: 'Lambda',
  logs: 'CloudWatch Logs',
  rds: 'RDS',
  s3: 'S3',
  sts: 'STS',
};

const serviceOf = (ruleId: string) => ruleId.split('.')[0] ?? ruleId;

/** Why a scope was not read, as the views name it: the error and the permission or call. */
const errorReason = (e: AuditReport['scanErrors'][number]) =>
  `${e.code}: ${e.missingPermission ?? `${e.service}:${e.operation}`}`;

function coverageProblems(report: AuditReport, account: string, unknown: readonly ReportFinding[]) {
  const problems = new Map<string, { service: string; region: string; status: CoverageProblem['status'] }>();
  const reasons = new Map<string, Set<string>>();
  const key = (service: string, region: string) => `${service}|${region}`;
  const info = report.accounts.find((a) => a.id === account);
  if (!info) return accountNotRead(report, account, unknown);
  for (const c of info.coverage) {
    if (c.status === 'complete') continue;
    const k = key(c.service, c.region);
    const known = problems.get(k);
    if (!known || (known.status !== 'failed' && c.status === 'failed'))
      problems.set(k, { service: c.service, region: c.region, status: c.status });
  }
  for (const e of report.scanErrors.filter((x) => x.account === account)) {
    const k = key(e.service, e.region);
    if (!problems.has(k)) problems.set(k, { service: e.service, region: e.region, status: 'error' });
    const set = reasons.get(k) ?? new Set<string>();
    set.add(errorReason(e));
    reasons.set(k, set);
  }
  const rank = { failed: 0, partial: 1, error: 2 } as const;
  return [...problems.entries()]
    .map(([k, p]): CoverageProblem => {
      const reason = [...(reasons.get(k) ?? [])].sort().join(', ');
      const count = unknown.filter(
        (f) => serviceOf(f.ruleId) === p.service && (f.region === p.region || p.region === 'global'),
      ).length;
      return {
        ...p,
        serviceName: SERVICE_NAMES[p.service] ?? p.service,
        notRead: p.status === 'failed',
        readInPart: p.status === 'partial',
        reason,
        hasReason: reason !== '',
        unknown: count,
        unknownOne: count === 1,
      };
    })
    .sort(
      (a, b) =>
        rank[a.status] - rank[b.status] ||
        a.service.localeCompare(b.service) ||
        a.region.localeCompare(b.region),
    );
}

/** An account never entered (its role refused, its part missing): one problem, every unknown finding. */
function accountNotRead(
  report: AuditReport,
  account: string,
  unknown: readonly ReportFinding[],
): CoverageProblem[] {
  const errors = report.scanErrors.filter((e) => e.account === account);
  const reason = [...new Set(errors.map(errorReason))].sort().join(', ');
  const count = unknown.filter((f) => f.account === account).length;
  return [
    {
      service: '*',
      region: 'every region',
      status: 'failed',
      serviceName: 'Every service',
      notRead: true,
      readInPart: false,
      reason,
      hasReason: reason !== '',
      unknown: count,
      unknownOne: count === 1,
    },
  ];
}

/** The account's compliance counts and failing controls per standard, from report.compliance. */
function complianceView(report: AuditReport, accountId: string, cap: number): AccountView['compliance'] {
  const section = report.compliance;
  if (section === null) return { show: false, standards: [] };
  const standards = [section.fsbp, section.cis].map((standard): ComplianceStandardView => {
    const titles = new Map(standard.controls.map((c) => [c.id, c.title]));
    const mine = standard.accounts.find((a) => a.account === accountId);
    const counts = mine?.counts ?? { pass: 0, fail: 0, notApplicable: 0, notJudged: 0, total: 0 };
    const failing = (mine?.controls ?? [])
      .filter((c) => c.status === 'fail')
      .map((c) => ({ id: c.id, title: titles.get(c.id) ?? '', findings: c.fingerprints.length }));
    return {
      prefix: STANDARDS[standard.standard].prefix,
      name: standard.name,
      version: standard.version,
      ...counts,
      failing: show(failing, cap),
    };
  });
  return { show: standards.some((s) => s.total > 0), standards };
}

function openGroups(findings: readonly ReportFinding[]): SeverityGroupView[] {
  return SEVERITIES.map((severity) => {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    const rules = new Map<string, { ruleId: string; title: string; findings: FindingView[] }>();
    for (const f of ofSeverity) {
      const rule = rules.get(f.ruleId) ?? { ruleId: f.ruleId, title: f.title, findings: [] };
      rule.findings.push(findingView(f));
      rules.set(f.ruleId, rule);
    }
    return {
      severity,
      count: ofSeverity.length,
      rules: [...rules.values()].sort((a, b) => a.ruleId.localeCompare(b.ruleId)),
    };
  }).filter((g) => g.count > 0);
}

/** Open groups cut to `cap` findings in all, for fitting. */
function capGroups(
  groups: readonly SeverityGroupView[],
  total: number,
  cap: number,
): Shown<SeverityGroupView> {
  let left = cap;
  const items: SeverityGroupView[] = [];
  for (const group of groups) {
    if (left <= 0) break;
    const rules: RuleGroupView[] = [];
    for (const rule of group.rules) {
      if (left <= 0) break;
      rules.push({ ...rule, findings: rule.findings.slice(0, left) });
      left -= Math.min(left, rule.findings.length);
    }
    items.push({ ...group, rules });
  }
  return { items, omitted: Math.max(0, total - cap), total };
}

/** The account's view with every list whole: built once, then capped for each fitting attempt. */
export function wholeAccountView(report: AuditReport, accountId: string): AccountView {
  const cap = Number.MAX_SAFE_INTEGER;
  const mine = (f: ReportFinding) => f.account === accountId;
  const findings = report.findings.filter(mine);
  const active = findings.filter((f) => !f.suppressed).sort(bySeverity);
  const unknown = report.unknownFindings.filter(mine).sort(bySeverity);
  const resolved = report.resolvedFindings.filter(mine).sort(bySeverity);
  const all = [...findings, ...unknown, ...resolved];
  const byState = Object.fromEntries(
    (['new', 'persisting', 'reopened', 'suppressed', 'unknown', 'resolved'] as const).map((s) => [
      s,
      all.filter((f) => f.history.state === s).length,
    ]),
  ) as Record<DiffState, number>;
  const counts = SEVERITIES.map((severity) => ({
    severity,
    count: active.filter((f) => f.severity === severity).length,
  }));
  const changes = active.filter((f) => f.history.state === 'new' || f.history.state === 'reopened');
  const savings = cents(active.reduce((n, f) => n + (f.cost?.avoidable ? f.cost.monthlyUsd : 0), 0));
  const names = new Map(active.map((f) => [f.fingerprint, f.resource.name ?? f.resource.id]));
  const costs = new Map(active.map((f) => [f.fingerprint, f.cost]));
  const basisOf = (fingerprint: string) => {
    const cost = costs.get(fingerprint);
    if (!cost) return '';
    const dates = [...new Set(cost.prices.map((p) => p.asOf))].sort();
    return dates.length > 0 ? `${cost.basis}; prices of ${dates.join(', ')}` : cost.basis;
  };
  const now = Date.parse(report.generatedAt);
  const approvalOf = (fingerprint: string) => {
    const live = report.cleanup.approvals.find(
      (a) => a.fingerprint === fingerprint && !a.revokedAt && !a.doneAt && Date.parse(a.expiresAt) > now,
    );
    return live ? `approved by ${live.approvedBy} until ${live.expiresAt.slice(0, 10)}` : '';
  };
  const cleanup = report.cleanup.candidates
    .filter((c) => c.account === accountId && names.has(c.fingerprint))
    .sort((a, b) => (b.monthlyUsd ?? 0) - (a.monthlyUsd ?? 0) || a.fingerprint.localeCompare(b.fingerprint))
    .map((c): CleanupCandidate => ({
      id: c.id,
      action: c.action,
      resource: names.get(c.fingerprint) ?? c.resourceId,
      arn: c.arn,
      region: c.region,
      monthlyUsd: c.monthlyUsd ?? 0,
      basis: basisOf(c.fingerprint),
      approval: approvalOf(c.fingerprint),
    }));
  const cleanupLog = report.cleanup.log
    .filter((entry) => entry.account === accountId)
    .map((entry): CleanupEntryView => ({
      id: entry.id,
      outcome: entry.outcome,
      done: entry.outcome === 'done',
      action: entry.action,
      resource: entry.resourceId,
      region: entry.region,
      detail: entry.detail,
      approvedBy: entry.approvedBy ?? '',
    }));
  const doneSince = now - 30 * 86_400_000;
  const cleanupDone = report.cleanup.approvals
    .filter((a) => a.account === accountId && a.doneAt !== null && Date.parse(a.doneAt) >= doneSince)
    .sort((a, b) => (b.doneAt ?? '').localeCompare(a.doneAt ?? '') || a.id.localeCompare(b.id))
    .map((a): CleanupDoneView => ({
      id: a.id,
      action: a.action,
      resource: a.resourceId,
      region: a.region,
      doneOn: (a.doneAt ?? '').slice(0, 10),
      approvedBy: a.approvedBy,
    }));
  const saved = cents(
    report.cleanup.log
      .filter((e) => e.account === accountId && e.mode === 'apply' && e.outcome === 'done')
      .reduce((sum, e) => sum + (e.monthlyUsd ?? 0), 0),
  );
  const problems = coverageProblems(report, accountId, unknown);
  const alias = report.accounts.find((a) => a.id === accountId)?.alias ?? null;
  return {
    id: accountId,
    name: alias,
    label: alias ? `${accountId} (${alias})` : accountId,
    active: active.length,
    hasActive: active.length > 0,
    bySeverity: counts,
    byState,
    changes: show(changes.map(findingView), cap),
    resolved: show(resolved.map(findingView), cap),
    unknown: show(unknown.map(findingView), cap),
    open: capGroups(openGroups(active), active.length, cap),
    coverage: { complete: problems.length === 0, problems: show(problems, cap) },
    savings,
    hasSavings: savings > 0,
    cleanup: show(cleanup, cap),
    cleanupTickable: cleanup.slice(0, cap).some((c) => !c.approval),
    cleanupMode: report.cleanup.mode,
    cleanupLog: show(cleanupLog, cap),
    cleanupDone: show(cleanupDone, cap),
    cleanupSavedMonthlyUsd: saved,
    hasCleanupSaved: saved > 0,
    cleanupNotes: show(report.cleanup.notes, cap),
    pie: {
      show: active.length > 0,
      slices: counts.filter((c) => c.count > 0).map((c) => ({ label: c.severity, count: c.count })),
    },
    compliance: complianceView(report, accountId, cap),
  };
}

const cents = (usd: number) => Math.round(usd * 100) / 100;

/** The view with at most `cap` items in each list (fitting lowers `cap`); slicing only. */
export function capAccountView(view: AccountView, cap: number): AccountView {
  const again = <T>(list: Shown<T>) => show(list.items, cap);
  return {
    ...view,
    changes: again(view.changes),
    resolved: again(view.resolved),
    unknown: again(view.unknown),
    open: capGroups(view.open.items, view.open.total, cap),
    coverage: { ...view.coverage, problems: again(view.coverage.problems) },
    cleanup: again(view.cleanup),
    cleanupTickable: view.cleanup.items.slice(0, cap).some((c) => !c.approval),
    cleanupLog: again(view.cleanupLog),
    cleanupDone: again(view.cleanupDone),
    cleanupNotes: again(view.cleanupNotes),
    compliance: {
      ...view.compliance,
      standards: view.compliance.standards.map((s) => ({ ...s, failing: again(s.failing) })),
    },
  };
}

/** The longest list a whole account view shows: fitting searches caps from this down to 0. */
export function longestOf(v: AccountView): number {
  return Math.max(
    v.changes.total,
    v.resolved.total,
    v.unknown.total,
    v.open.total,
    v.coverage.problems.total,
    v.cleanup.total,
    v.cleanupLog.total,
    v.cleanupDone.total,
    v.cleanupNotes.total,
    ...v.compliance.standards.map((s) => s.failing.total),
  );
}

/** The account's view, every list whole. */
export function accountView(
  report: AuditReport,
  accountId: string,
  links: ReportLinks = {},
): AccountView & ReportView {
  return { ...reportView(report, links), ...wholeAccountView(report, accountId) };
}

function baselineView(report: AuditReport): BaselineView {
  const { baseline } = report;
  const firstRun =
    baseline.source === 'none' && (baseline.location === null || /\bfirst run\b/.test(baseline.note ?? ''));
  if (baseline.source !== 'none') {
    return {
      firstRun: false,
      compared: true,
      unusable: false,
      text: `${baseline.source}: ${baseline.location ?? 'unknown location'}`,
      generatedAt: baseline.generatedAt,
    };
  }
  return {
    firstRun,
    compared: false,
    unusable: !firstRun,
    text: baseline.note ?? 'no previous report',
    generatedAt: null,
  };
}

/** What every view shares: the run, links, baseline, trend and warnings. */
export function reportView(report: AuditReport, links: ReportLinks): ReportView {
  const history = report.history;
  return {
    now: report.generatedAt,
    generatedAt: report.generatedAt,
    repository: report.run.repository,
    links: { run: webLink(links.run), artifact: webLink(links.artifact), issue: webLink(links.issue) },
    baseline: baselineView(report),
    trend: {
      show: history.length >= 2,
      labels: history.map((h) => h.generatedAt.slice(5, 10)),
      active: history.map((h) => h.active),
      max: Math.max(1, ...history.map((h) => h.active)),
    },
    warnings: report.warnings,
  };
}

/** The accounts a report covers: those scanned, and any a finding names. */
export function accountIds(report: AuditReport): string[] {
  const ids = new Set(report.accounts.map((a) => a.id));
  for (const f of [...report.findings, ...report.unknownFindings, ...report.resolvedFindings])
    ids.add(f.account);
  // An account that could not be entered (or whose part is missing) is said, not left out.
  for (const e of report.scanErrors) ids.add(e.account);
  return [...ids].sort();
}
