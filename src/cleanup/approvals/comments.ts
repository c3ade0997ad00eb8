import type { GitHubClient } from '../../publish/github.js';
import { errorMessage } from '../../shared/errors.js';
import { parseCommands } from './commands.js';
import { isBot, permissionChecker } from './permissions.js';

/** One verified approve or revoke, by a user with write access to the repository. */
export interface ApprovalEvent {
  verb: 'approve' | 'revoke';
  source: 'comment' | 'checkbox' | 'file';
  /** A short id or fingerprint; for the approvals file, the resource's id or ARN (see `target`). */
  id: string;
  by: string;
  at: string;
  /** The comment's URL; the approvals file's URL and entry. */
  reference: string;
  /** The approvals file names a resource and an action, not a finding. */
  target?: { action: string; account?: string; region?: string };
  /** The approvals file's own expiry; the approval lifetime still caps it. */
  expiresAt?: string;
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
  const { signal } = options;
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: options.owner,
    repo: options.repo,
    issue_number: options.issueNumber,
    per_page: 100,
    request: { signal },
  });
  const events: ApprovalEvent[] = [];
  const notes: string[] = [];
  const permissionOf = permissionChecker(client, options);
  for (const comment of comments) {
    const commands = parseCommands(comment.body ?? '');
    if (commands.length === 0) continue;
    const login = comment.user?.login ?? '(unknown user)';
    const where = `comment ${comment.html_url} by ${login}`;
    if (!comment.user || isBot(login, comment.user.type)) {
      notes.push(`${where} not counted: bots cannot approve`);
      continue;
    }
    if (comment.updated_at !== comment.created_at) {
      notes.push(`${where} not counted: it was edited after it was posted (post a new comment instead)`);
      continue;
    }
    let permission: { allowed: boolean; permission: string };
    try {
      permission = await permissionOf(login);
    } catch (error) {
      notes.push(
        `${where} not counted: its author's permission could not be checked (${errorMessage(error)})`,
      );
      continue;
    }
    if (!permission.allowed) {
      notes.push(
        `${where} not counted: approving needs write access to the repository (${login} has ${permission.permission})`,
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
          source: 'comment',
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
