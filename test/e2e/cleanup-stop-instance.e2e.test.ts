import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { DescribeInstancesCommand, EC2Client, RunInstancesCommand, type Tag } from '@aws-sdk/client-ec2';
import type { AwsCredentialIdentity } from '@smithy/types';
import type { AuditReport } from '../../src/report/schema.js';
import { accountCredentials, seedConfig, uniqueAccountId } from '../support/aws.js';
import { startGitHubServer, type GitHubServer, type RepoState } from '../support/github-server.js';
import { putInstanceActivity } from '../support/instance-metrics.js';
import { ACTION_BUNDLE } from '../support/run-process.js';
import { reportOf, runScheduledAction } from '../support/scheduled-action.js';

const REGION = 'eu-west-2';
const CONFIG = 'version: 1\nrules:\n  disable: ["*"]\n  enable: [ec2.instance-idle]\n';
type Name = 'idle' | 'asg' | 'protected';

interface Run {
  code: number | null;
  outputs: Record<string, string>;
  report: AuditReport;
}

/**
 * Stopping an idle instance through the bundled Action, as a runner starts it, against moto and
 * the GitHub fake: the nightly run lists it, a writer approves, dry-run changes nothing, apply
 * stops it; an Auto Scaling group member is never a candidate, and stop protection is respected.
 */
describe('approved stop of an idle instance through the Action', () => {
  const account = uniqueAccountId();
  let credentials: AwsCredentialIdentity;
  let ec2: EC2Client;
  let github: GitHubServer;
  let repo: RepoState;
  const ids = {} as Record<Name, string>;
  const runs: Record<string, Run> = {};
  const states: Record<string, Record<Name, string | undefined>> = {};

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
    return { code: run.process.code, outputs: run.outputs, report: reportOf(run) };
  }

  async function instanceStates(): Promise<Record<Name, string | undefined>> {
    const answer = await ec2.send(new DescribeInstancesCommand({ InstanceIds: Object.values(ids) }));
    const byId = new Map(
      (answer.Reservations ?? []).flatMap((r) => r.Instances ?? []).map((i) => [i.InstanceId, i.State?.Name]),
    );
    return { idle: byId.get(ids.idle), asg: byId.get(ids.asg), protected: byId.get(ids.protected) };
  }

  const dashboard = () => [...repo.issues.values()].find((issue) => !issue.pull);
  const idOf = (name: Name, report: AuditReport) =>
    report.cleanup.candidates.find((c) => c.resourceId === ids[name])?.id ?? `missing-${name}`;
  const outcomes = (report: AuditReport) =>
    Object.fromEntries(report.cleanup.log.map((e) => [e.resourceId, `${e.outcome}: ${e.detail}`]));

  beforeAll(async () => {
    if (!existsSync(ACTION_BUNDLE)) throw new Error('dist/index.js is missing: run npm run build first');
    credentials = await accountCredentials(account);
    ec2 = new EC2Client(seedConfig(REGION, credentials));
    const cloudwatch = new CloudWatchClient(seedConfig(REGION, credentials));
    github = await startGitHubServer();
    repo = github.state.addRepo({ owner: 'octo-org', name: 'infra' });
    repo.setRole('writer', 'write');
    const launch = async (name: Name, tags: Tag[] = [], disableApiStop = false) => {
      const run = await ec2.send(
        new RunInstancesCommand({
          ImageId: 'ami-12345678',
          MinCount: 1,
          MaxCount: 1,
          InstanceType: 't3.micro',
          DisableApiStop: disableApiStop,
          TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: name }, ...tags] }],
        }),
      );
      ids[name] = run.Instances?.[0]?.InstanceId ?? '';
      await putInstanceActivity(cloudwatch, ids[name], { cpuPercent: 0.2, networkBytesPerDay: 100_000 });
    };
    await launch('idle');
    await launch('asg', [{ Key: 'aws:autoscaling:groupName', Value: 'workers' }]);
    await launch('protected', [], true);

    runs.nightly = await runAction({});
    const shown = runs.nightly.report;
    repo.addComment(dashboard()?.number ?? 0, {
      user: 'writer',
      body: `Forgotten test boxes.\n/aws-audit approve ${idOf('idle', shown)} ${idOf('protected', shown)}`,
    });
    runs.dryRun = await runAction({ cleanup: 'dry-run' });
    states.afterDryRun = await instanceStates();
    runs.apply = await runAction({ cleanup: 'apply', 'expected-account-id': account });
    states.afterApply = await instanceStates();
  }, 600_000);

  afterAll(async () => {
    await github?.close();
    ec2?.destroy();
  });

  it('sends GitHub only requests its description allows', () => {
    expect(github.violations).toEqual([]);
  });

  it('reports all three idle instances, but lists only the stoppable ones as candidates', () => {
    const { report } = runs.nightly as Run;
    const idle = report.findings.filter((f) => f.ruleId === 'ec2.instance-idle');
    expect(idle.map((f) => f.resource.id).sort()).toEqual(Object.values(ids).sort());
    expect(idle.find((f) => f.resource.id === ids.asg)?.message).toContain('Auto Scaling group workers');
    expect(report.cleanup.candidates.map((c) => [c.resourceId, c.action]).sort()).toEqual(
      [
        [ids.idle, 'ec2.stop-instance'],
        [ids.protected, 'ec2.stop-instance'],
      ].sort(),
    );
    expect(report.cleanup.candidates.find((c) => c.resourceId === ids.idle)?.state).toEqual({
      state: 'running',
      instanceType: 't3.micro',
      lifecycle: 'on-demand',
      rootDeviceType: 'ebs',
      autoScalingGroup: null,
    });
    expect(dashboard()?.body).toContain(idOf('idle', report));
  });

  it('dry-run shows the stop and changes nothing; stop protection read live is respected', () => {
    const { report, outputs } = runs.dryRun as Run;
    expect(outcomes(report)).toEqual({
      [ids.idle]: 'would-do: would be done on apply',
      [ids.protected]: 'skipped: protected by AWS: stop protection (disableApiStop) is on',
    });
    expect(report.cleanup.log.find((e) => e.resourceId === ids.idle)?.calls).toEqual([
      `ec2:StopInstances InstanceIds=${ids.idle}`,
    ]);
    expect(outputs['cleanup-would-do']).toBe('1');
    expect(states.afterDryRun).toEqual({ idle: 'running', asg: 'running', protected: 'running' });
  });

  it('apply stops exactly the approved, unprotected instance, with the plan dry-run showed', () => {
    const { report, outputs, code } = runs.apply as Run;
    const entry = report.cleanup.log.find((e) => e.resourceId === ids.idle);
    expect(entry).toMatchObject({
      outcome: 'done',
      calls: [`ec2:StopInstances InstanceIds=${ids.idle}`],
      detail: expect.stringContaining('keep billing'),
    });
    expect(outcomes(report)[ids.protected]).toBe(
      'skipped: protected by AWS: stop protection (disableApiStop) is on',
    );
    expect(outputs['cleanup-done']).toBe('1');
    expect(code).toBe(0);
    expect(states.afterApply).toEqual({ idle: 'stopped', asg: 'running', protected: 'running' });
  });
});
