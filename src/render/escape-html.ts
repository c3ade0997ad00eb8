import { sanitizeText } from './escape-text.js';

/**
 * A numeric character reference (`&#60;`). HTML decodes it to the character as text, and so does
 * CommonMark wherever it parses inline text; neither ever reads it as markup.
 */
export function characterReference(char: string): string {
  return `&#${char.codePointAt(0) ?? 0};`;
}

/**
 * For HTML outside GitHub Markdown (text and quoted attribute values). Inside a Markdown document,
 * even in an HTML block, use `escapeMarkdown`: GitHub still finds mentions and references there.
 */
export function escapeHtml(value: string): string {
  return sanitizeText(value).replace(/[&<>"']/g, characterReference);
}
