import { beforeAll, describe, expect, it } from '@jest/globals';
import { CloudWatchClient, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import {
  AllocateAddressCommand,
  CreateNatGatewayCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  DescribeSecurityGroupsCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import { buildReport } from '../../src/report/report.js';
import type { Inventory } from '../../src/inventory/document.js';
import { runRules, type AuditOutcome } from '../../src/rules/engine.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';
import { dailyTraffic } from '../support/nat-metrics.js';
import { rulesFrom } from '../support/rules.js';

const REGION = 'eu-west-2';
describe('NAT gateways against moto: traffic from CloudWatch, idle and busy', () => {
  const account = uniqueAccountId();
  const ids: Record<'idle' | 'busy' | 'fresh' | 'defaultGroup', string> = {
    idle: '',
    busy: '',
    fresh: '',
    defaultGroup: '',
  };
  let inventory: Inventory;
  let outcome: AuditOutcome;

  beforeAll(async () => {
    const credentials = await accountCredentials(account);
    const ec2 = new EC2Client(seedConfig(REGION, credentials));
    const cloudwatch = new CloudWatchClient(seedConfig(REGION, credentials));
    const vpc = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.60.0.0/16' }));
    const subnet = await ec2.send(
      new CreateSubnetCommand({
        VpcId: vpc.Vpc?.VpcId,
        CidrBlock: '10.60.0.0/24',
        AvailabilityZone: `${REGION}a`,
      }),
    );
    for (const name of ['idle', 'busy', 'fresh'] as const) {
      const address = await ec2.send(new AllocateAddressCommand({ Domain: 'vpc' }));
      const nat = await ec2.send(
        new CreateNatGatewayCommand({
          SubnetId: subnet.Subnet?.SubnetId,
          AllocationId: address.AllocationId,
          TagSpecifications: [{ ResourceType: 'natgateway', Tags: [{ Key: 'Name', Value: `nat-${name}` }] }],
        }),
      );
      ids[name] = nat.NatGateway?.NatGatewayId ?? '';
    }
    // CloudWatch answers with zeros for a gateway nothing flows through, and sums for a busy one.
    await cloudwatch.send(
      new PutMetricDataCommand({ Namespace: 'AWS/NATGateway', MetricData: dailyTraffic(ids.idle, 14, 0) }),
    );
    await cloudwatch.send(
      new PutMetricDataCommand({ Namespace: 'AWS/NATGateway', MetricData: dailyTraffic(ids.busy, 14, 5e9) }),
    );
    const groups = await ec2.send(
      new DescribeSecurityGroupsCommand({ Filters: [{ Name: 'vpc-id', Values: [vpc.Vpc?.VpcId ?? ''] }] }),
    );
    ids.defaultGroup = groups.SecurityGroups?.find((g) => g.GroupName === 'default')?.GroupId ?? '';

    inventory = await scanForTest(credentials, { regions: [REGION], services: ['ec2'] });
    outcome = runRules(inventory, DEFAULT_CONFIG, rulesFrom('ec2-nat', 'ec2-network'));
  });

  const nat = (id: string) => ofType(inventory, 'ec2:nat-gateway').find((n) => n.id === id);
  const fired = (ruleId: string) =>
    outcome.findings
      .filter((f) => f.ruleId === ruleId)
      .map((f) => f.resource.id)
      .sort();

  it('reads each gateway its traffic with no scan error', () => {
    expect(inventory.errors).toEqual([]);
    expect(nat(ids.idle)?.attributes.traffic).toEqual({
      windowDays: 14,
      daysWithData: 14,
      bytesProcessed: 0,
    });
    expect(nat(ids.busy)?.attributes.traffic).toEqual({
      windowDays: 14,
      daysWithData: 14,
      bytesProcessed: 14 * 2 * 5e9,
    });
    expect(nat(ids.fresh)?.attributes.traffic).toEqual({
      windowDays: 14,
      daysWithData: 0,
      bytesProcessed: 0,
    });
  });

  it('calls only the quiet gateway idle; the busy one and the one too new to judge get their cost', () => {
    expect(fired('ec2.nat-gateway-idle')).toEqual([ids.idle]);
    expect(fired('ec2.nat-gateway-cost')).toEqual([ids.busy, ids.fresh].sort());
    const busy = outcome.findings.find(
      (f) => f.ruleId === 'ec2.nat-gateway-cost' && f.resource.id === ids.busy,
    );
    expect(busy?.message).toContain('it processed 140 GB in the last 14 days');
  });

  it('counts only the idle gateway toward the estimated savings', () => {
    const report = buildReport(inventory, outcome, DEFAULT_CONFIG);
    // eu-west-2: 730 hours x $0.05.
    expect(report.summary.estimatedMonthlySavingsUsd).toBe(36.5);
  });

  it('does not count the gateways as users of the default security group', () => {
    const group = ofType(inventory, 'ec2:security-group').find((g) => g.id === ids.defaultGroup);
    expect(group?.attributes.networkInterfaceIds).toEqual([]);
    const natInterfaces = ofType(inventory, 'ec2:nat-gateway').flatMap(
      (n) => n.attributes.networkInterfaceIds,
    );
    expect(natInterfaces).toHaveLength(3);
  });
});
