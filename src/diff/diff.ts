import { summarize, withHistory } from '../report/report.js';
import type {
  ApprovalRecord,
  AuditReport,
  BaselineInfo,
  FindingHistory,
  ReportFinding,
  RuleJudgement,
} from '../report/schema.js';

/** How long a resolution is remembered, so that the finding's return reads as reopened. */
const RESOLUTION_MEMORY_DAYS = 90;
const DAY_MS = 86_400_000;

type Judgement = typeof RuleJudgement.static;

/** The judgement of the rule that wrote a finding: by its id, or an earlier id of the rule. */
function judgementIndex(rules: readonly Judgement[]): (ruleId: string) => Judgement | undefined {
  const byId = new Map<string, Judgement>();
  for (const rule of rules) for (const id of [rule.id, ...rule.aliases]) byId.set(id, rule);
  return (ruleId) => byId.get(ruleId);
}

/** The scope status an absent finding is judged by, or why there is none. */
function statusFor(
  judgement: Judgement | undefined,
  finding: ReportFinding,
): NonNullable<FindingHistory['unknownBecause']> | 'complete' {
  if (!judgement) return 'rule-not-run';
  if (judgement.error !== null) return 'rule-failed';
  const exact = judgement.scopes.find((s) => s.account === finding.account && s.region === finding.region);
  const scope = exact ?? judgement.scopes.find((s) => s.account === finding.account && s.region === 'global');
  return scope?.status ?? 'not-scanned';
}

/**
 * Weighs this run's report (as buildReport made it: every finding new) against the previous run's.
 * By fingerprint: a finding seen before persists (first seen carried over, a severity change
 * noted); one resolved in the last 90 days and back is reopened; the rest is new. A previous
 * finding absent now is resolved only where its rule judged its scope `complete` this run;
 * anywhere else it is unknown and carried over with its last-seen date, never resolved, never
 * dropped. Pure: the same two reports always give the same result.
 */
export function applyBaseline(
  current: AuditReport,
  previous: AuditReport | undefined,
  baseline: BaselineInfo,
): AuditReport {
  if (!previous) return { ...current, baseline };
  const at = current.generatedAt;
  const before = new Map<string, ReportFinding>();
  for (const finding of [...previous.findings, ...previous.unknownFindings])
    before.set(finding.fingerprint, finding);
  const resolvedBefore = new Map(previous.resolvedHistory.map((r) => [r.fingerprint, r]));

  const findings = current.findings.map((finding): ReportFinding => {
    const seen = before.get(finding.fingerprint);
    const resolved = resolvedBefore.get(finding.fingerprint);
    const state: FindingHistory['state'] = finding.suppressed
      ? 'suppressed'
      : seen
        ? 'persisting'
        : resolved
          ? 'reopened'
          : 'new';
    return {
      ...finding,
      history: {
        state,
        firstSeen: seen?.history.firstSeen ?? at,
        lastSeen: at,
        previousSeverity: seen && seen.severity !== finding.severity ? seen.severity : null,
        unknownBecause: null,
        resolvedAt: null,
      },
    };
  });

  const now = new Set(findings.map((f) => f.fingerprint));
  const judgementOf = judgementIndex(current.rules);
  const unknownFindings: ReportFinding[] = [];
  const resolvedFindings: ReportFinding[] = [];
  for (const finding of before.values()) {
    if (now.has(finding.fingerprint)) continue;
    const status = statusFor(judgementOf(finding.ruleId), finding);
    if (status === 'complete') {
      resolvedFindings.push({
        ...finding,
        history: { ...finding.history, state: 'resolved', unknownBecause: null, resolvedAt: at },
      });
    } else {
      unknownFindings.push({
        ...finding,
        history: { ...finding.history, state: 'unknown', unknownBecause: status },
      });
    }
  }

  const horizon = Date.parse(at) - RESOLUTION_MEMORY_DAYS * DAY_MS;
  const resolvedHistory = [
    ...previous.resolvedHistory.filter((r) => !now.has(r.fingerprint) && Date.parse(r.resolvedAt) >= horizon),
    ...resolvedFindings.map((f) => ({
      fingerprint: f.fingerprint,
      ruleId: f.ruleId,
      resourceArn: f.resource.arn,
      firstSeen: f.history.firstSeen,
      resolvedAt: at,
    })),
  ].sort((a, b) => a.fingerprint.localeCompare(b.fingerprint));

  const byFingerprint = (a: ReportFinding, b: ReportFinding) => a.fingerprint.localeCompare(b.fingerprint);
  const report: AuditReport = {
    ...current,
    baseline,
    findings,
    unknownFindings: unknownFindings.sort(byFingerprint),
    resolvedFindings: resolvedFindings.sort(byFingerprint),
    resolvedHistory,
    summary: summarize(findings, unknownFindings, resolvedFindings),
    cleanup: { ...current.cleanup, approvals: carriedApprovals(previous.cleanup.approvals, Date.parse(at)) },
  };
  return withHistory(report, previous.history);
}

/** How long an expired, revoked or used approval stays in the ledger, so the dashboard can say so. */
const APPROVAL_MEMORY_MS = 30 * 86_400_000;

/** The approvals ledger, carried forward: what is still live, and what ended within 30 days. */
export function carriedApprovals(approvals: readonly ApprovalRecord[], now: number): ApprovalRecord[] {
  const ended = (a: ApprovalRecord) =>
    Math.min(
      Date.parse(a.expiresAt),
      Date.parse(a.revokedAt ?? a.expiresAt),
      Date.parse(a.doneAt ?? a.expiresAt),
    );
  return approvals.filter((a) => ended(a) >= now - APPROVAL_MEMORY_MS);
}
