import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { Inventory } from '../../../src/inventory/document.js';
import type { ResourceOfType } from '../../../src/inventory/resources/index.js';
import { instanceMultipleEnis, instanceParavirtual } from '../../../src/rules/catalog/ec2-instance.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import { inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const run = (rule: Rule, inventory: Inventory) => runRules(inventory, DEFAULT_CONFIG, [rule], NOW).findings;

const instance = (
  id: string,
  overrides: Partial<ResourceOfType<'ec2:instance'>['attributes']> = {},
  state = 'running',
) =>
  resource(
    'ec2:instance',
    id,
    {
      instanceType: 't3.micro',
      launchTime: null,
      stateTransitionTime: null,
      stateTransitionReason: null,
      publicIp: null,
      privateIp: null,
      imds: { httpTokens: 'required', httpEndpoint: 'enabled', hopLimit: 1 },
      securityGroupIds: [],
      vpcId: 'vpc-1',
      subnetId: 'subnet-1',
      volumeIds: [],
      iamInstanceProfileArn: null,
      platform: null,
      lifecycle: 'on-demand',
      rootDeviceType: 'ebs',
      activity: null,
      networkInterfaceCount: 1,
      virtualizationType: 'hvm',
      ...overrides,
    },
    { state },
  );
const ids = (rule: Rule, ...instances: ReturnType<typeof instance>[]) =>
  run(rule, inventoryOf(instances)).map((f) => [f.resource.id, f.severity]);

describe('ec2.instance-multiple-enis', () => {
  it('flags a live instance with more than one interface', () => {
    expect(
      ids(
        instanceMultipleEnis,
        instance('i-two', { networkInterfaceCount: 2 }),
        instance('i-stopped', { networkInterfaceCount: 3 }, 'stopped'),
      ),
    ).toEqual([
      ['i-stopped', 'low'],
      ['i-two', 'low'],
    ]);
  });
  it('ignores single-interface and terminated instances', () => {
    expect(
      ids(
        instanceMultipleEnis,
        instance('i-one'),
        instance('i-gone', { networkInterfaceCount: 2 }, 'terminated'),
      ),
    ).toEqual([]);
  });
});

describe('ec2.instance-paravirtual', () => {
  it('flags a live paravirtual instance', () => {
    expect(
      ids(
        instanceParavirtual,
        instance('i-pv', { virtualizationType: 'paravirtual', instanceType: 'm1.small' }),
      ),
    ).toEqual([['i-pv', 'medium']]);
  });
  it('ignores HVM, unknown and terminated ones', () => {
    expect(
      ids(
        instanceParavirtual,
        instance('i-hvm'),
        instance('i-unknown', { virtualizationType: null }),
        // AWS runs PV on a few old families only; moto says PV for any instance without a registered AMI.
        instance('i-moto', { virtualizationType: 'paravirtual', instanceType: 't3.micro' }),
        instance('i-gone', { virtualizationType: 'paravirtual' }, 'terminated'),
      ),
    ).toEqual([]);
  });
});
