import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { Inventory } from '../../../src/inventory/document.js';
import type { AttributesOf } from '../../../src/inventory/resources/index.js';
import {
  domainNameTlsPolicyNotRecommended,
  privateIntegrationWithoutTls,
  restStageCacheUnencrypted,
  restStageExecutionLoggingOff,
  restStageNoClientCertificate,
  restStageNoWaf,
  restStageXrayOff,
  routeNoAuthorization,
  v2StageAccessLoggingOff,
  websocketStageExecutionLoggingOff,
} from '../../../src/rules/catalog/apigateway-stages.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import { inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const run = (rule: Rule, inventory: Inventory) => runRules(inventory, DEFAULT_CONFIG, [rule], NOW).findings;
const ids = (rule: Rule, inventory: Inventory) => run(rule, inventory).map((f) => f.resource.id);

type RestAttributes = AttributesOf<'apigateway:rest-stage'>;
type Setting = RestAttributes['methodSettings'][number];
const setting = (path: string, loggingLevel: string | null, caching = false, encrypted = false): Setting => ({
  path,
  loggingLevel,
  cachingEnabled: caching,
  cacheDataEncrypted: encrypted,
});

/** A REST stage with every FSBP setting done, changed by `overrides`. */
function restStage(name: string, overrides: Partial<RestAttributes> = {}) {
  return resource(
    'apigateway:rest-stage',
    `a1/${name}`,
    {
      apiId: 'a1',
      apiName: 'orders',
      methodSettings: [setting('*/*', 'ERROR')],
      clientCertificateId: 'cert1',
      tracingEnabled: true,
      webAclArn: 'arn:aws:wafv2:us-east-1:123456789012:regional/webacl/api/1',
      cacheClusterEnabled: false,
      accessLogDestination: 'arn:aws:logs:us-east-1:123456789012:log-group:api',
      ...overrides,
    },
    { name },
  );
}

type V2Attributes = AttributesOf<'apigateway:v2-stage'>;
function v2Stage(name: string, overrides: Partial<V2Attributes> = {}) {
  return resource(
    'apigateway:v2-stage',
    `w1/${name}`,
    {
      apiId: 'w1',
      apiName: 'chat',
      protocolType: 'WEBSOCKET',
      defaultLoggingLevel: 'INFO',
      routeLoggingLevels: [],
      accessLogDestination: 'arn:aws:logs:us-east-1:123456789012:log-group:ws',
      autoDeploy: false,
      ...overrides,
    },
    { name },
  );
}

function route(id: string, routeKey: string, authorizationType: string, protocolType = 'HTTP') {
  return resource(
    'apigateway:v2-route',
    `h1/${id}`,
    { apiId: 'h1', apiName: 'public', protocolType, routeKey, authorizationType, apiKeyRequired: false },
    { name: routeKey },
  );
}

describe('apigateway.rest-stage-execution-logging-off', () => {
  it('flags a stage logging OFF or not set, and a method override turning it off', () => {
    const findings = run(
      restStageExecutionLoggingOff,
      inventoryOf([
        restStage('off', { methodSettings: [setting('*/*', 'OFF')] }),
        restStage('unset', { methodSettings: [] }),
        restStage('override', { methodSettings: [setting('*/*', 'INFO'), setting('/health/GET', 'OFF')] }),
      ]),
    );
    expect(findings.map((f) => f.message)).toEqual([
      'Stage off of REST API orders (a1) does not log execution to CloudWatch Logs: its logging level is OFF.',
      'Stage override of REST API orders (a1) does not log execution to CloudWatch Logs: method overrides turn it off for /health/GET.',
      'Stage unset of REST API orders (a1) does not log execution to CloudWatch Logs: its logging level is not set (OFF).',
    ]);
    expect(findings[0]?.remediation.cli).toContain('--rest-api-id a1 --stage-name off');
  });

  it('passes ERROR or INFO for all methods, overrides that do not say included', () => {
    expect(
      ids(
        restStageExecutionLoggingOff,
        inventoryOf([
          restStage('error'),
          restStage('info', { methodSettings: [setting('*/*', 'INFO'), setting('/x/GET', null)] }),
        ]),
      ),
    ).toEqual([]);
  });
});

