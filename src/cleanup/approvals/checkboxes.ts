import type { GitHubClient } from '../../publish/github.js';
import { errorMessage } from '../../shared/errors.js';
import type { ApprovalEvent } from './comments.js';
import { checkboxes } from '../../render/checkboxes.js';
import { isBot, type PermissionCheck } from './permissions.js';

export const EDIT_HISTORY_QUERY = `query($owner: String!, $repo: String!, $number: Int!) {
  repository(owner: $owner, name: $repo) {
    issue(number: $number) {
      url
      body
      userContentEdits(first: 100) {
        nodes { id editedAt diff editor { login __typename } }
      }
    }
  }
}`;

interface EditHistory {
  repository: {
    issue: {
      url: string;
      body: string;
      userContentEdits: {
        nodes: ({
          id: string;
          editedAt: string;
          diff: string | null;
          editor: { login: string; __typename: string } | null;
        } | null)[];
      } | null;
    } | null;
  } | null;
}

export interface CheckboxOptions {
  owner: string;
  repo: string;
  issueNumber: number;
  signal?: AbortSignal;
}

const normalise = (text: string) => text.replace(/\r\n/g, '\n');

/**
 * Ticked boxes on the dashboard, each counted only when the edit that ticked it is in the body's
 * edit history and its editor has write access now. A tick whose edit cannot be found (the history
 * does not reach the current body, the editor's account is gone) is ignored and reported: a box
 * alone says nothing about who ticked it.
 */
export async function readCheckboxApprovals(
  client: GitHubClient,
  options: CheckboxOptions,
  permissionOf: PermissionCheck,
): Promise<{ events: ApprovalEvent[]; notes: string[] }> {
  const events: ApprovalEvent[] = [];
  const notes: string[] = [];
  const answer = await client.graphql<EditHistory>(EDIT_HISTORY_QUERY, {
    owner: options.owner,
    repo: options.repo,
    number: options.issueNumber,
    request: { signal: options.signal },
  });
  const issue = answer.repository?.issue;
  if (!issue) return { events, notes };
  const ticked = [...checkboxes(issue.body)].filter(([, on]) => on).map(([id]) => id);
  if (ticked.length === 0) return { events, notes };
  // GitHub lists edits newest first; oldest first here, keeping its order for edits in the same second.
  const revisions = (issue.userContentEdits?.nodes ?? [])
    .flatMap((node) => (node ? [node] : []))
    .reverse()
    .sort((a, b) => Date.parse(a.editedAt) - Date.parse(b.editedAt));
  const newest = revisions[revisions.length - 1];
  if (!newest || newest.diff === null || normalise(newest.diff) !== normalise(issue.body)) {
    notes.push(
      `ticked boxes on ${issue.url} not counted (${ticked.join(', ')}): the edit history does not reach the current body, so who ticked them is unknown`,
    );
    return { events, notes };
  }
  const states = revisions.map((revision) => checkboxes(revision.diff ?? ''));
  for (const id of ticked) {
    // Back from the current body to the edit whose predecessor had the box clear (or no box).
    let index = revisions.length - 1;
    while (index > 0 && states[index - 1]?.get(id) === true) index -= 1;
    const edit = revisions[index];
    const where = `box ${id} ticked on ${issue.url}`;
    if (!edit || index === 0 || !edit.editor) {
      notes.push(
        `${where} not counted: the edit that ticked it is not in the edit history (or its editor's account is gone)`,
      );
      continue;
    }
    const login = edit.editor.login;
    if (isBot(login, edit.editor.__typename)) {
      notes.push(`${where} by ${login} not counted: bots cannot approve`);
      continue;
    }
    let permission: Awaited<ReturnType<PermissionCheck>>;
    try {
      permission = await permissionOf(login);
    } catch (error) {
      notes.push(
        `${where} by ${login} not counted: its editor's permission could not be checked (${errorMessage(error)})`,
      );
      continue;
    }
    if (!permission.allowed) {
      notes.push(
        `${where} by ${login} not counted: approving needs write access to the repository (${login} has ${permission.permission})`,
      );
      continue;
    }
    events.push({
      verb: 'approve',
      source: 'checkbox',
      id,
      by: login,
      at: edit.editedAt,
      reference: `${issue.url}#${edit.id}`,
    });
  }
  return { events, notes };
}
