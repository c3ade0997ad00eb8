import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateAccountCommand,
  CreateOrganizationCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import type { AwsCredentialIdentity } from '@smithy/types';
import { startAwsProxy, type AwsProxy } from '../../bench/aws-proxy.js';
import { parsePlan, type ScanPlan } from '../../src/report/plan.js';
import { parseReport } from '../../src/report/io.js';
import type { AuditReport } from '../../src/report/schema.js';
import { accountCredentials, seedConfig, uniqueAccountId } from '../support/aws.js';
import {
  runnerEnv,
  startGitHubServer,
  type GitHubServer,
  type RepoState,
  type WorkflowRun,
} from '../support/github-server.js';
import { ACTION_BUNDLE, parseOutputs, runNode, type ProcessRun } from '../support/run-process.js';
import { startSlackReceiver, type SlackReceiver } from '../support/slack-receiver.js';

const CONFIG = 'version: 1\nrules:\n  disable: ["*"]\n  enable: [s3.bucket-versioning-disabled]\n';
const ROLE = 'aws-audit-readonly';

interface Step {
  process: ProcessRun;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
}

/**
 * The three jobs of an organization workflow, each through the bundled Action as a runner starts
 * it, against moto's Organizations and the GitHub fake: a management account and 11 members;
 * `plan` into 4 groups, four `scan` jobs in parallel uploading their parts, `merge` downloading
 * them, publishing once (a dashboard issue per account with findings, one Slack message). Then a
 * second run where one group's job uploaded nothing and one member's role is refused by STS:
 * those accounts' findings stay unknown, nothing is resolved, and the merge fails naming both.
 */
