import { UsageError } from '../usage-error.js';
import { SEVERITIES, type Severity } from '../findings/finding.js';
import { activeAtLeast, newAtLeast, type AuditReport } from './report.js';

/** `none` (or empty) never fails; otherwise a severity. `name` is the input or flag, for the message. */
export function parseFailOn(value: string | undefined, name: string): Severity | null {
  if (value === undefined || value === '' || value === 'none') return null;
  if (!(SEVERITIES as readonly string[]).includes(value)) {
    throw new UsageError(`${name} must be one of none, ${SEVERITIES.join(', ')}; got '${value}'`);
  }
  return value as Severity;
}

/** Why the run should fail, or null. */
export function failOnVerdict(report: AuditReport, failOn: Severity | null): string | null {
  if (!failOn) return null;
  const over = activeAtLeast(report, failOn);
  return over.length > 0 ? `${over.length} active finding(s) at or above ${failOn}` : null;
}

/** Why the run should fail on new findings (a PR check's question), or null. */
export function failOnNewVerdict(report: AuditReport, failOnNew: Severity | null): string | null {
  if (!failOnNew) return null;
  const fresh = newAtLeast(report, failOnNew);
  return fresh.length > 0 ? `${fresh.length} new finding(s) at or above ${failOnNew}` : null;
}
