import { describe, expect, it } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GITHUB_BODY, JOB_SUMMARY } from '../../../src/render/limits.js';
import {
  loadTemplates,
  renderIssue,
  renderPrComment,
  renderSlackMessage,
  renderSummary,
  type ReportTemplates,
} from '../../../src/render/report-views.js';
import { slackLimitProblems } from '../../../src/render/slack.js';
import { TemplateError } from '../../../src/render/templates.js';
import type { AuditReport } from '../../../src/report/report.js';
import { ACCOUNT } from '../../support/inventory-builder.js';
import { blockKitViolations } from '../../support/slack-blocks.js';
import { DENIED, firstRun, LINKS, secondRun, type Spec } from './report-fixtures.js';

const templates = await loadTemplates();

/** Every Markdown view of the report's one account, by name. */
function markdownViews(report: AuditReport, t: ReportTemplates = templates): Record<string, string> {
  return {
    comment: renderPrComment(report, ACCOUNT, t, LINKS),
    issue: renderIssue(report, ACCOUNT, t, LINKS).body,
    summary: renderSummary(report, t, LINKS),
  };
}

/** The lines of a section: from the line matching `heading` to the next heading or bold title. */
function section(text: string, heading: RegExp): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) return '';
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => /^(#{2,4} |\*\*)/.test(line));
  return rest.slice(0, end < 0 ? undefined : end).join('\n');
}

const slackText = (report: AuditReport) => JSON.stringify(renderSlackMessage(report, templates, LINKS));

describe('a first run', () => {
  const report = firstRun([{ key: 'a', severity: 'high' }, { key: 'b' }]);

  it.each(['comment', 'issue', 'summary'])('the %s says it is a first run, with the new findings', (view) => {
    const text = markdownViews(report)[view] ?? '';
    expect(text).toContain('First run: no earlier report, so every finding counts as new.');
    expect(text).toContain('vol-a');
    expect(text).not.toMatch(/Resolved|Unknown|Not read/);
  });

  it('opens the issue, titled by the account', () => {
    const issue = renderIssue(report, ACCOUNT, templates, LINKS);
    expect(issue.title).toBe(`AWS audit: account ${ACCOUNT} (prod)`);
    expect(issue.open).toBe(true);
    expect(issue.body).toContain('pie title Open findings by severity');
  });

  it('closes the issue and draws no pie when nothing is open', () => {
    const issue = renderIssue(firstRun([]), ACCOUNT, templates, LINKS);
    expect(issue.open).toBe(false);
    expect(issue.body).not.toContain('pie title');
    expect(issue.body).toContain('None.');
  });

  it('sends a valid Slack message with the new findings and the links', () => {
    const message = renderSlackMessage(report, templates, LINKS);
    expect(blockKitViolations(message)).toEqual([]);
    expect(message.text).toBe('AWS audit: 2 new, 0 resolved, 0 unknown (1 account)');
    expect(JSON.stringify(message)).toContain(`<${LINKS.issue}|Findings on GitHub>`);
  });
});

