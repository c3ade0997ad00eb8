import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { GitHubRun } from '../../src/action/github-event.js';
import { publishReport, type PublishDeps } from '../../src/action/publish.js';
import type { PublishInputs } from '../../src/action/publish-inputs.js';
import { loadTemplates, type ReportTemplates } from '../../src/render/report-views.js';
import {
  ACTIONS_TOKEN,
  startGitHubServer,
  type GitHubServer,
  type RepoState,
} from '../support/github-server.js';
import { ACCOUNT } from '../support/inventory-builder.js';
import { testClient } from '../support/publish-client.js';
import { startSlackReceiver, type SlackReceiver } from '../support/slack-receiver.js';
import { ORGANIZATION_MARKER } from '../../src/publish/dashboard.js';
import { firstRun, secondRun } from './render/report-fixtures.js';

const LIMITED = 'ghs_fakeIssuesReadOnly0000000000000000000';
const owner = 'octo-org';

let server: GitHubServer;
let slack: SlackReceiver;
let templates: ReportTemplates;
let repo: RepoState;
let counter = 0;

beforeAll(async () => {
  server = await startGitHubServer({
    tokens: {
      [LIMITED]: {
        login: 'github-actions[bot]',
        installation: true,
        permissions: { contents: 'read', pull_requests: 'read', issues: 'read' },
      },
    },
  });
  templates = await loadTemplates();
});
afterAll(() => server.close());
beforeEach(async () => {
  counter += 1;
  repo = server.state.addRepo({ owner, name: `infra-${counter}` });
  slack = await startSlackReceiver();
});
afterEach(async () => {
  await slack.close();
  expect(server.violations).toEqual([]);
  expect(slack.received.flatMap((message) => message.violations)).toEqual([]);
});

const inputs = (overrides: Partial<PublishInputs> = {}): PublishInputs => ({
  commentMode: 'auto',
  commentBehavior: 'update',
  githubToken: ACTIONS_TOKEN,
  issueLabel: 'aws-audit',
  dashboard: 'account',
  slackWebhookUrl: slack.url,
  slackOn: 'new',
  artifactName: 'aws-audit-report',
  artifactRetentionDays: undefined,
  baselineS3Uri: undefined,
  templatesDir: undefined,
  ...overrides,
});

const runOf = (eventName: string, pullRequest?: number): GitHubRun => ({
  owner,
  repo: repo.name,
  eventName,
  runId: 42,
  pullRequest,
  defaultBranch: 'main',
  branch: 'main',
  apiUrl: server.url,
  serverUrl: 'https://github.com',
  runUrl: `https://github.com/${owner}/${repo.name}/actions/runs/42`,
});

interface Recorded {
  info: string[];
  warning: string[];
  summaries: string[];
}

async function publish(
  report: Parameters<typeof publishReport>[0],
  overrides: Partial<PublishDeps> & { token?: string } = {},
): Promise<Recorded & Awaited<ReturnType<typeof publishReport>>> {
  const recorded: Recorded = { info: [], warning: [], summaries: [] };
  const client = await testClient(overrides.token ?? ACTIONS_TOKEN, server.url);
  const outcome = await publishReport(report, {
    inputs: inputs(),
    templates,
    run: runOf('schedule'),
    client,
    info: (message) => void recorded.info.push(message),
    warning: (message) => void recorded.warning.push(message),
    writeSummary: async (markdown) => void recorded.summaries.push(markdown),
    ...overrides,
  });
  return { ...recorded, ...outcome };
}

const dashboards = () => [...repo.issues.values()].filter((issue) => !issue.pull);
const oneNew = () => firstRun([{ key: 'a', monthlyUsd: 8 }]);

