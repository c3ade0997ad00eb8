import { describe, expect, it } from '@jest/globals';
import { resolveBaseline } from '../../src/action/baseline-order.js';
import type { Baseline } from '../../src/diff/baseline.js';
import type { AuditReport } from '../../src/report/report.js';

const report = { generatedAt: '2026-12-01T00:00:00.000Z' } as AuditReport;
const found = (source: 'file' | 'artifact' | 's3'): Baseline => ({
  report,
  info: { source, location: source, generatedAt: report.generatedAt, note: null },
  warning: null,
});
const missing = (note: string, warning: string | null = null): Baseline => ({
  report: undefined,
  info: { source: 'none', location: null, generatedAt: null, note },
  warning,
});

function recorder() {
  const tried: string[] = [];
  const warnings: string[] = [];
  const source = (name: string, answer: Baseline) => async () => {
    tried.push(name);
    return answer;
  };
  return { tried, warnings, source, warn: (m: string) => void warnings.push(m) };
}

describe('which previous report a run compares with', () => {
  it('takes the previous-report file alone when it is given, even when it is unusable', async () => {
    const r = recorder();
    const baseline = await resolveBaseline(
      {
        file: r.source('file', missing('corrupt', 'The previous report was not used')),
        artifact: r.source('artifact', found('artifact')),
      },
      r.warn,
    );
    expect(r.tried).toEqual(['file']);
    expect(baseline.warning).toBe('The previous report was not used');
  });

  it('prefers the artifact to S3', async () => {
    const r = recorder();
    const baseline = await resolveBaseline(
      { artifact: r.source('artifact', found('artifact')), s3: r.source('s3', found('s3')) },
      r.warn,
    );
    expect(baseline.info.source).toBe('artifact');
    expect(r.tried).toEqual(['artifact']);
  });

  it('falls back to S3 when the artifact is missing or unusable, warning about the unusable one', async () => {
    const r = recorder();
    const baseline = await resolveBaseline(
      {
        artifact: r.source('artifact', missing('report.json is not JSON', 'artifact unusable')),
        s3: r.source('s3', found('s3')),
      },
      r.warn,
    );
    expect(baseline.info.source).toBe('s3');
    expect(r.warnings).toEqual(['artifact unusable']);
  });

  it('is a first run when no source has a report, saying what was tried', async () => {
    const r = recorder();
    const baseline = await resolveBaseline(
      {
        artifact: r.source('artifact', missing('no successful run of this workflow yet')),
        s3: r.source('s3', missing('no report at s3://b/k yet: a first run')),
      },
      r.warn,
    );
    expect(baseline.report).toBeUndefined();
    expect(baseline.info.note).toBe(
      'no successful run of this workflow yet; no report at s3://b/k yet: a first run',
    );
    expect(r.warnings).toEqual([]);
    expect((await resolveBaseline({}, r.warn)).info.note).toBe('no previous report: a first run');
  });
});
