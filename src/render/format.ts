import { SEVERITIES, type Severity } from '../findings/finding.js';

/** Text formatting shared by the template helpers and plain-text output; none of it escapes. */

const BADGES: Readonly<Record<Severity, string>> = {
  critical: '\u{1F534}',
  high: '\u{1F7E0}',
  medium: '\u{1F7E1}',
  low: '\u{1F535}',
  info: '\u26AA',
};

/** `🔴 critical`: the word stays, so the badge reads without colour and in plain-text notifications. */
export function severityBadge(severity: string): string {
  if (!(SEVERITIES as readonly string[]).includes(severity)) {
    throw new Error(`not a severity: ${JSON.stringify(severity)} (one of ${SEVERITIES.join(', ')})`);
  }
  return `${BADGES[severity as Severity]} ${severity}`;
}

const USD = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** `$1,234.50`; every price in the report is in US dollars. */
export function formatUsd(amount: number): string {
  if (!Number.isFinite(amount)) throw new Error(`not an amount: ${amount}`);
  return USD.format(amount);
}

const COUNT = new Intl.NumberFormat('en-US');
const PLURAL_RULES = new Intl.PluralRules('en-US');

/** `1 finding`, `2 findings`, `1,234 findings`; `other` for irregular plurals (`policy`, `policies`). */
export function plural(count: number, one: string, other = `${one}s`): string {
  if (!Number.isFinite(count)) throw new Error(`not a count: ${count}`);
  return `${COUNT.format(count)} ${PLURAL_RULES.select(count) === 'one' ? one : other}`;
}

const RELATIVE = new Intl.RelativeTimeFormat('en-US', { numeric: 'always' });
const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

/**
 * `3 days ago`, `in 2 days`: the largest unit that fits, rounded toward zero. `now` is always given
 * (the report's time), never read from the clock, so a rendering is the same on every run.
 */
export function relativeDate(date: string | Date, now: string | Date): string {
  const at = toMillis(date);
  const seconds = (at - toMillis(now)) / 1000;
  if (Math.abs(seconds) < 1) return 'now';
  const [unit, size] = UNITS.find(([, length]) => Math.abs(seconds) >= length) ?? ['second', 1];
  return RELATIVE.format(Math.trunc(seconds / size), unit);
}

function toMillis(value: string | Date): number {
  const millis = value instanceof Date ? value.getTime() : Date.parse(value);
  if (Number.isNaN(millis)) throw new Error(`not a date: ${JSON.stringify(String(value))}`);
  return millis;
}

const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * At most `max` UTF-16 units (what `length`, GitHub's and Slack's limits count), ellipsis included,
 * cut only between graphemes: never inside a surrogate pair, an emoji sequence or before a
 * combining mark.
 */
export function truncate(text: string, max: number, ellipsis = '\u2026'): string {
  if (!Number.isInteger(max) || max < 0) throw new Error(`not a length: ${max}`);
  if (text.length <= max) return text;
  const room = max - ellipsis.length;
  if (room < 0) return '';
  let end = 0;
  for (const { segment, index } of GRAPHEMES.segment(text)) {
    if (index + segment.length > room) break;
    end = index + segment.length;
  }
  return text.slice(0, end) + ellipsis;
}

/**
 * `truncate` by the length of the text once escaped: Slack counts its limits (header 150, section
 * 3,000) on the mrkdwn it receives, where one `&` is the five characters `&amp;`. Returns the escaped
 * text; the longest cut whose escaped form fits, found by binary search over the raw length.
 */
export function truncateEscaped(text: string, max: number, escape: (text: string) => string): string {
  const whole = escape(text);
  if (whole.length <= max) return whole;
  let best = escape(truncate(text, 0));
  let low = 1;
  let high = text.length - 1;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    const cut = escape(truncate(text, middle));
    if (cut.length <= max) {
      best = cut;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return best;
}
