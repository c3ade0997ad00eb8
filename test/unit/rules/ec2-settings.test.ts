import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { Inventory } from '../../../src/inventory/document.js';
import {
  snapshotBlockPublicAccessOff,
  vpcBlockPublicAccessOff,
} from '../../../src/rules/catalog/ec2-settings.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import { inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const run = (rule: Rule, inventory: Inventory) => runRules(inventory, DEFAULT_CONFIG, [rule], NOW).findings;

const settings = (
  region: string,
  snapshot: string | null,
  vpc: string | null,
  unknownAttributes: string[] = [],
) =>
  resource(
    'ec2:region-settings',
    `r-${region}`,
    { ebsEncryptionByDefault: true, snapshotBlockPublicAccess: snapshot, vpcBlockPublicAccess: vpc },
    { region, unknownAttributes },
  );

describe('ec2.snapshot-block-public-access-off', () => {
  it('flags regions that do not block all sharing: high when unblocked, medium for new sharing only', () => {
    const findings = run(
      snapshotBlockPublicAccessOff,
      inventoryOf([
        settings('us-east-1', 'unblocked', 'off'),
        settings('eu-west-1', 'block-new-sharing', 'off'),
      ]),
    );
    expect(findings.map((f) => [f.resource.id, f.severity])).toEqual([
      ['r-us-east-1', 'high'],
      ['r-eu-west-1', 'medium'],
    ]);
  });
  it('ignores regions blocking all sharing, and those whose setting was not read', () => {
    expect(
      run(
        snapshotBlockPublicAccessOff,
        inventoryOf([
          settings('us-east-1', 'block-all-sharing', 'off'),
          settings('eu-west-1', null, null, ['snapshotBlockPublicAccess', 'vpcBlockPublicAccess']),
        ]),
      ),
    ).toEqual([]);
  });
});

describe('ec2.vpc-block-public-access-off', () => {
  it('flags regions where it is off', () => {
    const findings = run(
      vpcBlockPublicAccessOff,
      inventoryOf([settings('us-east-1', 'block-all-sharing', 'off')]),
    );
    expect(findings.map((f) => [f.resource.id, f.severity, f.message])).toEqual([
      ['r-us-east-1', 'medium', 'VPC Block Public Access is off in us-east-1.'],
    ]);
  });
  it('ignores regions blocking ingress or both ways, and those not read', () => {
    expect(
      run(
        vpcBlockPublicAccessOff,
        inventoryOf([
          settings('us-east-1', null, 'block-ingress'),
          settings('eu-west-1', null, 'block-bidirectional'),
          settings('eu-west-2', null, null, ['vpcBlockPublicAccess']),
        ]),
      ),
    ).toEqual([]);
  });
});
