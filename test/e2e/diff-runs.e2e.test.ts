import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateVolumeCommand, DeleteVolumeCommand, EC2Client } from '@aws-sdk/client-ec2';
import type { AwsCredentialIdentity } from '@smithy/types';
import { startAwsProxy, type AwsProxy } from '../../bench/aws-proxy.js';
import { readReport } from '../../src/report/io.js';
import type { AuditReport } from '../../src/report/schema.js';
import { accountCredentials, seedConfig, uniqueAccountId } from '../support/aws.js';
import { CLI_BUNDLE, runNode, type ProcessRun } from '../support/run-process.js';

/**
 * Three consecutive runs of the bundled CLI against moto, each compared with the one before:
 * one new and one resolved finding, then a run where EC2 is denied, whose findings stay unknown
 * (never resolved), then a run that reads EC2 again.
 */
describe('the diff across consecutive runs', () => {
  const account = uniqueAccountId();
  let credentials: AwsCredentialIdentity;
  let ec2: EC2Client;
  let workspace: string;
  let denying: AwsProxy;
  const runs: { run: ProcessRun; report: AuditReport }[] = [];

  async function scan(name: string, previous: string | null, endpoint = process.env.MOTO_ENDPOINT ?? '') {
    const args = ['scan', '--regions', 'eu-west-2', '--services', 'ec2', '--output-dir', name];
    if (previous) args.push('--previous-report', join(workspace, previous, 'report.json'));
    const run = await runNode(CLI_BUNDLE, [...args, '--fail-on-new', 'medium'], {
      env: {
        PATH: process.env.PATH,
        HOME: workspace,
        AWS_ENDPOINT_URL: endpoint,
        AWS_ACCESS_KEY_ID: credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
        AWS_SESSION_TOKEN: credentials.sessionToken,
      },
      cwd: workspace,
      killAfterMs: 120_000,
    });
    const report = await readReport(join(workspace, name, 'report.json'));
    runs.push({ run, report });
    return { run, report };
  }
  const unattached = (report: AuditReport) =>
    report.findings.filter((f) => f.ruleId === 'ec2.volume-unattached').map((f) => f.resource.id);

  let first: string;
  let second: string;

  beforeAll(async () => {
    if (!existsSync(CLI_BUNDLE)) throw new Error('dist/cli/index.js is missing: run npm run build first');
    credentials = await accountCredentials(account);
    ec2 = new EC2Client(seedConfig('eu-west-2', credentials));
    workspace = await mkdtemp(join(tmpdir(), 'aws-audit-diff-'));
    denying = await startAwsProxy({ upstream: process.env.MOTO_ENDPOINT ?? '', denyServices: ['ec2'] });
    const volume = (size: number) =>
      ec2.send(new CreateVolumeCommand({ AvailabilityZone: 'eu-west-2a', Size: size, VolumeType: 'gp3' }));
    first = (await volume(10)).VolumeId ?? '';
    await scan('run1', null);
    await ec2.send(new DeleteVolumeCommand({ VolumeId: first }));
    second = (await volume(20)).VolumeId ?? '';
    await scan('run2', 'run1');
    await scan('run3', 'run2', denying.endpoint);
    await scan('run4', 'run3');
  }, 300_000);

  afterAll(async () => {
    await denying?.close();
  });

  it('run 1 has no baseline: every finding is new, and it says so', () => {
    const { run, report } = runs[0] ?? { run: undefined, report: undefined };
    expect(report?.baseline.source).toBe('none');
    expect(unattached(report as AuditReport)).toEqual([first]);
    expect(run?.stdout).toContain('No previous report');
    // Without a baseline, every finding is new: a PR check with --fail-on-new fails.
    expect(run?.code).toBe(3);
  });

  it('run 2 finds the new volume new and the deleted one resolved, and fails on the new one', () => {
    const { run, report } = runs[1] as { run: ProcessRun; report: AuditReport };
    expect(report.baseline).toMatchObject({ source: 'file', generatedAt: runs[0]?.report.generatedAt });
    const byId = Object.fromEntries(
      report.findings
        .filter((f) => f.ruleId === 'ec2.volume-unattached')
        .map((f) => [f.resource.id, f.history.state]),
    );
    expect(byId).toEqual({ [second]: 'new' });
    expect(
      report.resolvedFindings.filter((f) => f.ruleId === 'ec2.volume-unattached').map((f) => f.resource.id),
    ).toEqual([first]);
    // Region-wide findings of both runs persist, first seen in run 1.
    const persisting = report.findings.filter((f) => f.history.state === 'persisting');
    expect(persisting.length).toBeGreaterThan(0);
    expect(persisting.every((f) => f.history.firstSeen === runs[0]?.report.generatedAt)).toBe(true);
    expect(run.stdout).toMatch(/1 new, 0 reopened, 1 resolved/);
    expect(run.stderr).toContain('new finding(s) at or above medium (--fail-on-new medium)');
    expect(run.code).toBe(3);
  });

  it('run 3, with EC2 denied, resolves nothing: every earlier finding is unknown, carried over', () => {
    const { run, report } = runs[2] as { run: ProcessRun; report: AuditReport };
    const before = runs[1]?.report.findings.length ?? 0;
    expect(report.resolvedFindings).toEqual([]);
    expect(report.findings).toEqual([]);
    expect(report.unknownFindings).toHaveLength(before);
    expect(report.unknownFindings.every((f) => f.history.unknownBecause === 'failed')).toBe(true);
    expect(run.stdout).toMatch(/0 resolved, 0 persisting, \d+ unknown \(not judged this run\)/);
    expect(run.code).toBe(0);
  });

  it('run 4 reads EC2 again: the carried findings persist with their first-seen dates, none is new', () => {
    const { run, report } = runs[3] as { run: ProcessRun; report: AuditReport };
    expect(report.unknownFindings).toEqual([]);
    expect(report.findings.every((f) => f.history.state === 'persisting')).toBe(true);
    const volume = report.findings.find(
      (f) => f.resource.id === second && f.ruleId === 'ec2.volume-unattached',
    );
    expect(volume?.history.firstSeen).toBe(runs[1]?.report.generatedAt);
    expect(report.history.map((h) => h.generatedAt)).toEqual(runs.map((r) => r.report.generatedAt));
    expect(run.code).toBe(0);
  });

  it('aws-audit diff prints the same diff from the two files', async () => {
    const run = await runNode(
      CLI_BUNDLE,
      [
        'diff',
        '--previous',
        join(workspace, 'run1', 'report.json'),
        '--current',
        join(workspace, 'run2', 'report.json'),
        '--json',
      ],
      { env: { PATH: process.env.PATH, HOME: workspace }, cwd: workspace, killAfterMs: 30_000 },
    );
    expect(run.code).toBe(0);
    const diff = JSON.parse(run.stdout) as {
      new: { resource: { id: string } }[];
      resolved: { resource: { id: string } }[];
    };
    expect(diff.new.map((f) => f.resource.id)).toContain(second);
    expect(diff.resolved.map((f) => f.resource.id)).toEqual([first]);
  });
});
