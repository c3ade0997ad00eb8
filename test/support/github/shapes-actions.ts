import { createHash } from 'node:crypto';
import type { components } from '@octokit/openapi-types';
import type { RepoState } from './repo-state.js';
import { association, labelJson, repoJson, userJson, type Links } from './shapes.js';
import type { GitHubState, Issue, PullRequestPart, WorkflowRun } from './state.js';

/* Pull requests and workflow runs as GitHub answers them (see shapes.ts for the why of the types). */
type Schemas = components['schemas'];

const shaOf = (seed: string) => createHash('sha1').update(seed).digest('hex');

/** A pull request's own repository and its head's, which is a fork when they differ. */
function ends(state: GitHubState, repo: RepoState, pull: PullRequestPart) {
  const headRepo = state.repos.get(pull.headRepo.toLowerCase()) ?? repo;
  return {
    head: { repo: headRepo, ref: pull.headRef, sha: pull.headSha },
    base: { repo, ref: pull.baseRef, sha: shaOf(`${repo.fullName}:${pull.baseRef}`) },
  };
}

export function pullRequestJson(
  links: Links,
  state: GitHubState,
  repo: RepoState,
  issue: Issue,
  pull: PullRequestPart,
): Schemas['pull-request'] {
  const repoUrl = `${links.api}/repos/${repo.fullName}`;
  const url = `${repoUrl}/pulls/${issue.number}`;
  const html = `${links.web}/${repo.fullName}/pull/${issue.number}`;
  const issueUrl = `${repoUrl}/issues/${issue.number}`;
  const { head, base } = ends(state, repo, pull);
  const branch = (end: typeof head) => ({
    label: `${end.repo.owner.login}:${end.ref}`,
    ref: end.ref,
    sha: end.sha,
    repo: repoJson(links, end.repo),
    user: userJson(links, end.repo.owner),
  });
  const link = (href: string) => ({ href });
  return {
    url,
    id: issue.id,
    node_id: `PR_fake${issue.id}`,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueUrl,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${repoUrl}/pulls/comments{/number}`,
    comments_url: `${issueUrl}/comments`,
    statuses_url: `${repoUrl}/statuses/${pull.headSha}`,
    number: issue.number,
    state: issue.state,
    locked: issue.locked,
    title: issue.title,
    user: userJson(links, issue.user),
    body: issue.body,
    labels: issue.labels.map((label) => labelJson(links, repo, label)),
    milestone: null,
    active_lock_reason: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branch(head),
    base: branch(base),
    _links: {
      self: link(url),
      html: link(html),
      issue: link(issueUrl),
      comments: link(`${issueUrl}/comments`),
      review_comments: link(`${url}/comments`),
      review_comment: link(`${repoUrl}/pulls/comments{/number}`),
      commits: link(`${url}/commits`),
      statuses: link(`${repoUrl}/statuses/${pull.headSha}`),
    },
    author_association: association(repo, issue.user),
    auto_merge: null,
    draft: pull.draft,
    merged: pull.mergedAt !== null,
    mergeable: true,
    rebaseable: true,
    mergeable_state: 'clean',
    merged_by: null,
    comments: repo.commentsOn(issue.number).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 1,
    deletions: 0,
    changed_files: 1,
  };
}

/**
 * A workflow run. As on GitHub, `pull_requests` stays empty for a run whose head is a fork, and
 * `exclude_pull_requests` empties it too.
 */
export function workflowRunJson(
  links: Links,
  state: GitHubState,
  run: WorkflowRun,
  excludePullRequests = false,
): Schemas['workflow-run'] {
  const repoUrl = `${links.api}/repos/${run.repo.fullName}`;
  const url = `${repoUrl}/actions/runs/${run.id}`;
  const headRepo = state.repos.get(run.headRepo.toLowerCase()) ?? run.repo;
  const pulls = excludePullRequests || headRepo !== run.repo ? [] : run.pullRequests;
  const pullRequests = pulls.flatMap((number) => {
    const issue = run.repo.issue(number);
    const pull = issue?.pull;
    if (!issue || !pull) return [];
    const { head, base } = ends(state, run.repo, pull);
    const minimal = (end: typeof head) => ({
      ref: end.ref,
      sha: end.sha,
      repo: { id: end.repo.id, url: `${links.api}/repos/${end.repo.fullName}`, name: end.repo.name },
    });
    return [
      { id: issue.id, number, url: `${repoUrl}/pulls/${number}`, head: minimal(head), base: minimal(base) },
    ];
  });
  const title = run.pullRequests[0] === undefined ? undefined : run.repo.issue(run.pullRequests[0])?.title;
  const author = {
    name: run.actor.login,
    email: `${run.actor.id}+${run.actor.login}@users.noreply.github.com`,
  };
  return {
    id: run.id,
    name: run.workflow.name,
    node_id: `WFR_fake${run.id}`,
    check_suite_id: run.id + 1,
    check_suite_node_id: `CS_fake${run.id + 1}`,
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.workflow.path,
    display_title: title ?? `${run.workflow.name} run ${run.runNumber}`,
    run_number: run.runNumber,
    run_attempt: run.runAttempt,
    referenced_workflows: [],
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: run.workflow.id,
    url,
    html_url: `${links.web}/${run.repo.fullName}/actions/runs/${run.id}`,
    pull_requests: pullRequests,
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    run_started_at: run.createdAt,
    actor: userJson(links, run.actor),
    triggering_actor: userJson(links, run.actor),
    jobs_url: `${url}/jobs`,
    logs_url: `${url}/logs`,
    check_suite_url: `${repoUrl}/check-suites/${run.id + 1}`,
    artifacts_url: `${url}/artifacts`,
    cancel_url: `${url}/cancel`,
    rerun_url: `${url}/rerun`,
    previous_attempt_url: run.runAttempt > 1 ? `${url}/attempts/${run.runAttempt - 1}` : null,
    workflow_url: `${repoUrl}/actions/workflows/${run.workflow.id}`,
    head_commit: {
      id: run.headSha,
      tree_id: shaOf(`tree:${run.headSha}`),
      message: title ?? 'Update',
      timestamp: run.createdAt,
      author,
      committer: author,
    },
    repository: repoJson(links, run.repo),
    head_repository: repoJson(links, headRepo),
    head_repository_id: headRepo.id,
  };
}
