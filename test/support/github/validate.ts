import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import {
  githubDescription,
  resolveRef,
  SPEC_ID,
  type Json,
  type JsonObject,
  type Operation,
} from './openapi.js';

/**
 * Ajv over GitHub's schemas. `strict: false` because OpenAPI adds keywords JSON Schema lacks
 * (`example`, `discriminator`, `x-*`) and formats Ajv does not know (`repo.nwo`); `logger: false`
 * keeps those from printing a warning per compiled schema.
 */
function createAjv(components: JsonObject): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false, logger: false, validateSchema: false });
  addFormatsPlugin.default(ajv);
  ajv.addSchema({ $id: SPEC_ID, components });
  return ajv;
}

let ajv: Ajv | undefined;
const compiled = new WeakMap<JsonObject, ValidateFunction>();

function validatorFor(schema: JsonObject): ValidateFunction {
  ajv ??= createAjv(githubDescription().components);
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

function describe(where: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => {
    const allowed = error.keyword === 'enum' ? ` (${JSON.stringify(error.params.allowedValues)})` : '';
    return `${where}${error.instancePath} ${error.message ?? 'is invalid'}${allowed}`;
  });
}

/** Every `type` a schema allows, looking through `oneOf`/`anyOf` (as `workflow_id`: integer or string). */
function typesOf(schema: JsonObject): Set<Json> {
  const branches = [
    schema,
    ...[schema.oneOf, schema.anyOf].flatMap((list) => (Array.isArray(list) ? list : [])),
  ];
  return new Set(
    branches.flatMap((branch) =>
      branch && typeof branch === 'object' && !Array.isArray(branch)
        ? [branch.type].flat().filter((type) => type !== undefined)
        : [],
    ),
  );
}

/** Query and path values arrive as text; type them the way the parameter's schema asks before validating. */
function coerce(raw: string, schema: JsonObject): Json {
  const types = typesOf(schema);
  if ((types.has('integer') || types.has('number')) && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (types.has('boolean') && (raw === 'true' || raw === 'false')) return raw === 'true';
  if (types.has('array')) return raw.split(',');
  return raw;
}

/** Top-level property names a body schema documents, or undefined where it allows any (free-form maps). */
function documentedProperties(schema: JsonObject): Set<string> | undefined {
  const branches = [
    schema,
    ...[schema.oneOf, schema.anyOf, schema.allOf].flatMap((list) => (Array.isArray(list) ? list : [])),
  ];
  const names = new Set<string>();
  for (const branch of branches) {
    if (!branch || typeof branch !== 'object' || Array.isArray(branch)) continue;
    if (branch.additionalProperties !== undefined && branch.additionalProperties !== false) return undefined;
    const properties = branch.properties;
    if (properties && typeof properties === 'object' && !Array.isArray(properties)) {
      Object.keys(properties).forEach((name) => names.add(name));
    }
  }
  return names.size > 0 ? names : undefined;
}

export interface ValidRequest {
  params: Record<string, Json>;
  query: Record<string, Json>;
}

/**
 * Checks a request against its operation: path and query parameters (types, enums, required,
 * and no undocumented query parameter), and the JSON body against the requestBody schema. GitHub
 * ignores unknown query parameters and body fields; the fake reports them, because a misspelt
 * filter that GitHub silently drops is exactly the bug a test should catch.
 */
export function validateRequest(
  operation: Operation,
  pathParams: Record<string, string>,
  search: URLSearchParams,
  body: Json | undefined,
): { errors: string[]; request: ValidRequest } {
  const errors: string[] = [];
  const request: ValidRequest = { params: {}, query: {} };
  for (const parameter of operation.parameters) {
    const where = `${parameter.in} parameter "${parameter.name}"`;
    const values =
      parameter.in === 'path' ? [pathParams[parameter.name] ?? ''] : search.getAll(parameter.name);
    if (values.length > 1) errors.push(`${where} is repeated`);
    const raw = values[0];
    if (raw === undefined) {
      if (parameter.required) errors.push(`${where} is required`);
      continue;
    }
    const value = coerce(raw, parameter.schema);
    const validate = validatorFor(parameter.schema);
    if (!validate(value)) errors.push(...describe(where, validate.errors));
    (parameter.in === 'path' ? request.params : request.query)[parameter.name] = value;
  }
  const known = new Set(operation.parameters.filter((p) => p.in === 'query').map((p) => p.name));
  for (const name of new Set(search.keys())) {
    if (!known.has(name))
      errors.push(`query parameter "${name}" is not documented for ${operation.operationId}`);
  }
  if (body === undefined) {
    if (operation.body?.required) errors.push('a JSON request body is required');
  } else if (!operation.body) {
    errors.push(`${operation.operationId} takes no request body`);
  } else {
    const validate = validatorFor(operation.body.schema);
    if (!validate(body)) errors.push(...describe('body', validate.errors));
    const documented = documentedProperties(operation.body.schema);
    if (documented && body && typeof body === 'object' && !Array.isArray(body)) {
      const unknown = Object.keys(body).filter((name) => !documented.has(name));
      if (unknown.length > 0) errors.push(`body has undocumented properties: ${unknown.join(', ')}`);
    }
  }
  return { errors, request };
}

/** Checks a successful JSON response the fake sends against the documented one (the fake's own bugs). */
export function validateResponse(operation: Operation, status: number, body: Json | undefined): string[] {
  if (status >= 300) return [];
  if (!operation.responses.has(String(status))) {
    return [`status ${status} is not documented for ${operation.operationId}`];
  }
  const schema = resolveRef(githubDescription().components, operation.responses.get(String(status)));
  if (!schema) return body === undefined ? [] : [`${operation.operationId} ${status} has no body`];
  const validate = validatorFor(schema);
  return validate(body ?? null) ? [] : describe(`response ${status}`, validate.errors);
}
