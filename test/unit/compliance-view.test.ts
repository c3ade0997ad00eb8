import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import { complianceOf, standardCompliance, type CitingRule } from '../../src/report/compliance.js';
import { buildReport } from '../../src/report/report.js';
import type { AuditReport, ControlResult } from '../../src/report/schema.js';
import { catalog } from '../../src/rules/catalog/index.js';
import { STANDARDS } from '../../src/rules/compliance.js';
import { runRules } from '../../src/rules/engine.js';
import { bareBucket, inventoryOf } from '../support/inventory-builder.js';

const A = '111122223333';
const B = '444455556666';

const rule = (
  id: string,
  fsbp: string[],
  cis: string[] = [],
  more: Partial<CitingRule> = {},
): CitingRule => ({
  id,
  aliases: [],
  resourceType: 's3:bucket',
  references: { fsbp, cis, docs: [] },
  deviations: {},
  defaultEnabled: true,
  ...more,
});

type Parts = Pick<AuditReport, 'accounts' | 'rules' | 'findings'>;

const account = (id: string, buckets: number, status: 'complete' | 'failed' = 'complete') => ({
  id,
  alias: null,
  partition: 'aws',
  scannedAs: `arn:aws:iam::${id}:role/audit`,
  regions: ['us-east-1'],
  coverage: [{ service: 's3', resourceType: 's3:bucket', region: 'global', status, resourceCount: buckets }],
});

const judged = (id: string, statuses: Record<string, string>, error: string | null = null) => ({
  id,
  aliases: [],
  fingerprintId: id,
  error,
  scopes: Object.entries(statuses).map(([acct, status]) => ({ account: acct, region: 'global', status })),
});

const finding = (
  fingerprint: string,
  ruleId: string,
  acct: string,
  fsbp: string[],
  suppressed = false,
): AuditReport['findings'][number] =>
  ({
    fingerprint,
    ruleId,
    account: acct,
    references: { fsbp, cis: [], docs: [] },
    suppressed: suppressed ? { reason: 'accepted', expires: null, source: 'x:1:1' } : null,
  }) as unknown as AuditReport['findings'][number];

function result(parts: Parts, rules: CitingRule[], acct: string, id: string): ControlResult {
  const view = standardCompliance(parts, rules, 'fsbp');
  const found = view.accounts.find((a) => a.account === acct)?.controls.find((c) => c.id === id);
  if (!found) throw new Error(`no ${id} for ${acct}`);
  return found;
}

