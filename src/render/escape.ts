/**
 * Resource names, tags, ids, policy text and AWS error messages are attacker-controlled: whoever can
 * tag a resource writes text we publish. One escaper per medium keeps it inert there:
 *
 * - GitHub Markdown, every context of a comment, issue or job summary: `escape-markdown.ts`
 * - HTML outside GitHub: `escape-html.ts`
 * - Slack mrkdwn, and JSON string contents for Slack templates: `escape-slack.ts`
 * - terminals and Action logs: `plainText` in `escape-text.ts`
 */
export { escapeHtml } from './escape-html.js';
export { escapeMarkdown, escapeMarkdownCell, markdownCode, mermaidText } from './escape-markdown.js';
export { escapeSlack, jsonStringContent } from './escape-slack.js';
export { plainText, sanitizeText } from './escape-text.js';

/** Text inside inline HTML in a table cell: `escapeMarkdown` covers it (kept for today's callers). */
export { escapeMarkdown as escapeHtmlCell } from './escape-markdown.js';
