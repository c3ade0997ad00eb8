import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { Inventory } from '../../../src/inventory/document.js';
import type { AttributesOf } from '../../../src/inventory/resources/index.js';
import { httpApiCorsAnyOrigin, restApiCorsAnyOrigin } from '../../../src/rules/catalog/apigateway.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import { inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const run = (rule: Rule, inventory: Inventory) => runRules(inventory, DEFAULT_CONFIG, [rule], NOW).findings;

function restApi(
  id: string,
  corsOrigins: AttributesOf<'apigateway:rest-api'>['corsOrigins'],
  options: { endpointTypes?: string[]; unknownAttributes?: string[] } = {},
) {
  return resource(
    'apigateway:rest-api',
    id,
    {
      description: null,
      endpointTypes: options.endpointTypes ?? ['REGIONAL'],
      apiKeySource: 'HEADER',
      disableExecuteApiEndpoint: false,
      resourceCount: 2,
      methodCount: 2,
      corsOrigins,
    },
    { name: `api-${id}`, unknownAttributes: options.unknownAttributes },
  );
}

const origin = (allowOrigin: string, path = '/items', allowCredentials = false) => ({
  path,
  httpMethod: 'OPTIONS',
  allowOrigin,
  allowCredentials,
});

describe('apigateway.rest-api-cors-any-origin', () => {
  it("flags '*' in an integration response, naming the methods", () => {
    const [finding, ...rest] = run(
      restApiCorsAnyOrigin,
      inventoryOf([
        restApi('a1', [origin('*'), origin('*', '/users'), origin('https://app.example.com', '/x')]),
      ]),
    );
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('medium');
    expect(finding?.message).toBe(
      "REST API api-a1 (a1) answers CORS requests from any origin (Access-Control-Allow-Origin '*') on OPTIONS /items, OPTIONS /users.",
    );
    expect(finding?.evidence).toEqual({
      methods: ['OPTIONS /items', 'OPTIONS /users'],
      allowCredentials: false,
      endpointTypes: ['REGIONAL'],
    });
  });

  it('notes credentials with a wildcard, and lowers private APIs to low', () => {
    const [withCredentials] = run(
      restApiCorsAnyOrigin,
      inventoryOf([restApi('a1', [origin('*', '/', true)])]),
    );
    expect(withCredentials?.message).toContain('It also allows credentials');
    const [privateApi] = run(
      restApiCorsAnyOrigin,
      inventoryOf([restApi('p1', [origin('*')], { endpointTypes: ['PRIVATE'] })]),
    );
    expect(privateApi?.severity).toBe('low');
  });

  it('ignores named origins, no CORS, and CORS that could not be read', () => {
    const inventory = inventoryOf([
      restApi('a1', [origin('https://app.example.com')]),
      restApi('a2', []),
      restApi('a3', [], { unknownAttributes: ['corsOrigins'] }),
    ]);
    expect(run(restApiCorsAnyOrigin, inventory)).toEqual([]);
  });
});

function httpApi(id: string, cors: AttributesOf<'apigateway:http-api'>['corsConfiguration']) {
  return resource(
    'apigateway:http-api',
    id,
    {
      protocolType: 'HTTP',
      description: null,
      apiEndpoint: `https://${id}.execute-api.us-east-1.amazonaws.com`,
      disableExecuteApiEndpoint: false,
      corsConfiguration: cors,
    },
    { name: `http-${id}` },
  );
}

const cors = (allowOrigins: string[], allowCredentials = false) => ({
  allowOrigins,
  allowMethods: ['GET'],
  allowHeaders: [],
  allowCredentials,
});

describe('apigateway.http-api-cors-any-origin', () => {
  it("flags AllowOrigins '*' with the API's id in the CLI fix", () => {
    const [finding] = run(httpApiCorsAnyOrigin, inventoryOf([httpApi('h1', cors(['*']))]));
    expect(finding?.severity).toBe('medium');
    expect(finding?.message).toBe(
      "HTTP API http-h1 (h1) allows CORS requests from any origin (AllowOrigins '*').",
    );
    expect(finding?.remediation.cli).toContain('--api-id h1');
  });

  it('notes credentials allowed with the wildcard', () => {
    const [finding] = run(httpApiCorsAnyOrigin, inventoryOf([httpApi('h1', cors(['*'], true))]));
    expect(finding?.message).toContain('It also allows credentials');
    expect(finding?.evidence.allowCredentials).toBe(true);
  });

  it('ignores named origins and APIs without CORS', () => {
    const inventory = inventoryOf([httpApi('h1', cors(['https://app.example.com'])), httpApi('h2', null)]);
    expect(run(httpApiCorsAnyOrigin, inventory)).toEqual([]);
  });
});
