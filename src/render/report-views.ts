import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditReport } from '../report/schema.js';
import { BUILTIN_TEMPLATES } from './builtin-templates.js';
import { plainText } from './escape.js';
import type { Medium } from './helpers.js';
import { fitList, fitText, GITHUB_BODY, JOB_SUMMARY, type SizeLimit } from './limits.js';
import { renderSlack, slackLimitProblems, type SlackMessage } from './slack.js';
import { compileTemplate, reason, TemplateError, type Template, type TemplateContext } from './templates.js';
import {
  accountIds,
  capAccountView,
  findingView,
  longestOf,
  reportView,
  show,
  wholeAccountView,
  type AccountView,
  type ReportLinks,
  type ReportView,
} from './view-model.js';

/** The report templates, by the file name that overrides each. */
export const TEMPLATE_FILES = {
  prComment: 'pr-comment.md.hbs',
  issue: 'issue.md.hbs',
  organizationIssue: 'organization-issue.md.hbs',
  summary: 'summary.md.hbs',
  slack: 'slack.json.hbs',
} as const;
export type TemplateKind = keyof typeof TEMPLATE_FILES;

export interface LoadedTemplate {
  /** What errors name: the override's path, or `built-in <name>`. */
  readonly file: string;
  readonly render: Template;
}
export type ReportTemplates = Readonly<Record<TemplateKind, LoadedTemplate>>;

const mediumOf = (name: string): Medium => (name.endsWith('.json.hbs') ? 'slack' : 'markdown');
const KINDS = Object.keys(TEMPLATE_FILES) as TemplateKind[];
const EXPECTED = Object.values(TEMPLATE_FILES).join(', ');

function builtin(kind: TemplateKind): LoadedTemplate {
  const name = TEMPLATE_FILES[kind];
  const source = BUILTIN_TEMPLATES[name];
  const file = `built-in ${name}`;
  if (source === undefined) throw new TemplateError(file, 'missing from the bundle (run npm run docs)');
  return { file, render: compileTemplate(mediumOf(name), source, file) };
}

/**
 * The built-in templates, each replaced by the file of its name in `dir` when there is one. Called
 * before the scan: a missing directory, one with none of the names or with another `*.hbs`,
 * and a template that does not compile are a `TemplateError` naming the directory or file.
 */
export async function loadTemplates(dir?: string): Promise<ReportTemplates> {
  const loaded = Object.fromEntries(KINDS.map((kind) => [kind, builtin(kind)])) as Record<
    TemplateKind,
    LoadedTemplate
  >;
  if (dir === undefined) return loaded;
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.hbs'));
  } catch (error) {
    throw new TemplateError(
      dir,
      `cannot read the template directory (${reason(error)}); expected ${EXPECTED}`,
      {
        cause: error,
      },
    );
  }
  const known = new Set<string>(Object.values(TEMPLATE_FILES));
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new TemplateError(dir, `unknown template ${unknown.sort().join(', ')}; the names are ${EXPECTED}`);
  }
  if (names.length === 0)
    throw new TemplateError(dir, `holds no template; expected one or more of ${EXPECTED}`);
  for (const kind of KINDS) {
    const name = TEMPLATE_FILES[kind];
    if (!names.includes(name)) continue;
    const file = join(dir, name);
    const source = await readFile(file, 'utf8');
    loaded[kind] = { file, render: compileTemplate(mediumOf(name), source, file) };
  }
  return loaded;
}

/** A count 0..n-1 for fitList: the items are the cap on every list of a view. */
const caps = (n: number) => Array.from({ length: n }, (_, i) => i);

/** The template rendered with every list at most `cap` long, the largest cap that fits the limit. */
export function fitted(
  template: LoadedTemplate,
  longest: number,
  context: (cap: number) => TemplateContext,
  limit: SizeLimit,
): string {
  return fitText(caps(longest), (shown) => template.render(context(shown.length)), limit).output;
}

function accountContext(base: ReportView, whole: AccountView) {
  return (cap: number): TemplateContext => ({ ...base, ...capAccountView(whole, cap) });
}

/** The sticky PR comment for one account: Markdown under GitHub's body limit. */
export function renderPrComment(
  report: AuditReport,
  accountId: string,
  templates: ReportTemplates,
  links: ReportLinks = {},
): string {
  const whole = wholeAccountView(report, accountId);
  const context = accountContext(reportView(report, links), whole);
  return fitted(templates.prComment, longestOf(whole), context, GITHUB_BODY);
}

