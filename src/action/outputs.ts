import { SEVERITIES } from '../findings/finding.js';
import type { Inventory } from '../inventory/document.js';
import { highestNewSeverity } from '../render/diff-summary.js';
import type { AuditReport } from '../report/schema.js';

type SetOutput = (name: string, value: string) => void;

/** The scan's outputs, set as soon as the inventory is written. */
export function setScanOutputs(setOutput: SetOutput, inventory: Inventory, inventoryPath: string): void {
  setOutput('inventory-path', inventoryPath);
  setOutput('account-ids', inventory.accounts.map((a) => a.id).join(','));
  setOutput('resource-count', String(inventory.resources.length));
  setOutput('error-count', String(inventory.errors.length));
}

/** The audit's and the diff's outputs. */
export function setReportOutputs(setOutput: SetOutput, report: AuditReport, reportPath: string): void {
  setOutput('report-path', reportPath);
  setOutput('findings', String(report.summary.active));
  for (const severity of SEVERITIES)
    setOutput(`findings-${severity}`, String(report.summary.bySeverity[severity]));
  setOutput('estimated-monthly-savings-usd', report.summary.estimatedMonthlySavingsUsd.toFixed(2));
  const { byState } = report.summary;
  const total = (state: keyof typeof byState) => SEVERITIES.reduce((n, s) => n + byState[state][s], 0);
  setOutput('findings-new', String(total('new') + total('reopened')));
  setOutput('findings-resolved', String(total('resolved')));
  setOutput('findings-unknown', String(total('unknown')));
  setOutput('highest-new-severity', highestNewSeverity(report) ?? 'none');
  const { baseline } = report;
  setOutput(
    'baseline',
    baseline.source === 'none' ? 'none' : `${baseline.source}:${baseline.location ?? ''}`,
  );
}

/** How the approved cleanup went: counts per outcome (all 0 when cleanup is off). */
export function setCleanupOutputs(setOutput: SetOutput, report: AuditReport): void {
  const count = (outcome: string) => report.cleanup.log.filter((entry) => entry.outcome === outcome).length;
  setOutput('cleanup-done', String(count('done')));
  setOutput('cleanup-pending', String(count('pending')));
  setOutput('cleanup-would-do', String(count('would-do')));
  setOutput('cleanup-skipped', String(count('skipped')));
  setOutput('cleanup-failed', String(count('failed')));
}