describe('a run with new, resolved and unknown findings', () => {
  const report = secondRun(
    [{ key: 'kept' }, { key: 'gone', severity: 'high' }, { key: 'dark', region: 'eu-west-1' }],
    [
      { key: 'kept' },
      { key: 'fresh', severity: 'critical', cleanup: 'delete-volume', monthlyUsd: 8, name: 'old-disk' },
    ],
    { failed: [{ service: 'ec2', region: 'eu-west-1' }] },
  );

  it.each(['comment', 'issue', 'summary'])('the %s lists each in its own section', (view) => {
    const text = markdownViews(report)[view] ?? '';
    expect(text).toContain('Compared with the report of 2026-12-01T05:00:00.000Z');
    expect(section(text, /New/)).toContain('old-disk');
    expect(section(text, /Resolved/)).toContain('vol-gone');
    expect(section(text, /Resolved/)).not.toContain('vol-dark');
    expect(section(text, /Unknown/)).toContain('vol-dark');
    expect(section(text, /Unknown/)).toContain('its scope could not be read');
  });

  it('puts new findings first, most severe first', () => {
    const comment = renderPrComment(
      secondRun(
        [],
        [
          { key: 'low', severity: 'low' },
          { key: 'top', severity: 'critical' },
        ],
      ),
      ACCOUNT,
      templates,
      LINKS,
    );
    expect(comment.indexOf('vol-top')).toBeLessThan(comment.indexOf('vol-low'));
  });

  it('lists cleanup candidates by short id, action, resource and saving in the issue', () => {
    const body = renderIssue(report, ACCOUNT, templates, LINKS).body;
    const candidates = section(body, /Cleanup candidates/);
    expect(candidates).toMatch(
      /\| <code>[0-9a-f]{8}<\/code> \| delete-volume \| old-disk \| us-east-1 \| &#36;8\.00 \|/,
    );
    expect(body).toContain('xychart-beta');
  });

  it('tells Slack what is new and resolved, and that the unknown are not resolved', () => {
    const message = renderSlackMessage(report, templates, LINKS);
    expect(blockKitViolations(message)).toEqual([]);
    const text = JSON.stringify(message);
    expect(text).toContain('old-disk');
    expect(text).toContain('vol-gone');
    expect(text).not.toContain('vol-dark');
    expect(text).toContain('1 scope not read this run: their 1 earlier finding is unknown, not resolved');
  });
});

describe('a denied service', () => {
  const report = secondRun(
    [
      { key: 'x1', region: 'eu-west-1' },
      { key: 'x2', region: 'eu-west-1' },
      { key: 'x3', region: 'eu-west-1' },
    ],
    [],
    { failed: [{ service: 'ec2', region: 'eu-west-1' }], errors: [DENIED] },
  );

  it.each(['comment', 'issue', 'summary'])(
    'the %s says plainly what was not read, and claims nothing resolved',
    (view) => {
      const text = markdownViews(report)[view] ?? '';
      expect(text).toContain(
        'EC2 in eu-west-1 was not read (AccessDenied: ec2:DescribeVolumes): its 3 earlier findings are unknown, not resolved.',
      );
      expect(text).not.toMatch(/Resolved/);
      for (const line of text.split('\n').filter((l) => /vol-x/.test(l)))
        expect(line).not.toMatch(/\bresolved\b(?<!not resolved)/);
      expect(report.resolvedFindings).toEqual([]);
    },
  );

  it('keeps the issue open: unknown findings are not gone', () => {
    expect(renderIssue(report, ACCOUNT, templates, LINKS).open).toBe(true);
  });

  it('Slack says the scope was not read and lists nothing as resolved', () => {
    const text = slackText(report);
    expect(text).toContain('0 resolved');
    expect(text).toContain('not read this run');
    expect(text).not.toContain('Resolved:');
  });
});

