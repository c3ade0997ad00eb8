import { SEVERITIES, severityRank, type Severity } from '../findings/finding.js';
import type { AuditReport, DiffState, ReportFinding } from '../report/schema.js';
import { plainText } from './escape.js';

const count = (report: AuditReport, state: DiffState) =>
  SEVERITIES.reduce((n, s) => n + report.summary.byState[state][s], 0);

/** The most severe new or reopened active finding's severity, or null. */
export function highestNewSeverity(report: AuditReport): Severity | null {
  const fresh = report.findings.filter((f) => f.history.state === 'new' || f.history.state === 'reopened');
  return fresh.map((f) => f.severity).sort((a, b) => severityRank(a) - severityRank(b))[0] ?? null;
}

const WHY_UNKNOWN: Record<string, string> = {
  partial: 'read only in part',
  failed: 'could not be read',
  'not-scanned': 'not scanned',
  excluded: 'outside the configured scope',
  'rule-not-run': 'rule not run',
  'rule-failed': 'rule failed',
};

const line = (f: ReportFinding, note = '') =>
  `  ${f.severity.padEnd(8)} ${f.ruleId}  ${plainText(f.resource.name ?? f.resource.id)} (${f.account} ${f.region})${note}`;

/** Plain text: where the baseline came from, the counts per state, then the new, resolved and unknown findings. */
export function diffSummaryText(report: AuditReport, limit = 20): string {
  const { baseline } = report;
  if (baseline.source === 'none') {
    return `No previous report${baseline.note ? ` (${plainText(baseline.note)})` : ''}: every finding counts as new.`;
  }
  const fresh = report.findings.filter((f) => f.history.state === 'new' || f.history.state === 'reopened');
  const section = (title: string, items: ReportFinding[], note: (f: ReportFinding) => string = () => '') =>
    items.length === 0
      ? []
      : [
          `${title}:`,
          ...items.slice(0, limit).map((f) => line(f, note(f))),
          ...(items.length > limit ? [`  ... and ${items.length - limit} more in the report`] : []),
        ];
  return [
    `Compared with the report of ${baseline.generatedAt ?? 'an unknown time'} (${baseline.source}: ${plainText(baseline.location ?? '')}): ` +
      `${count(report, 'new')} new, ${count(report, 'reopened')} reopened, ${count(report, 'resolved')} resolved, ` +
      `${count(report, 'persisting')} persisting, ${count(report, 'unknown')} unknown (not judged this run), ` +
      `${count(report, 'suppressed')} suppressed.`,
    ...section('New', fresh, (f) => (f.history.state === 'reopened' ? ' [reopened]' : '')),
    ...section('Resolved', report.resolvedFindings),
    ...section('Unknown (their scope was not judged this run; not resolved)', report.unknownFindings, (f) =>
      f.history.unknownBecause
        ? ` [${WHY_UNKNOWN[f.history.unknownBecause] ?? f.history.unknownBecause}]`
        : '',
    ),
  ].join('\n');
}
