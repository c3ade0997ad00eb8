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
  return escapeHtml(value)
    .replace(/\r?\n/g, ' ')
    .replace(/([\\`*_{}[\]()#+!|~-])/g, '\\$1')
    .replace(/@/g, '@\u200b')
    .replace(/:\/\//g, ':\u200b//')
    .replace(/\bwww\./gi, (match) => `${match.slice(0, 3)}\u200b.`);
}
