import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  APIGatewayClient,
  CreateDeploymentCommand,
  CreateDomainNameCommand,
  CreateRestApiCommand,
  CreateStageCommand,
  GetResourcesCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  UpdateStageCommand,
} from '@aws-sdk/client-api-gateway';
import {
  ApiGatewayV2Client,
  CreateApiCommand,
  CreateIntegrationCommand,
  CreateRouteCommand,
  CreateStageCommand as CreateV2StageCommand,
} from '@aws-sdk/client-apigatewayv2';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { Inventory } from '../../src/inventory/document.js';
import { validateInventory } from '../../src/inventory/validate.js';
import { catalog, rulesByFile } from '../../src/rules/catalog/index.js';
import { runRules } from '../../src/rules/engine.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';

const REGION = 'eu-west-2';
const RULES = new Set((rulesByFile['apigateway-stages'] ?? []).map((r) => r.metadata.id));
const LOGS = `arn:aws:logs:${REGION}:123456789012:log-group:api-access`;

describe('API Gateway stages and routes against moto', () => {
  const account = uniqueAccountId();
  let inventory: Inventory;
  let restId: string;
  let httpId: string;
  let wsId: string;
  let plainIntegration: string;

  beforeAll(async () => {
    const credentials = await accountCredentials(account);
    const v1 = new APIGatewayClient(seedConfig(REGION, credentials));
    restId = (await v1.send(new CreateRestApiCommand({ name: 'orders' }))).id ?? '';
    // A deployment needs a method: GET / answered by a MOCK integration.
    const root = (await v1.send(new GetResourcesCommand({ restApiId: restId }))).items?.[0]?.id ?? '';
    const method = { restApiId: restId, resourceId: root, httpMethod: 'GET' };
    await v1.send(new PutMethodCommand({ ...method, authorizationType: 'NONE' }));
    await v1.send(new PutIntegrationCommand({ ...method, type: 'MOCK' }));
    // `prod`: everything left as created, plus a cache that is not encrypted.
    const deployment = await v1.send(new CreateDeploymentCommand({ restApiId: restId, stageName: 'prod' }));
    await v1.send(
      new UpdateStageCommand({
        restApiId: restId,
        stageName: 'prod',
        patchOperations: [
          { op: 'replace', path: '/*/*/caching/enabled', value: 'true' },
          { op: 'replace', path: '/*/*/caching/dataEncrypted', value: 'false' },
        ],
      }),
    );
    // `traced`: execution logging at ERROR and X-Ray on.
    await v1.send(
      new CreateStageCommand({
        restApiId: restId,
        stageName: 'traced',
        deploymentId: deployment.id,
        tracingEnabled: true,
      }),
    );
    await v1.send(
      new UpdateStageCommand({
        restApiId: restId,
        stageName: 'traced',
        patchOperations: [{ op: 'replace', path: '/*/*/logging/loglevel', value: 'ERROR' }],
      }),
    );

    const v2 = new ApiGatewayV2Client(seedConfig(REGION, credentials));
    httpId = (await v2.send(new CreateApiCommand({ Name: 'public', ProtocolType: 'HTTP' }))).ApiId ?? '';
    for (const [RouteKey, AuthorizationType] of [
      ['GET /items', undefined],
      ['OPTIONS /items', undefined],
      ['POST /orders', 'AWS_IAM'],
    ] as const) {
      await v2.send(new CreateRouteCommand({ ApiId: httpId, RouteKey, AuthorizationType }));
    }
    await v2.send(new CreateV2StageCommand({ ApiId: httpId, StageName: '$default', AutoDeploy: true }));
    // Integrations: over a VPC link in plain HTTP, over one with TLS, and to a public URL (not recorded).
    const listener = `arn:aws:elasticloadbalancing:${REGION}:123456789012:listener/app/internal/1/2`;
    const integration = (Description: string, extra: Record<string, unknown>) =>
      v2.send(
        new CreateIntegrationCommand({
          ApiId: httpId,
          Description,
          IntegrationType: 'HTTP_PROXY',
          IntegrationMethod: 'ANY',
          PayloadFormatVersion: '1.0',
          ...extra,
        }),
      );
    const plain = await integration('plain', {
      ConnectionType: 'VPC_LINK',
      ConnectionId: 'vl1',
      IntegrationUri: listener,
    });
    plainIntegration = `${httpId}/${plain.IntegrationId ?? ''}`;
    await integration('tls', {
      ConnectionType: 'VPC_LINK',
      ConnectionId: 'vl1',
      IntegrationUri: listener,
      TlsConfig: { ServerNameToVerify: 'api.internal.example.com' },
    });
    await integration('public', { ConnectionType: 'INTERNET', IntegrationUri: 'https://example.com' });

    wsId =
      (
        await v2.send(
          new CreateApiCommand({
            Name: 'chat',
            ProtocolType: 'WEBSOCKET',
            RouteSelectionExpression: '$request.body.action',
          }),
        )
      ).ApiId ?? '';
    for (const RouteKey of ['$connect', '$default']) {
      await v2.send(new CreateRouteCommand({ ApiId: wsId, RouteKey }));
    }
    await v2.send(
      new CreateV2StageCommand({
        ApiId: wsId,
        StageName: 'live',
        DefaultRouteSettings: { LoggingLevel: 'ERROR' },
        AccessLogSettings: { DestinationArn: LOGS, Format: '$context.requestId' },
      }),
    );
    await v2.send(new CreateV2StageCommand({ ApiId: wsId, StageName: 'quiet' }));

    // Custom domains: one on TLS 1.0, one on a recommended 2025 policy.
    for (const [domainName, securityPolicy] of [
      ['old.example.com', 'TLS_1_0'],
      ['new.example.com', 'SecurityPolicy_TLS13_1_3_2025_09'],
    ] as const) {
      await v1.send(
        new CreateDomainNameCommand({
          domainName,
          regionalCertificateArn: `arn:aws:acm:${REGION}:123456789012:certificate/${domainName}`,
          endpointConfiguration: { types: ['REGIONAL'] },
          securityPolicy,
        }),
      );
    }

    inventory = await scanForTest(credentials, { regions: [REGION], services: ['apigateway'] });
  });

  it('records every stage and route, with complete coverage', () => {
    expect(inventory.errors).toEqual([]);
    expect(() => validateInventory(JSON.parse(JSON.stringify(inventory)))).not.toThrow();
    expect(
      inventory.accounts[0]?.coverage
        .filter((c) => /stage|route|domain|integration/.test(c.resourceType))
        .map((c) => [c.resourceType, c.status, c.resourceCount]),
    ).toEqual([
      ['apigateway:domain-name', 'complete', 2],
      ['apigateway:private-integration', 'complete', 2],
      ['apigateway:rest-stage', 'complete', 2],
      ['apigateway:v2-route', 'complete', 5],
      ['apigateway:v2-stage', 'complete', 3],
    ]);
    const traced = ofType(inventory, 'apigateway:rest-stage').find((s) => s.name === 'traced');
    expect(traced?.attributes).toMatchObject({
      tracingEnabled: true,
      methodSettings: [{ path: '*/*', loggingLevel: 'ERROR' }],
    });
  });

  it('judges stages, routes, private integrations and domain names as FSBP APIGateway.1-5 and 8-11 do', () => {
    const found = runRules(inventory, DEFAULT_CONFIG, catalog)
      .findings.filter((f) => RULES.has(f.ruleId))
      .map((f) => `${f.ruleId} ${f.resource.id}`)
      .sort();
    expect(found).toEqual(
      [
        'apigateway.domain-name-tls-policy-not-recommended old.example.com',
        `apigateway.private-integration-without-tls ${plainIntegration}`,
        `apigateway.rest-stage-cache-unencrypted ${restId}/prod`,
        `apigateway.rest-stage-execution-logging-off ${restId}/prod`,
        // moto keeps no client certificate or web ACL on a stage: every stage lacks both.
        `apigateway.rest-stage-no-client-certificate ${restId}/prod`,
        `apigateway.rest-stage-no-client-certificate ${restId}/traced`,
        `apigateway.rest-stage-no-waf ${restId}/prod`,
        `apigateway.rest-stage-no-waf ${restId}/traced`,
        `apigateway.rest-stage-xray-off ${restId}/prod`,
        `apigateway.v2-stage-access-logging-off ${httpId}/$default`,
        `apigateway.v2-stage-access-logging-off ${wsId}/quiet`,
        `apigateway.websocket-stage-execution-logging-off ${wsId}/quiet`,
        ...ofType(inventory, 'apigateway:v2-route')
          .filter((r) => r.name === 'GET /items' || r.name === '$connect')
          .map((r) => `apigateway.route-no-authorization ${r.id}`),
      ].sort(),
    );
  });
});
