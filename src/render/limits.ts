import { truncate } from './format.js';

/** How big a rendered document may be where it is published, and how that is counted. */
export interface SizeLimit {
  readonly name: string;
  /** The most we write: the platform's maximum less a safety margin. */
  readonly budget: number;
  readonly measure: (text: string) => number;
}

/** GitHub rejects issue, PR and comment bodies over 65,536 characters (422 "body is too long"). */
export const GITHUB_BODY_MAX = 65_536;
/**
 * Renovate writes at most 58,000: GitHub was seen counting about 1k more than the text's length.
 * `length` counts UTF-16 units, at least as many as GitHub's characters.
 */
export const GITHUB_BODY: SizeLimit = {
  name: 'comment or issue body',
  budget: 58_000,
  measure: (t) => t.length,
};

/** A step's job summary may be 1 MiB; over that its upload fails (only an annotation says so). */
export const JOB_SUMMARY_MAX_BYTES = 1_048_576;
/** Room left for the other summaries one step writes (the scan's and the audit's). */
export const JOB_SUMMARY: SizeLimit = {
  name: 'job summary',
  budget: 1_000_000,
  measure: (t) => Buffer.byteLength(t, 'utf8'),
};

/** Block Kit limits for a message (Slack reference); over them Slack answers 400 `invalid_blocks`. */
export const SLACK = {
  blocks: 50,
  sectionText: 3_000,
  headerText: 150,
  fields: 10,
  fieldText: 2_000,
  contextElements: 10,
  /** Slack cuts the top-level `text` beyond this. */
  fallbackText: 40_000,
} as const;

export interface Fitted<T> {
  readonly output: T;
  readonly shown: number;
  readonly omitted: number;
  /** False only when even no item at all fits: `output` is then the rendering with none. */
  readonly fits: boolean;
}

/** Lists up to this long are rendered whole first. */
const WHOLE_FIRST = 1_000;

/**
 * Renders as many of `items` as fit, dropping from the end (put the most important first). `render`
 * gets the items to show and how many were left out, for its "... and N more" line (the `more`
 * helper). A short list is tried whole first (it usually fits: one rendering). A long one grows
 * from a few, doubling while the output fits; then a binary search between the last count that fit
 * and the first that did not. Rendering costs grow with the count, so a list of 100,000 is never
 * rendered whole only to learn that 300 fit. Needs the size to grow with the count.
 */
export function fitList<I, T>(
  items: readonly I[],
  render: (shown: readonly I[], omitted: number) => T,
  fits: (output: T) => boolean,
): Fitted<T> {
  const renderFirst = (count: number) => render(items.slice(0, count), items.length - count);
  let best: { output: T; shown: number } | null = null;
  let low = 0;
  let high = items.length;
  const first = items.length <= WHOLE_FIRST ? items.length : 32;
  for (let count = first; ; count = Math.min(items.length, count * 2)) {
    const output = renderFirst(count);
    if (!fits(output)) {
      high = count - 1;
      break;
    }
    best = { output, shown: count };
    if (count === items.length) return { ...best, omitted: 0, fits: true };
    low = count + 1;
  }
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    const output = renderFirst(middle);
    if (fits(output)) {
      best = { output, shown: middle };
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  if (best) return { ...best, omitted: items.length - best.shown, fits: true };
  return { output: renderFirst(0), shown: 0, omitted: items.length, fits: false };
}

/**
 * `fitList` for a text document under a size limit. When even no item fits (a huge header), the
 * text is cut, between graphemes, and ends with a note that says so: a cut document is better than
 * a rejected one.
 */
export function fitText<I>(
  items: readonly I[],
  render: (shown: readonly I[], omitted: number) => string,
  limit: SizeLimit,
): Fitted<string> {
  const fitted = fitList(items, render, (text) => limit.measure(text) <= limit.budget);
  return fitted.fits ? fitted : { ...fitted, output: cutToFit(fitted.output, limit) };
}

/** The text cut to the limit, with a note at the end. */
export function cutToFit(text: string, limit: SizeLimit): string {
  if (limit.measure(text) <= limit.budget) return text;
  const note = `\n\n... cut to fit the ${limit.name} limit (see the report artifact)\n`;
  // Shrink until it measures in: bytes and UTF-16 units differ, so start from the unit count.
  let length = Math.max(0, limit.budget - note.length);
  let cut = truncate(text, length, '') + note;
  while (limit.measure(cut) > limit.budget && length > 0) {
    length = Math.floor(length * 0.9);
    cut = truncate(text, length, '') + note;
  }
  return cut;
}
