import type { NodeHttpHandler } from '@smithy/node-http-handler';
import type { HttpHandlerOptions } from '@smithy/types';

type Handle = NodeHttpHandler['handle'];

/** One attempt of one call got no complete answer in time; the SDK's retry treats it as transient. */
export class CallTimedOut extends Error {
  override readonly name = 'TimeoutError';
  constructor(service: string, region: string, seconds: number) {
    super(`no complete answer from ${service} in ${region} within ${seconds}s (call-timeout-seconds)`);
  }
}

/** Called when the answer's body has been read, or the request failed: the attempt is over. */
function onBodyDone(body: unknown, done: () => void): void {
  const stream = body as { once?: (event: string, listener: () => void) => void; readableEnded?: boolean };
  if (typeof stream?.once !== 'function' || stream.readableEnded) {
    done();
    return;
  }
  stream.once('close', done);
}

/**
 * Wraps the shared HTTP handler so that every attempt really ends: it is aborted (the socket
 * destroyed) when `attemptMs` pass before its whole answer, body included, has arrived, or when
 * `deadline` (the region's time budget, or the run's) aborts. The node handler alone only logs a
 * warning when its requestTimeout passes, and a trickling body is never timed by it.
 */
export class AttemptDeadlineHandler {
  readonly metadata = { handlerProtocol: 'http/1.1' };

  constructor(
    private readonly inner: NodeHttpHandler,
    private readonly deadline: AbortSignal,
    private readonly attemptMs: number,
    private readonly label: { service: string; region: string },
  ) {}

  async handle(request: Parameters<Handle>[0], options: HttpHandlerOptions = {}): ReturnType<Handle> {
    if (this.deadline.aborted) throw this.deadline.reason;
    const attempt = new AbortController();
    const timedOut = new CallTimedOut(this.label.service, this.label.region, this.attemptMs / 1000);
    const timer = setTimeout(() => attempt.abort(timedOut), this.attemptMs);
    const onDeadline = () => attempt.abort(this.deadline.reason);
    this.deadline.addEventListener('abort', onDeadline, { once: true });
    const caller = options.abortSignal as AbortSignal | undefined;
    const onCaller = () => attempt.abort(caller?.reason);
    caller?.addEventListener?.('abort', onCaller, { once: true });
    const release = () => {
      clearTimeout(timer);
      this.deadline.removeEventListener('abort', onDeadline);
      caller?.removeEventListener?.('abort', onCaller);
    };
    try {
      const answer = await this.inner.handle(request, { ...options, abortSignal: attempt.signal });
      // The deserializer reads the body after this returns; the attempt's clock runs until it is read.
      onBodyDone(answer.response.body, release);
      return answer;
    } catch (error) {
      release();
      // The node handler reports an abort as a bare AbortError: say which limit ended the attempt.
      if (attempt.signal.aborted && attempt.signal.reason instanceof Error) throw attempt.signal.reason;
      throw error;
    }
  }

  updateHttpClientConfig(key: never, value: never): void {
    this.inner.updateHttpClientConfig(key, value);
  }

  httpHandlerConfigs(): ReturnType<NodeHttpHandler['httpHandlerConfigs']> {
    return this.inner.httpHandlerConfigs();
  }

  /** The shared handler and its sockets belong to the factory, which destroys them once. */
  destroy(): void {}
}
