import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateVolumeCommand, EC2Client } from '@aws-sdk/client-ec2';
import { declaredInputs } from '../support/action-core.js';
import { accountCredentials, seedConfig, uniqueAccountId } from '../support/aws.js';
import { runnerEnv, startGitHubServer, type GitHubServer } from '../support/github-server.js';
import { ACTION_BUNDLE, parseOutputs, runNode, type ProcessRun } from '../support/run-process.js';
import { startSilentServer, type SilentServer } from '../support/silent-server.js';

/**
 * The bundled Action after a complete scan, with GitHub's API, the artifact service and Slack all
 * accepting connections and never answering: the run still ends, by its own time limit, with the
 * report on disk and the step failed for the baseline it could not store.
 */
describe('the bundled Action never hangs while publishing', () => {
  const account = uniqueAccountId();
  const webhook = '/services/T000/B000/secretwebhookpath';
  let github: GitHubServer;
  let silent: SilentServer;
  let run: ProcessRun;
  let workspace: string;
  let outputs: Record<string, string>;

  beforeAll(async () => {
    if (!existsSync(ACTION_BUNDLE)) throw new Error('dist/index.js is missing: run npm run build first');
    const credentials = await accountCredentials(account);
    const ec2 = new EC2Client(seedConfig('eu-west-2', credentials));
    await ec2.send(new CreateVolumeCommand({ AvailabilityZone: 'eu-west-2a', Size: 4, VolumeType: 'gp3' }));
    ec2.destroy();
    github = await startGitHubServer();
    silent = await startSilentServer();
    const repo = github.state.addRepo({ owner: 'octo-org', name: 'infra' });
    const dir = await mkdtemp(join(tmpdir(), 'aws-audit-publish-hang-'));
    const runner = runnerEnv(
      github,
      repo.addRun({ event: 'schedule', status: 'in_progress', conclusion: null }),
      dir,
    );
    workspace = runner.env.GITHUB_WORKSPACE as string;
    // As a runner gives them: action.yml's defaults, then the workflow's inputs.
    const inputs: Record<string, string> = {
      ...declaredInputs(),
      'github-token': runner.token,
      'aws-region': 'eu-west-2',
      regions: 'eu-west-2',
      services: 'ec2',
      'timeout-minutes': '1',
      'call-timeout-seconds': '2',
      'slack-on': 'always',
      'slack-webhook-url': `${silent.endpoint}${webhook}`,
    };
    run = await runNode(ACTION_BUNDLE, [], {
      env: {
        PATH: process.env.PATH,
        HOME: dir,
        ...runner.env,
        GITHUB_API_URL: silent.endpoint,
        GITHUB_GRAPHQL_URL: `${silent.endpoint}/graphql`,
        ACTIONS_RESULTS_URL: `${silent.endpoint}/`,
        AWS_ENDPOINT_URL: process.env.MOTO_ENDPOINT ?? '',
        AWS_ACCESS_KEY_ID: credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
        AWS_SESSION_TOKEN: credentials.sessionToken,
        ...Object.fromEntries(
          Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
        ),
      },
      cwd: workspace,
      killAfterMs: 150_000,
    });
    outputs = parseOutputs(await readFile(runner.env.GITHUB_OUTPUT as string, 'utf8'));
  }, 180_000);

  afterAll(async () => {
    await Promise.all([github?.close(), silent?.close()]);
  });

  it('ends by itself within its time limit and the grace to write, and fails the step', () => {
    expect(run.killed).toBe(false);
    expect(run.code).toBe(1);
    expect(run.elapsedMs).toBeLessThan(120_000);
    expect(silent.requests).toBeGreaterThan(0);
  });

  it('names the GitHub call that timed out, and the lost artifact and issue as the failure', () => {
    expect(run.stdout).toMatch(
      /::warning::The previous report was not used, so every finding counts as new: .*did not answer GET .* within 2000 ms/,
    );
    // The upload waits for the artifact service until the run's time limit; what follows is abandoned.
    expect(run.stdout).toMatch(
      /::error::The report artifact was not uploaded: .*abandoned: the run is out of time; The dashboard issue for account \d{12} was not written: The GitHub request was abandoned: the run is out of time/,
    );
    expect(run.stdout).toMatch(/::warning::The Slack message was not sent/);
  });

  it('keeps the report it wrote and the outputs of the audit', () => {
    expect(existsSync(join(workspace, 'aws-audit-output', 'report.json'))).toBe(true);
    expect(outputs['findings-new']).toBe(outputs.findings);
    expect(outputs.baseline).toBe('none');
    expect(outputs['artifact-id']).toBe('');
  });

  it('never prints the Slack webhook, except to ask the runner to mask it', () => {
    const printed = `${run.stdout}${run.stderr}`.replace(/^::add-mask::.*$/gm, '');
    expect(run.stdout).toMatch(/^::add-mask::.*secretwebhookpath$/m);
    expect(printed).not.toContain('secretwebhookpath');
  });
});
