import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import { complianceMarkdown } from '../../../src/render/compliance.js';
import { loadTemplates, renderSummary } from '../../../src/render/report-views.js';
import { capAccountView, longestOf, wholeAccountView } from '../../../src/render/view-model.js';
import { buildReport, type AuditReport } from '../../../src/report/report.js';
import { catalog } from '../../../src/rules/catalog/index.js';
import { runRules } from '../../../src/rules/engine.js';
import { ACCOUNT, bareBucket, inventoryOf } from '../../support/inventory-builder.js';
import { githubLinks, HOSTILE, lineStartMarker, rawMarkup } from '../../support/markup.js';
import { LINKS } from './report-fixtures.js';

const templates = await loadTemplates();
const NOW = new Date('2026-11-25T12:00:00Z');
const inventory = inventoryOf([bareBucket('open', 'us-east-1')]);
const report = buildReport(inventory, runRules(inventory, DEFAULT_CONFIG, catalog, NOW), DEFAULT_CONFIG, NOW);

/** The report with every control title and id, reason, fingerprint and the alias set to `value`. */
function hostile(value: string): AuditReport {
  const copy = structuredClone(report);
  const section = copy.compliance;
  if (!section) throw new Error('fixture');
  for (const standard of [section.fsbp, section.cis]) {
    const renamed = new Map(standard.controls.map((c, i) => [c.id, `${value}${i}`]));
    for (const control of standard.controls) {
      control.title = value;
      control.id = renamed.get(control.id) ?? control.id;
      control.ruleIds = control.ruleIds.map(() => value);
      control.deviations = control.deviations.map(() => ({ ruleId: value, note: value }));
    }
    for (const account of standard.accounts) {
      for (const result of account.controls) {
        result.id = renamed.get(result.id) ?? result.id;
        result.reason = value;
        result.fingerprints = result.fingerprints.map(() => value);
      }
    }
  }
  for (const account of copy.accounts) account.alias = value;
  return copy;
}

function views(r: AuditReport): Record<string, string> {
  if (!r.compliance) throw new Error('fixture');
  return {
    summary: renderSummary(r, templates, LINKS),
    fsbp: complianceMarkdown(r.compliance.fsbp, r, { prefix: 'FSBP' }),
    cis: complianceMarkdown(r.compliance.cis, r, { prefix: 'CIS' }),
  };
}

describe('the compliance section of the job summary', () => {
  it('shows per account the counts of each standard and the failing controls, with their findings', () => {
    const summary = renderSummary(report, templates, LINKS);
    const fsbp = report.compliance?.fsbp.accounts[0]?.counts;
    expect(summary).toContain('<details><summary>Compliance: FSBP ');
    expect(summary).toContain(
      `**FSBP v1&#46;0.0**: ${fsbp?.pass} pass, ${fsbp?.fail} fail, ${fsbp?.notApplicable} not applicable, ${fsbp?.notJudged} not judged; ${fsbp?.total} controls.`,
    );
    expect(summary).toMatch(/^- <code>S3\.5<\/code> .+: 1 finding$/m);
  });

  it('is left out for a report with no compliance view (upgraded from version 4)', () => {
    const summary = renderSummary({ ...report, compliance: null }, templates, LINKS);
    expect(summary).not.toContain('Compliance');
  });

  it('caps the failing controls with the other lists, and counts them when fitting', () => {
    const whole = wholeAccountView(report, ACCOUNT);
    const failing = whole.compliance.standards.map((s) => s.failing.total);
    expect(Math.max(...failing)).toBeGreaterThan(1);
    expect(longestOf(whole)).toBeGreaterThanOrEqual(Math.max(...failing));
    const capped = capAccountView(whole, 1);
    for (const standard of capped.compliance.standards) {
      expect(standard.failing.items.length).toBeLessThanOrEqual(1);
      expect(standard.failing.omitted).toBe(Math.max(0, standard.failing.total - 1));
    }
  });

  describe.each(['summary', 'fsbp', 'cis'])('the %s', (view) => {
    const benign = (views(hostile('x'))[view] ?? '').split('\n');
    it.each(HOSTILE)('adds no line, markup, mention, reference or link: %p', (value) => {
      const lines = (views(hostile(value))[view] ?? '').split('\n');
      expect(lines).toHaveLength(benign.length);
      lines.forEach((line, i) => {
        const want = benign[i] ?? '';
        expect([i, rawMarkup(line)]).toEqual([i, rawMarkup(want)]);
        expect([i, lineStartMarker(line)]).toEqual([i, lineStartMarker(want)]);
        expect([i, githubLinks(line)]).toEqual([i, githubLinks(want)]);
      });
    });
  });
});
