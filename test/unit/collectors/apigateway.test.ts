import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  APIGatewayClient,
  GetIntegrationCommand,
  GetResourcesCommand,
  GetRestApisCommand,
  NotFoundException,
} from '@aws-sdk/client-api-gateway';
import { ApiGatewayV2Client, GetApisCommand } from '@aws-sdk/client-apigatewayv2';
import { mockClient } from 'aws-sdk-client-mock';
import type { ResourceOfType } from '../../../src/inventory/resources/index.js';
import { apigatewayCollector } from '../../../src/scan/collectors/apigateway.js';
import { accessDenied, collect } from '../../support/collector-harness.js';

// REST APIs (v1) and HTTP APIs (v2) are one collector.
const v1 = mockClient(APIGatewayClient);
const v2 = mockClient(ApiGatewayV2Client);
beforeEach(() => {
  v1.reset();
  v2.reset();
});

describe('the API Gateway collector', () => {
  const preflight = { httpMethod: 'OPTIONS', authorizationType: 'NONE' };

  it("reads an OPTIONS method's integration when GetResources does not embed it", async () => {
    v1.on(GetRestApisCommand).resolves({
      items: [{ id: 'a1', name: 'shop', endpointConfiguration: { types: ['EDGE'] } }],
    });
    v1.on(GetResourcesCommand).resolves({
      items: [
        { id: 'r0', path: '/', resourceMethods: { OPTIONS: preflight } },
        { id: 'r1', path: '/cart', resourceMethods: { OPTIONS: preflight, GET: { httpMethod: 'GET' } } },
        {
          id: 'r2',
          path: '/embedded',
          resourceMethods: {
            OPTIONS: {
              ...preflight,
              methodIntegration: {
                type: 'MOCK',
                integrationResponses: {
                  '200': {
                    statusCode: '200',
                    responseParameters: {
                      [`method.response.header.access-control-allow-origin`]: "'https://a.example'",
                    },
                  },
                },
              },
            },
          },
        },
      ],
    });
    const integrationCalls: string[] = [];
    v1.on(GetIntegrationCommand).callsFake(async (input) => {
      integrationCalls.push(input.resourceId);
      // AWS's answer for a method without an integration (moto answers `{}`).
      if (input.resourceId === 'r0') {
        throw new NotFoundException({
          message: 'Invalid Integration identifier specified',
          $metadata: { httpStatusCode: 404 },
        });
      }
      return {
        type: 'MOCK',
        integrationResponses: {
          '200': {
            statusCode: '200',
            responseParameters: {
              'method.response.header.Access-Control-Allow-Origin': "'*'",
              'method.response.header.Access-Control-Allow-Credentials': "'true'",
            },
          },
        },
      };
    });
    v2.on(GetApisCommand).resolves({ Items: [] });

    const outcome = await collect(apigatewayCollector);
    expect(outcome.errors).toEqual([]);
    expect(integrationCalls.sort()).toEqual(['r0', 'r1']);
    const [api] = outcome.resources as ResourceOfType<'apigateway:rest-api'>[];
    expect(api).toMatchObject({
      arn: 'arn:aws:apigateway:eu-west-2::/restapis/a1',
      unknownAttributes: [],
      attributes: {
        endpointTypes: ['EDGE'],
        resourceCount: 3,
        methodCount: 4,
        corsOrigins: [
          { path: '/cart', httpMethod: 'OPTIONS', allowOrigin: '*', allowCredentials: true },
          {
            path: '/embedded',
            httpMethod: 'OPTIONS',
            allowOrigin: 'https://a.example',
            allowCredentials: false,
          },
        ],
      },
    });
  });

  it('marks CORS unknown when an API cannot be read, and pages through HTTP APIs', async () => {
    v1.on(GetRestApisCommand).resolves({ items: [{ id: 'a1', name: 'shop' }] });
    v1.on(GetResourcesCommand).rejects(accessDenied('apigateway:GET'));
    v2.on(GetApisCommand)
      .resolvesOnce({
        Items: [{ ApiId: 'h1', Name: 'one', ProtocolType: 'HTTP', RouteSelectionExpression: 'x' }],
        NextToken: 't',
      })
      .resolvesOnce({
        Items: [{ ApiId: 'h2', Name: 'two', ProtocolType: 'HTTP', RouteSelectionExpression: 'x' }],
      });

    const outcome = await collect(apigatewayCollector);
    expect(outcome.failedTypes.size).toBe(0);
    expect(outcome.resources.map((r) => [r.type, r.id, r.unknownAttributes]).sort()).toEqual([
      ['apigateway:http-api', 'h1', []],
      ['apigateway:http-api', 'h2', []],
      ['apigateway:rest-api', 'a1', ['corsOrigins', 'methodCount', 'resourceCount']],
    ]);
    expect(outcome.errors.map((e) => [e.operation, e.resourceId, e.missingPermission])).toEqual([
      ['GetResources', 'a1', 'apigateway:GET'],
    ]);
  });
});
