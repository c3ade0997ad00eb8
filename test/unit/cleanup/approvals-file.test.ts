import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { parseApprovalsFile } from '../../../src/cleanup/approvals/file.js';
import { fetchApprovalsFile, fileApprovalEvents } from '../../../src/cleanup/approvals/file-source.js';
import { permissionChecker } from '../../../src/cleanup/approvals/permissions.js';
import { ConfigError } from '../../../src/config/errors.js';
import {
  ACTIONS_TOKEN,
  startGitHubServer,
  type GitHubServer,
  type RepoState,
} from '../../support/github-server.js';
import { testClient } from '../../support/publish-client.js';

const PATH = '.github/aws-audit-approvals.yml';
const FILE = `# Reviewed approvals: each entry a resource, an action, who approved and until when.
approvals:
  - resource: vol-0a1b2c3d4e5f60718
    action: ec2.delete-volume
    approved-by: writer
    expires: 2026-12-31
    reason: scratch volume of the old build farm
  - resource: eipalloc-0123456789abcdef0
    action: ec2.release-address
    account: 012345678901
    region: eu-west-1
    approved-by: triager
    expires: 2026-12-31
  - resource: nat-0123456789abcdef0
    action: ec2.delete-nat-gateway
    approved-by: writer
    expires: 2026-11-30
`;

const problems = (text: string) => {
  try {
    parseApprovalsFile(text, PATH);
  } catch (error) {
    if (error instanceof ConfigError) return { message: error.message, problems: error.problems };
    throw error;
  }
  throw new Error('the file was accepted');
};

describe('the approvals file', () => {
  it('reads each entry with its approver, expiry (end of the day, UTC) and where it is', () => {
    const entries = parseApprovalsFile(FILE, PATH);
    expect(
      entries.map((e) => [e.resource, e.action, e.account, e.region, e.approvedBy, e.expiresAt]),
    ).toEqual([
      [
        'vol-0a1b2c3d4e5f60718',
        'ec2.delete-volume',
        undefined,
        undefined,
        'writer',
        '2027-01-01T00:00:00.000Z',
      ],
      // An unquoted account id is a number to YAML: its leading zero comes back.
      [
        'eipalloc-0123456789abcdef0',
        'ec2.release-address',
        '012345678901',
        'eu-west-1',
        'triager',
        '2027-01-01T00:00:00.000Z',
      ],
      [
        'nat-0123456789abcdef0',
        'ec2.delete-nat-gateway',
        undefined,
        undefined,
        'writer',
        '2026-12-01T00:00:00.000Z',
      ],
    ]);
    expect(entries[0]?.source).toBe(`${PATH}:3:5`);
  });

  it('refuses a typo in a key, an unknown action, a date that is not one, and names the line', () => {
    const { message, problems: list } = problems(`approvals:
  - resource: vol-1
    action: ec2.delete-volumes
    approved_by: writer
    expires: 31/12/2026
`);
    expect(message).toMatch(/^Invalid approvals file \.github\/aws-audit-approvals\.yml:/);
    expect(list).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/:3:13: approvals\.0\.action must be one of ec2\.stop-instance, /),
        expect.stringMatching(/:4:5: unknown key 'approved_by'/),
        expect.stringMatching(/:5:14: approvals\.0\.expires must be a date \(YYYY-MM-DD\)/),
        expect.stringMatching(/approvals\.0 is missing 'approved-by'/),
      ]),
    );
  });

  it('approves nothing when the file or its list is empty', () => {
    expect(parseApprovalsFile('', PATH)).toEqual([]);
    expect(parseApprovalsFile('# all done\napprovals:\n', PATH)).toEqual([]);
  });

  it('refuses the same resource and action approved twice', () => {
    const { problems: list } = problems(`approvals:
  - { resource: vol-1, action: ec2.delete-volume, approved-by: writer, expires: 2026-12-31 }
  - { resource: vol-1, action: ec2.delete-volume, approved-by: admin-user, expires: 2027-01-31 }
`);
    expect(list).toEqual([`${PATH}:3:5: vol-1 ec2.delete-volume is approved twice (also ${PATH}:2:5)`]);
  });

  it('refuses a file that is not a list of approvals', () => {
    expect(problems('approvals: yes\n').problems).toEqual([`${PATH}:1:12: approvals must be array`]);
    expect(problems('approve:\n  - vol-1\n').problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/unknown key 'approve'/)]),
    );
  });
});

