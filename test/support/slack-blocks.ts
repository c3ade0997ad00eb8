/**
 * Block Kit as Slack checks a message's blocks (docs.slack.dev reference, limits in
 * shared/reference/github-actions.md 8.2), written apart from src/render so the test receiver
 * judges our messages independently. `path: 'text'` is the missing notification fallback.
 */
export interface Violation {
  readonly path: string;
  readonly message: string;
}

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const MESSAGE_BLOCKS = 50;
const INTERACTIVE = new Set([
  'button',
  'checkboxes',
  'datepicker',
  'datetimepicker',
  'overflow',
  'radio_buttons',
  'static_select',
  'external_select',
  'users_select',
  'conversations_select',
  'channels_select',
  'multi_static_select',
  'multi_external_select',
  'multi_users_select',
  'multi_conversations_select',
  'multi_channels_select',
  'timepicker',
  'workflow_button',
]);
const RICH_TEXT = new Set([
  'rich_text_section',
  'rich_text_list',
  'rich_text_preformatted',
  'rich_text_quote',
]);

export function blockKitViolations(message: unknown): Violation[] {
  const found: Violation[] = [];
  const fail = (path: string, text: string): void => void found.push({ path, message: text });

  const text = (path: string, value: unknown, max: number, plainOnly = false) => {
    if (!isRecord(value)) return fail(path, 'a text object is required');
    const types = plainOnly ? ['plain_text'] : ['plain_text', 'mrkdwn'];
    if (typeof value.type !== 'string' || !types.includes(value.type)) {
      return fail(`${path}.type`, `must be ${types.join(' or ')}, not ${String(value.type)}`);
    }
    if (typeof value.text !== 'string' || value.text.length === 0)
      return fail(`${path}.text`, 'must be non-empty text');
    if (value.text.length > max) fail(`${path}.text`, `${value.text.length} characters, more than ${max}`);
    if ('emoji' in value && value.type !== 'plain_text') fail(`${path}.emoji`, 'only plain_text has emoji');
    if ('verbatim' in value && value.type !== 'mrkdwn') fail(`${path}.verbatim`, 'only mrkdwn has verbatim');
  };
  const list = (path: string, value: unknown, min: number, max: number): unknown[] => {
    if (!Array.isArray(value)) {
      fail(path, 'a list is required');
      return [];
    }
    if (value.length < min || value.length > max)
      fail(path, `${value.length} items, allowed ${min} to ${max}`);
    return value;
  };
  const element = (path: string, value: unknown) => {
    if (!isRecord(value) || typeof value.type !== 'string' || !INTERACTIVE.has(value.type)) {
      return fail(path, 'an interactive element is required');
    }
    if (value.type === 'button') {
      text(`${path}.text`, value.text, 75, true);
      if (typeof value.url === 'string' && value.url.length > 3000) fail(`${path}.url`, 'longer than 3000');
    }
    if (typeof value.action_id === 'string' && value.action_id.length > 255)
      fail(`${path}.action_id`, 'longer than 255');
  };
  const image = (path: string, value: Json) => {
    if (typeof value.image_url !== 'string' && !isRecord(value.slack_file))
      fail(path, 'image_url or slack_file required');
    if (typeof value.alt_text !== 'string' || value.alt_text.length > 2000)
      fail(`${path}.alt_text`, 'required, at most 2000');
  };

  const blocks: Record<string, (path: string, block: Json) => void> = {
    header: (path, block) => text(`${path}.text`, block.text, 150, true),
    section: (path, block) => {
      if (block.text === undefined && block.fields === undefined) fail(path, 'text or fields required');
      if (block.text !== undefined) text(`${path}.text`, block.text, 3000);
      if (block.fields !== undefined) {
        list(`${path}.fields`, block.fields, 1, 10).forEach((f, i) => text(`${path}.fields[${i}]`, f, 2000));
      }
      if (block.accessory !== undefined) {
        if (isRecord(block.accessory) && block.accessory.type === 'image')
          image(`${path}.accessory`, block.accessory);
        else element(`${path}.accessory`, block.accessory);
      }
    },
    context: (path, block) =>
      list(`${path}.elements`, block.elements, 1, 10).forEach((e, i) => {
        if (isRecord(e) && e.type === 'image') image(`${path}.elements[${i}]`, e);
        else text(`${path}.elements[${i}]`, e, 3000);
      }),
    divider: () => undefined,
    actions: (path, block) =>
      list(`${path}.elements`, block.elements, 1, 25).forEach((e, i) => element(`${path}.elements[${i}]`, e)),
    rich_text: (path, block) =>
      list(`${path}.elements`, block.elements, 1, 100).forEach((e, i) => {
        if (!isRecord(e) || typeof e.type !== 'string' || !RICH_TEXT.has(e.type)) {
          fail(`${path}.elements[${i}]`, 'a rich_text_* element is required');
        }
      }),
    image: (path, block) => image(path, block),
    markdown: (path, block) => {
      if (typeof block.text !== 'string' || block.text.length > 12000)
        fail(`${path}.text`, 'required, at most 12000');
    },
  };

  if (!isRecord(message)) return [{ path: '', message: 'the payload must be a JSON object' }];
  if (typeof message.text !== 'string' || message.text.trim() === '')
    fail('text', 'no top-level text fallback');
  if (message.blocks === undefined) return found;
  const ids = new Set<string>();
  list('blocks', message.blocks, 0, MESSAGE_BLOCKS).forEach((block, i) => {
    const path = `blocks[${i}]`;
    if (!isRecord(block) || typeof block.type !== 'string') return fail(path, 'a block needs a type');
    const check = blocks[block.type];
    if (!check) return fail(`${path}.type`, `${block.type} is not a message block`);
    if (block.block_id !== undefined) {
      const id = String(block.block_id);
      if (id.length > 255) fail(`${path}.block_id`, 'longer than 255');
      if (ids.has(id)) fail(`${path}.block_id`, `duplicate ${id}`);
      ids.add(id);
    }
    check(path, block);
  });
  return found;
}
