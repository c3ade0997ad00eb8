import { byStatus } from '../report/compliance.js';
import type {
  AuditReport,
  ComplianceControl,
  ComplianceCounts,
  ComplianceStatus,
  ControlResult,
  StandardCompliance,
} from '../report/schema.js';
import { escapeMarkdown, markdownCode } from './escape-markdown.js';
import { truncate } from './format.js';

/** How each status reads: "not judged" is its own word, never folded into a pass. */
export const STATUS_WORDS: Readonly<Record<ComplianceStatus, string>> = {
  pass: 'pass',
  fail: 'fail',
  'not-applicable': 'not applicable',
  'not-judged': 'not judged',
};

/** Findings named per failing control in the Markdown table; the JSON has all of them. */
const NAMED_FINDINGS = 10;

/** `12 pass, 3 fail, 4 not applicable, 349 not judged; 368 controls`. */
export function countsLine(counts: ComplianceCounts): string {
  return (
    `${counts.pass} pass, ${counts.fail} fail, ${counts.notApplicable} not applicable, ` +
    `${counts.notJudged} not judged; ${counts.total} controls`
  );
}

/** The reason, with each citing rule's deviation from the control. */
export function reasonWithDeviations(
  result: Pick<ControlResult, 'reason'>,
  control: { readonly deviations: readonly { ruleId: string; note: string }[] } | undefined,
): string {
  const deviations = (control?.deviations ?? []).map((d) => `judged differently (${d.ruleId}): ${d.note}`);
  return [result.reason, ...deviations].filter((part) => part !== '').join('; ');
}

export interface ComplianceRow extends ControlResult {
  readonly title: string;
  readonly ruleIds: readonly string[];
  readonly deviations: ComplianceControl['deviations'];
}

export interface AccountComplianceView {
  readonly account: string;
  readonly alias: string | null;
  readonly counts: ComplianceCounts;
  readonly controls: readonly ComplianceRow[];
}

/**
 * One standard's view for output: controls joined with the table (title, rules, deviations), only
 * those of the given statuses (all when none), fails first, then not judged, not applicable, pass.
 */
export function complianceRows(
  view: StandardCompliance,
  report: Pick<AuditReport, 'accounts'>,
  statuses: readonly ComplianceStatus[] = [],
): AccountComplianceView[] {
  const table = new Map(view.controls.map((c) => [c.id, c]));
  return view.accounts.map((account) => ({
    account: account.account,
    alias: report.accounts.find((a) => a.id === account.account)?.alias ?? null,
    counts: account.counts,
    controls: account.controls
      .filter((c) => statuses.length === 0 || statuses.includes(c.status))
      .slice()
      .sort(byStatus)
      .map((c) => {
        const control = table.get(c.id);
        return {
          ...c,
          title: control?.title ?? '',
          ruleIds: control?.ruleIds ?? [],
          deviations: control?.deviations ?? [],
        };
      }),
  }));
}

const cell = (text: string, max?: number) => escapeMarkdown(max === undefined ? text : truncate(text, max));

/**
 * The view as Markdown: per account a counts line and a table of its controls. Every value is
 * escaped (account aliases, titles, reasons and fingerprints alike).
 */
export function complianceMarkdown(
  view: StandardCompliance,
  report: Pick<AuditReport, 'accounts' | 'generatedAt'>,
  options: { prefix: string; statuses?: readonly ComplianceStatus[]; note?: string },
): string {
  const statuses = options.statuses ?? [];
  const lines = [
    `## ${cell(`${options.prefix} compliance: ${view.name} v${view.version}`)}`,
    '',
    `From the report of ${cell(report.generatedAt)}. Not judged: no rule checks the control, a rule ` +
      'citing it was disabled or failed, or a scope it reads was not read completely. It is never ' +
      'counted as a pass.',
  ];
  if (options.note) lines.push('', `> ${cell(options.note)}`);
  if (statuses.length > 0)
    lines.push('', `Showing controls that are ${statuses.map((s) => STATUS_WORDS[s]).join(', ')}.`);
  const accounts = complianceRows(view, report, statuses);
  if (accounts.length === 0) lines.push('', 'The report covers no account.');
  for (const account of accounts) {
    const label = account.alias ? `${account.account} (${account.alias})` : account.account;
    lines.push('', `### Account ${cell(label)}`, '', countsLine(account.counts), '');
    if (account.controls.length === 0) {
      lines.push('No control of these statuses.');
      continue;
    }
    lines.push(
      '| Control | Status | Title | Why | Rules | Findings |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const row of account.controls) {
      const named = row.fingerprints.slice(0, NAMED_FINDINGS).map((f) => markdownCode(f.slice(0, 8)));
      const more = row.fingerprints.length - named.length;
      const findings = [...named, ...(more > 0 ? [`and ${more} more`] : [])].join(', ');
      lines.push(
        `| ${markdownCode(row.id)} | ${cell(STATUS_WORDS[row.status])} | ${cell(row.title, 120)} | ` +
          `${cell(reasonWithDeviations(row, row), 400)} | ${row.ruleIds.map((id) => markdownCode(id)).join(', ')} | ` +
          `${findings} |`,
      );
    }
  }
  return lines.join('\n');
}
