import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { readCheckboxApprovals } from '../../../src/cleanup/approvals/checkboxes.js';
import { checkboxes, keepTicks, tickedIds } from '../../../src/render/checkboxes.js';
import { permissionChecker } from '../../../src/cleanup/approvals/permissions.js';
import {
  ACTIONS_TOKEN,
  startGitHubServer,
  type GitHubServer,
  type RepoState,
} from '../../support/github-server.js';
import { testClient } from '../../support/publish-client.js';

const box = (id: string, ticked = false) =>
  `- [${ticked ? 'x' : ' '}] <!-- aws-audit-approve:${id} --> \`${id}\` ec2.delete-volume on old-build`;
const DASHBOARD = ['## AWS audit', '', box('1a2b3c4d'), box('5e6f7a8b'), box('9c0d1e2f'), ''].join('\n');
const tick = (id: string) => (body: string) => body.replace(box(id), box(id, true));

describe('the dashboard boxes', () => {
  it('reads each candidate box and whether it is ticked', () => {
    const body = [box('1a2b3c4d', true), '* [X] <!-- aws-audit-approve:5e6f7a8b -->', box('9c0d1e2f')].join(
      '\n',
    );
    expect([...checkboxes(body)]).toEqual([
      ['1a2b3c4d', true],
      ['5e6f7a8b', true],
      ['9c0d1e2f', false],
    ]);
  });

  it('ignores boxes in code blocks or quotes, boxes without our marker and markers out of place', () => {
    const body = [
      '```',
      box('1a2b3c4d', true),
      '```',
      `> ${box('5e6f7a8b', true)}`,
      '- [x] approve 9c0d1e2f',
      '| - [x] <!-- aws-audit-approve:9c0d1e2f --> |',
      '- [x] `9c0d1e2f` <!-- aws-audit-approve:9c0d1e2f -->',
    ].join('\n');
    expect([...checkboxes(body)]).toEqual([]);
  });
});

describe('ticks kept when the body is rewritten', () => {
  it('ticks again only the boxes the new body still has', () => {
    expect(keepTicks([box('1a2b3c4d'), box('5e6f7a8b')].join('\n'), ['5e6f7a8b', '9c0d1e2f'])).toBe(
      [box('1a2b3c4d'), box('5e6f7a8b', true)].join('\n'),
    );
    expect(tickedIds([box('1a2b3c4d', true), box('5e6f7a8b')].join('\n'))).toEqual(['1a2b3c4d']);
  });
});

describe('approvals by ticking a box on the dashboard', () => {
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
    repo = server.state.addRepo({ owner: 'octo-org', name: `boxes-${counter}` });
    repo.setRole('writer', 'write');
    repo.setRole('other-writer', 'write');
    repo.setRole('triager', 'triage');
    issue = repo.addIssue({
      title: 'AWS audit: 111122223333',
      user: 'github-actions[bot]',
      body: DASHBOARD,
    }).number;
  });
  afterEach(() => expect(server.violations).toEqual([]));

  const read = async () => {
    const client = await testClient(ACTIONS_TOKEN, server.url);
    return readCheckboxApprovals(
      client,
      { owner: 'octo-org', repo: repo.name, issueNumber: issue },
      permissionChecker(client, { owner: 'octo-org', repo: repo.name }),
    );
  };

  it('counts a tick by someone with write access, found in the edit history, at the time of the edit', async () => {
    repo.userEditsBody(issue, 'writer', tick('1a2b3c4d'));
    const tickedAt = repo.issue(issue)?.updatedAt;
    // A later edit by someone else that leaves the box ticked does not make it theirs.
    repo.userEditsBody(issue, 'other-writer', (body) => `${body}\nnote`);
    const { events, notes } = await read();
    expect(notes).toEqual([]);
    expect(events).toEqual([
      {
        verb: 'approve',
        source: 'checkbox',
        id: '1a2b3c4d',
        by: 'writer',
        at: tickedAt,
        reference: expect.stringMatching(
          new RegExp(`^https://github.com/octo-org/${repo.name}/issues/${issue}#UCE_`),
        ),
      },
    ]);
  });

  it('does not count a tick by triage, or by a bot, and says why', async () => {
    repo.userEditsBody(issue, 'triager', tick('1a2b3c4d'));
    repo.userEditsBody(issue, 'renovate[bot]', tick('5e6f7a8b'));
    const { events, notes } = await read();
    expect(events).toEqual([]);
    expect(notes).toEqual([
      expect.stringMatching(
        /box 1a2b3c4d .* by triager not counted: approving needs write access .*\(triager has read\)/,
      ),
      expect.stringMatching(/box 5e6f7a8b .* by renovate\[bot\] not counted: bots cannot approve/),
    ]);
  });

  it('does not count a tick it cannot attribute: ticked when written, or a history that does not reach the body', async () => {
    const ticked = repo.addIssue({
      title: 'AWS audit: 2',
      user: 'github-actions[bot]',
      body: tick('1a2b3c4d')(DASHBOARD),
    });
    issue = ticked.number;
    expect((await read()).notes).toEqual([
      expect.stringContaining('the edit history does not reach the current body'),
    ]);
    repo.userEditsBody(issue, 'writer', tick('5e6f7a8b'));
    const attributed = await read();
    expect(attributed.events.map((e) => [e.id, e.by])).toEqual([['5e6f7a8b', 'writer']]);
    expect(attributed.notes).toEqual([
      expect.stringMatching(
        /box 1a2b3c4d ticked .* not counted: the edit that ticked it is not in the edit history/,
      ),
    ]);
    // The body changed without a revision (what a truncated history looks like).
    ticked.body = tick('9c0d1e2f')(ticked.body ?? '');
    const { events, notes } = await read();
    expect(events).toEqual([]);
    expect(notes).toEqual([expect.stringContaining('the edit history does not reach the current body')]);
  });

  it('finds nothing to check when no box is ticked, and a box ticked then cleared counts for nothing', async () => {
    repo.userEditsBody(issue, 'writer', tick('1a2b3c4d'));
    repo.userEditsBody(issue, 'writer', (body) => body.replace(box('1a2b3c4d', true), box('1a2b3c4d')));
    expect(await read()).toEqual({ events: [], notes: [] });
  });
});
