import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  CreateWebACLCommand,
  PutLoggingConfigurationCommand,
  WAFV2Client,
  type Rule as WafRule,
} from '@aws-sdk/client-wafv2';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { Inventory } from '../../src/inventory/document.js';
import { validateInventory } from '../../src/inventory/validate.js';
import * as wafv2Rules from '../../src/rules/catalog/wafv2.js';
import { runRules } from '../../src/rules/engine.js';
import { isRule } from '../../src/rules/model.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';

const visibility = (name: string, metrics: boolean) => ({
  CloudWatchMetricsEnabled: metrics,
  SampledRequestsEnabled: true,
  MetricName: name,
});
const rateRule = (name: string, metrics: boolean): WafRule => ({
  Name: name,
  Priority: 0,
  Action: { Block: {} },
  Statement: { RateBasedStatement: { Limit: 1000, AggregateKeyType: 'IP' } },
  VisibilityConfig: visibility(name, metrics),
});

/**
 * WAFv2 against moto. eu-west-1: `shop` has a rule (its metrics off) and logging; `empty` has no
 * rule, no logging, no metrics. us-east-1, scope CLOUDFRONT: `edge` with one rule, no logging.
 *
 * moto does not implement ListResourcesForWebACL (it answers an HTML 500 page, not retried), so what an ACL protects is
 * recorded unknown, the type partial, and the unused rules judge nothing: never "protects nothing".
 * The first type's failure ends the ACL's association reads: one recorded error per ACL.
 * AWS's answers (ARNs per resource type, empty lists) are covered by the collector's mocks.
 * GetLoggingConfiguration answers WAFNonexistentItemException for an ACL without logging, as AWS does.
 */
describe('WAFv2 against moto', () => {
  const account = uniqueAccountId();
  let inventory: Inventory;
  const arns: Record<string, string> = {};

  beforeAll(async () => {
    const credentials = await accountCredentials(account);
    const west = new WAFV2Client(seedConfig('eu-west-1', credentials));
    const east = new WAFV2Client(seedConfig('us-east-1', credentials));
    const create = async (
      client: WAFV2Client,
      name: string,
      scope: 'REGIONAL' | 'CLOUDFRONT',
      rules: WafRule[],
      metrics: boolean,
    ) =>
      (
        await client.send(
          new CreateWebACLCommand({
            Name: name,
            Scope: scope,
            DefaultAction: { Allow: {} },
            Rules: rules,
            VisibilityConfig: visibility(name, metrics),
          }),
        )
      ).Summary?.ARN ?? '';
    arns.shop = await create(west, 'shop', 'REGIONAL', [rateRule('rate', false)], true);
    arns.empty = await create(west, 'empty', 'REGIONAL', [], false);
    arns.edge = await create(east, 'edge', 'CLOUDFRONT', [rateRule('edge-rate', true)], true);
    await west.send(
      new PutLoggingConfigurationCommand({
        LoggingConfiguration: {
          ResourceArn: arns.shop,
          LogDestinationConfigs: [`arn:aws:logs:eu-west-1:${account}:log-group:aws-waf-logs-shop`],
        },
      }),
    );
    inventory = await scanForTest(credentials, { regions: ['eu-west-1'], services: ['wafv2'] });
  });

  it('reads regional ACLs in their region and CloudFront ones once, under global', () => {
    validateInventory(inventory, 'wafv2 e2e');
    const regional = new Map(ofType(inventory, 'wafv2:web-acl').map((a) => [a.arn, a]));
    expect([...regional.keys()].sort()).toEqual([arns.empty, arns.shop].sort());
    expect(regional.get(arns.shop ?? '')).toMatchObject({
      region: 'eu-west-1',
      attributes: {
        scope: 'REGIONAL',
        ruleCount: 1,
        defaultAction: 'ALLOW',
        loggingEnabled: true,
        metricsEnabled: true,
        rulesWithoutMetrics: ['rate'],
        associatedResourceArns: null,
      },
    });
    expect(regional.get(arns.empty ?? '')?.attributes).toMatchObject({
      ruleCount: 0,
      loggingEnabled: false,
      metricsEnabled: false,
    });
    const edge = ofType(inventory, 'wafv2:cloudfront-web-acl');
    expect(edge.map((a) => [a.arn, a.region, a.attributes.scope, a.attributes.ruleCount])).toEqual([
      [arns.edge, 'global', 'CLOUDFRONT', 1],
    ]);
  });

  it('records the unanswered ListResourcesForWebACL as errors and the associations as unknown', () => {
    const failed = inventory.errors.filter((e) => e.service === 'wafv2');
    expect(new Set(failed.map((e) => e.operation))).toEqual(new Set(['ListResourcesForWebACL']));
    expect(failed.map((e) => e.code)).toEqual(failed.map(() => 'UnparseableResponse'));
    expect(failed.map((e) => e.resourceId).sort()).toEqual([arns.edge, arns.empty, arns.shop].sort());
    for (const acl of [
      ...ofType(inventory, 'wafv2:web-acl'),
      ...ofType(inventory, 'wafv2:cloudfront-web-acl'),
    ]) {
      expect(acl.unknownAttributes).toEqual(['associatedResourceArns']);
    }
    const coverage = inventory.accounts[0]?.coverage.filter((c) => c.service === 'wafv2') ?? [];
    expect(coverage.map((c) => [c.resourceType, c.region, c.status]).sort()).toEqual([
      ['wafv2:cloudfront-web-acl', 'global', 'partial'],
      ['wafv2:web-acl', 'eu-west-1', 'partial'],
    ]);
  });

  it('reports the empty ACL, the missing logging and metrics; nothing about use', () => {
    const rules = Object.values(wafv2Rules).filter(isRule);
    const found = runRules(inventory, DEFAULT_CONFIG, rules).findings.map((f) => [f.ruleId, f.resource.arn]);
    expect(found.sort()).toEqual(
      [
        ['wafv2.cloudfront-web-acl-logging-off', arns.edge],
        ['wafv2.web-acl-logging-off', arns.empty],
        ['wafv2.web-acl-metrics-off', arns.empty],
        ['wafv2.web-acl-metrics-off', arns.shop],
        ['wafv2.web-acl-no-rules', arns.empty],
      ].sort(),
    );
  });
});
