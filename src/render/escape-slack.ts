import { sanitizeText } from './escape-text.js';

/*
 * Slack mrkdwn has no escape character. `&`, `<` and `>` must be written `&amp;`, `&lt;`, `&gt;`
 * (Slack's rule), and that alone disarms every control sequence: `<!channel>`, `<!here>`,
 * `<!everyone>`, `<@U123>`, `<#C123>`, `<!subteam^S1>`, `<!date^...>` and `<url|text>` links.
 * Formatting characters have no escape at all, so they become look-alikes (the replacements
 * jsx-slack's <Escape> uses): `*` -> `∗`, `_` -> `ˍ`, `~` -> `∼`, `` ` `` -> `ˋ`. A leading `&gt;`
 * is still a quote to Slack, so a soft hyphen goes before it. What Slack links by itself when a
 * text object is not `verbatim` (`@here`, `@name`, `#channel`, bare URLs and domains) is broken
 * by a zero-width space after the trigger. Templates should still set `"verbatim": true`.
 */

const LOOKALIKE: Readonly<Record<string, string>> = {
  '*': '\u2217',
  _: '\u02cd',
  '~': '\u223c',
  '`': '\u02cb',
};

/** Escapes one value for Slack mrkdwn (section text, fields, context elements, the `text` fallback). */
export function escapeSlack(value: string): string {
  return sanitizeText(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[*_~`]/g, (char) => LOOKALIKE[char] ?? char)
    .replace(/^(\s*)&gt;/, '$1\u00ad&gt;')
    .replace(/[@#](?=[\p{L}\p{N}_])/gu, '$&\u200b')
    .replace(/:\/\//g, ':\u200b//')
    .replace(/([\p{L}\p{N}])\.(?=\p{L})/gu, '$1.\u200b');
}

/**
 * A JSON string's contents: a Slack template is JSON, and a value must not end the string it is
 * written in. Its first character is always a `\u` escape, which is valid only inside a string: a
 * value placed outside one (`"text": {{name}}`) makes the template's output invalid JSON, an error,
 * instead of JSON structure the value chose.
 */
export function jsonStringContent(value: string): string {
  const first = value.charCodeAt(0);
  if (Number.isNaN(first)) return '';
  const escapedFirst = `\\u${first.toString(16).padStart(4, '0')}`;
  return escapedFirst + JSON.stringify(value.slice(1)).slice(1, -1);
}
