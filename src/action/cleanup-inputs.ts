import { CLEANUP_ACTION_DEFINITIONS } from '../cleanup/actions/index.js';
import { DEFAULT_APPROVALS_FILE } from '../cleanup/approvals/file.js';
import { CLEANUP_MODES, DEFAULT_MAX_BUCKET_OBJECTS, type CleanupMode } from '../cleanup/model.js';
import { CLEANUP_ACTIONS, type CleanupAction } from '../rules/model.js';
import { parseInteger } from '../settings.js';
import { UsageError } from '../usage-error.js';

type GetInput = (name: string) => string;

/** Tags that protect a resource from cleanup, always; `protection-tag-keys` can only add to them. */
export const DEFAULT_PROTECTION_TAG_KEYS = ['aws-audit:protect', 'DoNotDelete'] as const;

export interface CleanupInputs {
  mode: CleanupMode;
  /** `cleanup-actions`: the allow-list. */
  actions: CleanupAction[];
  maxActions: number;
  expectedAccountId: string | undefined;
  approvalMaxAgeDays: number;
  protectionTagKeys: string[];
  snapshotBeforeDelete: boolean;
  /** s3.delete-bucket refuses buckets holding more versions, delete markers or uploads than this. */
  maxBucketObjects: number;
  /** `approvals-file`: a path in the repository, read from its default branch. */
  approvalsFile: string;
}

/** The actions this version can take. */
export const availableCleanupActions = (): CleanupAction[] =>
  CLEANUP_ACTIONS.filter((id) => CLEANUP_ACTION_DEFINITIONS[id] !== undefined);

/** Deleting a bucket cannot be undone: it is never on unless named. */
const OPT_IN: readonly CleanupAction[] = ['s3.delete-bucket'];

const list = (value: string) =>
  value
    .split(/[\s,]+/)
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * The cleanup inputs, checked before the scan. Dry-run is never assumed away: `apply` needs
 * `expected-account-id`, and nothing here can add a candidate, only narrow them.
 */
export function readCleanupInputs(getInput: GetInput): CleanupInputs {
  const modeText = getInput('cleanup').trim() || 'off';
  if (!(CLEANUP_MODES as readonly string[]).includes(modeText)) {
    throw new UsageError(`cleanup must be one of ${CLEANUP_MODES.join(', ')}, got '${modeText}'`);
  }
  const mode = modeText as CleanupMode;
  const available = availableCleanupActions();
  const named = list(getInput('cleanup-actions'));
  for (const action of named) {
    if (!(CLEANUP_ACTIONS as readonly string[]).includes(action)) {
      throw new UsageError(
        `cleanup-actions: unknown action '${action}' (known: ${CLEANUP_ACTIONS.join(', ')})`,
      );
    }
    if (!available.includes(action as CleanupAction)) {
      throw new UsageError(
        `cleanup-actions: ${action} is not available in this version (available: ${available.join(', ')})`,
      );
    }
  }
  const expected = getInput('expected-account-id').trim();
  if (expected && !/^\d{12}$/.test(expected)) {
    throw new UsageError(`expected-account-id must be a 12-digit account id, got '${expected}'`);
  }
  if (mode === 'apply' && !expected) {
    throw new UsageError('cleanup: apply needs expected-account-id, the one account it may change');
  }
  const snapshot = getInput('snapshot-before-delete').trim() || 'true';
  if (snapshot !== 'true' && snapshot !== 'false') {
    throw new UsageError(`snapshot-before-delete must be true or false, got '${snapshot}'`);
  }
  const extraKeys = list(getInput('protection-tag-keys'));
  const approvalsFile = getInput('approvals-file').trim() || DEFAULT_APPROVALS_FILE;
  if (
    approvalsFile.startsWith('/') ||
    approvalsFile.split('/').some((part) => part === '..' || part === '')
  ) {
    throw new UsageError(
      `approvals-file must be a path inside the repository such as ${DEFAULT_APPROVALS_FILE}, got '${approvalsFile}'`,
    );
  }
  return {
    mode,
    actions: named.length > 0 ? (named as CleanupAction[]) : available.filter((id) => !OPT_IN.includes(id)),
    maxActions: parseInteger(getInput('max-cleanup-actions'), 'max-cleanup-actions', 10, 1, 1000),
    expectedAccountId: expected || undefined,
    approvalMaxAgeDays: parseInteger(getInput('approval-max-age-days'), 'approval-max-age-days', 14, 1, 90),
    protectionTagKeys: [...new Set([...DEFAULT_PROTECTION_TAG_KEYS, ...extraKeys])],
    snapshotBeforeDelete: snapshot === 'true',
    // The scan lists one page of a bucket (1,000 entries): a larger bucket is never a candidate.
    maxBucketObjects: parseInteger(
      getInput('max-bucket-objects'),
      'max-bucket-objects',
      DEFAULT_MAX_BUCKET_OBJECTS,
      0,
      DEFAULT_MAX_BUCKET_OBJECTS,
    ),
    approvalsFile,
  };
}

/**
 * Cleanup reads its approvals from the per-account dashboard issues; with `dashboard: organization`
 * there are none to read (or stale ones that no longer show the candidates), so the two are refused
 * together, before the scan.
 */
export function checkCleanupDashboard(cleanup: CleanupInputs, dashboard: string): void {
  if (cleanup.mode !== 'off' && dashboard !== 'account')
    throw new UsageError(
      `cleanup: ${cleanup.mode} reads approvals from the per-account dashboard issues: it needs dashboard: account, not dashboard: ${dashboard}`,
    );
}
