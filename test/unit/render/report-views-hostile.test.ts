import { describe, expect, it } from '@jest/globals';
import {
  loadTemplates,
  renderIssue,
  renderPrComment,
  renderSlackMessage,
  renderSummary,
} from '../../../src/render/report-views.js';
import type { AuditReport } from '../../../src/report/report.js';
import { ACCOUNT } from '../../support/inventory-builder.js';
import { githubLinks, HOSTILE, lineStartMarker, rawMarkup } from '../../support/markup.js';
import { blockKitViolations } from '../../support/slack-blocks.js';
import { DENIED, LINKS, secondRun } from './report-fixtures.js';

/** The shared hostile values, and more that reach report views: entities, CDATA, Handlebars, RTL. */
const VALUES: readonly string[] = [
  ...HOSTILE,
  '@org/team',
  '#1',
  'owner/repo#1',
  '[x](http://evil)',
  '![i](http://evil/x.png)',
  '</details>',
  '| a | b |',
  '<@U123>',
  'line\n# heading',
  '<script>alert(1)</script>',
  '&lt;b&gt; &amp;',
  ']]> <![CDATA[x]]>',
  '{{x}} {{{y}}} {{> p}}',
  '\u202eevil\u202c \u05e9\u05dc\u05d5\u05dd 🔥👩‍💻',
];

const templates = await loadTemplates();

/** A report whose every value from AWS is `value`: names, tags, messages, the denied action. */
function reportWith(value: string): AuditReport {
  const spec = (key: string, region = 'us-east-1') => ({
    key,
    region,
    name: value,
    message: value,
    tags: { [value]: value },
    cleanup: 'delete-volume',
    monthlyUsd: 3,
  });
  return secondRun([spec('gone'), spec('dark', 'eu-west-1')], [spec('fresh')], {
    failed: [{ service: 'ec2', region: 'eu-west-1' }],
    errors: [{ ...DENIED, missingPermission: value, message: value }],
  });
}

const markdown = (report: AuditReport): Record<string, string> => ({
  comment: renderPrComment(report, ACCOUNT, templates, LINKS),
  issue: renderIssue(report, ACCOUNT, templates, LINKS).body,
  summary: renderSummary(report, templates, LINKS),
});

/** Every string in a JSON value, with its path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  }
  return [];
}

const slackMarkup = (text: string) =>
  text.replace(/&(amp|lt|gt);/g, '').replace(/[^<>*_~`&]/g, '') + (/^\s*&gt;/.test(text) ? '>' : '');

describe('hostile values through every report view', () => {
  const benign = markdown(reportWith('x'));
  const benignSlack = strings(renderSlackMessage(reportWith('x'), templates, LINKS));

  it('has at least 20 hostile values', () => {
    expect(VALUES.length).toBeGreaterThanOrEqual(20);
  });

  describe.each(['comment', 'issue', 'summary'])('the %s', (view) => {
    it.each(VALUES)('adds no line, markup, mention, reference or link: %p', (value) => {
      const lines = (markdown(reportWith(value))[view] ?? '').split('\n');
      const expected = (benign[view] ?? '').split('\n');
      expect(lines).toHaveLength(expected.length);
      lines.forEach((line, i) => {
        const want = expected[i] ?? '';
        expect([i, rawMarkup(line)]).toEqual([i, rawMarkup(want)]);
        expect([i, lineStartMarker(line)]).toEqual([i, lineStartMarker(want)]);
        expect([i, githubLinks(line)]).toEqual([i, githubLinks(want)]);
      });
    });
  });

  it.each(VALUES)(
    'the Slack message stays valid Block Kit with no added markup, mention or link: %p',
    (value) => {
      const message = renderSlackMessage(reportWith(value), templates, LINKS);
      expect(blockKitViolations(message)).toEqual([]);
      const found = strings(message);
      expect(found.map(([path]) => path)).toEqual(benignSlack.map(([path]) => path));
      found.forEach(([path, text], i) => {
        const expected = benignSlack[i]?.[1] ?? '';
        expect([path, slackMarkup(text)]).toEqual([path, slackMarkup(expected)]);
        expect(text.replace(/<https:\/\/github\.com\/[^|>]*\|/g, '')).not.toMatch(/[@#][\p{L}\p{N}_]|:\/\//u);
      });
    },
  );

  it('the issue title is one plain line', () => {
    for (const value of VALUES) {
      const title = renderIssue(reportWith(value), ACCOUNT, templates, LINKS).title;
      expect(title).not.toMatch(/[\r\n]/);
    }
  });
});
