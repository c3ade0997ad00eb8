import { describe, expect, it } from '@jest/globals';
import { escapeHtml } from '../../src/render/escape-html.js';
import { escapeMarkdown, markdownCode, mermaidText } from '../../src/render/escape-markdown.js';
import { escapeSlack, jsonStringContent } from '../../src/render/escape-slack.js';
import { plainText, sanitizeText } from '../../src/render/escape-text.js';
import { githubLinks, HOSTILE, lineStartMarker, oneLine, rawMarkup, visible } from '../support/markup.js';

/** What sanitizing replaces: controls other than tab and line breaks, and format characters. */
// eslint-disable-next-line no-control-regex
const REPLACED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\p{Cf}]/u;
/** Hostile values with nothing that sanitizing replaces: they must read exactly as written. */
const PRINTABLE = HOSTILE.filter((v) => !REPLACED.test(v));

describe('sanitizeText: one line, nothing hidden', () => {
  it('turns every kind of line break into a space', () => {
    expect(sanitizeText('a\r\nb\nc\rd\u2028e\u2029f')).toBe('a b c d e f');
  });

  it('replaces whole ANSI sequences, and a terminal hyperlink, with one visible mark each', () => {
    expect(sanitizeText('red \u001b[31mALERT\u001b[0m')).toBe('red \uFFFDALERT\uFFFD');
    expect(sanitizeText('\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007')).toBe('\uFFFDlink\uFFFD');
    // Unterminated, an OSC must not swallow the text after it.
    expect(sanitizeText('a\u001b]0;title b')).toBe('a\uFFFD0;title b');
  });

  it('marks bidi overrides, zero-width characters and broken surrogates, and keeps emoji whole', () => {
    expect(sanitizeText('rtl \u202egnp.exe')).toBe('rtl \uFFFDgnp.exe');
    expect(sanitizeText('a\u200bb\u200cc\u2060d\ufeffe\u2066f')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf');
    expect(sanitizeText('x\ud800y')).toBe('x\uFFFDy');
    const family = '\u{1F468}\u200d\u{1F469}\u200d\u{1F467} \u{1F600}';
    expect(sanitizeText(family)).toBe(family);
  });
});

describe('plainText for logs', () => {
  it.each(HOSTILE)('leaves no control, escape or workflow command in %p', (value) => {
    const text = plainText(value);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/);
    expect(text.trimStart()).not.toMatch(/^::/);
    expect(text).not.toContain('##[');
  });

  it('breaks `::command::` only at the start, so ARNs keep their `::`', () => {
    expect(plainText('::add-mask::secret')).toBe(':\u200b:add-mask::secret');
    expect(plainText(' \t::set-output name=x::y')).toBe(' \t:\u200b:set-output name=x::y');
    expect(plainText('\n::error::x')).toBe(' :\u200b:error::x');
    expect(plainText('arn:aws:iam::123456789012:role/x')).toBe('arn:aws:iam::123456789012:role/x');
    expect(plainText('x ##[warning]y')).toBe('x #\u200b#[warning]y');
  });
});

describe('escapeMarkdown', () => {
  it.each(HOSTILE)('leaves no markup, line, autolink or mention in %p', (value) => {
    const escaped = escapeMarkdown(value);
    expect(escaped).not.toMatch(/[\r\n]/);
    expect(rawMarkup(escaped)).toBe('');
    expect(githubLinks(escaped)).toEqual([]);
    expect(lineStartMarker(escaped)).toBeNull();
    // Every `&` is one of our references, so an entity in the value shows as written.
    expect(escaped).not.toMatch(/&(?!#\d+;)/);
  });

  it.each(PRINTABLE)('keeps %p readable: the decoded text is the value on one line', (value) => {
    expect(visible(escapeMarkdown(value))).toBe(oneLine(value));
  });

  it('escapes line-start markers only at the start, and `_` only where it could be emphasis', () => {
    expect(escapeMarkdown('- a-b')).toBe('&#45; a-b');
    expect(escapeMarkdown('  12. x')).toBe('  12&#46; x');
    expect(escapeMarkdown('=== v1.2')).toBe('&#61;== v1.2');
    expect(escapeMarkdown('my_bucket_name _x_')).toBe('my_bucket_name &#95;x&#95;');
  });

  it('wraps code in a <code> element whose text is escaped the same way', () => {
    expect(markdownCode('a|b `c` </code><b>')).toBe(
      '<code>a&#124;b &#96;c&#96; &#60;/code&#62;&#60;b&#62;</code>',
    );
  });
});

describe('mermaidText', () => {
  it.each(HOSTILE)('keeps only plain characters of %p', (value) => {
    const text = mermaidText(value);
    expect(text).toMatch(/^[\p{L}\p{M}\p{N} .,:/+=?!()\u200b-]*$/u);
    expect(text).not.toContain('%%');
    expect(githubLinks(text)).toEqual([]);
  });

  it('keeps a label readable', () => {
    expect(mermaidText('prod "db" %% 50%; <br>')).toBe('prod db 50 br');
    expect(mermaidText('über-bucket (eu-west-1)')).toBe('über-bucket (eu-west-1)');
  });
});

describe('escapeHtml', () => {
  it.each(HOSTILE)('leaves no tag, entity or attribute quote in %p', (value) => {
    const escaped = escapeHtml(value);
    expect(escaped).not.toMatch(/[<>"']/);
    expect(escaped).not.toMatch(/&(?!#\d+;)/);
  });
});

describe('escapeSlack', () => {
  it.each(HOSTILE)('leaves no control sequence, formatting, mention or link in %p', (value) => {
    const escaped = escapeSlack(value);
    expect(escaped).not.toMatch(/[<>\r\n*_~`]/);
    expect(escaped).not.toMatch(/&(?!amp;|lt;|gt;)/);
    expect(escaped).not.toMatch(/^\s*&gt;/);
    expect(escaped).not.toMatch(/[@#][\p{L}\p{N}_]/u);
    expect(escaped).not.toMatch(/:\/\/|[\p{L}\p{N}]\.\p{L}/u);
  });

  it('writes look-alikes a reader still recognizes', () => {
    expect(escapeSlack('*a* _b_ ~c~ `d` <!here> & x.io')).toBe(
      '\u2217a\u2217 \u02cdb\u02cd \u223cc\u223c \u02cbd\u02cb &lt;!here&gt; &amp; x.\u200bio',
    );
    expect(escapeSlack('> quote')).toBe('\u00ad&gt; quote');
  });
});

describe('jsonStringContent', () => {
  it.each(HOSTILE)('keeps %p inside a JSON string', (value) => {
    expect(JSON.parse(`"${jsonStringContent(value)}"`)).toBe(value);
  });

  it('is invalid JSON outside a string, so a misplaced value cannot add structure', () => {
    expect(() => JSON.parse(`{"a": ${jsonStringContent('1')}}`)).toThrow();
    expect(jsonStringContent('')).toBe('');
    expect(JSON.parse(`"${jsonStringContent('\u{1F600}x')}"`)).toBe('\u{1F600}x');
  });
});
