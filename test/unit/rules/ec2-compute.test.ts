import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { Inventory } from '../../../src/inventory/document.js';
import type { ResourceOfType } from '../../../src/inventory/resources/index.js';
import {
  amiPublic,
  ebsDefaultEncryptionOff,
  elasticIpUnassociated,
  imdsv1Allowed,
  instancePreviousGeneration,
  instancePublicIp,
  instanceStoppedLong,
  snapshotOld,
  snapshotPublic,
  volumeGp2,
  volumeUnattached,
  volumeUnencrypted,
} from '../../../src/rules/catalog/ec2-compute.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import { inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const run = (rule: Rule, inventory: Inventory) => runRules(inventory, DEFAULT_CONFIG, [rule], NOW).findings;

function volume(
  id: string,
  overrides: Partial<ResourceOfType<'ec2:volume'>['attributes']> = {},
  state = 'in-use',
  region = 'us-east-1',
) {
  return resource(
    'ec2:volume',
    id,
    {
      sizeGiB: 100,
      volumeType: 'gp3',
      iops: 3000,
      throughput: 125,
      encrypted: true,
      kmsKeyId: null,
      availabilityZone: `${region}a`,
      snapshotId: null,
      attachments: state === 'in-use' ? [{ instanceId: 'i-1', device: '/dev/xvda', state: 'attached' }] : [],
      ...overrides,
    },
    { state, region, createdAt: '2026-01-01T00:00:00.000Z' },
  );
}

function instance(
  id: string,
  overrides: Partial<ResourceOfType<'ec2:instance'>['attributes']> = {},
  state = 'running',
) {
  return resource(
    'ec2:instance',
    id,
    {
      instanceType: 't3.micro',
      launchTime: '2026-01-01T00:00:00.000Z',
      stateTransitionTime: null,
      stateTransitionReason: null,
      publicIp: null,
      privateIp: '10.0.0.1',
      imds: { httpTokens: 'required', httpEndpoint: 'enabled', hopLimit: 2 },
      securityGroupIds: [],
      vpcId: 'vpc-1',
      subnetId: 'subnet-1',
      volumeIds: [],
      iamInstanceProfileArn: null,
      platform: null,
      lifecycle: 'on-demand',
      rootDeviceType: 'ebs',
      networkInterfaceCount: 1,
      virtualizationType: 'hvm',
      userDataSecrets: null,
      activity: null,
      ...overrides,
    },
    { state },
  );
}

describe('ec2.volume-unattached', () => {
  it('flags an available volume with its monthly cost and the price used', () => {
    const [finding] = run(
      volumeUnattached,
      inventoryOf([volume('vol-1', { volumeType: 'gp2', sizeGiB: 200 }, 'available')]),
    );
    expect(finding?.cost?.monthlyUsd).toBe(20);
    expect(finding?.cost?.prices[0]).toMatchObject({
      item: 'ebs.gp2',
      usd: 0.1,
      region: 'us-east-1',
      fallback: false,
    });
    expect(finding?.cleanupAction).toBe('ec2.delete-volume');
    expect(finding?.message).toContain('200 GiB gp2');
  });
  it('prices provisioned IOPS, and says when a region falls back to us-east-1 prices', () => {
    const [finding] = run(
      volumeUnattached,
      inventoryOf([
        volume('vol-2', { volumeType: 'io1', sizeGiB: 10, iops: 100 }, 'available', 'ap-south-1'),
      ]),
    );
    expect(finding?.cost?.monthlyUsd).toBe(7.75);
    expect(finding?.cost?.prices.every((p) => p.fallback)).toBe(true);
  });
  it('ignores attached volumes', () => {
    expect(run(volumeUnattached, inventoryOf([volume('vol-1')]))).toEqual([]);
  });
});

