import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { actionsRoutes } from './actions.js';
import { authenticate, DEFAULT_TOKENS, deny, restNeeds, type Identity, type TokenConfig } from './auth.js';
import { HttpError, type Reply, type Route } from './context.js';
import { graphql } from './graphql.js';
import { contentRoutes } from './contents.js';
import { issueRoutes } from './issues.js';
import { labelRoutes } from './labels.js';
import { githubDescription, matchOperation, type Json, type Operation } from './openapi.js';
import { repoRoutes } from './repos.js';
import { blob, download, twirp } from './results-service.js';
import type { Links } from './shapes.js';
import { GitHubState } from './state.js';
import { validateRequest, validateResponse } from './validate.js';

export interface GitHubServerOptions {
  /** Tokens besides ACTIONS_TOKEN (github-actions[bot]); an entry for ACTIONS_TOKEN replaces its defaults. */
  tokens?: Record<string, TokenConfig>;
  clock?: () => Date;
  /** Check the fake's own successful answers against the description too (default true). */
  validateResponses?: boolean;
}

export interface RecordedRequest {
  method: string;
  /** Path and query as sent. */
  path: string;
  operationId: string | undefined;
  status: number;
  /** Login of the token's identity, when it had a known token. */
  login: string | undefined;
  body: Json | undefined;
}

/**
 * Something GitHub would refuse or the fake cannot serve faithfully: `request` (no such operation,
 * invalid parameters or body, a body too long), `unimplemented` (a valid request the fake does not
 * serve), `response` (the fake's own answer does not match the description).
 */
export interface Violation {
  kind: 'request' | 'unimplemented' | 'response';
  method: string;
  path: string;
  operationId: string | undefined;
  message: string;
}

/**
 * An error to answer instead of serving a valid request, for tests of retries and rate limits
 * (e.g. a 403 "You have exceeded a secondary rate limit" with `retry-after: 0`). Used `times`
 * times (default once), then removed.
 */
export interface Fault {
  operationId: string;
  status: number;
  message: string;
  headers?: Record<string, string>;
  times?: number;
}

export interface GitHubServer {
  /** Base URL of the REST API (what GITHUB_API_URL and Octokit's `baseUrl` take), no trailing slash. */
  url: string;
  state: GitHubState;
  tokens: Map<string, TokenConfig>;
  requests: RecordedRequest[];
  violations: Violation[];
  faults: Fault[];
  close(): Promise<void>;
}

/** Where the fake's pages would be: github.com, which @actions/artifact requires of GITHUB_SERVER_URL. */
export const WEB_URL = 'https://github.com';

const ROUTES: Record<string, Route> = {
  ...issueRoutes,
  ...labelRoutes,
  ...repoRoutes,
  ...actionsRoutes,
  ...contentRoutes,
};

/** Query parameters every list honours through `page()`. */
const PAGING = new Set(['per_page', 'page']);

function errorReply(
  operation: Operation | undefined,
  error: HttpError,
  headers: Record<string, string> = {},
): Reply {
  const body = {
    message: error.message,
    documentation_url: operation?.docsUrl ?? 'https://docs.github.com/rest',
    status: String(error.status),
    ...(error.errors ? { errors: error.errors } : {}),
  };
  return { status: error.status, body, headers };
}

/** Fields a valid request uses that the route does not serve (the description allows more than the fake does). */
function unserved(route: Route, query: Record<string, Json>, body: Json | undefined): string[] {
  const queryNames = Object.keys(query).filter(
    (name) => !PAGING.has(name) && !(route.query ?? []).includes(name),
  );
  const bodyNames =
    route.body && body && typeof body === 'object' && !Array.isArray(body)
      ? Object.keys(body).filter((name) => !(route.body ?? []).includes(name))
      : [];
  return [
    ...queryNames.map((name) => `query parameter ${name}`),
    ...bodyNames.map((name) => `body field ${name}`),
  ];
}

