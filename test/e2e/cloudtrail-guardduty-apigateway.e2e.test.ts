import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  APIGatewayClient,
  CreateResourceCommand,
  CreateRestApiCommand,
  GetResourcesCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
} from '@aws-sdk/client-api-gateway';
import { ApiGatewayV2Client, CreateApiCommand } from '@aws-sdk/client-apigatewayv2';
import {
  CloudTrailClient,
  CreateTrailCommand,
  PutEventSelectorsCommand,
  StartLoggingCommand,
} from '@aws-sdk/client-cloudtrail';
import { CreateDetectorCommand, GuardDutyClient } from '@aws-sdk/client-guardduty';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import type { AwsCredentialIdentity } from '@smithy/types';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { Inventory } from '../../src/inventory/document.js';
import { validateInventory } from '../../src/inventory/validate.js';
import { catalog } from '../../src/rules/catalog/index.js';
import { runRules } from '../../src/rules/engine.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';

const REGIONS = ['eu-west-2', 'us-east-1'];
const SERVICES = ['cloudtrail', 'guardduty', 'apigateway'];
const RULES = new Set([
  'cloudtrail.no-multi-region-trail',
  'guardduty.not-enabled',
  'apigateway.rest-api-cors-any-origin',
  'apigateway.http-api-cors-any-origin',
]);

const ORIGIN = 'method.response.header.Access-Control-Allow-Origin';

async function trailBucket(credentials: AwsCredentialIdentity, name: string): Promise<void> {
  await new S3Client(seedConfig('us-east-1', credentials)).send(new CreateBucketCommand({ Bucket: name }));
}

/** A REST API whose OPTIONS /items answers a MOCK preflight with the given Access-Control-Allow-Origin. */
async function restApiWithPreflight(client: APIGatewayClient, name: string, origin: string): Promise<string> {
  const api = await client.send(
    new CreateRestApiCommand({ name, endpointConfiguration: { types: ['REGIONAL'] } }),
  );
  const restApiId = api.id ?? '';
  const root = (await client.send(new GetResourcesCommand({ restApiId }))).items?.find((r) => r.path === '/');
  const items = await client.send(
    new CreateResourceCommand({ restApiId, parentId: root?.id ?? '', pathPart: 'items' }),
  );
  const resourceId = items.id ?? '';
  const httpMethod = 'OPTIONS';
  await client.send(new PutMethodCommand({ restApiId, resourceId, httpMethod, authorizationType: 'NONE' }));
  await client.send(
    new PutIntegrationCommand({
      restApiId,
      resourceId,
      httpMethod,
      type: 'MOCK',
      requestTemplates: { 'application/json': '{"statusCode": 200}' },
    }),
  );
  await client.send(
    new PutMethodResponseCommand({
      restApiId,
      resourceId,
      httpMethod,
      statusCode: '200',
      responseParameters: { [ORIGIN]: false },
    }),
  );
  await client.send(
    new PutIntegrationResponseCommand({
      restApiId,
      resourceId,
      httpMethod,
      statusCode: '200',
      responseParameters: { [ORIGIN]: `'${origin}'` },
    }),
  );
  return restApiId;
}

function ruleFindings(inventory: Inventory) {
  return runRules(inventory, DEFAULT_CONFIG, catalog)
    .findings.filter((f) => RULES.has(f.ruleId))
    .map((f) => [f.ruleId, f.region, f.resource.type, f.resource.id]);
}

