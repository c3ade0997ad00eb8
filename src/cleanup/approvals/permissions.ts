import type { GitHubClient } from '../../publish/github.js';

/** Roles that may approve: those that can push (GitHub's `permission` says `write` for maintain). */
const APPROVERS = new Set(['admin', 'maintain', 'write']);

export interface Repository {
  owner: string;
  repo: string;
  signal?: AbortSignal;
}

/** Whether a login may approve, asked of GitHub once per login and run; `none` for non-collaborators. */
export type PermissionCheck = (login: string) => Promise<{ allowed: boolean; permission: string }>;

/**
 * Permission as GitHub states it now (`GET /repos/{owner}/{repo}/collaborators/{username}/permission`),
 * never taken from a comment's `author_association` or from what a file claims. A 404 is "none"; any
 * other failure rejects, so the caller reports the approval as unverifiable.
 */
export function permissionChecker(
  client: GitHubClient,
  { owner, repo, signal }: Repository,
): PermissionCheck {
  const asked = new Map<string, Promise<{ allowed: boolean; permission: string }>>();
  return (login) => {
    const key = login.toLowerCase();
    const known = asked.get(key);
    if (known) return known;
    const answer = client.rest.repos
      .getCollaboratorPermissionLevel({ owner, repo, username: login, request: { signal } })
      .then(({ data }) => {
        const permission = data.role_name && APPROVERS.has(data.role_name) ? data.role_name : data.permission;
        return { allowed: APPROVERS.has(permission), permission };
      })
      .catch((error: unknown) => {
        const status = (error as { status?: number }).status;
        return status === 404 ? { allowed: false, permission: 'none' } : Promise.reject(error);
      });
    asked.set(key, answer);
    return answer;
  };
}

export const isBot = (login: string, type: string | undefined) => type === 'Bot' || login.endsWith('[bot]');
