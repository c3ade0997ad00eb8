import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateVolumeCommand, DeleteVolumeCommand, EC2Client } from '@aws-sdk/client-ec2';
import type { AwsCredentialIdentity } from '@smithy/types';
import { startAwsProxy, type AwsProxy } from '../../bench/aws-proxy.js';
import { parseReport } from '../../src/report/io.js';
import type { AuditReport } from '../../src/report/schema.js';
import { GITHUB_BODY_MAX } from '../../src/render/limits.js';
import { accountCredentials, seedConfig, uniqueAccountId } from '../support/aws.js';
import {
  ACTIONS_TOKEN,
  runnerEnv,
  startGitHubServer,
  unzipFiles,
  type GitHubServer,
  type RepoState,
  type WorkflowRun,
} from '../support/github-server.js';
import { githubLinks } from '../support/markup.js';
import { ACTION_BUNDLE, parseOutputs, runNode, type ProcessRun } from '../support/run-process.js';
import { startSlackReceiver, type SlackReceiver } from '../support/slack-receiver.js';

interface ActionRun {
  process: ProcessRun;
  outputs: Record<string, string>;
  summary: string;
  report: AuditReport;
}

const CONFIG = 'version: 1\nrules:\n  disable: ["*"]\n  enable: [ec2.volume-unattached]\n';
const HOSTILE_NAME = '@octo-org/admins #1 <!channel> [x](http://evil.example) </details>';

/**
 * The bundled Action as a runner starts it, against moto, the GitHub fake and a Slack receiver:
 * five scheduled runs (first run; one new and one resolved; EC2 denied; all resolved; reopened),
 * then pull-request runs (a sticky comment updated in place, overridden templates, 5,000
 * findings within every limit).
 */
