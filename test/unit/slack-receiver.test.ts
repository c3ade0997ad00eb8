import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { IncomingWebhook, IncomingWebhookHTTPError } from '@slack/webhook';
import { blockKitViolations } from '../support/slack-blocks.js';
import { startSlackReceiver, type SlackReceiver } from '../support/slack-receiver.js';

const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text });
const plain = (text: string) => ({ type: 'plain_text' as const, text });

/** The HTTP error `send` fails with: Slack's status and one-word answer. */
async function failure(send: Promise<unknown>): Promise<[number, string]> {
  try {
    await send;
  } catch (error) {
    if (error instanceof IncomingWebhookHTTPError) return [error.statusCode, error.body];
    throw error;
  }
  throw new Error('the send succeeded');
}

describe('the Slack test receiver, through @slack/webhook', () => {
  let receiver: SlackReceiver;
  let webhook: IncomingWebhook;
  beforeEach(async () => {
    receiver = await startSlackReceiver();
    webhook = new IncomingWebhook(receiver.url, { timeout: 5_000 });
  });
  afterEach(() => receiver.close());

  it('answers ok to a valid message and records it', async () => {
    const message = {
      text: '2 new findings',
      blocks: [
        { type: 'header', text: plain('AWS audit') },
        { type: 'section', text: mrkdwn('*2* new'), fields: [mrkdwn('a'), mrkdwn('b')] },
        { type: 'context', elements: [mrkdwn('run 7')] },
        { type: 'divider' },
        { type: 'actions', elements: [{ type: 'button', text: plain('Open'), url: 'https://e.x' }] },
      ],
    };
    await expect(webhook.send(message)).resolves.toEqual({ text: 'ok' });
    expect(receiver.accepted).toEqual([message]);
    expect(receiver.received[0]?.path).toBe('/services/T0000TEST/B0000TEST/testtoken');
    expect(receiver.received[0]?.headers['content-type']).toBe('application/json');
  });

  it('answers invalid_blocks, as Slack does, and records every limit broken', async () => {
    const blocks = [
      { type: 'header', text: plain('h'.repeat(151)) },
      { type: 'header', text: mrkdwn('*bold header*') },
      { type: 'section', text: mrkdwn('s'.repeat(3001)) },
      { type: 'section', fields: Array.from({ length: 11 }, () => mrkdwn('f')) },
      { type: 'section', fields: [mrkdwn('f'.repeat(2001))] },
      { type: 'context', elements: Array.from({ length: 11 }, () => mrkdwn('c')) },
      { type: 'table' },
      ...Array.from({ length: 44 }, () => ({ type: 'divider' })),
    ];
    expect(blocks).toHaveLength(51);
    expect(await failure(webhook.send({ text: 'x', blocks }))).toEqual([400, 'invalid_blocks']);
    expect(receiver.received[0]?.violations.map((v) => v.path)).toEqual([
      'blocks',
      'blocks[0].text.text',
      'blocks[1].text.type',
      'blocks[2].text.text',
      'blocks[3].fields',
      'blocks[4].fields[0].text',
      'blocks[5].elements',
      'blocks[6].type',
    ]);
    expect(receiver.accepted).toEqual([]);
  });

  it('answers no_text to a message without the notification fallback', async () => {
    expect(await failure(webhook.send({ blocks: [{ type: 'divider' }] }))).toEqual([400, 'no_text']);
    const lenient = await startSlackReceiver({ requireText: false });
    try {
      const other = new IncomingWebhook(lenient.url);
      await expect(other.send({ blocks: [{ type: 'divider' }] })).resolves.toEqual({ text: 'ok' });
      expect(await failure(other.send({}))).toEqual([400, 'no_text']);
    } finally {
      await lenient.close();
    }
  });

  it('answers rate_limited with Retry-After while a rate limit is set, then ok again', async () => {
    receiver.rateLimit(1, 7);
    expect(await failure(webhook.send('first'))).toEqual([429, 'rate_limited']);
    await expect(webhook.send('second')).resolves.toEqual({ text: 'ok' });
    receiver.rateLimit(1, 30);
    const response = await fetch(receiver.url, { method: 'POST', body: JSON.stringify({ text: 'x' }) });
    expect([response.status, response.headers.get('retry-after'), await response.text()]).toEqual([
      429,
      '30',
      'rate_limited',
    ]);
    expect(receiver.accepted).toEqual([{ text: 'second' }]);
  });

  it('answers invalid_payload to what is not a JSON object', async () => {
    const response = await fetch(receiver.url, { method: 'POST', body: 'payload=%7B%7D' });
    expect([response.status, await response.text()]).toEqual([400, 'invalid_payload']);
  });
});

describe('blockKitViolations', () => {
  it('checks text objects, elements and block ids', () => {
    const violations = blockKitViolations({
      text: 'x',
      blocks: [
        { type: 'section', block_id: 'a', text: { type: 'plain_text', text: '', verbatim: true } },
        { type: 'section', block_id: 'a' },
        { type: 'context', elements: [] },
        { type: 'actions', elements: [{ type: 'button', text: mrkdwn('no') }] },
        { type: 'rich_text', elements: [{ type: 'rich_text_section', elements: [] }] },
        { type: 'image', image_url: 'https://e.x/i.png' },
      ],
    });
    expect(violations.map((v) => `${v.path}: ${v.message}`)).toEqual([
      'blocks[0].text.text: must be non-empty text',
      'blocks[1].block_id: duplicate a',
      'blocks[1]: text or fields required',
      'blocks[2].elements: 0 items, allowed 1 to 10',
      'blocks[3].elements[0].text.type: must be plain_text, not mrkdwn',
      'blocks[5].alt_text: required, at most 2000',
    ]);
  });
});
