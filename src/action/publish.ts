import { sendSlackMessage } from '../publish/slack.js';
import { publishDashboard } from '../publish/dashboard.js';
import type { GitHubClient } from '../publish/github.js';
import { publishPrComment } from '../publish/pr-comment.js';
import type { AuditReport } from '../report/schema.js';
import { renderOrganizationIssue } from '../render/organization-issue.js';
import {
  renderIssue,
  renderPrComment,
  renderSlackMessage,
  renderSummary,
  type ReportTemplates,
} from '../render/report-views.js';
import { accountIds, type ReportLinks } from '../render/view-model.js';
import { errorMessage } from '../shared/errors.js';
import type { GitHubRun } from './github-event.js';
import { publishTarget, type PublishInputs } from './publish-inputs.js';

export interface PublishDeps {
  inputs: PublishInputs;
  templates: ReportTemplates;
  /** Undefined off a GitHub runner: then the job summary is all there is. */
  run: GitHubRun | undefined;
  /** Undefined without a token. */
  client: GitHubClient | undefined;
  signal?: AbortSignal;
  info: (message: string) => void;
  warning: (message: string) => void;
  writeSummary: (markdown: string) => Promise<void>;
  /** Uploads the report artifact (set when `artifact-name` is). */
  uploadArtifact?: () => Promise<{ id: number; url?: string }>;
  /** Stores the report in S3 (set when `baseline-s3-uri` is). */
  saveToS3?: () => Promise<void>;
}

export interface PublishOutcome {
  commentUrl?: string;
  issueNumber?: number;
  artifactId?: number;
  /** What failed and must fail the step (a lost baseline, a comment or issue not written). */
  failures: string[];
}

const changedSinceBaseline = (report: AuditReport) => {
  const { byState } = report.summary;
  const total = (state: keyof typeof byState) => Object.values(byState[state]).reduce((n, c) => n + c, 0);
  return total('new') + total('reopened') + total('resolved') > 0;
};

/**
 * report -> artifact and S3 (the next run's baseline), job summary, PR comment or dashboard issue
 * per account, Slack. Each step is attempted whatever happened to the others; a failure that loses
 * the baseline or a comment the user asked for is returned (the step fails), a Slack message that
 * did not go out is a warning.
 */
export async function publishReport(report: AuditReport, deps: PublishDeps): Promise<PublishOutcome> {
  const outcome: PublishOutcome = { failures: [] };
  const { inputs, run, client, templates } = deps;
  let artifactUrl: string | undefined;
  if (deps.uploadArtifact) {
    try {
      const artifact = await deps.uploadArtifact();
      outcome.artifactId = artifact.id;
      artifactUrl = artifact.url;
      deps.info(`Report uploaded as the artifact ${inputs.artifactName ?? ''} (id ${artifact.id})`);
    } catch (error) {
      outcome.failures.push(`The report artifact was not uploaded: ${errorMessage(error)}`);
    }
  }
  if (deps.saveToS3) {
    try {
      await deps.saveToS3();
      deps.info(`Report stored at ${inputs.baselineS3Uri ?? ''}`);
    } catch (error) {
      outcome.failures.push(errorMessage(error));
    }
  }
  const links: ReportLinks = { run: run?.runUrl, artifact: artifactUrl ?? run?.runUrl };
  try {
    await deps.writeSummary(renderSummary(report, templates, links));
  } catch (error) {
    outcome.failures.push(`The job summary was not written: ${errorMessage(error)}`);
  }

  const target = publishTarget(inputs.commentMode, run?.eventName);
  let conversation: string | undefined;
  if (target !== 'summary-only' && !(run && client)) {
    deps.warning(
      `comment-mode ${inputs.commentMode}: ${run ? 'no github-token' : 'not on a GitHub runner (no GITHUB_REPOSITORY)'}, so only the job summary was written`,
    );
  } else if (target === 'pr-comment' && run && client) {
    if (run.pullRequest === undefined) {
      deps.warning(
        `comment-mode pr-comment on a ${run.eventName || 'non-pull-request'} event: there is no pull request to comment on`,
      );
    }
    for (const accountId of run.pullRequest === undefined ? [] : accountIds(report)) {
      try {
        const comment = await publishPrComment(client, {
          owner: run.owner,
          repo: run.repo,
          issueNumber: run.pullRequest as number,
          accountId,
          body: renderPrComment(report, accountId, templates, links),
          behavior: inputs.commentBehavior,
          signal: deps.signal,
        });
        outcome.commentUrl ??= comment.url;
        conversation ??= comment.url;
        deps.info(`PR comment for account ${accountId} ${comment.action}: ${comment.url}`);
      } catch (error) {
        outcome.failures.push(
          `The PR comment for account ${accountId} was not written: ${errorMessage(error)}`,
        );
      }
    }
  } else if (target === 'issue' && run && client) {
    conversation = await publishIssues(report, { ...deps, run, client }, links, outcome);
  }

  const webhook = inputs.slackWebhookUrl;
  const wanted = inputs.slackOn === 'always' || (inputs.slackOn === 'new' && changedSinceBaseline(report));
  if (webhook && wanted) {
    try {
      const message = renderSlackMessage(report, templates, { ...links, issue: conversation });
      const sent = await sendSlackMessage(webhook, message, { signal: deps.signal });
      if (sent.sent) deps.info('Slack message sent');
      else deps.warning(sent.warning);
    } catch (error) {
      deps.warning(`The Slack message was not sent: ${errorMessage(error)}`);
    }
  }
  return outcome;
}

/**
 * The dashboard issues: one per account, or with `dashboard: organization` one for the whole report.
 * Returns the first issue's URL (Slack links to it); what was not written goes to `outcome.failures`.
 */
async function publishIssues(
  report: AuditReport,
  deps: PublishDeps & { run: GitHubRun; client: GitHubClient },
  links: ReportLinks,
  outcome: PublishOutcome,
): Promise<string | undefined> {
  const { run, client, inputs, templates } = deps;
  const organization = inputs.dashboard === 'organization';
  // null: the organization's issue, found by its own marker.
  const scopes: (string | null)[] = organization ? [null] : accountIds(report);
  let conversation: string | undefined;
  for (const accountId of scopes) {
    const what =
      accountId === null
        ? 'The organization dashboard issue'
        : `The dashboard issue for account ${accountId}`;
    try {
      const view =
        accountId === null
          ? renderOrganizationIssue(report, templates, links)
          : renderIssue(report, accountId, templates, links);
      const issue = await publishDashboard(client, {
        owner: run.owner,
        repo: run.repo,
        accountId,
        label: inputs.issueLabel,
        title: view.title,
        body: view.body,
        open: view.open,
        signal: deps.signal,
      });
      if (issue.number !== null) outcome.issueNumber ??= issue.number;
      if (issue.url) conversation ??= issue.url;
      deps.info(`${what}: ${issue.action}${issue.number === null ? '' : ` #${issue.number}`}`);
    } catch (error) {
      outcome.failures.push(`${what} was not written: ${errorMessage(error)}`);
    }
  }
  return conversation;
}
