import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { AttributesOf } from '../../../src/inventory/resources/index.js';
import {
  cloudFrontWebAclLoggingOff,
  cloudFrontWebAclMetricsOff,
  cloudFrontWebAclNoRules,
  cloudFrontWebAclUnused,
  webAclLoggingOff,
  webAclMetricsOff,
  webAclNoRules,
  webAclUnused,
} from '../../../src/rules/catalog/wafv2.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import { inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
type Attributes = AttributesOf<'wafv2:web-acl'>;

const good: Attributes = {
  scope: 'REGIONAL',
  ruleCount: 2,
  defaultAction: 'ALLOW',
  capacity: 800,
  loggingEnabled: true,
  logDestinations: ['arn:aws:logs:eu-west-2:111122223333:log-group:aws-waf-logs-shop'],
  metricsEnabled: true,
  rulesWithoutMetrics: [],
  associatedResourceArns: ['arn:aws:elasticloadbalancing:eu-west-2:111122223333:loadbalancer/app/shop/1'],
};

const acl = (id: string, more: Partial<Attributes> = {}, unknownAttributes: string[] = []) =>
  resource('wafv2:web-acl', id, { ...good, ...more }, { region: 'eu-west-2', name: id, unknownAttributes });

const edgeArn = (id: string) => `arn:aws:wafv2:us-east-1:111122223333:global/webacl/${id}/${id}-id`;
const edgeAcl = (id: string, more: Partial<Attributes> = {}, unknownAttributes: string[] = []) =>
  resource(
    'wafv2:cloudfront-web-acl',
    id,
    { ...good, scope: 'CLOUDFRONT', associatedResourceArns: [], ...more },
    { region: 'global', name: id, arn: edgeArn(id), unknownAttributes },
  );

const distribution = (id: string, webAclId: string | null) =>
  resource(
    'cloudfront:distribution',
    id,
    {
      domainName: `${id}.cloudfront.net`,
      aliases: [],
      enabled: true,
      viewerProtocolPolicies: [],
      viewerCertificate: {
        cloudFrontDefault: true,
        minimumProtocolVersion: null,
        sslSupportMethod: null,
        certificateArn: null,
      },
      origins: [],
      originGroupCount: 0,
      webAclId,
      defaultRootObject: null,
      legacyLogging: true,
      loggingV2: false,
    },
    { region: 'global' },
  );

const run = (rule: Rule, resources: Parameters<typeof inventoryOf>[0]) =>
  runRules(inventoryOf(resources), DEFAULT_CONFIG, [rule], NOW).findings;
const ids = (rule: Rule, resources: Parameters<typeof inventoryOf>[0]) =>
  run(rule, resources).map((f) => f.resource.id);

describe('wafv2.web-acl-no-rules and its CloudFront twin', () => {
  it('flags web ACLs without rules, citing FSBP WAF.10', () => {
    const findings = run(webAclNoRules, [acl('empty', { ruleCount: 0 }), acl('full')]);
    expect(findings.map((f) => [f.resource.id, f.severity, f.references.fsbp])).toEqual([
      ['empty', 'medium', ['WAF.10']],
    ]);
    expect(findings[0]?.message).toBe(
      'Web ACL empty (REGIONAL) has no rules: every request gets its default action ALLOW.',
    );
    expect(ids(cloudFrontWebAclNoRules, [edgeAcl('edge', { ruleCount: 0 }), edgeAcl('ok')])).toEqual([
      'edge',
    ]);
  });

  it('leaves ACLs with rules, or whose definition could not be read', () => {
    expect(ids(webAclNoRules, [acl('full'), acl('unread', { ruleCount: null }, ['ruleCount'])])).toEqual([]);
    expect(ids(cloudFrontWebAclNoRules, [edgeAcl('unread', { ruleCount: null }, ['ruleCount'])])).toEqual([]);
  });
});

