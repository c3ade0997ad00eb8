import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import { applyBaseline } from '../../../src/diff/diff.js';
import type { Finding, Severity } from '../../../src/findings/finding.js';
import type { Inventory, ScanError } from '../../../src/inventory/document.js';
import { buildReport, NO_BASELINE, type AuditReport } from '../../../src/report/report.js';
import type { RuleJudgement } from '../../../src/rules/engine.js';
import { ACCOUNT, inventoryOf } from '../../support/inventory-builder.js';

/** Reports for the view tests: findings by hand, rules judging us-east-1 and eu-west-1. */
export const DAY1 = '2026-12-01T05:00:00.000Z';
export const DAY2 = '2026-12-02T05:00:00.000Z';
export const LINKS = {
  run: 'https://github.com/o/r/actions/runs/42',
  artifact: 'https://github.com/o/r/actions/runs/42/artifacts/7',
  issue: 'https://github.com/o/r/issues/3',
};

export interface Spec {
  key: string;
  rule?: string;
  region?: string;
  severity?: Severity;
  name?: string;
  tags?: Record<string, string>;
  message?: string;
  cleanup?: string | null;
  monthlyUsd?: number;
  account?: string;
}

const hex = (key: string) => Buffer.from(key).toString('hex').padEnd(24, '0').slice(0, 24);

export function finding(spec: Spec): Finding {
  const region = spec.region ?? 'us-east-1';
  const account = spec.account ?? ACCOUNT;
  return {
    fingerprint: hex(spec.key),
    ruleId: spec.rule ?? 'ec2.unused-volume',
    title: 'Unattached EBS volume',
    severity: spec.severity ?? 'medium',
    category: 'cost',
    account,
    region,
    resource: {
      arn: `arn:aws:ec2:${region}:${account}:volume/vol-${spec.key}`,
      id: `vol-${spec.key}`,
      name: spec.name ?? null,
      type: 'ec2:volume',
      tags: spec.tags ?? {},
    },
    subKey: null,
    message: spec.message ?? `Volume vol-${spec.key} is not attached`,
    evidence: {},
    remediation: { text: 'Delete it.', cli: null, console: null },
    references: { fsbp: [], cis: [], docs: [] },
    cost:
      spec.monthlyUsd === undefined
        ? null
        : { monthlyUsd: spec.monthlyUsd, basis: 'test', prices: [], avoidable: true },
    cleanupAction: spec.cleanup ?? null,
    suppressed: null,
  };
}

type Status = 'complete' | 'failed' | 'partial';

/** Every rule judged in both regions of ACCOUNT (whose `status` says), and of `others` in full. */
export function judged(status: Record<string, Status> = {}, others: string[] = []): RuleJudgement[] {
  return ['ec2.unused-volume', 's3.public-bucket'].map((id) => ({
    id,
    aliases: [],
    fingerprintId: id,
    error: null,
    scopes: [ACCOUNT, ...others].flatMap((account) =>
      ['eu-west-1', 'us-east-1'].map((region) => ({
        account,
        region,
        status: (account === ACCOUNT && status[`${id.split('.')[0]}|${region}`]) || 'complete',
      })),
    ),
  }));
}

export function inventory(
  failed: { service: string; region: string }[] = [],
  errors: ScanError[] = [],
): Inventory {
  const inv = inventoryOf([], { regions: ['eu-west-1', 'us-east-1'] });
  const account = inv.accounts[0];
  if (account) {
    account.alias = 'prod';
    for (const region of ['eu-west-1', 'us-east-1']) {
      for (const [service, type] of [
        ['ec2', 'ec2:volume'],
        ['s3', 's3:bucket'],
      ] as const) {
        const bad = failed.some((f) => f.service === service && f.region === region);
        account.coverage.push({
          service,
          resourceType: type,
          region,
          status: bad ? 'failed' : 'complete',
          resourceCount: 0,
        });
      }
    }
  }
  return { ...inv, errors };
}

export interface ReportOptions {
  failed?: { service: string; region: string }[];
  errors?: ScanError[];
  /** More accounts judged in full (ACCOUNT's `failed` scopes are its own). */
  others?: string[];
}

export function reportOf(at: string, specs: Spec[], options: ReportOptions = {}): AuditReport {
  const failed = options.failed ?? [];
  const status = Object.fromEntries(failed.map((f) => [`${f.service}|${f.region}`, 'failed' as const]));
  const findings = specs.map(finding);
  // What run-audit computes from the inventory's resources: each proposed action, bound to a state.
  const candidates = findings
    .filter((f) => f.cleanupAction !== null)
    .map((f) => ({
      id: f.fingerprint.slice(0, 8),
      fingerprint: f.fingerprint,
      action: f.cleanupAction ?? '',
      account: f.account,
      region: f.region,
      resourceId: f.resource.id,
      arn: f.resource.arn,
      state: { state: 'available' },
      monthlyUsd: f.cost?.monthlyUsd ?? null,
    }));
  return buildReport(
    inventory(failed, options.errors),
    { findings, rules: judged(status, options.others), warnings: [] },
    DEFAULT_CONFIG,
    new Date(at),
    {
      repository: 'o/r',
      workflow: 'audit',
      runId: '42',
      runAttempt: '1',
      sha: null,
      ref: null,
      event: null,
      actor: null,
      serverUrl: 'https://github.com',
    },
    candidates,
  );
}

export const firstRun = (specs: Spec[], options: ReportOptions = {}) =>
  applyBaseline(reportOf(DAY1, specs, { others: options.others }), undefined, NO_BASELINE);

export function secondRun(before: Spec[], after: Spec[], options: ReportOptions = {}): AuditReport {
  const previous = firstRun(before, options);
  return applyBaseline(reportOf(DAY2, after, options), previous, {
    source: 'artifact',
    location: 'report.json of run 41',
    generatedAt: previous.generatedAt,
    note: null,
  });
}

export const DENIED: ScanError = {
  account: ACCOUNT,
  service: 'ec2',
  region: 'eu-west-1',
  operation: 'DescribeVolumes',
  code: 'AccessDenied',
  message: 'User is not authorized to perform ec2:DescribeVolumes',
  resourceId: null,
  missingPermission: 'ec2:DescribeVolumes',
};
