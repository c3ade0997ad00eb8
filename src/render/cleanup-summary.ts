import type { AuditReport } from '../report/schema.js';

const OUTCOME_WORDS = {
  done: 'done',
  pending: 'started, re-checked next run',
  'would-do': 'would be done',
  skipped: 'skipped',
  failed: 'failed',
} as const;

/** The cleanup log as log lines: a count per outcome, then one line per approved candidate. */
export function cleanupSummaryLines(report: AuditReport): string[] {
  const { mode, log, approvals } = report.cleanup;
  if (mode === 'off') return [];
  const counts = Object.entries(OUTCOME_WORDS)
    .map(([outcome, words]) => [log.filter((entry) => entry.outcome === outcome).length, words] as const)
    .filter(([count]) => count > 0)
    .map(([count, words]) => `${count} ${words}`);
  const live = approvals.filter((a) => !a.revokedAt && !a.doneAt).length;
  return [
    `Cleanup (${mode}): ${counts.join(', ') || 'nothing approved'}; ${live} approval(s) on record`,
    ...log.map(
      (entry) =>
        `  ${entry.outcome.padEnd(8)} ${entry.action} ${entry.resourceId} (${entry.region}, ${entry.id}): ${entry.detail}` +
        (entry.calls.length > 0 ? ` [${entry.calls.join('; ')}]` : ''),
    ),
  ];
}