describe('publishing a report', () => {
  it('on a schedule: the artifact, the summary, a dashboard issue and Slack, with links between them', async () => {
    const outcome = await publish(oneNew(), {
      uploadArtifact: async () => ({ id: 7, url: 'https://github.com/o/r/actions/runs/42/artifacts/7' }),
    });
    expect(outcome.failures).toEqual([]);
    expect(outcome.artifactId).toBe(7);
    expect(outcome.summaries).toHaveLength(1);
    expect(dashboards()).toHaveLength(1);
    expect(outcome.issueNumber).toBe(dashboards()[0]?.number);
    expect(dashboards()[0]?.body).toContain('artifacts/7');
    expect(slack.accepted).toHaveLength(1);
    expect(JSON.stringify(slack.accepted[0])).toContain(`/issues/${outcome.issueNumber}`);
  });

  it('on a pull request: one sticky comment, and no issue', async () => {
    const pull = repo.addPullRequest({ title: 'Network', head: 'feature' }).number;
    const first = await publish(oneNew(), { run: runOf('pull_request', pull) });
    const again = await publish(oneNew(), { run: runOf('pull_request', pull) });
    expect(repo.commentsOn(pull)).toHaveLength(1);
    expect(again.commentUrl).toBe(first.commentUrl);
    expect(first.commentUrl).toMatch(/#issuecomment-\d+$/);
    expect(repo.commentsOn(pull)[0]?.body).toContain(`aws-audit:pr-comment account=${ACCOUNT}`);
    expect(dashboards()).toHaveLength(0);
  });

  it('attempts every step when the artifact upload fails, and returns the lost baseline as a failure', async () => {
    const outcome = await publish(oneNew(), {
      uploadArtifact: async () => {
        throw new Error('the results service answered 503');
      },
    });
    expect(outcome.failures).toEqual([
      'The report artifact was not uploaded: the results service answered 503',
    ]);
    expect(outcome.summaries).toHaveLength(1);
    expect(dashboards()).toHaveLength(1);
    expect(slack.accepted).toHaveLength(1);
  });

  it('returns an issue it could not write as a failure naming the permission', async () => {
    const outcome = await publish(oneNew(), { token: LIMITED });
    expect(outcome.failures).toEqual([
      expect.stringMatching(
        new RegExp(`^The dashboard issue for account ${ACCOUNT} was not written: .*issues: write`),
      ),
    ]);
    expect(outcome.summaries).toHaveLength(1);
  });

  it('summary-only makes no GitHub request at all', async () => {
    const before = server.requests.length;
    const outcome = await publish(oneNew(), { inputs: inputs({ commentMode: 'summary-only' }) });
    expect(server.requests.length).toBe(before);
    expect(outcome.summaries).toHaveLength(1);
    expect(outcome.failures).toEqual([]);
  });

  it('without a token or off a runner, writes the summary and says why nothing else was', async () => {
    const noToken = await publish(oneNew(), { client: undefined });
    expect(noToken.warning).toEqual([expect.stringContaining('no github-token')]);
    const offRunner = await publish(oneNew(), {
      run: undefined,
      client: undefined,
      inputs: inputs({ commentMode: 'issue' }),
    });
    expect(offRunner.warning).toEqual([expect.stringContaining('not on a GitHub runner')]);
    // auto, with no event to go by, means the summary only: nothing was asked for that did not happen
    const auto = await publish(oneNew(), { run: undefined, client: undefined });
    expect(auto.warning).toEqual([]);
    expect([noToken.failures, offRunner.failures, auto.failures]).toEqual([[], [], []]);
    expect(dashboards()).toHaveLength(0);
  });

  it('pr-comment on a scheduled run warns that there is no pull request', async () => {
    const outcome = await publish(oneNew(), { inputs: inputs({ commentMode: 'pr-comment' }) });
    expect(outcome.warning).toEqual([expect.stringContaining('no pull request to comment on')]);
    expect(outcome.failures).toEqual([]);
  });

  it("sends Slack under 'new' only when something changed, under 'always' every time, never under 'never'", async () => {
    const unchanged = secondRun([{ key: 'a' }], [{ key: 'a' }]);
    await publish(unchanged);
    expect(slack.accepted).toHaveLength(0);
    await publish(secondRun([{ key: 'a' }], []));
    expect(slack.accepted).toHaveLength(1);
    await publish(unchanged, { inputs: inputs({ slackOn: 'always' }) });
    expect(slack.accepted).toHaveLength(2);
    await publish(oneNew(), { inputs: inputs({ slackOn: 'never' }) });
    expect(slack.accepted).toHaveLength(2);
  });

  it('a Slack message that did not go out is a warning, never a failure', async () => {
    slack.rateLimit(10, 0);
    const outcome = await publish(oneNew());
    expect(outcome.failures).toEqual([]);
    expect(outcome.warning).toEqual([expect.stringContaining('The Slack message was not sent')]);
  });
});

describe('dashboard: organization', () => {
  const OTHER = '222233334444';
  const twoAccounts = () => firstRun([{ key: 'a' }, { key: 'b', account: OTHER }], { others: [OTHER] });
  const organization = () => inputs({ dashboard: 'organization' });

  it('writes one issue for a two-account report, and a second run updates that same issue', async () => {
    const first = await publish(twoAccounts(), { inputs: organization() });
    expect(first.failures).toEqual([]);
    expect(dashboards()).toHaveLength(1);
    const [issue] = dashboards();
    expect(first.issueNumber).toBe(issue?.number);
    expect(issue?.title).toBe('AWS audit: organization (2 accounts)');
    expect(issue?.body?.startsWith(ORGANIZATION_MARKER)).toBe(true);
    expect(issue?.body).toContain(`<summary>${ACCOUNT}`);
    expect(issue?.body).toContain(`<summary>${OTHER}`);
    expect(first.info).toContain(`The organization dashboard issue: created #${issue?.number}`);

    const later = secondRun(
      [{ key: 'a' }, { key: 'b', account: OTHER }],
      [{ key: 'a' }, { key: 'c', account: OTHER }],
      {
        others: [OTHER],
      },
    );
    const second = await publish(later, { inputs: organization() });
    expect(second.failures).toEqual([]);
    expect(dashboards()).toHaveLength(1);
    expect(second.issueNumber).toBe(first.issueNumber);
    expect(second.info).toContain(`The organization dashboard issue: updated #${issue?.number}`);
    expect(dashboards()[0]?.body).toContain('vol-c');
  });

  it('is closed as completed when no account has anything open or unknown', async () => {
    await publish(twoAccounts(), { inputs: organization() });
    const clean = secondRun([{ key: 'a' }, { key: 'b', account: OTHER }], [], { others: [OTHER] });
    const outcome = await publish(clean, { inputs: organization() });
    expect(outcome.failures).toEqual([]);
    expect(dashboards()).toHaveLength(1);
    expect(dashboards()[0]).toMatchObject({ state: 'closed', stateReason: 'completed' });
  });

  it('with account (the default), writes an issue per account, never adopting the organization one', async () => {
    await publish(twoAccounts(), { inputs: organization() });
    const outcome = await publish(twoAccounts());
    expect(outcome.failures).toEqual([]);
    const perAccount = dashboards().filter((issue) => !issue.body?.startsWith(ORGANIZATION_MARKER));
    expect(perAccount.map((issue) => issue.title).sort()).toEqual([
      `AWS audit: account ${ACCOUNT} (prod)`,
      `AWS audit: account ${OTHER}`,
    ]);
    expect(dashboards()).toHaveLength(3);
  });
});
