/**
 * Resource names, tags and even AWS error messages are attacker-controlled text. Every escaper
 * starts here: one line of visible text, with whatever could hide, reorder or restyle it replaced.
 */

/**
 * ANSI/VT escape sequences: CSI (colours, cursor moves), OSC (titles, terminal hyperlinks) when
 * terminated (an unterminated one must not swallow the rest of the text), and two-byte ones.
 */
// eslint-disable-next-line no-control-regex
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]?|\](?:[^\u0007\u001b]*(?:\u0007|\u001b\\))?|[@-_]?)/g;

/** Line breaks of every kind: a value must never start a line of its own in a table, list or log. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;

/** C0 and C1 controls except tab, after line breaks are gone. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Invisible format characters (Unicode category Cf): bidi overrides and isolates that reorder what a
 * reader sees (U+202E), zero-width spaces and joiners that make two names look alike, tag characters.
 * ZWJ (U+200D) is kept because emoji sequences need it.
 */
const FORMAT = /(?!\u200d)\p{Cf}/gu;

/** A surrogate half without its other half: not text, and not valid UTF-8 once written. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * One line of text with nothing hidden: line breaks become spaces, and escape sequences, controls,
 * invisible format characters and broken surrogates become U+FFFD, so a reader sees that something
 * was there (a name that differs from its look-alike only by a hidden character stays different).
 */
export function sanitizeText(value: string): string {
  return value
    .replace(ESCAPE_SEQUENCE, '\uFFFD')
    .replace(LINE_BREAK, ' ')
    .replace(CONTROL, '\uFFFD')
    .replace(FORMAT, '\uFFFD')
    .replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * For terminals and Action logs. Besides `sanitizeText`: the runner reads workflow commands from
 * stdout, `::name::` at the start of a line (leading whitespace ignored, `::add-mask::`,
 * `::stop-commands::`...) and the legacy `##[name]` anywhere in it; a zero-width space keeps both
 * from parsing. ARNs (`arn:aws:iam::1:role/x`) keep their `::`, which only counts at the start.
 */
export function plainText(value: string): string {
  return sanitizeText(value)
    .replace(/^(\s*):(?=:)/, '$1:\u200b')
    .replace(/##\[/g, '#\u200b#[');
}