describe('the Action publishes the report: artifact, dashboard issue, PR comment, job summary, Slack', () => {
  const account = uniqueAccountId();
  let credentials: AwsCredentialIdentity;
  let ec2: EC2Client;
  let github: GitHubServer;
  let slack: SlackReceiver;
  let denying: AwsProxy;
  let repo: RepoState;
  const scheduled: ActionRun[] = [];

  async function runAction(
    run: WorkflowRun,
    inputs: Record<string, string> = {},
    endpoint = process.env.MOTO_ENDPOINT ?? '',
  ): Promise<ActionRun> {
    const dir = await mkdtemp(join(tmpdir(), 'aws-audit-publish-'));
    const { env, token } = runnerEnv(github, run, dir);
    const workspace = env.GITHUB_WORKSPACE as string;
    await mkdir(join(workspace, '.github'), { recursive: true });
    await writeFile(join(workspace, '.github', 'aws-audit.yml'), CONFIG);
    const given: Record<string, string> = {
      'github-token': token,
      'aws-region': 'eu-west-2',
      regions: 'eu-west-2',
      services: 'ec2',
      config: '.github/aws-audit.yml',
      'artifact-name': 'aws-audit-report',
      'comment-mode': 'auto',
      'comment-behavior': 'update',
      'issue-label': 'aws-audit',
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
      killAfterMs: 120_000,
    });
    run.status = 'completed';
    run.conclusion = process_.code === 0 ? 'success' : 'failure';
    const outputs = parseOutputs(await readFile(env.GITHUB_OUTPUT as string, 'utf8'));
    const summary = await readFile(env.GITHUB_STEP_SUMMARY as string, 'utf8');
    const reportPath = join(workspace, 'aws-audit-output', 'report.json');
    if (!existsSync(reportPath)) throw new Error(`no report:\n${process_.stdout}\n${process_.stderr}`);
    const report = parseReport(await readFile(reportPath, 'utf8'), reportPath);
    expect(token).toBe(ACTIONS_TOKEN);
    return { process: process_, outputs, summary, report };
  }

  const createVolume = async (name: string) =>
    (
      await ec2.send(
        new CreateVolumeCommand({
          AvailabilityZone: 'eu-west-2a',
          Size: 8,
          VolumeType: 'gp3',
          TagSpecifications: [{ ResourceType: 'volume', Tags: [{ Key: 'Name', Value: name }] }],
        }),
      )
    ).VolumeId as string;
  const deleteVolume = (id: string) => ec2.send(new DeleteVolumeCommand({ VolumeId: id }));
  const dashboards = () => [...repo.issues.values()].filter((issue) => !issue.pull);
  const schedule = () => repo.addRun({ event: 'schedule', status: 'in_progress', conclusion: null });

  let volumeA: string;
  let volumeB: string;

  beforeAll(async () => {
    if (!existsSync(ACTION_BUNDLE)) throw new Error('dist/index.js is missing: run npm run build first');
    credentials = await accountCredentials(account);
    ec2 = new EC2Client(seedConfig('eu-west-2', credentials));
    github = await startGitHubServer();
    slack = await startSlackReceiver();
    denying = await startAwsProxy({ upstream: process.env.MOTO_ENDPOINT ?? '', denyServices: ['ec2'] });
    repo = github.state.addRepo({ owner: 'octo-org', name: 'infra' });

    volumeA = await createVolume('volume-a');
    scheduled.push(await runAction(schedule()));
    volumeB = await createVolume(HOSTILE_NAME);
    await deleteVolume(volumeA);
    scheduled.push(await runAction(schedule()));
    scheduled.push(await runAction(schedule(), {}, denying.endpoint));
    await deleteVolume(volumeB);
    scheduled.push(await runAction(schedule()));
    await createVolume('volume-c');
    scheduled.push(await runAction(schedule()));
  }, 600_000);

  afterAll(async () => {
    await Promise.all([github?.close(), slack?.close(), denying?.close()]);
    ec2?.destroy();
  });

  it('sends GitHub only requests its OpenAPI description allows, and Slack only valid Block Kit', () => {
    expect(github.violations).toEqual([]);
    expect(slack.received.flatMap((message) => message.violations)).toEqual([]);
  });

  it('run 1 is a first run: every finding new, a dashboard issue opened, the report uploaded', () => {
    const [first] = scheduled as [ActionRun];
    expect(first.process.code).toBe(0);
    expect(first.outputs.baseline).toBe('none');
    expect(first.outputs['findings-new']).toBe('1');
    expect(dashboards()).toHaveLength(1);
    const issue = dashboards()[0];
    expect(issue?.labels.map((label) => label.name)).toEqual(['aws-audit']);
    expect(first.outputs['issue-number']).toBe(String(issue?.number));
    expect(first.outputs['artifact-id']).toMatch(/^\d+$/);
    expect(first.summary).toContain(account);
  });

  it('run 2 compares with run 1 through its artifact: one new, one resolved, the same issue updated', async () => {
    const second = scheduled[1] as ActionRun;
    expect(second.outputs.baseline).toMatch(/^artifact:/);
    expect([second.outputs['findings-new'], second.outputs['findings-resolved']]).toEqual(['1', '1']);
    expect(second.report.resolvedFindings.map((f) => f.resource.id)).toEqual([volumeA]);
    expect(second.outputs['issue-number']).toBe(scheduled[0]?.outputs['issue-number']);
    expect(dashboards()).toHaveLength(1);
  });

  it('run 3, with EC2 denied, resolves nothing, and every view says what was not read', () => {
    const third = scheduled[2] as ActionRun;
    expect(third.outputs['findings-resolved']).toBe('0');
    expect(third.outputs['findings-unknown']).toBe('1');
    expect(third.report.unknownFindings.map((f) => f.resource.id)).toEqual([volumeB]);
    expect(third.summary).not.toMatch(/1 resolved/);
    expect(third.summary).toMatch(/not read/i);
  });

  it('run 4 resolves the last finding and closes the issue; run 5 reopens it', () => {
    const [, , , fourth, fifth] = scheduled as ActionRun[];
    expect(fourth?.outputs['findings-resolved']).toBe('1');
    expect(fifth?.outputs['findings-new']).toBe('1');
    const issue = dashboards()[0];
    expect(issue?.state).toBe('open');
    expect(
      github.requests.filter(
        (r) => r.operationId === 'issues/update' && (r.body as { state?: string })?.state === 'closed',
      ),
    ).toHaveLength(1);
  });

  it('posts to Slack when something is new or resolved, never when nothing changed', () => {
    // runs 1, 2, 4 and 5 changed something; run 3 (denied) did not
    expect(slack.accepted).toHaveLength(4);
    const texts = JSON.stringify(slack.accepted);
    expect(texts).not.toContain('<!channel>');
  });

  it('never writes a hostile volume name as live markup in the issue', () => {
    const body = dashboards()[0]?.body ?? '';
    // The only links are the footer's own, to this run and its artifact on the repository's server.
    const own = /\]\(<https:\/\/github\.com\/octo-org\/infra\/actions\/runs\/\d+(\/artifacts\/\d+)?>\)/g;
    expect(body).toMatch(own);
    expect(githubLinks(body.replace(own, ''))).toEqual([]);
    expect(body).not.toContain('<!channel>');
    expect(body).not.toContain('</details> ');
  });

  describe('on pull requests', () => {
    let first: ActionRun;
    let rerun: ActionRun;
    let templated: ActionRun;
    let pull: number;

    beforeAll(async () => {
      pull = repo.addPullRequest({ title: 'Change the network', head: 'feature' }).number;
      first = await runAction(repo.addRun({ pullRequest: pull, status: 'in_progress', conclusion: null }));
      rerun = await runAction(repo.addRun({ pullRequest: pull, status: 'in_progress', conclusion: null }));
      const dir = await mkdtemp(join(tmpdir(), 'templates-'));
      await writeFile(join(dir, 'pr-comment.md.hbs'), 'Custom: {{label}}, {{changes.total}} new\n');
      templated = await runAction(
        repo.addRun({ pullRequest: pull, status: 'in_progress', conclusion: null }),
        {
          'templates-dir': dir,
        },
      );
    }, 300_000);

    it('compares with the default branch and writes one sticky comment, updated in place on a rerun', () => {
      expect(first.outputs.baseline).toMatch(/^artifact:/);
      const comments = repo.commentsOn(pull);
      expect(comments).toHaveLength(1);
      expect(first.outputs['comment-url']).toBe(rerun.outputs['comment-url']);
      expect(comments[0]?.body).toContain(`aws-audit:pr-comment account=${account}`);
    });

    it('renders an overridden template', () => {
      expect(templated.process.code).toBe(0);
      expect(repo.commentsOn(pull)[0]?.body).toMatch(new RegExp(`^Custom: .*${account}.*, \\d+ new`, 'm'));
    });
  });

  describe('with 5,000 findings', () => {
    it('keeps the comment, the issue, the summary and Slack within their limits', async () => {
      const base = scheduled[4]?.report as AuditReport;
      const finding = base.findings[0] as AuditReport['findings'][number];
      const many = Array.from({ length: 5_000 }, (_, i) => ({
        ...finding,
        fingerprint: `${finding.fingerprint}-${i}`,
        resource: {
          ...finding.resource,
          id: `vol-${String(i).padStart(17, '0')}`,
          name: `${HOSTILE_NAME} ${i}`,
        },
      }));
      const dir = await mkdtemp(join(tmpdir(), 'many-'));
      const previous = join(dir, 'previous.json');
      await writeFile(previous, JSON.stringify({ ...base, findings: [...base.findings, ...many] }));
      const pullNumber = repo.addPullRequest({ title: 'Many', head: 'many' }).number;
      const run = await runAction(
        repo.addRun({ pullRequest: pullNumber, status: 'in_progress', conclusion: null }),
        {
          'previous-report': previous,
        },
      );
      expect(run.outputs['findings-resolved']).toBe('5000');
      const body = repo.commentsOn(pullNumber)[0]?.body ?? '';
      expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_MAX);
      expect(body).toMatch(/and \d[\d,]* more/);
      expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(1_048_576);
      expect(github.violations).toEqual([]);
      expect(slack.received.flatMap((message) => message.violations)).toEqual([]);
      const artifact = github.state.artifact(Number(run.outputs['artifact-id']));
      const files = unzipFiles(artifact?.zip ?? Buffer.alloc(0));
      expect([...files.keys()].sort()).toEqual([
        'inventory.csv',
        'inventory.json',
        'inventory.md',
        'report.json',
      ]);
      expect(
        parseReport(files.get('report.json')?.toString('utf8') ?? '', 'artifact').resolvedFindings,
      ).toHaveLength(5_000);
    }, 180_000);
  });
});
