import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  APIGatewayClient,
  GetIntegrationCommand,
  GetResourcesCommand,
  GetRestApisCommand,
  GetDomainNamesCommand,
  GetStagesCommand,
  NotFoundException,
} from '@aws-sdk/client-api-gateway';
import {
  ApiGatewayV2Client,
  GetApisCommand,
  GetIntegrationsCommand,
  GetRoutesCommand,
  GetStagesCommand as GetV2StagesCommand,
} from '@aws-sdk/client-apigatewayv2';
import { mockClient } from 'aws-sdk-client-mock';
import type { ResourceOfType } from '../../../src/inventory/resources/index.js';
import { apigatewayCollector } from '../../../src/scan/collectors/apigateway.js';
import { accessDenied, collect, ofType } from '../../support/collector-harness.js';

// REST APIs (v1) and HTTP APIs (v2) are one collector.
const v1 = mockClient(APIGatewayClient);
const v2 = mockClient(ApiGatewayV2Client);
beforeEach(() => {
  v1.reset();
  v2.reset();
  // Stages and routes, unless a test says otherwise: none.
  v1.on(GetStagesCommand).resolves({ item: [] });
  v1.on(GetDomainNamesCommand).resolves({ items: [] });
  v2.on(GetV2StagesCommand).resolves({ Items: [] });
  v2.on(GetRoutesCommand).resolves({ Items: [] });
  v2.on(GetIntegrationsCommand).resolves({ Items: [] });
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

  it('reads REST stages and v2 stages and routes, one listing per API, routes page by page', async () => {
    v1.on(GetRestApisCommand).resolves({ items: [{ id: 'a1', name: 'shop' }] });
    v1.on(GetResourcesCommand).resolves({ items: [] });
    v1.on(GetStagesCommand, { restApiId: 'a1' }).resolves({
      item: [
        {
          stageName: 'prod',
          methodSettings: {
            '*/*': { loggingLevel: 'ERROR', cachingEnabled: true, cacheDataEncrypted: false },
            '~1health/GET': { loggingLevel: 'OFF' },
          },
          clientCertificateId: 'c1',
          tracingEnabled: true,
          webAclArn: 'arn:aws:wafv2:eu-west-2:111122223333:regional/webacl/api/1',
          cacheClusterEnabled: true,
          accessLogSettings: { destinationArn: 'arn:aws:logs:eu-west-2:111122223333:log-group:api' },
        },
        // AWS omits what is not set.
        { stageName: 'dev' },
      ],
    });
    v2.on(GetApisCommand).resolves({
      Items: [{ ApiId: 'w1', Name: 'chat', ProtocolType: 'WEBSOCKET', RouteSelectionExpression: 'x' }],
    });
    v2.on(GetV2StagesCommand, { ApiId: 'w1' }).resolves({
      Items: [
        {
          StageName: 'live',
          DefaultRouteSettings: { LoggingLevel: 'INFO' },
          RouteSettings: { $default: { LoggingLevel: 'OFF' } },
          AccessLogSettings: { DestinationArn: 'arn:aws:logs:eu-west-2:111122223333:log-group:ws' },
        },
      ],
    });
    v2.on(GetRoutesCommand, { ApiId: 'w1' })
      .resolvesOnce({
        Items: [{ RouteId: 'r1', RouteKey: '$connect', AuthorizationType: 'CUSTOM' }],
        NextToken: 'n',
      })
      .resolvesOnce({ Items: [{ RouteId: 'r2', RouteKey: '$default' }] });

    v1.on(GetDomainNamesCommand).resolves({
      items: [
        {
          domainName: 'api.example.com',
          securityPolicy: 'TLS_1_2',
          endpointConfiguration: { types: ['REGIONAL'] },
          domainNameStatus: 'AVAILABLE',
        },
      ],
    });

    const outcome = await collect(apigatewayCollector);
    expect(outcome.errors).toEqual([]);
    expect(outcome.failedTypes.size + outcome.partialTypes.size).toBe(0);
    expect(ofType(outcome, 'apigateway:domain-name').map((d) => [d.id, d.arn, d.attributes])).toEqual([
      [
        'api.example.com',
        'arn:aws:apigateway:eu-west-2::/domainnames/api.example.com',
        { securityPolicy: 'TLS_1_2', endpointTypes: ['REGIONAL'], status: 'AVAILABLE' },
      ],
    ]);
    expect(ofType(outcome, 'apigateway:rest-stage').map((s) => [s.id, s.arn, s.attributes])).toEqual([
      [
        'a1/prod',
        'arn:aws:apigateway:eu-west-2::/restapis/a1/stages/prod',
        {
          apiId: 'a1',
          apiName: 'shop',
          methodSettings: [
            { path: '*/*', loggingLevel: 'ERROR', cachingEnabled: true, cacheDataEncrypted: false },
            { path: '~1health/GET', loggingLevel: 'OFF', cachingEnabled: false, cacheDataEncrypted: false },
          ],
          clientCertificateId: 'c1',
          tracingEnabled: true,
          webAclArn: 'arn:aws:wafv2:eu-west-2:111122223333:regional/webacl/api/1',
          cacheClusterEnabled: true,
          accessLogDestination: 'arn:aws:logs:eu-west-2:111122223333:log-group:api',
        },
      ],
      [
        'a1/dev',
        'arn:aws:apigateway:eu-west-2::/restapis/a1/stages/dev',
        {
          apiId: 'a1',
          apiName: 'shop',
          methodSettings: [],
          clientCertificateId: null,
          tracingEnabled: false,
          webAclArn: null,
          cacheClusterEnabled: false,
          accessLogDestination: null,
        },
      ],
    ]);
    expect(ofType(outcome, 'apigateway:v2-stage').map((s) => [s.id, s.attributes])).toEqual([
      [
        'w1/live',
        {
          apiId: 'w1',
          apiName: 'chat',
          protocolType: 'WEBSOCKET',
          defaultLoggingLevel: 'INFO',
          routeLoggingLevels: [{ routeKey: '$default', loggingLevel: 'OFF' }],
          accessLogDestination: 'arn:aws:logs:eu-west-2:111122223333:log-group:ws',
          autoDeploy: false,
        },
      ],
    ]);
    expect(
      ofType(outcome, 'apigateway:v2-route').map((r) => [r.id, r.name, r.attributes.authorizationType]),
    ).toEqual([
      ['w1/r1', '$connect', 'CUSTOM'],
      ['w1/r2', '$default', 'NONE'],
    ]);
  });

  it("leaves the stage listing failed where an API's stages or routes cannot be read, never empty", async () => {
    v1.on(GetRestApisCommand).resolves({ items: [{ id: 'a1' }, { id: 'a2' }] });
    v1.on(GetResourcesCommand).resolves({ items: [] });
    v1.on(GetStagesCommand, { restApiId: 'a1' }).rejects(accessDenied('apigateway:GET'));
    v1.on(GetStagesCommand, { restApiId: 'a2' }).resolves({ item: [{ stageName: 'prod' }] });
    v2.on(GetApisCommand).resolves({
      Items: [{ ApiId: 'h1', Name: 'one', ProtocolType: 'HTTP', RouteSelectionExpression: 'x' }],
    });
    v2.on(GetRoutesCommand).rejects(accessDenied('apigateway:GET'));

    const outcome = await collect(apigatewayCollector);
    expect([...outcome.failedTypes].sort()).toEqual(['apigateway:rest-stage', 'apigateway:v2-route']);
    // The stages that were read are kept; the other types are whole.
    expect(ofType(outcome, 'apigateway:rest-stage').map((s) => s.id)).toEqual(['a2/prod']);
    expect(outcome.partialTypes.size).toBe(0);
    expect(outcome.errors.map((e) => [e.operation, e.missingPermission]).sort()).toEqual([
      ['GetRoutes', 'apigateway:GET'],
      ['GetStages', 'apigateway:GET'],
    ]);
  });

  it("records an HTTP API's integrations over a VPC link only, with their TLS settings; WebSocket APIs cost no call", async () => {
    v1.on(GetRestApisCommand).resolves({ items: [] });
    v2.on(GetApisCommand).resolves({
      Items: [
        { ApiId: 'h1', Name: 'orders', ProtocolType: 'HTTP', RouteSelectionExpression: 'x' },
        { ApiId: 'w1', Name: 'chat', ProtocolType: 'WEBSOCKET', RouteSelectionExpression: 'x' },
      ],
    });
    v2.on(GetIntegrationsCommand, { ApiId: 'h1' }).resolves({
      Items: [
        { IntegrationId: 'i1', ConnectionType: 'VPC_LINK', IntegrationUri: 'arn:listener/plain' },
        {
          IntegrationId: 'i2',
          ConnectionType: 'VPC_LINK',
          IntegrationUri: 'arn:listener/tls',
          TlsConfig: { ServerNameToVerify: 'api.internal.example.com' },
        },
        { IntegrationId: 'i3', ConnectionType: 'INTERNET', IntegrationUri: 'https://example.com' },
      ],
    });

    const outcome = await collect(apigatewayCollector);
    expect(outcome.errors).toEqual([]);
    expect(v2.commandCalls(GetIntegrationsCommand).map((c) => c.args[0].input.ApiId)).toEqual(['h1']);
    expect(
      ofType(outcome, 'apigateway:private-integration').map((i) => [
        i.id,
        i.attributes.tlsConfigured,
        i.attributes.serverNameToVerify,
      ]),
    ).toEqual([
      ['h1/i1', false, null],
      ['h1/i2', true, 'api.internal.example.com'],
    ]);
  });
});
