import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A JSON value, as parsed from GitHub's description or from a request. */
export type Json = null | boolean | number | string | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

/** Where schemas live for Ajv: every `#/components/...` reference is rewritten to point here. */
export const SPEC_ID = 'github.json';

export interface ParameterSpec {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: JsonObject;
}

/** One operation of api.github.com, with what the fake needs to route, validate and authorise. */
export interface Operation {
  operationId: string;
  method: string;
  template: string;
  segments: string[];
  docsUrl: string;
  /** `x-github.category`: decides which fine-grained permission an installation token needs. */
  category: string;
  subcategory: string;
  /** False for endpoints GitHub refuses to installation tokens (GITHUB_TOKEN), such as `GET /user`. */
  enabledForGitHubApps: boolean;
  parameters: ParameterSpec[];
  body: { required: boolean; schema: JsonObject } | undefined;
  /** JSON schema of each documented response, `undefined` where the response has no JSON body. */
  responses: Map<string, JsonObject | undefined>;
}

export interface GitHubDescription {
  components: JsonObject;
  operations: Operation[];
}

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * JSON.parse reviver turning the description's OpenAPI 3.0 schemas into JSON Schema Ajv reads:
 * `nullable` becomes a `null` type (or an `anyOf` when there is no `type`, as with `oneOf` fields),
 * and local references point into the schema registered as SPEC_ID.
 */
function toJsonSchema(_key: string, value: unknown): unknown {
  if (!isObject(value)) return value;
  if (typeof value.$ref === 'string' && value.$ref.startsWith('#/')) value.$ref = SPEC_ID + value.$ref;
  if (value.nullable !== true) return value;
  const rest = { ...value };
  delete rest.nullable;
  if (typeof rest.type === 'string') {
    const enumValues =
      Array.isArray(rest.enum) && !rest.enum.includes(null) ? [...rest.enum, null] : rest.enum;
    return { ...rest, type: [rest.type, 'null'], ...(enumValues ? { enum: enumValues } : {}) };
  }
  return { anyOf: [rest, { type: 'null' }] };
}

/** Follows a reference rewritten by toJsonSchema (`github.json#/components/...`). */
export function resolveRef(components: JsonObject, value: Json | undefined): JsonObject | undefined {
  if (!isObject(value) || typeof value.$ref !== 'string') return isObject(value) ? value : undefined;
  let node: Json | undefined = { components };
  for (const part of value.$ref.slice(SPEC_ID.length + 2).split('/'))
    node = isObject(node) ? node[part] : undefined;
  return isObject(node) ? node : undefined;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function readOperation(components: JsonObject, template: string, method: string, raw: JsonObject): Operation {
  const xGitHub = isObject(raw['x-github']) ? raw['x-github'] : {};
  const parameters = (Array.isArray(raw.parameters) ? raw.parameters : []).flatMap(
    (entry): ParameterSpec[] => {
      const parameter = resolveRef(components, entry);
      const where = parameter?.in;
      if (!parameter || (where !== 'path' && where !== 'query')) return [];
      const schema = isObject(parameter.schema) ? parameter.schema : {};
      return [{ name: String(parameter.name), in: where, required: parameter.required === true, schema }];
    },
  );
  const requestBody = resolveRef(components, raw.requestBody);
  const bodySchema =
    requestBody && isObject(requestBody.content) ? requestBody.content['application/json'] : undefined;
  const responses = new Map<string, JsonObject | undefined>();
  for (const [status, entry] of Object.entries(isObject(raw.responses) ? raw.responses : {})) {
    const response = resolveRef(components, entry);
    const json = response && isObject(response.content) ? response.content['application/json'] : undefined;
    responses.set(status, isObject(json) && isObject(json.schema) ? json.schema : undefined);
  }
  return {
    operationId: String(raw.operationId),
    method,
    template,
    segments: template.split('/').slice(1),
    docsUrl: isObject(raw.externalDocs) ? String(raw.externalDocs.url) : 'https://docs.github.com/rest',
    category: String(xGitHub.category ?? ''),
    subcategory: String(xGitHub.subcategory ?? ''),
    enabledForGitHubApps: xGitHub.enabledForGitHubApps !== false,
    parameters,
    body:
      isObject(bodySchema) && isObject(bodySchema.schema)
        ? { required: requestBody?.required === true, schema: bodySchema.schema }
        : undefined,
    responses,
  };
}

let loaded: GitHubDescription | undefined;

/** GitHub's description of api.github.com from `@octokit/openapi`, parsed once per module registry. */
export function githubDescription(): GitHubDescription {
  if (loaded) return loaded;
  const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
  const spec: unknown = JSON.parse(readFileSync(file, 'utf8'), toJsonSchema);
  if (!isObject(spec) || !isObject(spec.paths) || !isObject(spec.components)) {
    throw new Error(`${file} is not an OpenAPI description`);
  }
  const { components } = spec;
  const operations = Object.entries(spec.paths).flatMap(([template, item]) =>
    isObject(item)
      ? METHODS.flatMap((method) => {
          const raw = item[method];
          return isObject(raw) ? [readOperation(components, template, method, raw)] : [];
        })
      : [],
  );
  loaded = { components, operations };
  return loaded;
}

export interface RouteMatch {
  operation: Operation;
  /** Path parameters as sent, percent-decoded but not yet typed. */
  pathParams: Record<string, string>;
}

/**
 * The operation a method and path belong to. Where templates overlap
 * (`/issues/comments/{comment_id}` and `/issues/{issue_number}`), a literal segment beats a
 * parameter at the first place they differ, as GitHub's own router does.
 */
export function matchOperation(description: GitHubDescription, method: string, pathname: string) {
  const segments = pathname.split('/').slice(1);
  let best: { operation: Operation; score: string } | undefined;
  for (const operation of description.operations) {
    if (operation.method !== method || operation.segments.length !== segments.length) continue;
    const score = operation.segments.map((part, index) =>
      part.startsWith('{')
        ? segments[index] === ''
          ? undefined
          : '0'
        : part === segments[index]
          ? '1'
          : undefined,
    );
    if (score.includes(undefined)) continue;
    const joined = score.join('');
    if (!best || joined > best.score) best = { operation, score: joined };
  }
  if (!best) return undefined;
  const pathParams: Record<string, string> = {};
  best.operation.segments.forEach((part, index) => {
    if (part.startsWith('{')) pathParams[part.slice(1, -1)] = decodeURIComponent(segments[index] ?? '');
  });
  return { operation: best.operation, pathParams } satisfies RouteMatch;
}