describe('the compliance view', () => {
  const rules = [rule('s3.public', ['S3.8'])];

  it('fails a control on an active finding citing it, naming the finding', () => {
    const parts: Parts = {
      accounts: [account(A, 2)],
      rules: [judged('s3.public', { [A]: 'complete' })],
      findings: [finding('f'.repeat(64), 's3.public', A, ['S3.8'])],
    };
    expect(result(parts, rules, A, 'S3.8')).toEqual({
      id: 'S3.8',
      status: 'fail',
      reason: '1 finding of s3.public',
      fingerprints: ['f'.repeat(64)],
    });
  });

  it('passes a control only where its rule read every scope completely, judged resources and found nothing', () => {
    const parts: Parts = {
      accounts: [account(A, 2)],
      rules: [judged('s3.public', { [A]: 'complete' })],
      findings: [],
    };
    expect(result(parts, rules, A, 'S3.8')).toEqual({
      id: 'S3.8',
      status: 'pass',
      reason: 'read completely, no finding',
      fingerprints: [],
    });
  });

  it('never passes a control whose scope was not read: it is not judged', () => {
    for (const status of ['failed', 'partial', 'not-scanned', 'excluded']) {
      const parts: Parts = {
        accounts: [account(A, 2)],
        rules: [judged('s3.public', { [A]: status })],
        findings: [],
      };
      const got = result(parts, rules, A, 'S3.8');
      expect(got.status).toBe('not-judged');
      expect(got.status).not.toBe('pass');
      expect(got.reason).toMatch(/^rule s3\.public: global /);
    }
  });

  it('fails rather than not-judged when a finding stands even though another scope was not read', () => {
    const parts: Parts = {
      accounts: [account(A, 2)],
      rules: [
        {
          ...judged('s3.public', { [A]: 'complete' }),
          scopes: [
            { account: A, region: 'global', status: 'complete' },
            { account: A, region: 'eu-west-1', status: 'failed' },
          ],
        },
      ],
      findings: [finding('a'.repeat(64), 's3.public', A, ['S3.8'])],
    };
    expect(result(parts, rules, A, 'S3.8').status).toBe('fail');
  });

  it('marks a control no rule cites as not judged, "no rule checks it"', () => {
    const parts: Parts = { accounts: [account(A, 2)], rules: [], findings: [] };
    expect(result(parts, rules, A, 'ACM.1')).toEqual({
      id: 'ACM.1',
      status: 'not-judged',
      reason: 'no rule checks it',
      fingerprints: [],
    });
  });

  it('does not judge a control whose citing rule is disabled (absent from the report) or failed', () => {
    const disabled: Parts = { accounts: [account(A, 2)], rules: [], findings: [] };
    expect(result(disabled, rules, A, 'S3.8')).toMatchObject({
      status: 'not-judged',
      reason: 'rule s3.public disabled',
    });
    const failed: Parts = {
      accounts: [account(A, 2)],
      rules: [{ ...judged('s3.public', {}), error: 'boom' }],
      findings: [],
    };
    expect(result(failed, rules, A, 'S3.8')).toMatchObject({
      status: 'not-judged',
      reason: 'rule s3.public failed',
    });
  });

  it('does not pass a control when one of two citing rules is disabled', () => {
    const two = [rule('s3.public', ['S3.8']), rule('s3.other', ['S3.8'])];
    const parts: Parts = {
      accounts: [account(A, 2)],
      rules: [judged('s3.public', { [A]: 'complete' })],
      findings: [],
    };
    expect(result(parts, two, A, 'S3.8')).toMatchObject({
      status: 'not-judged',
      reason: 'rule s3.other disabled',
    });
  });

  it('says not applicable only when the rule read the account completely and it had none of its resources', () => {
    const none: Parts = {
      accounts: [account(A, 0)],
      rules: [judged('s3.public', { [A]: 'complete' })],
      findings: [],
    };
    expect(result(none, rules, A, 'S3.8')).toMatchObject({
      status: 'not-applicable',
      reason: 'no s3:bucket in the account',
    });
    // Account-wide rules judge the account itself: never "not applicable".
    const accountRule = [rule('iam.root', ['S3.8'], [], { resourceType: 'aws:account' })];
    const wide: Parts = {
      accounts: [account(A, 0)],
      rules: [judged('iam.root', { [A]: 'complete' })],
      findings: [],
    };
    expect(result(wide, accountRule, A, 'S3.8').status).toBe('pass');
  });

  it('does not count suppressed findings as a fail, and says so', () => {
    const parts: Parts = {
      accounts: [account(A, 2)],
      rules: [judged('s3.public', { [A]: 'complete' })],
      findings: [finding('b'.repeat(64), 's3.public', A, ['S3.8'], true)],
    };
    expect(result(parts, rules, A, 'S3.8')).toMatchObject({
      status: 'pass',
      reason: 'read completely; 1 suppressed finding not counted',
    });
  });

  it("uses a finding's own narrowed citations: one that does not cite the control does not fail it", () => {
    const both = [rule('s3.public', ['S3.8', 'S3.1'])];
    const parts: Parts = {
      accounts: [account(A, 2)],
      rules: [judged('s3.public', { [A]: 'complete' })],
      findings: [finding('c'.repeat(64), 's3.public', A, ['S3.1'])],
    };
    expect(result(parts, both, A, 'S3.1').status).toBe('fail');
    expect(result(parts, both, A, 'S3.8').status).toBe('pass');
  });

  it('judges each account on its own findings and scopes', () => {
    const parts: Parts = {
      accounts: [account(A, 2), account(B, 2)],
      rules: [judged('s3.public', { [A]: 'complete', [B]: 'failed' })],
      findings: [finding('d'.repeat(64), 's3.public', A, ['S3.8'])],
    };
    expect(result(parts, rules, A, 'S3.8').status).toBe('fail');
    expect(result(parts, rules, B, 'S3.8').status).toBe('not-judged');
  });

  it('lists every control of the table with its citing rules and deviations, and counts each status', () => {
    const deviating = [
      rule('s3.public', ['S3.8'], ['3.1.4'], {
        deviations: { 'FSBP S3.8': 'judges buckets differently here' },
      }),
    ];
    const parts: Parts = {
      accounts: [account(A, 2)],
      rules: [judged('s3.public', { [A]: 'complete' })],
      findings: [],
    };
    const view = complianceOf(parts, deviating);
    expect(view.fsbp.controls).toHaveLength(Object.keys(STANDARDS.fsbp.controls).length);
    expect(view.cis.controls).toHaveLength(Object.keys(STANDARDS.cis.controls).length);
    expect(view.fsbp.controls.find((c) => c.id === 'S3.8')).toEqual({
      id: 'S3.8',
      title: STANDARDS.fsbp.controls['S3.8']?.title,
      ruleIds: ['s3.public'],
      deviations: [{ ruleId: 's3.public', note: 'judges buckets differently here' }],
    });
    const counts = view.fsbp.accounts[0]?.counts;
    expect(counts).toEqual({
      pass: 1,
      fail: 0,
      notApplicable: 0,
      notJudged: Object.keys(STANDARDS.fsbp.controls).length - 1,
      total: Object.keys(STANDARDS.fsbp.controls).length,
    });
    expect(view.cis.accounts[0]?.controls.find((c) => c.id === '3.1.4')?.status).toBe('pass');
  });

  it('is part of the report buildReport writes, from the real catalog', () => {
    const inventory = inventoryOf([bareBucket('open', 'us-east-1')]);
    const now = new Date('2026-11-25T12:00:00Z');
    const report = buildReport(
      inventory,
      runRules(inventory, DEFAULT_CONFIG, catalog, now),
      DEFAULT_CONFIG,
      now,
    );
    const fsbp = report.compliance?.fsbp.accounts.find((a) => a.account === A);
    expect(fsbp).toBeDefined();
    const failing = fsbp?.controls.filter((c) => c.status === 'fail') ?? [];
    expect(failing.length).toBeGreaterThan(0);
    const fingerprints = new Set(report.findings.map((f) => f.fingerprint));
    for (const control of failing) expect(control.fingerprints.every((f) => fingerprints.has(f))).toBe(true);
    // IAM was not scanned: nothing IAM is a pass.
    const iam = fsbp?.controls.filter((c) => c.id.startsWith('IAM.')) ?? [];
    expect(iam.length).toBeGreaterThan(0);
    expect(iam.every((c) => c.status === 'not-judged')).toBe(true);
  });
});
