import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import {
  AllocateAddressCommand,
  CreateTagsCommand,
  CreateVolumeCommand,
  DescribeAddressesCommand,
  DescribeSnapshotsCommand,
  DescribeVolumesCommand,
  EC2Client,
  ModifyVolumeCommand,
} from '@aws-sdk/client-ec2';
import type { AwsCredentialIdentity } from '@smithy/types';
import type { AuditReport } from '../../src/report/schema.js';
import { accountCredentials, seedConfig, uniqueAccountId } from '../support/aws.js';
import { startGitHubServer, type GitHubServer, type RepoState } from '../support/github-server.js';
import { ACTION_BUNDLE, type ProcessRun } from '../support/run-process.js';
import { reportOf, runScheduledAction } from '../support/scheduled-action.js';

const REGION = 'eu-west-2';
const CONFIG =
  'version: 1\nrules:\n  disable: ["*"]\n  enable: [ec2.volume-unattached, ec2.eip-unassociated]\n';

interface Run {
  process: ProcessRun;
  outputs: Record<string, string>;
  summary: string;
  report: AuditReport;
}

/**
 * The approval flow through the bundled Action, as a runner starts it, against moto and the
 * GitHub fake: a nightly run lists candidates; people comment; dry-run, a run for the wrong
 * account, and apply under a cap each do exactly what was approved, and nothing else.
 */
