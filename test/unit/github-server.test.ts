import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import {
  ACTIONS_BOT,
  ACTIONS_TOKEN,
  startGitHubServer,
  type GitHubServer,
  type RepoState,
} from '../support/github-server.js';

/*
 * The fake GitHub driven by the client the product uses: @actions/github's Octokit with the
 * retry and throttling plugins. Every test ends with no violation left (afterEach), so a test
 * that provokes one takes it with take() and says what it expected.
 */

const USER_TOKEN = 'ghp_fakeUserToken';
const READ_ONLY_TOKEN = 'ghs_fakeReadOnly';
const owner = 'octo-org';
const name = 'infra';

let server: GitHubServer;
let repo: RepoState;

beforeEach(async () => {
  server = await startGitHubServer({
    tokens: {
      [USER_TOKEN]: { login: 'octocat', installation: false },
      [READ_ONLY_TOKEN]: {
        login: ACTIONS_BOT.login,
        installation: true,
        permissions: { issues: 'read', pull_requests: 'read', contents: 'read' },
      },
    },
  });
  repo = server.state.addRepo({ owner, name, defaultBranch: 'trunk' });
});

afterEach(async () => {
  await server.close();
  expect(server.violations).toEqual([]);
});

/**
 * Throttling spaces writes one to three seconds apart, so only the test about plugins turns it on.
 * Retries are turned off, not set to 0 through `request.retries`: plugin-retry retries every
 * error, 403s included, whenever `request.retries` is given (the fake showed it).
 */
function octokit(token = ACTIONS_TOKEN, options: { throttled?: boolean; retry?: boolean } = {}) {
  const throttle = {
    enabled: options.throttled ?? false,
    onRateLimit: () => false,
    onSecondaryRateLimit: () => false,
  };
  return getOctokit(
    token,
    { baseUrl: server.url, throttle, retry: { enabled: options.retry ?? true } },
    retry,
    throttling,
  );
}

const take = () =>
  server.violations.splice(0).map(({ kind, operationId, message }) => ({ kind, operationId, message }));