describe('the approvals file on the default branch', () => {
  let server: GitHubServer;
  let repo: RepoState;
  let counter = 0;
  beforeAll(async () => {
    server = await startGitHubServer();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    counter += 1;
    repo = server.state.addRepo({ owner: 'octo-org', name: `approvals-${counter}` });
    repo.setRole('writer', 'write');
    repo.setRole('triager', 'triage');
  });
  afterEach(() => expect(server.violations).toEqual([]));

  const fetch = async (path = PATH) =>
    fetchApprovalsFile(await testClient(ACTIONS_TOKEN, server.url), {
      owner: 'octo-org',
      repo: repo.name,
      path,
    });

  it('is read through the API with the newest commit that changed it', async () => {
    repo.commitFile(PATH, 'approvals: []\n', { at: new Date('2026-11-20T10:00:00Z') });
    repo.commitFile('README.md', '# infra\n', { at: new Date('2026-12-02T10:00:00Z') });
    const commit = repo.commitFile(PATH, FILE, { user: 'writer', at: new Date('2026-12-01T10:00:00Z') });
    const read = await fetch();
    expect(read.status).toBe('read');
    if (read.status !== 'read') return;
    expect(read.entries).toHaveLength(3);
    expect(read.commit).toEqual({
      sha: commit.sha,
      at: '2026-12-01T10:00:00Z',
      url: `https://github.com/octo-org/${repo.name}/commit/${commit.sha}`,
    });
    expect(read.url).toBe(`https://github.com/octo-org/${repo.name}/blob/main/${PATH}`);
  });

  it('is absent when the default branch has no such file, and an invalid one fails the run', async () => {
    expect(await fetch()).toEqual({ status: 'absent', path: PATH });
    repo.commitFile(PATH, 'approvals:\n  - resource: vol-1\n');
    await expect(fetch()).rejects.toThrow(/Invalid approvals file[\s\S]*missing 'action'/);
  });

  it('counts entries whose approver has write access now, never an expired one', async () => {
    repo.commitFile(PATH, FILE, { at: new Date('2026-12-01T10:00:00Z') });
    const client = await testClient(ACTIONS_TOKEN, server.url);
    const read = await fetch();
    const { events, notes } = await fileApprovalEvents(
      read,
      permissionChecker(client, { owner: 'octo-org', repo: repo.name }),
      new Date('2026-12-05T00:00:00Z'),
    );
    expect(events).toEqual([
      {
        verb: 'approve',
        source: 'file',
        id: 'vol-0a1b2c3d4e5f60718',
        by: 'writer',
        at: '2026-12-01T10:00:00Z',
        reference: expect.stringMatching(
          /blob\/main\/\.github\/aws-audit-approvals\.yml#vol-0a1b2c3d4e5f60718/,
        ),
        target: { action: 'ec2.delete-volume', account: undefined, region: undefined },
        expiresAt: '2027-01-01T00:00:00.000Z',
      },
    ]);
    expect(notes).toEqual([
      expect.stringMatching(
        /:8:5 \(eipalloc-.* not counted: approving needs write access to the repository \(triager has read\)/,
      ),
      expect.stringMatching(/:14:5 \(nat-.* not counted: it expired after 2026-11-30/),
    ]);
  });

  it('holds its approvals back when the file cannot be read, and says so', async () => {
    const client = await testClient(ACTIONS_TOKEN, server.url);
    const { events, notes } = await fileApprovalEvents(
      { status: 'unreadable', path: PATH, reason: 'HTTP 502' },
      permissionChecker(client, { owner: 'octo-org', repo: repo.name }),
      new Date(),
    );
    expect(events).toEqual([]);
    expect(notes).toEqual([
      `the approvals file ${PATH} could not be read (HTTP 502); its approvals are held back this run`,
    ]);
  });
});
