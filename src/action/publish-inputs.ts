import { isAbsolute, resolve } from 'node:path';
import { parseS3Uri } from '../publish/baseline-s3.js';
import { parseInteger } from '../settings.js';
import { UsageError } from '../usage-error.js';

type GetInput = (name: string) => string;

export const COMMENT_MODES = ['auto', 'pr-comment', 'issue', 'summary-only'] as const;
export const COMMENT_BEHAVIORS = ['update', 'new', 'hide-and-new', 'delete-and-new'] as const;
export const SLACK_ON = ['new', 'always', 'never'] as const;
/** `account`: one dashboard issue per account; `organization`: one for the whole report. */
export const DASHBOARDS = ['account', 'organization'] as const;

export type CommentMode = (typeof COMMENT_MODES)[number];
export type CommentBehavior = (typeof COMMENT_BEHAVIORS)[number];
export type SlackOn = (typeof SLACK_ON)[number];
export type Dashboard = (typeof DASHBOARDS)[number];

/** What to publish where, read and checked before the scan: a typo costs no AWS call. */
export interface PublishInputs {
  commentMode: CommentMode;
  commentBehavior: CommentBehavior;
  githubToken: string;
  issueLabel: string;
  dashboard: Dashboard;
  slackWebhookUrl: string | undefined;
  slackOn: SlackOn;
  /** Empty: no artifact is read or written (e.g. on GHES, with baseline-s3-uri instead). */
  artifactName: string | undefined;
  artifactRetentionDays: number | undefined;
  baselineS3Uri: string | undefined;
  templatesDir: string | undefined;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], input: string, fallback: T): T {
  const chosen = value.trim() || fallback;
  if (!(allowed as readonly string[]).includes(chosen)) {
    throw new UsageError(`${input} must be one of ${allowed.join(', ')}, got '${value.trim()}'`);
  }
  return chosen as T;
}

// The characters @actions/artifact refuses in a name (its validateArtifactName).
const ARTIFACT_NAME_FORBIDDEN = /["\\:<>|*?\r\n/]/;

function artifactName(value: string): string | undefined {
  const name = value.trim();
  if (!name) return undefined;
  if (ARTIFACT_NAME_FORBIDDEN.test(name) || name.length > 256) {
    throw new UsageError(
      `artifact-name '${name}' is not a valid artifact name: at most 256 characters, none of " : < > | * ? \\ / or a line break`,
    );
  }
  return name;
}

// GitHub refuses labels longer than 50 characters; a comma would split it in the issues API's filter.
function issueLabel(value: string): string {
  const label = value.trim() || 'aws-audit';
  if (label.length > 50 || label.includes(',')) {
    throw new UsageError(`issue-label must be at most 50 characters without a comma, got '${label}'`);
  }
  return label;
}

/** A webhook is https; plain http is accepted on a loopback address only (a local receiver). */
function slackWebhookUrl(value: string): string | undefined {
  const url = value.trim();
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError('slack-webhook-url is not a URL (its value is not shown: it is a secret)');
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) {
    throw new UsageError('slack-webhook-url must be an https URL (its value is not shown: it is a secret)');
  }
  return url;
}

/**
 * Reads the publishing inputs. Secrets are masked first, before anything can fail and print them:
 * `setSecret` for the token and the webhook, whatever else happens.
 */
export function readPublishInputs(
  getInput: GetInput,
  setSecret: (value: string) => void,
  workspace: string = process.env.GITHUB_WORKSPACE ?? process.cwd(),
): PublishInputs {
  const githubToken = getInput('github-token').trim();
  const webhook = getInput('slack-webhook-url').trim();
  if (githubToken) setSecret(githubToken);
  if (webhook) setSecret(webhook);
  const baselineS3Uri = getInput('baseline-s3-uri').trim() || undefined;
  if (baselineS3Uri) parseS3Uri(baselineS3Uri);
  const templatesDir = getInput('templates-dir').trim();
  const retention = getInput('artifact-retention-days').trim();
  return {
    commentMode: oneOf(getInput('comment-mode'), COMMENT_MODES, 'comment-mode', 'auto'),
    commentBehavior: oneOf(getInput('comment-behavior'), COMMENT_BEHAVIORS, 'comment-behavior', 'update'),
    githubToken,
    issueLabel: issueLabel(getInput('issue-label')),
    dashboard: oneOf(getInput('dashboard'), DASHBOARDS, 'dashboard', 'account'),
    slackWebhookUrl: slackWebhookUrl(webhook),
    slackOn: oneOf(getInput('slack-on'), SLACK_ON, 'slack-on', 'new'),
    artifactName: artifactName(getInput('artifact-name')),
    artifactRetentionDays: retention
      ? parseInteger(retention, 'artifact-retention-days', 0, 1, 90)
      : undefined,
    baselineS3Uri,
    templatesDir: templatesDir
      ? isAbsolute(templatesDir)
        ? templatesDir
        : resolve(workspace, templatesDir)
      : undefined,
  };
}

export type PublishTarget = 'pr-comment' | 'issue' | 'summary-only';

/**
 * What `auto` means for this event: a PR comment on pull requests, the dashboard issue on schedule
 * and manual runs, the job summary only otherwise (a push has no conversation to write to).
 */
export function publishTarget(mode: CommentMode, eventName: string | undefined): PublishTarget {
  if (mode !== 'auto') return mode;
  if (eventName === 'pull_request' || eventName === 'pull_request_target') return 'pr-comment';
  // issue_comment: a run started by an approval comment on the dashboard acknowledges it there.
  if (eventName === 'schedule' || eventName === 'workflow_dispatch' || eventName === 'issue_comment')
    return 'issue';
  return 'summary-only';
}
