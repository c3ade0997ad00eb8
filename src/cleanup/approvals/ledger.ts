import type { ApprovalRecord, AuditReport, CleanupCandidate } from '../../report/schema.js';
import type { ApprovalEvent } from './comments.js';

const DAY_MS = 86_400_000;

export interface LedgerUpdate {
  ledger: ApprovalRecord[];
  notes: string[];
}

export interface LedgerInput {
  /** The approvals carried from the previous report. */
  ledger: readonly ApprovalRecord[];
  /** Every verified command on the dashboard, oldest first or not. */
  events: readonly ApprovalEvent[];
  /** The report the dashboard showed before this run: the state an approval given since binds. */
  shown: AuditReport | undefined;
  now: Date;
  maxAgeDays: number;
}

const findCandidate = (candidates: readonly CleanupCandidate[], id: string) => {
  const matches = candidates.filter((c) => c.id === id || c.fingerprint === id);
  return matches.length === 1 ? matches[0] : undefined;
};

/**
 * Adds the approvals given since the last run, each bound to its candidate's state in the report
 * the dashboard showed when it was given, and applies revocations. An approval that cannot be bound
 * (an id that is not a candidate there, or given before that report was written) is not recorded
 * and says why. Commands older than the approval lifetime are old news and left alone.
 */
export function updateLedger(input: LedgerInput): LedgerUpdate {
  const ledger = input.ledger.map((record) => ({ ...record }));
  const notes: string[] = [];
  const now = input.now.getTime();
  const horizon = now - input.maxAgeDays * DAY_MS;
  const recorded = new Set(input.ledger.map((r) => `${r.reference}|${r.id}`));
  const events = [...input.events]
    .filter((event) => Date.parse(event.at) >= horizon)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

  for (const event of events) {
    if (event.verb === 'revoke') {
      for (const record of ledger) {
        const matches = record.id === event.id || record.fingerprint === event.id;
        if (
          matches &&
          !record.revokedAt &&
          !record.doneAt &&
          Date.parse(record.approvedAt) <= Date.parse(event.at)
        ) {
          record.revokedBy = event.by;
          record.revokedAt = event.at;
        }
      }
      continue;
    }
    if (recorded.has(`${event.reference}|${event.id}`)) continue;
    const shown = input.shown;
    const what = `approval of ${event.id} by ${event.by} (${event.reference})`;
    if (!shown) {
      notes.push(
        `${what} not recorded: there is no earlier report whose state it could bind to; approve again after this run`,
      );
      continue;
    }
    if (Date.parse(shown.generatedAt) > Date.parse(event.at)) {
      notes.push(
        `${what} not recorded: it was given before the report the dashboard shows now (${shown.generatedAt}); approve again`,
      );
      continue;
    }
    const candidate = findCandidate(shown.cleanup.candidates, event.id);
    if (!candidate) {
      notes.push(
        `${what} not recorded: ${event.id} is not a cleanup candidate of the report of ${shown.generatedAt}`,
      );
      continue;
    }
    // A new approval of the same finding replaces the live one: the newest binding counts.
    for (const record of ledger) {
      if (record.fingerprint === candidate.fingerprint && !record.revokedAt && !record.doneAt) {
        record.revokedBy = event.by;
        record.revokedAt = event.at;
      }
    }
    ledger.push({
      id: candidate.id,
      fingerprint: candidate.fingerprint,
      action: candidate.action,
      account: candidate.account,
      region: candidate.region,
      resourceId: candidate.resourceId,
      arn: candidate.arn,
      state: candidate.state,
      approvedBy: event.by,
      approvedAt: event.at,
      source: 'comment',
      reference: event.reference,
      expiresAt: new Date(Date.parse(event.at) + input.maxAgeDays * DAY_MS).toISOString(),
      revokedBy: null,
      revokedAt: null,
      doneAt: null,
    });
    recorded.add(`${event.reference}|${event.id}`);
  }
  return { ledger, notes };
}

/** Approvals that may still be acted on: not revoked, not used, not expired. */
export const liveApprovals = (ledger: readonly ApprovalRecord[], now: Date) =>
  ledger.filter((r) => !r.revokedAt && !r.doneAt && Date.parse(r.expiresAt) > now.getTime());
