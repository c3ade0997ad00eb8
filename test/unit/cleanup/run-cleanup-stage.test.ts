import { describe, expect, it } from '@jest/globals';
import { readCleanupInputs } from '../../../src/action/cleanup-inputs.js';
import type { ApprovalRecord, AuditReport } from '../../../src/report/schema.js';
import { runCleanupStage } from '../../../src/run-cleanup.js';
import { DAY1, reportOf } from '../render/report-fixtures.js';

/** A report with two candidates, each approved: one by a comment, one by the approvals file. */
function approvedReport(): AuditReport {
  const report = reportOf(DAY1, [
    { key: 'a', cleanup: 'ec2.delete-volume' },
    { key: 'b', cleanup: 'ec2.delete-volume' },
  ]);
  const approval = (index: number, source: ApprovalRecord['source']): ApprovalRecord => {
    const f = report.findings[index] as AuditReport['findings'][number];
    return {
      id: f.fingerprint.slice(0, 8),
      fingerprint: f.fingerprint,
      action: 'ec2.delete-volume',
      account: f.account,
      region: f.region,
      resourceId: f.resource.id,
      arn: f.resource.arn,
      state: { state: 'available' },
      approvedBy: 'writer',
      approvedAt: DAY1,
      source,
      reference:
        source === 'file' ? 'https://github.com/o/r/blob/main/a.yml#x' : 'https://github.com/o/r/issues/1#c',
      expiresAt: '2026-12-10T00:00:00.000Z',
      revokedBy: null,
      revokedAt: null,
      doneAt: null,
    };
  };
  report.cleanup.approvals = [approval(0, 'comment'), approval(1, 'file')];
  return report;
}

const stage = (approvalsFile: Parameters<typeof runCleanupStage>[1]['approvalsFile']) => {
  const warnings: string[] = [];
  const result = runCleanupStage(approvedReport(), {
    inputs: readCleanupInputs((name) => (name === 'cleanup' ? 'dry-run' : '')),
    shown: undefined,
    approvalsFile,
    github: undefined,
    credentials: [],
    apiRegion: 'us-east-1',
    callTimeoutMs: 1000,
    maxAttempts: 1,
    signal: new AbortController().signal,
    runUrl: undefined,
    info: () => undefined,
    warning: (message) => warnings.push(message),
    now: new Date('2026-12-02T05:00:00.000Z'),
  });
  return { result, warnings };
};

describe('the cleanup stage and the approvals file', () => {
  it('holds file approvals back, neither used nor dropped, when the file could not be read', async () => {
    const { result } = stage({ status: 'unreadable', path: 'a.yml', reason: 'HTTP 502' });
    const report = await result;
    expect(report.cleanup.log.map((e) => e.resourceId)).toEqual(['vol-a']);
    expect(report.cleanup.approvals.map((a) => [a.source, a.revokedAt, a.doneAt])).toEqual([
      ['comment', null, null],
      ['file', null, null],
    ]);
  });

  it('judges both when the file was read (here: the account has no credentials, so both are skipped)', async () => {
    const report = await stage({ status: 'off' }).result;
    expect(report.cleanup.log.map((e) => [e.resourceId, e.outcome])).toEqual([
      ['vol-a', 'skipped'],
      ['vol-b', 'skipped'],
    ]);
  });
});
