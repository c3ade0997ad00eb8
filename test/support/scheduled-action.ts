import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AwsCredentialIdentity } from '@smithy/types';
import { parseReport } from '../../src/report/io.js';
import type { AuditReport } from '../../src/report/schema.js';
import { declaredInputs } from './action-core.js';
import { runnerEnv, type GitHubServer, type RepoState } from './github-server.js';
import { ACTION_BUNDLE, parseOutputs, runNode, type ProcessRun } from './run-process.js';

export interface ScheduledRun {
  process: ProcessRun;
  outputs: Record<string, string>;
  summary: string;
  /** Undefined when the run ended before writing one (a refused input). */
  report: AuditReport | undefined;
}

export interface ScheduledActionOptions {
  github: GitHubServer;
  repo: RepoState;
  credentials: AwsCredentialIdentity;
  /** `.github/aws-audit.yml` in the workspace. */
  config: string;
  region: string;
  services: string;
  inputs?: Record<string, string>;
  /** Overrides of the process environment (another AWS endpoint). */
  env?: Record<string, string>;
}

/**
 * One scheduled run of the bundled Action as a runner starts it: a fresh workspace as working
 * directory, `INPUT_*` from action.yml's defaults and the given inputs, the GitHub fake's run
 * environment, moto's endpoint and the account's credentials.
 */
export async function runScheduledAction(options: ScheduledActionOptions): Promise<ScheduledRun> {
  const { github, repo, credentials } = options;
  const dir = await mkdtemp(join(tmpdir(), 'aws-audit-scheduled-'));
  const run = repo.addRun({ event: 'schedule', status: 'in_progress', conclusion: null });
  const { env, token } = runnerEnv(github, run, dir);
  const workspace = env.GITHUB_WORKSPACE as string;
  await mkdir(join(workspace, '.github'), { recursive: true });
  await writeFile(join(workspace, '.github', 'aws-audit.yml'), options.config);
  const given = {
    ...declaredInputs(),
    'github-token': token,
    'aws-region': options.region,
    regions: options.region,
    services: options.services,
    ...options.inputs,
  };
  const done = await runNode(ACTION_BUNDLE, [], {
    env: {
      PATH: process.env.PATH,
      HOME: dir,
      ...env,
      AWS_ENDPOINT_URL: process.env.MOTO_ENDPOINT ?? '',
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
  run.conclusion = done.code === 0 ? 'success' : 'failure';
  const reportPath = join(workspace, 'aws-audit-output', 'report.json');
  return {
    process: done,
    outputs: parseOutputs(await readFile(env.GITHUB_OUTPUT as string, 'utf8')),
    summary: existsSync(env.GITHUB_STEP_SUMMARY as string)
      ? await readFile(env.GITHUB_STEP_SUMMARY as string, 'utf8')
      : '',
    report: existsSync(reportPath) ? parseReport(await readFile(reportPath, 'utf8'), reportPath) : undefined,
  };
}

/** The run's report; a run that wrote none is a failure with its output. */
export function reportOf(run: ScheduledRun): AuditReport {
  if (!run.report) throw new Error(`no report:\n${run.process.stdout}\n${run.process.stderr}`);
  return run.report;
}