describe('apigateway.websocket-stage-execution-logging-off', () => {
  it('flags a WebSocket stage without ERROR or INFO, or with a route turning it off', () => {
    const findings = run(
      websocketStageExecutionLoggingOff,
      inventoryOf([
        v2Stage('off', { defaultLoggingLevel: 'OFF' }),
        v2Stage('route', { routeLoggingLevels: [{ routeKey: '$default', loggingLevel: 'OFF' }] }),
      ]),
    );
    expect(findings.map((f) => f.message)).toEqual([
      'Stage off of WebSocket API chat (w1) does not log execution to CloudWatch Logs: its default logging level is OFF.',
      'Stage route of WebSocket API chat (w1) does not log execution to CloudWatch Logs: route overrides turn it off for $default.',
    ]);
  });

  it('passes a logging WebSocket stage, and never judges HTTP stages (they have no execution logs)', () => {
    expect(
      ids(
        websocketStageExecutionLoggingOff,
        inventoryOf([v2Stage('on'), v2Stage('http', { protocolType: 'HTTP', defaultLoggingLevel: null })]),
      ),
    ).toEqual([]);
  });
});

describe('apigateway.rest-stage-no-client-certificate', () => {
  it('flags a stage without a client certificate', () => {
    expect(
      ids(restStageNoClientCertificate, inventoryOf([restStage('bare', { clientCertificateId: null })])),
    ).toEqual(['a1/bare']);
  });
  it('passes a stage with one', () => {
    expect(ids(restStageNoClientCertificate, inventoryOf([restStage('prod')]))).toEqual([]);
  });
});

describe('apigateway.rest-stage-xray-off', () => {
  it('flags a stage without X-Ray tracing, as low', () => {
    const findings = run(restStageXrayOff, inventoryOf([restStage('dark', { tracingEnabled: false })]));
    expect(findings.map((f) => [f.resource.id, f.severity])).toEqual([['a1/dark', 'low']]);
  });
  it('passes a traced stage', () => {
    expect(ids(restStageXrayOff, inventoryOf([restStage('prod')]))).toEqual([]);
  });
});

describe('apigateway.rest-stage-no-waf', () => {
  it('flags a stage without a web ACL', () => {
    expect(ids(restStageNoWaf, inventoryOf([restStage('open', { webAclArn: null })]))).toEqual(['a1/open']);
  });
  it('passes a stage with one', () => {
    expect(ids(restStageNoWaf, inventoryOf([restStage('prod')]))).toEqual([]);
  });
});

describe('apigateway.rest-stage-cache-unencrypted', () => {
  it('flags methods that cache without encryption, naming them', () => {
    const findings = run(
      restStageCacheUnencrypted,
      inventoryOf([
        restStage('cached', {
          cacheClusterEnabled: true,
          methodSettings: [setting('*/*', 'ERROR', true, false), setting('/a/GET', 'ERROR', true, true)],
        }),
      ]),
    );
    expect(findings.map((f) => f.message)).toEqual([
      'Stage cached of REST API orders (a1) caches responses without encryption (method settings */*).',
    ]);
  });
  it('passes encrypted caches, and does not judge methods that do not cache', () => {
    expect(
      ids(
        restStageCacheUnencrypted,
        inventoryOf([
          restStage('enc', { methodSettings: [setting('*/*', 'ERROR', true, true)] }),
          restStage('nocache', { methodSettings: [setting('*/*', 'ERROR', false, false)] }),
        ]),
      ),
    ).toEqual([]);
  });
});

describe('apigateway.v2-stage-access-logging-off', () => {
  it('flags HTTP and WebSocket stages without access log settings', () => {
    const findings = run(
      v2StageAccessLoggingOff,
      inventoryOf([
        v2Stage('ws', { accessLogDestination: null }),
        v2Stage('$default', { protocolType: 'HTTP', accessLogDestination: null }),
      ]),
    );
    expect(findings.map((f) => f.message).sort()).toEqual([
      'Stage $default of HTTP API chat (w1) has no access logging.',
      'Stage ws of WebSocket API chat (w1) has no access logging.',
    ]);
  });
  it('passes a stage with a destination', () => {
    expect(ids(v2StageAccessLoggingOff, inventoryOf([v2Stage('prod')]))).toEqual([]);
  });
});