describe('the fake GitHub with @actions/github', () => {
  it('keeps issues: created with new labels, listed by state, label and creator, closed and reopened', async () => {
    const api = octokit();
    repo.addIssue({ title: 'Audit: 111111111111', labels: ['aws-audit'], user: 'octocat' });
    repo.addIssue({
      title: 'Old dashboard',
      labels: ['aws-audit'],
      user: ACTIONS_BOT.login,
      state: 'closed',
    });
    const { data: created } = await api.rest.issues.create({
      ...{
        owner,
        repo: name,
        title: 'Audit: 222222222222',
        body: 'findings',
        labels: ['aws-audit', 'account:2222'],
      },
    });
    expect(created).toMatchObject({
      number: 3,
      state: 'open',
      user: { login: ACTIONS_BOT.login, type: 'Bot' },
    });
    expect(repo.labels.get('account:2222')).toMatchObject({ color: 'ededed', description: null });

    const mine = await api.paginate(api.rest.issues.listForRepo, {
      ...{ owner, repo: name, creator: ACTIONS_BOT.login, labels: 'aws-audit', state: 'open' },
    });
    expect(mine.map((issue) => issue.number)).toEqual([3]);
    const all = await api.rest.issues.listForRepo({ owner, repo: name, state: 'all', direction: 'asc' });
    expect(all.data.map((issue) => issue.number)).toEqual([1, 2, 3]);

    await api.rest.issues.update({
      owner,
      repo: name,
      issue_number: 3,
      state: 'closed',
      state_reason: 'not_planned',
    });
    expect(repo.issue(3)).toMatchObject({
      state: 'closed',
      stateReason: 'not_planned',
      closedBy: { login: ACTIONS_BOT.login },
    });
    const { data: reopened } = await api.rest.issues.update({
      owner,
      repo: name,
      issue_number: 3,
      state: 'open',
      labels: ['x'],
    });
    expect(reopened).toMatchObject({
      state: 'open',
      state_reason: 'reopened',
      closed_at: null,
      labels: [{ name: 'x' }],
    });
  });

  it('keeps pull request comments and pages through them with Link headers', async () => {
    const api = octokit();
    const pull = repo.addPullRequest({ title: 'Change', head: 'feature' });
    for (let index = 0; index < 45; index += 1) repo.addComment(pull.number, { body: `comment ${index}` });
    const { data: mine } = await api.rest.issues.createComment({
      owner,
      repo: name,
      issue_number: pull.number,
      body: 'report',
    });
    expect(mine.user).toMatchObject({ login: 'github-actions[bot]', id: 41898282, type: 'Bot' });
    expect(mine.html_url).toBe(`https://github.com/${owner}/${name}/pull/1#issuecomment-${mine.id}`);

    server.requests.length = 0;
    const comments = await api.paginate(api.rest.issues.listComments, {
      ...{ owner, repo: name, issue_number: pull.number, per_page: 20 },
    });
    expect(comments.map((comment) => comment.body)).toEqual([
      ...repo.commentsOn(1).map((comment) => comment.body),
    ]);
    expect(comments).toHaveLength(46);
    expect(server.requests.map((request) => request.path)).toEqual([
      `/repos/${owner}/${name}/issues/1/comments?per_page=20`,
      `/repos/${owner}/${name}/issues/1/comments?per_page=20&page=2`,
      `/repos/${owner}/${name}/issues/1/comments?per_page=20&page=3`,
    ]);

    await api.rest.issues.updateComment({ owner, repo: name, comment_id: mine.id, body: 'report, again' });
    expect(repo.comments.get(mine.id)?.body).toBe('report, again');
    await api.rest.issues.deleteComment({ owner, repo: name, comment_id: mine.id });
    await expect(
      api.rest.issues.getComment({ owner, repo: name, comment_id: mine.id }),
    ).rejects.toMatchObject({
      status: 404,
    });
  });

  it('answers repository, pull request and collaborator permission lookups from the seeded state', async () => {
    const api = octokit();
    repo.setRole('alice', 'maintain');
    server.state.addUser('mallory');
    repo.addPullRequest({
      title: 'From a fork',
      head: 'patch-1',
      headRepo: 'mallory/infra',
      user: 'mallory',
    });
    expect((await api.rest.repos.get({ owner, repo: name })).data.default_branch).toBe('trunk');
    const { data: pull } = await api.rest.pulls.get({ owner, repo: name, pull_number: 1 });
    expect(pull).toMatchObject({
      head: { ref: 'patch-1', repo: { full_name: 'mallory/infra' } },
      base: { ref: 'trunk' },
    });
    const permission = (username: string) =>
      api.rest.repos.getCollaboratorPermissionLevel({ owner, repo: name, username }).then(({ data }) => data);
    expect(await permission('alice')).toMatchObject({ permission: 'write', role_name: 'maintain' });
    expect(await permission('mallory')).toMatchObject({ permission: 'none' });
    expect(await permission(owner)).toMatchObject({ permission: 'admin' });
    await expect(permission('nobody')).rejects.toMatchObject({ status: 404 });
  });

  it('requires a known token and refuses GET /user to GITHUB_TOKEN, whose identity GraphQL gives', async () => {
    expect((await fetch(`${server.url}/repos/${owner}/${name}`)).status).toBe(401);
    await expect(octokit('ghp_unknown').rest.repos.get({ owner, repo: name })).rejects.toMatchObject({
      status: 401,
      message: expect.stringContaining('Bad credentials'),
    });
    await expect(octokit().rest.users.getAuthenticated()).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    });
    expect((await octokit(USER_TOKEN).rest.users.getAuthenticated()).data.login).toBe('octocat');
    const { viewer } = await octokit().graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    expect(viewer.login).toBe('github-actions[bot]');
  });

  it('answers a missing permission with a 403 naming it, which neither plugin retries', async () => {
    const api = octokit(READ_ONLY_TOKEN, { throttled: true });
    const pull = repo.addPullRequest({ title: 'Change', head: 'feature' });
    const issue = repo.addIssue({ title: 'Dashboard' });
    server.requests.length = 0;
    await expect(
      api.rest.issues.createComment({ owner, repo: name, issue_number: pull.number, body: 'x' }),
    ).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
      response: { headers: { 'x-accepted-github-permissions': 'issues=write; pull_requests=write' } },
    });
    await expect(
      api.rest.issues.update({ owner, repo: name, issue_number: issue.number, body: 'y' }),
    ).rejects.toMatchObject({
      response: { headers: { 'x-accepted-github-permissions': 'issues=write' } },
    });
    await expect(api.rest.actions.listWorkflowRunsForRepo({ owner, repo: name })).rejects.toMatchObject({
      response: { headers: { 'x-accepted-github-permissions': 'actions=read' } },
    });
    expect((await api.rest.issues.listComments({ owner, repo: name, issue_number: 1 })).status).toBe(200);
    expect(server.requests.map((request) => request.status)).toEqual([403, 403, 403, 200]);
  });

  it('answers an injected fault once: a secondary rate limit the throttling plugin waits out', async () => {
    const waits: number[] = [];
    const throttle = {
      onRateLimit: () => false,
      onSecondaryRateLimit: (retryAfter: number) => waits.push(retryAfter) > 0,
      retryAfterBaseValue: 10, // milliseconds per second of retry-after, so the test does not sleep
    };
    const api = getOctokit(ACTIONS_TOKEN, { baseUrl: server.url, throttle }, retry, throttling);
    const message = 'You have exceeded a secondary rate limit';
    server.faults.push({ operationId: 'repos/get', status: 403, message, headers: { 'retry-after': '3' } });
    expect((await api.rest.repos.get({ owner, repo: name })).data.full_name).toBe(`${owner}/${name}`);
    expect({ waits, statuses: server.requests.map((request) => request.status) }).toEqual({
      waits: [3],
      statuses: [403, 200],
    });
    expect(server.faults).toEqual([]);
  });

  it('hides a comment through GraphQL minimizeComment, which REST then shows as minimized', async () => {
    const api = octokit();
    repo.addPullRequest({ title: 'Change', head: 'feature' });
    const comment = repo.addComment(1, { body: 'old report', user: ACTIONS_BOT.login });
    const { data: before } = await api.rest.issues.getComment({ owner, repo: name, comment_id: comment.id });
    await api.graphql(
      `mutation($id: ID!, $classifier: ReportedContentClassifiers!) {
        minimizeComment(input: { subjectId: $id, classifier: $classifier }) { minimizedComment { isMinimized } }
      }`,
      { id: before.node_id, classifier: 'OUTDATED' },
    );
    expect(comment.minimized).toBe('OUTDATED');
    const { data: after } = await api.rest.issues.getComment({ owner, repo: name, comment_id: comment.id });
    // @actions/github's generated types predate the field, hence the `in` check.
    const minimized = (json: object) => ('minimized' in json ? json.minimized : 'absent');
    expect({ before: minimized(before), after: minimized(after) }).toEqual({
      before: null,
      after: { reason: 'outdated' },
    });

    await expect(api.graphql('query { repository(owner: "o", name: "r") { id } }')).rejects.toThrow(
      /does not implement/,
    );
    expect(take()).toEqual([
      expect.objectContaining({ kind: 'request', message: expect.stringContaining('repository(') }),
    ]);
  });
});

