import { afterEach, describe, expect, it } from '@jest/globals';
import { CloudWatchClient, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import {
  DescribeAddressesCommand,
  DescribeFlowLogsCommand,
  DescribeImagesCommand,
  DescribeLaunchTemplateVersionsCommand,
  DescribeNetworkAclsCommand,
  DescribeRouteTablesCommand,
  DescribeTransitGatewaysCommand,
  DescribeInstancesCommand,
  DescribeNatGatewaysCommand,
  DescribeNetworkInterfacesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSnapshotAttributeCommand,
  DescribeSnapshotsCommand,
  DescribeSubnetsCommand,
  DescribeVolumesCommand,
  DescribeVpcsCommand,
  EC2Client,
  GetEbsEncryptionByDefaultCommand,
  type Instance,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { ec2Collector } from '../../../src/scan/collectors/ec2.js';
import { HARNESS, accessDenied, collect, ofType } from '../../support/collector-harness.js';

// NAT gateways and their traffic are in ec2-nat.test.ts, instances' activity in ec2-instance-activity.test.ts.
const { ACCOUNT, REGION } = HARNESS;
const ec2 = mockClient(EC2Client);
const cloudwatch = mockClient(CloudWatchClient);
afterEach(() => {
  ec2.reset();
  cloudwatch.reset();
});

/** Every listing empty and EBS encryption on by default; each test sets the answers it is about. */
function emptyRegion(): void {
  for (const command of [
    DescribeInstancesCommand,
    DescribeVolumesCommand,
    DescribeSnapshotsCommand,
    DescribeImagesCommand,
    DescribeLaunchTemplateVersionsCommand,
    DescribeNetworkAclsCommand,
    DescribeRouteTablesCommand,
    DescribeTransitGatewaysCommand,
    DescribeAddressesCommand,
    DescribeNatGatewaysCommand,
    DescribeNetworkInterfacesCommand,
    DescribeSecurityGroupsCommand,
    DescribeVpcsCommand,
    DescribeSubnetsCommand,
    DescribeFlowLogsCommand,
  ]) {
    ec2.on(command as typeof DescribeVpcsCommand).resolves({});
  }
  ec2.on(GetEbsEncryptionByDefaultCommand).resolves({ EbsEncryptionByDefault: true });
  // Running instances' metrics: no datapoint.
  cloudwatch.on(GetMetricDataCommand).resolves({});
}

const instance = (id: string, extra: Partial<Instance> = {}): Instance => ({
  InstanceId: id,
  InstanceType: 't3.micro',
  State: { Name: 'running' },
  ...extra,
});

/** A VPC with one web security group, one interface in it, and a flow log. */
function network(): void {
  ec2.on(DescribeVpcsCommand).resolves({
    Vpcs: [
      { VpcId: 'vpc-1', CidrBlock: '10.0.0.0/16', IsDefault: false, OwnerId: ACCOUNT, State: 'available' },
    ],
  });
  ec2.on(DescribeSubnetsCommand).resolves({
    Subnets: [
      {
        SubnetId: 'subnet-1',
        SubnetArn: `arn:aws:ec2:${REGION}:${ACCOUNT}:subnet/subnet-1`,
        VpcId: 'vpc-1',
        CidrBlock: '10.0.1.0/24',
        AvailabilityZone: `${REGION}a`,
        MapPublicIpOnLaunch: true,
      },
    ],
  });
  ec2.on(DescribeSecurityGroupsCommand).resolves({
    SecurityGroups: [
      {
        GroupId: 'sg-web',
        GroupName: 'web',
        OwnerId: ACCOUNT,
        VpcId: 'vpc-1',
        IpPermissions: [
          {
            IpProtocol: 'tcp',
            FromPort: 443,
            ToPort: 443,
            IpRanges: [{ CidrIp: '0.0.0.0/0' }],
            Ipv6Ranges: [{ CidrIpv6: '::/0' }],
          },
          { IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: 'sg-web' }] },
        ],
        IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
      },
    ],
  });
  ec2.on(DescribeNetworkInterfacesCommand).resolves({
    NetworkInterfaces: [{ NetworkInterfaceId: 'eni-1', VpcId: 'vpc-1', Groups: [{ GroupId: 'sg-web' }] }],
  });
  ec2.on(DescribeFlowLogsCommand).resolves({
    FlowLogs: [
      {
        FlowLogId: 'fl-vpc',
        ResourceId: 'vpc-1',
        FlowLogStatus: 'ACTIVE',
        TrafficType: 'ALL',
        LogDestinationType: 's3',
      },
      // Neither publishes the VPC's traffic: one is a subnet's, the other is not active.
      { FlowLogId: 'fl-subnet', ResourceId: 'subnet-1', FlowLogStatus: 'ACTIVE' },
      { FlowLogId: 'fl-off', ResourceId: 'vpc-1', FlowLogStatus: 'INACTIVE' },
    ],
  });
}