describe('plan, matrix scan, merge: an organization through the bundled Action', () => {
  const management = uniqueAccountId();
  const members: string[] = [];
  let credentials: AwsCredentialIdentity;
  let github: GitHubServer;
  let slack: SlackReceiver;
  let refusing: AwsProxy;
  let repo: RepoState;
  let plan: ScanPlan;
  let first: AuditReport;

  async function step(
    run: WorkflowRun,
    inputs: Record<string, string>,
    endpoint = process.env.MOTO_ENDPOINT ?? '',
  ): Promise<Step> {
    const dir = await mkdtemp(join(tmpdir(), 'aws-audit-org-action-'));
    const { env, token } = runnerEnv(github, run, dir);
    const workspace = env.GITHUB_WORKSPACE as string;
    await mkdir(join(workspace, '.github'), { recursive: true });
    await writeFile(join(workspace, '.github', 'aws-audit.yml'), CONFIG);
    const given: Record<string, string> = {
      'github-token': token,
      'aws-region': 'us-east-1',
      regions: 'us-east-1',
      services: 's3',
      config: '.github/aws-audit.yml',
      'member-role-name': ROLE,
      'artifact-name': 'aws-audit-report',
      'slack-on': 'new',
      'slack-webhook-url': slack.url,
      'output-dir': 'aws-audit-output',
      ...inputs,
    };
    const process_ = await runNode(ACTION_BUNDLE, [], {
      env: {
        PATH: process.env.PATH,
        HOME: dir,
        ...env,
        AWS_ENDPOINT_URL: endpoint,
        AWS_ACCESS_KEY_ID: credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
        AWS_SESSION_TOKEN: credentials.sessionToken,
        ...Object.fromEntries(
          Object.entries(given).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
        ),
      },
      cwd: workspace,
      killAfterMs: 180_000,
    });
    return {
      process: process_,
      outputs: parseOutputs(await readFile(env.GITHUB_OUTPUT as string, 'utf8')),
      summary: await readFile(env.GITHUB_STEP_SUMMARY as string, 'utf8'),
      workspace,
    };
  }

  const planStep = (run: WorkflowRun) =>
    step(run, { mode: 'plan', accounts: 'organization', 'max-jobs': '4' });
  const scanStep = (run: WorkflowRun, group: ScanPlan['include'][number], endpoint?: string) =>
    step(run, { mode: 'scan', group: group.group, accounts: group.accounts }, endpoint);
  const mergeStep = (run: WorkflowRun, matrix: string) => step(run, { mode: 'merge', plan: matrix });
  const reportOf = async (merged: Step) => {
    const path = join(merged.workspace, 'aws-audit-output', 'report.json');
    if (!existsSync(path)) throw new Error(`no report:\n${merged.process.stdout}\n${merged.process.stderr}`);
    return parseReport(await readFile(path, 'utf8'), path);
  };
  const schedule = () => repo.addRun({ event: 'schedule', status: 'in_progress', conclusion: null });
  const finish = (run: WorkflowRun, merged: Step) => {
    run.status = 'completed';
    run.conclusion = merged.process.code === 0 ? 'success' : 'failure';
  };
  const dashboards = () => [...repo.issues.values()].filter((issue) => !issue.pull);
  const failure = (s: Step) =>
    `exit ${s.process.code}\n${s.process.stdout.slice(-3000)}\n${s.process.stderr}`;

  beforeAll(async () => {
    if (!existsSync(ACTION_BUNDLE)) throw new Error('dist/index.js is missing: run npm run build first');
    credentials = await accountCredentials(management);
    const organizations = new OrganizationsClient(seedConfig('us-east-1', credentials));
    await organizations.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
    for (let i = 0; i < 11; i += 1) {
      const created = await organizations.send(
        new CreateAccountCommand({ AccountName: `member-${i}`, Email: `m${i}-${management}@example.com` }),
      );
      members.push(created.CreateAccountStatus?.AccountId ?? '');
    }
    organizations.destroy();
    for (const member of members) {
      const s3 = new S3Client(seedConfig('us-east-1', await accountCredentials(member)));
      await s3.send(new CreateBucketCommand({ Bucket: `data-${member}` }));
      s3.destroy();
    }
    github = await startGitHubServer();
    slack = await startSlackReceiver();
    repo = github.state.addRepo({ owner: 'octo-org', name: 'platform' });
  }, 180_000);

  afterAll(async () => {
    await Promise.all([github?.close(), slack?.close(), refusing?.close()]);
  });

  it('run 1: plans 12 accounts into 4 groups, scans them in 4 parallel jobs, merges and publishes once', async () => {
    const run = schedule();
    const planned = await planStep(run);
    expect(planned.process.code).toBe(0);
    plan = parsePlan(planned.outputs.matrix ?? '', 'matrix');
    expect(plan.include).toHaveLength(4);
    expect(plan.include.map((g) => g.accounts.split(',').length)).toEqual([3, 3, 3, 3]);
    expect(plan.include.flatMap((g) => g.accounts.split(',')).sort()).toEqual(
      [management, ...members].sort(),
    );
    expect(planned.summary).toContain('12 account(s) in 4 group(s)');

    const scans = await Promise.all(plan.include.map((group) => scanStep(run, group)));
    for (const scan of scans)
      expect({ code: scan.process.code, why: failure(scan) }).toMatchObject({ code: 0 });
    expect(run.artifacts.map((a) => a.name).sort()).toEqual(
      ['1', '2', '3', '4'].map((g) => `aws-audit-report-part-${g}`),
    );
    // A scan job publishes nothing: no issue, no Slack message.
    expect(dashboards()).toEqual([]);
    expect(slack.received).toEqual([]);

    const merged = await mergeStep(run, planned.outputs.matrix ?? '');
    finish(run, merged);
    if (merged.process.code !== 0) throw new Error(failure(merged));
    first = await reportOf(merged);
    expect(first.accounts.map((a) => a.id).sort()).toEqual([management, ...members].sort());
    expect(first.findings.map((f) => f.account).sort()).toEqual([...members].sort());
    expect(first.findings.every((f) => f.history.state === 'new')).toBe(true);
    expect(first.scanErrors).toEqual([]);
    expect(merged.outputs['missing-groups']).toBe('');
    expect(run.artifacts.map((a) => a.name)).toContain('aws-audit-report');
    // One dashboard issue per account with a finding (the management account has none), one Slack message.
    expect(dashboards().map((issue) => issue.state)).toEqual(members.map(() => 'open'));
    for (const member of members)
      expect(dashboards().filter((issue) => issue.title.includes(member))).toHaveLength(1);
    expect(slack.accepted).toHaveLength(1);
    expect(slack.received.flatMap((m) => m.violations)).toEqual([]);
    expect(github.violations).toEqual([]);
    for (const member of members) expect(merged.summary).toContain(member);
  }, 300_000);

  it('run 2: a group without a part and a refused member role: their findings unknown, nothing resolved, the merge fails naming them', async () => {
    const run = schedule();
    const planned = await planStep(run);
    expect(planned.process.code).toBe(0);
    const matrix = planned.outputs.matrix ?? '';
    const groups = parsePlan(matrix, 'matrix').include;
    // Balanced by last run's report: each group now carries its accounts' resource counts.
    expect(groups.every((g) => g.resources > 0)).toBe(true);
    const [missing, ...present] = groups as [ScanPlan['include'][number], ...ScanPlan['include']];
    const refused = (present[0] as ScanPlan['include'][number]).accounts
      .split(',')
      .find((id) => id !== management) as string;
    refusing = await startAwsProxy({ upstream: process.env.MOTO_ENDPOINT ?? '', refuseRolesIn: [refused] });

    const scans = await Promise.all(present.map((group) => scanStep(run, group, refusing.endpoint)));
    for (const scan of scans) expect(scan.process.killed).toBe(false);
    expect(run.artifacts.map((a) => a.name).sort()).toEqual(
      present.map((g) => `aws-audit-report-part-${g.group}`).sort(),
    );

    const merged = await mergeStep(run, matrix);
    finish(run, merged);
    expect(merged.process.code).toBe(1);
    expect(merged.outputs['missing-groups']).toBe(missing.group);
    expect(merged.process.stdout).toContain(`::error::`);
    expect(merged.process.stdout).toContain(`group(s) ${missing.group}`);
    const second = await reportOf(merged);
    const unread = new Set([...missing.accounts.split(','), refused]);
    expect(second.baseline).toMatchObject({ source: expect.stringContaining('artifact') });
    expect(second.resolvedFindings).toEqual([]);
    expect(second.unknownFindings.map((f) => f.account).sort()).toEqual(
      first.findings
        .filter((f) => unread.has(f.account))
        .map((f) => f.account)
        .sort(),
    );
    expect(second.findings.every((f) => !unread.has(f.account) && f.history.state === 'persisting')).toBe(
      true,
    );
    const errors = new Map(second.scanErrors.map((e) => [e.account, e]));
    expect(errors.get(refused)).toMatchObject({
      code: 'CredentialsError',
      message: expect.stringContaining(
        `AccessDenied: User: arn:aws:sts::123456789012:assumed-role/aws-audit/bench is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${refused}:role/${ROLE}`,
      ),
    });
    for (const id of missing.accounts.split(','))
      expect(errors.get(id)).toMatchObject({ code: 'PartMissing' });
    // Still one issue per account, none closed; nothing new or resolved, so no second Slack message.
    expect(dashboards()).toHaveLength(members.length);
    expect(dashboards().every((issue) => issue.state === 'open')).toBe(true);
    const refusedIssue = dashboards().find((issue) => issue.title.includes(refused));
    expect(refusedIssue?.body).toContain('was not read');
    expect(slack.accepted).toHaveLength(1);
    expect(github.violations).toEqual([]);
  }, 300_000);
});