describe('requests GitHub would refuse', () => {
  it('are answered with an error and recorded, even when the caller swallows the error', async () => {
    const api = octokit(ACTIONS_TOKEN, { retry: false });
    repo.addIssue({ title: 'Dashboard' });
    const bogus = 'bogus' as 'open';
    const swallowed = await api.rest.issues
      .update({ owner, repo: name, issue_number: 1, state: bogus })
      .catch(() => 'ignored');
    expect(swallowed).toBe('ignored');
    expect(repo.issue(1)?.state).toBe('open');
    expect(take()).toEqual([
      {
        kind: 'request',
        operationId: 'issues/update',
        message: expect.stringMatching(/body\/state must be equal to one of the allowed values/),
      },
    ]);

    await expect(
      api.request('GET /repos/{owner}/{repo}/no-such-thing', { owner, repo: name }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      api.request('GET /repos/{owner}/{repo}/issues', { owner, repo: name, stat: 'open' }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      api.rest.issues.createComment({ owner, repo: name, issue_number: 1, body: 'x'.repeat(65537) }),
    ).rejects.toMatchObject({
      status: 422,
      response: {
        data: { errors: [{ field: 'body', message: 'body is too long (maximum is 65536 characters)' }] },
      },
    });
    expect(take()).toEqual([
      expect.objectContaining({
        kind: 'request',
        message: `no operation of api.github.com matches GET /repos/${owner}/${name}/no-such-thing`,
      }),
      expect.objectContaining({
        operationId: 'issues/list-for-repo',
        message: expect.stringContaining('"stat" is not documented'),
      }),
      expect.objectContaining({
        operationId: 'issues/create-comment',
        message: expect.stringContaining('body is too long'),
      }),
    ]);
  });

  it('include valid requests the fake does not serve, so a test cannot pass on a half-served call', async () => {
    const api = octokit(ACTIONS_TOKEN, { retry: false });
    await expect(
      api.rest.issues.create({ owner, repo: name, title: 'x', milestone: 1 }),
    ).rejects.toMatchObject({ status: 501 });
    await expect(api.rest.repos.listForOrg({ org: owner })).rejects.toMatchObject({ status: 501 });
    expect(take()).toEqual([
      expect.objectContaining({
        kind: 'unimplemented',
        message: expect.stringContaining('body field milestone'),
      }),
      expect.objectContaining({ kind: 'unimplemented', operationId: 'repos/list-for-org' }),
    ]);
  });
});