describe('ec2.volume-gp2', () => {
  it('flags an attached gp2 volume with the gp3 saving (eu-west-2 prices)', () => {
    const [finding] = run(
      volumeGp2,
      inventoryOf([volume('vol-1', { volumeType: 'gp2', sizeGiB: 100 }, 'in-use', 'eu-west-2')]),
    );
    expect(finding?.cost?.monthlyUsd).toBe(2.32);
  });
  it('leaves gp3 volumes and unattached gp2 volumes (counted by ec2.volume-unattached) alone', () => {
    expect(
      run(volumeGp2, inventoryOf([volume('vol-1'), volume('vol-2', { volumeType: 'gp2' }, 'available')])),
    ).toEqual([]);
  });
  it('leaves the volumes of an instance stopped long to ec2.instance-stopped-long, so savings add up', () => {
    const inventory = inventoryOf([
      instance('i-1', { stateTransitionTime: '2026-09-01T00:00:00.000Z', volumeIds: ['vol-1'] }, 'stopped'),
      volume('vol-1', {
        volumeType: 'gp2',
        attachments: [{ instanceId: 'i-1', device: '/dev/xvda', state: 'attached' }],
      }),
    ]);
    expect(run(volumeGp2, inventory)).toEqual([]);
    expect(run(instanceStoppedLong, inventory)[0]?.cost?.monthlyUsd).toBe(10);
    // Stopped for a week only: the instance is not reported, so the gp2 saving is.
    const recent = inventoryOf([
      instance('i-1', { stateTransitionTime: '2026-11-20T00:00:00.000Z', volumeIds: ['vol-1'] }, 'stopped'),
      volume('vol-1', {
        volumeType: 'gp2',
        attachments: [{ instanceId: 'i-1', device: '/dev/xvda', state: 'attached' }],
      }),
    ]);
    expect(run(volumeGp2, recent)).toHaveLength(1);
  });
});

describe('ec2.volume-unencrypted', () => {
  it('flags an attached unencrypted volume', () => {
    expect(run(volumeUnencrypted, inventoryOf([volume('vol-1', { encrypted: false })]))).toHaveLength(1);
  });
  it('ignores encrypted and unattached volumes', () => {
    expect(
      run(
        volumeUnencrypted,
        inventoryOf([volume('vol-1'), volume('vol-2', { encrypted: false }, 'available')]),
      ),
    ).toEqual([]);
  });
});

describe('ec2.ebs-default-encryption-off', () => {
  const settings = (region: string, on: boolean, unknown: string[] = []) =>
    resource(
      'ec2:region-settings',
      `r-${region}`,
      {
        ebsEncryptionByDefault: on,
        snapshotBlockPublicAccess: 'block-all-sharing',
        vpcBlockPublicAccess: 'block-ingress',
      },
      { region, unknownAttributes: unknown },
    );
  it('flags regions with it off: medium where volumes exist, low elsewhere', () => {
    const findings = run(
      ebsDefaultEncryptionOff,
      inventoryOf([settings('us-east-1', false), settings('eu-west-2', false), volume('vol-1')], {
        emptyScopes: [{ type: 'ec2:volume', region: 'eu-west-2' }],
      }),
    );
    expect(findings.map((f) => [f.references.fsbp, f.references.cis])).toEqual([
      [['EC2.7'], ['6.1.1']],
      [['EC2.7'], ['6.1.1']],
    ]);
    expect(findings.map((f) => [f.region, f.severity])).toEqual([
      ['us-east-1', 'medium'],
      ['eu-west-2', 'low'],
    ]);
  });
  it('keeps a region medium when its volumes could not be listed', () => {
    const [finding] = run(
      ebsDefaultEncryptionOff,
      inventoryOf([settings('eu-west-2', false)], {
        failedScopes: [{ type: 'ec2:volume', region: 'eu-west-2' }],
      }),
    );
    expect(finding?.severity).toBe('medium');
    expect(finding?.message).toBe(
      'EBS encryption by default is off in eu-west-2 (its volumes could not be listed).',
    );
    expect(finding?.evidence.regionHasVolumes).toBeNull();
  });
  it('ignores regions with it on, and regions where the setting could not be read', () => {
    expect(
      run(
        ebsDefaultEncryptionOff,
        inventoryOf([settings('us-east-1', true), settings('eu-west-2', false, ['ebsEncryptionByDefault'])]),
      ),
    ).toEqual([]);
  });
});

