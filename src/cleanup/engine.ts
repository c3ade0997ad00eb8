import type { ApprovalRecord, AuditReport, CleanupEntry } from '../report/schema.js';
import type { CleanupAction } from '../rules/model.js';
import { errorMessage } from '../shared/errors.js';
import { awsErrorCode } from './aws-errors.js';
import { liveApprovals } from './approvals/ledger.js';
import type { PermissionCheck } from './approvals/permissions.js';
import type {
  ActionContext,
  BoundState,
  CleanupActionDefinition,
  CleanupTarget,
  PlannedCall,
} from './model.js';

export interface CleanupRunInput {
  mode: 'dry-run' | 'apply';
  /** This run's report: what still holds, and what was not read. */
  report: AuditReport;
  ledger: readonly ApprovalRecord[];
  definitions: Partial<Record<CleanupAction, CleanupActionDefinition>>;
  /** `cleanup-actions`: only these may run. */
  allowed: ReadonlySet<string>;
  maxActions: number;
  /** Required for apply: the only account acted in. */
  expectedAccountId: string | undefined;
  protectionTagKeys: readonly string[];
  now: Date;
  /** The context for an account (its cleanup credentials), or a reason there is none. */
  contextFor(account: string): Promise<ActionContext | string>;
  /** Consecutive failures after which the rest are left alone (default 3). */
  maxConsecutiveFailures?: number;
  /**
   * The approver's permission on the repository now: an approver who lost write access since
   * approving no longer vouches for it. Undefined when GitHub is not reachable for this run, so
   * no approval can be confirmed and none is acted on.
   */
  approverPermission: PermissionCheck | undefined;
}

export interface CleanupRunResult {
  log: CleanupEntry[];
  ledger: ApprovalRecord[];
}

interface Acted {
  outcome: CleanupEntry['outcome'];
  detail: string;
  calls: PlannedCall[];
}

const callText = (call: PlannedCall) =>
  [call.api, ...Object.entries(call.params).map(([key, value]) => `${key}=${String(value)}`)].join(' ');

function logEntry(
  approval: ApprovalRecord,
  mode: CleanupEntry['mode'],
  at: string,
  acted: Acted,
  monthlyUsd: number | null,
): CleanupEntry {
  return {
    at,
    mode,
    id: approval.id,
    fingerprint: approval.fingerprint,
    action: approval.action,
    account: approval.account,
    region: approval.region,
    resourceId: approval.resourceId,
    resourceArn: approval.arn,
    outcome: acted.outcome,
    detail: acted.detail,
    calls: acted.calls.map(callText),
    approvedBy: approval.approvedBy,
    monthlyUsd,
  };
}

/** The first attribute that differs, as `state: available -> in-use`, or null when equal. */
export function stateChange(bound: BoundState, live: BoundState): string | null {
  for (const key of [...new Set([...Object.keys(bound), ...Object.keys(live)])].sort()) {
    if (bound[key] !== live[key]) {
      return `${key}: ${JSON.stringify(bound[key] ?? null)} -> ${JSON.stringify(live[key] ?? null)}`;
    }
  }
  return null;
}

/** Why an error happened, in the action's words where it has them. */
function reasonOf(definition: CleanupActionDefinition, error: unknown): string {
  const code = awsErrorCode(error);
  const known = code ? definition.errorReasons[code] : undefined;
  if (known) return `${code}: ${known}`;
  if (code === 'UnauthorizedOperation' || code === 'AccessDenied' || code === 'AccessDeniedException') {
    return `${code}: the cleanup role lacks a permission (${definition.permissions.join(', ')})`;
  }
  return errorMessage(error);
}

/**
 * Acts on approved candidates only, each re-read right before acting: the finding must still hold
 * with the same fingerprint, the resource must be in the state that was approved, unprotected, in
 * the expected account, and the approval fresh. Dry-run goes through the same steps and stops
 * before `execute`; apply executes the very plan dry-run shows. One failure never stops the others
 * (until `maxConsecutiveFailures` in a row, when something is wrong for all of them).
 */
