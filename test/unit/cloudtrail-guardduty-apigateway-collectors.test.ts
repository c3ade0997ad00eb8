import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  APIGatewayClient,
  GetIntegrationCommand,
  GetResourcesCommand,
  GetRestApisCommand,
  NotFoundException,
} from '@aws-sdk/client-api-gateway';
import { ApiGatewayV2Client, GetApisCommand } from '@aws-sdk/client-apigatewayv2';
import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  ListTrailsCommand,
  type Trail,
} from '@aws-sdk/client-cloudtrail';
import { GetDetectorCommand, GuardDutyClient, ListDetectorsCommand } from '@aws-sdk/client-guardduty';
import { mockClient } from 'aws-sdk-client-mock';
import type { ResourceOfType } from '../../src/inventory/resources/index.js';
import type { Collector, CollectorOutcome } from '../../src/scan/collector.js';
import { apigatewayCollector } from '../../src/scan/collectors/apigateway.js';
import { cloudtrailCollector, managementEventsOf } from '../../src/scan/collectors/cloudtrail.js';
import { detectorFeatures, guarddutyCollector } from '../../src/scan/collectors/guardduty.js';
import { accessDenied, collect as collectWith } from '../support/collector-harness.js';

const ACCOUNT = '111122223333';
const cloudtrail = mockClient(CloudTrailClient);
const guardduty = mockClient(GuardDutyClient);
const v1 = mockClient(APIGatewayClient);
const v2 = mockClient(ApiGatewayV2Client);

/** The collector in a region, or for `global` in the partition's home region. */
const collect = (collector: Collector, region: string): Promise<CollectorOutcome> =>
  collectWith(collector, region === 'global' ? { region: 'us-east-1', scopeRegion: 'global' } : { region });

/** The region a mocked call was sent to. */
const regionOf = (getClient: () => { config: { region: unknown } }) =>
  (getClient().config.region as () => Promise<string>)();

beforeEach(() => {
  cloudtrail.reset();
  guardduty.reset();
  v1.reset();
  v2.reset();
});
afterAll(() => {
  cloudtrail.restore();
  guardduty.restore();
  v1.restore();
  v2.restore();
});

const arnOf = (region: string, name: string, account = ACCOUNT) =>
  `arn:aws:cloudtrail:${region}:${account}:trail/${name}`;

function trail(region: string, name: string, extra: Partial<Trail> = {}): Trail {
  return {
    Name: name,
    TrailARN: arnOf(region, name),
    HomeRegion: region,
    S3BucketName: 'logs',
    IsMultiRegionTrail: false,
    IncludeGlobalServiceEvents: true,
    LogFileValidationEnabled: false,
    IsOrganizationTrail: false,
    ...extra,
  };
}

