import { describe, expect, it, beforeAll } from '@jest/globals';
import {
  AllocateAddressCommand,
  AuthorizeSecurityGroupIngressCommand,
  CreateNatGatewayCommand,
  CreateSecurityGroupCommand,
  CreateImageCommand,
  CreateSnapshotCommand,
  ModifyImageAttributeCommand,
  ModifySnapshotAttributeCommand,
  CreateSubnetCommand,
  CreateVolumeCommand,
  CreateVpcCommand,
  EC2Client,
  EnableEbsEncryptionByDefaultCommand,
  RunInstancesCommand,
  StopInstancesCommand,
} from '@aws-sdk/client-ec2';
import type { AwsCredentialIdentity } from '@smithy/types';
import type { Inventory } from '../../src/inventory/document.js';
import { validateInventory } from '../../src/inventory/validate.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';

describe('EC2 collector against moto', () => {
  const account = uniqueAccountId();
  let credentials: AwsCredentialIdentity;
  let inventory: Inventory;
  const seeded: Record<string, string> = {};

  beforeAll(async () => {
    credentials = await accountCredentials(account);
    const west = new EC2Client(seedConfig('eu-west-2', credentials));
    const east = new EC2Client(seedConfig('us-east-1', credentials));

    const vpc = await west.send(new CreateVpcCommand({ CidrBlock: '10.10.0.0/16' }));
    const subnet = await west.send(
      new CreateSubnetCommand({
        VpcId: vpc.Vpc?.VpcId,
        CidrBlock: '10.10.1.0/24',
        AvailabilityZone: 'eu-west-2a',
      }),
    );
    const sg = await west.send(
      new CreateSecurityGroupCommand({ GroupName: 'ssh-open', Description: 'ssh', VpcId: vpc.Vpc?.VpcId }),
    );
    await west.send(
      new AuthorizeSecurityGroupIngressCommand({
        GroupId: sg.GroupId,
        IpPermissions: [
          {
            IpProtocol: 'tcp',
            FromPort: 22,
            ToPort: 22,
            IpRanges: [{ CidrIp: '0.0.0.0/0' }],
            Ipv6Ranges: [{ CidrIpv6: '::/0' }],
          },
        ],
      }),
    );
    const run = await west.send(
      new RunInstancesCommand({
        ImageId: 'ami-12345678',
        MinCount: 1,
        MaxCount: 1,
        InstanceType: 'm4.large',
        SubnetId: subnet.Subnet?.SubnetId,
        SecurityGroupIds: [sg.GroupId ?? ''],
        MetadataOptions: { HttpTokens: 'required' },
        TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: 'web-1' }] }],
      }),
    );
    seeded.instance = run.Instances?.[0]?.InstanceId ?? '';
    seeded.sg = sg.GroupId ?? '';
    await west.send(new StopInstancesCommand({ InstanceIds: [seeded.instance] }));
    const volume = await west.send(
      new CreateVolumeCommand({ AvailabilityZone: 'eu-west-2a', Size: 100, VolumeType: 'gp2' }),
    );
    seeded.volume = volume.VolumeId ?? '';
    const snapshot = await west.send(
      new CreateSnapshotCommand({ VolumeId: seeded.volume, Description: 'nightly' }),
    );
    seeded.snapshot = snapshot.SnapshotId ?? '';
    // An AMI shared with every AWS account.
    const ami = await west.send(new CreateImageCommand({ InstanceId: seeded.instance, Name: 'golden' }));
    seeded.publicAmi = ami.ImageId ?? '';
    await west.send(
      new ModifyImageAttributeCommand({
        ImageId: seeded.publicAmi,
        LaunchPermission: { Add: [{ Group: 'all' }] },
      }),
    );
    // A second snapshot, shared with every AWS account.
    const shared = await west.send(
      new CreateSnapshotCommand({ VolumeId: seeded.volume, Description: 'shared' }),
    );
    seeded.publicSnapshot = shared.SnapshotId ?? '';
    await west.send(
      new ModifySnapshotAttributeCommand({
        SnapshotId: seeded.publicSnapshot,
        Attribute: 'createVolumePermission',
        OperationType: 'add',
        GroupNames: ['all'],
      }),
    );
    const eip = await west.send(new AllocateAddressCommand({ Domain: 'vpc' }));
    seeded.eip = eip.AllocationId ?? '';
    const nat = await west.send(
      new CreateNatGatewayCommand({ SubnetId: subnet.Subnet?.SubnetId, AllocationId: seeded.eip }),
    );
    seeded.nat = nat.NatGateway?.NatGatewayId ?? '';
    await east.send(
      new CreateVolumeCommand({
        AvailabilityZone: 'us-east-1a',
        Size: 5,
        VolumeType: 'gp3',
        Encrypted: true,
      }),
    );
    await east.send(new EnableEbsEncryptionByDefaultCommand({}));

    inventory = await scanForTest(credentials, { regions: ['eu-west-2', 'us-east-1'], services: ['ec2'] });
  });

  it('produces a valid inventory with no errors and complete coverage', () => {
    expect(inventory.errors).toEqual([]);
    expect(() => validateInventory(JSON.parse(JSON.stringify(inventory)))).not.toThrow();
    expect(inventory.accounts).toHaveLength(1);
    expect(inventory.accounts[0]?.id).toBe(account);
    expect(inventory.accounts[0]?.regions).toEqual(['eu-west-2', 'us-east-1']);
    // moto does not serve the block public access settings: they are left unread, so the region
    // settings are partial there, and everything else is complete.
    expect(
      inventory.accounts[0]?.coverage
        .filter((c) => c.status !== 'complete')
        .map((c) => [c.resourceType, c.region, c.status]),
    ).toEqual([
      ['ec2:region-settings', 'eu-west-2', 'partial'],
      ['ec2:region-settings', 'us-east-1', 'partial'],
    ]);
  });

  it('records instances with their state, type, IMDS options and security groups', () => {
    const instance = ofType(inventory, 'ec2:instance').find((i) => i.id === seeded.instance);
    expect(instance).toMatchObject({
      name: 'web-1',
      region: 'eu-west-2',
      account,
      state: 'stopped',
      arn: `arn:aws:ec2:eu-west-2:${account}:instance/${seeded.instance}`,
      attributes: {
        instanceType: 'm4.large',
        imds: { httpTokens: 'required' },
        securityGroupIds: [seeded.sg],
      },
    });
    expect(instance?.attributes.stateTransitionTime).not.toBeNull();
  });

  it('records volumes, snapshots, the Elastic IP and the NAT gateway', () => {
    const volume = ofType(inventory, 'ec2:volume').find((v) => v.id === seeded.volume);
    expect(volume?.attributes).toMatchObject({
      sizeGiB: 100,
      volumeType: 'gp2',
      encrypted: false,
      attachments: [],
    });
    expect(ofType(inventory, 'ec2:snapshot').find((s) => s.id === seeded.snapshot)?.attributes).toMatchObject(
      {
        sizeGiB: 100,
        volumeId: seeded.volume,
        description: 'nightly',
        public: false,
      },
    );
    expect(ofType(inventory, 'ec2:image').find((i) => i.id === seeded.publicAmi)).toMatchObject({
      name: 'golden',
      attributes: { public: true },
    });
    // Found by one DescribeSnapshots with RestorableByUserIds=all, not a read per snapshot.
    expect(
      ofType(inventory, 'ec2:snapshot').find((s) => s.id === seeded.publicSnapshot)?.attributes.public,
    ).toBe(true);
    const eip = ofType(inventory, 'ec2:elastic-ip').find((e) => e.id === seeded.eip);
    expect(eip?.attributes.publicIp).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(ofType(inventory, 'ec2:nat-gateway').find((n) => n.id === seeded.nat)?.region).toBe('eu-west-2');
  });

  it('records ingress rules for IPv4 and IPv6 and which interfaces use the group', () => {
    const group = ofType(inventory, 'ec2:security-group').find((g) => g.id === seeded.sg);
    expect(group?.attributes.ingress).toEqual([
      {
        protocol: 'tcp',
        fromPort: 22,
        toPort: 22,
        ipv4Ranges: ['0.0.0.0/0'],
        ipv6Ranges: ['::/0'],
        prefixListIds: [],
        referencedGroupIds: [],
      },
    ]);
    expect(group?.attributes.networkInterfaceIds.length).toBeGreaterThan(0);
  });

  it('records default VPCs and EBS encryption by default per region', () => {
    const settings = ofType(inventory, 'ec2:region-settings');
    expect(settings.map((s) => [s.region, s.attributes.ebsEncryptionByDefault])).toEqual([
      ['eu-west-2', false],
      ['us-east-1', true],
    ]);
    expect(ofType(inventory, 'ec2:vpc').filter((v) => v.attributes.isDefault)).toHaveLength(2);
  });

  it('is deterministic: two scans differ only in the scan block', async () => {
    const again = await scanForTest(credentials, { regions: ['eu-west-2', 'us-east-1'], services: ['ec2'] });
    const strip = (i: Inventory) => JSON.stringify({ ...i, scan: undefined });
    expect(strip(again)).toBe(strip(inventory));
  });
});