export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const description = githubDescription();
  const state = new GitHubState(options.clock);
  const tokens = new Map(Object.entries({ ...DEFAULT_TOKENS, ...options.tokens }));
  const requests: RecordedRequest[] = [];
  const violations: Violation[] = [];
  const faults: Fault[] = [];
  const links: Links = { api: '', web: WEB_URL };

  function rest(
    record: RecordedRequest,
    identity: Identity,
    url: URL,
    method: string,
    body: Json | undefined,
  ): Reply {
    const violate = (kind: Violation['kind'], message: string) =>
      violations.push({ kind, method, path: record.path, operationId: record.operationId, message });
    const match = matchOperation(description, method.toLowerCase(), url.pathname);
    if (!match) {
      violate('request', `no operation of api.github.com matches ${method} ${url.pathname}`);
      return errorReply(undefined, new HttpError(404, 'Not Found'));
    }
    const { operation } = match;
    record.operationId = operation.operationId;
    const { errors, request } = validateRequest(operation, match.pathParams, url.searchParams, body);
    if (errors.length > 0) {
      errors.forEach((message) => violate('request', message));
      return errorReply(operation, new HttpError(422, `Invalid request.\n\n${errors.join('\n')}`));
    }
    if (!operation.enabledForGitHubApps && identity.config.installation) {
      return errorReply(operation, new HttpError(403, 'Resource not accessible by integration'));
    }
    const denial = deny(identity, restNeeds(operation, state, request.params));
    if (denial) {
      const headers: Record<string, string> = denial.accepted
        ? { 'x-accepted-github-permissions': denial.accepted }
        : {};
      return errorReply(operation, new HttpError(403, denial.message), headers);
    }
    const fault = faults.find((candidate) => candidate.operationId === operation.operationId);
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      if (fault.times <= 0) faults.splice(faults.indexOf(fault), 1);
      return errorReply(operation, new HttpError(fault.status, fault.message), fault.headers);
    }
    const route = ROUTES[operation.operationId];
    const missing = route ? unserved(route, request.query, body) : [];
    if (!route || missing.length > 0) {
      const what = route ? missing.join(', ') : 'this operation';
      violate('unimplemented', `the fake GitHub does not serve ${what} of ${operation.operationId}`);
      return errorReply(operation, new HttpError(501, `Not implemented by the fake: ${what}`));
    }
    try {
      const reply = route.handle({ state, links, identity, operation, ...request, body, url });
      if (options.validateResponses !== false) {
        const sent: Json | undefined =
          reply.body === undefined ? undefined : JSON.parse(JSON.stringify(reply.body));
        validateResponse(operation, reply.status, sent).forEach((message) => violate('response', message));
      }
      return reply;
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      if (error.violation) violate('request', `${error.message}: ${JSON.stringify(error.errors ?? [])}`);
      return errorReply(operation, error);
    }
  }

  function route(record: RecordedRequest, request: IncomingMessage, url: URL, raw: Buffer): Reply {
    const method = request.method ?? 'GET';
    const violate = (message: string) =>
      violations.push({
        kind: 'request',
        method,
        path: record.path,
        operationId: record.operationId,
        message,
      });
    if (url.pathname.startsWith('/_blob/')) return blob(state, url, method, raw, violate);
    if (url.pathname.startsWith('/_download/')) return download(state, url, violate);
    let body: Json | undefined;
    try {
      body = raw.length === 0 ? undefined : JSON.parse(raw.toString('utf8'));
    } catch {
      violate('the request body is not JSON');
      return errorReply(undefined, new HttpError(400, 'Problems parsing JSON'));
    }
    record.body = body;
    if (url.pathname.startsWith('/twirp/')) {
      const authorization = request.headers.authorization;
      return twirp(state, links.api, { pathname: url.pathname, authorization, body }, violate);
    }
    const identity = authenticate(request.headers.authorization, tokens, state);
    if (!('user' in identity)) return errorReply(undefined, new HttpError(identity.status, identity.message));
    record.login = identity.user.login;
    if (url.pathname === '/graphql' && method === 'POST') return graphql(state, identity, body, violate);
    return rest(record, identity, url, method, body);
  }

  function send(response: ServerResponse, reply: Reply): void {
    const headers: Record<string, string> = {
      'x-github-request-id': randomUUID(),
      'x-github-api-version-selected': '2022-11-28',
      // Never "0": Octokit's throttling plugin would take a 403 for a rate limit and retry it.
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-used': '1',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': 'core',
      ...reply.headers,
    };
    if (Buffer.isBuffer(reply.body)) {
      response.writeHead(reply.status, headers).end(reply.body);
    } else if (reply.body === undefined) {
      response.writeHead(reply.status, headers).end();
    } else {
      headers['content-type'] ??= 'application/json; charset=utf-8';
      response.writeHead(reply.status, headers).end(JSON.stringify(reply.body));
    }
  }

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', links.api);
      const record: RecordedRequest = {
        method: request.method ?? 'GET',
        path: url.pathname + url.search,
        operationId: undefined,
        status: 0,
        login: undefined,
        body: undefined,
      };
      requests.push(record);
      let reply: Reply;
      try {
        reply = route(record, request, url, Buffer.concat(chunks));
      } catch (error) {
        // A bug of the fake itself: fail the test that met it rather than answer something plausible.
        const message = `the fake GitHub failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
        violations.push({
          kind: 'response',
          method: record.method,
          path: record.path,
          operationId: record.operationId,
          message,
        });
        reply = { status: 500, body: { message } };
      }
      record.status = reply.status;
      send(response, reply);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  links.api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: links.api,
    state,
    tokens,
    requests,
    violations,
    faults,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
