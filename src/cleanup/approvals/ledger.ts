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
  /**
   * The approvals file's entries this run (their references), when the file was read or is absent:
   * a file approval whose entry is gone was withdrawn. Undefined when the file was not read.
   */
  fileReferences?: ReadonlySet<string>;
}

/** The candidates an approval names: by short id or fingerprint, or (the file) by resource and action. */
const candidatesFor = (candidates: readonly CleanupCandidate[], event: ApprovalEvent) => {
  const target = event.target;
  if (!target) return candidates.filter((c) => c.id === event.id || c.fingerprint === event.id);
  return candidates.filter(
    (c) =>
      (c.resourceId === event.id || c.arn === event.id) &&
      c.action === target.action &&
      (target.account === undefined || c.account === target.account) &&
      (target.region === undefined || c.region === target.region),
  );
};

const describeEvent = (event: ApprovalEvent) =>
  event.target
    ? `approval of ${event.id} ${event.target.action} by ${event.by} (${decodeURIComponent(event.reference)})`
    : `approval of ${event.id} by ${event.by} (${event.reference})`;

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
    const what = describeEvent(event);
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
    const matches = candidatesFor(shown.cleanup.candidates, event);
    const candidate = matches.length === 1 ? matches[0] : undefined;
    if (!candidate) {
      notes.push(
        matches.length > 1
          ? `${what} not recorded: it matches ${matches.length} candidates of the report of ${shown.generatedAt}; name the account and region`
          : `${what} not recorded: ${event.id} is not a cleanup candidate${event.target ? ` for ${event.target.action}` : ''} of the report of ${shown.generatedAt}`,
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
      source: event.source,
      reference: event.reference,
      expiresAt: new Date(
        Math.min(
          Date.parse(event.at) + input.maxAgeDays * DAY_MS,
          event.expiresAt ? Date.parse(event.expiresAt) : Infinity,
        ),
      ).toISOString(),
      revokedBy: null,
      revokedAt: null,
      doneAt: null,
    });
    recorded.add(`${event.reference}|${event.id}`);
  }
  // A shorter approval-max-age-days applies to approvals already given: the lifetime only shrinks.
  for (const record of ledger) {
    const cap = Date.parse(record.approvedAt) + input.maxAgeDays * DAY_MS;
    if (!record.revokedAt && !record.doneAt && Date.parse(record.expiresAt) > cap) {
      record.expiresAt = new Date(cap).toISOString();
    }
  }
  if (input.fileReferences) {
    for (const record of ledger) {
      if (
        record.source === 'file' &&
        !record.revokedAt &&
        !record.doneAt &&
        !input.fileReferences.has(record.reference)
      ) {
        record.revokedBy = 'the approvals file (entry removed or changed)';
        record.revokedAt = input.now.toISOString();
      }
    }
  }
  return { ledger, notes };
}

/** Approvals that may still be acted on: not revoked, not used, not expired. */
export const liveApprovals = (ledger: readonly ApprovalRecord[], now: Date) =>
  ledger.filter((r) => !r.revokedAt && !r.doneAt && Date.parse(r.expiresAt) > now.getTime());
