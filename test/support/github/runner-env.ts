import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { restoreEnv } from '../process-env.js';
import { ACTIONS_TOKEN } from './auth.js';
import type { GitHubServer } from './server.js';
import { WEB_URL } from './server.js';
import { repoJson, userJson } from './shapes.js';
import { pullRequestJson } from './shapes-actions.js';
import type { WorkflowRun } from './state.js';

export interface RunnerEnv {
  /** The variables a runner sets for a step, pointing at the fake. */
  env: Record<string, string>;
  /** The webhook payload written to GITHUB_EVENT_PATH. */
  event: Record<string, unknown>;
  /** GITHUB_TOKEN: not an environment variable on a runner but an input (`github-token`). */
  token: string;
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** ACTIONS_RUNTIME_TOKEN: a JWT whose `scp` names the run and job (the client checks no signature). */
export function runtimeToken(run: WorkflowRun): string {
  const scp = `Actions.ExampleScope Actions.Results:${run.backendId}:${run.jobBackendId}`;
  const exp = Math.floor(Date.now() / 1000) + 6 * 3600;
  return `${base64url({ alg: 'RS256', typ: 'JWT' })}.${base64url({ scp, exp, iss: 'fake-github' })}.c2lnbmF0dXJl`;
}

function eventPayload(server: GitHubServer, run: WorkflowRun, ref: string): Record<string, unknown> {
  const links = { api: server.url, web: WEB_URL };
  const common = { repository: repoJson(links, run.repo), sender: userJson(links, run.actor) };
  const number = run.pullRequests[0];
  const issue = number === undefined ? undefined : run.repo.issue(number);
  if (run.event === 'pull_request' || run.event === 'pull_request_target') {
    if (!issue?.pull) throw new Error(`run ${run.id} is a ${run.event} run without a seeded pull request`);
    const pull_request = pullRequestJson(links, server.state, run.repo, issue, issue.pull);
    return { action: 'synchronize', number: issue.number, pull_request, ...common };
  }
  if (run.event === 'schedule') return { schedule: '0 6 * * 1', workflow: run.workflow.path, ...common };
  if (run.event === 'workflow_dispatch') return { inputs: {}, ref, workflow: run.workflow.path, ...common };
  return { ref, before: '0'.repeat(40), after: run.headSha, ...common };
}

/**
 * The environment of a step of `run` on a runner, writing the event payload and the step's
 * files (summary, outputs) under `directory`. Note for tests: `@actions/github` reads
 * GITHUB_API_URL and the event when it is first imported, so apply this environment before
 * importing it (or `@actions/artifact`), e.g. with a dynamic `import()` after the server starts.
 */
export function runnerEnv(
  server: GitHubServer,
  run: WorkflowRun,
  directory: string,
  options: { token?: string; event?: Record<string, unknown> } = {},
): RunnerEnv {
  const repo = run.repo;
  const pull = run.pullRequests[0] === undefined ? undefined : repo.issue(run.pullRequests[0])?.pull;
  const isPull = run.event.startsWith('pull_request') && pull !== undefined;
  const ref = isPull ? `refs/pull/${run.pullRequests[0]}/merge` : `refs/heads/${run.headBranch}`;
  const event = { ...eventPayload(server, run, ref), ...options.event };
  const files = { workspace: join(directory, 'workspace'), temp: join(directory, 'runner-temp') };
  Object.values(files).forEach((folder) => mkdirSync(folder, { recursive: true }));
  const file = (name: string, content = '') => {
    writeFileSync(join(directory, name), content);
    return join(directory, name);
  };
  const env: Record<string, string> = {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: server.url,
    GITHUB_GRAPHQL_URL: `${server.url}/graphql`,
    GITHUB_SERVER_URL: WEB_URL,
    GITHUB_REPOSITORY: repo.fullName,
    GITHUB_REPOSITORY_ID: String(repo.id),
    GITHUB_REPOSITORY_OWNER: repo.owner.login,
    GITHUB_REPOSITORY_OWNER_ID: String(repo.owner.id),
    GITHUB_RUN_ID: String(run.id),
    GITHUB_RUN_NUMBER: String(run.runNumber),
    GITHUB_RUN_ATTEMPT: String(run.runAttempt),
    GITHUB_WORKFLOW: run.workflow.name,
    GITHUB_WORKFLOW_REF: `${repo.fullName}/${run.workflow.path}@${ref}`,
    GITHUB_WORKFLOW_SHA: run.headSha,
    GITHUB_JOB: 'audit',
    GITHUB_EVENT_NAME: run.event,
    GITHUB_EVENT_PATH: file('event.json', JSON.stringify(event)),
    GITHUB_REF: ref,
    GITHUB_REF_NAME: isPull ? `${run.pullRequests[0]}/merge` : run.headBranch,
    GITHUB_REF_TYPE: 'branch',
    GITHUB_SHA: run.headSha,
    GITHUB_HEAD_REF: isPull ? pull.headRef : '',
    GITHUB_BASE_REF: isPull ? pull.baseRef : '',
    GITHUB_ACTOR: run.actor.login,
    GITHUB_ACTOR_ID: String(run.actor.id),
    GITHUB_TRIGGERING_ACTOR: run.actor.login,
    GITHUB_WORKSPACE: files.workspace,
    GITHUB_STEP_SUMMARY: file('step-summary.md'),
    GITHUB_OUTPUT: file('output.txt'),
    GITHUB_ENV: file('env.txt'),
    GITHUB_STATE: file('state.txt'),
    RUNNER_TEMP: files.temp,
    RUNNER_OS: 'Linux',
    ACTIONS_RESULTS_URL: `${server.url}/`,
    ACTIONS_RUNTIME_TOKEN: runtimeToken(run),
  };
  return { env, event, token: options.token ?? ACTIONS_TOKEN };
}

/** Sets `env` on process.env and returns the function that puts every variable back. */
export function applyEnv(env: Record<string, string>): () => void {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  return () => restoreEnv(saved, Object.keys(env));
}
