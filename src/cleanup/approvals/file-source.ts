import type { GitHubClient } from '../../publish/github.js';
import { errorMessage } from '../../shared/errors.js';
import type { ApprovalEvent } from './comments.js';
import { parseApprovalsFile, type FileApproval } from './file.js';
import type { PermissionCheck } from './permissions.js';

/** What the approvals file said on the default branch when the run began. */
export type ApprovalsFileRead =
  | { status: 'off' }
  | { status: 'absent'; path: string }
  | { status: 'unreadable'; path: string; reason: string }
  | {
      status: 'read';
      path: string;
      url: string;
      entries: FileApproval[];
      /** The newest commit that changed the file: entries count from then. */
      commit: { sha: string; at: string; url: string };
    };

export interface ApprovalsFileOptions {
  owner: string;
  repo: string;
  path: string;
  signal?: AbortSignal;
}

const status = (error: unknown) => (error as { status?: number }).status;

/**
 * The approvals file as the default branch has it, read through the API and never from the
 * workspace: a pull request's checkout (or a dispatch on an unreviewed branch) must not be able to
 * approve anything, so only what was merged counts. Called before the scan: an invalid file throws
 * (a ConfigError naming its lines) and costs no AWS call; a file that cannot be fetched is
 * "unreadable" and its approvals are held back this run.
 */
export async function fetchApprovalsFile(
  client: GitHubClient,
  options: ApprovalsFileOptions,
): Promise<ApprovalsFileRead> {
  const { owner, repo, path, signal } = options;
  let text: string;
  let url: string;
  try {
    const { data } = await client.rest.repos.getContent({ owner, repo, path, request: { signal } });
    if (Array.isArray(data) || data.type !== 'file') {
      return { status: 'unreadable', path, reason: `${path} is not a file` };
    }
    if (!('content' in data) || data.encoding !== 'base64') {
      return { status: 'unreadable', path, reason: `${path} is too large to read through the API (1 MB)` };
    }
    text = Buffer.from(data.content, 'base64').toString('utf8');
    url = data.html_url ?? path;
  } catch (error) {
    if (status(error) === 404) return { status: 'absent', path };
    return { status: 'unreadable', path, reason: errorMessage(error) };
  }
  const entries = parseApprovalsFile(text, path);
  try {
    const { data } = await client.rest.repos.listCommits({
      owner,
      repo,
      path,
      per_page: 1,
      request: { signal },
    });
    const newest = data[0];
    const at = newest?.commit.committer?.date ?? newest?.commit.author?.date;
    if (!newest || !at) return { status: 'unreadable', path, reason: `no commit of ${path} was found` };
    return { status: 'read', path, url, entries, commit: { sha: newest.sha, at, url: newest.html_url } };
  } catch (error) {
    return { status: 'unreadable', path, reason: `its history could not be read: ${errorMessage(error)}` };
  }
}

/** The reference that identifies an entry from run to run. */
export const entryReference = (read: { url: string }, entry: FileApproval) =>
  `${read.url}#${encodeURIComponent(entry.key)}`;

/**
 * The file's entries as approvals, each checked like a comment: its approver must have write access
 * now (asked of GitHub; a name in a file proves nothing alone) and it must not have expired.
 */
export async function fileApprovalEvents(
  read: ApprovalsFileRead,
  permissionOf: PermissionCheck,
  now: Date,
): Promise<{ events: ApprovalEvent[]; notes: string[] }> {
  const events: ApprovalEvent[] = [];
  const notes: string[] = [];
  if (read.status === 'unreadable') {
    notes.push(
      `the approvals file ${read.path} could not be read (${read.reason}); its approvals are held back this run`,
    );
  }
  if (read.status !== 'read') return { events, notes };
  for (const entry of read.entries) {
    const where = `${entry.source} (${entry.resource} ${entry.action}, approved by ${entry.approvedBy})`;
    if (Date.parse(entry.expiresAt) <= now.getTime()) {
      notes.push(`${where} not counted: it expired after ${entry.expires}`);
      continue;
    }
    let permission: Awaited<ReturnType<PermissionCheck>>;
    try {
      permission = await permissionOf(entry.approvedBy);
    } catch (error) {
      notes.push(
        `${where} not counted: ${entry.approvedBy}'s permission could not be checked (${errorMessage(error)})`,
      );
      continue;
    }
    if (!permission.allowed) {
      notes.push(
        `${where} not counted: approving needs write access to the repository (${entry.approvedBy} has ${permission.permission})`,
      );
      continue;
    }
    events.push({
      verb: 'approve',
      source: 'file',
      id: entry.resource,
      by: entry.approvedBy,
      at: read.commit.at,
      reference: entryReference(read, entry),
      target: { action: entry.action, account: entry.account, region: entry.region },
      expiresAt: entry.expiresAt,
    });
  }
  return { events, notes };
}
