import { describe, expect, it } from '@jest/globals';
import type { ApprovalEvent } from '../../../src/cleanup/approvals/comments.js';
import { liveApprovals, updateLedger, type LedgerInput } from '../../../src/cleanup/approvals/ledger.js';
import type { AuditReport } from '../../../src/report/schema.js';
import { DAY1, reportOf } from '../render/report-fixtures.js';

/** The report the dashboard showed: one candidate, vol-a, available. */
function shown(): AuditReport {
  const report = reportOf(DAY1, [{ key: 'a', cleanup: 'ec2.delete-volume' }]);
  const f = report.findings[0] as AuditReport['findings'][number];
  report.cleanup.candidates = [
    {
      id: f.fingerprint.slice(0, 8),
      fingerprint: f.fingerprint,
      action: 'ec2.delete-volume',
      account: f.account,
      region: f.region,
      resourceId: f.resource.id,
      arn: f.resource.arn,
      state: { state: 'available', attachments: 0 },
      monthlyUsd: 8,
    },
  ];
  return report;
}

const ID = shown().cleanup.candidates[0]?.id as string;
const event = (overrides: Partial<ApprovalEvent> = {}): ApprovalEvent => ({
  verb: 'approve',
  source: 'comment',
  id: ID,
  by: 'writer',
  at: '2026-12-01T09:00:00.000Z',
  reference: 'https://github.com/o/r/issues/3#issuecomment-1',
  ...overrides,
});
const now = new Date('2026-12-02T05:00:00.000Z');
/** This run's update of a ledger (empty unless given) against the report the dashboard showed. */
const update = (events: ApprovalEvent[], more: Partial<LedgerInput> = {}) =>
  updateLedger({ ledger: [], events, shown: shown(), now, maxAgeDays: 14, ...more });

