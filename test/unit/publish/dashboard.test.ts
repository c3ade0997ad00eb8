import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { publishDashboard } from '../../../src/publish/dashboard.js';
import { GitHubPermissionError } from '../../../src/publish/permission-errors.js';
import {
  ACTIONS_TOKEN,
  startGitHubServer,
  type GitHubServer,
  type RepoState,
} from '../../support/github-server.js';
import { testClient } from '../../support/publish-client.js';

const owner = 'octo-org';
const LIMITED = 'ghs_fakeLimitedToken00000000000000000000';
const marker = (account: string) => `<!-- aws-audit:dashboard account=${account} -->`;

let server: GitHubServer;
let repo: RepoState;

beforeAll(async () => {
  server = await startGitHubServer({
    tokens: {
      [LIMITED]: {
        login: 'github-actions[bot]',
        installation: true,
        permissions: { contents: 'read', pull_requests: 'write', issues: 'read' },
      },
    },
  });
});
afterAll(() => server.close());

let counter = 0;
beforeEach(() => {
  counter += 1;
  repo = server.state.addRepo({ owner, name: `infra-${counter}` });
});
afterEach(() => expect(server.violations).toEqual([]));

async function publish(body: string, open: boolean, options: { account?: string; token?: string } = {}) {
  const client = await testClient(options.token ?? ACTIONS_TOKEN, server.url);
  return publishDashboard(client, {
    owner,
    repo: repo.name,
    accountId: options.account ?? '111122223333',
    label: 'aws-audit',
    title: `AWS audit: ${options.account ?? '111122223333'}`,
    body,
    open,
  });
}

describe('the dashboard issue', () => {
  it('creates the label and the issue with its marker', async () => {
    const result = await publish('3 findings', true);
    expect(result).toMatchObject({ action: 'created', number: expect.any(Number) });
    const issue = repo.issue(result.number ?? 0);
    expect(issue?.body).toBe(`${marker('111122223333')}\n3 findings`);
    expect(issue?.labels.map((label) => label.name)).toEqual(['aws-audit']);
    const label = repo.labels.get('aws-audit');
    expect(label?.color).toBe('5319e7');
    expect(label?.description).toContain('dashboard');
    expect(result.url).toContain(`/issues/${result.number}`);
  });

  it('keeps a box ticked since the body was read ticked, when its candidate still has one', async () => {
    const box = (id: string, on = false) =>
      `- [${on ? 'x' : ' '}] <!-- aws-audit-approve:${id} --> \`${id}\``;
    const first = await publish(`${box('1a2b3c4d')}\n${box('5e6f7a8b')}\n${box('9c0d1e2f')}`, true);
    const number = first.number ?? 0;
    repo.userEditsBody(number, 'writer', (body) =>
      body.replace(box('1a2b3c4d'), box('1a2b3c4d', true)).replace(box('9c0d1e2f'), box('9c0d1e2f', true)),
    );
    // The new body: 1a2b3c4d still a candidate, 9c0d1e2f approved (no box any more), a new one.
    await publish(`${box('1a2b3c4d')}\n${box('5e6f7a8b')}\napproved 9c0d1e2f\n${box('aaaabbbb')}`, true);
    expect(repo.issue(number)?.body).toBe(
      `${marker('111122223333')}\n${box('1a2b3c4d', true)}\n${box('5e6f7a8b')}\napproved 9c0d1e2f\n${box('aaaabbbb')}`,
    );
  });

  it('keeps an existing label as it is', async () => {
    repo.addLabel({ name: 'aws-audit', color: 'ff0000', description: 'ours' });
    await publish('x', true);
    expect(repo.labels.get('aws-audit')).toMatchObject({ color: 'ff0000', description: 'ours' });
  });

  it('updates the same issue, and leaves it alone when nothing changed', async () => {
    const first = await publish('one', true);
    const second = await publish('two', true);
    expect(second).toMatchObject({ action: 'updated', number: first.number });
    expect(repo.issue(first.number ?? 0)?.body).toBe(`${marker('111122223333')}\ntwo`);
    expect(await publish('two', true)).toMatchObject({ action: 'unchanged', number: first.number });
    expect(repo.issues.size).toBe(1);
  });

  it('closes the issue as completed when nothing is left, and reopens it when findings return', async () => {
    const first = await publish('one', true);
    const closed = await publish('all clear', false);
    expect(closed).toMatchObject({ action: 'closed', number: first.number });
    expect(repo.issue(first.number ?? 0)).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(repo.issue(first.number ?? 0)?.body).toContain('all clear');
    const reopened = await publish('back', true);
    expect(reopened).toMatchObject({ action: 'reopened', number: first.number });
    expect(repo.issue(first.number ?? 0)?.state).toBe('open');
    expect(repo.issues.size).toBe(1);
  });

  it('never creates an issue only to close it', async () => {
    expect(await publish('nothing', false)).toEqual({ number: null, url: null, action: 'unchanged' });
    expect(repo.issues.size).toBe(0);
    expect(repo.labels.size).toBe(0);
  });

  it('keeps one issue per account and ignores pull requests and unlabelled issues with the marker', async () => {
    repo.addPullRequest({
      title: 'quote',
      head: 'f',
      body: `${marker('111122223333')}\n`,
      labels: ['aws-audit'],
    });
    repo.addIssue({ title: 'unlabelled', body: `${marker('111122223333')}\n` });
    const a = await publish('a', true, { account: '111122223333' });
    const b = await publish('b', true, { account: '444455556666' });
    expect(a.number).not.toBe(b.number);
    expect((await publish('a2', true, { account: '111122223333' })).number).toBe(a.number);
    expect([...repo.issues.values()].filter((issue) => !issue.pull)).toHaveLength(3);
  });

  it('never takes an issue someone else wrote with the marker and the label for its dashboard', async () => {
    repo.setRole('mallory', 'triage');
    const fake = repo.addIssue({
      title: 'AWS audit: 111122223333',
      body: `${marker('111122223333')}\n`,
      user: 'mallory',
      labels: ['aws-audit'],
    });
    const ours = await publish('a', true);
    expect(ours.number).not.toBe(fake.number);
    expect(repo.issue(fake.number)?.body).toBe(`${marker('111122223333')}\n`);
    expect((await publish('b', true)).number).toBe(ours.number);
  });

  it('finds its issue past the first page', async () => {
    const first = await publish('one', true);
    for (let i = 0; i < 110; i += 1) repo.addIssue({ title: `other ${i}`, labels: ['aws-audit'] });
    expect(await publish('two', true)).toMatchObject({ action: 'updated', number: first.number });
  });

  it('names issues: write when the token may not create the label or the issue', async () => {
    const refused = publish('x', true, { token: LIMITED });
    await expect(refused).rejects.toBeInstanceOf(GitHubPermissionError);
    await expect(refused).rejects.toThrow(/`issues: write`.*Add it under `permissions:`/s);
    repo.addLabel({ name: 'aws-audit' });
    await expect(publish('x', true, { token: LIMITED })).rejects.toThrow(/issues: write/);
  });
});
