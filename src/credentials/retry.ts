import { setTimeout as sleep } from 'node:timers/promises';

export interface RetryOptions {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  isRetryable(error: unknown): boolean;
  onRetry?(attempt: number, delayMs: number, error: unknown): void;
  wait?(ms: number): Promise<unknown>;
  random?(): number;
}

/** Full-jitter exponential backoff: sleep a random time up to base * 2^attempt (capped). */
export async function withRetry<T>(task: () => Promise<T>, options: RetryOptions): Promise<T> {
  const wait = options.wait ?? sleep;
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await task();
    } catch (error) {
      if (attempt >= options.maxAttempts || !options.isRetryable(error)) throw error;
      const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt);
      const delay = Math.round(random() * ceiling);
      options.onRetry?.(attempt, delay, error);
      await wait(delay);
    }
  }
}
