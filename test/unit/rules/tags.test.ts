import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import { requiredTagsMissing } from '../../../src/rules/catalog/tags.js';
import { runRules } from '../../../src/rules/engine.js';
import { inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const config = (requiredTags: string[]) => ({
  ...DEFAULT_CONFIG,
  thresholds: { ...DEFAULT_CONFIG.thresholds, requiredTags },
});

const table = (id: string, tags: Record<string, string>, unknownAttributes: string[] = []) =>
  resource(
    'dynamodb:table',
    id,
    {
      billingMode: 'PAY_PER_REQUEST',
      itemCount: 0,
      sizeBytes: 0,
      sse: null,
      kmsKeyManager: null,
      pointInTimeRecovery: true,
      ttl: null,
      deletionProtection: true,
      stream: null,
      provisionedThroughput: null,
    },
    { tags, unknownAttributes },
  );
const defaultVpc = resource('ec2:vpc', 'vpc-default', {
  cidrBlock: '172.31.0.0/16',
  isDefault: true,
  ownerId: null,
  flowLogs: [],
  networkInterfaceCount: 0,
});

describe('tags.required-missing', () => {
  it('names the missing keys (case-insensitively) of each resource', () => {
    const inventory = inventoryOf([table('orders', { Owner: 'payments' }), table('users', {})]);
    const findings = runRules(
      inventory,
      config(['owner', 'cost-center']),
      [requiredTagsMissing],
      NOW,
    ).findings;
    expect(findings.map((f) => [f.resource.id, f.evidence.missingTags])).toEqual([
      ['orders', ['cost-center']],
      ['users', ['owner', 'cost-center']],
    ]);
  });

  it('reports nothing until requiredTags is set, nor for AWS-made defaults or tags that could not be read', () => {
    const inventory = inventoryOf([table('users', {}), defaultVpc, table('audit', {}, ['tags'])]);
    expect(runRules(inventory, DEFAULT_CONFIG, [requiredTagsMissing], NOW).findings).toEqual([]);
    expect(
      runRules(inventory, config(['owner']), [requiredTagsMissing], NOW).findings.map((f) => f.resource.id),
    ).toEqual(['users']);
  });
});