describe('ec2.imdsv1-allowed', () => {
  it('flags a running instance with optional tokens, citing FSBP EC2.8 and CIS 6.7', () => {
    const findings = run(
      imdsv1Allowed,
      inventoryOf([
        instance('i-1', { imds: { httpTokens: 'optional', httpEndpoint: 'enabled', hopLimit: 1 } }),
      ]),
    );
    expect(findings.map((f) => [f.references.fsbp, f.references.cis])).toEqual([[['EC2.8'], ['6.7']]]);
  });
  it('ignores required tokens, a disabled endpoint and terminated instances', () => {
    const inventory = inventoryOf([
      instance('i-1'),
      instance('i-2', { imds: { httpTokens: 'optional', httpEndpoint: 'disabled', hopLimit: 1 } }),
      instance(
        'i-3',
        { imds: { httpTokens: 'optional', httpEndpoint: 'enabled', hopLimit: 1 } },
        'terminated',
      ),
    ]);
    expect(run(imdsv1Allowed, inventory)).toEqual([]);
  });
});

describe('ec2.instance-public-ip', () => {
  it('flags a running instance with a public address', () => {
    const [finding] = run(instancePublicIp, inventoryOf([instance('i-1', { publicIp: '54.1.2.3' })]));
    expect(finding?.message).toContain('54.1.2.3');
  });
  it('ignores private instances and stopped ones', () => {
    expect(
      run(
        instancePublicIp,
        inventoryOf([instance('i-1'), instance('i-2', { publicIp: '54.1.2.3' }, 'stopped')]),
      ),
    ).toEqual([]);
  });
});

describe('ec2.eip-unassociated', () => {
  const eip = (id: string, associationId: string | null) =>
    resource('ec2:elastic-ip', id, {
      publicIp: '3.3.3.3',
      allocationId: id,
      associationId,
      instanceId: associationId ? 'i-1' : null,
      networkInterfaceId: associationId ? 'eni-1' : null,
      domain: 'vpc',
    });
  it('flags an unassociated address at $3.65 a month', () => {
    const [finding] = run(elasticIpUnassociated, inventoryOf([eip('eipalloc-1', null)]));
    expect(finding?.cost?.monthlyUsd).toBe(3.65);
    expect(finding?.cleanupAction).toBe('ec2.release-address');
  });
  it('ignores an associated address', () => {
    expect(run(elasticIpUnassociated, inventoryOf([eip('eipalloc-1', 'eipassoc-1')]))).toEqual([]);
  });
});

describe('ec2.instance-stopped-long', () => {
  it('flags an instance stopped longer than 30 days, costing its volumes', () => {
    const inventory = inventoryOf([
      instance('i-1', { stateTransitionTime: '2026-09-01T00:00:00.000Z', volumeIds: ['vol-1'] }, 'stopped'),
      volume('vol-1', { volumeType: 'gp2', sizeGiB: 50 }),
    ]);
    const [finding] = run(instanceStoppedLong, inventory);
    expect(finding?.evidence.days).toBe(85);
    expect(finding?.cost?.monthlyUsd).toBe(5);
    expect(finding?.references.fsbp).toEqual(['EC2.4']);
  });
  it('cites EC2.4 only past its own 30 days under a lower threshold', () => {
    const config = {
      ...DEFAULT_CONFIG,
      thresholds: { ...DEFAULT_CONFIG.thresholds, stoppedInstanceDays: 7 },
    };
    const inventory = inventoryOf([
      instance('i-1', { stateTransitionTime: '2026-11-10T00:00:00.000Z' }, 'stopped'),
      instance('i-2', { stateTransitionTime: '2026-09-01T00:00:00.000Z' }, 'stopped'),
    ]);
    const findings = runRules(inventory, config, [instanceStoppedLong], NOW).findings;
    expect(findings.map((f) => [f.resource.id, f.references.fsbp])).toEqual([
      ['i-1', []],
      ['i-2', ['EC2.4']],
    ]);
  });
  it('ignores recent stops, running instances and unknown stop times', () => {
    const inventory = inventoryOf([
      instance('i-1', { stateTransitionTime: '2026-11-10T00:00:00.000Z' }, 'stopped'),
      instance('i-2', { stateTransitionTime: '2026-01-01T00:00:00.000Z' }),
      instance('i-3', {}, 'stopped'),
    ]);
    expect(run(instanceStoppedLong, inventory)).toEqual([]);
  });
});

