import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { CloudWatchClient, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import {
  DescribeAddressesCommand,
  DescribeFlowLogsCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeLaunchTemplateVersionsCommand,
  DescribeNatGatewaysCommand,
  DescribeNetworkAclsCommand,
  DescribeNetworkInterfacesCommand,
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSnapshotsCommand,
  DescribeSubnetsCommand,
  DescribeTransitGatewaysCommand,
  DescribeVolumesCommand,
  DescribeVpcBlockPublicAccessOptionsCommand,
  DescribeVpcsCommand,
  EC2Client,
  GetEbsEncryptionByDefaultCommand,
  GetSnapshotBlockPublicAccessStateCommand,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { ec2Collector } from '../../../src/scan/collectors/ec2.js';
import { HARNESS, accessDenied, collect, ofType } from '../../support/collector-harness.js';

// The parts of the EC2 collector that FSBP's network, launch template and region controls read.
const { ACCOUNT, REGION } = HARNESS;
const ec2 = mockClient(EC2Client);
const cloudwatch = mockClient(CloudWatchClient);
afterEach(() => {
  ec2.reset();
  cloudwatch.reset();
});

function emptyRegion(): void {
  for (const command of [
    DescribeInstancesCommand,
    DescribeVolumesCommand,
    DescribeSnapshotsCommand,
    DescribeImagesCommand,
    DescribeAddressesCommand,
    DescribeNatGatewaysCommand,
    DescribeNetworkInterfacesCommand,
    DescribeSecurityGroupsCommand,
    DescribeVpcsCommand,
    DescribeSubnetsCommand,
    DescribeFlowLogsCommand,
    DescribeRouteTablesCommand,
    DescribeNetworkAclsCommand,
    DescribeTransitGatewaysCommand,
    DescribeLaunchTemplateVersionsCommand,
  ]) {
    ec2.on(command as typeof DescribeVpcsCommand).resolves({});
  }
  ec2.on(GetEbsEncryptionByDefaultCommand).resolves({ EbsEncryptionByDefault: true });
  cloudwatch.on(GetMetricDataCommand).resolves({});
}

describe('the EC2 collector, for subnets’ routes', () => {
  function subnets(): void {
    ec2.on(DescribeSubnetsCommand).resolves({
      Subnets: ['subnet-public', 'subnet-private', 'subnet-main', 'subnet-v6'].map((SubnetId) => ({
        SubnetId,
        VpcId: 'vpc-1',
      })),
    });
  }

  it('follows each subnet’s own table, else its VPC’s main one, to an internet gateway', async () => {
    emptyRegion();
    subnets();
    const igw = (destination: string, extra = {}) => ({
      DestinationCidrBlock: destination,
      GatewayId: 'igw-1',
      State: 'active' as const,
      ...extra,
    });
    ec2.on(DescribeRouteTablesCommand).resolves({
      RouteTables: [
        {
          RouteTableId: 'rtb-public',
          VpcId: 'vpc-1',
          Associations: [{ SubnetId: 'subnet-public' }],
          Routes: [igw('0.0.0.0/0')],
        },
        // A route to the gateway for one range only, and a default route left as a blackhole.
        {
          RouteTableId: 'rtb-private',
          VpcId: 'vpc-1',
          Associations: [{ SubnetId: 'subnet-private' }],
          Routes: [
            igw('52.0.0.0/8'),
            igw('0.0.0.0/0', { State: 'blackhole' as const }),
            { DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: 'nat-1' },
          ],
        },
        {
          RouteTableId: 'rtb-main',
          VpcId: 'vpc-1',
          Associations: [{ Main: true }],
          Routes: [igw('0.0.0.0/0')],
        },
        {
          RouteTableId: 'rtb-v6',
          VpcId: 'vpc-1',
          Associations: [{ SubnetId: 'subnet-v6' }],
          Routes: [{ DestinationIpv6CidrBlock: '::/0', GatewayId: 'igw-1', State: 'active' }],
        },
      ],
    });

    const outcome = await collect(ec2Collector);

    expect(outcome.errors).toEqual([]);
    expect(ofType(outcome, 'ec2:subnet').map((s) => [s.id, s.attributes.internetGatewayRoute])).toEqual([
      ['subnet-public', true],
      ['subnet-private', false],
      ['subnet-main', true],
      ['subnet-v6', true],
    ]);
    // At most 100 route tables a page.
    expect(ec2.commandCalls(DescribeRouteTablesCommand)[0]?.args[0].input.MaxResults).toBe(100);
  });

  it('leaves the route unknown, and the subnets partial, when the tables cannot be read', async () => {
    emptyRegion();
    subnets();
    ec2
      .on(DescribeRouteTablesCommand)
      .rejects(accessDenied('ec2:DescribeRouteTables', 'UnauthorizedOperation'));

    const outcome = await collect(ec2Collector);

    expect(outcome.errors.map((e) => e.missingPermission)).toEqual(['ec2:DescribeRouteTables']);
    expect(
      ofType(outcome, 'ec2:subnet').map((s) => [s.attributes.internetGatewayRoute, s.unknownAttributes]),
    ).toEqual(Array(4).fill([null, ['internetGatewayRoute']]));
    expect([...outcome.partialTypes]).toEqual(['ec2:subnet']);
  });
});

describe('the EC2 collector, for network ACLs and transit gateways', () => {
  it('keeps ACLs’ inbound entries by rule number, without the catch-all, and their subnets', async () => {
    emptyRegion();
    ec2.on(DescribeNetworkAclsCommand).resolves({
      NetworkAcls: [
        {
          NetworkAclId: 'acl-1',
          VpcId: 'vpc-1',
          OwnerId: ACCOUNT,
          IsDefault: false,
          Associations: [{ SubnetId: 'subnet-b' }, { SubnetId: 'subnet-a' }],
          Entries: [
            { RuleNumber: 200, Protocol: '-1', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0' },
            {
              RuleNumber: 100,
              Protocol: '6',
              RuleAction: 'deny',
              Egress: false,
              CidrBlock: '0.0.0.0/0',
              PortRange: { From: 22, To: 22 },
            },
            { RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', Egress: true, CidrBlock: '0.0.0.0/0' },
            { RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny', Egress: false, CidrBlock: '0.0.0.0/0' },
          ],
          Tags: [{ Key: 'Name', Value: 'web' }],
        },
      ],
    });
    ec2.on(DescribeTransitGatewaysCommand).resolves({
      TransitGateways: [
        {
          TransitGatewayId: 'tgw-1',
          TransitGatewayArn: `arn:aws:ec2:${REGION}:${ACCOUNT}:transit-gateway/tgw-1`,
          OwnerId: ACCOUNT,
          State: 'available',
          Options: { AutoAcceptSharedAttachments: 'enable' },
        },
        {
          TransitGatewayId: 'tgw-2',
          OwnerId: ACCOUNT,
          State: 'available',
          Options: { AutoAcceptSharedAttachments: 'disable' },
        },
      ],
    });

    const outcome = await collect(ec2Collector);

    expect(outcome.errors).toEqual([]);
    expect(ofType(outcome, 'ec2:network-acl')).toEqual([
      expect.objectContaining({
        arn: `arn:aws:ec2:${REGION}:${ACCOUNT}:network-acl/acl-1`,
        name: 'web',
        attributes: {
          vpcId: 'vpc-1',
          isDefault: false,
          subnetIds: ['subnet-a', 'subnet-b'],
          ingress: [
            {
              ruleNumber: 100,
              protocol: '6',
              ruleAction: 'deny',
              cidrBlock: '0.0.0.0/0',
              ipv6CidrBlock: null,
              fromPort: 22,
              toPort: 22,
            },
            {
              ruleNumber: 200,
              protocol: '-1',
              ruleAction: 'allow',
              cidrBlock: '0.0.0.0/0',
              ipv6CidrBlock: null,
              fromPort: null,
              toPort: null,
            },
          ],
        },
      }),
    ]);
    expect(ofType(outcome, 'ec2:transit-gateway').map((g) => [g.id, g.arn, g.attributes])).toEqual([
      [
        'tgw-1',
        `arn:aws:ec2:${REGION}:${ACCOUNT}:transit-gateway/tgw-1`,
        { ownerId: ACCOUNT, autoAcceptSharedAttachments: true },
      ],
      [
        'tgw-2',
        `arn:aws:ec2:${REGION}:${ACCOUNT}:transit-gateway/tgw-2`,
        { ownerId: ACCOUNT, autoAcceptSharedAttachments: false },
      ],
    ]);
  });
});

describe('the EC2 collector, for network interfaces', () => {
  it('records each interface from the one listing the security groups and VPCs also use', async () => {
    emptyRegion();
    ec2.on(DescribeNetworkInterfacesCommand).resolves({
      NetworkInterfaces: [
        {
          NetworkInterfaceId: 'eni-nat',
          OwnerId: ACCOUNT,
          InterfaceType: 'interface',
          SourceDestCheck: false,
          RequesterManaged: false,
          VpcId: 'vpc-1',
          SubnetId: 'subnet-1',
          Status: 'in-use',
          Attachment: { InstanceId: 'i-nat' },
          TagSet: [{ Key: 'Name', Value: 'nat' }],
        },
        // A NAT gateway's: AWS manages it, and leaves SourceDestCheck out.
        {
          NetworkInterfaceId: 'eni-natgw',
          InterfaceType: 'natGateway',
          RequesterManaged: true,
          Status: 'in-use',
        },
      ],
    });

    const outcome = await collect(ec2Collector);

    expect(outcome.errors).toEqual([]);
    expect(ec2.commandCalls(DescribeNetworkInterfacesCommand)).toHaveLength(1);
    expect(
      ofType(outcome, 'ec2:network-interface').map((e) => [e.id, e.name, e.state, e.attributes]),
    ).toEqual([
      [
        'eni-nat',
        'nat',
        'in-use',
        {
          interfaceType: 'interface',
          sourceDestCheck: false,
          requesterManaged: false,
          vpcId: 'vpc-1',
          subnetId: 'subnet-1',
          instanceId: 'i-nat',
          description: null,
        },
      ],
      [
        'eni-natgw',
        null,
        'in-use',
        {
          interfaceType: 'natGateway',
          sourceDestCheck: true,
          requesterManaged: true,
          vpcId: null,
          subnetId: null,
          instanceId: null,
          description: null,
        },
      ],
    ]);
  });
});

describe('the EC2 collector, for launch templates', () => {
  it('reads every template’s default version in one listing', async () => {
    emptyRegion();
    ec2.on(DescribeLaunchTemplateVersionsCommand).resolves({
      LaunchTemplateVersions: [
        {
          LaunchTemplateId: 'lt-1',
          LaunchTemplateName: 'web',
          VersionNumber: 3,
          DefaultVersion: true,
          LaunchTemplateData: {
            NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: true }],
            MetadataOptions: { HttpTokens: 'optional', HttpEndpoint: 'enabled' },
            BlockDeviceMappings: [
              { DeviceName: '/dev/xvda', Ebs: { Encrypted: false, VolumeSize: 8 } },
              { DeviceName: '/dev/xvdb', Ebs: { SnapshotId: 'snap-1' } },
              // Instance store: no EBS volume to judge.
              { DeviceName: '/dev/sdc', VirtualName: 'ephemeral0' },
            ],
          },
        },
        { LaunchTemplateId: 'lt-2', LaunchTemplateName: 'bare', VersionNumber: 1, LaunchTemplateData: {} },
      ],
    });

    const outcome = await collect(ec2Collector);

    expect(outcome.errors).toEqual([]);
    const input = ec2.commandCalls(DescribeLaunchTemplateVersionsCommand)[0]?.args[0].input;
    expect(input).toEqual({ Versions: ['$Default'], MaxResults: 200 });
    expect(
      ofType(outcome, 'ec2:launch-template').map((t) => [t.id, t.name, t.unknownAttributes, t.attributes]),
    ).toEqual([
      [
        'lt-1',
        'web',
        [],
        {
          defaultVersion: 3,
          networkInterfaces: [{ deviceIndex: 0, associatePublicIpAddress: true, networkInterfaceId: null }],
          imds: { httpTokens: 'optional', httpEndpoint: 'enabled' },
          ebsVolumes: [
            { deviceName: '/dev/xvda', encrypted: false, snapshotId: null },
            { deviceName: '/dev/xvdb', encrypted: null, snapshotId: 'snap-1' },
          ],
        },
      ],
      [
        'lt-2',
        'bare',
        [],
        {
          defaultVersion: 1,
          networkInterfaces: [],
          imds: { httpTokens: null, httpEndpoint: null },
          ebsVolumes: [],
        },
      ],
    ]);
  });
});

describe('the EC2 collector, for snapshot and VPC block public access', () => {
  // Unit tests point the SDK at a dead endpoint, which the collector takes for an emulator; these
  // tests are about AWS's answers (moto 5.2 serves neither call), so they remove it.
  const endpoint = process.env.AWS_ENDPOINT_URL;
  beforeEach(() => {
    delete process.env.AWS_ENDPOINT_URL;
  });
  afterEach(() => {
    process.env.AWS_ENDPOINT_URL = endpoint;
  });
  const settingsOf = async () => {
    const outcome = await collect(ec2Collector);
    return { outcome, settings: ofType(outcome, 'ec2:region-settings')[0] };
  };

  it('records both settings as AWS answers them', async () => {
    emptyRegion();
    ec2.on(GetSnapshotBlockPublicAccessStateCommand).resolves({ State: 'block-new-sharing' });
    ec2
      .on(DescribeVpcBlockPublicAccessOptionsCommand)
      .resolves({ VpcBlockPublicAccessOptions: { InternetGatewayBlockMode: 'off', State: 'default-state' } });
    const { outcome, settings } = await settingsOf();
    expect(outcome.errors).toEqual([]);
    expect(settings?.attributes).toEqual({
      ebsEncryptionByDefault: true,
      snapshotBlockPublicAccess: 'block-new-sharing',
      vpcBlockPublicAccess: 'off',
    });
    expect(settings?.unknownAttributes).toEqual([]);
  });

  it('leaves a setting unknown, never off, when its read is denied or the region does not offer it', async () => {
    emptyRegion();
    ec2
      .on(GetSnapshotBlockPublicAccessStateCommand)
      .rejects(accessDenied('ec2:GetSnapshotBlockPublicAccessState', 'UnauthorizedOperation'));
    ec2
      .on(DescribeVpcBlockPublicAccessOptionsCommand)
      .rejects(
        Object.assign(new Error('The action is not valid for this web service.'), { name: 'InvalidAction' }),
      );
    const { outcome, settings } = await settingsOf();
    // The denied read is an error of the scan; an action the region lacks is not.
    expect(outcome.errors.map((e) => e.missingPermission)).toEqual(['ec2:GetSnapshotBlockPublicAccessState']);
    expect(settings?.attributes).toMatchObject({
      snapshotBlockPublicAccess: null,
      vpcBlockPublicAccess: null,
    });
    expect(settings?.unknownAttributes).toEqual(['snapshotBlockPublicAccess', 'vpcBlockPublicAccess']);
  });

  it('does not call them against an emulator, and leaves them unknown', async () => {
    emptyRegion();
    process.env.AWS_ENDPOINT_URL = 'http://127.0.0.1:9';
    const { outcome, settings } = await settingsOf();
    expect(ec2.commandCalls(GetSnapshotBlockPublicAccessStateCommand)).toHaveLength(0);
    expect(ec2.commandCalls(DescribeVpcBlockPublicAccessOptionsCommand)).toHaveLength(0);
    expect(outcome.errors).toEqual([]);
    expect(settings?.unknownAttributes).toEqual(['snapshotBlockPublicAccess', 'vpcBlockPublicAccess']);
  });
});
