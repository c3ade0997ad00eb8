import { parseArgs } from 'node:util';
import { readReport, ReportValidationError } from '../../report/io.js';
import {
  loadTemplates,
  renderIssue,
  renderPrComment,
  renderSlackMessage,
  renderSummary,
} from '../../render/report-views.js';
import { renderOrganizationIssue } from '../../render/organization-issue.js';
import { TemplateError } from '../../render/templates.js';
import { accountIds, type ReportLinks } from '../../render/view-model.js';
import { UsageError } from '../../usage-error.js';
import { HELP } from '../help.js';
import { EXIT, type Io } from '../io.js';

const VIEWS = ['summary', 'pr-comment', 'issue', 'organization-issue', 'slack'] as const;
type View = (typeof VIEWS)[number];

const options = {
  report: { type: 'string' },
  view: { type: 'string' },
  account: { type: 'string' },
  'templates-dir': { type: 'string' },
  'run-url': { type: 'string' },
  'artifact-url': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A mistake in what the user gave (a report that is not one, a template that does not compile). */
async function usage<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ReportValidationError || error instanceof TemplateError) {
      throw new UsageError(error.message, { cause: error });
    }
    throw error;
  }
}

/**
 * A saved report rendered as the Action would publish it (job summary, PR comment, dashboard issue
 * of an account or of the organization, or Slack Block Kit JSON) on stdout, so any CI can post it: no AWS or GitHub call.
 */
export async function renderCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options, strict: true, allowPositionals: false });
  if (values.help) {
    io.out(HELP);
    return EXIT.ok;
  }
  const view = (values.view ?? 'summary') as View;
  if (!values.report || !VIEWS.includes(view)) {
    io.err(`aws-audit: render needs --report FILE and --view one of ${VIEWS.join(', ')}`);
    return EXIT.usage;
  }
  const path = values.report;
  const templates = await usage(() => loadTemplates(values['templates-dir']));
  const report = await usage(() => readReport(path));
  const links: ReportLinks = { run: values['run-url'], artifact: values['artifact-url'] };
  const accounts = accountIds(report);
  const account = values.account ?? accounts[0];
  if ((view === 'pr-comment' || view === 'issue') && (account === undefined || !accounts.includes(account))) {
    throw new UsageError(
      `--account ${values.account ?? '(none)'} is not an account of the report (${accounts.join(', ') || 'none'})`,
    );
  }
  const rendered = await usage(async () => {
    if (view === 'summary') return renderSummary(report, templates, links);
    if (view === 'slack') return JSON.stringify(renderSlackMessage(report, templates, links), null, 2);
    if (view === 'pr-comment') return renderPrComment(report, account as string, templates, links);
    const issue =
      view === 'organization-issue'
        ? renderOrganizationIssue(report, templates, links)
        : renderIssue(report, account as string, templates, links);
    return `# ${issue.title}\n\n${issue.body}`;
  });
  io.out(rendered);
  return EXIT.ok;
}
