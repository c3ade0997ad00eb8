import type { GitHubClient } from '../../publish/github.js';
import { errorMessage } from '../../shared/errors.js';
import { parseCommands } from './commands.js';

/** One verified approve or revoke, by a user with write access to the repository. */
export interface ApprovalEvent {
  verb: 'approve' | 'revoke';
  id: string;
  by: string;
  at: string;
  /** The comment's URL. */
  reference: string;
}

export interface CommentApprovals {
  events: ApprovalEvent[];
  /** Commands not counted, and why. */
  notes: string[];
}

export interface CommentApprovalOptions {
  owner: string;
  repo: string;
  issueNumber: number;
  signal?: AbortSignal;
}

/** Roles that may approve: those that can push (GitHub's `permission` says `write` for maintain). */
const APPROVERS = new Set(['admin', 'maintain', 'write']);

/**
 * The approve and revoke commands in the dashboard issue's comments, counted only from users whose
 * permission on the repository is write, maintain or admin (asked of GitHub for each user, never
 * taken from the comment's `author_association`). Bots and edited comments are not counted: someone
 * else with write access may edit a comment, so its author may not be who wrote the command.
 */
export async function readApprovalComments(
  client: GitHubClient,
  options: CommentApprovalOptions,
): Promise<CommentApprovals> {
  const { owner, repo, signal } = options;
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner,
    repo,
    issue_number: options.issueNumber,
    per_page: 100,
    request: { signal },
  });
  const events: ApprovalEvent[] = [];
  const notes: string[] = [];
  const permitted = new Map<string, Promise<string | null>>();
  const permissionOf = (login: string) => {
    const known = permitted.get(login);
    if (known) return known;
    const asked = client.rest.repos
      .getCollaboratorPermissionLevel({ owner, repo, username: login, request: { signal } })
      .then(({ data }) =>
        data.role_name && APPROVERS.has(data.role_name) ? data.role_name : data.permission,
      )
      .catch((error: unknown) => {
        // 404: not a collaborator. Anything else: unverifiable, so not counted either.
        const status = (error as { status?: number }).status;
        return status === 404 ? 'none' : Promise.reject(error);
      });
    permitted.set(login, asked);
    return asked;
  };
  for (const comment of comments) {
    const commands = parseCommands(comment.body ?? '');
    if (commands.length === 0) continue;
    const login = comment.user?.login ?? '(unknown user)';
    const where = `comment ${comment.html_url} by ${login}`;
    if (!comment.user || comment.user.type === 'Bot' || login.endsWith('[bot]')) {
      notes.push(`${where} not counted: bots cannot approve`);
      continue;
    }
    if (comment.updated_at !== comment.created_at) {
      notes.push(`${where} not counted: it was edited after it was posted (post a new comment instead)`);
      continue;
    }
    let permission: string | null;
    try {
      permission = await permissionOf(login);
    } catch (error) {
      notes.push(
        `${where} not counted: its author's permission could not be checked (${errorMessage(error)})`,
      );
      continue;
    }
    if (!permission || !APPROVERS.has(permission)) {
      notes.push(
        `${where} not counted: approving needs write access to the repository (${login} has ${permission ?? 'none'})`,
      );
      continue;
    }
    for (const command of commands) {
      if (command.invalid.length > 0) {
        notes.push(`${where}: not short ids, ignored: ${command.invalid.join(' ')}`);
      }
      for (const id of command.ids) {
        events.push({
          verb: command.verb,
          id,
          by: login,
          at: comment.created_at,
          reference: comment.html_url,
        });
      }
    }
  }
  return { events, notes };
}
