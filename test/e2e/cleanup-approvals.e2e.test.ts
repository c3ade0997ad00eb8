import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { CreateVolumeCommand, EC2Client } from '@aws-sdk/client-ec2';
import type { AwsCredentialIdentity } from '@smithy/types';
import type { AuditReport } from '../../src/report/schema.js';
import { accountCredentials, seedConfig, uniqueAccountId } from '../support/aws.js';
import { startGitHubServer, type GitHubServer, type RepoState } from '../support/github-server.js';
import { ACTION_BUNDLE } from '../support/run-process.js';
import { reportOf, runScheduledAction, type ScheduledRun } from '../support/scheduled-action.js';
import { startSilentServer } from '../support/silent-server.js';

const REGION = 'eu-west-2';
const CONFIG = 'version: 1\nrules:\n  disable: ["*"]\n  enable: [ec2.volume-unattached]\n';
const PATH = '.github/aws-audit-approvals.yml';

const approvals = (entries: { resource: string; action: string; by: string; expires?: string }[]) =>
  `approvals:\n${entries
    .map(
      (e) =>
        `  - resource: ${e.resource}\n    action: ${e.action}\n    approved-by: ${e.by}\n    expires: ${e.expires ?? '2099-12-31'}\n`,
    )
    .join('')}`;

/**
 * Approvals from the repository's approvals file and from ticked boxes on the dashboard, through
 * the bundled Action, against moto and the GitHub fake. The file: read from the default branch,
 * counted for approvers with write access, bound like a comment, withdrawn when its entry leaves
 * the file; an invalid file stops the run before the first AWS call. The boxes: counted when the
 * edit that ticked one is by someone with write access.
 */