describe('the EC2 collector', () => {
  it('normalizes instances, volumes, snapshots, addresses, security groups, VPCs and the region settings', async () => {
    emptyRegion();
    network();
    ec2.on(DescribeInstancesCommand).resolves({
      Reservations: [
        {
          Instances: [
            instance('i-1', {
              State: { Name: 'stopped' },
              LaunchTime: new Date('2024-04-01T08:00:00Z'),
              StateTransitionReason: 'User initiated (2024-05-01 10:00:00 GMT)',
              PrivateIpAddress: '10.0.1.5',
              MetadataOptions: {
                HttpTokens: 'optional',
                HttpEndpoint: 'enabled',
                HttpPutResponseHopLimit: 1,
              },
              SecurityGroups: [{ GroupId: 'sg-web' }],
              VpcId: 'vpc-1',
              SubnetId: 'subnet-1',
              BlockDeviceMappings: [{ Ebs: { VolumeId: 'vol-1' } }],
              IamInstanceProfile: { Arn: `arn:aws:iam::${ACCOUNT}:instance-profile/web` },
              PlatformDetails: 'Linux/UNIX',
              RootDeviceType: 'ebs',
              Tags: [{ Key: 'Name', Value: 'web' }],
            }),
          ],
        },
      ],
    });
    ec2.on(DescribeVolumesCommand).resolves({
      Volumes: [
        {
          VolumeId: 'vol-1',
          Size: 8,
          VolumeType: 'gp3',
          Iops: 3000,
          Encrypted: false,
          State: 'in-use',
          Attachments: [{ InstanceId: 'i-1', Device: '/dev/xvda', State: 'attached' }],
        },
      ],
    });
    ec2.on(DescribeSnapshotsCommand).resolves({
      Snapshots: [
        {
          SnapshotId: 'snap-1',
          VolumeId: 'vol-1',
          VolumeSize: 8,
          StartTime: new Date('2024-01-01T00:00:00Z'),
        },
      ],
    });
    ec2.on(DescribeAddressesCommand).resolves({
      Addresses: [
        { AllocationId: 'eipalloc-1', PublicIp: '3.3.3.3', AssociationId: 'eipassoc-1', InstanceId: 'i-1' },
        // EC2-Classic addresses have no allocation id: the address is the id.
        { PublicIp: '4.4.4.4' },
      ],
    });

    const outcome = await collect(ec2Collector);

    expect({ errors: outcome.errors, failed: outcome.failedTypes, partial: outcome.partialTypes }).toEqual({
      errors: [],
      failed: new Set(),
      partial: new Set(),
    });
    expect(ofType(outcome, 'ec2:instance')).toEqual([
      {
        type: 'ec2:instance',
        arn: `arn:aws:ec2:${REGION}:${ACCOUNT}:instance/i-1`,
        id: 'i-1',
        name: 'web',
        account: ACCOUNT,
        region: REGION,
        tags: { Name: 'web' },
        state: 'stopped',
        createdAt: '2024-04-01T08:00:00.000Z',
        unknownAttributes: [],
        attributes: {
          instanceType: 't3.micro',
          launchTime: '2024-04-01T08:00:00.000Z',
          stateTransitionTime: '2024-05-01T10:00:00.000Z',
          stateTransitionReason: 'User initiated (2024-05-01 10:00:00 GMT)',
          publicIp: null,
          privateIp: '10.0.1.5',
          imds: { httpTokens: 'optional', httpEndpoint: 'enabled', hopLimit: 1 },
          securityGroupIds: ['sg-web'],
          vpcId: 'vpc-1',
          subnetId: 'subnet-1',
          volumeIds: ['vol-1'],
          iamInstanceProfileArn: `arn:aws:iam::${ACCOUNT}:instance-profile/web`,
          platform: 'Linux/UNIX',
          lifecycle: 'on-demand',
          rootDeviceType: 'ebs',
          // Only a running instance's metrics are read.
          activity: null,
          networkInterfaceCount: 0,
          virtualizationType: null,
          userDataSecrets: null,
        },
      },
    ]);
    expect(ofType(outcome, 'ec2:volume')[0]?.attributes).toMatchObject({
      sizeGiB: 8,
      volumeType: 'gp3',
      iops: 3000,
      throughput: null,
      encrypted: false,
      attachments: [{ instanceId: 'i-1', device: '/dev/xvda', state: 'attached' }],
    });
    // The account's own snapshots only, not every public one; their ARNs carry no account id.
    expect(ec2.commandCalls(DescribeSnapshotsCommand)[0]?.args[0].input.OwnerIds).toEqual(['self']);
    expect(ofType(outcome, 'ec2:snapshot')[0]?.arn).toBe(`arn:aws:ec2:${REGION}::snapshot/snap-1`);
    expect(ofType(outcome, 'ec2:elastic-ip').map((a) => [a.id, a.state, a.attributes.instanceId])).toEqual([
      ['eipalloc-1', 'associated', 'i-1'],
      ['4.4.4.4', 'unassociated', null],
    ]);
    expect(ofType(outcome, 'ec2:security-group')[0]?.attributes).toEqual({
      groupName: 'web',
      description: null,
      vpcId: 'vpc-1',
      isDefault: false,
      ingress: [
        {
          protocol: 'tcp',
          fromPort: 443,
          toPort: 443,
          ipv4Ranges: ['0.0.0.0/0'],
          ipv6Ranges: ['::/0'],
          prefixListIds: [],
          referencedGroupIds: [],
        },
        {
          protocol: '-1',
          fromPort: null,
          toPort: null,
          ipv4Ranges: [],
          ipv6Ranges: [],
          prefixListIds: [],
          referencedGroupIds: ['sg-web'],
        },
      ],
      egressRuleCount: 1,
      networkInterfaceIds: ['eni-1'],
    });
    expect(ofType(outcome, 'ec2:vpc')[0]?.attributes).toEqual({
      cidrBlock: '10.0.0.0/16',
      isDefault: false,
      ownerId: ACCOUNT,
      flowLogs: [{ id: 'fl-vpc', trafficType: 'ALL', destinationType: 's3' }],
      networkInterfaceCount: 1,
    });
    expect(ofType(outcome, 'ec2:subnet')[0]).toMatchObject({
      arn: `arn:aws:ec2:${REGION}:${ACCOUNT}:subnet/subnet-1`,
      attributes: { vpcId: 'vpc-1', mapPublicIpOnLaunch: true, defaultForAz: false },
    });
    expect(ofType(outcome, 'ec2:region-settings')).toEqual([
      // Unit tests' endpoint counts as an emulator, where the block public access settings are not read.
      expect.objectContaining({
        id: `${ACCOUNT}/${REGION}`,
        attributes: {
          ebsEncryptionByDefault: true,
          snapshotBlockPublicAccess: null,
          vpcBlockPublicAccess: null,
        },
        unknownAttributes: ['snapshotBlockPublicAccess', 'vpcBlockPublicAccess'],
      }),
    ]);
  });

  it('records denied flow log and interface reads with the missing action, and leaves what they tell unknown', async () => {
    emptyRegion();
    network();
    ec2.on(DescribeFlowLogsCommand).rejects(accessDenied('ec2:DescribeFlowLogs', 'UnauthorizedOperation'));
    ec2
      .on(DescribeNetworkInterfacesCommand)
      .rejects(accessDenied('ec2:DescribeNetworkInterfaces', 'UnauthorizedOperation'));

    const outcome = await collect(ec2Collector);

    const errors = [...outcome.errors].sort((a, b) => a.operation.localeCompare(b.operation));
    expect(errors).toEqual([
      {
        account: ACCOUNT,
        service: 'ec2',
        region: REGION,
        operation: 'DescribeFlowLogs',
        code: 'UnauthorizedOperation',
        message: expect.stringContaining('(the scan needs ec2:DescribeFlowLogs)'),
        resourceId: null,
        missingPermission: 'ec2:DescribeFlowLogs',
      },
      expect.objectContaining({
        operation: 'DescribeNetworkInterfaces',
        missingPermission: 'ec2:DescribeNetworkInterfaces',
      }),
    ]);
    // The groups and VPCs are still listed, each with what it could not be told about.
    expect(ofType(outcome, 'ec2:vpc').map((v) => [v.id, v.unknownAttributes])).toEqual([
      ['vpc-1', ['flowLogs', 'networkInterfaceCount']],
    ]);
    expect(ofType(outcome, 'ec2:security-group').map((g) => [g.id, g.unknownAttributes])).toEqual([
      ['sg-web', ['networkInterfaceIds']],
    ]);
    // The interfaces themselves were not listed; groups and VPCs are partial by what they lack.
    expect(outcome.failedTypes).toEqual(new Set(['ec2:network-interface']));
    expect(ofType(outcome, 'ec2:network-interface')).toEqual([]);
    expect([...outcome.partialTypes]).toEqual(expect.arrayContaining(['ec2:vpc']));
    expect(outcome.partialTypes.has('ec2:instance')).toBe(false);
    // Neither read tells anything about subnets.
    expect(outcome.partialTypes.has('ec2:subnet')).toBe(false);
  });

  it('follows DescribeInstances across pages', async () => {
    emptyRegion();
    // Paginators reuse one input object, so the tokens are recorded as each call is made.
    const calls: [string | undefined, number | undefined][] = [];
    ec2.on(DescribeInstancesCommand).callsFake((input: { NextToken?: string; MaxResults?: number }) => {
      calls.push([input.NextToken, input.MaxResults]);
      return input.NextToken
        ? { Reservations: [{ Instances: [instance('i-2')] }] }
        : { Reservations: [{ Instances: [instance('i-1')] }], NextToken: 'page-2' };
    });

    const outcome = await collect(ec2Collector);

    expect(calls).toEqual([
      [undefined, 1000],
      ['page-2', 1000],
    ]);
    expect(outcome.errors).toEqual([]);
    expect(ofType(outcome, 'ec2:instance').map((i) => i.id)).toEqual(['i-1', 'i-2']);
  });

  it('lists public snapshots once per region, confirms each, and leaves unconfirmed ones unknown', async () => {
    emptyRegion();
    const owned = ['snap-private', 'snap-public', 'snap-denied'].map((SnapshotId) => ({
      SnapshotId,
      VolumeSize: 8,
    }));
    ec2.on(DescribeSnapshotsCommand).resolves({ Snapshots: owned });
    // AWS's answer: only the snapshots every account may restore.
    ec2
      .on(DescribeSnapshotsCommand, { RestorableByUserIds: ['all'] })
      .resolves({ Snapshots: [{ SnapshotId: 'snap-public' }, { SnapshotId: 'snap-denied' }] });
    ec2
      .on(DescribeSnapshotAttributeCommand, { SnapshotId: 'snap-public' })
      .resolves({ CreateVolumePermissions: [{ Group: 'all' }] });
    ec2
      .on(DescribeSnapshotAttributeCommand, { SnapshotId: 'snap-denied' })
      .rejects(accessDenied('ec2:DescribeSnapshotAttribute', 'UnauthorizedOperation'));

    const outcome = await collect(ec2Collector);

    const read = ofType(outcome, 'ec2:snapshot').map((s) => [s.id, s.attributes.public, s.unknownAttributes]);
    expect(read).toEqual([
      ['snap-private', false, []],
      ['snap-public', true, []],
      ['snap-denied', false, ['public']],
    ]);
    // Only the listed candidates are read one by one.
    expect(ec2.commandCalls(DescribeSnapshotAttributeCommand)).toHaveLength(2);
    expect(outcome.errors.map((e) => e.missingPermission)).toEqual(['ec2:DescribeSnapshotAttribute']);
  });

  it('leaves every snapshot’s sharing unknown when the public listing fails', async () => {
    emptyRegion();
    ec2.on(DescribeSnapshotsCommand).resolves({ Snapshots: [{ SnapshotId: 'snap-1', VolumeSize: 8 }] });
    ec2
      .on(DescribeSnapshotsCommand, { RestorableByUserIds: ['all'] })
      .rejects(accessDenied('ec2:DescribeSnapshots', 'UnauthorizedOperation'));
    const outcome = await collect(ec2Collector);
    expect(ofType(outcome, 'ec2:snapshot').map((s) => s.unknownAttributes)).toEqual([['public']]);
  });
});
