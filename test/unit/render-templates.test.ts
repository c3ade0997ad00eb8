import { describe, expect, it } from '@jest/globals';
import Handlebars from 'handlebars';
import { renderSlack } from '../../src/render/slack.js';
import { compileTemplate, TemplateError } from '../../src/render/templates.js';
import { githubLinks, HOSTILE, lineStartMarker, oneLine, rawMarkup, visible } from '../support/markup.js';
import { blockKitViolations } from '../support/slack-blocks.js';

const NOW = '2026-11-25T12:00:00Z';

/** Every Markdown context a report template uses, each with the same value in it. */
const MARKDOWN = [
  '## {{name}} {{severityBadge severity}}',
  '',
  '{{name}} costs {{money cost}} and was seen {{relativeDate seen}}; {{plural count "finding"}}.',
  '',
  '- {{name}}',
  '- [{{name}}](https://example.com/report) {{truncate name 20}}',
  '',
  '| Resource | Id | Tag |',
  '| --- | --- | --- |',
  '{{#each rows}}| {{cell this}} | {{code this}} | {{cell this 12}} |',
  '{{/each}}',
  '<details><summary>{{name}}</summary>',
  '<img alt="{{name}}" title=\'{{name}}\' src="https://example.com/i.png">',
  '{{name}} {{code name}}',
  '</details>',
  '',
  '```mermaid',
  'pie title Findings',
  '  "{{mermaidText name}}" : 3',
  '```',
  '{{more omitted link}}',
  '',
].join('\n');

const markdown = compileTemplate('markdown', MARKDOWN, 'test.md.hbs');
const renderMarkdown = (name: string) =>
  markdown({
    now: NOW,
    name,
    severity: 'high',
    cost: 1234.5,
    seen: '2026-11-22T12:00:00Z',
    count: 2,
    rows: [name, name],
    omitted: 3,
    link: 'https://github.com/o/r/actions/runs/1',
  });

describe('a Markdown template with hostile values', () => {
  const benign = renderMarkdown('x').split('\n');

  it.each(HOSTILE)('adds no line, markup or link to any context: %p', (name) => {
    const lines = renderMarkdown(name).split('\n');
    expect(lines).toHaveLength(benign.length);
    lines.forEach((line, i) => {
      const expected = benign[i] ?? '';
      expect([i, rawMarkup(line)]).toEqual([i, rawMarkup(expected)]);
      expect([i, lineStartMarker(line)]).toEqual([i, lineStartMarker(expected)]);
      expect([i, githubLinks(line)]).toEqual([i, githubLinks(expected)]);
    });
  });

  it('reads as the value wherever it is shown', () => {
    const name = "it's <b>prod</b> | @octocat #1 [x](y) *z*";
    const rendered = visible(renderMarkdown(name));
    // Heading, paragraph, list, link, two rows of cell and code, summary, alt, title, details text and code.
    expect(rendered.split(oneLine(name)).length - 1).toBe(13);
    expect(rendered).toContain(`<summary>${name}</summary>`);
  });

  it('uses the helpers: badge, money, date from the context, plural, truncation, overflow link', () => {
    const rendered = visible(renderMarkdown('db'));
    expect(rendered).toContain('## db \u{1F7E0} high');
    expect(rendered).toContain('db costs $1,234.50 and was seen 3 days ago; 2 findings.');
    expect(rendered).toContain(
      '... and 3 more (see the [report artifact](<https://github.com/o/r/actions/runs/1>))',
    );
  });
});

/** A Slack message with a value in every kind of text object. */
const SLACK = `{
  "text": "{{severityBadge severity}} {{name}}",
  "blocks": [
    { "type": "header", "text": { "type": "plain_text", "text": "{{truncate name 150}}" } },
    { "type": "section", "text": { "type": "mrkdwn", "verbatim": true, "text": "*{{truncate name 1500}}* costs {{money cost}} {{code name 1000}}" } },
    { "type": "section", "fields": [
      { "type": "mrkdwn", "text": "_{{truncate name 1998}}_" },
      { "type": "plain_text", "text": "{{plural count "finding"}}" }
    ] },
    { "type": "context", "elements": [ { "type": "mrkdwn", "text": "{{relativeDate seen}} {{more omitted link}}" } ] }
  ]
}`;

const slack = compileTemplate('slack', SLACK, 'test.json.hbs');
const renderMessage = (name: string) =>
  renderSlack(
    slack,
    {
      now: NOW,
      name,
      severity: 'critical',
      cost: 3,
      count: 1,
      seen: NOW,
      omitted: 2,
      link: 'https://e.x/?a=1&b=2',
    },
    'test.json.hbs',
  );

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