export async function runCleanup(input: CleanupRunInput): Promise<CleanupRunResult> {
  const at = input.now.toISOString();
  const ledger = input.ledger.map((record) => ({ ...record }));
  const log: CleanupEntry[] = [];
  const active = new Map(input.report.findings.map((f) => [f.fingerprint, f]));
  const unread = new Set(input.report.unknownFindings.map((f) => f.fingerprint));
  const candidates = new Map(input.report.cleanup.candidates.map((c) => [c.fingerprint, c]));
  const approvals = liveApprovals(ledger, input.now).sort((a, b) => a.approvedAt.localeCompare(b.approvedAt));
  const maxFailures = input.maxConsecutiveFailures ?? 3;
  let acted = 0;
  let failuresInARow = 0;

  for (const approval of approvals) {
    const candidate = candidates.get(approval.fingerprint);
    const target: CleanupTarget = {
      action: approval.action as CleanupAction,
      account: approval.account,
      region: approval.region,
      resourceId: approval.resourceId,
      arn: approval.arn,
      fingerprint: approval.fingerprint,
    };
    const entry = (outcome: CleanupEntry['outcome'], detail: string, calls: PlannedCall[] = []): void => {
      log.push(logEntry(approval, input.mode, at, { outcome, detail, calls }, candidate?.monthlyUsd ?? null));
      if (outcome === 'done' && input.mode === 'apply') approval.doneAt = at;
    };
    const definition = input.definitions[target.action];
    const finding = active.get(approval.fingerprint);
    if (unread.has(approval.fingerprint)) {
      entry('skipped', 'its scope was not read this run, so the finding cannot be confirmed');
    } else if (!finding || finding.history.state === 'suppressed' || !candidate) {
      entry('skipped', 'the finding no longer holds (resolved, changed or suppressed since it was approved)');
    } else if (candidate.action !== approval.action) {
      entry('skipped', `the finding now proposes ${candidate.action}, not the approved ${approval.action}`);
    } else if (!input.allowed.has(approval.action)) {
      entry('skipped', `${approval.action} is not in cleanup-actions`);
    } else if (!definition) {
      entry('skipped', `${approval.action} is not available in this version`);
    } else if (input.mode === 'apply' && approval.account !== input.expectedAccountId) {
      entry(
        'skipped',
        `account ${approval.account} is not expected-account-id (${input.expectedAccountId ?? 'unset'})`,
      );
    } else if (acted >= input.maxActions) {
      entry(
        'skipped',
        `max-cleanup-actions (${input.maxActions}) reached this run; it stays approved for the next`,
      );
    } else if (failuresInARow >= maxFailures) {
      entry('skipped', `stopped after ${maxFailures} failures in a row; it stays approved for the next run`);
    } else {
      const vouched = await approverStillPermitted(input.approverPermission, approval.approvedBy);
      if (vouched) {
        entry('skipped', vouched);
        continue;
      }
      const outcome = await actOn(input, definition, target, approval);
      // The cap counts what was (or would be) done to AWS; a resource left alone after its re-check does not use it.
      if (outcome.outcome !== 'skipped') acted += 1;
      failuresInARow = outcome.outcome === 'failed' ? failuresInARow + 1 : 0;
      entry(outcome.outcome, outcome.detail, outcome.calls);
    }
  }
  // An approval that expired while its finding still stands is said once more, so nobody waits on it.
  for (const record of ledger) {
    const expired = Date.parse(record.expiresAt) <= input.now.getTime();
    if (expired && !record.revokedAt && !record.doneAt && active.has(record.fingerprint)) {
      const detail = `its approval by ${record.approvedBy} expired on ${record.expiresAt}; approve again`;
      const monthlyUsd = candidates.get(record.fingerprint)?.monthlyUsd ?? null;
      log.push(logEntry(record, input.mode, at, { outcome: 'skipped', detail, calls: [] }, monthlyUsd));
    }
  }
  return { log, ledger };
}

