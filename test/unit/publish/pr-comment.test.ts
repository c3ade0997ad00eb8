import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { publishPrComment, type PrCommentBehavior } from '../../../src/publish/pr-comment.js';
import { GitHubPermissionError } from '../../../src/publish/permission-errors.js';
import {
  ACTIONS_TOKEN,
  startGitHubServer,
  type GitHubServer,
  type Issue,
  type RepoState,
} from '../../support/github-server.js';
import { testClient } from '../../support/publish-client.js';

const owner = 'octo-org';
const name = 'infra';
const PAT = 'ghp_fakePersonalToken000000000000000000';
const READ_ONLY = 'ghs_fakeReadOnlyToken0000000000000000000';
const NO_ISSUES = 'ghs_fakeNoIssuesToken0000000000000000000';
const marker = (account: string) => `<!-- aws-audit:pr-comment account=${account} -->`;

let server: GitHubServer;
let repo: RepoState;
let pull: Issue;

beforeAll(async () => {
  server = await startGitHubServer({
    tokens: {
      [PAT]: { login: 'octo-admin', installation: false },
      [READ_ONLY]: {
        login: 'github-actions[bot]',
        installation: true,
        permissions: { contents: 'read', issues: 'read', pull_requests: 'read' },
      },
      [NO_ISSUES]: {
        login: 'github-actions[bot]',
        installation: true,
        permissions: { contents: 'read', pull_requests: 'read' },
      },
    },
  });
});
afterAll(() => server.close());

let counter = 0;
beforeEach(() => {
  counter += 1;
  repo = server.state.addRepo({ owner, name: `${name}-${counter}` });
  pull = repo.addPullRequest({ title: 'Change', head: 'feature' });
});
afterEach(() => expect(server.violations).toEqual([]));

const creates = () =>
  server.requests.filter(
    (r) => r.operationId === 'issues/create-comment' && r.path.includes(`/${repo.name}/`),
  );

async function publish(
  body: string,
  options: { account?: string; behavior?: PrCommentBehavior; token?: string } = {},
) {
  const client = await testClient(options.token ?? ACTIONS_TOKEN, server.url);
  return publishPrComment(client, {
    owner,
    repo: repo.name,
    issueNumber: pull.number,
    accountId: options.account ?? '111122223333',
    body,
    behavior: options.behavior ?? 'update',
  });
}

describe('the sticky PR comment', () => {
  it('creates the first comment with its hidden marker, as the Actions bot', async () => {
    const result = await publish('## Audit\nfirst');
    expect(result.action).toBe('created');
    const comments = repo.commentsOn(pull.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toBe(`${marker('111122223333')}\n## Audit\nfirst`);
    expect(comments[0]?.user.login).toBe('github-actions[bot]');
    expect(result.id).toBe(comments[0]?.id);
    expect(result.url).toContain(`#issuecomment-${result.id}`);
  });

  it('updates the same comment on a rerun instead of adding one', async () => {
    const first = await publish('first');
    const second = await publish('second');
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    expect(repo.commentsOn(pull.number).map((c) => c.body)).toEqual([`${marker('111122223333')}\nsecond`]);
  });

  it('keeps one comment per account', async () => {
    await publish('a', { account: '111122223333' });
    await publish('b', { account: '444455556666' });
    await publish('a2', { account: '111122223333' });
    const bodies = repo.commentsOn(pull.number).map((c) => c.body);
    expect(bodies).toEqual([`${marker('111122223333')}\na2`, `${marker('444455556666')}\nb`]);
  });

  it('never touches a comment with the marker written by someone else', async () => {
    const foreign = repo.addComment(pull.number, {
      body: `${marker('111122223333')}\nquoted`,
      user: 'mallory',
    });
    const result = await publish('ours');
    expect(result.action).toBe('created');
    expect(repo.comments.get(foreign.id)?.body).toBe(`${marker('111122223333')}\nquoted`);
    expect(repo.commentsOn(pull.number)).toHaveLength(2);
  });

  it('finds a PAT-authored comment by the login GET /user answers', async () => {
    const first = await publish('one', { token: PAT });
    expect(repo.commentsOn(pull.number)[0]?.user.login).toBe('octo-admin');
    const again = await publish('two', { token: PAT });
    expect(again).toMatchObject({ action: 'updated', id: first.id });
    // The bot's own run does not take over the PAT's comment.
    expect((await publish('bot')).action).toBe('created');
  });

  it("'new' leaves the old comment and adds one", async () => {
    const first = await publish('one');
    const second = await publish('two', { behavior: 'new' });
    expect(second.action).toBe('created');
    expect(second.id).not.toBe(first.id);
    expect(repo.commentsOn(pull.number)).toHaveLength(2);
  });

  it("'hide-and-new' minimizes the old comment as outdated, and the next update edits the new one", async () => {
    const first = await publish('one');
    const second = await publish('two', { behavior: 'hide-and-new' });
    expect(second.action).toBe('created');
    expect(repo.comments.get(first.id)?.minimized).toBe('OUTDATED');
    expect(repo.comments.get(second.id)?.minimized).toBeUndefined();
    const third = await publish('three');
    expect(third).toMatchObject({ action: 'updated', id: second.id });
    expect(repo.comments.get(first.id)?.body).toContain('one');
  });

  it("'delete-and-new' deletes the old comment", async () => {
    const first = await publish('one');
    const second = await publish('two', { behavior: 'delete-and-new' });
    expect(repo.comments.has(first.id)).toBe(false);
    expect(repo.commentsOn(pull.number).map((c) => c.id)).toEqual([second.id]);
  });

  it('pages through every comment to find its own', async () => {
    const first = await publish('one');
    for (let i = 0; i < 120; i += 1) repo.addComment(pull.number, { body: `chatter ${i}` });
    const again = await publish('two');
    expect(again).toMatchObject({ action: 'updated', id: first.id });
    expect(server.requests.some((r) => r.path.includes(`/${repo.name}/`) && r.path.includes('page=2'))).toBe(
      true,
    );
  });

  it('names pull-requests: write when the token may not comment', async () => {
    const refused = publish('x', { token: READ_ONLY });
    await expect(refused).rejects.toBeInstanceOf(GitHubPermissionError);
    await expect(refused).rejects.toThrow(/`pull-requests: write`.*permissions:/s);
  });

  it('names pull-requests: write when the token may not hide the old comment', async () => {
    const old = repo.addComment(pull.number, {
      body: `${marker('111122223333')}\nold`,
      user: 'github-actions[bot]',
    });
    const refused = publish('x', { token: NO_ISSUES, behavior: 'hide-and-new' });
    await expect(refused).rejects.toThrow(/hide comment .*`pull-requests: write`/s);
    expect(repo.comments.get(old.id)?.minimized).toBeUndefined();
  });

  it('retries a secondary rate limit and then succeeds', async () => {
    server.faults.push({
      operationId: 'issues/create-comment',
      status: 403,
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      headers: { 'retry-after': '1' },
    });
    const result = await publish('after the limit');
    expect(result.action).toBe('created');
    expect(creates().map((r) => r.status)).toEqual([403, 201]);
  });

  it('gives up after the bounded number of rate-limit retries', async () => {
    server.faults.push({
      operationId: 'issues/create-comment',
      status: 403,
      message: 'You have exceeded a secondary rate limit.',
      headers: { 'retry-after': '1' },
      times: 10,
    });
    const refused = publish('never');
    await expect(refused).rejects.toThrow(/secondary rate limit/);
    await expect(refused).rejects.not.toBeInstanceOf(GitHubPermissionError);
    expect(creates()).toHaveLength(3);
    server.faults.length = 0;
  });
});
