/**
 * Resource names, tags and even AWS error messages are attacker-controlled text. These keep them
 * inert wherever they are shown: no markup, no links, no mentions, no broken tables.
 */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** For Markdown table cells and inline text on GitHub: escapes markup and defuses @mentions and autolinks. */
export function escapeMarkdown(value: string): string {
  return escapeHtml(plainText(value))
    .replace(/\r?\n/g, ' ')
    .replace(/([\\`*_{}[\]()#+!|~-])/g, '\\$1')
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