/** Why an approver no longer vouches for an approval (write access lost, or unconfirmable), or null. */
async function approverStillPermitted(
  check: PermissionCheck | undefined,
  login: string,
): Promise<string | null> {
  if (!check) return `whether ${login} still has write access cannot be asked of GitHub this run`;
  try {
    const { allowed, permission } = await check(login);
    return allowed
      ? null
      : `${login} no longer has write access (permission now: ${permission}); approve again`;
  } catch (error) {
    return `whether ${login} still has write access could not be confirmed: ${errorMessage(error)}`;
  }
}

/** Re-read, re-check, then act (apply) or say what would be done (dry-run). */
async function actOn(
  input: CleanupRunInput,
  definition: CleanupActionDefinition,
  target: CleanupTarget,
  approval: ApprovalRecord,
): Promise<Acted> {
  const shared = await input.contextFor(target.account);
  if (typeof shared === 'string') return { outcome: 'skipped', detail: shared, calls: [] };
  // What is made on the way (a snapshot) names the finding and who approved it.
  const snapshotTags = {
    ...shared.options.snapshotTags,
    'aws-audit:finding': target.fingerprint,
    'aws-audit:approved-by': approval.approvedBy,
  };
  const context: ActionContext = { ...shared, options: { ...shared.options, snapshotTags } };
  let live;
  try {
    live = await definition.read(context, target);
  } catch (error) {
    return {
      outcome: 'failed',
      detail: `could not read it again, so nothing was done: ${reasonOf(definition, error)}`,
      calls: [],
    };
  }
  if (!live.found) return { outcome: 'done', detail: 'already gone', calls: [] };
  const protectedBy = input.protectionTagKeys.find((key) => key in live.tags);
  if (protectedBy) return { outcome: 'skipped', detail: `protected by its tag ${protectedBy}`, calls: [] };
  if (live.awsProtection) {
    return { outcome: 'skipped', detail: `protected by AWS: ${live.awsProtection}`, calls: [] };
  }
  if (live.ownerAccount && live.ownerAccount !== target.account) {
    return {
      outcome: 'skipped',
      detail: `owned by account ${live.ownerAccount}, not ${target.account}`,
      calls: [],
    };
  }
  const changed = stateChange(approval.state, live.state);
  if (changed)
    return {
      outcome: 'skipped',
      detail: `changed since it was approved (${changed}); approve again`,
      calls: [],
    };
  const refused = definition.refuse(live.state, context.options);
  if (refused) return { outcome: 'skipped', detail: refused, calls: [] };
  const plan = definition.plan(target, live.state, context.options);
  if (input.mode === 'dry-run') return { outcome: 'would-do', detail: 'would be done on apply', calls: plan };
  const journal = context.clients.sent;
  const before = journal?.length ?? 0;
  // What was really sent, once execute ends either way (the plan itself when no journal is kept).
  const sent = () => (journal ? callsMade(plan, journal.slice(before)) : plan);
  try {
    const result = await definition.execute(context, target, plan);
    return { outcome: result.outcome, detail: result.detail, calls: sent() };
  } catch (error) {
    const code = awsErrorCode(error);
    if (code && definition.goneCodes.includes(code))
      return { outcome: 'done', detail: `already gone (${code})`, calls: sent() };
    const made = sent();
    const stopped =
      made.length < plan.length ? ` (stopped after ${made.length} of ${plan.length} planned calls)` : '';
    return { outcome: 'failed', detail: `${reasonOf(definition, error)}${stopped}`, calls: made };
  }
}

const isRead = (api: string) => /^[a-z0-9]+:(Describe|List|Get|Head)/.test(api);

/**
 * The planned calls that were sent, in order: a step counts when its API was sent after the last
 * counted step's (a step may stand for several requests, as one abort per upload); a step with no
 * request (a snapshot an earlier run already made) is left out.
 */
export function callsMade(plan: readonly PlannedCall[], sent: readonly string[]): PlannedCall[] {
  let writes = sent.filter((api) => !isRead(api));
  const made: PlannedCall[] = [];
  for (const step of plan) {
    const at = writes.indexOf(step.api);
    if (at < 0) continue;
    made.push(step);
    writes = writes.slice(at + 1);
  }
  return made;
}
