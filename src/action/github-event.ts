import { readFileSync } from 'node:fs';

/** What publishing needs to know about the run, from the runner's variables and event payload. */
export interface GitHubRun {
  owner: string;
  repo: string;
  eventName: string;
  runId: number | undefined;
  /** The pull request a `pull_request` / `pull_request_target` run belongs to. */
  pullRequest: number | undefined;
  defaultBranch: string | undefined;
  /** The branch the run is on (for a pull request, its head). */
  branch: string | undefined;
  apiUrl: string;
  serverUrl: string;
  runUrl: string | undefined;
}

interface EventPayload {
  pull_request?: { number?: number; head?: { ref?: string } };
  repository?: { default_branch?: string };
}

function payload(path: string | undefined): EventPayload {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as EventPayload;
  } catch {
    return {}; // a run without a readable event publishes what it can; nothing here is fatal
  }
}

/** The run, or undefined off a GitHub runner (no GITHUB_REPOSITORY): then only local outputs exist. */
export function gitHubRunFromEnv(env: NodeJS.ProcessEnv = process.env): GitHubRun | undefined {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) return undefined;
  const event = payload(env.GITHUB_EVENT_PATH);
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const runId = /^\d+$/.test(env.GITHUB_RUN_ID ?? '') ? Number(env.GITHUB_RUN_ID) : undefined;
  return {
    owner,
    repo,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    runId,
    pullRequest: event.pull_request?.number,
    defaultBranch: event.repository?.default_branch,
    branch: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || undefined,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl,
    runUrl: runId === undefined ? undefined : `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`,
  };
}
