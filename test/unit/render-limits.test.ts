import { describe, expect, it } from '@jest/globals';
import {
  cutToFit,
  fitList,
  fitText,
  GITHUB_BODY,
  JOB_SUMMARY,
  SLACK,
  type SizeLimit,
} from '../../src/render/limits.js';
import { renderSlack, slackLimitProblems, type SlackMessage } from '../../src/render/slack.js';
import { compileTemplate } from '../../src/render/templates.js';
import { blockKitViolations } from '../support/slack-blocks.js';

const NOW = '2026-11-25T12:00:00Z';

/** A list template: one line per item and the overflow line, as a report section would be. */
const list = compileTemplate(
  'markdown',
  '## Findings\n\n{{#each items}}- {{this}}\n{{/each}}{{more omitted link}}\n',
  'list.md.hbs',
);
const items = Array.from({ length: 300 }, (_, i) => `finding-${i} ${'x'.repeat(i % 50)}`);
const renderItems = (shown: readonly string[], omitted: number) =>
  list({ now: NOW, items: shown, omitted, link: 'https://github.com/o/r/actions/runs/7' });

describe('fitList', () => {
  it('keeps everything that fits, in one rendering', () => {
    let renderings = 0;
    const fitted = fitList(
      items,
      (shown, omitted) => (renderings++, renderItems(shown, omitted)),
      () => true,
    );
    expect([fitted.shown, fitted.omitted, fitted.fits, renderings]).toEqual([300, 0, true, 1]);
  });

  it('finds the largest count that fits, as trying every count does, in about log2(n) renderings', () => {
    for (const budget of [0, 40, 200, 1_000, 5_000, 12_345, 20_000]) {
      let renderings = 0;
      const fits = (text: string) => text.length <= budget;
      const fitted = fitList(items, (shown, omitted) => (renderings++, renderItems(shown, omitted)), fits);
      const counts = Array.from({ length: items.length + 1 }, (_, n) => n);
      const largest = counts.filter((n) => fits(renderItems(items.slice(0, n), items.length - n))).at(-1);
      expect([budget, fitted.shown]).toEqual([budget, largest ?? 0]);
      expect(fitted.fits).toBe(largest !== undefined);
      expect(renderings).toBeLessThanOrEqual(Math.ceil(Math.log2(items.length)) + 2);
    }
  });

  it('never renders a long list whole to learn that a few fit: the largest rendering is about twice what fits', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => `finding-${i}`);
    const rendered: number[] = [];
    const fitted = fitList(
      many,
      (shown) => (rendered.push(shown.length), shown.join('\n')),
      (text) => text.length <= 5_000,
    );
    const largest = many.map((_, n) => n).find((n) => many.slice(0, n + 1).join('\n').length > 5_000);
    expect(fitted.shown).toBe(largest);
    expect(Math.max(...rendered)).toBeLessThanOrEqual(2 * (largest ?? 0));
    expect(rendered.length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(largest ?? 1)) + 2);
  });

  it('says how many were left out, with a link to the artifact', () => {
    const fitted = fitText(items, renderItems, { ...GITHUB_BODY, budget: 2_000 });
    expect(fitted.output.length).toBeLessThanOrEqual(2_000);
    expect(fitted.output).toContain(
      `... and ${fitted.omitted} more (see the [report artifact](<https://github.com/o/r/actions/runs/7>))`,
    );
    expect(fitted.shown + fitted.omitted).toBe(300);
  });
});

describe('fitText and cutToFit', () => {
  it('cuts, between graphemes, with a note, when not even an empty list fits', () => {
    const header = '\u{1F600}'.repeat(600); // 1,200 UTF-16 units, 2,400 bytes
    const limit: SizeLimit = { name: 'test', budget: 1_000, measure: (t) => Buffer.byteLength(t, 'utf8') };
    const fitted = fitText(items, (shown, omitted) => header + renderItems(shown, omitted), limit);
    expect(fitted.fits).toBe(false);
    expect(Buffer.byteLength(fitted.output, 'utf8')).toBeLessThanOrEqual(1_000);
    expect(fitted.output).toMatch(
      /^(\u{1F600})+\n\n\.\.\. cut to fit the test limit \(see the report artifact\)\n$/u,
    );
  });

  it('leaves a text that fits alone, and measures each limit its own way', () => {
    expect(cutToFit('short', GITHUB_BODY)).toBe('short');
    expect(GITHUB_BODY.measure('\u{1F600}')).toBe(2);
    expect(JOB_SUMMARY.measure('\u{1F600}')).toBe(4);
    expect([GITHUB_BODY.budget, JOB_SUMMARY.budget]).toEqual([58_000, 1_000_000]);
    expect(cutToFit('x'.repeat(60_000), GITHUB_BODY).length).toBeLessThanOrEqual(58_000);
  });
});

describe('Slack limits', () => {
  const text = (t: string) => ({ type: 'mrkdwn', text: t });
  const message = (blocks: Record<string, unknown>[]): SlackMessage => ({ text: 'fallback', blocks });

  it('finds every block over a limit', () => {
    expect(slackLimitProblems(message([{ type: 'divider' }]))).toEqual([]);
    const over = message([
      { type: 'header', text: { type: 'plain_text', text: 'h'.repeat(SLACK.headerText + 1) } },
      { type: 'section', text: text('s'.repeat(3_001)), fields: Array.from({ length: 11 }, () => text('f')) },
      { type: 'section', fields: [text('f'.repeat(2_001))] },
      { type: 'context', elements: Array.from({ length: 11 }, () => text('c')) },
      ...Array.from({ length: 47 }, () => ({ type: 'divider' })),
    ]);
    expect(slackLimitProblems(over)).toEqual([
      'message: blocks is 51, the limit is 50',
      'blocks[0] (header): text is 151, the limit is 150',
      'blocks[1] (section): text is 3001, the limit is 3000',
      'blocks[1] (section): fields is 11, the limit is 10',
      'blocks[2] (section) fields[0]: text is 2001, the limit is 2000',
      'blocks[3] (context): elements is 11, the limit is 10',
    ]);
  });

  it('fits a long list of findings into 50 blocks with an overflow line, as Slack accepts it', () => {
    const template = compileTemplate(
      'slack',
      `{"text": "{{plural total "new finding"}}", "blocks": [
        {"type": "header", "text": {"type": "plain_text", "text": "{{plural total "new finding"}}"}}
        {{#each findings}}, {"type": "section", "text": {"type": "mrkdwn", "verbatim": true, "text": "{{truncate this 3000}}"}}{{/each}}
        {{#if omitted}}, {"type": "context", "elements": [{"type": "mrkdwn", "text": "{{more omitted link}}"}]}{{/if}}
      ]}`,
      'findings.json.hbs',
    );
    const findings = Array.from({ length: 80 }, (_, i) => `<!channel> finding ${i} & ${'*'.repeat(900)}`);
    const fitted = fitList(
      findings,
      (shown, omitted) =>
        renderSlack(
          template,
          { now: NOW, total: findings.length, findings: shown, omitted, link: 'https://e.x/r' },
          'findings.json.hbs',
        ),
      (m) => slackLimitProblems(m).length === 0,
    );
    expect([fitted.shown, fitted.omitted, fitted.output.blocks.length]).toEqual([48, 32, 50]);
    expect(blockKitViolations(fitted.output)).toEqual([]);
  });
});