describe('the CloudTrail collector', () => {
  // An organization trail from the management account, multi-region, homed in Frankfurt; a local one.
  const org = trail('eu-central-1', 'org-trail', {
    TrailARN: arnOf('eu-central-1', 'org-trail', '999999999999'),
    IsMultiRegionTrail: true,
    IsOrganizationTrail: true,
  });
  const local = trail('us-east-1', 'local');
  const west = trail('eu-west-1', 'west-only', { KmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/k' });

  it('describes shadow trails once, finds single-region trails of other regions through ListTrails, reads status in home regions', async () => {
    const statusRegions: [string, string][] = [];
    cloudtrail.on(DescribeTrailsCommand).callsFake(async (input, getClient) => {
      const region = await regionOf(getClient);
      if (region === 'us-east-1' && input.includeShadowTrails) return { trailList: [org, local, org] };
      // AWS answers only the trails named, from their home region.
      if (region === 'eu-west-1' && !input.includeShadowTrails) {
        expect(input.trailNameList).toEqual([west.TrailARN]);
        return { trailList: [west] };
      }
      throw new Error(`unexpected DescribeTrails in ${region}`);
    });
    // moto answers ListTrails with the home region's trails only; AWS lists the account's trails
    // with their home regions, which is how a single-region trail elsewhere is found.
    cloudtrail.on(ListTrailsCommand).resolves({
      Trails: [org, local, west].map((t) => ({
        Name: t.Name,
        TrailARN: t.TrailARN,
        HomeRegion: t.HomeRegion,
      })),
    });
    cloudtrail.on(GetTrailStatusCommand).callsFake(async (input, getClient) => {
      statusRegions.push([input.Name, await regionOf(getClient)]);
      if (input.Name === local.TrailARN) throw accessDenied('cloudtrail:GetTrailStatus');
      return { IsLogging: input.Name === org.TrailARN };
    });
    // The organization trail records management events; the west one data events only.
    cloudtrail.on(GetEventSelectorsCommand).callsFake(async (input) =>
      input.TrailName === west.TrailARN
        ? {
            AdvancedEventSelectors: [
              {
                Name: 'S3 data events',
                FieldSelectors: [
                  { Field: 'eventCategory', Equals: ['Data'] },
                  { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
                ],
              },
            ],
          }
        : { EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }] },
    );

    const outcome = await collect(cloudtrailCollector, 'global');
    expect(outcome.failedTypes.size).toBe(0);
    expect(statusRegions.sort()).toEqual(
      [
        [org.TrailARN, 'eu-central-1'],
        [local.TrailARN, 'us-east-1'],
        [west.TrailARN, 'eu-west-1'],
      ].sort(),
    );
    const trails = outcome.resources as ResourceOfType<'cloudtrail:trail'>[];
    expect(
      trails.map((t) => [
        t.region,
        t.name,
        t.attributes.isMultiRegion,
        t.attributes.isLogging,
        t.attributes.managementEvents,
        t.unknownAttributes,
      ]),
    ).toEqual([
      ['eu-central-1', 'org-trail', true, true, 'all', []],
      ['us-east-1', 'local', false, null, 'all', ['isLogging']],
      ['eu-west-1', 'west-only', false, false, 'none', []],
    ]);
    expect(trails[0]).toMatchObject({
      arn: org.TrailARN,
      account: ACCOUNT,
      attributes: { isOrganizationTrail: true },
    });
    expect(trails[2]?.attributes.kmsKeyId).toBe(west.KmsKeyId);
    expect(outcome.errors).toEqual([
      expect.objectContaining({
        operation: 'GetTrailStatus',
        region: 'global',
        resourceId: local.TrailARN,
        missingPermission: 'cloudtrail:GetTrailStatus',
      }),
    ]);
  });

  it('without the home region DescribeTrails, marks the trails unlisted and their settings unknown', async () => {
    cloudtrail.on(DescribeTrailsCommand).rejects(accessDenied('cloudtrail:DescribeTrails'));
    cloudtrail
      .on(ListTrailsCommand)
      .resolves({ Trails: [{ Name: 'local', TrailARN: local.TrailARN, HomeRegion: 'us-east-1' }] });
    cloudtrail.on(GetTrailStatusCommand).resolves({ IsLogging: true });
    cloudtrail.on(GetEventSelectorsCommand).rejects(accessDenied('cloudtrail:GetEventSelectors'));

    const outcome = await collect(cloudtrailCollector, 'global');
    expect([...outcome.failedTypes]).toEqual(['cloudtrail:trail']);
    const [only] = outcome.resources as ResourceOfType<'cloudtrail:trail'>[];
    expect(only?.attributes.isLogging).toBe(true);
    expect(only?.unknownAttributes).toEqual([
      'cloudWatchLogsLogGroupArn',
      'includeGlobalServiceEvents',
      'isMultiRegion',
      'isOrganizationTrail',
      'kmsKeyId',
      'logFileValidation',
      'managementEvents',
      's3BucketName',
    ]);
  });

  it('reads which management events the selectors record, basic or advanced', () => {
    const mgmt = (readOnly?: { Equals?: string[]; NotEquals?: string[] }) => ({
      AdvancedEventSelectors: [
        {
          FieldSelectors: [
            { Field: 'eventCategory', Equals: ['Management'] },
            ...(readOnly ? [{ Field: 'readOnly', ...readOnly }] : []),
          ],
        },
      ],
      $metadata: {},
    });
    const basic = (
      ...selectors: { ReadWriteType?: 'All' | 'ReadOnly' | 'WriteOnly'; IncludeManagementEvents?: boolean }[]
    ) => ({
      EventSelectors: selectors,
      $metadata: {},
    });
    expect(managementEventsOf({ $metadata: {} })).toBe('all');
    expect(managementEventsOf(basic({ ReadWriteType: 'All' }))).toBe('all');
    expect(managementEventsOf(basic({ ReadWriteType: 'ReadOnly' }))).toBe('read-only');
    expect(managementEventsOf(basic({ ReadWriteType: 'ReadOnly' }, { ReadWriteType: 'WriteOnly' }))).toBe(
      'all',
    );
    expect(managementEventsOf(basic({ ReadWriteType: 'All', IncludeManagementEvents: false }))).toBe('none');
    expect(managementEventsOf(mgmt())).toBe('all');
    expect(managementEventsOf(mgmt({ Equals: ['false'] }))).toBe('write-only');
    expect(managementEventsOf(mgmt({ NotEquals: ['true'] }))).toBe('write-only');
    expect(managementEventsOf(mgmt({ Equals: ['true'] }))).toBe('read-only');
    expect(managementEventsOf(mgmt({ NotEquals: ['false'] }))).toBe('read-only');
  });
});

describe('the GuardDuty collector', () => {
  it('maps features with their nested configurations, and the older data sources where features are absent', () => {
    expect(
      detectorFeatures({
        Features: [
          {
            Name: 'EKS_RUNTIME_MONITORING',
            Status: 'ENABLED',
            AdditionalConfiguration: [{ Name: 'EKS_ADDON_MANAGEMENT', Status: 'DISABLED' }],
          },
          { Name: 'S3_DATA_EVENTS', Status: 'ENABLED' },
        ],
      }),
    ).toEqual([
      { name: 'EKS_RUNTIME_MONITORING', status: 'ENABLED' },
      { name: 'EKS_RUNTIME_MONITORING/EKS_ADDON_MANAGEMENT', status: 'DISABLED' },
      { name: 'S3_DATA_EVENTS', status: 'ENABLED' },
    ]);
    expect(
      detectorFeatures({
        DataSources: {
          CloudTrail: { Status: 'ENABLED' },
          DNSLogs: { Status: 'ENABLED' },
          FlowLogs: { Status: 'ENABLED' },
          S3Logs: { Status: 'DISABLED' },
          Kubernetes: { AuditLogs: { Status: 'ENABLED' } },
        },
      }).map((f) => `${f.name}=${f.status}`),
    ).toEqual([
      'CLOUD_TRAIL=ENABLED',
      'DNS_LOGS=ENABLED',
      'EKS_AUDIT_LOGS=ENABLED',
      'FLOW_LOGS=ENABLED',
      'S3_DATA_EVENTS=DISABLED',
    ]);
  });

  it('records a detector it cannot read with its settings unknown', async () => {
    guardduty.on(ListDetectorsCommand).resolves({ DetectorIds: ['d1'] });
    guardduty.on(GetDetectorCommand).rejects(accessDenied('guardduty:GetDetector'));
    const outcome = await collect(guarddutyCollector, 'eu-west-2');
    expect(outcome.resources).toEqual([
      expect.objectContaining({
        type: 'guardduty:detector',
        id: 'd1',
        region: 'eu-west-2',
        unknownAttributes: ['features', 'findingPublishingFrequency', 'status', 'tags'],
      }),
    ]);
    expect(outcome.errors.map((e) => [e.operation, e.missingPermission])).toEqual([
      ['GetDetector', 'guardduty:GetDetector'],
    ]);
  });
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

    const outcome = await collect(apigatewayCollector, 'eu-west-2');
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

    const outcome = await collect(apigatewayCollector, 'eu-west-2');
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
