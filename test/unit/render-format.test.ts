import { describe, expect, it } from '@jest/globals';
import { escapeSlack } from '../../src/render/escape-slack.js';
import {
  formatUsd,
  plural,
  relativeDate,
  severityBadge,
  truncate,
  truncateEscaped,
} from '../../src/render/format.js';

describe('severityBadge', () => {
  it('gives each severity its colour and keeps the word', () => {
    expect(['critical', 'high', 'medium', 'low', 'info'].map(severityBadge)).toEqual([
      '\u{1F534} critical',
      '\u{1F7E0} high',
      '\u{1F7E1} medium',
      '\u{1F535} low',
      '\u26AA info',
    ]);
    expect(() => severityBadge('constructor')).toThrow(/not a severity/);
  });
});

describe('formatUsd and plural', () => {
  it('writes US dollars with cents and thousands', () => {
    expect([1234.5, 0, 0.004, -3, 1e6].map(formatUsd)).toEqual([
      '$1,234.50',
      '$0.00',
      '$0.00',
      '-$3.00',
      '$1,000,000.00',
    ]);
    expect(() => formatUsd(Number.NaN)).toThrow(/not an amount/);
  });

  it('counts in English, with irregular plurals', () => {
    expect(plural(1, 'finding')).toBe('1 finding');
    expect(plural(0, 'finding')).toBe('0 findings');
    expect(plural(1234, 'finding')).toBe('1,234 findings');
    expect(plural(2, 'policy', 'policies')).toBe('2 policies');
    expect(plural(1, 'policy', 'policies')).toBe('1 policy');
  });
});

describe('relativeDate', () => {
  const now = '2026-11-25T12:00:00Z';
  it.each([
    ['2026-11-22T12:00:00Z', '3 days ago'],
    ['2026-11-27T13:00:00Z', 'in 2 days'],
    ['2026-11-25T11:59:30Z', '30 seconds ago'],
    ['2026-11-25T12:00:00.400Z', 'now'],
    ['2026-11-25T09:10:00Z', '2 hours ago'],
    ['2026-09-01T00:00:00Z', '2 months ago'],
    ['2024-11-01T00:00:00Z', '2 years ago'],
  ])('says %s is %p', (date, expected) => {
    expect(relativeDate(date, now)).toBe(expected);
  });

  it('refuses what is not a date', () => {
    expect(() => relativeDate('yesterday', now)).toThrow(/not a date: "yesterday"/);
    expect(() => relativeDate(now, 'soon')).toThrow(/not a date: "soon"/);
  });
});

describe('truncate', () => {
  it('leaves short text alone and cuts long text to the length, ellipsis included', () => {
    expect(truncate('bucket', 6)).toBe('bucket');
    expect(truncate('bucket-name', 6)).toBe('bucke\u2026');
    expect(truncate('bucket-name', 6, '...')).toBe('buc...');
    expect(truncate('bucket', 0)).toBe('');
    expect(() => truncate('x', -1)).toThrow(/not a length/);
  });

  it('never splits a surrogate pair, an emoji sequence or a combining mark at the boundary', () => {
    const faces = '\u{1F600}\u{1F600}\u{1F600}'; // 6 UTF-16 units
    expect(truncate(faces, 5)).toBe('\u{1F600}\u{1F600}\u2026');
    expect(truncate(faces, 4)).toBe('\u{1F600}\u2026');
    expect(truncate(faces, 2)).toBe('\u2026');
    const family = '\u{1F468}\u200d\u{1F469}\u200d\u{1F467}'; // one grapheme, 8 units
    expect(truncate(`${family}${family}`, 12)).toBe(`${family}\u2026`);
    expect(truncate('e\u0301e\u0301e\u0301', 4)).toBe('e\u0301\u2026');
    for (let max = 0; max <= 20; max += 1) {
      const cut = truncate(`a${faces}${family}b`, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
  });

  it('cuts by the escaped length when asked: the longest cut that fits, as a search of every cut finds', () => {
    const name = '&x&&<y>&&z&';
    const cuts = Array.from({ length: name.length }, (_, n) => escapeSlack(truncate(name, n)));
    for (let max = 0; max <= 40; max += 1) {
      const longest = cuts.filter((c) => c.length <= max).sort((a, b) => b.length - a.length)[0];
      const expected = escapeSlack(name).length <= max ? escapeSlack(name) : longest;
      expect([max, truncateEscaped(name, max, escapeSlack)]).toEqual([max, expected]);
    }
    expect(truncateEscaped('&&&&&&&&&&', 16, escapeSlack)).toBe('&amp;&amp;&amp;\u2026');
  });
});
