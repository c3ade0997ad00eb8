import { characterReference } from './escape-html.js';
import { sanitizeText } from './escape-text.js';

/*
 * GitHub Markdown has several contexts, and a backslash escape works in only some of them: in an
 * HTML block (a line that starts with `<details>`, up to the next blank line) GitHub passes text
 * through as HTML, so `\<img src=x>` would stay an image. A numeric character reference (`&#60;`)
 * is decoded to plain text everywhere Markdown or HTML reads text, and CommonMark never takes one
 * for markup (`&#42;a&#42;` is `*a*`, not emphasis; `&#124;` does not split a table cell). So one
 * escaper serves every context below, and a template cannot pick the wrong one:
 *
 * | context                                                        | escapeMarkdown |
 * | -------------------------------------------------------------- | -------------- |
 * | paragraph, heading, list item, link text, emphasis             | safe           |
 * | GFM table cell (also inline HTML on a table row)               | safe           |
 * | HTML block (`<details><summary>` at line start) and its text   | safe           |
 * | quoted HTML attribute value                                    | safe           |
 * | inside a code span or fenced block the template wrote          | inert, shows references literally: use `markdownCode` |
 * | Mermaid block                                                  | use `mermaidText` |
 * | link destination or any URL                                    | not supported: never put AWS values in URLs |
 *
 * What GitHub links after rendering (mentions, `#1`, `GH-1`, `owner/repo#1`, `repo@sha`, bare URLs,
 * `www.`, e-mail addresses) is found in the decoded text, where no escape reaches; a zero-width
 * space after the trigger breaks each pattern and stays invisible.
 */

/** Markup wherever it stands: code, emphasis, strikethrough, links and images, tables, headings, math, HTML, references, attribute quotes. */
const SPECIAL = /[\\`*~[\]|#$<>&"']/g;

/** `_` is emphasis only at a word's edge (CommonMark's flanking rules); `snake_case` inside a name is inert. */
const EDGE_UNDERSCORE = /_(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])_/gu;

/** Structure only at the start of a line: list markers, setext underlines, ordered list numbers. */
const LEADING = /^(\s*)(?:([-+=])|(\d{1,9})([.)]))/;

/** Breaks what GitHub links in rendered text; shared with `mermaidText`. */
export function breakAutolinks(text: string): string {
  return text
    .replace(/@/g, '@\u200b')
    .replace(/#(?=\d)/g, '#\u200b')
    .replace(/\b(gh)-(?=\d)/gi, '$1-\u200b')
    .replace(/:\/\//g, ':\u200b//')
    .replace(/\b(www)\./gi, '$1\u200b.');
}

/**
 * Escapes one value for any GitHub Markdown context in the table above: one line (line breaks
 * become spaces), every markup character as a character reference, links and mentions broken.
 * The rendered text reads as the value did.
 */
export function escapeMarkdown(value: string): string {
  return breakAutolinks(sanitizeText(value))
    .replace(SPECIAL, characterReference)
    .replace(EDGE_UNDERSCORE, characterReference)
    .replace(
      LEADING,
      (_match, space: string, marker: string | undefined, digits: string | undefined, dot: string) =>
        marker ? `${space}${characterReference(marker)}` : `${space}${digits}${characterReference(dot)}`,
    );
}

/** A table cell is one of the contexts `escapeMarkdown` already covers; the name says where it is used. */
export const escapeMarkdownCell = escapeMarkdown;

/**
 * Monospace text that nothing can break out of, in every context above. A backtick code span is
 * not used: inside an HTML block GitHub does not parse it (its text would be raw HTML), and in a
 * table a `|` inside it needs `\|`, which shows as a backslash anywhere else.
 */
export function markdownCode(value: string): string {
  return `<code>${escapeMarkdown(value)}</code>`;
}

/**
 * A label inside a Mermaid chart (`pie` slice, `xychart` axis), to be written in double quotes:
 * `"{{mermaidText name}}" : 3`. Mermaid reads no Markdown escapes, so only plain characters are kept:
 * letters, marks, digits, spaces and `.,:/+=?!()-`. Everything else (quotes, `%%` comments, `;`,
 * `#quot;` entities, `<br>`, backticks) becomes a space, and it stays inert if used outside a chart.
 */
export function mermaidText(value: string): string {
  return breakAutolinks(
    sanitizeText(value)
      .replace(/[^\p{L}\p{M}\p{N} .,:/+=?!()-]+/gu, ' ')
      .replace(/ {2,}/g, ' ')
      .trim(),
  );
}
