import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { Inventory } from '../../../src/inventory/document.js';
import type { ResourceOfType } from '../../../src/inventory/resources/index.js';
import {
  launchTemplateEbsUnencrypted,
  launchTemplateImdsv1,
  launchTemplatePublicIp,
} from '../../../src/rules/catalog/ec2-launch-template.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import { inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const run = (rule: Rule, inventory: Inventory) => runRules(inventory, DEFAULT_CONFIG, [rule], NOW).findings;

const template = (id: string, overrides: Partial<ResourceOfType<'ec2:launch-template'>['attributes']> = {}) =>
  resource(
    'ec2:launch-template',
    id,
    {
      defaultVersion: 2,
      networkInterfaces: [{ deviceIndex: 0, associatePublicIpAddress: false, networkInterfaceId: null }],
      imds: { httpTokens: 'required', httpEndpoint: 'enabled' },
      ebsVolumes: [{ deviceName: '/dev/xvda', encrypted: true, snapshotId: null }],
      ...overrides,
    },
    { name: `${id}-name` },
  );
const ids = (rule: Rule, ...templates: ReturnType<typeof template>[]) =>
  run(rule, inventoryOf(templates)).map((f) => f.resource.id);

describe('ec2.launch-template-public-ip', () => {
  it('flags a default version that associates a public address', () => {
    const findings = run(
      launchTemplatePublicIp,
      inventoryOf([
        template('lt-public', {
          networkInterfaces: [{ deviceIndex: 0, associatePublicIpAddress: true, networkInterfaceId: null }],
        }),
      ]),
    );
    expect(findings.map((f) => [f.resource.id, f.severity])).toEqual([['lt-public', 'high']]);
    expect(findings[0]?.message).toBe(
      'Launch template lt-public (lt-public-name), default version 2, assigns a public IPv4 address to network interface(s) at device index 0.',
    );
  });
  it('ignores interfaces that do not ask for one, or leave it to the subnet', () => {
    expect(
      ids(
        launchTemplatePublicIp,
        template('lt-private'),
        template('lt-unset', {
          networkInterfaces: [{ deviceIndex: 0, associatePublicIpAddress: null, networkInterfaceId: null }],
        }),
        template('lt-none', { networkInterfaces: [] }),
      ),
    ).toEqual([]);
  });
});

describe('ec2.launch-template-imdsv1-allowed', () => {
  it('flags HttpTokens optional or unset', () => {
    expect(
      ids(
        launchTemplateImdsv1,
        template('lt-optional', { imds: { httpTokens: 'optional', httpEndpoint: 'enabled' } }),
        template('lt-unset', { imds: { httpTokens: null, httpEndpoint: null } }),
      ),
    ).toEqual(['lt-optional', 'lt-unset']);
  });
  it('ignores templates that require IMDSv2 or turn the endpoint off', () => {
    expect(
      ids(
        launchTemplateImdsv1,
        template('lt-v2'),
        template('lt-off', { imds: { httpTokens: 'optional', httpEndpoint: 'disabled' } }),
      ),
    ).toEqual([]);
  });
});

describe('ec2.launch-template-ebs-unencrypted', () => {
  const off = template('lt-plain', {
    ebsVolumes: [{ deviceName: '/dev/xvdb', encrypted: false, snapshotId: null }],
  });
  const settings = (on: boolean) =>
    resource('ec2:region-settings', 'r', {
      ebsEncryptionByDefault: on,
      snapshotBlockPublicAccess: 'block-all-sharing',
      vpcBlockPublicAccess: 'block-ingress',
    });
  it('flags a volume set to Encrypted false: medium, low where encryption by default is on', () => {
    expect(
      run(launchTemplateEbsUnencrypted, inventoryOf([off, settings(false)])).map((f) => f.severity),
    ).toEqual(['medium']);
    const [low] = run(launchTemplateEbsUnencrypted, inventoryOf([off, settings(true)]));
    expect(low?.severity).toBe('low');
    expect(low?.message).toContain('EBS encryption by default is on in the region');
  });
  it('ignores volumes encrypted or left unset', () => {
    expect(
      ids(
        launchTemplateEbsUnencrypted,
        template('lt-encrypted'),
        template('lt-unset', {
          ebsVolumes: [{ deviceName: '/dev/xvda', encrypted: null, snapshotId: 'snap-1' }],
        }),
      ),
    ).toEqual([]);
  });
});
