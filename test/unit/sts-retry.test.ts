import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { withRetry, type RetryOptions } from '../../src/credentials/retry.js';
import { isRetryableStsError, stsErrorCode } from '../../src/credentials/sts-errors.js';
import { rejectionOf, stsError } from '../support/credentials.js';

// ---------------------------------------------------------------------------------------------
// withRetry
// ---------------------------------------------------------------------------------------------

describe('withRetry', () => {
  class Retryable extends Error {}
  class Fatal extends Error {}

  function options(overrides: Partial<RetryOptions> = {}) {
    const waits: number[] = [];
    const retries: [number, number, unknown][] = [];
    const opts: RetryOptions = {
      maxAttempts: 5,
      baseDelayMs: 100,
      maxDelayMs: 1_000,
      isRetryable: (error) => error instanceof Retryable,
      onRetry: (attempt, delay, error) => retries.push([attempt, delay, error]),
      wait: async (ms) => {
        waits.push(ms);
      },
      random: () => 0.5,
      ...overrides,
    };
    return { opts, waits, retries };
  }

  /** A task failing with the given errors in turn, then answering `done`. */
  function failing(errors: Error[]) {
    let calls = 0;
    const task = async () => {
      const error = errors[calls];
      calls += 1;
      if (error) throw error;
      return 'done';
    };
    return { task, calls: () => calls };
  }

  it('returns the first answer without waiting', async () => {
    const { opts, waits } = options();
    const { task, calls } = failing([]);
    await expect(withRetry(task, opts)).resolves.toBe('done');
    expect(calls()).toBe(1);
    expect(waits).toEqual([]);
  });

  it('retries retryable errors and reports each retry', async () => {
    const { opts, waits, retries } = options();
    const first = new Retryable('one');
    const second = new Retryable('two');
    const { task, calls } = failing([first, second]);
    await expect(withRetry(task, opts)).resolves.toBe('done');
    expect(calls()).toBe(3);
    // random 0.5 of base * 2^attempt: 0.5*200, 0.5*400
    expect(waits).toEqual([100, 200]);
    expect(retries).toEqual([
      [1, 100, first],
      [2, 200, second],
    ]);
  });

  it('does not retry an error that is not retryable', async () => {
    const { opts, waits } = options();
    const fatal = new Fatal('no');
    const { task, calls } = failing([fatal]);
    await expect(withRetry(task, opts)).rejects.toBe(fatal);
    expect(calls()).toBe(1);
    expect(waits).toEqual([]);
  });

  it('stops at a non-retryable error after retryable ones', async () => {
    const { opts } = options();
    const fatal = new Fatal('no');
    const { task, calls } = failing([new Retryable('a'), fatal, new Retryable('never')]);
    await expect(withRetry(task, opts)).rejects.toBe(fatal);
    expect(calls()).toBe(2);
  });

  it('gives up after maxAttempts and throws the last error', async () => {
    const { opts, waits } = options({ maxAttempts: 4 });
    const errors = [1, 2, 3, 4, 5, 6].map((n) => new Retryable(`attempt ${n}`));
    const { task, calls } = failing(errors);
    await expect(withRetry(task, opts)).rejects.toBe(errors[3]);
    expect(calls()).toBe(4);
    expect(waits).toHaveLength(3);
  });

  it('makes exactly one attempt with maxAttempts 1', async () => {
    const { opts, waits } = options({ maxAttempts: 1 });
    const error = new Retryable('once');
    const { task, calls } = failing([error]);
    await expect(withRetry(task, opts)).rejects.toBe(error);
    expect(calls()).toBe(1);
    expect(waits).toEqual([]);
  });

  it('draws full jitter up to a ceiling of base * 2^attempt, capped at maxDelayMs', async () => {
    const errors = Array.from({ length: 6 }, (_, n) => new Retryable(`e${n}`));
    const high = options({ maxAttempts: 7, random: () => 0.999_999 });
    await withRetry(failing(errors).task, high.opts);
    // ceilings: 200, 400, 800, then capped at 1000
    expect(high.waits).toEqual([200, 400, 800, 1000, 1000, 1000]);

    const low = options({ maxAttempts: 7, random: () => 0 });
    await withRetry(failing(errors).task, low.opts);
    expect(low.waits).toEqual([0, 0, 0, 0, 0, 0]);

    const quarter = options({ maxAttempts: 7, random: () => 0.25 });
    await withRetry(failing(errors).task, quarter.opts);
    expect(quarter.waits).toEqual([50, 100, 200, 250, 250, 250]);
  });

  it('waits for the delay before the next attempt', async () => {
    const events: string[] = [];
    let calls = 0;
    await withRetry(
      async () => {
        calls += 1;
        events.push(`attempt ${calls}`);
        if (calls < 2) throw new Retryable('again');
        return 'ok';
      },
      {
        maxAttempts: 3,
        baseDelayMs: 10,
        maxDelayMs: 10,
        isRetryable: (e) => e instanceof Retryable,
        random: () => 1,
        wait: async (ms) => {
          events.push(`wait ${ms}`);
          await new Promise((resolve) => setImmediate(resolve));
          events.push('waited');
        },
      },
    );
    expect(events).toEqual(['attempt 1', 'wait 10', 'waited', 'attempt 2']);
  });
});

