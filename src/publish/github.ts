import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export interface GitHubClientOptions {
  /** The REST API's base URL (GITHUB_API_URL on a runner; the library's default otherwise). */
  baseUrl?: string;
  userAgent?: string;
  /** Each attempt's limit: a server that accepts and never answers ends after this. */
  requestTimeoutMs?: number;
  /** The run's deadline: once aborted, no request starts and none is retried. */
  signal?: AbortSignal;
  /** Retries of a 5xx or a network failure (plugin-retry); 4xx other than rate limits are never retried. */
  retries?: number;
  /** Base of plugin-retry's quadratic backoff (1 s, 4 s, 9 s... at 1000). */
  retryBaseMs?: number;
  throttle?: {
    /** Retries after a primary or secondary rate limit, then the request fails. */
    maxRetries?: number;
    /** What one second of GitHub's Retry-After waits here (1000 in production, lower in tests). */
    retryAfterBaseMs?: number;
    /** Seconds waited after a secondary rate limit that names no Retry-After. */
    fallbackSecondaryRetryAfterSec?: number;
    /**
     * Bottleneck groups replacing the plugin's pacing of writes (1 s apart) and of writes that
     * notify (3 s apart), which GitHub asks integrations to keep; tests pass faster ones.
     */
    pacing?: { write?: unknown; notifications?: unknown };
  };
}

export type GitHubClient = ReturnType<typeof getOctokit>;
type Plugin = NonNullable<Parameters<typeof getOctokit>[2]>;
type PluginHost = Parameters<Plugin>[0];

/** Error thrown when the run's own signal ends a request: never retried. */
export class GitHubRequestAborted extends Error {
  constructor(cause: unknown) {
    super('The GitHub request was abandoned: the run is out of time', { cause });
    this.name = 'GitHubRequestAborted';
  }
}

/**
 * Gives every attempt its own deadline, combined with the run's signal. Registered before the
 * retry and throttling plugins, so it wraps each attempt rather than the whole retried request.
 */
function attemptDeadline(timeoutMs: number, runSignal: AbortSignal | undefined): Plugin {
  return (octokit: PluginHost) => {
    // The caller's own signal of each request, kept apart from the per-attempt one that replaces it.
    const callerSignals = new WeakMap<object, AbortSignal | undefined>();
    octokit.hook.wrap('request', async (request, options) => {
      if (!callerSignals.has(options)) callerSignals.set(options, options.request?.signal ?? undefined);
      const caller = callerSignals.get(options);
      const ended = [runSignal, caller].find((candidate) => candidate?.aborted);
      if (ended) throw new GitHubRequestAborted(ended.reason);
      const timeout = AbortSignal.timeout(timeoutMs);
      const signals = [timeout, runSignal, caller].filter(
        (candidate): candidate is AbortSignal => candidate !== undefined,
      );
      const signal = AbortSignal.any(signals);
      try {
        // In place: the hooks of before-after-hook are bound to the options object, so a copy
        // handed to `request` would never reach fetch.
        options.request = { ...options.request, signal };
        return await request(options);
      } catch (error) {
        // No `request` property: plugin-retry retries only errors carrying one.
        const aborted = [runSignal, caller].find((candidate) => candidate?.aborted);
        if (aborted) throw new GitHubRequestAborted(aborted.reason);
        if (timeout.aborted && error instanceof Object) {
          // Kept as the same RequestError (plugin-retry retries it), with a message that says what happened.
          (error as { message: string }).message =
            `GitHub did not answer ${options.method} ${options.url} within ${timeoutMs} ms`;
        }
        throw error;
      }
    });
    return {};
  };
}

/**
 * An Octokit for the Actions token or a PAT: bounded retries of 5xx and network failures,
 * rate limits (primary and secondary) retried after GitHub's wait at most `maxRetries` times,
 * and every attempt under a deadline.
 */
export function createGitHubClient(token: string, options: GitHubClientOptions = {}): GitHubClient {
  const maxRetries = options.throttle?.maxRetries ?? 2;
  const within = (retryCount: number) => retryCount < maxRetries;
  return getOctokit(
    token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      ...(options.userAgent ? { userAgent: options.userAgent } : {}),
      retry: { retries: options.retries ?? 2, retryAfterBaseValue: options.retryBaseMs ?? 1000 },
      throttle: {
        retryAfterBaseValue: options.throttle?.retryAfterBaseMs ?? 1000,
        fallbackSecondaryRateRetryAfter: options.throttle?.fallbackSecondaryRetryAfterSec ?? 60,
        ...(options.throttle?.pacing as object | undefined),
        onRateLimit: (_after: number, _request: unknown, _octokit: unknown, retryCount: number) =>
          within(retryCount),
        onSecondaryRateLimit: (_after: number, _request: unknown, _octokit: unknown, retryCount: number) =>
          within(retryCount),
      },
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    },
    attemptDeadline(options.requestTimeoutMs ?? 30_000, options.signal),
    retry,
    throttling,
  );
}
