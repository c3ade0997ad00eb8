import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { helperNames } from '../../src/render/helpers.js';
import { renderSlack } from '../../src/render/slack.js';
import { compileTemplate } from '../../src/render/templates.js';
import { blockKitViolations } from '../support/slack-blocks.js';

const NOW = '2026-11-25T12:00:00Z';
const finding = { severity: 'high', resource: '<b>prod</b>', monthlyUsd: 12.5, message: '@here *x*' };

describe('docs/templates.md', () => {
  it('lists every helper of each medium, and no other', async () => {
    const doc = await readFile('docs/templates.md', 'utf8');
    const rows = [...doc.matchAll(/^\| `\{\{(\w+)[^|]*\| (both|Markdown|Slack) /gm)];
    const of = (medium: string) => rows.filter((r) => r[2] === 'both' || r[2] === medium).map((r) => r[1]);
    expect(of('Markdown').sort()).toEqual(helperNames('markdown').sort());
    expect(of('Slack').sort()).toEqual(helperNames('slack').sort());
  });

  it('shows examples that compile and render: Markdown, and Slack that Block Kit accepts', async () => {
    const doc = await readFile('docs/templates.md', 'utf8');
    const [markdown, slack] = [...doc.matchAll(/^(`{3,})handlebars\n([\s\S]*?)\n\1$/gm)].map(
      (m) => m[2] ?? '',
    );
    const context = {
      now: NOW,
      findings: [finding, finding],
      omitted: 1,
      link: 'https://github.com/o/r/actions/runs/1',
      firstSeen: '2026-11-20T12:00:00Z',
      arn: 'arn:aws:s3:::bucket',
      top: { name: 'prod "db"', count: 2 },
      title: 'AWS audit',
    };
    const rendered = compileTemplate('markdown', markdown ?? '', 'markdown example')(context);
    expect(rendered).toContain('| \u{1F7E0} high | &#60;b&#62;prod&#60;/b&#62; | &#36;12.50 |');
    expect(rendered).toContain('"prod db" : 2');
    const message = renderSlack(
      compileTemplate('slack', slack ?? '', 'slack example'),
      context,
      'slack example',
    );
    expect(message.blocks).toHaveLength(3);
    expect(blockKitViolations(message)).toEqual([]);
  });
});
