import type { Severity } from '../../findings/finding.js';
import { baselineFromFile, type Baseline } from '../../diff/baseline.js';
import { failOnNewVerdict, failOnVerdict, parseFailOn } from '../../report/fail-on.js';
import type { AuditReport } from '../../report/report.js';
import { auditSummaryText } from '../../render/audit-summary.js';
import { diffSummaryText } from '../../render/diff-summary.js';
import { EXIT, type Io } from '../io.js';

export { failOnVerdict, parseFailOn } from '../../report/fail-on.js';

export const auditOptions = {
  config: { type: 'string' },
  'fail-on': { type: 'string' },
  'fail-on-new': { type: 'string' },
  'previous-report': { type: 'string' },
} as const;

export interface Gates {
  failOn: Severity | null;
  failOnNew: Severity | null;
}

/** Both gates, checked before anything runs. */
export function readGates(get: (name: string) => string | undefined): Gates {
  return {
    failOn: parseFailOn(get('fail-on'), '--fail-on'),
    failOnNew: parseFailOn(get('fail-on-new'), '--fail-on-new'),
  };
}

/** The previous report named by --previous-report, or none; an unusable one is a warning. */
export async function readBaseline(path: string | undefined, io: Io): Promise<Baseline | undefined> {
  if (!path) return undefined;
  const baseline = await baselineFromFile(path);
  if (baseline.warning) io.err(`warning: ${baseline.warning}`);
  return baseline;
}

/** Prints the audit and its diff, says where the report is, and gives the exit code of the gates. */
export function finishAudit(report: AuditReport, reportPath: string, io: Io, gates: Gates): number {
  io.out(auditSummaryText(report));
  io.out(diffSummaryText(report));
  io.out(`Report written to ${reportPath}`);
  const verdicts = [
    [failOnVerdict(report, gates.failOn), `--fail-on ${gates.failOn}`],
    [failOnNewVerdict(report, gates.failOnNew), `--fail-on-new ${gates.failOnNew}`],
  ].filter(([verdict]) => verdict !== null);
  for (const [verdict, gate] of verdicts) io.err(`aws-audit: ${verdict} (${gate})`);
  return verdicts.length > 0 ? EXIT.findings : EXIT.ok;
}
