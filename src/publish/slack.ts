import { setTimeout as sleep } from 'node:timers/promises';
import {
  IncomingWebhook,
  IncomingWebhookHTTPError,
  type FetchFunction,
  type IncomingWebhookSendArguments,
} from '@slack/webhook';
import type { SlackMessage } from '../render/slack.js';
import { errorMessage } from '../shared/errors.js';

export interface SlackOptions {
  /** Each attempt's limit. */
  timeoutMs?: number;
  /** Retries after a 429 (honouring Retry-After, capped) on top of the library's for 5xx and network errors. */
  rateLimitRetries?: number;
  maxRetryAfterMs?: number;
  wait?: (ms: number) => Promise<unknown>;
}

export type SlackOutcome = { sent: true; attempts: number } | { sent: false; warning: string };

/** The webhook URL is a secret: never let it reach a message, even inside a library's error text. */
const withoutUrl = (text: string, url: string) => text.split(url).join('<slack-webhook-url>');

/**
 * Posts a Block Kit message to an incoming webhook. The library retries 5xx and network failures
 * (three times, backing off) but fails at once on a 429; a 429 is retried here after its
 * Retry-After, a bounded number of times. A failure is returned as a warning: a notification
 * that did not go out never fails an audit.
 */
export async function sendSlackMessage(
  url: string,
  message: SlackMessage,
  options: SlackOptions = {},
): Promise<SlackOutcome> {
  const wait = options.wait ?? sleep;
  let retryAfterMs = 0;
  // Wraps fetch only to read Retry-After, which the library's error does not carry.
  const fetchFn: FetchFunction = async (target, init) => {
    const response = await fetch(target, init as RequestInit);
    const header = response.headers.get('retry-after');
    retryAfterMs = header && /^\d+$/.test(header) ? Number(header) * 1000 : 1000;
    return response;
  };
  const webhook = new IncomingWebhook(url, {
    fetch: fetchFn,
    timeout: options.timeoutMs ?? 10_000,
    retryConfig: { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 4_000, randomize: true },
  });
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  for (let attempt = 1; ; attempt += 1) {
    try {
      // Rendered from a template and checked as Block Kit (render/slack.ts); the library's block types are narrower.
      await webhook.send(message as unknown as IncomingWebhookSendArguments);
      return { sent: true, attempts: attempt };
    } catch (error) {
      const limited = error instanceof IncomingWebhookHTTPError && error.statusCode === 429;
      if (limited && attempt <= rateLimitRetries) {
        await wait(Math.min(retryAfterMs, options.maxRetryAfterMs ?? 30_000));
        continue;
      }
      const detail =
        error instanceof IncomingWebhookHTTPError
          ? `HTTP ${error.statusCode} ${error.body.slice(0, 200)}`
          : errorMessage(error);
      return { sent: false, warning: withoutUrl(`The Slack message was not sent: ${detail}`, url) };
    }
  }
}
