import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { Inventory } from '../../../src/inventory/document.js';
import type { ResourceOfType } from '../../../src/inventory/resources/index.js';
import {
  instanceMultipleEnis,
  instanceParavirtual,
  instanceUserDataSecrets,
} from '../../../src/rules/catalog/ec2-instance.js';
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
      userDataSecrets: null,
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

describe('ec2.instance-user-data-secrets', () => {
  const enabled = { ...DEFAULT_CONFIG, enable: ['ec2.instance-user-data-secrets'] };
  const secrets = (...instances: ReturnType<typeof instance>[]) =>
    runRules(inventoryOf(instances), enabled, [instanceUserDataSecrets], NOW).findings;

  it('reports each secret named in the user data, high, with its name and kind only', () => {
    const findings = secrets(
      instance('i-leaky', {
        userDataSecrets: [
          { variable: 'AWS_ACCESS_KEY_ID', kind: 'aws-access-key-id' },
          { variable: '(user data)', kind: 'private-key' },
        ],
      }),
    );
    expect(findings.map((f) => [f.resource.id, f.subKey, f.severity, f.evidence])).toEqual([
      ['i-leaky', '(user data)', 'high', { variable: '(user data)', kind: 'private-key' }],
      ['i-leaky', 'AWS_ACCESS_KEY_ID', 'high', { variable: 'AWS_ACCESS_KEY_ID', kind: 'aws-access-key-id' }],
    ]);
  });

  it('is silent on clean or unread user data, and off by default', () => {
    expect(secrets(instance('i-clean', { userDataSecrets: [] }), instance('i-unread'))).toEqual([]);
    const leaky = instance('i-leaky', { userDataSecrets: [{ variable: 'TOKEN', kind: 'github-token' }] });
    expect(run(instanceUserDataSecrets, inventoryOf([leaky]))).toEqual([]);
  });
});
