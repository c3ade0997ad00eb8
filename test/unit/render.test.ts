import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import { buildReport } from '../../src/report/report.js';
import { auditSummaryMarkdown, auditSummaryText } from '../../src/render/audit-summary.js';
import { escapeMarkdown } from '../../src/render/escape.js';
import { scanSummaryMarkdown } from '../../src/render/scan-summary.js';
import { catalog } from '../../src/rules/catalog/index.js';
import { runRules } from '../../src/rules/engine.js';
import { inventoryOf, resource } from '../support/inventory-builder.js';
import { githubLinks, oneLine, rawMarkup, visible } from '../support/markup.js';

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
    expect(markdown).toContain('&#60;script&#62;');
    expect(markdown).not.toMatch(/&(?!#\d+;)/);
  });

  it('strip control characters from terminal output', () => {
    const text = auditSummaryText(report([HOSTILE]));
    expect(text).not.toContain('\u001b');
    expect(text.split('\n')).toHaveLength(2);
  });
});

const HOSTILE_NAMES = [
  'O\'Brien\'s "bucket"',
  'it&#39;s &amp; &lt;b&gt; &#x27;',
  '<img src=x onerror=alert(1)>',
  '</details></td></tr><script>x</script>',
  '[click](https://evil.example/a?b=c) ![img](http://evil.example/p.png)',
  '<https://evil.example>',
  '`code` ```fence``` ~~~',
  '**bold** _em_ ~~strike~~ # heading',
  '@octocat @org/team',
  'www.evil.example and http://evil.example',
  'a | b \\| c \\',
  '$\\frac{1}{2}$ $$x$$',
  '- [ ] task\n> quote\n| x | y |',
];

describe('escapeMarkdown', () => {
  it.each(HOSTILE_NAMES)('shows %p as itself, with no markup, entity or link left', (name) => {
    const escaped = escapeMarkdown(name);
    expect(visible(escaped)).toBe(oneLine(name));
    expect(rawMarkup(escaped)).toBe('');
    expect(escaped).not.toContain('\n');
    expect(githubLinks(escaped)).toEqual([]);
  });

  it('shows an HTML entity in a name as written (its & is a reference too): an apostrophe stays one', () => {
    expect(escapeMarkdown("it's")).toBe('it&#39;s');
    expect(visible(escapeMarkdown('Tom &amp; "Jerry"'))).toBe('Tom &amp; "Jerry"');
    expect(escapeMarkdown('a<b>c')).toBe('a&#60;b&#62;c');
  });
});

describe('job summary Markdown with hostile names, tags and error messages', () => {
  /** Cells of a table row, counting only pipes that are not backslash-escaped. */
  const cells = (row: string) => {
    let count = 0;
    for (let i = 0; i < row.length; i += 1) {
      if (row[i] === '\\') i += 1;
      else if (row[i] === '|') count += 1;
    }
    return count - 1;
  };

  it('keeps every table row whole and every value inert in the audit summary', () => {
    const markdown = auditSummaryMarkdown(report(HOSTILE_NAMES));
    const rows = markdown.split('\n').filter((line) => line.startsWith('|'));
    expect(rows.slice(3).map(cells)).toEqual(rows.slice(3).map(() => 4));
    expect(markdown).not.toMatch(/&(?!#\d+;)/);
    expect(markdown).not.toMatch(/<(?!\/?(details|summary|ul|li|b|code)>)[a-z/!]/i);
    expect(markdown).not.toContain('](');
    for (const name of HOSTILE_NAMES) expect(visible(markdown)).toContain(oneLine(name));
  });

  it('keeps the scan summary error table whole and its messages inert', () => {
    const inventory = inventoryOf([]);
    inventory.accounts[0] = { ...(inventory.accounts[0] as (typeof inventory.accounts)[0]), alias: HOSTILE };
    inventory.errors = HOSTILE_NAMES.map((message, i) => ({
      account: '111122223333',
      service: 's3',
      region: 'us-east-1',
      operation: 'GetBucketPolicy',
      code: i === 0 ? '<b>Code</b>' : 'AccessDenied',
      message,
      resourceId: null,
      missingPermission: null,
    }));
    const markdown = scanSummaryMarkdown(inventory);
    const errorRows = markdown.split('\n').filter((line) => line.startsWith('| 111122223333'));
    expect(errorRows).toHaveLength(HOSTILE_NAMES.length);
    expect(errorRows.map(cells)).toEqual(errorRows.map(() => 6));
    expect(markdown).not.toMatch(/&(?!#\d+;)/);
    expect(markdown).not.toMatch(/<(?!\/?(details|summary)>)[a-z/!]/i);
    expect(markdown).not.toMatch(/@here/);
  });
});
