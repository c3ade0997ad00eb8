import type { RunInfo } from '../report/schema.js';

/** The run, from the variables a GitHub Actions runner sets; nulls elsewhere (a laptop, another CI). */
export function runInfoFromEnv(env: NodeJS.ProcessEnv = process.env): RunInfo {
  const value = (name: string) => env[name]?.trim() || null;
  return {
    repository: value('GITHUB_REPOSITORY'),
    workflow: value('GITHUB_WORKFLOW_REF') ?? value('GITHUB_WORKFLOW'),
    runId: value('GITHUB_RUN_ID'),
    runAttempt: value('GITHUB_RUN_ATTEMPT'),
    sha: value('GITHUB_SHA'),
    ref: value('GITHUB_REF'),
    event: value('GITHUB_EVENT_NAME'),
    actor: value('GITHUB_ACTOR'),
    serverUrl: value('GITHUB_SERVER_URL'),
  };
}
