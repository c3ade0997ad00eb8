import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import { applyBaseline } from '../../src/diff/diff.js';
import type { Inventory } from '../../src/inventory/document.js';
import { mergeParts, type ReportPart } from '../../src/report/merge.js';
import { planGroups } from '../../src/report/plan.js';
import { buildReport, NO_BASELINE, type AuditReport, type RunInfo } from '../../src/report/report.js';
import { catalog } from '../../src/rules/catalog/index.js';
import { runRules } from '../../src/rules/engine.js';
import { UsageError } from '../../src/usage-error.js';
import { inventoryOf, resource } from '../support/inventory-builder.js';

const [A, B, C] = ['111122223333', '444455556666', '777788889999'] as const;
const RULES = catalog.filter((rule) => rule.metadata.id === 'ec2.volume-unattached');
const RUN: RunInfo = {
  repository: 'o/r',
  workflow: null,
  runId: '9',
  runAttempt: '1',
  sha: null,
  ref: null,
  event: 'schedule',
  actor: null,
  serverUrl: null,
};

const volume = (account: string, id: string) =>
  resource(
    'ec2:volume',
    id,
    {
      sizeGiB: 100,
      volumeType: 'gp3',
      iops: 3000,
      throughput: 125,
      encrypted: true,
      kmsKeyId: null,
      availabilityZone: 'us-east-1a',
      snapshotId: null,
      attachments: [],
    },
    { account, state: 'available', createdAt: '2026-01-01T00:00:00.000Z' },
  );

/** The report a scan job writes for its accounts: each with the volumes named (unattached: one finding each). */
function partOf(volumes: Record<string, string[]>, errors: Inventory['errors'] = []): ReportPart {
  const accounts = Object.keys(volumes);
  const inventory = inventoryOf(
    accounts.flatMap((account) => (volumes[account] ?? []).map((id) => volume(account, id))),
    {
      emptyScopes: accounts.map((account) => ({ type: 'ec2:volume' as const, region: 'us-east-1', account })),
    },
  );
  const part: Inventory = {
    ...inventory,
    accounts: inventory.accounts.filter((a) => accounts.includes(a.id)),
    errors,
  };
  const now = new Date('2026-12-01T00:00:00Z');
  const report = buildReport(part, runRules(part, DEFAULT_CONFIG, RULES, now), DEFAULT_CONFIG, now);
  return { source: `part ${accounts.join('+')}`, report };
}

const merge = (parts: ReportPart[], plan?: ReturnType<typeof planGroups>) =>
  mergeParts(parts, { plan, run: RUN, now: new Date('2026-12-02T00:00:00Z') });

const byAccount = (report: AuditReport) =>
  Object.fromEntries(
    ['findings', 'unknownFindings', 'resolvedFindings'].map((key) => [
      key,
      (report[key as 'findings'] as AuditReport['findings'])
        .map((f) => `${f.account} ${f.resource.id}`)
        .sort(),
    ]),
  );

describe('mergeParts', () => {
  it('puts the parts side by side: accounts, judgements per scope, findings, totals, compliance', () => {
    const { report, missing } = merge([partOf({ [A]: ['vol-a'] }), partOf({ [B]: ['vol-b1', 'vol-b2'] })]);
    expect(missing).toEqual([]);
    expect(report.accounts.map((a) => a.id)).toEqual([A, B]);
    expect(report.findings.map((f) => `${f.account} ${f.resource.id} ${f.history.state}`).sort()).toEqual([
      `${A} vol-a new`,
      `${B} vol-b1 new`,
      `${B} vol-b2 new`,
    ]);
    expect(report.summary.total).toBe(3);
    const judgement = report.rules.find((r) => r.id === 'ec2.volume-unattached');
    expect(
      judgement?.scopes
        .filter((s) => s.region === 'us-east-1')
        .map((s) => s.account)
        .sort(),
    ).toEqual([A, B]);
    expect(report.compliance?.fsbp.accounts.map((a) => a.account)).toEqual([A, B]);
    expect(report.run).toEqual(RUN);
    expect(report.history).toHaveLength(1);
  });

  it('records every planned account in no part as not read, so the diff keeps its findings unknown', () => {
    const plan = planGroups([A, B, C], new Map(), 3);
    const previous = merge(
      [partOf({ [A]: ['vol-a', 'vol-gone'] }), partOf({ [B]: ['vol-b'] }), partOf({ [C]: ['vol-c'] })],
      plan,
    ).report;
    const groupOfB = plan.include.find((g) => g.accounts === B)?.group;

    const { report, missing } = merge([partOf({ [A]: ['vol-a'] }), partOf({ [C]: ['vol-c'] })], plan);
    expect(missing).toEqual([{ group: groupOfB, accounts: [B], wholeGroup: true }]);
    expect(report.scanErrors).toEqual([
      expect.objectContaining({ account: B, code: 'PartMissing', operation: 'MergeParts' }),
    ]);
    expect(report.warnings.join('\n')).toContain(`Group ${groupOfB ?? ''} of the plan has no part`);

    const diffed = applyBaseline(report, previous, { ...NO_BASELINE, source: 'file', location: 'prev' });
    expect(byAccount(diffed)).toEqual({
      findings: [`${A} vol-a`, `${C} vol-c`],
      unknownFindings: [`${B} vol-b`],
      resolvedFindings: [`${A} vol-gone`],
    });
    expect(diffed.unknownFindings[0]?.history.unknownBecause).toBe('not-scanned');
  });

  it('does not call an account missing whose part says it could not be entered', () => {
    const plan = planGroups([A, B], new Map(), 1);
    const refused = {
      account: B,
      service: 'sts',
      region: 'us-east-1',
      operation: 'GetCallerIdentity',
      code: 'AccessDenied',
      message: 'could not get into the account, it was not scanned',
      resourceId: null,
      missingPermission: null,
    };
    const { report, missing } = merge([partOf({ [A]: ['vol-a'] }, [refused])], plan);
    expect(missing).toEqual([]);
    expect(report.scanErrors).toEqual([refused]);
    expect(report.accounts.map((a) => a.id)).toEqual([A]);
  });

  it('refuses an account in two parts: its findings would count twice', () => {
    expect(() => merge([partOf({ [A]: ['vol-a'] }), partOf({ [A]: ['vol-a'] })])).toThrow(UsageError);
  });

  it('names accounts the plan does not list', () => {
    const plan = planGroups([A], new Map(), 1);
    const { report } = merge([partOf({ [A]: [] }), partOf({ [B]: ['vol-b'] })], plan);
    expect(report.warnings).toContain(`Parts hold account(s) the plan does not list: ${B}`);
  });
});
