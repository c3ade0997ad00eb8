import { setTimeout as sleep } from 'node:timers/promises';
import {
  IncomingWebhook,
  IncomingWebhookHTTPError,
  type FetchFunction,
  type IncomingWebhookSendArguments,
  type RetryOptions,
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
  /** The run's deadline: once it aborts, no attempt is started or waited for. */
  signal?: AbortSignal;
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
    const request = init as RequestInit;
    const signals = [request.signal, options.signal].filter((signal): signal is AbortSignal => !!signal);
    if (options.signal?.aborted) throw new Error('the run is out of time');
    const response = await fetch(target, { ...request, signal: AbortSignal.any(signals) });
    const header = response.headers.get('retry-after');
    retryAfterMs = header && /^\d+$/.test(header) ? Number(header) * 1000 : 1000;
    return response;
  };
  // The library hands retryConfig to p-retry whole; its onFailedAttempt, thrown from, gives up at
  // once instead of backing off past the run's deadline (RetryOptions does not declare it).
  const retryConfig: RetryOptions & { onFailedAttempt: () => void } = {
    retries: 3,
    factor: 2,
    minTimeout: 500,
    maxTimeout: 4_000,
    randomize: true,
    onFailedAttempt: () => {
      if (options.signal?.aborted) throw new Error('abandoned: the run is out of time');
    },
  };
  const webhook = new IncomingWebhook(url, {
    fetch: fetchFn,
    timeout: options.timeoutMs ?? 10_000,
    retryConfig,
  });
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  for (let attempt = 1; ; attempt += 1) {
    try {
      // Rendered from a template and checked as Block Kit (render/slack.ts); the library's block types are narrower.
      await webhook.send(message as unknown as IncomingWebhookSendArguments);
      return { sent: true, attempts: attempt };
    } catch (error) {
      const limited = error instanceof IncomingWebhookHTTPError && error.statusCode === 429;
      if (limited && attempt <= rateLimitRetries && !options.signal?.aborted) {
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
