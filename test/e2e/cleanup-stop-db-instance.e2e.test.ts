import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import {
  CreateDBInstanceCommand,
  CreateDBInstanceReadReplicaCommand,
  DescribeDBInstancesCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import type { AwsCredentialIdentity } from '@smithy/types';
import type { AuditReport } from '../../src/report/schema.js';
import { accountCredentials, seedConfig, uniqueAccountId } from '../support/aws.js';
import { putDbConnections } from '../support/db-metrics.js';
import { startGitHubServer, type GitHubServer, type RepoState } from '../support/github-server.js';
import { ACTION_BUNDLE } from '../support/run-process.js';
import { reportOf, runScheduledAction } from '../support/scheduled-action.js';

const REGION = 'eu-west-2';
const CONFIG = 'version: 1\nrules:\n  disable: ["*"]\n  enable: [rds.instance-idle]\n';
const IDS = { idle: 'idle-db', primary: 'primary-db', replica: 'replica-db', grown: 'grown-db' } as const;
type Name = keyof typeof IDS;

interface Run {
  code: number | null;
  outputs: Record<string, string>;
  report: AuditReport;
}

/**
 * Stopping an idle RDS instance through the bundled Action, as a runner starts it, against moto
 * and the GitHub fake: the nightly run lists it, a writer approves, dry-run changes nothing, apply
 * stops it. A replica and its primary are reported but never candidates; an approved instance that
 * gained a replica before apply is left running.
 */
describe('approved stop of an idle RDS instance through the Action', () => {
  const account = uniqueAccountId();
  let credentials: AwsCredentialIdentity;
  let rds: RDSClient;
  let github: GitHubServer;
  let repo: RepoState;
  const runs: Record<string, Run> = {};
  const states: Record<string, Record<string, string | undefined>> = {};

  async function runAction(inputs: Record<string, string>): Promise<Run> {
    const run = await runScheduledAction({
      github,
      repo,
      credentials,
      config: CONFIG,
      region: REGION,
      services: 'rds',
      inputs,
    });
    return { code: run.process.code, outputs: run.outputs, report: reportOf(run) };
  }

  async function instanceStates(): Promise<Record<string, string | undefined>> {
    const answer = await rds.send(new DescribeDBInstancesCommand({}));
    return Object.fromEntries(
      (answer.DBInstances ?? []).map((db) => [db.DBInstanceIdentifier ?? '', db.DBInstanceStatus]),
    );
  }

  const dashboard = () => [...repo.issues.values()].find((issue) => !issue.pull);
  const idOf = (name: Name, report: AuditReport) =>
    report.cleanup.candidates.find((c) => c.resourceId === IDS[name])?.id ?? `missing-${name}`;
  const outcomes = (report: AuditReport) =>
    Object.fromEntries(report.cleanup.log.map((e) => [e.resourceId, `${e.outcome}: ${e.detail}`]));

  beforeAll(async () => {
    if (!existsSync(ACTION_BUNDLE)) throw new Error('dist/index.js is missing: run npm run build first');
    credentials = await accountCredentials(account);
    rds = new RDSClient(seedConfig(REGION, credentials));
    const cloudwatch = new CloudWatchClient(seedConfig(REGION, credentials));
    github = await startGitHubServer();
    repo = github.state.addRepo({ owner: 'octo-org', name: 'infra' });
    repo.setRole('writer', 'write');
    const create = (id: string) =>
      rds.send(
        new CreateDBInstanceCommand({
          DBInstanceIdentifier: id,
          Engine: 'postgres',
          DBInstanceClass: 'db.t3.micro',
          AllocatedStorage: 20,
          MasterUsername: 'admin',
          MasterUserPassword: 'password123',
        }),
      );
    const replicate = (id: string, source: string) =>
      rds.send(
        new CreateDBInstanceReadReplicaCommand({
          DBInstanceIdentifier: id,
          SourceDBInstanceIdentifier: source,
        }),
      );
    await create(IDS.idle);
    await create(IDS.primary);
    await replicate(IDS.replica, IDS.primary);
    await create(IDS.grown);
    for (const id of Object.values(IDS)) await putDbConnections(cloudwatch, id, { connections: 0 });

    runs.nightly = await runAction({});
    const shown = runs.nightly.report;
    repo.addComment(dashboard()?.number ?? 0, {
      user: 'writer',
      body: `Old staging databases.\n/aws-audit approve ${idOf('idle', shown)} ${idOf('grown', shown)}`,
    });
    runs.dryRun = await runAction({ cleanup: 'dry-run' });
    states.afterDryRun = await instanceStates();
    // After the approval, someone adds a replica: AWS would now refuse the stop, and so do we.
    await replicate('grown-db-replica', IDS.grown);
    runs.apply = await runAction({ cleanup: 'apply', 'expected-account-id': account });
    states.afterApply = await instanceStates();
  }, 600_000);

  afterAll(async () => {
    await github?.close();
    rds?.destroy();
  });

  it('sends GitHub only requests its description allows', () => {
    expect(github.violations).toEqual([]);
  });

  it('reports every idle instance, but lists only those AWS stops on their own as candidates', () => {
    const { report } = runs.nightly as Run;
    const idle = report.findings.filter((f) => f.ruleId === 'rds.instance-idle');
    expect(idle.map((f) => f.resource.id).sort()).toEqual(Object.values(IDS).sort());
    expect(idle.find((f) => f.resource.id === IDS.replica)?.message).toContain(
      `read replica of ${IDS.primary}`,
    );
    expect(report.cleanup.candidates.map((c) => [c.resourceId, c.action]).sort()).toEqual([
      [IDS.grown, 'rds.stop-instance'],
      [IDS.idle, 'rds.stop-instance'],
    ]);
    expect(report.cleanup.candidates.find((c) => c.resourceId === IDS.idle)?.state).toEqual({
      status: 'available',
      engine: 'postgres',
      instanceClass: 'db.t3.micro',
      clusterIdentifier: null,
      readReplicaSource: null,
      replicaCount: 0,
      multiAz: false,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(dashboard()?.body).toContain(idOf('idle', report));
  });

  it('dry-run shows the stops and changes nothing', () => {
    const { report, outputs } = runs.dryRun as Run;
    expect(outcomes(report)).toEqual({
      [IDS.idle]: 'would-do: would be done on apply',
      [IDS.grown]: 'would-do: would be done on apply',
    });
    expect(report.cleanup.log.find((e) => e.resourceId === IDS.idle)?.calls).toEqual([
      `rds:StopDBInstance DBInstanceIdentifier=${IDS.idle}`,
    ]);
    expect(outputs['cleanup-would-do']).toBe('2');
    expect(Object.values(states.afterDryRun ?? {})).toEqual(Array(4).fill('available'));
  });

  it('apply stops the approved instance as planned, and leaves the one that gained a replica', () => {
    const { report, outputs, code } = runs.apply as Run;
    expect(report.cleanup.log.find((e) => e.resourceId === IDS.idle)).toMatchObject({
      outcome: 'done',
      calls: [`rds:StopDBInstance DBInstanceIdentifier=${IDS.idle}`],
      detail: expect.stringContaining('again automatically after 7 days'),
    });
    expect(outcomes(report)[IDS.grown]).toMatch(/^skipped: the finding no longer holds/);
    expect(outputs['cleanup-done']).toBe('1');
    expect(code).toBe(0);
    expect(states.afterApply).toEqual({
      [IDS.idle]: 'stopped',
      [IDS.primary]: 'available',
      [IDS.replica]: 'available',
      [IDS.grown]: 'available',
      'grown-db-replica': 'available',
    });
  });
});
