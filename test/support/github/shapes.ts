import type { components } from '@octokit/openapi-types';
import type { RepoState } from './repo-state.js';
import type { Artifact, GitHubState, Issue, IssueComment, Label, User } from './state.js';

/*
 * The JSON GitHub answers with, built from the fake's state. Typed with @octokit/openapi-types
 * (the generated types of the same description, a dependency of @actions/github's Octokit) so a
 * missing required field fails the typecheck; the server also validates them at run time.
 */
type Schemas = components['schemas'];

/** Where the fake's API lives, and the web address its `html_url`s use (github.com, as on a runner). */
export interface Links {
  api: string;
  web: string;
}

const enc = encodeURIComponent;

export function userJson(links: Links, user: User): Schemas['simple-user'] {
  const url = `${links.api}/users/${enc(user.login)}`;
  return {
    login: user.login,
    id: user.id,
    node_id: `${user.type === 'Bot' ? 'BOT' : 'U'}_fake${user.id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: '',
    url,
    html_url:
      user.type === 'Bot'
        ? `${links.web}/apps/${enc(user.login.replace(/\[bot\]$/, ''))}`
        : `${links.web}/${user.login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** The URL templates every repository object carries, relative to the repository's API URL. */
const REPO_LINKS = {
  archive_url: '/{archive_format}{/ref}',
  assignees_url: '/assignees{/user}',
  blobs_url: '/git/blobs{/sha}',
  branches_url: '/branches{/branch}',
  collaborators_url: '/collaborators{/collaborator}',
  comments_url: '/comments{/number}',
  commits_url: '/commits{/sha}',
  compare_url: '/compare/{base}...{head}',
  contents_url: '/contents/{+path}',
  contributors_url: '/contributors',
  deployments_url: '/deployments',
  downloads_url: '/downloads',
  events_url: '/events',
  forks_url: '/forks',
  git_commits_url: '/git/commits{/sha}',
  git_refs_url: '/git/refs{/sha}',
  git_tags_url: '/git/tags{/sha}',
  hooks_url: '/hooks',
  issue_comment_url: '/issues/comments{/number}',
  issue_events_url: '/issues/events{/number}',
  issues_url: '/issues{/number}',
  keys_url: '/keys{/key_id}',
  labels_url: '/labels{/name}',
  languages_url: '/languages',
  merges_url: '/merges',
  milestones_url: '/milestones{/number}',
  notifications_url: '/notifications{?since,all,participating}',
  pulls_url: '/pulls{/number}',
  releases_url: '/releases{/id}',
  stargazers_url: '/stargazers',
  statuses_url: '/statuses/{sha}',
  subscribers_url: '/subscribers',
  subscription_url: '/subscription',
  tags_url: '/tags',
  teams_url: '/teams',
  trees_url: '/git/trees{/sha}',
} as const;

/** One object that is at once a `full-repository`, a `repository` and a `minimal-repository`. */
export function repoJson(
  links: Links,
  repo: RepoState,
): Schemas['full-repository'] & Schemas['repository'] & Schemas['minimal-repository'] {
  const url = `${links.api}/repos/${repo.fullName}`;
  const templates = Object.fromEntries(Object.entries(REPO_LINKS).map(([key, path]) => [key, url + path]));
  const openIssues = [...repo.issues.values()].filter((issue) => issue.state === 'open').length;
  const created = '2020-01-01T00:00:00Z';
  return {
    ...(templates as Record<keyof typeof REPO_LINKS, string>),
    id: repo.id,
    node_id: `R_fake${repo.id}`,
    name: repo.name,
    full_name: repo.fullName,
    owner: userJson(links, repo.owner),
    private: repo.isPrivate,
    visibility: repo.isPrivate ? 'private' : 'public',
    html_url: `${links.web}/${repo.fullName}`,
    description: null,
    fork: false,
    url,
    git_url: `git://github.com/${repo.fullName}.git`,
    ssh_url: `git@github.com:${repo.fullName}.git`,
    clone_url: `${links.web}/${repo.fullName}.git`,
    svn_url: `${links.web}/${repo.fullName}`,
    mirror_url: null,
    homepage: null,
    language: 'TypeScript',
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    subscribers_count: 0,
    network_count: 0,
    size: 1,
    default_branch: repo.defaultBranch,
    open_issues: openIssues,
    open_issues_count: openIssues,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    license: null,
    pushed_at: created,
    created_at: created,
    updated_at: created,
  };
}

export function labelJson(links: Links, repo: RepoState, label: Label): Schemas['label'] {
  return {
    id: label.id,
    node_id: `LA_fake${label.id}`,
    url: `${links.api}/repos/${repo.fullName}/labels/${enc(label.name)}`,
    name: label.name,
    color: label.color,
    description: label.description,
    default: label.default,
  };
}

export function reactionsJson(url: string): Schemas['reaction-rollup'] {
  const none = { '+1': 0, '-1': 0, laugh: 0, confused: 0, heart: 0, hooray: 0, eyes: 0, rocket: 0 };
  return { url: `${url}/reactions`, total_count: 0, ...none };
}

/** How GitHub describes an author's relation to the repository on issues and comments. */
export function association(repo: RepoState, user: User): Schemas['author-association'] {
  if (user.login.toLowerCase() === repo.owner.login.toLowerCase()) return 'OWNER';
  return repo.roleOf(user.login) ? 'COLLABORATOR' : 'NONE';
}

const htmlPath = (issue: Issue) => (issue.pull ? 'pull' : 'issues');

export function issueJson(links: Links, repo: RepoState, issue: Issue): Schemas['issue'] {
  const repoUrl = `${links.api}/repos/${repo.fullName}`;
  const url = `${repoUrl}/issues/${issue.number}`;
  const html = `${links.web}/${repo.fullName}/${htmlPath(issue)}/${issue.number}`;
  const pullUrl = `${repoUrl}/pulls/${issue.number}`;
  return {
    id: issue.id,
    node_id: `${issue.pull ? 'PR' : 'I'}_fake${issue.id}`,
    url,
    repository_url: repoUrl,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    timeline_url: `${url}/timeline`,
    html_url: html,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: userJson(links, issue.user),
    labels: issue.labels.map((label) => labelJson(links, repo, label)),
    assignee: issue.assignees[0] ? userJson(links, issue.assignees[0]) : null,
    assignees: issue.assignees.map((user) => userJson(links, user)),
    milestone: null,
    locked: issue.locked,
    active_lock_reason: null,
    comments: repo.commentsOn(issue.number).length,
    ...(issue.pull
      ? {
          pull_request: {
            url: pullUrl,
            html_url: html,
            diff_url: `${html}.diff`,
            patch_url: `${html}.patch`,
            merged_at: issue.pull.mergedAt,
          },
          draft: issue.pull.draft,
        }
      : {}),
    closed_at: issue.closedAt,
    closed_by: issue.closedBy ? userJson(links, issue.closedBy) : null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    author_association: association(repo, issue.user),
    performed_via_github_app: null,
    reactions: reactionsJson(url),
  };
}

export function commentJson(links: Links, repo: RepoState, comment: IssueComment): Schemas['issue-comment'] {
  const repoUrl = `${links.api}/repos/${repo.fullName}`;
  const issue = repo.issue(comment.issueNumber);
  const url = `${repoUrl}/issues/comments/${comment.id}`;
  return {
    id: comment.id,
    node_id: `IC_fake${comment.id}`,
    url,
    html_url: `${links.web}/${repo.fullName}/${issue?.pull ? 'pull' : 'issues'}/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${repoUrl}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: userJson(links, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: association(repo, comment.user),
    performed_via_github_app: null,
    reactions: reactionsJson(url),
    // GraphQL's classifier (OUTDATED) as REST spells reasons (outdated, off-topic).
    minimized: comment.minimized ? { reason: comment.minimized.toLowerCase().replace(/_/g, '-') } : null,
  };
}

export function artifactJson(links: Links, state: GitHubState, artifact: Artifact): Schemas['artifact'] {
  const run = state.run(artifact.runId);
  const repoUrl = `${links.api}/repos/${run?.repo.fullName ?? ''}`;
  return {
    id: artifact.id,
    node_id: `MDg6QXJ0aWZhY3Q${artifact.id}`,
    name: artifact.name,
    size_in_bytes: artifact.size,
    url: `${repoUrl}/actions/artifacts/${artifact.id}`,
    archive_download_url: `${repoUrl}/actions/artifacts/${artifact.id}/zip`,
    expired: state.isExpired(artifact),
    created_at: artifact.createdAt,
    updated_at: artifact.createdAt,
    expires_at: artifact.expiresAt,
    digest: artifact.digest,
    workflow_run: run
      ? {
          id: run.id,
          repository_id: run.repo.id,
          head_repository_id: state.repos.get(run.headRepo.toLowerCase())?.id ?? run.repo.id,
          head_branch: run.headBranch,
          head_sha: run.headSha,
        }
      : null,
  };
}