describe('approvals from the approvals file and the dashboard boxes through the Action', () => {
  const account = uniqueAccountId();
  let credentials: AwsCredentialIdentity;
  let github: GitHubServer;
  let repo: RepoState;
  const volumes: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };
  const runs: Record<string, ScheduledRun> = {};
  let awsRequestsOfInvalidRun = -1;

  const run = (inputs: Record<string, string> = {}, env?: Record<string, string>) =>
    runScheduledAction({
      github,
      repo,
      credentials,
      config: CONFIG,
      region: REGION,
      services: 'ec2',
      inputs,
      env,
    });
  const outcomes = (report: AuditReport) =>
    Object.fromEntries(report.cleanup.log.map((e) => [e.resourceId, `${e.outcome}: ${e.detail}`]));

  beforeAll(async () => {
    if (!existsSync(ACTION_BUNDLE)) throw new Error('dist/index.js is missing: run npm run build first');
    credentials = await accountCredentials(account);
    const ec2 = new EC2Client(seedConfig(REGION, credentials));
    for (const name of ['a', 'b', 'c'] as const) {
      volumes[name] = (
        await ec2.send(
          new CreateVolumeCommand({ AvailabilityZone: `${REGION}a`, Size: 4, VolumeType: 'gp3' }),
        )
      ).VolumeId as string;
    }
    ec2.destroy();
    github = await startGitHubServer();
    repo = github.state.addRepo({ owner: 'octo-org', name: 'infra' });
    repo.setRole('writer', 'write');
    repo.setRole('triager', 'triage');

    runs.nightly = await run();
    const nightly = reportOf(runs.nightly);
    const idOf = (resourceId: string) =>
      nightly.cleanup.candidates.find((c) => c.resourceId === resourceId)?.id ?? '';
    const dashboard = [...repo.issues.values()].find((issue) => !issue.pull)?.number ?? 0;
    const tick = (id: string) => (body: string) =>
      body.replace(`- [ ] <!-- aws-audit-approve:${id} -->`, `- [x] <!-- aws-audit-approve:${id} -->`);
    repo.userEditsBody(dashboard, 'writer', tick(idOf(volumes.c)));
    repo.userEditsBody(dashboard, 'triager', tick(idOf(volumes.b)));
    // Merged after the nightly run the dashboard shows: each entry binds to the state shown there.
    repo.commitFile(
      PATH,
      approvals([
        { resource: volumes.a, action: 'ec2.delete-volume', by: 'writer' },
        { resource: volumes.b, action: 'ec2.delete-volume', by: 'triager' },
        { resource: volumes.c, action: 'ec2.release-address', by: 'writer' },
      ]),
      { user: 'writer', message: 'Approve deleting the old build volume' },
    );
    runs.dryRun = await run({ cleanup: 'dry-run' });
    repo.commitFile(PATH, approvals([]), { user: 'writer', message: 'Keep the build volume after all' });
    runs.withdrawn = await run({ cleanup: 'dry-run' });

    repo.commitFile(PATH, 'approvals:\n  - resource: vol-1\n    action: ec2.delete-volumes\n', {
      user: 'writer',
    });
    const aws = await startSilentServer();
    try {
      runs.invalid = await run({ cleanup: 'dry-run' }, { AWS_ENDPOINT_URL: aws.endpoint });
      awsRequestsOfInvalidRun = aws.requests;
    } finally {
      await aws.close();
    }
  }, 600_000);

  afterAll(async () => {
    await github?.close();
  });

  it('sends GitHub only requests its description allows', () => {
    expect(github.violations).toEqual([]);
  });

  it('reads the file from the default branch through the API, not from the workspace', () => {
    const reads = github.requests.filter((r) => r.operationId === 'repos/get-content');
    expect(reads.length).toBeGreaterThanOrEqual(4);
    expect(reads.every((r) => r.path.includes('aws-audit-approvals.yml'))).toBe(true);
    expect(reportOf(runs.nightly as ScheduledRun).cleanup.approvals).toEqual([]);
  });

  it('counts an entry or a tick whose approver has write access, bound like a comment, and says why others are not', () => {
    const report = reportOf(runs.dryRun as ScheduledRun);
    expect(report.cleanup.approvals.map((a) => [a.resourceId, a.approvedBy, a.source]).sort()).toEqual(
      [
        [volumes.a, 'writer', 'file'],
        [volumes.c, 'writer', 'checkbox'],
      ].sort(),
    );
    expect(report.cleanup.approvals[0]?.state).toEqual(
      reportOf(runs.nightly as ScheduledRun).cleanup.candidates.find((c) => c.resourceId === volumes.a)
        ?.state,
    );
    expect(outcomes(report)).toEqual({
      [volumes.a]: 'would-do: would be done on apply',
      [volumes.c]: 'would-do: would be done on apply',
    });
    expect(report.cleanup.notes).toHaveLength(3);
    expect(report.cleanup.notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^box [0-9a-f]{8} ticked on .* by triager not counted: approving needs write access/,
        ),
        expect.stringMatching(/approved by triager\) not counted: approving needs write access/),
        expect.stringContaining(`${volumes.c} is not a cleanup candidate for ec2.release-address`),
      ]),
    );
  });

  it('withdraws the approval when its entry leaves the file, and keeps the ticked one', () => {
    const report = reportOf(runs.withdrawn as ScheduledRun);
    expect(report.cleanup.approvals.map((a) => [a.source, a.revokedBy]).sort()).toEqual([
      ['checkbox', null],
      ['file', 'the approvals file (entry removed or changed)'],
    ]);
    expect(outcomes(report)).toEqual({ [volumes.c]: 'would-do: would be done on apply' });
  });

  it('offers no box for a candidate already approved, and keeps a tick that did not count', () => {
    const body = [...repo.issues.values()].find((issue) => !issue.pull)?.body ?? '';
    const ids = Object.fromEntries(
      reportOf(runs.withdrawn as ScheduledRun).cleanup.candidates.map((c) => [c.resourceId, c.id]),
    );
    expect(body).not.toContain(`aws-audit-approve:${ids[volumes.c]}`);
    expect(body).toContain(`- [ ] <!-- aws-audit-approve:${ids[volumes.a]} -->`);
    // The tick that did not count stays, and so does the reason.
    expect(body).toContain(`- [x] <!-- aws-audit-approve:${ids[volumes.b]} -->`);
    expect(reportOf(runs.withdrawn as ScheduledRun).cleanup.notes).toEqual(
      expect.arrayContaining([expect.stringMatching(/^box [0-9a-f]{8} ticked on .* by triager not counted/)]),
    );
  });

  it('stops before the first AWS call when the file is invalid, naming the line', () => {
    const invalid = runs.invalid as ScheduledRun;
    expect(invalid.process.code).not.toBe(0);
    expect(invalid.report).toBeUndefined();
    expect(invalid.process.stdout).toMatch(
      /Invalid approvals file \.github\/aws-audit-approvals\.yml:[\s\S]*:3:13: approvals\.0\.action must be one of/,
    );
    expect(awsRequestsOfInvalidRun).toBe(0);
  });
});
