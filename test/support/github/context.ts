import type { operations } from '@octokit/openapi-types';
import type { Identity } from './auth.js';
import type { Json, Operation } from './openapi.js';
import type { RepoState } from './repo-state.js';
import type { Links } from './shapes.js';
import type { GitHubState } from './state.js';

/** A request that passed validation and authorisation, as a REST handler sees it. */
export interface Context {
  state: GitHubState;
  links: Links;
  identity: Identity;
  operation: Operation;
  params: Record<string, Json>;
  query: Record<string, Json>;
  body: Json | undefined;
  /** The request's full URL, for the `Link` header of paginated answers. */
  url: URL;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (context: Context) => Reply;

/**
 * How the fake serves one operation. `query` and `body` list the optional query parameters and
 * body fields it honours (besides `per_page` and `page`); a request using another one the
 * description allows is reported as unimplemented rather than silently half-served.
 */
export interface Route {
  handle: Handler;
  query?: string[];
  body?: string[];
}

export interface FieldError {
  resource: string;
  code: string;
  field?: string;
  message?: string;
}

/** A GitHub error answer (`{ message, documentation_url, status }`) thrown from a handler. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: FieldError[],
    /** Set where GitHub would reject a request the product should never send (a body too long). */
    readonly violation = false,
  ) {
    super(message);
  }
}

/** GitHub's 422 for a field it refuses, e.g. `body is too long (maximum is 65536 characters)`. */
export const invalidField = (resource: string, field: string, message: string) =>
  new HttpError(422, 'Validation Failed', [{ resource, code: 'custom', field, message }], true);

export const notFound = () => new HttpError(404, 'Not Found');

/** A path or query value the operation's schema declares a string; validation has checked it. */
export function text(values: Record<string, Json>, name: string): string | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new Error(`${name} is ${typeof value}, not a string`);
  return value;
}

export function integer(values: Record<string, Json>, name: string): number | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'number') throw new Error(`${name} is ${typeof value}, not a number`);
  return value;
}

/** The repository of `{owner}/{repo}`; 404 as GitHub answers for one that does not exist. */
export function repoOf(context: Context): RepoState {
  const repo = context.state.findRepo(
    text(context.params, 'owner') ?? '',
    text(context.params, 'repo') ?? '',
  );
  if (!repo) throw notFound();
  return repo;
}

type JsonBodyOf<T> = T extends { requestBody?: { content: { 'application/json': infer Body } } }
  ? Body
  : never;

/**
 * The request body typed as the description's generated types say. The cast is sound because the
 * server validated the body against the same description before calling the handler.
 */
export function bodyOf<Id extends keyof operations>(
  context: Context,
  operationId: Id,
): JsonBodyOf<operations[Id]> {
  if (context.operation.operationId !== operationId) {
    throw new Error(`handler for ${operationId} called for ${context.operation.operationId}`);
  }
  return (context.body ?? {}) as JsonBodyOf<operations[Id]>;
}

/**
 * One page of a list, with GitHub's `Link` header (`next`, `last`, `first`, `prev`) built on the
 * request's own URL so Octokit's paginate follows it. `per_page` defaults to 30 and is capped at 100.
 */
export function page<T>(context: Context, items: T[]): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Math.max(integer(context.query, 'per_page') ?? 30, 1), 100);
  const current = Math.max(integer(context.query, 'page') ?? 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const at = (number: number, rel: string) => {
    const url = new URL(context.url);
    url.searchParams.set('page', String(number));
    return `<${url.href}>; rel="${rel}"`;
  };
  const links = [
    ...(current < last ? [at(current + 1, 'next'), at(last, 'last')] : []),
    ...(current > 1 ? [at(1, 'first'), at(Math.min(current - 1, last), 'prev')] : []),
  ];
  return {
    items: items.slice((current - 1) * perPage, current * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}
