import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import { buildReport } from '../../src/findings/report.js';
import { auditSummaryMarkdown, auditSummaryText } from '../../src/render/audit-summary.js';
import { catalog } from '../../src/rules/catalog/index.js';
import { runRules } from '../../src/rules/engine.js';
import { inventoryOf, resource } from '../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const HOSTILE =
  'evil | </b><script>alert(1)</script>\n| injected | row | @here [x](https://evil.example) \u001b[31m';

function volume(id: string, name: string) {
  return resource(
    'ec2:volume',
    id,
    {
      sizeGiB: 10,
      volumeType: 'gp2',
      iops: 100,
      throughput: null,
      encrypted: true,
      kmsKeyId: null,
      availabilityZone: 'us-east-1a',
      snapshotId: null,
      attachments: [],
    },
    { state: 'available', name },
  );
}

function report(names: string[]) {
  const inventory = inventoryOf(names.map((name, i) => volume(`vol-${i}`, name)));
  return buildReport(inventory, runRules(inventory, DEFAULT_CONFIG, catalog, NOW), DEFAULT_CONFIG, NOW);
}

describe('audit summaries', () => {
  it('group findings by rule, with counts and the total cost', () => {
    const text = auditSummaryText(report(['a', 'b', 'c']));
    expect(text).toMatch(/^3 finding\(s\): 3 medium; estimated savings \$3\.00 a month/);
    expect(text).toMatch(
      /medium\s+ec2\.volume-unattached\s+EBS volume is not attached to any instance: 3 \(a, b, c\)\s+\[\$3\.00\/month\]/,
    );
  });

  it('keep hostile resource names inert in Markdown: no markup, no extra rows, no mentions or links', () => {
    const markdown = auditSummaryMarkdown(report([HOSTILE]));
    const tableRows = markdown.split('\n').filter((line) => line.startsWith('|'));
    // The severity table (3 rows) and the findings table (header, separator, one rule).
    expect(tableRows).toHaveLength(6);
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toContain('</b><');
    expect(markdown).not.toMatch(/@here/);
    expect(markdown).not.toContain('](https://');
    expect(markdown).toContain('&lt;script&gt;');
  });

  it('strip control characters from terminal output', () => {
    const text = auditSummaryText(report([HOSTILE]));
    expect(text).not.toContain('\u001b');
    expect(text.split('\n')).toHaveLength(2);
  });
});
