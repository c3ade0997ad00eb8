import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { GitHubRequestAborted } from '../../../src/publish/github.js';
import {
  explainGitHubError,
  GitHubPermissionError,
  isRateLimit,
} from '../../../src/publish/permission-errors.js';
import { publishPrComment } from '../../../src/publish/pr-comment.js';
import { ACTIONS_TOKEN, startGitHubServer, type GitHubServer } from '../../support/github-server.js';
import { testClient } from '../../support/publish-client.js';
import { startSilentServer } from '../../support/silent-server.js';

let server: GitHubServer;

beforeAll(async () => {
  server = await startGitHubServer();
  server.state.addRepo({ owner: 'octo-org', name: 'infra' }).addPullRequest({ title: 'Change', head: 'f' });
});
afterAll(() => server.close());
afterEach(() => expect(server.violations).toEqual([]));

const comment = {
  owner: 'octo-org',
  repo: 'infra',
  issueNumber: 1,
  accountId: '1',
  behavior: 'update',
} as const;
const lists = () => server.requests.filter((r) => r.operationId === 'issues/list-comments');

describe('the GitHub client', () => {
  it('ends every attempt against a server that accepts and never answers', async () => {
    const silent = await startSilentServer();
    try {
      const client = await testClient(ACTIONS_TOKEN, silent.endpoint, { requestTimeoutMs: 200, retries: 1 });
      const started = Date.now();
      await expect(publishPrComment(client, { ...comment, body: 'x' })).rejects.toThrow(
        /GitHub did not answer GET \/user within 200 ms/,
      );
      expect(Date.now() - started).toBeLessThan(3_000);
      // One attempt and one retry.
      expect(silent.requests).toBe(2);
    } finally {
      await silent.close();
    }
  });

  it('stops at once, without retrying, when the run is out of time', async () => {
    const silent = await startSilentServer();
    try {
      const run = new AbortController();
      const client = await testClient(ACTIONS_TOKEN, silent.endpoint, {
        requestTimeoutMs: 10_000,
        retries: 3,
        signal: run.signal,
      });
      // The run runs out of time once the first request is waiting on the server (a fixed delay
      // raced the connection on a loaded machine).
      let abortedAt = 0;
      const watch = setInterval(() => {
        if (silent.requests < 1) return;
        clearInterval(watch);
        abortedAt = Date.now();
        run.abort(new Error('deadline'));
      }, 5);
      try {
        await expect(publishPrComment(client, { ...comment, body: 'x' })).rejects.toBeInstanceOf(
          GitHubRequestAborted,
        );
      } finally {
        clearInterval(watch);
      }
      expect(abortedAt).toBeGreaterThan(0);
      expect(Date.now() - abortedAt).toBeLessThan(2_000);
      expect(silent.requests).toBe(1);
    } finally {
      await silent.close();
    }
  });

  it('retries a 5xx a bounded number of times', async () => {
    const before = lists().length;
    server.faults.push({
      operationId: 'issues/list-comments',
      status: 502,
      message: 'Bad Gateway',
      times: 10,
    });
    const client = await testClient(ACTIONS_TOKEN, server.url, { retries: 2 });
    await expect(publishPrComment(client, { ...comment, body: 'x' })).rejects.toMatchObject({ status: 502 });
    expect(lists().length - before).toBe(3);
    server.faults.length = 0;
  });

  it('retries a primary rate limit at most maxRetries times', async () => {
    const before = lists().length;
    const reset = String(Math.floor(Date.now() / 1000));
    server.faults.push({
      operationId: 'issues/list-comments',
      status: 403,
      message: 'API rate limit exceeded for installation ID 1.',
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      times: 1,
    });
    const client = await testClient(ACTIONS_TOKEN, server.url, { throttle: { maxRetries: 1 } });
    const result = await publishPrComment(client, { ...comment, body: 'after the limit' });
    expect(result.action).toBe('created');
    expect(lists().length - before).toBe(2);
  });
});

describe('permission errors', () => {
  const refusal = (status: number, message: string, headers: Record<string, string> = {}) => ({
    status,
    message,
    response: { headers },
  });

  it.each([
    ['pr-comment', 'pull-requests: write'],
    ['issue', 'issues: write'],
    ['label', 'issues: write'],
    ['runs', 'actions: read'],
    ['artifacts', 'actions: read'],
  ] as const)('a refused %s call names %s', (kind, permission) => {
    const error = explainGitHubError(refusal(403, 'Resource not accessible by integration'), kind, 'do it');
    expect(error).toBeInstanceOf(GitHubPermissionError);
    expect((error as GitHubPermissionError).permission).toBe(permission);
    expect((error as Error).message).toContain(`\`${permission}\``);
    expect((error as Error).message).toContain('under `permissions:` in the workflow');
  });

  it('a 404 may be a missing permission too', () => {
    const error = explainGitHubError(refusal(404, 'Not Found'), 'issue', 'update issue #3');
    expect((error as Error).message).toMatch(/HTTP 404.*issues: write.*does not exist/s);
  });

  it('a rate limit is not a permission error', () => {
    const secondary = refusal(403, 'You have exceeded a secondary rate limit');
    const primary = refusal(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0' });
    for (const error of [secondary, primary, refusal(429, 'Too Many Requests')]) {
      expect(isRateLimit(error)).toBe(true);
      expect(explainGitHubError(error, 'issue', 'x')).toBe(error);
    }
    const other = refusal(500, 'Server Error');
    expect(explainGitHubError(other, 'issue', 'x')).toBe(other);
  });
});