// ---------------------------------------------------------------------------------------------
// STS error classification (real SDK errors from a fake STS endpoint, plus hand-made ones)
// ---------------------------------------------------------------------------------------------

describe('isRetryableStsError', () => {
  let server: Server;
  let endpoint: string;
  let reply = { status: 400, code: 'AccessDenied' };

  beforeAll(async () => {
    server = createServer((request, response) => {
      request.resume();
      request.on('end', () =>
        response
          .writeHead(reply.status, { 'content-type': 'text/xml' })
          .end(
            `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type>` +
              `<Code>${reply.code}</Code><Message>message for ${reply.code}</Message></Error>` +
              `<RequestId>req-1</RequestId></ErrorResponse>`,
          ),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  /** The error the SDK throws when STS answers `code` with `status`. */
  async function sdkError(status: number, code: string, url = endpoint): Promise<Error> {
    reply = { status, code };
    const sts = new STSClient({
      region: 'us-east-1',
      endpoint: url,
      maxAttempts: 1,
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
    });
    try {
      return await rejectionOf(
        sts.send(
          new AssumeRoleWithWebIdentityCommand({
            RoleArn: 'arn:aws:iam::123456789012:role/x',
            RoleSessionName: 'ab',
            WebIdentityToken: 't',
          }),
        ),
      );
    } finally {
      sts.destroy();
    }
  }

  it.each([
    [403, 'AccessDenied'],
    [400, 'InvalidIdentityToken'],
    [400, 'IDPRejectedClaim'],
    [400, 'ValidationError'],
    [400, 'ExpiredTokenException'],
    [400, 'MalformedPolicyDocument'],
    [403, 'InvalidClientTokenId'],
  ])('does not retry %s %s', async (status, code) => {
    const error = await sdkError(status, code);
    expect(stsErrorCode(error)).toBe(code);
    expect(isRetryableStsError(error)).toBe(false);
  });

  it.each([
    [400, 'Throttling'],
    [400, 'ThrottlingException'],
    [429, 'TooManyRequests'],
    [500, 'InternalFailure'],
    [503, 'ServiceUnavailable'],
    [502, 'BadGateway'],
    [400, 'IDPCommunicationError'],
  ])('retries %s %s', async (status, code) => {
    const error = await sdkError(status, code);
    expect(stsErrorCode(error)).toBe(code);
    expect(isRetryableStsError(error)).toBe(true);
  });

  it('does not retry an unknown client error', async () => {
    expect(isRetryableStsError(await sdkError(400, 'SomethingElse'))).toBe(false);
  });

  it.each(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT'])(
    'retries a network failure the SDK reports as %s (code and $metadata, no HTTP status)',
    (code) => {
      // What sts.send throws in production: node's error, given $metadata by the SDK. (Under jest the
      // SDK wraps node's cross-realm errors instead, so a real socket failure is not used here.)
      const error = Object.assign(new Error('socket hang up'), {
        code,
        $metadata: { attempts: 1, totalRetryDelay: 0 },
      });
      expect(isRetryableStsError(error)).toBe(true);
    },
  );

  it.each([
    [
      'a TimeoutError',
      Object.assign(new Error('Connection timed out after 1000 ms'), { name: 'TimeoutError' }),
    ],
    ['a reset socket', new Error('read ECONNRESET')],
    ['a DNS hiccup', new Error('getaddrinfo EAI_AGAIN sts.amazonaws.com')],
    ['a broken pipe', new Error('write EPIPE')],
  ])('retries %s without an HTTP answer', (_what, error) => {
    expect(isRetryableStsError(error)).toBe(true);
  });

  it.each([
    ['a plain error', new Error('boom')],
    ['a string', 'ECONNRESET'],
    ['undefined', undefined],
  ])('does not retry %s', (_what, error) => {
    expect(isRetryableStsError(error)).toBe(false);
  });

  it('retries IDPCommunicationError even without the SDK retryable trait', () => {
    const error = stsError('IDPCommunicationError', 400);
    expect(error.$retryable).toBeUndefined();
    expect(isRetryableStsError(error)).toBe(true);
  });

  it('takes the code from Code before name, so a permanent Code wins over a 503', () => {
    const error = Object.assign(stsError('Unknown', 503), { Code: 'AccessDenied' });
    expect(stsErrorCode(error)).toBe('AccessDenied');
    expect(isRetryableStsError(error)).toBe(false);
    expect(stsErrorCode('not an error')).toBe('Error');
  });
});