describe('the approvals ledger', () => {
  it('binds an approval to the state of its candidate in the report the dashboard showed', () => {
    const { ledger, notes } = update([event()]);
    expect(notes).toEqual([]);
    expect(ledger).toEqual([
      expect.objectContaining({
        id: ID,
        action: 'ec2.delete-volume',
        resourceId: 'vol-a',
        state: { state: 'available', attachments: 0 },
        approvedBy: 'writer',
        expiresAt: '2026-12-15T09:00:00.000Z',
        doneAt: null,
      }),
    ]);
  });

  it('records each comment once across runs', () => {
    const first = update([event()]);
    const again = update([event()], { ledger: first.ledger });
    expect(again.ledger).toEqual(first.ledger);
  });

  it('does not record an approval it cannot bind, and says why', () => {
    const before = event({ at: '2026-12-01T04:00:00.000Z' });
    const unknown = event({ id: 'ffffffff', reference: 'x#issuecomment-2' });
    const { ledger, notes } = update([before, unknown]);
    expect(ledger).toEqual([]);
    expect(notes).toEqual([
      expect.stringContaining('it was given before the report the dashboard shows now'),
      expect.stringContaining('ffffffff is not a cleanup candidate'),
    ]);
    const first = update([event()], { shown: undefined });
    expect(first.notes).toEqual([expect.stringContaining('there is no earlier report')]);
  });

  it('revokes approvals given before the revoke, not after', () => {
    const events = [
      event(),
      event({ verb: 'revoke', by: 'admin-user', at: '2026-12-01T10:00:00.000Z', reference: 'x#2' }),
      event({ at: '2026-12-01T11:00:00.000Z', reference: 'x#3' }),
    ];
    const { ledger } = update(events);
    expect(ledger.map((r) => [r.reference, r.revokedBy])).toEqual([
      ['https://github.com/o/r/issues/3#issuecomment-1', 'admin-user'],
      ['x#3', null],
    ]);
    expect(liveApprovals(ledger, now).map((r) => r.reference)).toEqual(['x#3']);
  });

  it('lets approvals expire after approval-max-age-days, and ignores commands older than that', () => {
    const { ledger } = update([event()]);
    expect(liveApprovals(ledger, new Date('2026-12-15T08:59:00.000Z'))).toHaveLength(1);
    expect(liveApprovals(ledger, new Date('2026-12-15T09:00:00.000Z'))).toHaveLength(0);
    const stale = updateLedger({
      ledger: [],
      events: [event()],
      shown: shown(),
      now: new Date('2026-12-20T00:00:00.000Z'),
      maxAgeDays: 14,
    });
    expect([stale.ledger, stale.notes]).toEqual([[], []]);
  });

  it('shortens approvals already given when approval-max-age-days is lowered, never lengthens them', () => {
    const { ledger } = update([event()]);
    const shorter = updateLedger({ ledger, events: [], shown: shown(), now, maxAgeDays: 3 });
    expect(shorter.ledger[0]?.expiresAt).toBe('2026-12-04T09:00:00.000Z');
    const longer = updateLedger({ ledger: shorter.ledger, events: [], shown: shown(), now, maxAgeDays: 60 });
    expect(longer.ledger[0]?.expiresAt).toBe('2026-12-04T09:00:00.000Z');
  });

  describe('approvals from the approvals file', () => {
    const fileEvent = (overrides: Partial<ApprovalEvent> = {}) =>
      event({
        source: 'file',
        id: 'vol-a',
        reference: 'https://github.com/o/r/blob/main/.github/aws-audit-approvals.yml#vol-a',
        target: { action: 'ec2.delete-volume' },
        expiresAt: '2026-12-04T00:00:00.000Z',
        ...overrides,
      });
    const references = new Set([fileEvent().reference]);

    it('binds an entry by resource and action, and its own expiry when sooner than the lifetime', () => {
      const { ledger, notes } = update([fileEvent()], { fileReferences: references });
      expect(notes).toEqual([]);
      expect(ledger).toEqual([
        expect.objectContaining({
          id: ID,
          source: 'file',
          resourceId: 'vol-a',
          expiresAt: '2026-12-04T00:00:00.000Z',
        }),
      ]);
    });

    it('never binds another action on the same resource, or another account', () => {
      const { ledger, notes } = update([
        fileEvent({ target: { action: 'ec2.release-address' } }),
        fileEvent({ target: { action: 'ec2.delete-volume', account: '999999999999' }, reference: 'x#2' }),
      ]);
      expect(ledger).toEqual([]);
      expect(notes).toEqual([
        expect.stringContaining('vol-a is not a cleanup candidate for ec2.release-address'),
        expect.stringContaining('vol-a is not a cleanup candidate for ec2.delete-volume'),
      ]);
    });

    it('asks for the account and region when an entry matches several candidates', () => {
      const report = shown();
      const [candidate] = report.cleanup.candidates;
      if (!candidate) throw new Error('no candidate');
      report.cleanup.candidates.push({
        ...candidate,
        id: 'deadbeef',
        fingerprint: 'deadbeef'.repeat(8),
        region: 'eu-west-1',
      });
      const { ledger, notes } = updateLedger({
        ledger: [],
        events: [fileEvent()],
        shown: report,
        now,
        maxAgeDays: 14,
      });
      expect(ledger).toEqual([]);
      expect(notes).toEqual([expect.stringContaining('it matches 2 candidates')]);
    });

    it('withdraws a file approval whose entry left the file, and leaves comment approvals alone', () => {
      const first = update([fileEvent(), event({ at: '2026-12-01T09:30:00.000Z' })], {
        fileReferences: references,
      });
      // The comment's approval, newer, replaced the file's for the same finding: bring the file back alone.
      const fileOnly = update([fileEvent()], { fileReferences: references });
      expect(liveApprovals(first.ledger, now).map((r) => r.source)).toEqual(['comment']);
      const later = new Date('2026-12-03T05:00:00.000Z');
      const removed = updateLedger({
        ledger: fileOnly.ledger,
        events: [],
        shown: shown(),
        now: later,
        maxAgeDays: 14,
        fileReferences: new Set(),
      });
      expect(removed.ledger.map((r) => [r.source, r.revokedBy, r.revokedAt])).toEqual([
        ['file', 'the approvals file (entry removed or changed)', later.toISOString()],
      ]);
      // Unread (undefined): nothing is withdrawn.
      const unread = updateLedger({
        ledger: fileOnly.ledger,
        events: [],
        shown: shown(),
        now: later,
        maxAgeDays: 14,
      });
      expect(liveApprovals(unread.ledger, later)).toHaveLength(1);
    });
  });
});
