/**
 * Resource names, tags and even AWS error messages are attacker-controlled text. These keep them
 * inert wherever they are shown: no markup, no links, no mentions, no broken tables.
 */

/**
 * Every ASCII punctuation character that means something to GitHub Markdown or to HTML: emphasis,
 * code, links and images, tables, strikethrough, math, headings, lists, raw HTML (`<`) and
 * character references (`&`). `'`, `"`, `.`, `:` and the like mean nothing inline and stay readable.
 */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-!|~<>&$]/g;

/**
 * For Markdown table cells, list items and text between inline HTML tags on GitHub. Specials are
 * backslash-escaped: CommonMark shows `\<` as `<` wherever it parses Markdown. HTML entities are not
 * used: `&#39;` would need its `&` and `#` left unescaped, and escaped they show up literally.
 * Mentions and bare autolinks are found in the rendered text, where no escape reaches them, so a
 * zero-width space breaks them instead.
 */
export function escapeMarkdown(value: string): string {
  return plainText(value)
    .replace(MARKDOWN_SPECIAL, '\\$&')
    .replace(/@/g, '@\u200b')
    .replace(/:\/\//g, ':\u200b//')
    .replace(/\bwww\./gi, (match) => `${match.slice(0, 3)}\u200b.`);
}

/** For terminals and logs: drops control characters (ANSI escapes, carriage returns) from names. */
export function plainText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\uFFFD').replace(/\r?\n/g, ' ');
}

/**
 * Text inside HTML inside a Markdown table cell: GitHub still parses Markdown there, so it needs
 * the full Markdown escaping (links, emphasis, mentions, autolinks); pipes are escaped by it too.
 */
export const escapeHtmlCell = escapeMarkdown;
