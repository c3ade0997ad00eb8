import { afterEach, describe, expect, it } from '@jest/globals';
import type { SlackMessage } from '../../src/render/slack.js';
import { sendSlackMessage } from '../../src/publish/slack.js';
import { startSlackReceiver, type SlackReceiver } from '../support/slack-receiver.js';
import { startSilentServer, type SilentServer } from '../support/silent-server.js';

const message = {
  text: 'AWS audit: 1 new finding',
  blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '*1 new finding*', verbatim: true } }],
};

describe('sendSlackMessage', () => {
  let receiver: SlackReceiver | undefined;
  let silent: SilentServer | undefined;
  afterEach(async () => {
    await receiver?.close();
    await silent?.close();
  });

  it('posts the Block Kit message', async () => {
    receiver = await startSlackReceiver();
    expect(await sendSlackMessage(receiver.url, message)).toEqual({ sent: true, attempts: 1 });
    expect(receiver.accepted).toEqual([message]);
  });

  it('waits out a rate limit as Slack asks, a bounded number of times', async () => {
    receiver = await startSlackReceiver();
    receiver.rateLimit(2, 7);
    const waits: number[] = [];
    const outcome = await sendSlackMessage(receiver.url, message, { wait: async (ms) => waits.push(ms) });
    expect(outcome).toEqual({ sent: true, attempts: 3 });
    expect(waits).toEqual([7000, 7000]);
    receiver.rateLimit(5, 1);
    const gaveUp = await sendSlackMessage(receiver.url, message, { wait: async () => undefined });
    expect(gaveUp).toMatchObject({ sent: false, warning: expect.stringContaining('HTTP 429') });
  });

  it('returns a warning, never the webhook URL, when Slack refuses the message', async () => {
    receiver = await startSlackReceiver();
    const outcome = await sendSlackMessage(receiver.url, {
      blocks: message.blocks,
    } as unknown as SlackMessage);
    expect(outcome).toMatchObject({ sent: false, warning: expect.stringContaining('HTTP 400') });
    expect(JSON.stringify(outcome)).not.toContain(receiver.url);
  });

  it('ends when the webhook never answers, and the warning hides the URL', async () => {
    silent = await startSilentServer();
    const url = `${silent.endpoint}/services/T000/B000/secret-token`;
    const outcome = await sendSlackMessage(url, message, { timeoutMs: 200 });
    expect(outcome.sent).toBe(false);
    expect(JSON.stringify(outcome)).not.toContain('secret-token');
  }, 30_000);

  it('stops retrying and ends at once when the run runs out of time', async () => {
    silent = await startSilentServer();
    const url = `${silent.endpoint}/services/T000/B000/secret-token`;
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const started = Date.now();
    const outcome = await sendSlackMessage(url, message, { timeoutMs: 60_000, signal: controller.signal });
    // A hang bound, not a speed claim: the library's backoff (up to 7 s) was not waited out.
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(outcome).toMatchObject({ sent: false, warning: expect.stringContaining('out of time') });
    expect(silent.requests).toBe(1);
  }, 10_000);
});
