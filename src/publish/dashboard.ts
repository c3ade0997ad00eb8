import { keepTicks, tickedIds } from '../render/checkboxes.js';
import type { GitHubClient } from './github.js';
import { authoredBy, tokenIdentity } from './identity.js';
import { withPermissionHint } from './permission-errors.js';

export interface DashboardOptions {
  owner: string;
  repo: string;
  /** Null: the organization's one dashboard (`dashboard: organization`), with a marker of its own. */
  accountId: string | null;
  /** The label that marks dashboard issues; created when missing. */
  label: string;
  labelColor?: string;
  labelDescription?: string;
  title: string;
  /** Rendered Markdown, already within GitHub's size limit. */
  body: string;
  /** False when nothing is left to show: the issue is closed as completed (never created for that). */
  open: boolean;
  signal?: AbortSignal;
}

export interface DashboardResult {
  /** Null when there was no issue and none was needed. */
  number: number | null;
  url: string | null;
  action: 'created' | 'updated' | 'closed' | 'reopened' | 'unchanged';
}

/** The hidden line that makes an issue this account's dashboard. */
export const dashboardMarker = (accountId: string) => `<!-- aws-audit:dashboard account=${accountId} -->`;
/**
 * The organization dashboard's line: no account marker is in it nor it in one, so neither kind of
 * issue is ever taken for the other (switching back to `account` starts fresh per-account issues).
 */
export const ORGANIZATION_MARKER = '<!-- aws-audit:dashboard organization -->';
const markerOf = (accountId: string | null) =>
  accountId === null ? ORGANIZATION_MARKER : dashboardMarker(accountId);

interface ListedIssue {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  html_url: string;
  pull_request?: unknown;
  user?: { login: string; type?: string } | null;
}

const hint = <T>(what: string, call: () => Promise<T>) => withPermissionHint('issue', what, call);

/** The label, created with its colour and description when the repository lacks it. */
async function ensureLabel(client: GitHubClient, options: DashboardOptions): Promise<void> {
  const { owner, repo, label: name, signal } = options;
  try {
    await client.rest.issues.getLabel({ owner, repo, name, request: { signal } });
    return;
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
  }
  await withPermissionHint('label', `create the label '${name}'`, () =>
    client.rest.issues.createLabel({
      owner,
      repo,
      name,
      color: options.labelColor ?? '5319e7',
      description: options.labelDescription ?? 'AWS audit dashboard',
      request: { signal },
    }),
  );
}

export type DashboardLookup = Pick<DashboardOptions, 'owner' | 'repo' | 'accountId' | 'label' | 'signal'>;

/**
 * This account's dashboard among the label's issues, open or closed, the open one first: one with
 * its marker written by the token's own identity. Anyone who can label an issue could copy the
 * marker; only ours is the dashboard (approvals are read from it).
 */
export async function findDashboard(
  client: GitHubClient,
  options: DashboardLookup,
): Promise<ListedIssue | undefined> {
  const { owner, repo, label, signal } = options;
  const identity = await tokenIdentity(client, signal);
  const marker = markerOf(options.accountId);
  const issues: ListedIssue[] = await hint(`list the issues labelled '${label}'`, () =>
    client.paginate(client.rest.issues.listForRepo, {
      owner,
      repo,
      labels: label,
      state: 'all',
      per_page: 100,
      request: { signal },
    }),
  );
  const ours = issues.filter(
    (issue) => !issue.pull_request && (issue.body ?? '').includes(marker) && authoredBy(issue.user, identity),
  );
  return ours.find((issue) => issue.state === 'open') ?? ours[0];
}

/**
 * One dashboard issue per account, found by its marker among the issues with `label`: created
 * when there is something to show, its body and title kept current, closed as completed when
 * `open` is false and reopened when findings come back. A refusal is a GitHubPermissionError
 * naming `issues: write`.
 */
export async function publishDashboard(
  client: GitHubClient,
  options: DashboardOptions,
): Promise<DashboardResult> {
  const { owner, repo, title, signal } = options;
  const written = `${markerOf(options.accountId)}\n${options.body}`;
  const existing = await findDashboard(client, options);
  // A box ticked on the dashboard stays ticked: the cleanup stage finds who ticked it in the history.
  const body = existing ? keepTicks(written, tickedIds(existing.body ?? '')) : written;
  if (!existing) {
    if (!options.open) return { number: null, url: null, action: 'unchanged' };
    await ensureLabel(client, options);
    const { data } = await hint('create the dashboard issue', () =>
      client.rest.issues.create({
        owner,
        repo,
        title,
        body: written,
        labels: [options.label],
        request: { signal },
      }),
    );
    return { number: data.number, url: data.html_url, action: 'created' };
  }
  const changed = existing.body !== body || existing.title !== title;
  const wasOpen = existing.state === 'open';
  const action: DashboardResult['action'] =
    options.open && !wasOpen
      ? 'reopened'
      : !options.open && wasOpen
        ? 'closed'
        : changed
          ? 'updated'
          : 'unchanged';
  if (action === 'unchanged') return { number: existing.number, url: existing.html_url, action };
  const state =
    action === 'reopened'
      ? { state: 'open' as const }
      : action === 'closed'
        ? { state: 'closed' as const, state_reason: 'completed' as const }
        : {};
  const { data } = await hint(`update dashboard issue #${existing.number}`, () =>
    client.rest.issues.update({
      owner,
      repo,
      issue_number: existing.number,
      ...(changed ? { title, body } : {}),
      ...state,
      request: { signal },
    }),
  );
  return { number: data.number, url: data.html_url, action };
}