describe('a Slack template with hostile values', () => {
  const benign = strings(renderMessage('x'));

  it.each(HOSTILE)('renders valid Block Kit with no added markup, mention or link: %p', (name) => {
    const message = renderMessage(name);
    expect(blockKitViolations(message)).toEqual([]);
    const found = strings(message);
    expect(found.map(([path]) => path)).toEqual(benign.map(([path]) => path));
    found.forEach(([path, text], i) => {
      const expected = benign[i]?.[1] ?? '';
      expect([path, slackMarkup(text)]).toEqual([path, slackMarkup(expected)]);
      expect(text).not.toMatch(/[@#][\p{L}\p{N}_]|:\/\/(?!e\.x)/u);
    });
  });
});

describe('template safety and errors', () => {
  it('fails at compile time on an unknown helper, naming the helper and the file', () => {
    expect(() => compileTemplate('markdown', '{{shout name}}', 't.md.hbs')).toThrow(TemplateError);
    expect(() => compileTemplate('markdown', 'a\n{{shout name}}', 'templates/comment.md.hbs')).toThrow(
      /^templates\/comment\.md\.hbs: .*unknown helper shout - 2:0/,
    );
    // Markdown-only helpers are unknown to Slack templates.
    expect(() => compileTemplate('slack', '{{cell name}}', 'slack.json.hbs')).toThrow(/unknown helper cell/);
  });

  it('fails at compile time on blocks that are not built in, partials and syntax errors', () => {
    const compile = (source: string) => () => compileTemplate('markdown', source, 't.hbs');
    expect(compile('{{#findings}}x{{/findings}}')).toThrow(/^t\.hbs: unknown block helper findings/);
    expect(compile('{{> header}}')).toThrow(/^t\.hbs: partials are not supported/);
    expect(compile('{{#if x}}')).toThrow(/^t\.hbs: Parse error/);
  });

  it('fails at render time on a missing field, a missing `now`, and a helper given the wrong thing', () => {
    const render = (source: string, context: Record<string, unknown>) =>
      compileTemplate('markdown', source, 't.hbs')({ now: NOW, ...context });
    expect(() => render('{{finding.nmae}}', { finding: {} })).toThrow(/^t\.hbs: "nmae" not defined/);
    expect(() => compileTemplate('markdown', 'x', 't.hbs')({ now: undefined as unknown as string })).toThrow(
      /needs `now`/,
    );
    expect(() => render('{{money cost}}', { cost: '12' })).toThrow(/money takes a number/);
    expect(() => render('{{severityBadge s}}', { s: 'urgent' })).toThrow(/not a severity: "urgent"/);
    expect(() => render('{{truncate (cell s) 3}}', { s: 'x' })).toThrow(/truncate takes raw text/);
    expect(() => render('{{plural 1}}', {})).toThrow(/plural takes 2 to 3 argument/);
    expect(() => render('{{more 1 link}}', { link: 'javascript:alert(1)' })).toThrow(/not a web link/);
  });

  it('reads the date from the context, never the clock', () => {
    const template = compileTemplate('markdown', '{{relativeDate at}}', 't.hbs');
    expect(template({ now: '2000-01-01T00:00:00Z', at: NOW })).toBe('in 26 years');
    expect(template({ now: new Date('2026-11-26T12:00:00Z'), at: NOW })).toBe('1 day ago');
  });

  it('writes a triple-stash value as it is: the documented way out', () => {
    expect(compileTemplate('markdown', '{{{x}}}', 't.hbs')({ now: NOW, x: '<b>@x</b>' })).toBe('<b>@x</b>');
  });

  it('keeps each medium to its own escaping, and the global Handlebars to HTML escaping', () => {
    const value = { now: NOW, x: '<b> *x*' };
    expect(compileTemplate('markdown', '{{x}}', 't.hbs')(value)).toBe('&#60;b&#62; &#42;x&#42;');
    expect(compileTemplate('slack', '"{{x}}"', 't.hbs')(value)).toBe('"\\u0026lt;b&gt; \u2217x\u2217"');
    expect(Handlebars.compile('{{x}}')(value)).toBe('&lt;b&gt; *x*');
  });

  it('refuses a Slack value written outside a JSON string, and a message without text', () => {
    const outside = compileTemplate('slack', '{"text": "t", "blocks": {{x}} }', 't.json.hbs');
    expect(() => renderSlack(outside, { now: NOW, x: '[]' }, 't.json.hbs')).toThrow(/did not render JSON/);
    const noText = compileTemplate('slack', '{"blocks": []}', 't.json.hbs');
    expect(() => renderSlack(noText, { now: NOW }, 't.json.hbs')).toThrow(/needs a top-level "text"/);
  });
});
