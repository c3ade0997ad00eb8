import type { Json } from './openapi.js';
import type { Operation } from './openapi.js';
import { ACTIONS_BOT, type GitHubState, type User } from './state.js';

/** The fine-grained permissions of an installation token, as a workflow's `permissions:` names them. */
export type PermissionScope =
  | 'actions'
  | 'checks'
  | 'contents'
  | 'issues'
  | 'metadata'
  | 'pull_requests'
  | 'security_events'
  | 'statuses';
export type Access = 'none' | 'read' | 'write';

export interface TokenConfig {
  login: string;
  /**
   * An installation token (GITHUB_TOKEN, a GitHub App's) rather than a user's: GitHub refuses it
   * the endpoints not enabled for GitHub Apps (`GET /user`) and words its 403s "by integration".
   */
  installation: boolean;
  /**
   * Granted permissions with a workflow's `permissions:` semantics: once any is given, the others
   * are `none` (metadata stays `read`). Omitted: everything `write`, a repository's permissive default.
   */
  permissions?: Partial<Record<PermissionScope, Access>>;
}

/** The token the fake's runner environment hands out as GITHUB_TOKEN, acting as github-actions[bot]. */
export const ACTIONS_TOKEN = 'ghs_fakeActionsToken0000000000000000000';

export const DEFAULT_TOKENS: Record<string, TokenConfig> = {
  [ACTIONS_TOKEN]: { login: ACTIONS_BOT.login, installation: true },
};

export interface Identity {
  token: string;
  user: User;
  config: TokenConfig;
}

/** `token X` and `Bearer X` both name a token, as on GitHub. */
export function authenticate(
  header: string | undefined,
  tokens: ReadonlyMap<string, TokenConfig>,
  state: GitHubState,
): Identity | { status: 401; message: string } {
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header ?? '');
  if (!match?.[1]) return { status: 401, message: 'Requires authentication' };
  const config = tokens.get(match[1]);
  if (!config) return { status: 401, message: 'Bad credentials' };
  return { token: match[1], user: state.user(config.login), config };
}

function access(config: TokenConfig, scope: PermissionScope): Access {
  if (!config.permissions) return scope === 'metadata' ? 'read' : 'write';
  return config.permissions[scope] ?? (scope === 'metadata' ? 'read' : 'none');
}

/** Which permission an operation needs, by its `x-github.category`; undefined where none applies. */
function scopeOf(operation: Operation): PermissionScope | undefined {
  switch (operation.category) {
    case 'issues':
      return 'issues';
    case 'pulls':
      return 'pull_requests';
    case 'actions':
      return 'actions';
    case 'checks':
      return 'checks';
    case 'code-scanning':
      return 'security_events';
    case 'repos':
      return operation.operationId === 'repos/get' || operation.subcategory === 'collaborators'
        ? 'metadata'
        : 'contents';
    default:
      return undefined;
  }
}

/** Whether an issues-category request is about a pull request, which `pull_requests` also grants. */
function onPullRequest(state: GitHubState, params: Record<string, Json>): boolean {
  const repo =
    typeof params.owner === 'string' && typeof params.repo === 'string'
      ? state.findRepo(params.owner, params.repo)
      : undefined;
  if (!repo) return false;
  const comment = typeof params.comment_id === 'number' ? repo.comments.get(params.comment_id) : undefined;
  const number = typeof params.issue_number === 'number' ? params.issue_number : comment?.issueNumber;
  return number !== undefined && repo.issue(number)?.pull !== undefined;
}

export interface Denial {
  message: string;
  /** GitHub's `x-accepted-github-permissions` header: alternatives separated by `; `. */
  accepted: string | undefined;
}

/** The 403 GitHub would send for this token, or undefined when the request is allowed. */
export function deny(
  identity: Identity,
  needs: { scopes: PermissionScope[]; level: Access } | undefined,
): Denial | undefined {
  const refusal = `Resource not accessible by ${identity.config.installation ? 'integration' : 'personal access token'}`;
  if (!needs) return undefined;
  const rank = { none: 0, read: 1, write: 2 } as const;
  if (needs.scopes.some((scope) => rank[access(identity.config, scope)] >= rank[needs.level]))
    return undefined;
  return { message: refusal, accepted: needs.scopes.map((scope) => `${scope}=${needs.level}`).join('; ') };
}

/** What a REST operation needs: read for GET, write otherwise, of the scope its category names. */
export function restNeeds(operation: Operation, state: GitHubState, params: Record<string, Json>) {
  const scope = scopeOf(operation);
  if (!scope) return undefined;
  const scopes: PermissionScope[] =
    scope === 'issues' && onPullRequest(state, params) ? ['issues', 'pull_requests'] : [scope];
  return { scopes, level: operation.method === 'get' ? ('read' as const) : ('write' as const) };
}