const snapshot = (id: string, startTime: string, isPublic = false, unknownAttributes: string[] = []) =>
  resource(
    'ec2:snapshot',
    id,
    { sizeGiB: 40, volumeId: 'vol-1', encrypted: false, description: null, startTime, public: isPublic },
    { unknownAttributes },
  );

describe('ec2.snapshot-public (FSBP EC2.1)', () => {
  it('flags a snapshot every account can restore, as critical', () => {
    const findings = run(
      snapshotPublic,
      inventoryOf([snapshot('snap-open', '2026-11-01T00:00:00.000Z', true)]),
    );
    expect(findings.map((f) => [f.resource.id, f.severity, f.references.fsbp])).toEqual([
      ['snap-open', 'critical', ['EC2.1']],
    ]);
  });
  it('ignores private snapshots and ones whose sharing was not read', () => {
    const quiet = inventoryOf([
      snapshot('snap-private', '2026-11-01T00:00:00.000Z'),
      snapshot('snap-unread', '2026-11-01T00:00:00.000Z', false, ['public']),
    ]);
    expect(run(snapshotPublic, quiet)).toEqual([]);
  });
});

describe('ec2.snapshot-old', () => {
  it('flags a snapshot older than 90 days, costed as an upper bound', () => {
    const [finding] = run(snapshotOld, inventoryOf([snapshot('snap-1', '2026-01-01T00:00:00.000Z')]));
    expect(finding?.cost?.monthlyUsd).toBe(2);
    expect(finding?.cost?.basis).toContain('at most');
  });
  it('ignores recent snapshots', () => {
    expect(run(snapshotOld, inventoryOf([snapshot('snap-1', '2026-11-01T00:00:00.000Z')]))).toEqual([]);
  });
});

describe('ec2.instance-previous-generation', () => {
  it('flags an m3 instance', () => {
    expect(
      run(instancePreviousGeneration, inventoryOf([instance('i-1', { instanceType: 'm3.medium' })])),
    ).toHaveLength(1);
  });
  it('ignores current families, including look-alikes such as m7i', () => {
    expect(
      run(
        instancePreviousGeneration,
        inventoryOf([instance('i-1', { instanceType: 'm7i.large' }), instance('i-2')]),
      ),
    ).toEqual([]);
  });
});

describe('ec2.ami-public', () => {
  const image = (id: string, isPublic: boolean) =>
    resource('ec2:image', id, { public: isPublic, description: null }, { name: `${id}-name` });
  it('flags an AMI every account can launch, as critical', () => {
    const findings = run(amiPublic, inventoryOf([image('ami-open', true)]));
    expect(findings.map((f) => [f.resource.id, f.severity])).toEqual([['ami-open', 'critical']]);
    expect(findings[0]?.message).toBe(
      'AMI ami-open (ami-open-name) is public: any AWS account can launch it.',
    );
  });
  it('ignores private AMIs', () => {
    expect(run(amiPublic, inventoryOf([image('ami-private', false)]))).toEqual([]);
  });
});
