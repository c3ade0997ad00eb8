import Bottleneck from 'bottleneck';
import type { GitHubClient, GitHubClientOptions } from '../../src/publish/github.js';

/** One write at a time, as the plugin's own groups, without the seconds between them. */
const unpaced = () => new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 });

/**
 * A client for the fake GitHub with the waits a test can afford: rate-limit and retry backoffs
 * of milliseconds, short attempt deadlines. Imported lazily, so a test can apply a runner
 * environment before @actions/github reads it.
 */
export async function testClient(
  token: string,
  baseUrl: string,
  options: GitHubClientOptions = {},
): Promise<GitHubClient> {
  const { createGitHubClient } = await import('../../src/publish/github.js');
  return createGitHubClient(token, {
    baseUrl,
    requestTimeoutMs: 5_000,
    retryBaseMs: 1,
    ...options,
    throttle: {
      retryAfterBaseMs: 1,
      fallbackSecondaryRetryAfterSec: 1,
      pacing: { write: unpaced(), notifications: unpaced() },
      ...options.throttle,
    },
  });
}
