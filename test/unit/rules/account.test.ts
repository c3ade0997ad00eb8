import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { Inventory } from '../../../src/inventory/document.js';
import type { AttributesOf } from '../../../src/inventory/resources/index.js';
import {
  configRecorderNotRecording,
  guarddutyNotEnabled,
  httpApiCorsAnyOrigin,
  noMultiRegionTrail,
  restApiCorsAnyOrigin,
} from '../../../src/rules/catalog/account.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import { ACCOUNT, bareBucket, inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const run = (rule: Rule, inventory: Inventory) => runRules(inventory, DEFAULT_CONFIG, [rule], NOW).findings;

function trail(
  name: string,
  attributes: Partial<AttributesOf<'cloudtrail:trail'>> = {},
  unknownAttributes: string[] = [],
) {
  const homeRegion = attributes.homeRegion ?? 'us-east-1';
  const arn = `arn:aws:cloudtrail:${homeRegion}:${ACCOUNT}:trail/${name}`;
  return resource(
    'cloudtrail:trail',
    arn,
    {
      isMultiRegion: true,
      homeRegion,
      isOrganizationTrail: false,
      isLogging: true,
      includeGlobalServiceEvents: true,
      s3BucketName: 'trail-logs',
      kmsKeyId: null,
      logFileValidation: true,
      cloudWatchLogsLogGroupArn: null,
      managementEvents: 'all',
      ...attributes,
    },
    { arn, name, region: homeRegion, unknownAttributes },
  );
}

/** The trails' coverage is recorded under `global` (the collector is global). */
const trailsListed = { emptyScopes: [{ type: 'cloudtrail:trail' as const, region: 'global' }] };

describe('cloudtrail.no-multi-region-trail', () => {
  it('flags an account whose trails were listed and that has none, as high, against the account', () => {
    const [finding, ...rest] = run(noMultiRegionTrail, inventoryOf([], trailsListed));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'high',
      account: ACCOUNT,
      region: 'global',
      resource: { type: 'aws:account', id: ACCOUNT, arn: `arn:aws:iam::${ACCOUNT}:root` },
      references: { fsbp: ['CloudTrail.1'], cis: ['4.1'] },
    });
    expect(finding?.message).toContain('it has no trail at all');
    expect(finding?.remediation.cli).toContain('aws cloudtrail create-trail --name account-trail');
  });

  it('flags single-region trails only, and a multi-region trail that is not logging', () => {
    const single = run(
      noMultiRegionTrail,
      inventoryOf([trail('regional', { isMultiRegion: false, homeRegion: 'eu-west-2' })], trailsListed),
    );
    expect(single[0]?.message).toContain('are single-region (regional in eu-west-2)');
    const stopped = run(noMultiRegionTrail, inventoryOf([trail('main', { isLogging: false })], trailsListed));
    expect(stopped[0]?.message).toContain('records all management events: main is not logging.');
    // A second trail is not the fix for a stopped one.
    expect(stopped[0]?.remediation.cli).toBeNull();
    expect(stopped[0]?.evidence.trails).toEqual([
      {
        name: 'main',
        homeRegion: 'us-east-1',
        isMultiRegion: true,
        isLogging: false,
        managementEvents: 'all',
        isOrganizationTrail: false,
      },
    ]);
  });

  it('flags a logging multi-region trail that misses read or write management events', () => {
    const partial = run(
      noMultiRegionTrail,
      inventoryOf(
        [trail('reads', { managementEvents: 'read-only' }), trail('data', { managementEvents: 'none' })],
        trailsListed,
      ),
    );
    expect(partial[0]?.message).toContain(
      'reads records read management events only; data records no management event.',
    );
    const unknown = trail('main', { managementEvents: null }, ['managementEvents']);
    expect(run(noMultiRegionTrail, inventoryOf([unknown], trailsListed))).toEqual([]);
  });

  it('passes with a logging multi-region trail, an organization trail homed elsewhere included', () => {
    expect(run(noMultiRegionTrail, inventoryOf([trail('main')], trailsListed))).toEqual([]);
    const org = trail('org', { isOrganizationTrail: true, homeRegion: 'eu-central-1' });
    expect(
      run(noMultiRegionTrail, inventoryOf([trail('stopped', { isLogging: false }), org], trailsListed)),
    ).toEqual([]);
  });

  it('reports nothing when a multi-region trail may be logging (status unknown)', () => {
    const unknown = trail('main', { isLogging: null }, ['isLogging']);
    expect(run(noMultiRegionTrail, inventoryOf([unknown], trailsListed))).toEqual([]);
  });

  it('reports nothing when the trails could not be listed, or were not scanned', () => {
    const failed = { failedScopes: [{ type: 'cloudtrail:trail' as const, region: 'global' }] };
    expect(run(noMultiRegionTrail, inventoryOf([], failed))).toEqual([]);
    expect(run(noMultiRegionTrail, inventoryOf([]))).toEqual([]);
  });
});

