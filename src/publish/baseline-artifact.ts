import { DefaultArtifactClient } from '@actions/artifact';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Baseline } from '../diff/baseline.js';
import { readReport } from '../report/io.js';
import { errorMessage } from '../shared/errors.js';
import type { GitHubClient } from './github.js';
import { explainGitHubError } from './permission-errors.js';
import { withDeadline } from './deadline.js';

export interface ArtifactBaselineOptions {
  owner: string;
  repo: string;
  /** The token the artifact client downloads with (`actions: read`). */
  token: string;
  /** GITHUB_RUN_ID: the current run, whose workflow is searched and which is never its own baseline. */
  runId: number;
  /** GITHUB_EVENT_NAME. */
  eventName: string;
  /** GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/audit.yml@refs/heads/main`), used when the run cannot be read. */
  workflowRef?: string;
  /** GITHUB_REF_NAME, the branch of a push, schedule or dispatch run when the run cannot be read. */
  refName?: string;
  /** GITHUB_SERVER_URL: @actions/artifact refuses anything but github.com and *.ghe.com. */
  serverUrl?: string;
  /** The artifact the report was uploaded as. */
  artifactName: string;
  /** Where the artifact is extracted. */
  directory: string;
  /** The file of the artifact holding the report. */
  fileName?: string;
  /** Earlier successful runs looked at before giving up. */
  maxRuns?: number;
  /** The download's limit. */
  downloadTimeoutMs?: number;
  signal?: AbortSignal;
}

/** Events whose runs describe a branch as it is (not a pull request's merge). */
const BRANCH_EVENTS = new Set(['push', 'schedule', 'workflow_dispatch']);

/** What @actions/artifact calls GHES: anything but github.com, *.ghe.com and *.localhost. */
export function isGhes(serverUrl: string | undefined): boolean {
  const host = new URL(serverUrl || 'https://github.com').hostname.toLowerCase();
  return host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost');
}

const none = (note: string, warning: string | null, location: string | null = null): Baseline => ({
  report: undefined,
  info: { source: 'none', location, generatedAt: null, note },
  warning,
});

const unusable = (detail: string, location: string | null = null) =>
  none(detail, `The previous report was not used, so every finding counts as new: ${detail}`, location);

interface Search {
  workflowId: number | string;
  branch: string;
}

/** The workflow and branch to search: the default branch for a pull request, the run's own otherwise. */
async function searchFor(client: GitHubClient, options: ArtifactBaselineOptions): Promise<Search> {
  const { owner, repo, signal } = options;
  let workflowId: number | string;
  let branch = options.refName ?? '';
  try {
    const { data } = await client.rest.actions.getWorkflowRun({
      owner,
      repo,
      run_id: options.runId,
      request: { signal },
    });
    workflowId = data.workflow_id;
    branch = data.head_branch ?? branch;
  } catch (error) {
    const file = /\/([^/@]+\.ya?ml)@/.exec(options.workflowRef ?? '')?.[1];
    if (!file) throw explainGitHubError(error, 'runs', `read run ${options.runId}`);
    workflowId = file;
  }
  if (options.eventName.startsWith('pull_request') || !branch) {
    const { data } = await client.rest.repos.get({ owner, repo, request: { signal } });
    branch = data.default_branch;
  }
  return { workflowId, branch };
}

interface Candidate {
  runId: number;
  artifactId: number;
}

/** The newest earlier successful branch run of the workflow with an unexpired artifact of that name. */
async function findCandidate(
  client: GitHubClient,
  options: ArtifactBaselineOptions,
  search: Search,
): Promise<Candidate | undefined> {
  const { owner, repo, signal } = options;
  const maxRuns = options.maxRuns ?? 10;
  let looked = 0;
  const pages = client.paginate.iterator(client.rest.actions.listWorkflowRuns, {
    owner,
    repo,
    workflow_id: search.workflowId,
    branch: search.branch,
    status: 'success',
    exclude_pull_requests: true,
    per_page: 20,
    request: { signal },
  });
  for await (const { data } of pages) {
    for (const run of data) {
      if (run.id === options.runId || !BRANCH_EVENTS.has(run.event)) continue;
      if (run.head_repository && run.head_repository.full_name !== `${owner}/${repo}`) continue;
      if (looked >= maxRuns) return undefined;
      looked += 1;
      const { data: listed } = await client.rest.actions.listWorkflowRunArtifacts({
        owner,
        repo,
        run_id: run.id,
        name: options.artifactName,
        per_page: 100,
        request: { signal },
      });
      const artifact = listed.artifacts.find(
        (candidate) => candidate.name === options.artifactName && !candidate.expired,
      );
      if (artifact) return { runId: run.id, artifactId: artifact.id };
    }
  }
  return undefined;
}

/**
 * The previous report from the artifact of the workflow's latest earlier successful run: the
 * default branch's for a pull request, the same branch's for a push, schedule or dispatch. None
 * found is a first run; anything failing (a refusal, a download, a corrupt report) is a warning
 * and no baseline, never a crash.
 */
export async function baselineFromArtifact(
  client: GitHubClient,
  options: ArtifactBaselineOptions,
): Promise<Baseline> {
  if (isGhes(options.serverUrl)) {
    return unusable(
      '@actions/artifact does not support GitHub Enterprise Server; set baseline-s3-uri to keep the previous report in S3 instead',
    );
  }
  let search: Search;
  let candidate: Candidate | undefined;
  try {
    search = await searchFor(client, options);
    candidate = await findCandidate(client, options, search);
  } catch (error) {
    return unusable(
      errorMessage(explainGitHubError(error, 'runs', 'list the workflow runs and their artifacts')),
    );
  }
  if (!candidate) {
    const note = `no earlier successful run of this workflow on ${search.branch} has an artifact '${options.artifactName}': a first run`;
    return none(note, null);
  }
  const location = `artifact '${options.artifactName}' of run ${candidate.runId}`;
  const fileName = options.fileName ?? 'report.json';
  try {
    const path = join(options.directory, String(candidate.artifactId));
    await mkdir(path, { recursive: true });
    const download = new DefaultArtifactClient().downloadArtifact(candidate.artifactId, {
      path,
      findBy: {
        token: options.token,
        repositoryOwner: options.owner,
        repositoryName: options.repo,
        workflowRunId: candidate.runId,
      },
    });
    await withDeadline(
      download,
      options.downloadTimeoutMs ?? 120_000,
      `downloading ${location}`,
      options.signal,
    );
    // Read from the file a line at a time: a large organization's report is never one string.
    const report = await readReport(join(path, fileName), `${fileName} of ${location}`);
    return {
      report,
      info: { source: 'artifact', location, generatedAt: report.generatedAt, note: null },
      warning: null,
    };
  } catch (error) {
    return unusable(errorMessage(explainGitHubError(error, 'artifacts', `download ${location}`)), location);
  }
}