describe('apigateway.route-no-authorization', () => {
  it('flags HTTP routes and a WebSocket $connect route with authorization NONE', () => {
    const findings = run(
      routeNoAuthorization,
      inventoryOf([
        route('r1', 'GET /items', 'NONE'),
        route('r2', '$default', 'NONE'),
        route('r3', '$connect', 'NONE', 'WEBSOCKET'),
      ]),
    );
    expect(findings.map((f) => f.resource.id).sort()).toEqual(['h1/r1', 'h1/r2', 'h1/r3']);
    expect(findings.find((f) => f.resource.id === 'h1/r1')?.message).toBe(
      'Route GET /items of HTTP API public (h1) has no authorization: any caller reaches its integration.',
    );
    expect(findings[0]?.remediation.cli).toContain('--api-id h1 --route-id r');
  });
  it('passes authorized routes, CORS preflight routes and WebSocket routes that cannot be authorized', () => {
    expect(
      ids(
        routeNoAuthorization,
        inventoryOf([
          route('r1', 'GET /items', 'JWT'),
          route('r2', 'POST /orders', 'AWS_IAM'),
          route('r3', 'OPTIONS /{proxy+}', 'NONE'),
          route('r4', '$default', 'NONE', 'WEBSOCKET'),
          route('r5', '$connect', 'CUSTOM', 'WEBSOCKET'),
        ]),
      ),
    ).toEqual([]);
  });
});

describe('apigateway.domain-name-tls-policy-not-recommended', () => {
  const domain = (name: string, securityPolicy: string | null, endpointTypes = ['REGIONAL']) =>
    resource(
      'apigateway:domain-name',
      name,
      { securityPolicy, endpointTypes, status: 'AVAILABLE' },
      { name },
    );

  it('flags TLS_1_0 as medium and TLS_1_2 as low, most severe first (FSBP APIGateway.11)', () => {
    const findings = run(
      domainNameTlsPolicyNotRecommended,
      inventoryOf([domain('old.example.com', 'TLS_1_0'), domain('api.example.com', 'TLS_1_2', ['EDGE'])]),
    );
    expect(findings.map((f) => [f.resource.id, f.severity, f.message])).toEqual([
      [
        'old.example.com',
        'medium',
        'Custom domain name old.example.com uses security policy TLS_1_0, not one of the recommended TLS 1.3 or TLS 1.2 PFS policies.',
      ],
      [
        'api.example.com',
        'low',
        'Custom domain name api.example.com uses security policy TLS_1_2, not one of the recommended TLS 1.3 or TLS 1.2 PFS policies.',
      ],
    ]);
  });
  it('passes recommended policies, and does not judge private domains or a missing policy', () => {
    expect(
      ids(
        domainNameTlsPolicyNotRecommended,
        inventoryOf([
          domain('a.example.com', 'SecurityPolicy_TLS13_1_3_2025_09'),
          domain('b.example.com', 'SecurityPolicy_TLS13_2025_EDGE', ['EDGE']),
          domain('c.example.com', 'TLS_1_2', ['PRIVATE']),
          domain('d.example.com', null),
        ]),
      ),
    ).toEqual([]);
  });
});

describe('apigateway.private-integration-without-tls', () => {
  const LISTENER = 'arn:aws:elasticloadbalancing:us-east-1:111122223333:listener/app/internal/1/2';
  const integration = (
    id: string,
    serverNameToVerify: string | null,
    tlsConfigured = serverNameToVerify !== null,
  ) =>
    resource('apigateway:private-integration', `h1/${id}`, {
      apiId: 'h1',
      apiName: 'orders',
      integrationUri: LISTENER,
      tlsConfigured,
      serverNameToVerify,
    });

  it('flags a VPC link integration without a TLS configuration (FSBP APIGateway.10)', () => {
    const findings = run(privateIntegrationWithoutTls, inventoryOf([integration('i1', null)]));
    expect(findings.map((f) => f.message)).toEqual([
      `Private integration i1 of HTTP API orders (h1) has no TLS configuration: traffic to ${LISTENER} is plain HTTP.`,
    ]);
    expect(findings[0]?.remediation.cli).toContain('--api-id h1 --integration-id i1');
  });
  it('passes one with a TLS configuration, with or without a server name', () => {
    expect(
      ids(
        privateIntegrationWithoutTls,
        inventoryOf([integration('i2', 'api.internal.example.com'), integration('i3', null, true)]),
      ),
    ).toEqual([]);
  });
});