export interface IssueContent {
  readonly title: string;
  readonly body: string;
  /** Open while the account has active findings, or earlier ones not judged this run (unknown). */
  readonly open: boolean;
}

/** The dashboard issue of one account. */
export function renderIssue(
  report: AuditReport,
  accountId: string,
  templates: ReportTemplates,
  links: ReportLinks = {},
): IssueContent {
  const whole = wholeAccountView(report, accountId);
  const context = accountContext(reportView(report, links), whole);
  return {
    title: plainText(`AWS audit: account ${whole.label}`),
    body: fitted(templates.issue, longestOf(whole), context, GITHUB_BODY),
    open: whole.active > 0 || whole.unknown.total > 0,
  };
}

/** The job summary: every account of the report, under the job summary's byte limit. */
export function renderSummary(
  report: AuditReport,
  templates: ReportTemplates,
  links: ReportLinks = {},
): string {
  const ids = accountIds(report);
  const base = reportView(report, links);
  const wholes = ids.map((id) => wholeAccountView(report, id));
  const longest = Math.max(0, ...wholes.map(longestOf));
  const context = (cap: number): TemplateContext => ({
    ...base,
    accounts: wholes.map((whole) => capAccountView(whole, cap)),
  });
  return fitted(templates.summary, longest, context, JOB_SUMMARY);
}

/** A link for Slack's `<url|text>`: `&` as `&amp;`, `|` (the separator) percent-encoded. */
const slackHref = (href: string | null) =>
  href === null ? null : href.replace(/&/g, '&amp;').replace(/\|/g, '%7C');

/**
 * The Slack message of the run: what is new and resolved across the accounts, what was not read,
 * links to the run, the issue or comment, and the report. Valid Block Kit within Slack's limits;
 * a template that is over them even with no finding listed is a `TemplateError`.
 */
export function renderSlackMessage(
  report: AuditReport,
  templates: ReportTemplates,
  links: ReportLinks = {},
): SlackMessage {
  const base = reportView(report, links);
  const ids = accountIds(report);
  const views = ids.map((id) => wholeAccountView(report, id));
  const changes = report.findings
    .filter((f) => !f.suppressed && (f.history.state === 'new' || f.history.state === 'reopened'))
    .map(findingView);
  const resolved = report.resolvedFindings.map(findingView);
  const byRank = (a: { severity: string }, b: { severity: string }) =>
    ['critical', 'high', 'medium', 'low', 'info'].indexOf(a.severity) -
    ['critical', 'high', 'medium', 'low', 'info'].indexOf(b.severity);
  changes.sort(byRank);
  resolved.sort(byRank);
  const cleanupLog = report.cleanup.log.map((entry) => ({
    id: entry.id,
    outcome: entry.outcome,
    action: entry.action,
    resource: entry.resourceId,
    account: entry.account,
    region: entry.region,
    detail: entry.detail,
  }));
  const title = `AWS audit: ${changes.length} new, ${resolved.length} resolved, ${report.unknownFindings.length} unknown`;
  const slackLinks = {
    run: slackHref(base.links.run),
    issue: slackHref(base.links.issue),
    artifact: slackHref(base.links.artifact),
  };
  const context = (cap: number): TemplateContext => ({
    ...base,
    title: `${title} (${ids.length === 1 ? '1 account' : `${ids.length} accounts`})`,
    accounts: views.map((v) => ({
      label: v.label,
      new: v.byState.new + v.byState.reopened,
      resolved: v.byState.resolved,
      unknown: v.byState.unknown,
      active: v.active,
    })),
    unreadScopes: views.reduce(
      (n, v) => n + v.coverage.problems.items.filter((p) => p.status !== 'error').length,
      0,
    ),
    unknownCount: report.unknownFindings.length,
    unknownOne: report.unknownFindings.length === 1,
    changes: show(changes, cap),
    resolved: show(resolved, cap),
    cleanup: show(cleanupLog, cap),
    cleanupMode: report.cleanup.mode,
    slackLinks,
    hasLinks: Object.values(slackLinks).some((l) => l !== null),
  });
  const { slack } = templates;
  const result = fitList(
    caps(Math.max(changes.length, resolved.length, cleanupLog.length)),
    (shown) => renderSlack(slack.render, context(shown.length), slack.file),
    (message) => slackLimitProblems(message).length === 0,
  );
  if (!result.fits) {
    throw new TemplateError(
      slack.file,
      `over Slack's limits: ${slackLimitProblems(result.output).join('; ')}`,
    );
  }
  return result.output;
}
