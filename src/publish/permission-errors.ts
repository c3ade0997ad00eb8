import { errorMessage } from '../shared/errors.js';

/** What a write (or a read of runs) needed, as a workflow's `permissions:` names it. */
export type WorkflowPermission = 'pull-requests: write' | 'issues: write' | 'actions: read';

/** The kind of call, which decides the permission a refusal points to. */
export type GitHubCallKind = 'pr-comment' | 'issue' | 'label' | 'runs' | 'artifacts';

const NEEDED: Record<GitHubCallKind, WorkflowPermission> = {
  'pr-comment': 'pull-requests: write',
  issue: 'issues: write',
  label: 'issues: write',
  runs: 'actions: read',
  artifacts: 'actions: read',
};

/** A refused GitHub call that a workflow permission would allow. */
export class GitHubPermissionError extends Error {
  constructor(
    message: string,
    readonly permission: WorkflowPermission,
    readonly status: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'GitHubPermissionError';
  }
}

interface HttpLikeError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

/** A 403 or 429 that is GitHub's rate limiting, not a refusal. */
export function isRateLimit(error: unknown): boolean {
  const { status, message = '', response } = (error ?? {}) as HttpLikeError;
  if (status === 429) return true;
  if (status !== 403) return false;
  return (
    /rate limit/i.test(message) ||
    String(response?.headers?.['x-ratelimit-remaining'] ?? '') === '0' ||
    response?.headers?.['retry-after'] !== undefined
  );
}

/**
 * A 403 (or a 404, which GitHub answers for what the token may not see) from a call of `kind` as
 * an error naming the workflow permission to add; anything else (rate limits included) unchanged.
 */
export function explainGitHubError(error: unknown, kind: GitHubCallKind, what: string): unknown {
  const status = (error as HttpLikeError | undefined)?.status;
  if ((status !== 403 && status !== 404) || isRateLimit(error)) return error;
  const permission = NEEDED[kind];
  const likely = status === 403 ? '' : ' (or the repository or item does not exist)';
  const message =
    `GitHub refused to ${what} (HTTP ${status}: ${errorMessage(error)}): the token lacks ` +
    `\`${permission}\`${likely}. Add it under \`permissions:\` in the workflow (job or workflow level), ` +
    `e.g.\n  permissions:\n    ${permission}`;
  return new GitHubPermissionError(message, permission, status, { cause: error });
}

/** Runs `call`, turning a refusal into a GitHubPermissionError naming the missing permission. */
export async function withPermissionHint<T>(
  kind: GitHubCallKind,
  what: string,
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw explainGitHubError(error, kind, what);
  }
}
