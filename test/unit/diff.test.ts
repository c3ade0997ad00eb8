import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import { applyBaseline } from '../../src/diff/diff.js';
import { SEVERITIES, type Finding, type Severity } from '../../src/findings/finding.js';
import { buildReport, NO_BASELINE, type AuditReport } from '../../src/report/report.js';
import { SCOPE_STATUSES } from '../../src/report/schema.js';
import type { RuleJudgement } from '../../src/rules/engine.js';
import { ACCOUNT, inventoryOf } from '../support/inventory-builder.js';

/**
 * The diff by fingerprint, against what each rule judged this run: resolved only where the rule
 * judged the finding's scope completely; anywhere else unknown, carried over, never dropped.
 */
type Status = (typeof SCOPE_STATUSES)[number];

interface Spec {
  fingerprint: string;
  rule?: string;
  region?: string;
  severity?: Severity;
  suppressed?: boolean;
}

function finding(spec: Spec): Finding {
  const region = spec.region ?? 'us-east-1';
  return {
    fingerprint: spec.fingerprint,
    ruleId: spec.rule ?? 'ec2.rule',
    title: 'A test finding',
    severity: spec.severity ?? 'medium',
    category: 'security',
    account: ACCOUNT,
    region,
    resource: {
      arn: `arn:aws:ec2:${region}:${ACCOUNT}:volume/${spec.fingerprint}`,
      id: spec.fingerprint,
      name: null,
      type: 'ec2:volume',
      tags: {},
    },
    subKey: null,
    message: `finding ${spec.fingerprint}`,
    evidence: {},
    remediation: { text: 'Fix it.', cli: null, console: null },
    references: { fsbp: [], cis: [], docs: [] },
    cost: null,
    cleanupAction: null,
    suppressed: spec.suppressed ? { reason: 'accepted', expires: null, source: 'aws-audit.yml:3:5' } : null,
  };
}

/** What the rules judged: by default every rule judged us-east-1 and eu-west-2 completely. */
function judged(status: Record<string, Status> = {}, rules = ['ec2.rule', 'ec2.other']): RuleJudgement[] {
  return rules.map((id) => ({
    id,
    aliases: [],
    fingerprintId: id,
    error: null,
    scopes: ['eu-west-2', 'us-east-1'].map((region) => ({
      account: ACCOUNT,
      region,
      status: status[`${id}|${region}`] ?? status[region] ?? 'complete',
    })),
  }));
}

function report(at: string, findings: Spec[], rules: RuleJudgement[] = judged()): AuditReport {
  return buildReport(
    inventoryOf([]),
    { findings: findings.map(finding), rules, warnings: [] },
    DEFAULT_CONFIG,
    new Date(at),
  );
}

const file = (previous: AuditReport) => ({
  source: 'file' as const,
  location: 'previous.json',
  generatedAt: previous.generatedAt,
  note: null,
});
const diff = (current: AuditReport, previous: AuditReport) =>
  applyBaseline(current, previous, file(previous));
const states = (r: AuditReport) =>
  Object.fromEntries(
    [...r.findings, ...r.unknownFindings, ...r.resolvedFindings].map((f) => [f.fingerprint, f.history.state]),
  );

const DAY1 = '2026-12-01T05:00:00.000Z';
const DAY2 = '2026-12-02T05:00:00.000Z';
const DAY3 = '2026-12-03T05:00:00.000Z';