function detector(id: string, region: string, status: string | null, unknownAttributes: string[] = []) {
  return resource(
    'guardduty:detector',
    id,
    { status, findingPublishingFrequency: 'SIX_HOURS', features: [] },
    { region, unknownAttributes },
  );
}

describe('guardduty.not-enabled', () => {
  const regions = ['eu-west-2', 'us-east-1'];

  it('flags each listed region without a detector, and only those', () => {
    const findings = run(
      guarddutyNotEnabled,
      inventoryOf([detector('d-east', 'us-east-1', 'ENABLED')], {
        regions,
        emptyScopes: [{ type: 'guardduty:detector', region: 'eu-west-2' }],
      }),
    );
    expect(findings.map((f) => [f.region, f.resource.type, f.resource.id, f.severity])).toEqual([
      ['eu-west-2', 'aws:region', `${ACCOUNT}/eu-west-2`, 'high'],
    ]);
    expect(findings[0]?.message).toBe('GuardDuty is not enabled in eu-west-2: the region has no detector.');
    expect(findings[0]?.references.fsbp).toEqual(['GuardDuty.1']);
    expect(findings[0]?.remediation.cli).toBe('aws guardduty create-detector --region eu-west-2 --enable');
  });

  it('flags a suspended detector', () => {
    const [finding] = run(guarddutyNotEnabled, inventoryOf([detector('d-1', 'us-east-1', 'DISABLED')]));
    expect(finding?.message).toContain('GuardDuty is suspended in us-east-1: detector d-1 is DISABLED');
  });

  it('reports nothing where the detectors could not be listed or read, or were not scanned', () => {
    const inventory = inventoryOf([detector('d-1', 'us-east-1', null, ['status'])], {
      regions: ['eu-west-1', 'eu-west-2', 'us-east-1'],
      failedScopes: [{ type: 'guardduty:detector', region: 'eu-west-2' }],
    });
    expect(run(guarddutyNotEnabled, inventory)).toEqual([]);
  });
});

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

describe('config.recorder-not-recording', () => {
  const regions = ['eu-west-2', 'us-east-1'];
  const listed = regions.map((region) => ({ type: 'config:recorder' as const, region }));
  function recorder(
    id: string,
    region: string,
    attributes: Partial<AttributesOf<'config:recorder'>> = {},
    unknownAttributes: string[] = [],
  ) {
    return resource(
      'config:recorder',
      id,
      {
        recording: true,
        lastStatus: 'Success',
        allSupported: true,
        includeGlobalResourceTypes: false,
        roleArn: null,
        serviceLinked: false,
        ...attributes,
      },
      { region, unknownAttributes },
    );
  }
  const bucket = bareBucket('data', 'eu-west-2');

  it('flags regions without a recording, all-types recorder: medium where resources are, low elsewhere', () => {
    const findings = run(
      configRecorderNotRecording,
      inventoryOf(
        [
          bucket,
          recorder('default', 'us-east-1', { recording: false }),
          recorder('sh', 'eu-west-2', { serviceLinked: true }),
        ],
        { regions, emptyScopes: listed },
      ),
    );
    expect(findings.map((f) => [f.region, f.severity])).toEqual([
      ['eu-west-2', 'medium'],
      ['us-east-1', 'low'],
    ]);
    expect(findings[0]?.message).toBe(
      'AWS Config is not recording every resource type in eu-west-2: the region has no configuration recorder. The region holds 1 resource(s) beyond its defaults.',
    );
    expect(findings[1]?.message).toContain('recorder default is stopped');
    expect(findings[0]?.references.cis).toEqual(['4.3']);
  });

  it('passes a recording all-types recorder, and does not judge an unknown status or unlisted regions', () => {
    const inventory = inventoryOf(
      [
        recorder('default', 'eu-west-2'),
        recorder('default', 'us-east-1', { recording: null }, ['recording']),
      ],
      { regions, emptyScopes: listed },
    );
    expect(run(configRecorderNotRecording, inventory)).toEqual([]);
    expect(run(configRecorderNotRecording, inventoryOf([], { regions }))).toEqual([]);
  });

  it('flags a recorder of selected resource types only', () => {
    const [finding] = run(
      configRecorderNotRecording,
      inventoryOf([recorder('default', 'us-east-1', { allSupported: false })], { emptyScopes: listed }),
    );
    expect(finding?.message).toContain('recorder default records selected resource types only');
  });
});
