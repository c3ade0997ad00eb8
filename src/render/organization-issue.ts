import { SEVERITIES } from '../findings/finding.js';
import type { AuditReport } from '../report/schema.js';
import { plainText } from './escape.js';
import { fitText, GITHUB_BODY } from './limits.js';
import { fitted, type IssueContent, type ReportTemplates } from './report-views.js';
import type { TemplateContext } from './templates.js';
import {
  accountIds,
  capAccountView,
  longestOf,
  reportView,
  show,
  wholeAccountView,
  type AccountView,
  type ReportLinks,
} from './view-model.js';

/** Not read in full, or with earlier findings not judged this run: what to look at first. */
const troubled = (v: AccountView) => !v.coverage.complete || v.unknown.total > 0;

/**
 * Accounts not read or with unknown findings first, then by open findings, most first; the id
 * breaks ties so the order is stable across runs (the issue is not rewritten for nothing).
 */
export function organizationOrder(views: readonly AccountView[]): AccountView[] {
  return [...views].sort(
    (a, b) => Number(troubled(b)) - Number(troubled(a)) || b.active - a.active || a.id.localeCompare(b.id),
  );
}

/** The header's totals over every account of the report, shown or not. */
export function organizationTotals(views: readonly AccountView[]) {
  const sum = (of: (v: AccountView) => number) => views.reduce((n, v) => n + of(v), 0);
  return {
    accounts: views.length,
    problemAccounts: views.filter(troubled).length,
    active: sum((v) => v.active),
    bySeverity: SEVERITIES.map((severity) => ({
      severity,
      count: sum((v) => v.bySeverity.find((s) => s.severity === severity)?.count ?? 0),
    })),
    // As in Slack: a reopened finding is news too.
    new: sum((v) => v.byState.new + v.byState.reopened),
    resolved: sum((v) => v.byState.resolved),
    unknown: sum((v) => v.unknown.total),
    savings: Math.round(sum((v) => v.savings) * 100) / 100,
  };
}

/**
 * The one dashboard issue of `dashboard: organization`: totals, then a section per account, under
 * GitHub's body limit. Hundreds of accounts may not fit even with no finding listed, so the number
 * of accounts is fitted first (with every list empty), then the lists of the accounts shown.
 */
export function renderOrganizationIssue(
  report: AuditReport,
  templates: ReportTemplates,
  links: ReportLinks = {},
): IssueContent {
  const template = templates.organizationIssue;
  const base = reportView(report, links);
  const wholes = organizationOrder(accountIds(report).map((id) => wholeAccountView(report, id)));
  const totals = organizationTotals(wholes);
  const context = (count: number, cap: number): TemplateContext => {
    const shown = show(wholes, count);
    return { ...base, totals, accounts: { ...shown, items: shown.items.map((w) => capAccountView(w, cap)) } };
  };
  const count = fitText(wholes, (shown) => template.render(context(shown.length, 0)), GITHUB_BODY).shown;
  const longest = Math.max(0, ...wholes.slice(0, count).map(longestOf));
  const accounts = wholes.length === 1 ? '1 account' : `${wholes.length} accounts`;
  return {
    title: plainText(`AWS audit: organization (${accounts})`),
    body: fitted(template, longest, (cap) => context(count, cap), GITHUB_BODY),
    // The rule of the per-account issues, over every account.
    open: wholes.some((w) => w.active > 0 || w.unknown.total > 0),
  };
}
