import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import {
  GetLoggingConfigurationCommand,
  GetWebACLCommand,
  ListResourcesForWebACLCommand,
  ListWebACLsCommand,
  WAFV2Client,
} from '@aws-sdk/client-wafv2';
import { mockClient } from 'aws-sdk-client-mock';
import { wafv2CloudFrontCollector, wafv2Collector } from '../../../src/scan/collectors/wafv2.js';
import { accessDenied, collect, ofType } from '../../support/collector-harness.js';

const waf = mockClient(WAFV2Client);
afterEach(() => {
  waf.reset();
});
afterAll(() => {
  waf.restore();
});

const arn = (name: string, scope = 'regional', region = 'eu-west-2') =>
  `arn:aws:wafv2:${region}:111122223333:${scope}/webacl/${name}/${name}-id`;
const summary = (name: string, scope?: string, region?: string) => ({
  Name: name,
  Id: `${name}-id`,
  ARN: arn(name, scope, region),
});
const ALB = 'arn:aws:elasticloadbalancing:eu-west-2:111122223333:loadbalancer/app/shop/1';
const visibility = (on: boolean) => ({
  CloudWatchMetricsEnabled: on,
  SampledRequestsEnabled: true,
  MetricName: 'm',
});
const nonexistent = () =>
  Object.assign(new Error('AWS WAF could not find the resource'), {
    name: 'WAFNonexistentItemException',
    $metadata: { httpStatusCode: 400 },
  });

describe('the WAFv2 collector (regional web ACLs)', () => {
  it('reads every page, each ACL, its logging and what it protects', async () => {
    waf
      .on(ListWebACLsCommand, { Scope: 'REGIONAL', NextMarker: undefined })
      .resolves({ NextMarker: 'm2', WebACLs: [summary('shop')] })
      .on(ListWebACLsCommand, { Scope: 'REGIONAL', NextMarker: 'm2' })
      .resolves({ WebACLs: [summary('spare')] });
    waf
      .on(GetWebACLCommand, { Name: 'shop' })
      .resolves({
        WebACL: {
          Name: 'shop',
          Id: 'shop-id',
          ARN: arn('shop'),
          DefaultAction: { Block: {} },
          Capacity: 725,
          VisibilityConfig: visibility(true),
          Rules: [
            { Name: 'core', Priority: 0, Statement: {}, VisibilityConfig: visibility(true) },
            { Name: 'rate', Priority: 1, Statement: {}, VisibilityConfig: visibility(false) },
          ],
        },
      })
      .on(GetWebACLCommand, { Name: 'spare' })
      .resolves({
        WebACL: {
          Name: 'spare',
          Id: 'spare-id',
          ARN: arn('spare'),
          DefaultAction: { Allow: {} },
          VisibilityConfig: visibility(false),
          Rules: [],
        },
      });
    waf
      .on(GetLoggingConfigurationCommand, { ResourceArn: arn('shop') })
      .resolves({
        LoggingConfiguration: {
          ResourceArn: arn('shop'),
          LogDestinationConfigs: ['arn:aws:logs:eu-west-2:111122223333:log-group:aws-waf-logs-shop'],
        },
      })
      // AWS's answer for an ACL without logging: taken as "no logging", not as a failure.
      .on(GetLoggingConfigurationCommand, { ResourceArn: arn('spare') })
      .rejects(nonexistent());
    waf
      .on(ListResourcesForWebACLCommand)
      .resolves({ ResourceArns: [] })
      .on(ListResourcesForWebACLCommand, {
        WebACLArn: arn('shop'),
        ResourceType: 'APPLICATION_LOAD_BALANCER',
      })
      .resolves({ ResourceArns: [ALB] });
    const outcome = await collect(wafv2Collector);
    const acls = ofType(outcome, 'wafv2:web-acl');
    expect(acls.map((a) => [a.id, a.name, a.region, a.attributes, a.unknownAttributes])).toEqual([
      [
        'shop-id',
        'shop',
        'eu-west-2',
        {
          scope: 'REGIONAL',
          ruleCount: 2,
          defaultAction: 'BLOCK',
          capacity: 725,
          loggingEnabled: true,
          logDestinations: ['arn:aws:logs:eu-west-2:111122223333:log-group:aws-waf-logs-shop'],
          metricsEnabled: true,
          rulesWithoutMetrics: ['rate'],
          associatedResourceArns: [ALB],
        },
        [],
      ],
      [
        'spare-id',
        'spare',
        'eu-west-2',
        {
          scope: 'REGIONAL',
          ruleCount: 0,
          defaultAction: 'ALLOW',
          capacity: null,
          loggingEnabled: false,
          logDestinations: [],
          metricsEnabled: false,
          rulesWithoutMetrics: [],
          associatedResourceArns: [],
        },
        [],
      ],
    ]);
    const types = waf
      .commandCalls(ListResourcesForWebACLCommand)
      .filter((c) => c.args[0].input.WebACLArn === arn('shop'))
      .map((c) => c.args[0].input.ResourceType)
      .sort();
    expect(types).toEqual([
      'AGENTCORE_GATEWAY',
      'API_GATEWAY',
      'APPLICATION_LOAD_BALANCER',
      'APPSYNC',
      'APP_RUNNER_SERVICE',
      'COGNITO_USER_POOL',
      'VERIFIED_ACCESS_INSTANCE',
    ]);
    expect(waf.commandCalls(ListWebACLsCommand)[0]?.args[0].input).toMatchObject({
      Scope: 'REGIONAL',
      Limit: 100,
    });
    expect(outcome.errors).toEqual([]);
    expect(outcome.failedTypes.size + outcome.partialTypes.size).toBe(0);
  });

  it('leaves what a denied read would have said unknown, never "off" or "unused"', async () => {
    waf.on(ListWebACLsCommand).resolves({ WebACLs: [summary('shop')] });
    waf.on(GetWebACLCommand).rejects(accessDenied('wafv2:GetWebACL'));
    waf.on(GetLoggingConfigurationCommand).rejects(accessDenied('wafv2:GetLoggingConfiguration'));
    waf
      .on(ListResourcesForWebACLCommand)
      .resolves({ ResourceArns: [] })
      .on(ListResourcesForWebACLCommand, { ResourceType: 'APPSYNC' })
      .rejects(accessDenied('wafv2:ListResourcesForWebACL'));
    const outcome = await collect(wafv2Collector);
    const [shop] = ofType(outcome, 'wafv2:web-acl');
    expect(shop?.attributes).toMatchObject({
      ruleCount: null,
      loggingEnabled: null,
      metricsEnabled: null,
      associatedResourceArns: null,
    });
    expect([...(shop?.unknownAttributes ?? [])].sort()).toEqual([
      'associatedResourceArns',
      'capacity',
      'defaultAction',
      'logDestinations',
      'loggingEnabled',
      'metricsEnabled',
      'ruleCount',
      'rulesWithoutMetrics',
    ]);
    expect([...outcome.partialTypes]).toEqual(['wafv2:web-acl']);
    expect(outcome.errors.map((e) => e.operation).sort()).toEqual([
      'GetLoggingConfiguration',
      'GetWebACL',
      'ListResourcesForWebACL',
    ]);
  });

  it('asks for the other resource types only once load balancers were read', async () => {
    waf.on(ListWebACLsCommand).resolves({ WebACLs: [summary('shop')] });
    waf.on(GetWebACLCommand).resolves({
      WebACL: {
        Name: 'shop',
        Id: 'shop-id',
        ARN: arn('shop'),
        DefaultAction: { Block: {} },
        VisibilityConfig: visibility(true),
      },
    });
    waf.on(GetLoggingConfigurationCommand).rejects(nonexistent());
    waf.on(ListResourcesForWebACLCommand).rejects(accessDenied('wafv2:ListResourcesForWebACL'));
    const outcome = await collect(wafv2Collector);
    const [shop] = ofType(outcome, 'wafv2:web-acl');
    expect(shop?.attributes.associatedResourceArns).toBeNull();
    expect(shop?.unknownAttributes).toEqual(['associatedResourceArns']);
    // The list is unknown after the first failure: the six other types would be read for nothing.
    expect(waf.commandCalls(ListResourcesForWebACLCommand).map((c) => c.args[0].input.ResourceType)).toEqual([
      'APPLICATION_LOAD_BALANCER',
    ]);
    expect(outcome.errors.map((e) => [e.operation, e.resourceId])).toEqual([
      ['ListResourcesForWebACL', arn('shop')],
    ]);
  });

  it('marks web ACLs failed, not absent, when the listing is denied', async () => {
    waf.on(ListWebACLsCommand).rejects(accessDenied('wafv2:ListWebACLs'));
    const outcome = await collect(wafv2Collector);
    expect(ofType(outcome, 'wafv2:web-acl')).toEqual([]);
    expect([...outcome.failedTypes]).toEqual(['wafv2:web-acl']);
  });
});