describe('applyBaseline', () => {
  it('without a baseline, every finding is new and the report says why', () => {
    const first = applyBaseline(report(DAY1, [{ fingerprint: 'a' }]), undefined, NO_BASELINE);
    expect(states(first)).toEqual({ a: 'new' });
    expect(first.baseline.note).toBe('no previous report: a first run');
  });

  it('tells new, persisting (first seen carried), suppressed and resolved apart', () => {
    const before = report(DAY1, [{ fingerprint: 'kept' }, { fingerprint: 'gone' }, { fingerprint: 'muted' }]);
    const after = diff(
      report(DAY2, [
        { fingerprint: 'kept', severity: 'high' },
        { fingerprint: 'fresh' },
        { fingerprint: 'muted', suppressed: true },
      ]),
      before,
    );
    expect(states(after)).toEqual({
      kept: 'persisting',
      fresh: 'new',
      muted: 'suppressed',
      gone: 'resolved',
    });
    const kept = after.findings.find((f) => f.fingerprint === 'kept');
    expect(kept?.history).toMatchObject({ firstSeen: DAY1, lastSeen: DAY2, previousSeverity: 'medium' });
    expect(after.resolvedFindings[0]?.history.resolvedAt).toBe(DAY2);
    expect(after.summary.byState.resolved.medium).toBe(1);
    expect(after.history.map((h) => [h.generatedAt, h.new, h.resolved])).toEqual([
      [DAY1, 3, 0],
      [DAY2, 1, 1],
    ]);
  });

  it.each(['partial', 'failed', 'not-scanned', 'excluded'] as const)(
    'keeps a finding whose scope was %s this run as unknown, with its last-seen date',
    (status) => {
      const before = report(DAY1, [{ fingerprint: 'a', region: 'eu-west-2' }]);
      const after = diff(report(DAY2, [], judged({ 'eu-west-2': status })), before);
      expect(after.resolvedFindings).toEqual([]);
      expect(after.unknownFindings.map((f) => [f.fingerprint, f.history])).toEqual([
        ['a', expect.objectContaining({ state: 'unknown', lastSeen: DAY1, unknownBecause: status })],
      ]);
    },
  );

  it('keeps a finding unknown when its rule did not run or failed', () => {
    const before = report(DAY1, [{ fingerprint: 'a', rule: 'ec2.other' }, { fingerprint: 'b' }]);
    const failed = judged().map((r) => (r.id === 'ec2.rule' ? { ...r, error: 'boom', scopes: [] } : r));
    const withoutOther = failed.filter((r) => r.id !== 'ec2.other');
    const after = diff(report(DAY2, [], withoutOther), before);
    expect(after.unknownFindings.map((f) => [f.fingerprint, f.history.unknownBecause])).toEqual([
      ['a', 'rule-not-run'],
      ['b', 'rule-failed'],
    ]);
  });

  it('finds a renamed rule by its earlier id', () => {
    const before = report(DAY1, [{ fingerprint: 'a', rule: 'ec2.old-name' }]);
    const renamed = judged({}, ['ec2.new-name']).map((r) => ({ ...r, aliases: ['ec2.old-name'] }));
    expect(states(diff(report(DAY2, [], renamed), before))).toEqual({ a: 'resolved' });
  });

  it('carries an unknown finding over until its scope is judged again', () => {
    const day1 = report(DAY1, [{ fingerprint: 'a' }]);
    const day2 = diff(report(DAY2, [], judged({ 'us-east-1': 'failed' })), day1);
    const day3 = diff(report(DAY3, [{ fingerprint: 'a' }]), day2);
    expect(states(day2)).toEqual({ a: 'unknown' });
    expect(states(day3)).toEqual({ a: 'persisting' });
    expect(day3.findings[0]?.history.firstSeen).toBe(DAY1);
  });

  it('calls a finding that comes back after being resolved reopened, and forgets resolutions after 90 days', () => {
    const day1 = report(DAY1, [{ fingerprint: 'a' }]);
    const day2 = diff(report(DAY2, []), day1);
    expect(states(diff(report(DAY3, [{ fingerprint: 'a' }]), day2))).toEqual({ a: 'reopened' });
    const later = diff(report('2027-03-15T05:00:00.000Z', []), day2);
    expect(later.resolvedHistory).toEqual([]);
  });

  it('keeps the totals of the last 30 runs', () => {
    let previous = report(DAY1, []);
    for (let day = 2; day <= 35; day += 1) {
      previous = diff(
        report(`2026-12-${String(day % 30 || 30).padStart(2, '0')}T05:00:00.000Z`, []),
        previous,
      );
    }
    expect(previous.history).toHaveLength(30);
  });
});

describe('applyBaseline, for any pair of reports', () => {
  const spec = fc.record({
    fingerprint: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    rule: fc.constantFrom('ec2.rule', 'ec2.other'),
    region: fc.constantFrom('us-east-1', 'eu-west-2'),
    severity: fc.constantFrom(...SEVERITIES),
    suppressed: fc.boolean(),
  });
  const specs = fc.uniqueArray(spec, { selector: (s) => s.fingerprint, maxLength: 6 });
  const statuses = fc.record({
    'ec2.rule|us-east-1': fc.constantFrom(...SCOPE_STATUSES),
    'ec2.rule|eu-west-2': fc.constantFrom(...SCOPE_STATUSES),
    'ec2.other|us-east-1': fc.constantFrom(...SCOPE_STATUSES),
    'ec2.other|eu-west-2': fc.constantFrom(...SCOPE_STATUSES),
  });

  it('never resolves a finding whose scope was not judged completely in the second', () => {
    fc.assert(
      fc.property(specs, specs, statuses, (first, second, judgedNow) => {
        const after = diff(report(DAY2, second, judged(judgedNow)), report(DAY1, first));
        for (const f of after.resolvedFindings) {
          if (judgedNow[`${f.ruleId}|${f.region}` as keyof typeof judgedNow] !== 'complete') return false;
        }
        // And nothing earlier is dropped: every earlier finding is somewhere in the new report.
        const everywhere = new Set(
          [...after.findings, ...after.unknownFindings, ...after.resolvedFindings].map((f) => f.fingerprint),
        );
        return first.every((f) => everywhere.has(f.fingerprint));
      }),
    );
  });

  it('finds nothing new and nothing resolved between a report and itself', () => {
    fc.assert(
      fc.property(specs, statuses, (findings, judgedNow) => {
        const same = report(DAY1, findings, judged(judgedNow));
        const after = diff(same, same);
        return (
          after.resolvedFindings.length === 0 &&
          after.findings.every((f) => f.history.state === 'persisting' || f.history.state === 'suppressed')
        );
      }),
    );
  });
});
