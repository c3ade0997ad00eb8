import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { readApprovalComments } from '../../../src/cleanup/approvals/comments.js';
import {
  ACTIONS_TOKEN,
  startGitHubServer,
  type GitHubServer,
  type RepoState,
} from '../../support/github-server.js';
import { testClient } from '../../support/publish-client.js';

let server: GitHubServer;
let repo: RepoState;
let issue: number;
let counter = 0;

beforeAll(async () => {
  server = await startGitHubServer();
});
afterAll(() => server.close());
beforeEach(() => {
  counter += 1;
  repo = server.state.addRepo({ owner: 'octo-org', name: `infra-${counter}` });
  issue = repo.addIssue({ title: 'AWS audit: 111122223333' }).number;
  repo.setRole('writer', 'write');
  repo.setRole('maintainer', 'maintain');
  repo.setRole('admin-user', 'admin');
  repo.setRole('triager', 'triage');
  repo.setRole('reader', 'read');
});
afterEach(() => expect(server.violations).toEqual([]));

const permissionChecks = () =>
  server.requests.filter(
    (r) => r.operationId === 'repos/get-collaborator-permission-level' && r.path.includes(`/${repo.name}/`),
  );

const read = async () =>
  readApprovalComments(await testClient(ACTIONS_TOKEN, server.url), {
    owner: 'octo-org',
    repo: repo.name,
    issueNumber: issue,
  });

describe('approvals from the dashboard issue comments', () => {
  it('counts write, maintain and admin, each checked with GitHub', async () => {
    repo.addComment(issue, { user: 'writer', body: '/aws-audit approve 1a2b3c4d' });
    repo.addComment(issue, { user: 'maintainer', body: '/aws-audit approve 2a2b3c4d 3a2b3c4d' });
    repo.addComment(issue, { user: 'admin-user', body: '/aws-audit revoke 1a2b3c4d' });
    const { events, notes } = await read();
    expect(events.map((e) => [e.verb, e.id, e.by])).toEqual([
      ['approve', '1a2b3c4d', 'writer'],
      ['approve', '2a2b3c4d', 'maintainer'],
      ['approve', '3a2b3c4d', 'maintainer'],
      ['revoke', '1a2b3c4d', 'admin-user'],
    ]);
    expect(events[0]?.reference).toMatch(/#issuecomment-\d+$/);
    expect(notes).toEqual([]);
    expect(
      permissionChecks()
        .map((r) => r.path.split('/')[5])
        .sort(),
    ).toEqual(['admin-user', 'maintainer', 'writer']);
  });

  it('does not count triage, read, outsiders or bots, and says why', async () => {
    repo.addComment(issue, { user: 'triager', body: '/aws-audit approve 1a2b3c4d' });
    repo.addComment(issue, { user: 'reader', body: '/aws-audit approve 1a2b3c4d' });
    repo.addComment(issue, { user: 'stranger', body: '/aws-audit approve 1a2b3c4d' });
    repo.addComment(issue, { user: 'github-actions[bot]', body: '/aws-audit approve 1a2b3c4d' });
    const { events, notes } = await read();
    expect(events).toEqual([]);
    expect(notes).toEqual([
      expect.stringMatching(
        /by triager not counted: approving needs write access to the repository \(triager has read\)/,
      ),
      expect.stringMatching(/by reader not counted: approving needs write access/),
      expect.stringMatching(/by stranger not counted: approving needs write access/),
      expect.stringMatching(/by github-actions\[bot\] not counted: bots cannot approve/),
    ]);
  });

  it('does not count an edited comment: whoever edited it may not be its author', async () => {
    const comment = repo.addComment(issue, { user: 'writer', body: '/aws-audit approve 1a2b3c4d' });
    comment.updatedAt = new Date(Date.parse(comment.createdAt) + 60_000).toISOString();
    const { events, notes } = await read();
    expect(events).toEqual([]);
    expect(notes).toEqual([expect.stringContaining('edited after it was posted')]);
  });

  it('ignores comments without a command, and asks about each user once', async () => {
    repo.addComment(issue, { user: 'reader', body: 'What is this volume?' });
    repo.addComment(issue, { user: 'writer', body: '/aws-audit approve 1a2b3c4d' });
    repo.addComment(issue, { user: 'writer', body: '/aws-audit approve 2a2b3c4d' });
    const { events } = await read();
    expect(events).toHaveLength(2);
    expect(permissionChecks()).toHaveLength(1);
  });
});
