import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import { writeReport } from '../../src/report/io.js';
import { buildReport, type AuditReport } from '../../src/report/report.js';
import { catalog } from '../../src/rules/catalog/index.js';
import { STANDARDS } from '../../src/rules/compliance.js';
import { runRules } from '../../src/rules/engine.js';
import { ACCOUNT, bareBucket, inventoryOf } from '../support/inventory-builder.js';
import { githubLinks } from '../support/markup.js';

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (text) => void out.push(text), err: (text) => void err.push(text) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const NOW = new Date('2026-11-25T12:00:00Z');

describe('aws-audit compliance', () => {
  let dir: string;
  let path: string;
  let report: AuditReport;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aws-audit-compliance-'));
    path = join(dir, 'report.json');
    const inventory = inventoryOf([bareBucket('open', 'us-east-1')]);
    report = buildReport(inventory, runRules(inventory, DEFAULT_CONFIG, catalog, NOW), DEFAULT_CONFIG, NOW);
    await writeReport(path, report);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each(['fsbp', 'cis'] as const)(
    'prints the %s view: per account a counts line, then a row per control',
    async (standard) => {
      const { code, stdout, stderr } = await run(['compliance', '--report', path, '--standard', standard]);
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      const total = Object.keys(STANDARDS[standard].controls).length;
      expect(stdout).toContain(`### Account ${ACCOUNT}`);
      expect(stdout).toMatch(
        new RegExp(`^\\d+ pass, \\d+ fail, \\d+ not applicable, \\d+ not judged; ${total} controls$`, 'm'),
      );
      const rows = stdout.split('\n').filter((line) => line.startsWith('| <code>'));
      expect(rows).toHaveLength(total);
      // Fails first; nothing reads as a pass without being one.
      expect(rows[0]).toContain('| fail |');
      expect(stdout).toContain('no rule checks it');
      const view = report.compliance?.[standard].accounts[0];
      const passes = rows.filter((r) => r.includes('| pass |')).length;
      expect(passes).toBe(view?.counts.pass);
    },
  );

  it('shows only the statuses asked for, and the findings behind each fail', async () => {
    const { code, stdout } = await run([
      'compliance',
      '--report',
      path,
      '--standard',
      'fsbp',
      '--status',
      'fail',
    ]);
    expect(code).toBe(0);
    const rows = stdout.split('\n').filter((line) => line.startsWith('| <code>'));
    expect(rows.length).toBe(report.compliance?.fsbp.accounts[0]?.counts.fail);
    expect(rows.every((r) => r.includes('| fail |'))).toBe(true);
    const fingerprint = report.compliance?.fsbp.accounts[0]?.controls.find((c) => c.status === 'fail')
      ?.fingerprints[0];
    expect(stdout).toContain(`<code>${fingerprint?.slice(0, 8)}</code>`);
  });

  it('prints JSON with titles, rules, deviations and every fingerprint', async () => {
    const { code, stdout } = await run([
      'compliance',
      '--report',
      path,
      '--standard',
      'cis',
      '--format',
      'json',
      '--status',
      'fail,not-judged',
    ]);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as {
      standard: string;
      computedFromFindings: boolean;
      accounts: { account: string; controls: { status: string; title: string; fingerprints: string[] }[] }[];
    };
    expect(parsed.standard).toBe('cis');
    expect(parsed.computedFromFindings).toBe(false);
    const controls = parsed.accounts[0]?.controls ?? [];
    expect(controls.length).toBeGreaterThan(0);
    expect(controls.every((c) => c.status === 'fail' || c.status === 'not-judged')).toBe(true);
    expect(controls.every((c) => c.title.length > 0)).toBe(true);
  });

  it.each([
    [['compliance', '--report', 'missing.json'], /compliance needs --standard \(one of fsbp, cis\)/],
    [
      ['compliance', '--report', 'missing.json', '--standard', 'nist'],
      /the NIST SP 800-53 control table is not in this version/,
    ],
    [
      ['compliance', '--report', 'missing.json', '--standard', 'PCI'],
      /the PCI DSS control table is not in this version/,
    ],
    [
      ['compliance', '--report', 'missing.json', '--standard', 'iso'],
      /--standard iso is not a standard of this version; the standards are fsbp, cis/,
    ],
    [
      ['compliance', '--report', 'missing.json', '--standard', 'fsbp', '--format', 'html'],
      /--format html is not a format/,
    ],
    [
      ['compliance', '--report', 'missing.json', '--standard', 'fsbp', '--status', 'passed'],
      /--status passed: unknown passed; the statuses are pass, fail, not-applicable, not-judged/,
    ],
    [['compliance', '--standard', 'fsbp'], /compliance needs --report FILE/],
  ])('refuses %j before reading any report (exit 2)', async (argv, message) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).not.toContain('not a readable');
  });

  it('exits 2 on a report that is missing or not a report', async () => {
    const missing = await run(['compliance', '--report', join(dir, 'nope.json'), '--standard', 'fsbp']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('is not a readable aws-audit report');
    const inventoryPath = join(dir, 'inventory.json');
    await writeFile(inventoryPath, JSON.stringify(inventoryOf([])));
    const inventory = await run(['compliance', '--report', inventoryPath, '--standard', 'cis']);
    expect(inventory.code).toBe(2);
  });

  it('computes the view of a version 4 report from its findings and scopes, and says so', async () => {
    const { compliance: _compliance, ...rest } = JSON.parse(await readFile(path, 'utf8')) as AuditReport;
    const old = join(dir, 'v4.json');
    await writeFile(old, JSON.stringify({ ...rest, schemaVersion: 4 }));
    const { code, stdout } = await run(['compliance', '--report', old, '--standard', 'fsbp']);
    expect(code).toBe(0);
    expect(stdout).toContain('carries no compliance view: computed now from its findings and rule scopes');
    const now = await run(['compliance', '--report', path, '--standard', 'fsbp']);
    const rows = (text: string) => text.split('\n').filter((l) => l.startsWith('| <code>'));
    expect(rows(stdout)).toEqual(rows(now.stdout));
  });

  it('escapes a hostile account alias and control title', async () => {
    const hostile = structuredClone(report);
    const value = '<img src=x onerror=alert(1)> | @octocat #1 **b** https://evil.example';
    const account = hostile.accounts[0];
    const control = hostile.compliance?.fsbp.controls[0];
    if (!account || !control) throw new Error('fixture');
    account.alias = value;
    control.title = value;
    const hostilePath = join(dir, 'hostile.json');
    await writeReport(hostilePath, hostile);
    const { code, stdout } = await run(['compliance', '--report', hostilePath, '--standard', 'fsbp']);
    expect(code).toBe(0);
    expect(stdout).not.toContain('<img');
    expect(stdout).not.toContain('**b**');
    expect(githubLinks(stdout)).toEqual([]);
    const row = stdout.split('\n').find((l) => l.startsWith(`| <code>${control.id}</code>`)) ?? '';
    // Still six cells: the title's `|` does not split the row.
    expect(row.replace(/&#\d+;/g, '').split('|')).toHaveLength(8);
  });
});