describe('5,000 findings', () => {
  const many: Spec[] = Array.from({ length: 5000 }, (_, i) => ({
    key: `k${i}`,
    region: i % 2 ? 'us-east-1' : 'eu-west-1',
    severity: (['critical', 'high', 'medium', 'low', 'info'] as const)[i % 5],
    name: `${'a-long-resource-name-'.repeat(4)}${i}`,
    message: `message ${i} ${'x'.repeat(150)}`,
    cleanup: i % 3 === 0 ? 'delete-volume' : null,
    monthlyUsd: i % 7,
  }));
  const report = secondRun(
    many.slice(2500).map((s) => ({ ...s, key: `old${s.key}` })),
    many,
  );

  it('fits the comment and the issue under the GitHub body limit, linking the rest', () => {
    for (const text of [
      renderPrComment(report, ACCOUNT, templates, LINKS),
      renderIssue(report, ACCOUNT, templates, LINKS).body,
    ]) {
      expect(GITHUB_BODY.measure(text)).toBeLessThanOrEqual(GITHUB_BODY.budget);
      expect(text).toMatch(/\.\.\. and [\d,]+ more \(see the \[report artifact\]/);
      expect(text).toContain('a-long-resource-name-');
    }
  });

  it('fits the job summary under its byte limit', () => {
    const text = renderSummary(report, templates, LINKS);
    expect(JOB_SUMMARY.measure(text)).toBeLessThanOrEqual(JOB_SUMMARY.budget);
    expect(text).toContain('... and');
  });

  it('sends valid Block Kit within Slack limits', () => {
    const message = renderSlackMessage(report, templates, LINKS);
    expect(blockKitViolations(message)).toEqual([]);
    expect(slackLimitProblems(message)).toEqual([]);
    expect(JSON.stringify(message)).toContain('... and');
  });
});

describe('template overrides', () => {
  const dirWith = async (files: Record<string, string>) => {
    const dir = await mkdtemp(join(tmpdir(), 'templates-'));
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    return dir;
  };
  const report = firstRun([{ key: 'a' }]);

  it('replaces only the templates the directory has', async () => {
    const dir = await dirWith({ 'pr-comment.md.hbs': 'Custom for {{label}}: {{plural active "finding"}}' });
    const custom = await loadTemplates(dir);
    expect(renderPrComment(report, ACCOUNT, custom, LINKS)).toBe(`Custom for ${ACCOUNT} (prod): 1 finding`);
    expect(renderIssue(report, ACCOUNT, custom, LINKS).body).toBe(
      renderIssue(report, ACCOUNT, templates, LINKS).body,
    );
    expect(custom.prComment.file).toBe(join(dir, 'pr-comment.md.hbs'));
  });

  it('refuses an unknown helper, naming the file', async () => {
    const dir = await dirWith({ 'issue.md.hbs': '{{shout label}}' });
    await expect(loadTemplates(dir)).rejects.toThrow(TemplateError);
    await expect(loadTemplates(dir)).rejects.toThrow(`${join(dir, 'issue.md.hbs')}: `);
  });

  it('refuses a missing directory, an empty one and an unknown template name, naming the expected files', async () => {
    const expected =
      /pr-comment\.md\.hbs, issue\.md\.hbs, organization-issue\.md\.hbs, summary\.md\.hbs, slack\.json\.hbs/;
    const missing = join(tmpdir(), 'no-such-templates-dir');
    await expect(loadTemplates(missing)).rejects.toThrow(missing);
    await expect(loadTemplates(missing)).rejects.toThrow(expected);
    const empty = await dirWith({ 'README.md': 'x' });
    await expect(loadTemplates(empty)).rejects.toThrow(new RegExp(`^${empty}: holds no template`));
    const unknown = await dirWith({ 'comment.md.hbs': 'x', 'issue.md.hbs': 'x' });
    await expect(loadTemplates(unknown)).rejects.toThrow(/unknown template comment\.md\.hbs/);
    await expect(loadTemplates(unknown)).rejects.toThrow(expected);
  });

  it('keeps a user template within the limit', async () => {
    const dir = await dirWith({
      'pr-comment.md.hbs': '{{#each changes.items}}{{message}} {{message}}\n{{/each}}',
    });
    const custom = await loadTemplates(dir);
    const big = firstRun(
      Array.from({ length: 2000 }, (_, i) => ({ key: `b${i}`, message: 'm'.repeat(100) })),
    );
    expect(renderPrComment(big, ACCOUNT, custom, LINKS).length).toBeLessThanOrEqual(GITHUB_BODY.budget);
  });

  it('refuses a Slack template over the limits even with nothing listed', async () => {
    const dir = await dirWith({ 'slack.json.hbs': `{"text": "${'x'.repeat(41_000)}", "blocks": []}` });
    const custom = await loadTemplates(dir);
    expect(() => renderSlackMessage(report, custom, LINKS)).toThrow(/over Slack's limits/);
  });
});