describe('wafv2.web-acl-logging-off and its CloudFront twin', () => {
  it('flags ACLs with no logging configuration, citing no FSBP control (WAF.11 is not FSBP)', () => {
    const findings = run(webAclLoggingOff, [
      acl('quiet', { loggingEnabled: false, logDestinations: [] }),
      acl('logged'),
    ]);
    expect(findings.map((f) => [f.resource.id, f.severity, f.references.fsbp])).toEqual([
      ['quiet', 'low', []],
    ]);
    expect(ids(cloudFrontWebAclLoggingOff, [edgeAcl('quiet', { loggingEnabled: false })])).toEqual(['quiet']);
  });

  it('leaves logged ACLs and those whose logging could not be read', () => {
    expect(
      ids(webAclLoggingOff, [acl('logged'), acl('unread', { loggingEnabled: null }, ['loggingEnabled'])]),
    ).toEqual([]);
  });
});

describe('wafv2.web-acl-metrics-off and its CloudFront twin', () => {
  it('names the ACL and the rules that send no CloudWatch metrics', () => {
    const findings = run(webAclMetricsOff, [
      acl('both', { metricsEnabled: false, rulesWithoutMetrics: ['rate', 'core'] }),
      acl('rule', { rulesWithoutMetrics: ['core'] }),
      acl('fine'),
    ]);
    expect(findings.map((f) => f.message).sort()).toEqual([
      'Web ACL both (REGIONAL) sends no CloudWatch metrics for the web ACL itself and rules rate, core.',
      'Web ACL rule (REGIONAL) sends no CloudWatch metrics for rule core.',
    ]);
    expect(ids(cloudFrontWebAclMetricsOff, [edgeAcl('dark', { metricsEnabled: false })])).toEqual(['dark']);
  });

  it('leaves ACLs with metrics everywhere, and unread ones', () => {
    expect(
      ids(webAclMetricsOff, [
        acl('fine'),
        acl('unread', { metricsEnabled: null, rulesWithoutMetrics: null }, [
          'metricsEnabled',
          'rulesWithoutMetrics',
        ]),
      ]),
    ).toEqual([]);
  });
});

describe('wafv2.web-acl-unused', () => {
  it('flags a regional ACL associated with nothing, with its monthly charge', () => {
    const findings = run(webAclUnused, [
      acl('idle', { associatedResourceArns: [], ruleCount: 3 }),
      acl('used'),
    ]);
    expect(findings.map((f) => [f.resource.id, f.severity, f.category])).toEqual([['idle', 'low', 'cost']]);
    expect(findings[0]?.cost).toMatchObject({
      monthlyUsd: 8,
      avoidable: true,
      basis: '$5 per web ACL-month + 3 rules x $1 per rule-month (requests not counted)',
    });
    expect(findings[0]?.cost?.prices.map((p) => [p.item, p.usd, p.asOf])).toEqual([
      ['wafv2.web-acl', 5, '2026-12-06'],
      ['wafv2.rule', 1, '2026-12-06'],
    ]);
  });

  it('leaves ACLs that protect something, and those whose associations could not all be read', () => {
    expect(
      ids(webAclUnused, [
        acl('used'),
        acl('unread', { associatedResourceArns: null }, ['associatedResourceArns']),
      ]),
    ).toEqual([]);
  });
});

describe('wafv2.cloudfront-web-acl-unused', () => {
  it('flags a CloudFront-scope ACL no distribution names and no Amplify app uses', () => {
    const findings = run(cloudFrontWebAclUnused, [
      edgeAcl('idle', { ruleCount: 0 }),
      edgeAcl('site'),
      edgeAcl('app', { associatedResourceArns: ['arn:aws:amplify:us-east-1:111122223333:apps/d1'] }),
      distribution('E1', edgeArn('site')),
    ]);
    expect(findings.map((f) => [f.resource.id, f.cost?.monthlyUsd])).toEqual([['idle', 5]]);
  });

  it('judges nothing where the distributions were not read, or the Amplify associations were not', () => {
    expect(ids(cloudFrontWebAclUnused, [edgeAcl('idle')])).toEqual([]);
    expect(
      ids(cloudFrontWebAclUnused, [
        edgeAcl('unread', { associatedResourceArns: null }, ['associatedResourceArns']),
        distribution('E1', null),
      ]),
    ).toEqual([]);
  });
});
