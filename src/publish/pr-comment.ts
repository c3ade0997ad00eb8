import type { GitHubClient } from './github.js';
import { authoredBy, tokenIdentity } from './identity.js';
import { explainGitHubError, withPermissionHint } from './permission-errors.js';

/**
 * What happens to the previous comment: edited in place (the quietest), left and a new one
 * added, hidden as outdated and a new one added, or deleted and a new one added.
 */
export type PrCommentBehavior = 'update' | 'new' | 'hide-and-new' | 'delete-and-new';

export interface PrCommentOptions {
  owner: string;
  repo: string;
  issueNumber: number;
  accountId: string;
  /** Rendered Markdown, already within GitHub's size limit. */
  body: string;
  behavior: PrCommentBehavior;
  signal?: AbortSignal;
}

export interface PrCommentResult {
  url: string;
  id: number;
  action: 'created' | 'updated';
}

/** The hidden line that makes a comment this account's sticky comment. */
export const prCommentMarker = (accountId: string) => `<!-- aws-audit:pr-comment account=${accountId} -->`;

const MINIMIZE = `mutation($subjectId: ID!) {
  minimizeComment(input: { subjectId: $subjectId, classifier: OUTDATED }) { minimizedComment { isMinimized } }
}`;

interface ListedComment {
  id: number;
  node_id: string;
  body?: string;
  html_url: string;
  user: { login: string; type?: string } | null;
  minimized?: unknown;
}

/**
 * One sticky comment per account on a pull request: found by its marker and by being the token's
 * own (so a comment anyone else wrote with the marker is never touched), newest first, skipping
 * hidden ones. A refusal is a GitHubPermissionError naming `pull-requests: write`.
 */
export async function publishPrComment(
  client: GitHubClient,
  options: PrCommentOptions,
): Promise<PrCommentResult> {
  const { owner, repo, issueNumber, signal } = options;
  const marker = prCommentMarker(options.accountId);
  const body = `${marker}\n${options.body}`;
  const request = { signal };
  const hint = <T>(what: string, call: () => Promise<T>) => withPermissionHint('pr-comment', what, call);

  const identity = await tokenIdentity(client, signal);
  const comments: ListedComment[] = await hint(`list the comments of #${issueNumber}`, () =>
    client.paginate(client.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issueNumber,
      per_page: 100,
      request,
    }),
  );
  const ours = comments
    .filter(
      (comment) =>
        !comment.minimized && (comment.body ?? '').includes(marker) && authoredBy(comment.user, identity),
    )
    .reverse();

  const previous = ours[0];
  if (options.behavior === 'update' && previous) {
    if (previous.body === body) return { url: previous.html_url, id: previous.id, action: 'updated' };
    const { data } = await hint(`update comment ${previous.id} on #${issueNumber}`, () =>
      client.rest.issues.updateComment({ owner, repo, comment_id: previous.id, body, request }),
    );
    return { url: data.html_url, id: data.id, action: 'updated' };
  }
  if (options.behavior === 'hide-and-new') {
    for (const comment of ours) await minimize(client, comment, signal);
  }
  if (options.behavior === 'delete-and-new') {
    for (const comment of ours) {
      await hint(`delete comment ${comment.id} on #${issueNumber}`, () =>
        client.rest.issues.deleteComment({ owner, repo, comment_id: comment.id, request }),
      );
    }
  }
  const { data } = await hint(`comment on #${issueNumber}`, () =>
    client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body, request }),
  );
  return { url: data.html_url, id: data.id, action: 'created' };
}

/** Hides a comment as outdated (GraphQL only; GitHub answers refusals as errors in a 200). */
async function minimize(client: GitHubClient, comment: ListedComment, signal?: AbortSignal): Promise<void> {
  try {
    await client.graphql(MINIMIZE, { subjectId: comment.node_id, request: { signal } });
  } catch (error) {
    const errors = (error as { errors?: { type?: string; message?: string }[] }).errors ?? [];
    const forbidden = errors.find((entry) => entry.type === 'FORBIDDEN');
    if (forbidden) {
      throw explainGitHubError(
        { status: 403, message: forbidden.message ?? 'Forbidden' },
        'pr-comment',
        `hide comment ${comment.id}`,
      );
    }
    throw error;
  }
}
