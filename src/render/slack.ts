import { SLACK } from './limits.js';
import { reason, TemplateError, type Template, type TemplateContext } from './templates.js';

/** A Slack message as a template renders it: the `text` fallback, Block Kit blocks, other fields. */
export interface SlackMessage {
  readonly text: string;
  readonly blocks: readonly Readonly<Record<string, unknown>>[];
  readonly [field: string]: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Renders a Slack template and reads its JSON; invalid JSON or a message without `text` is an error. */
export function renderSlack(template: Template, context: TemplateContext, file: string): SlackMessage {
  let message: unknown;
  try {
    message = JSON.parse(template(context));
  } catch (error) {
    if (error instanceof TemplateError) throw error;
    throw new TemplateError(file, `did not render JSON (a value outside a "string"?): ${reason(error)}`, {
      cause: error,
    });
  }
  if (!isRecord(message) || typeof message.text !== 'string' || message.text === '') {
    throw new TemplateError(file, 'a Slack message needs a top-level "text" (the notification fallback)');
  }
  const blocks = message.blocks ?? [];
  if (!Array.isArray(blocks) || !blocks.every(isRecord)) {
    throw new TemplateError(file, '"blocks" must be a list of objects');
  }
  return { ...message, text: message.text, blocks };
}

function textLength(value: unknown): number {
  return isRecord(value) && typeof value.text === 'string' ? value.text.length : 0;
}

const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);

/**
 * What in the message is over a Block Kit limit (`SLACK`), one line each; empty when it fits.
 * For `fitList`: `(message) => slackLimitProblems(message).length === 0`.
 */
export function slackLimitProblems(message: SlackMessage): string[] {
  const problems: string[] = [];
  const over = (where: string, what: string, size: number, limit: number) => {
    if (size > limit) problems.push(`${where}: ${what} is ${size}, the limit is ${limit}`);
  };
  over('message', 'blocks', message.blocks.length, SLACK.blocks);
  over('message', 'text', message.text.length, SLACK.fallbackText);
  message.blocks.forEach((block, index) => {
    const where = `blocks[${index}] (${String(block.type)})`;
    if (block.type === 'header') over(where, 'text', textLength(block.text), SLACK.headerText);
    if (block.type === 'section') {
      over(where, 'text', textLength(block.text), SLACK.sectionText);
      over(where, 'fields', count(block.fields), SLACK.fields);
      const fields: unknown[] = Array.isArray(block.fields) ? block.fields : [];
      fields.forEach((field, i) => over(`${where} fields[${i}]`, 'text', textLength(field), SLACK.fieldText));
    }
    if (block.type === 'context') over(where, 'elements', count(block.elements), SLACK.contextElements);
  });
  return problems;
}
