import { setTimeout as sleep } from 'node:timers/promises';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import type { CleanupInputs } from './action/cleanup-inputs.js';
import { CLEANUP_ACTION_DEFINITIONS } from './cleanup/actions/index.js';
import { readCheckboxApprovals } from './cleanup/approvals/checkboxes.js';
import { readApprovalComments, type ApprovalEvent } from './cleanup/approvals/comments.js';
import {
  entryReference,
  fileApprovalEvents,
  type ApprovalsFileRead,
} from './cleanup/approvals/file-source.js';
import { updateLedger } from './cleanup/approvals/ledger.js';
import { permissionChecker, type PermissionCheck } from './cleanup/approvals/permissions.js';
import { callerAccount, cleanupClients } from './cleanup/clients.js';
import { runCleanup } from './cleanup/engine.js';
import type { ActionContext } from './cleanup/model.js';
import { findDashboard } from './publish/dashboard.js';
import type { GitHubClient } from './publish/github.js';
import type { AuditReport } from './report/schema.js';
import { errorMessage } from './shared/errors.js';

export interface CleanupStageDeps {
  inputs: CleanupInputs;
  /** The report the dashboard showed before this run: approvals given since bind to its states. */
  shown: AuditReport | undefined;
  /** The approvals file as the default branch had it before the scan. */
  approvalsFile: ApprovalsFileRead;
  /** Where approvals are read: each account's dashboard issue. */
  github: { client: GitHubClient; owner: string; repo: string; label: string } | undefined;
  /** Each scanned account's credentials (the cleanup acts with the same identity). */
  credentials: AwsCredentialIdentityProvider[];
  apiRegion: string;
  callTimeoutMs: number;
  maxAttempts: number;
  signal: AbortSignal;
  /** Tags for a snapshot made before a delete: the run, so the snapshot leads back to it. */
  runUrl: string | undefined;
  info(message: string): void;
  warning(message: string): void;
  now?: Date;
}

/** The verified approve and revoke commands on every account's dashboard. */
async function approvalEvents(
  report: AuditReport,
  deps: CleanupStageDeps,
  permissionOf: PermissionCheck | undefined,
) {
  const events: ApprovalEvent[] = [];
  const notes: string[] = [];
  if (!deps.github || !permissionOf) return { events, notes };
  const { client, owner, repo, label } = deps.github;
  for (const account of report.accounts) {
    try {
      const issue = await findDashboard(client, {
        owner,
        repo,
        label,
        accountId: account.id,
        signal: deps.signal,
      });
      if (!issue) continue;
      const read = await readApprovalComments(client, {
        owner,
        repo,
        issueNumber: issue.number,
        signal: deps.signal,
      });
      events.push(...read.events);
      notes.push(...read.notes);
      const ticks = await readCheckboxApprovals(
        client,
        { owner, repo, issueNumber: issue.number, signal: deps.signal },
        permissionOf,
      );
      events.push(...ticks.events);
      notes.push(...ticks.notes);
    } catch (error) {
      notes.push(`approvals on the dashboard of ${account.id} could not be read: ${errorMessage(error)}`);
    }
  }
  if (deps.approvalsFile.status !== 'off') {
    const fromFile = await fileApprovalEvents(deps.approvalsFile, permissionOf, deps.now ?? new Date());
    events.push(...fromFile.events);
    notes.push(...fromFile.notes);
  }
  return { events, notes };
}

/** The references of the file's entries; undefined when the file could not be read. */
function fileReferences(read: ApprovalsFileRead): Set<string> | undefined {
  if (read.status === 'read') return new Set(read.entries.map((entry) => entryReference(read, entry)));
  return read.status === 'absent' ? new Set() : undefined;
}

/**
 * Approvals, then (unless cleanup is off) the approved actions: reads the dashboards' comments,
 * records the approvals bound to what they approved, and runs the cleanup engine with one context
 * per account, each sure of its account through sts:GetCallerIdentity.
 */
export async function runCleanupStage(report: AuditReport, deps: CleanupStageDeps): Promise<AuditReport> {
  const now = deps.now ?? new Date();
  const { inputs } = deps;
  // Asked once per login and run: for approvals given now, and again for every approval acted on.
  const permissionOf = deps.github
    ? permissionChecker(deps.github.client, {
        owner: deps.github.owner,
        repo: deps.github.repo,
        signal: deps.signal,
      })
    : undefined;
  const { events, notes } = await approvalEvents(report, deps, permissionOf);
  const updated = updateLedger({
    ledger: report.cleanup.approvals,
    events,
    shown: deps.shown,
    now,
    maxAgeDays: inputs.approvalMaxAgeDays,
    fileReferences: fileReferences(deps.approvalsFile),
  });
  const allNotes = [...notes, ...updated.notes];
  for (const note of allNotes) deps.warning(`Cleanup approval: ${note}`);
  const base = { ...report.cleanup, mode: inputs.mode, approvals: updated.ledger, notes: allNotes };
  if (inputs.mode === 'off') return { ...report, cleanup: base };

  const sets = deps.credentials.map((credentials) =>
    cleanupClients({
      credentials,
      callTimeoutMs: deps.callTimeoutMs,
      maxAttempts: deps.maxAttempts,
      signal: deps.signal,
    }),
  );
  const contexts = new Map<string, ActionContext | string>();
  const options = {
    snapshotBeforeDelete: inputs.snapshotBeforeDelete,
    snapshotTags: {
      'aws-audit:cleanup': 'ec2.delete-volume',
      ...(deps.runUrl ? { 'aws-audit:run': deps.runUrl } : {}),
    },
    waitMs: 300_000,
    pollMs: 5_000,
    maxObjects: inputs.maxBucketObjects,
  };
  try {
    for (const clients of sets) {
      try {
        const account = await callerAccount(clients.sts(deps.apiRegion), deps.signal);
        contexts.set(account, {
          clients,
          options,
          signal: deps.signal,
          sleep: (ms, signal) => sleep(ms, undefined, { signal }).catch(() => undefined),
        });
      } catch (error) {
        deps.warning(
          `Cleanup: one set of credentials could not be identified (sts:GetCallerIdentity): ${errorMessage(error)}`,
        );
      }
    }
    // A file that could not be read proves nothing this run: its approvals wait, neither used nor dropped.
    const heldBack = deps.approvalsFile.status === 'unreadable';
    const held = heldBack ? updated.ledger.filter((record) => record.source === 'file') : [];
    const result = await runCleanup({
      mode: inputs.mode,
      report: { ...report, cleanup: base },
      ledger: heldBack ? updated.ledger.filter((record) => record.source !== 'file') : updated.ledger,
      definitions: CLEANUP_ACTION_DEFINITIONS,
      allowed: new Set(inputs.actions),
      maxActions: inputs.maxActions,
      expectedAccountId: inputs.expectedAccountId,
      protectionTagKeys: inputs.protectionTagKeys,
      now,
      approverPermission: permissionOf,
      contextFor: async (account) =>
        contexts.get(account) ??
        `no credentials act in account ${account} (sts:GetCallerIdentity), so nothing was done`,
    });
    return { ...report, cleanup: { ...base, approvals: [...result.ledger, ...held], log: result.log } };
  } finally {
    for (const clients of sets) clients.destroy();
  }
}
