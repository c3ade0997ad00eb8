import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { blockKitViolations, type Violation } from './slack-blocks.js';

/** One request the receiver answered, as Slack would have. */
export interface ReceivedMessage {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  /** The parsed JSON body, or the raw text when it was not JSON. */
  readonly body: unknown;
  readonly status: number;
  readonly answer: string;
  readonly violations: readonly Violation[];
}

export interface SlackReceiver {
  /** An incoming-webhook URL on this server. */
  readonly url: string;
  /** Every request, in order. */
  readonly received: readonly ReceivedMessage[];
  /** The bodies answered `ok`. */
  readonly accepted: readonly unknown[];
  /** Answers the next `requests` with 429 `rate_limited` and `Retry-After: retryAfterSeconds`. */
  rateLimit(requests: number, retryAfterSeconds: number): void;
  close(): Promise<void>;
}

export interface SlackReceiverOptions {
  /** Slack posts a message with blocks and no top-level `text` (and logs a warning); we refuse it by default. */
  readonly requireText?: boolean;
}

/**
 * Stands in for Slack's incoming webhooks: a JSON POST is checked as Block Kit and answered `ok`
 * (200), `invalid_blocks` or `no_text` (400), `invalid_payload` (400) when it is not a JSON object,
 * or `rate_limited` (429) while a rate limit is set. Every request is recorded with its violations.
 */
export async function startSlackReceiver(options: SlackReceiverOptions = {}): Promise<SlackReceiver> {
  const requireText = options.requireText ?? true;
  const received: ReceivedMessage[] = [];
  let limited = 0;
  let retryAfter = 1;

  const judge = (method: string | undefined, raw: string) => {
    let body: unknown = raw;
    if (method !== 'POST') return { body, status: 405, answer: 'invalid_method', violations: [] };
    if (limited > 0) {
      limited -= 1;
      return { body, status: 429, answer: 'rate_limited', violations: [] };
    }
    try {
      body = JSON.parse(raw);
    } catch {
      return {
        body,
        status: 400,
        answer: 'invalid_payload',
        violations: [{ path: '', message: 'not JSON' }],
      };
    }
    const violations = blockKitViolations(body);
    const blocks = violations.filter((v) => v.path !== 'text');
    const noText = violations.length > blocks.length;
    const hasBlocks = typeof body === 'object' && body !== null && 'blocks' in body;
    if (violations.some((v) => v.path === ''))
      return { body, status: 400, answer: 'invalid_payload', violations };
    if (blocks.length > 0) return { body, status: 400, answer: 'invalid_blocks', violations };
    if (noText && (requireText || !hasBlocks)) return { body, status: 400, answer: 'no_text', violations };
    return { body, status: 200, answer: 'ok', violations };
  };

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const verdict = judge(request.method, Buffer.concat(chunks).toString('utf8'));
      received.push({ path: request.url ?? '/', headers: request.headers, ...verdict });
      const headers: Record<string, string> = { 'content-type': 'text/html' };
      if (verdict.status === 429) headers['retry-after'] = String(retryAfter);
      response.writeHead(verdict.status, headers).end(verdict.answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/services/T0000TEST/B0000TEST/testtoken`,
    received,
    get accepted() {
      return received.filter((r) => r.status === 200).map((r) => r.body);
    },
    rateLimit(requests, retryAfterSeconds) {
      limited = requests;
      retryAfter = retryAfterSeconds;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
