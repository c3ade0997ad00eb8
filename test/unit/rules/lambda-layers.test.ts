import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { Inventory } from '../../../src/inventory/document.js';
import { layerFromOtherAccount } from '../../../src/rules/catalog/lambda-layers.js';
import { runRules } from '../../../src/rules/engine.js';
import { ACCOUNT, bareFunction, inventoryOf } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const run = (inventory: Inventory) =>
  runRules(inventory, DEFAULT_CONFIG, [layerFromOtherAccount], NOW).findings;

const layer = (account: string, name: string, version = 1, region = 'us-east-1') =>
  `arn:aws:lambda:${region}:${account}:layer:${name}:${version}`;

function withLayers(name: string, layers: string[], unknownAttributes: string[] = []) {
  const fn = bareFunction(name, 'us-east-1');
  return { ...fn, attributes: { ...fn.attributes, layers }, unknownAttributes };
}

describe('lambda.layer-from-other-account', () => {
  it('flags a vendor layer, as medium, listing its account and version', () => {
    const findings = run(
      inventoryOf([
        withLayers('api', [layer(ACCOUNT, 'shared-libs', 3), layer('464622532012', 'Datadog-Extension', 65)]),
      ]),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'medium',
      resource: { id: 'api' },
      evidence: {
        accounts: ['464622532012'],
        layers: [
          {
            arn: layer('464622532012', 'Datadog-Extension', 65),
            account: '464622532012',
            name: 'Datadog-Extension',
            version: '65',
          },
        ],
      },
      references: { fsbp: [], cis: [] },
    });
    expect(findings[0]?.message).toBe(
      'Function api uses a layer published by another account: Datadog-Extension:65 from account 464622532012.',
    );
  });

  it("passes the account's own layers, another audited account's, and AWS's own (Lambda Insights, Powertools)", () => {
    const other = '444455556666';
    const findings = run(
      inventoryOf([
        withLayers('own', [layer(ACCOUNT, 'shared-libs')]),
        withLayers('aws', [
          layer('580247275435', 'LambdaInsightsExtension', 35),
          layer('017000801446', 'AWSLambdaPowertoolsPythonV3-python312-x86_64', 18),
        ]),
        withLayers('sibling', [layer(other, 'org-libs')]),
        { ...bareFunction('elsewhere', 'us-east-1'), account: other },
        withLayers('none', []),
      ]),
    );
    expect(findings).toEqual([]);
  });

  it('does not judge a function whose layers were not read', () => {
    const findings = run(inventoryOf([withLayers('unread', [layer('999988887777', 'x')], ['layers'])]));
    expect(findings).toEqual([]);
  });
});