describe('the WAFv2 collector (CloudFront-scope web ACLs)', () => {
  it('lists Scope CLOUDFRONT in us-east-1, records the ACLs under global, and asks WAF for Amplify apps only', async () => {
    waf.on(ListWebACLsCommand).resolves({ WebACLs: [summary('edge', 'global', 'us-east-1')] });
    waf.on(GetWebACLCommand).resolves({
      WebACL: {
        Name: 'edge',
        Id: 'edge-id',
        ARN: arn('edge', 'global', 'us-east-1'),
        DefaultAction: { Allow: {} },
        VisibilityConfig: visibility(true),
        Rules: [{ Name: 'core', Priority: 0, Statement: {}, VisibilityConfig: visibility(true) }],
      },
    });
    waf.on(GetLoggingConfigurationCommand).rejects(nonexistent());
    waf.on(ListResourcesForWebACLCommand).resolves({ ResourceArns: [] });
    const outcome = await collect(wafv2CloudFrontCollector, { region: 'us-east-1', scopeRegion: 'global' });
    const [edge] = ofType(outcome, 'wafv2:cloudfront-web-acl');
    expect(edge).toMatchObject({
      region: 'global',
      attributes: { scope: 'CLOUDFRONT', ruleCount: 1, loggingEnabled: false, associatedResourceArns: [] },
    });
    expect(waf.commandCalls(ListWebACLsCommand)[0]?.args[0].input.Scope).toBe('CLOUDFRONT');
    expect(waf.commandCalls(GetWebACLCommand)[0]?.args[0].input.Scope).toBe('CLOUDFRONT');
    expect(waf.commandCalls(ListResourcesForWebACLCommand).map((c) => c.args[0].input.ResourceType)).toEqual([
      'AMPLIFY',
    ]);
    expect(await waf.call(0).thisValue.config.region()).toBe('us-east-1');
  });
});
