import { HttpError, integer, notFound, page, repoOf, text, type Context, type Route } from './context.js';
import type { RepoState } from './repo-state.js';
import { artifactJson } from './shapes.js';
import { workflowRunJson } from './shapes-actions.js';
import type { Artifact, WorkflowRun } from './state.js';

/** Where an artifact's zip is served; the signature keeps one artifact's URL from fetching another. */
export const downloadUrl = (api: string, artifact: Artifact) =>
  `${api}/_download/${artifact.id}.zip?sig=${artifact.signature}`;

const newestFirst = (a: { createdAt: string; id: number }, b: { createdAt: string; id: number }) =>
  a.createdAt === b.createdAt ? b.id - a.id : a.createdAt < b.createdAt ? 1 : -1;

function runOf(context: Context, repo: RepoState): WorkflowRun {
  const run = repo.runs.get(integer(context.params, 'run_id') ?? 0);
  if (!run) throw notFound();
  return run;
}

function artifactOf(context: Context, repo: RepoState): Artifact {
  const artifact = context.state.artifact(integer(context.params, 'artifact_id') ?? 0);
  if (!artifact?.zip || context.state.run(artifact.runId)?.repo !== repo) throw notFound();
  return artifact;
}

/** Runs most recent first, filtered as GitHub's `status` does: a status or a conclusion. */
function listRuns(context: Context, runs: WorkflowRun[]) {
  const branch = text(context.query, 'branch');
  const event = text(context.query, 'event');
  const status = text(context.query, 'status');
  const actor = text(context.query, 'actor')?.toLowerCase();
  const headSha = text(context.query, 'head_sha');
  const matching = runs
    .filter(
      (run) =>
        (branch === undefined || run.headBranch === branch) &&
        (event === undefined || run.event === event) &&
        (status === undefined || run.status === status || run.conclusion === status) &&
        (actor === undefined || run.actor.login.toLowerCase() === actor) &&
        (headSha === undefined || run.headSha === headSha),
    )
    .sort(newestFirst);
  const { items, headers } = page(context, matching);
  const exclude = context.query.exclude_pull_requests === true;
  return {
    status: 200,
    headers,
    body: {
      total_count: matching.length,
      workflow_runs: items.map((run) => workflowRunJson(context.links, context.state, run, exclude)),
    },
  };
}

const RUN_FILTERS = ['branch', 'event', 'status', 'actor', 'head_sha', 'exclude_pull_requests'];

const listWorkflowRuns: Route = {
  query: RUN_FILTERS,
  handle: (context) => {
    const repo = repoOf(context);
    const id = context.params.workflow_id;
    const workflow = typeof id === 'number' || typeof id === 'string' ? repo.workflow(id) : undefined;
    if (!workflow) throw notFound();
    return listRuns(
      context,
      [...repo.runs.values()].filter((run) => run.workflow === workflow),
    );
  },
};

const listRepoRuns: Route = {
  query: RUN_FILTERS,
  handle: (context) => listRuns(context, [...repoOf(context).runs.values()]),
};

const getRun: Route = {
  query: ['exclude_pull_requests'],
  handle: (context) => {
    const run = runOf(context, repoOf(context));
    const exclude = context.query.exclude_pull_requests === true;
    return { status: 200, body: workflowRunJson(context.links, context.state, run, exclude) };
  },
};

const getWorkflow: Route = {
  handle: (context) => {
    const repo = repoOf(context);
    const id = context.params.workflow_id;
    const workflow = typeof id === 'number' || typeof id === 'string' ? repo.workflow(id) : undefined;
    if (!workflow) throw notFound();
    const url = `${context.links.api}/repos/${repo.fullName}/actions/workflows/${workflow.id}`;
    const html = `${context.links.web}/${repo.fullName}/blob/${repo.defaultBranch}/${workflow.path}`;
    const created = '2020-01-01T00:00:00Z';
    const badge = `${context.links.web}/${repo.fullName}/workflows/${encodeURIComponent(workflow.name)}/badge.svg`;
    return {
      status: 200,
      body: {
        ...{ id: workflow.id, node_id: `W_fake${workflow.id}`, name: workflow.name, path: workflow.path },
        ...{
          state: 'active',
          created_at: created,
          updated_at: created,
          url,
          html_url: html,
          badge_url: badge,
        },
      },
    };
  },
};

/** Uploaded artifacts of a run, newest first unless `direction=asc`; expired ones stay listed. */
const listRunArtifacts: Route = {
  query: ['name', 'direction'],
  handle: (context) => {
    const repo = repoOf(context);
    const name = text(context.query, 'name');
    const matching = runOf(context, repo)
      .artifacts.filter((artifact) => artifact.zip && (name === undefined || artifact.name === name))
      .sort(newestFirst);
    if (text(context.query, 'direction') === 'asc') matching.reverse();
    const { items, headers } = page(context, matching);
    return {
      status: 200,
      headers,
      body: {
        total_count: matching.length,
        artifacts: items.map((artifact) => artifactJson(context.links, context.state, artifact)),
      },
    };
  },
};

const getArtifact: Route = {
  handle: (context) => ({
    status: 200,
    body: artifactJson(context.links, context.state, artifactOf(context, repoOf(context))),
  }),
};

/** A redirect to the zip, as GitHub answers; 410 once the artifact's retention has passed. */
const downloadArtifact: Route = {
  handle: (context) => {
    const artifact = artifactOf(context, repoOf(context));
    if (text(context.params, 'archive_format') !== 'zip') {
      throw new HttpError(422, 'archive_format must be zip', undefined, true);
    }
    if (context.state.isExpired(artifact)) throw new HttpError(410, 'Artifact has expired');
    return { status: 302, headers: { location: downloadUrl(context.links.api, artifact) } };
  },
};

export const actionsRoutes: Record<string, Route> = {
  'actions/list-workflow-runs': listWorkflowRuns,
  'actions/list-workflow-runs-for-repo': listRepoRuns,
  'actions/get-workflow-run': getRun,
  'actions/get-workflow': getWorkflow,
  'actions/list-workflow-run-artifacts': listRunArtifacts,
  'actions/get-artifact': getArtifact,
  'actions/download-artifact': downloadArtifact,
};