describe('approved cleanup through the Action', () => {
  const account = uniqueAccountId();
  let credentials: AwsCredentialIdentity;
  let ec2: EC2Client;
  let github: GitHubServer;
  let repo: RepoState;
  const volumes: Record<string, string> = {};
  let address = '';
  const runs: Record<string, Run> = {};

  async function runAction(inputs: Record<string, string>): Promise<Run> {
    const run = await runScheduledAction({
      github,
      repo,
      credentials,
      config: CONFIG,
      region: REGION,
      services: 'ec2',
      inputs,
    });
    return { process: run.process, outputs: run.outputs, summary: run.summary, report: reportOf(run) };
  }

  const dashboard = () => [...repo.issues.values()].find((issue) => !issue.pull);
  const idOf = (resourceId: string, report: AuditReport) =>
    report.cleanup.candidates.find((c) => c.resourceId === resourceId)?.id ?? `missing-${resourceId}`;
  const comment = (user: string, body: string) => repo.addComment(dashboard()?.number ?? 0, { user, body });
  const outcomes = (report: AuditReport) =>
    Object.fromEntries(report.cleanup.log.map((e) => [e.resourceId, `${e.outcome}: ${e.detail}`]));
  const volumeExists = async (id: string) =>
    (
      (await ec2.send(new DescribeVolumesCommand({ Filters: [{ Name: 'volume-id', Values: [id] }] })))
        .Volumes ?? []
    ).length === 1;
  const addressExists = async () =>
    ((await ec2.send(new DescribeAddressesCommand({}))).Addresses ?? []).some(
      (a) => a.AllocationId === address,
    );

  beforeAll(async () => {
    if (!existsSync(ACTION_BUNDLE)) throw new Error('dist/index.js is missing: run npm run build first');
    credentials = await accountCredentials(account);
    ec2 = new EC2Client(seedConfig(REGION, credentials));
    github = await startGitHubServer();
    repo = github.state.addRepo({ owner: 'octo-org', name: 'infra' });
    repo.setRole('writer', 'write');
    repo.setRole('triager', 'triage');
    for (const name of ['a', 'b', 'changed', 'protected', 'outsider']) {
      volumes[name] = (
        await ec2.send(
          new CreateVolumeCommand({
            AvailabilityZone: `${REGION}a`,
            Size: 8,
            VolumeType: 'gp3',
            TagSpecifications: [{ ResourceType: 'volume', Tags: [{ Key: 'Name', Value: `volume-${name}` }] }],
          }),
        )
      ).VolumeId as string;
    }
    address = (await ec2.send(new AllocateAddressCommand({ Domain: 'vpc' }))).AllocationId as string;

    runs.nightly = await runAction({});
    const shown = runs.nightly.report;
    comment(
      'writer',
      `Unused since the migration.\n/aws-audit approve ${idOf(volumes.a ?? '', shown)} ${idOf(volumes.b ?? '', shown)}`,
    );
    comment(
      'writer',
      `/aws-audit approve ${idOf(address, shown)} ${idOf(volumes.changed ?? '', shown)} ${idOf(volumes.protected ?? '', shown)}`,
    );
    comment('triager', `/aws-audit approve ${idOf(volumes.outsider ?? '', shown)}`);
    comment(
      'writer',
      `> /aws-audit approve ${idOf(volumes.outsider ?? '', shown)}\nQuoting the above: not from me.`,
    );
    await ec2.send(new ModifyVolumeCommand({ VolumeId: volumes.changed, Size: 16 }));
    await ec2.send(
      new CreateTagsCommand({
        Resources: [volumes.protected ?? ''],
        Tags: [{ Key: 'DoNotDelete', Value: 'legal hold' }],
      }),
    );

    runs.dryRun = await runAction({ cleanup: 'dry-run' });
    runs.wrongAccount = await runAction({ cleanup: 'apply', 'expected-account-id': '000000000000' });
    runs.capped = await runAction({
      cleanup: 'apply',
      'expected-account-id': account,
      'max-cleanup-actions': '2',
    });
    runs.rest = await runAction({ cleanup: 'apply', 'expected-account-id': account });
  }, 600_000);

  afterAll(async () => {
    await github?.close();
    ec2?.destroy();
  });

  it('sends GitHub only requests its description allows', () => {
    expect(github.violations).toEqual([]);
  });

  it('lists every candidate on the dashboard with its short id, before anything is approved', () => {
    const { report } = runs.nightly as Run;
    expect(report.cleanup.candidates.map((c) => c.action).sort()).toEqual([
      'ec2.delete-volume',
      'ec2.delete-volume',
      'ec2.delete-volume',
      'ec2.delete-volume',
      'ec2.delete-volume',
      'ec2.release-address',
    ]);
    expect(report.cleanup.log).toEqual([]);
    expect(runs.nightly?.outputs['cleanup-done']).toBe('0');
  });

  it('records approvals from write access only, each bound to what the dashboard showed', () => {
    const { report } = runs.dryRun as Run;
    expect(report.cleanup.approvals.map((a) => [a.resourceId, a.approvedBy]).sort()).toEqual(
      [volumes.a, volumes.b, volumes.changed, volumes.protected, address].map((id) => [id, 'writer']).sort(),
    );
    expect(report.cleanup.notes).toEqual([
      expect.stringContaining('by triager not counted: approving needs write access'),
    ]);
    expect(runs.dryRun?.process.stdout).toMatch(
      /::warning::Cleanup approval: comment .* by triager not counted/,
    );
  });

  it('dry-run says what apply would do and changes nothing', async () => {
    const { report, outputs } = runs.dryRun as Run;
    expect(outcomes(report)).toEqual({
      [volumes.a ?? '']: 'would-do: would be done on apply',
      [volumes.b ?? '']: 'would-do: would be done on apply',
      [address]: 'would-do: would be done on apply',
      [volumes.changed ?? '']: 'skipped: changed since it was approved (sizeGiB: 8 -> 16); approve again',
      [volumes.protected ?? '']: 'skipped: protected by its tag DoNotDelete',
    });
    const calls = report.cleanup.log.find((e) => e.resourceId === volumes.a)?.calls ?? [];
    expect(calls.map((call) => call.split(' ').slice(0, 2).join(' '))).toEqual([
      `ec2:CreateSnapshot VolumeId=${volumes.a}`,
      `ec2:DeleteVolume VolumeId=${volumes.a}`,
    ]);
    // The next run's scan still finds every candidate: the dry-run changed nothing.
    expect(runs.wrongAccount?.report.cleanup.candidates).toHaveLength(6);
    expect(outputs['cleanup-would-do']).toBe('3');
    expect(runs.dryRun?.process.code).toBe(0);
  });

  it('a run for another account changes nothing', async () => {
    const { report } = runs.wrongAccount as Run;
    expect(runs.capped?.report.cleanup.candidates).toHaveLength(6);
    expect(report.cleanup.log.filter((e) => e.outcome !== 'skipped')).toEqual([]);
    expect(report.cleanup.log.find((e) => e.resourceId === volumes.a)?.detail).toBe(
      `account ${account} is not expected-account-id (000000000000)`,
    );
  });

  it('apply executes exactly the plan dry-run showed, up to max-cleanup-actions', () => {
    const dry = new Map((runs.dryRun as Run).report.cleanup.log.map((e) => [e.resourceId, e.calls]));
    const { report, outputs } = runs.capped as Run;
    const done = report.cleanup.log.filter((e) => e.outcome === 'done');
    expect(done).toHaveLength(2);
    for (const entry of done) expect(entry.calls).toEqual(dry.get(entry.resourceId));
    const capped = report.cleanup.log.filter((e) => e.detail.includes('max-cleanup-actions (2) reached'));
    expect(capped.map((e) => e.resourceId).sort()).toEqual(
      [address, volumes.changed, volumes.protected].sort(),
    );
    expect(outputs['cleanup-done']).toBe('2');
  });

  it('the next apply does the rest, and nothing twice', () => {
    const { report } = runs.rest as Run;
    const done = [...(runs.capped as Run).report.cleanup.log, ...report.cleanup.log]
      .filter((e) => e.outcome === 'done')
      .map((e) => e.resourceId)
      .sort();
    expect(done).toEqual([volumes.a, volumes.b, address].sort());
    expect(report.cleanup.approvals.filter((a) => a.doneAt !== null)).toHaveLength(3);
  });

  it('left AWS as approved: two volumes gone after a tagged snapshot, the address released, the rest untouched', async () => {
    expect(await volumeExists(volumes.a ?? '')).toBe(false);
    expect(await volumeExists(volumes.b ?? '')).toBe(false);
    expect(await addressExists()).toBe(false);
    for (const name of ['changed', 'protected', 'outsider'])
      expect(await volumeExists(volumes[name] ?? '')).toBe(true);
    const snapshots = (await ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'] }))).Snapshots ?? [];
    const ours = snapshots.filter((s) => s.VolumeId === volumes.a || s.VolumeId === volumes.b);
    expect(ours).toHaveLength(2);
    for (const snapshot of ours) {
      const tags = Object.fromEntries((snapshot.Tags ?? []).map((t) => [t.Key, t.Value]));
      expect(tags).toMatchObject({
        'aws-audit:approved-by': 'writer',
        'aws-audit:finding': expect.any(String),
      });
    }
  });

  it('shows on the dashboard what was done, by whom', () => {
    const body = dashboard()?.body ?? '';
    expect(body).toContain('### Cleanup this run (apply)');
    expect(body).toContain('approved by writer until');
    expect(runs.capped?.summary).toContain('#### Cleanup (apply)');
  });
});
