import { describe, expect, it } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderOrganizationIssue } from '../../../src/render/organization-issue.js';
import { GITHUB_BODY } from '../../../src/render/limits.js';
import { loadTemplates } from '../../../src/render/report-views.js';
import type { AuditReport } from '../../../src/report/report.js';
import { ACCOUNT } from '../../support/inventory-builder.js';
import { githubLinks, HOSTILE, lineStartMarker, rawMarkup } from '../../support/markup.js';
import { DENIED, LINKS, secondRun, type ReportOptions, type Spec } from './report-fixtures.js';

const templates = await loadTemplates();

/** Account ids after ACCOUNT, each scanned in full like it (a copy of its coverage). */
const idOf = (i: number) => String(200000000000 + i);

/** `specs` across ACCOUNT and `extra` more accounts; each extra one read in full, named `alias`. */
function orgReport(
  before: Spec[],
  after: Spec[],
  extra: number,
  options: ReportOptions & { alias?: string } = {},
): AuditReport {
  const others = Array.from({ length: extra }, (_, i) => idOf(i + 1));
  const report = secondRun(before, after, { ...options, others });
  const [first] = report.accounts;
  if (!first) throw new Error('the fixture has an account');
  const coverage = first.coverage.map((c) => ({ ...c, status: 'complete' as const }));
  for (const id of others) report.accounts.push({ ...first, id, coverage, alias: options.alias ?? 'team' });
  return report;
}

const sections = (body: string) => [...body.matchAll(/^<details><summary>(\d{12})/gm)].map((m) => m[1]);

describe('the organization dashboard issue', () => {
  // ACCOUNT: one unknown finding (eu-west-1 not read); account 1: two open; account 2: one open and
  // one resolved; account 3: nothing.
  const report = orgReport(
    [
      { key: 'dark', region: 'eu-west-1', severity: 'high' },
      { key: 'gone', account: idOf(2) },
    ],
    [
      { key: 'a1', account: idOf(1), severity: 'critical', monthlyUsd: 10 },
      { key: 'a2', account: idOf(1) },
      { key: 'b1', account: idOf(2), severity: 'low' },
    ],
    3,
    { failed: [{ service: 'ec2', region: 'eu-west-1' }], errors: [DENIED] },
  );
  const issue = renderOrganizationIssue(report, templates, LINKS);

  it('has a section per account: the unread or unknown first, then by open findings', () => {
    expect(sections(issue.body)).toEqual([ACCOUNT, idOf(1), idOf(2), idOf(3)]);
    expect(issue.title).toBe('AWS audit: organization (4 accounts)');
  });

  it('says the totals in the header: accounts, open by severity, troubled accounts, new and resolved', () => {
    // | Accounts | not read or unknown | critical | high | medium | low | info | new | resolved | unknown | savings |
    expect(issue.body).toContain('| 4 | 1 | 1 | 0 | 1 | 1 | 0 | 3 | 1 | 1 | &#36;10.00 |');
    expect(issue.body).toContain(`<details><summary>${idOf(1)} (team): 2 open findings</summary>`);
    expect(issue.body).toMatch(
      new RegExp(`<summary>${ACCOUNT} \\(prod\\): 0 open findings, 1 unknown, not read`),
    );
  });

  it('shows in each section what the per-account issue shows', () => {
    const section = issue.body.slice(issue.body.indexOf(`<summary>${idOf(2)}`));
    const own = section.slice(0, section.indexOf('</details>'));
    expect(own).toContain('**Resolved since the last run (1)**');
    expect(own).toContain('vol-gone');
    expect(own).toContain('vol-b1');
    expect(own).not.toContain('vol-a1');
  });

  it('is open while any account has open or unknown findings, closed otherwise', () => {
    expect(issue.open).toBe(true);
    const onlyUnknown = orgReport([{ key: 'dark', region: 'eu-west-1' }], [], 1, {
      failed: [{ service: 'ec2', region: 'eu-west-1' }],
    });
    expect(renderOrganizationIssue(onlyUnknown, templates, LINKS).open).toBe(true);
    const clean = orgReport([{ key: 'gone', account: idOf(1) }], [], 2);
    const closed = renderOrganizationIssue(clean, templates, LINKS);
    expect(closed.open).toBe(false);
    expect(sections(closed.body)).toHaveLength(3);
  });

  it('keeps 300 accounts with findings under the body limit, the troubled ones shown first', () => {
    const specs: Spec[] = Array.from({ length: 300 }, (_, i) => [
      { key: `x${i}`, account: idOf(i + 1), name: `volume-${i}`, monthlyUsd: 1 },
      { key: `y${i}`, account: idOf(i + 1), severity: 'high' as const },
    ]).flat();
    const big = orgReport([{ key: 'dark', region: 'eu-west-1' }], specs, 300, {
      failed: [{ service: 'ec2', region: 'eu-west-1' }],
    });
    const rendered = renderOrganizationIssue(big, templates, LINKS);
    expect(rendered.body.length).toBeLessThanOrEqual(GITHUB_BODY.budget);
    expect(rendered.title).toBe('AWS audit: organization (301 accounts)');
    const shown = sections(rendered.body);
    expect(shown[0]).toBe(ACCOUNT);
    expect(shown.length).toBeGreaterThan(50);
    expect(rendered.body).toContain(`${301 - shown.length} more accounts did not fit in this issue`);
    expect(rendered.body).toContain('| 301 | 1 | 0 | 300 | 300 |');
    expect(rendered.body).not.toMatch(/cut to fit/);
  });

  it('renders through an organization-issue.md.hbs in templates-dir', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'templates-'));
    await writeFile(
      join(dir, 'organization-issue.md.hbs'),
      '{{totals.accounts}}:{{#each accounts.items}} {{id}}{{/each}}',
    );
    const custom = await loadTemplates(dir);
    expect(custom.organizationIssue.file).toBe(join(dir, 'organization-issue.md.hbs'));
    expect(renderOrganizationIssue(report, custom, LINKS).body).toBe(
      `4: ${ACCOUNT} ${idOf(1)} ${idOf(2)} ${idOf(3)}`,
    );
  });
});

describe('hostile values in the organization dashboard issue', () => {
  /** Every value from AWS is `value`: the account name, resource names, tags, messages. */
  const hostile = (value: string) => {
    const spec = (key: string, account = ACCOUNT): Spec => ({
      key,
      account,
      name: value,
      message: value,
      tags: { [value]: value },
      cleanup: 'delete-volume',
      monthlyUsd: 3,
    });
    return orgReport([spec('gone'), spec('old', idOf(1))], [spec('fresh'), spec('new', idOf(1))], 1, {
      alias: value,
      errors: [{ ...DENIED, missingPermission: value, message: value }],
    });
  };
  const benign = renderOrganizationIssue(hostile('x'), templates, LINKS).body.split('\n');

  it.each(HOSTILE)('adds no line, markup, mention, reference or link: %p', (value) => {
    const { body, title } = renderOrganizationIssue(hostile(value), templates, LINKS);
    const lines = body.split('\n');
    expect(lines).toHaveLength(benign.length);
    lines.forEach((line, i) => {
      const want = benign[i] ?? '';
      expect([i, rawMarkup(line)]).toEqual([i, rawMarkup(want)]);
      expect([i, lineStartMarker(line)]).toEqual([i, lineStartMarker(want)]);
      expect([i, githubLinks(line)]).toEqual([i, githubLinks(want)]);
    });
    expect(title).not.toMatch(/[\r\n]/);
  });
});