describe('CloudTrail, GuardDuty and API Gateway collectors against moto', () => {
  const account = uniqueAccountId();
  let inventory: Inventory;
  let openApiId: string;
  let namedApiId: string;
  let openHttpApiId: string;

  beforeAll(async () => {
    const credentials = await accountCredentials(account);
    const bucket = `trail-logs-${account}`;
    await trailBucket(credentials, bucket);

    // A multi-region trail homed outside the scan's home region, logging; a stopped local one.
    const london = new CloudTrailClient(seedConfig('eu-west-2', credentials));
    await london.send(
      new CreateTrailCommand({
        Name: 'org-audit',
        S3BucketName: bucket,
        IsMultiRegionTrail: true,
        EnableLogFileValidation: true,
      }),
    );
    await london.send(new StartLoggingCommand({ Name: 'org-audit' }));
    await new CloudTrailClient(seedConfig('us-east-1', credentials)).send(
      new CreateTrailCommand({ Name: 'local', S3BucketName: bucket }),
    );

    // GuardDuty in London only.
    await new GuardDutyClient(seedConfig('eu-west-2', credentials)).send(
      new CreateDetectorCommand({
        Enable: true,
        FindingPublishingFrequency: 'FIFTEEN_MINUTES',
        Features: [{ Name: 'S3_DATA_EVENTS', Status: 'ENABLED' }],
        Tags: { team: 'security' },
      }),
    );

    const v1 = new APIGatewayClient(seedConfig('eu-west-2', credentials));
    openApiId = await restApiWithPreflight(v1, 'open-api', '*');
    namedApiId = await restApiWithPreflight(v1, 'named-api', 'https://app.example.com');
    // An OPTIONS method without an integration: its integration is read on its own (and is empty).
    const root = (await v1.send(new GetResourcesCommand({ restApiId: namedApiId }))).items?.find(
      (r) => r.path === '/',
    );
    await v1.send(
      new PutMethodCommand({
        restApiId: namedApiId,
        resourceId: root?.id ?? '',
        httpMethod: 'OPTIONS',
        authorizationType: 'NONE',
      }),
    );

    const v2 = new ApiGatewayV2Client(seedConfig('eu-west-2', credentials));
    const open = await v2.send(
      new CreateApiCommand({
        Name: 'open-http',
        ProtocolType: 'HTTP',
        CorsConfiguration: { AllowOrigins: ['*'], AllowMethods: ['GET', 'POST'] },
        Tags: { env: 'prod' },
      }),
    );
    openHttpApiId = open.ApiId ?? '';
    await v2.send(
      new CreateApiCommand({
        Name: 'named-http',
        ProtocolType: 'HTTP',
        CorsConfiguration: { AllowOrigins: ['https://app.example.com'], AllowCredentials: true },
      }),
    );
    await v2.send(
      new CreateApiCommand({
        Name: 'chat',
        ProtocolType: 'WEBSOCKET',
        RouteSelectionExpression: '$request.body.action',
      }),
    );

    inventory = await scanForTest(credentials, { regions: REGIONS, services: SERVICES });
  });

  it('produces a valid inventory with no errors and complete coverage', () => {
    expect(inventory.errors).toEqual([]);
    expect(() => validateInventory(JSON.parse(JSON.stringify(inventory)))).not.toThrow();
    expect(
      inventory.accounts[0]?.coverage.map((c) => [c.region, c.resourceType, c.status, c.resourceCount]),
    ).toEqual([
      ['eu-west-2', 'apigateway:domain-name', 'complete', 0],
      ['us-east-1', 'apigateway:domain-name', 'complete', 0],
      ['eu-west-2', 'apigateway:http-api', 'complete', 3],
      ['us-east-1', 'apigateway:http-api', 'complete', 0],
      ['eu-west-2', 'apigateway:private-integration', 'complete', 0],
      ['us-east-1', 'apigateway:private-integration', 'complete', 0],
      ['eu-west-2', 'apigateway:rest-api', 'complete', 2],
      ['us-east-1', 'apigateway:rest-api', 'complete', 0],
      // No API here has been deployed, nor a domain named: they are read, and there are none.
      ['eu-west-2', 'apigateway:rest-stage', 'complete', 0],
      ['us-east-1', 'apigateway:rest-stage', 'complete', 0],
      ['eu-west-2', 'apigateway:v2-route', 'complete', 0],
      ['us-east-1', 'apigateway:v2-route', 'complete', 0],
      ['eu-west-2', 'apigateway:v2-stage', 'complete', 0],
      ['us-east-1', 'apigateway:v2-stage', 'complete', 0],
      ['global', 'cloudtrail:trail', 'complete', 2],
      ['eu-west-2', 'guardduty:detector', 'complete', 1],
      ['us-east-1', 'guardduty:detector', 'complete', 0],
    ]);
    // List, then per-item reads; the OPTIONS method without an embedded integration adds GetIntegration.
    expect(inventory.scan.stats.longestCallChain).toBe(3);
  });

  it('records each trail once, under its home region, with its logging status', () => {
    const trails = ofType(inventory, 'cloudtrail:trail');
    expect(trails.map((t) => [t.region, t.name, t.attributes.isMultiRegion, t.attributes.isLogging])).toEqual(
      [
        ['eu-west-2', 'org-audit', true, true],
        ['us-east-1', 'local', false, false],
      ],
    );
    expect(trails[0]).toMatchObject({
      arn: `arn:aws:cloudtrail:eu-west-2:${account}:trail/org-audit`,
      id: `arn:aws:cloudtrail:eu-west-2:${account}:trail/org-audit`,
      account,
      unknownAttributes: [],
      attributes: {
        homeRegion: 'eu-west-2',
        isOrganizationTrail: false,
        includeGlobalServiceEvents: true,
        s3BucketName: `trail-logs-${account}`,
        kmsKeyId: null,
        logFileValidation: true,
        cloudWatchLogsLogGroupArn: null,
      },
    });
  });

  it('records the detector where GuardDuty is on, and none where it is off', () => {
    const detectors = ofType(inventory, 'guardduty:detector');
    expect(detectors).toHaveLength(1);
    expect(detectors[0]).toMatchObject({
      region: 'eu-west-2',
      arn: `arn:aws:guardduty:eu-west-2:${account}:detector/${detectors[0]?.id}`,
      tags: { team: 'security' },
      state: 'ENABLED',
      unknownAttributes: [],
      attributes: {
        status: 'ENABLED',
        findingPublishingFrequency: 'FIFTEEN_MINUTES',
        features: [{ name: 'S3_DATA_EVENTS', status: 'ENABLED' }],
      },
    });
    expect(detectors[0]?.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("records the REST APIs' Access-Control-Allow-Origin values from their OPTIONS integration responses", () => {
    const apis = ofType(inventory, 'apigateway:rest-api');
    const open = apis.find((a) => a.id === openApiId);
    expect(open).toMatchObject({
      arn: `arn:aws:apigateway:eu-west-2::/restapis/${openApiId}`,
      name: 'open-api',
      unknownAttributes: [],
      attributes: {
        endpointTypes: ['REGIONAL'],
        resourceCount: 2,
        methodCount: 1,
        corsOrigins: [{ path: '/items', httpMethod: 'OPTIONS', allowOrigin: '*', allowCredentials: false }],
      },
    });
    expect(apis.find((a) => a.id === namedApiId)?.attributes).toMatchObject({
      methodCount: 2,
      corsOrigins: [
        {
          path: '/items',
          httpMethod: 'OPTIONS',
          allowOrigin: 'https://app.example.com',
          allowCredentials: false,
        },
      ],
    });
  });

  it("records the HTTP APIs' CORS configuration and protocol", () => {
    const apis = ofType(inventory, 'apigateway:http-api');
    expect(
      apis.map((a) => [a.name, a.attributes.protocolType, a.attributes.corsConfiguration]).sort(),
    ).toEqual([
      ['chat', 'WEBSOCKET', null],
      [
        'named-http',
        'HTTP',
        {
          allowOrigins: ['https://app.example.com'],
          allowMethods: [],
          allowHeaders: [],
          allowCredentials: true,
        },
      ],
      [
        'open-http',
        'HTTP',
        { allowOrigins: ['*'], allowMethods: ['GET', 'POST'], allowHeaders: [], allowCredentials: false },
      ],
    ]);
    expect(apis.find((a) => a.id === openHttpApiId)).toMatchObject({
      arn: `arn:aws:apigateway:eu-west-2::/apis/${openHttpApiId}`,
      tags: { env: 'prod' },
    });
  });

  it('fires GuardDuty for the region without a detector and CORS for the open APIs, and passes CloudTrail', () => {
    expect(ruleFindings(inventory).sort()).toEqual(
      [
        ['apigateway.http-api-cors-any-origin', 'eu-west-2', 'apigateway:http-api', openHttpApiId],
        ['apigateway.rest-api-cors-any-origin', 'eu-west-2', 'apigateway:rest-api', openApiId],
        ['guardduty.not-enabled', 'us-east-1', 'aws:region', `${account}/us-east-1`],
      ].sort(),
    );
  });

  it('fires CloudTrail for an account whose only trail is single-region', async () => {
    const other = uniqueAccountId();
    const credentials = await accountCredentials(other);
    await trailBucket(credentials, `trail-logs-${other}`);
    const east = new CloudTrailClient(seedConfig('us-east-1', credentials));
    await east.send(new CreateTrailCommand({ Name: 'east-only', S3BucketName: `trail-logs-${other}` }));
    await east.send(new StartLoggingCommand({ Name: 'east-only' }));

    const scanned = await scanForTest(credentials, { regions: ['us-east-1'], services: ['cloudtrail'] });
    expect(scanned.errors).toEqual([]);
    const findings = runRules(scanned, DEFAULT_CONFIG, catalog).findings.filter(
      (f) => f.ruleId === 'cloudtrail.no-multi-region-trail',
    );
    expect(findings.map((f) => [f.account, f.region, f.resource.type])).toEqual([
      [other, 'global', 'aws:account'],
    ]);
    expect(findings[0]?.message).toContain('single-region (east-only in us-east-1)');
  });

  it('fires CloudTrail for a multi-region trail that records read management events only', async () => {
    const other = uniqueAccountId();
    const credentials = await accountCredentials(other);
    await trailBucket(credentials, `trail-logs-${other}`);
    const east = new CloudTrailClient(seedConfig('us-east-1', credentials));
    await east.send(
      new CreateTrailCommand({
        Name: 'reads',
        S3BucketName: `trail-logs-${other}`,
        IsMultiRegionTrail: true,
      }),
    );
    await east.send(new StartLoggingCommand({ Name: 'reads' }));
    await east.send(
      new PutEventSelectorsCommand({
        TrailName: 'reads',
        EventSelectors: [{ ReadWriteType: 'ReadOnly', IncludeManagementEvents: true }],
      }),
    );

    const scanned = await scanForTest(credentials, { regions: ['us-east-1'], services: ['cloudtrail'] });
    expect(scanned.errors).toEqual([]);
    expect(ofType(scanned, 'cloudtrail:trail').map((t) => t.attributes.managementEvents)).toEqual([
      'read-only',
    ]);
    const findings = runRules(scanned, DEFAULT_CONFIG, catalog).findings.filter(
      (f) => f.ruleId === 'cloudtrail.no-multi-region-trail',
    );
    expect(findings.map((f) => f.message)).toEqual([
      `Account ${other} has no multi-region CloudTrail trail that is logging and records all management events: reads records read management events only.`,
    ]);
  });
});
