/**
 * A local GitHub for end-to-end tests: the REST API (every request validated against
 * `@octokit/openapi`), the bits of GraphQL the product uses, and the Actions results service
 * `@actions/artifact` uploads to, over one state that tests seed and inspect:
 *
 *   const server = await startGitHubServer();
 *   const repo = server.state.addRepo({ owner: 'octo-org', name: 'infra' });
 *   const previous = repo.addRun({ createdAt, artifacts: [{ name: 'report', files: { 'report.json': json } }] });
 *   const pull = repo.addPullRequest({ title: 'Change', head: 'feature' });
 *   const current = repo.addRun({ status: 'in_progress', pullRequest: pull.number });
 *   const restore = applyEnv(runnerEnv(server, current, tmpDir).env); // before importing @actions/*
 *   ... run the product with ACTIONS_TOKEN as its github-token ...
 *   expect(server.violations).toEqual([]);
 *   expect(repo.commentsOn(pull.number)).toHaveLength(1);
 *
 * See test/support/github/ for the parts.
 */
export { startGitHubServer, WEB_URL } from './github/server.js';
export type {
  Fault,
  GitHubServer,
  GitHubServerOptions,
  RecordedRequest,
  Violation,
} from './github/server.js';
export { ACTIONS_TOKEN } from './github/auth.js';
export type { Access, PermissionScope, TokenConfig } from './github/auth.js';
export { applyEnv, runnerEnv, runtimeToken } from './github/runner-env.js';
export type { RunnerEnv } from './github/runner-env.js';
export { ACTIONS_BOT, GitHubState } from './github/state.js';
export type { Artifact, Issue, IssueComment, Label, Role, User, WorkflowRun } from './github/state.js';
export type { RepoState } from './github/repo-state.js';
export type { ArtifactSeed, CommentSeed, IssueSeed, PullRequestSeed, RunSeed } from './github/seeds.js';
export { unzipFiles, zipFiles } from './github/zip.js';
