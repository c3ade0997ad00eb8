import { SEVERITIES } from '../findings/finding.js';
import type { AuditReport } from '../report/report.js';
import { escapeHtmlCell, escapeMarkdown, plainText } from './escape.js';
import { groupByRule, type FindingGroup } from './group.js';

const usd = (value: number) => `$${value.toFixed(2)}`;

function headline(report: AuditReport): string {
  const { summary } = report;
  const counts = SEVERITIES.filter((s) => summary.bySeverity[s] > 0)
    .map((s) => `${summary.bySeverity[s]} ${s}`)
    .join(', ');
  return (
    `${summary.active} finding(s)${counts ? `: ${counts}` : ''}` +
    `${summary.suppressed ? `; ${summary.suppressed} suppressed` : ''}` +
    `${summary.estimatedMonthlySavingsUsd > 0 ? `; estimated savings ${usd(summary.estimatedMonthlySavingsUsd)} a month` : ''}`
  );
}

/** One finding's message for a one-finding group; otherwise the count and where. */
function groupText(group: FindingGroup): string {
  if (group.findings.length === 1) return plainText(group.findings[0]?.message ?? '');
  const places = group.findings.map((f) =>
    f.resource.type === 'aws:region' ? f.region : (f.resource.name ?? f.resource.id),
  );
  const shown = places.slice(0, 4).map(plainText).join(', ');
  return `${group.title}: ${group.findings.length} (${shown}${places.length > 4 ? ', ...' : ''})`;
}

/** Plain text for terminals and Action logs: the counts, then one line per rule. */
export function auditSummaryText(report: AuditReport, limit = 30): string {
  const groups = groupByRule(report.findings);
  return [
    headline(report),
    ...groups
      .slice(0, limit)
      .map(
        (g) =>
          `  ${g.severity.padEnd(8)} ${g.ruleId}  ${groupText(g)}${g.monthlyUsd > 0 ? `  [${usd(g.monthlyUsd)}/month]` : ''}`,
      ),
    ...(groups.length > limit ? [`  ... and ${groups.length - limit} more rule(s) in the report`] : []),
    ...report.warnings.map((w) => `warning: ${plainText(w)}`),
  ].join('\n');
}

/** Markdown for the job summary: one row per rule, each with its findings folded underneath. */
export function auditSummaryMarkdown(report: AuditReport, findingsPerRule = 20): string {
  const { summary } = report;
  const groups = groupByRule(report.findings);
  const details = (group: FindingGroup) => {
    const items = group.findings
      .slice(0, findingsPerRule)
      .map(
        (f) =>
          `<li><code>${f.account}</code> ${f.region} <b>${escapeHtmlCell(f.resource.name ?? f.resource.id)}</b>: ${escapeHtmlCell(f.message)}${f.cost ? ` (${usd(f.cost.monthlyUsd)}/month)` : ''}</li>`,
      );
    const more =
      group.findings.length > findingsPerRule
        ? [`<li>... and ${group.findings.length - findingsPerRule} more in the report</li>`]
        : [];
    return `<details><summary>${group.findings.length} finding(s)</summary><ul>${[...items, ...more].join('')}</ul></details>`;
  };
  return [
    '## AWS audit findings',
    '',
    `| ${SEVERITIES.join(' | ')} | suppressed | estimated savings / month |`,
    `| ${SEVERITIES.map(() => '---:').join(' | ')} | ---: | ---: |`,
    `| ${SEVERITIES.map((s) => summary.bySeverity[s]).join(' | ')} | ${summary.suppressed} | ${usd(summary.estimatedMonthlySavingsUsd)} |`,
    '',
    ...(groups.length > 0
      ? [
          '| Severity | Rule | Findings | $ / month |',
          '| --- | --- | --- | ---: |',
          ...groups.map(
            (g) =>
              `| ${g.severity} | \`${g.ruleId}\` ${escapeMarkdown(g.title)} | ${details(g)} | ${g.monthlyUsd > 0 ? usd(g.monthlyUsd) : ''} |`,
          ),
        ]
      : ['No active findings.']),
    ...(report.warnings.length > 0 ? ['', ...report.warnings.map((w) => `> ${escapeMarkdown(w)}`)] : []),
    '',
  ].join('\n');
}
