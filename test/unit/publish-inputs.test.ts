import { describe, expect, it } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitHubRunFromEnv } from '../../src/action/github-event.js';
import { publishTarget, readPublishInputs } from '../../src/action/publish-inputs.js';
import { declaredInputs } from '../support/action-core.js';

const TOKEN = 'ghs_exampleTokenValue123';
const WEBHOOK = 'https://hooks.slack.com/services/T000/B000/XXXXSECRET';

function read(values: Record<string, string>) {
  const secrets: string[] = [];
  const inputs = readPublishInputs(
    (name) => values[name] ?? '',
    (value) => void secrets.push(value),
    '/workspace',
  );
  return { inputs, secrets };
}

describe('the publishing inputs', () => {
  it('defaults to what action.yml declares', () => {
    const { inputs } = read({ ...declaredInputs(), 'github-token': TOKEN });
    expect(inputs).toEqual({
      commentMode: 'auto',
      commentBehavior: 'update',
      githubToken: TOKEN,
      issueLabel: 'aws-audit',
      dashboard: 'account',
      slackWebhookUrl: undefined,
      slackOn: 'new',
      artifactName: 'aws-audit-report',
      artifactRetentionDays: undefined,
      baselineS3Uri: undefined,
      templatesDir: undefined,
    });
  });

  it('masks the token and the webhook before anything can fail and print them', () => {
    const secrets: string[] = [];
    expect(() =>
      readPublishInputs(
        (name) => ({ 'github-token': TOKEN, 'slack-webhook-url': WEBHOOK, 'comment-mode': 'pr' })[name] ?? '',
        (value) => void secrets.push(value),
      ),
    ).toThrow("comment-mode must be one of auto, pr-comment, issue, summary-only, got 'pr'");
    expect(secrets).toEqual([TOKEN, WEBHOOK]);
  });

  it.each([
    [
      { 'comment-behavior': 'replace' },
      'comment-behavior must be one of update, new, hide-and-new, delete-and-new',
    ],
    [{ 'slack-on': 'sometimes' }, 'slack-on must be one of new, always, never'],
    [{ 'artifact-name': 'a/b' }, "artifact-name 'a/b' is not a valid artifact name"],
    [{ 'artifact-retention-days': '91' }, 'artifact-retention-days must be between 1 and 90, got 91'],
    [{ 'issue-label': 'a,b' }, 'issue-label must be at most 50 characters without a comma'],
    [
      { 'baseline-s3-uri': 'my-bucket/key' },
      "baseline-s3-uri must be an S3 URI such as s3://my-bucket/aws-audit/report.json, got 'my-bucket/key'",
    ],
  ])('%j is refused, naming the input', (given, message) => {
    expect(() => read(given)).toThrow(message);
  });

  it('reads dashboard: account by default, organization when asked, and refuses anything else', () => {
    expect(read({}).inputs.dashboard).toBe('account');
    expect(read({ dashboard: ' organization ' }).inputs.dashboard).toBe('organization');
    expect(() => read({ dashboard: 'org' })).toThrow(
      "dashboard must be one of account, organization, got 'org'",
    );
  });

  it('refuses a webhook that is not https without ever showing it', () => {
    for (const url of ['http://hooks.slack.com/services/T/B/SECRET', 'not a url SECRET']) {
      let message = '';
      try {
        read({ 'slack-webhook-url': url });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/^slack-webhook-url (must be an https URL|is not a URL)/);
      expect(message).not.toContain('SECRET');
    }
    expect(read({ 'slack-webhook-url': 'http://127.0.0.1:9/hook' }).inputs.slackWebhookUrl).toBe(
      'http://127.0.0.1:9/hook',
    );
  });

  it('resolves templates-dir against the workspace, and an empty artifact-name means no artifact', () => {
    const { inputs } = read({ 'templates-dir': '.github/aws-audit', 'artifact-name': ' ' });
    expect(inputs.templatesDir).toBe('/workspace/.github/aws-audit');
    expect(inputs.artifactName).toBeUndefined();
  });
});

describe('comment-mode auto', () => {
  it.each([
    ['pull_request', 'pr-comment'],
    ['pull_request_target', 'pr-comment'],
    ['schedule', 'issue'],
    ['workflow_dispatch', 'issue'],
    ['issue_comment', 'issue'],
    ['push', 'summary-only'],
    [undefined, 'summary-only'],
  ] as const)('on %s publishes to %s', (event, target) => {
    expect(publishTarget('auto', event)).toBe(target);
  });

  it('an explicit mode wins over the event', () => {
    expect(publishTarget('issue', 'pull_request')).toBe('issue');
    expect(publishTarget('summary-only', 'schedule')).toBe('summary-only');
  });
});

describe('the run from the runner environment', () => {
  it('reads the pull request and default branch from the event payload', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'event-'));
    const path = join(dir, 'event.json');
    await writeFile(
      path,
      JSON.stringify({
        pull_request: { number: 7, head: { ref: 'feature' } },
        repository: { default_branch: 'trunk' },
      }),
    );
    expect(
      gitHubRunFromEnv({
        GITHUB_REPOSITORY: 'octo-org/infra',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: path,
        GITHUB_RUN_ID: '42',
        GITHUB_HEAD_REF: 'feature',
        GITHUB_SERVER_URL: 'http://127.0.0.1:1234/',
        GITHUB_API_URL: 'http://127.0.0.1:1234/api/v3',
      }),
    ).toEqual({
      owner: 'octo-org',
      repo: 'infra',
      eventName: 'pull_request',
      runId: 42,
      pullRequest: 7,
      defaultBranch: 'trunk',
      branch: 'feature',
      apiUrl: 'http://127.0.0.1:1234/api/v3',
      serverUrl: 'http://127.0.0.1:1234',
      runUrl: 'http://127.0.0.1:1234/octo-org/infra/actions/runs/42',
    });
  });

  it('is undefined off a runner, and survives an unreadable payload', () => {
    expect(gitHubRunFromEnv({})).toBeUndefined();
    expect(
      gitHubRunFromEnv({ GITHUB_REPOSITORY: 'o/r', GITHUB_EVENT_PATH: '/nonexistent/event.json' })
        ?.pullRequest,
    ).toBeUndefined();
  });
});
