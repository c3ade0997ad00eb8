import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { Inventory } from '../../../src/inventory/document.js';
import type { InstanceActivity } from '../../../src/inventory/resources/ec2.js';
import type { ResourceOfType } from '../../../src/inventory/resources/index.js';
import { instanceIdle } from '../../../src/rules/catalog/ec2-idle.js';
import { runRules } from '../../../src/rules/engine.js';
import { inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const run = (inventory: Inventory, config = DEFAULT_CONFIG) =>
  runRules(inventory, config, [instanceIdle], NOW).findings;

const quiet: InstanceActivity = {
  windowDays: 14,
  daysWithData: 14,
  maxDailyCpuPercent: 0.4,
  maxDailyNetworkBytes: 1_200_000,
  networkBytes: 9_000_000,
};

function instance(
  id: string,
  overrides: Partial<ResourceOfType<'ec2:instance'>['attributes']> = {},
  envelope: { state?: string; tags?: Record<string, string>; region?: string; unknown?: boolean } = {},
) {
  return resource(
    'ec2:instance',
    id,
    {
      instanceType: 't3.medium',
      launchTime: '2026-01-01T00:00:00.000Z',
      stateTransitionTime: null,
      stateTransitionReason: null,
      publicIp: null,
      privateIp: '10.0.0.1',
      imds: { httpTokens: 'required', httpEndpoint: 'enabled', hopLimit: 2 },
      securityGroupIds: [],
      vpcId: 'vpc-1',
      subnetId: 'subnet-1',
      volumeIds: ['vol-1'],
      iamInstanceProfileArn: null,
      platform: 'Linux/UNIX',
      lifecycle: 'on-demand',
      rootDeviceType: 'ebs',
      networkInterfaceCount: 1,
      virtualizationType: 'hvm',
      userDataSecrets: null,
      activity: quiet,
      ...overrides,
    },
    {
      state: envelope.state ?? 'running',
      tags: envelope.tags ?? {},
      region: envelope.region ?? 'us-east-1',
      unknownAttributes: envelope.unknown ? ['activity'] : [],
    },
  );
}

describe('ec2.instance-idle', () => {
  it('reports a running instance quiet every day of the window, with a month of its on-demand price, and proposes stopping it', () => {
    const [finding, ...rest] = run(inventoryOf([instance('i-idle')]));
    expect(rest).toEqual([]);
    expect(finding?.message).toBe(
      'Instance i-idle, t3.medium, was idle for 14 days: CPU at most 0.40% a day, network at most 1.2 MB a day; it costs about $30.37 a month.',
    );
    expect(finding?.cost).toMatchObject({
      monthlyUsd: 30.37,
      avoidable: true,
      prices: [expect.objectContaining({ item: 'ec2.instance.t3.medium', usd: 0.0416, fallback: false })],
    });
    expect(finding?.cost?.basis).toContain('EBS volumes and Elastic IPs keep billing');
    expect(finding?.cleanupAction).toBe('ec2.stop-instance');
    expect(finding?.remediation.cli).toContain('stop-instances');
  });

  it('has no cost for a type the price table lacks, and calls a licensed platform a lower bound', () => {
    const findings = run(
      inventoryOf([
        instance('i-exotic', { instanceType: 'x2idn.metal' }),
        instance('i-windows', { platform: 'Windows' }),
      ]),
    );
    expect(findings.find((f) => f.resource.id === 'i-exotic')?.cost).toBeNull();
    expect(findings.find((f) => f.resource.id === 'i-windows')?.cost?.basis).toContain(
      'Linux rate: Windows costs more',
    );
  });

  it('still reports an ASG member, a Spot instance and an instance-store root, but proposes no stop', () => {
    const findings = run(
      inventoryOf([
        instance('i-asg', {}, { tags: { 'aws:autoscaling:groupName': 'workers' } }),
        instance('i-spot', { lifecycle: 'spot' }),
        instance('i-store', { rootDeviceType: 'instance-store' }),
      ]),
    );
    expect(findings.map((f) => [f.resource.id, f.cleanupAction, f.remediation.cli])).toEqual([
      ['i-asg', null, null],
      ['i-spot', null, null],
      ['i-store', null, null],
    ]);
    expect(findings[0]?.message).toContain(
      'Not proposed for cleanup: it belongs to the Auto Scaling group workers',
    );
  });

  it('does not judge a busy, partly observed, unknown, unread or stopped instance', () => {
    const inventory = inventoryOf([
      instance('i-cpu', { activity: { ...quiet, maxDailyCpuPercent: 2 } }),
      instance('i-net', { activity: { ...quiet, maxDailyNetworkBytes: 5_000_000 } }),
      instance('i-new', { activity: { ...quiet, daysWithData: 13 } }),
      instance('i-no-cpu', { activity: { ...quiet, maxDailyCpuPercent: null } }),
      instance('i-unknown', { activity: null }, { unknown: true }),
      instance('i-stopped', { activity: null }, { state: 'stopped' }),
    ]);
    expect(run(inventory)).toEqual([]);
  });

  it('takes its thresholds from the configuration', () => {
    const inventory = inventoryOf([instance('i-1', { activity: { ...quiet, maxDailyCpuPercent: 4 } })]);
    const config = {
      ...DEFAULT_CONFIG,
      thresholds: { ...DEFAULT_CONFIG.thresholds, idleInstanceCpuPercent: 5 },
    };
    expect(run(inventory, config)).toHaveLength(1);
    expect(run(inventory)).toHaveLength(0);
  });
});
