import {
  DescribeAddressesCommand,
  DescribeSnapshotAttributeCommand,
  DescribeVpcBlockPublicAccessOptionsCommand,
  EC2Client,
  GetEbsEncryptionByDefaultCommand,
  GetSnapshotBlockPublicAccessStateCommand,
  paginateDescribeInstances,
  paginateDescribeNatGateways,
  paginateDescribeImages,
  paginateDescribeSnapshots,
  paginateDescribeVolumes,
  type NatGateway,
} from '@aws-sdk/client-ec2';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { InstanceActivity, NatTraffic } from '../../inventory/resources/ec2.js';
import type { UnknownAttribute } from '../../inventory/resources/index.js';
import { customEndpointConfigured } from '../clients.js';
import type { Collector } from '../collector.js';
import { isoDate, makeResource, sortedStrings, tagMap, text } from '../normalize.js';
import { activityBatches, activityWindow, readInstanceActivity } from './instance-activity.js';
import { readNatTraffic, trafficBatches, trafficWindow } from './nat-traffic.js';
import { PAGE, arn, permissions, type Context, type Operation } from './ec2-common.js';
import { collectLaunchTemplates } from './ec2-launch-templates.js';
import {
  collectNetworkAcls,
  collectNetworkInterfaces,
  collectNetworks,
  collectSecurityGroups,
  collectTransitGateways,
  listNetworkInterfaces,
  natInterfaceIds,
} from './ec2-network.js';

/** "User initiated (2024-05-01 10:00:00 GMT)" -> the time the instance entered its state. */
export function parseStateTransitionTime(reason: string | undefined): string | null {
  const match = /\((\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) (?:GMT|UTC)\)/.exec(reason ?? '');
  return match ? isoDate(`${match[1]}T${match[2]}Z`) : null;
}

async function collectInstances(ctx: Context, ec2: EC2Client): Promise<void> {
  const reservations = await ctx.list(
    'DescribeInstances',
    'ec2:instance',
    paginateDescribeInstances({ client: ec2, ...PAGE }, {}),
    (page) => page.Reservations,
  );
  const instances = reservations.flatMap((r) => r.Instances ?? []);
  const running = instances.filter((i) => i.InstanceId && i.State?.Name === 'running');
  const window = activityWindow(new Date());
  const activity = new Map<string, InstanceActivity | undefined>();
  // As for NAT gateways: batched, and no CloudWatch client unless an instance is running.
  await ctx.each(activityBatches(running.map((i) => i.InstanceId ?? '')), async (batch) => {
    const read = await ctx.read('GetMetricData', () =>
      readInstanceActivity(ctx.client(CloudWatchClient), batch, window),
    );
    for (const id of batch) activity.set(id, read?.get(id));
  });
  for (const instance of instances) {
    if (!instance.InstanceId) continue;
    const tags = tagMap(instance.Tags);
    const activityRead = activity.get(instance.InstanceId);
    ctx.emit(
      makeResource(
        'ec2:instance',
        {
          arn: arn(ctx, `instance/${instance.InstanceId}`),
          id: instance.InstanceId,
          name: tags.Name ?? null,
          account: ctx.account,
          region: ctx.scopeRegion,
          tags,
          state: text(instance.State?.Name),
          createdAt: isoDate(instance.LaunchTime),
        },
        {
          instanceType: instance.InstanceType ?? 'unknown',
          launchTime: isoDate(instance.LaunchTime),
          stateTransitionTime: parseStateTransitionTime(instance.StateTransitionReason),
          stateTransitionReason: text(instance.StateTransitionReason),
          publicIp: text(instance.PublicIpAddress),
          privateIp: text(instance.PrivateIpAddress),
          imds: {
            httpTokens: text(instance.MetadataOptions?.HttpTokens),
            httpEndpoint: text(instance.MetadataOptions?.HttpEndpoint),
            hopLimit: instance.MetadataOptions?.HttpPutResponseHopLimit ?? null,
          },
          securityGroupIds: sortedStrings((instance.SecurityGroups ?? []).map((g) => g.GroupId)),
          vpcId: text(instance.VpcId),
          subnetId: text(instance.SubnetId),
          volumeIds: sortedStrings((instance.BlockDeviceMappings ?? []).map((m) => m.Ebs?.VolumeId)),
          iamInstanceProfileArn: text(instance.IamInstanceProfile?.Arn),
          platform: text(instance.PlatformDetails ?? instance.Platform),
          lifecycle: text(instance.InstanceLifecycle) ?? 'on-demand',
          rootDeviceType: text(instance.RootDeviceType),
          activity: activityRead ?? null,
          networkInterfaceCount: (instance.NetworkInterfaces ?? []).length,
          virtualizationType: text(instance.VirtualizationType),
          // Not read: DescribeInstanceAttribute(userData) is one call per instance, not made by default.
          userDataSecrets: null,
        },
        activity.has(instance.InstanceId) && activityRead === undefined ? ['activity'] : [],
      ),
    );
  }
}

async function collectVolumes(ctx: Context, ec2: EC2Client): Promise<void> {
  const volumes = await ctx.list(
    'DescribeVolumes',
    'ec2:volume',
    paginateDescribeVolumes({ client: ec2, ...PAGE }, {}),
    (page) => page.Volumes,
  );
  for (const volume of volumes) {
    if (!volume.VolumeId) continue;
    const tags = tagMap(volume.Tags);
    ctx.emit(
      makeResource(
        'ec2:volume',
        {
          arn: arn(ctx, `volume/${volume.VolumeId}`),
          id: volume.VolumeId,
          name: tags.Name ?? null,
          account: ctx.account,
          region: ctx.scopeRegion,
          tags,
          state: text(volume.State),
          createdAt: isoDate(volume.CreateTime),
        },
        {
          sizeGiB: volume.Size ?? 0,
          volumeType: volume.VolumeType ?? 'unknown',
          iops: volume.Iops ?? null,
          throughput: volume.Throughput ?? null,
          encrypted: volume.Encrypted ?? false,
          kmsKeyId: text(volume.KmsKeyId),
          availabilityZone: text(volume.AvailabilityZone),
          snapshotId: text(volume.SnapshotId),
          attachments: (volume.Attachments ?? [])
            .filter((a) => a.InstanceId)
            .map((a) => ({ instanceId: a.InstanceId ?? '', device: text(a.Device), state: text(a.State) }))
            .sort((a, b) => a.instanceId.localeCompare(b.instanceId)),
        },
      ),
    );
  }
}

/**
 * Each listed candidate's createVolumePermission, read to confirm it holds the group `all`: AWS lists
 * only public snapshots there, but an emulator may list them all. Null where the read failed.
 */
async function confirmPublic(
  ctx: Context,
  ec2: EC2Client,
  candidates: readonly string[] | null | undefined,
): Promise<Map<string, boolean | null>> {
  const found = new Map<string, boolean | null>();
  await ctx.each(candidates ?? [], async (SnapshotId) => {
    const answer = await ctx.read(
      'DescribeSnapshotAttribute',
      () =>
        ec2.send(new DescribeSnapshotAttributeCommand({ SnapshotId, Attribute: 'createVolumePermission' })),
      { resourceId: SnapshotId },
    );
    found.set(
      SnapshotId,
      answer ? (answer.CreateVolumePermissions ?? []).some((p) => p.Group === 'all') : null,
    );
  });
  return found;
}

async function collectSnapshots(ctx: Context, ec2: EC2Client): Promise<void> {
  const [snapshots, restorableByAll] = await Promise.all([
    ctx.branch(() =>
      ctx.list(
        'DescribeSnapshots',
        'ec2:snapshot',
        paginateDescribeSnapshots({ client: ec2, ...PAGE }, { OwnerIds: ['self'] }),
        (page) => page.Snapshots,
      ),
    ),
    // Public snapshots in one listing per region instead of one attribute read per snapshot.
    ctx.branch(() =>
      ctx.read('DescribeSnapshots', async () => {
        const ids: string[] = [];
        const pages = paginateDescribeSnapshots(
          { client: ec2, ...PAGE },
          { OwnerIds: ['self'], RestorableByUserIds: ['all'] },
        );
        for await (const page of pages)
          for (const s of page.Snapshots ?? []) if (s.SnapshotId) ids.push(s.SnapshotId);
        return ids;
      }),
    ),
  ]);
  const publicIds = await confirmPublic(ctx, ec2, restorableByAll);
  // Unknown when the listing failed, or the candidate's own permission could not be read.
  const publicOf = (id: string): boolean | null =>
    restorableByAll ? (publicIds.has(id) ? (publicIds.get(id) ?? null) : false) : null;
  for (const snapshot of snapshots) {
    if (!snapshot.SnapshotId) continue;
    const tags = tagMap(snapshot.Tags);
    ctx.emit(
      makeResource(
        'ec2:snapshot',
        {
          // Snapshot ARNs carry no account id.
          arn: arn(ctx, `snapshot/${snapshot.SnapshotId}`, ''),
          id: snapshot.SnapshotId,
          name: tags.Name ?? null,
          account: ctx.account,
          region: ctx.scopeRegion,
          tags,
          state: text(snapshot.State),
          createdAt: isoDate(snapshot.StartTime),
        },
        {
          sizeGiB: snapshot.VolumeSize ?? 0,
          volumeId: text(snapshot.VolumeId),
          encrypted: snapshot.Encrypted ?? false,
          description: text(snapshot.Description),
          startTime: isoDate(snapshot.StartTime),
          public: publicOf(snapshot.SnapshotId) ?? false,
        },
        publicOf(snapshot.SnapshotId) === null ? ['public'] : [],
      ),
    );
  }
}

async function collectImages(ctx: Context, ec2: EC2Client): Promise<void> {
  const images = await ctx.list(
    'DescribeImages',
    'ec2:image',
    paginateDescribeImages({ client: ec2, ...PAGE }, { Owners: ['self'] }),
    (page) => page.Images,
  );
  for (const image of images) {
    if (!image.ImageId) continue;
    const tags = tagMap(image.Tags);
    ctx.emit(
      makeResource(
        'ec2:image',
        {
          arn: `arn:${ctx.partition}:ec2:${ctx.region}::image/${image.ImageId}`,
          id: image.ImageId,
          name: text(image.Name) ?? tags.Name ?? null,
          account: ctx.account,
          region: ctx.scopeRegion,
          tags,
          state: text(image.State),
          createdAt: isoDate(image.CreationDate),
        },
        { public: image.Public ?? false, description: text(image.Description) },
      ),
    );
  }
}

async function collectAddresses(ctx: Context, ec2: EC2Client): Promise<void> {
  const addresses = await ctx.list(
    'DescribeAddresses',
    'ec2:elastic-ip',
    () => ec2.send(new DescribeAddressesCommand({})),
    (page) => page.Addresses,
  );
  for (const address of addresses) {
    const id = text(address.AllocationId) ?? text(address.PublicIp);
    if (!id || !address.PublicIp) continue;
    const tags = tagMap(address.Tags);
    ctx.emit(
      makeResource(
        'ec2:elastic-ip',
        {
          arn: arn(ctx, `elastic-ip/${id}`),
          id,
          name: tags.Name ?? null,
          account: ctx.account,
          region: ctx.scopeRegion,
          tags,
          state: text(address.AssociationId) ? 'associated' : 'unassociated',
        },
        {
          publicIp: address.PublicIp,
          allocationId: text(address.AllocationId),
          associationId: text(address.AssociationId),
          instanceId: text(address.InstanceId),
          networkInterfaceId: text(address.NetworkInterfaceId),
          domain: text(address.Domain),
        },
      ),
    );
  }
}

/** Listed once: the NAT gateway part and the security group part both need them. */
async function listNatGateways(ctx: Context, ec2: EC2Client): Promise<NatGateway[]> {
  const gateways = await ctx.step(['ec2:nat-gateway'], () =>
    ctx.list(
      'DescribeNatGateways',
      'ec2:nat-gateway',
      paginateDescribeNatGateways({ client: ec2, pageSize: 1000 }, {}),
      (page) => page.NatGateways,
    ),
  );
  return gateways ?? [];
}

async function collectNatGateways(ctx: Context, listed: Promise<NatGateway[]>): Promise<void> {
  const gateways = (await listed).filter((g) => g.NatGatewayId);
  const available = gateways.filter((g) => g.State === 'available').map((g) => g.NatGatewayId ?? '');
  const window = trafficWindow(new Date());
  const traffic = new Map<string, NatTraffic | undefined>();
  // The CloudWatch client is made only where a gateway needs it (batches are empty otherwise).
  await ctx.each(trafficBatches(available), async (batch) => {
    const read = await ctx.read('GetMetricData', () =>
      readNatTraffic(ctx.client(CloudWatchClient), batch, window),
    );
    for (const id of batch) traffic.set(id, read?.get(id));
  });
  for (const gateway of gateways) {
    const id = gateway.NatGatewayId ?? '';
    const tags = tagMap(gateway.Tags);
    const trafficRead = traffic.get(id);
    ctx.emit(
      makeResource(
        'ec2:nat-gateway',
        {
          arn: arn(ctx, `natgateway/${id}`),
          id,
          name: tags.Name ?? null,
          account: ctx.account,
          region: ctx.scopeRegion,
          tags,
          state: text(gateway.State),
          createdAt: isoDate(gateway.CreateTime),
        },
        {
          vpcId: text(gateway.VpcId),
          subnetId: text(gateway.SubnetId),
          connectivityType: text(gateway.ConnectivityType),
          publicIps: sortedStrings((gateway.NatGatewayAddresses ?? []).map((a) => a.PublicIp)),
          networkInterfaceIds: natInterfaceIds(gateway),
          traffic: trafficRead ?? null,
        },
        traffic.has(id) && trafficRead === undefined ? ['traffic'] : [],
      ),
    );
  }
}

/**
 * Region settings moto (5.2) does not serve: it answers HTTP 500. Against an emulator they are left
 * unread (unknown), never taken as off; against AWS each is one call per region.
 */
type EmulatorUnserved = 'GetSnapshotBlockPublicAccessState' | 'DescribeVpcBlockPublicAccessOptions';

/** AWS's answer where a region does not offer a setting: not read, and not an error of the scan. */
const SETTING_NOT_OFFERED = ['InvalidAction', 'UnsupportedOperation'];

async function readSetting<T>(
  ctx: Context,
  operation: EmulatorUnserved,
  call: () => Promise<T>,
): Promise<T | null | undefined> {
  if (customEndpointConfigured('EC2')) return null;
  return ctx.read(operation, call, { absentWhen: SETTING_NOT_OFFERED });
}

async function collectRegionSettings(ctx: Context, ec2: EC2Client): Promise<void> {
  const [[encryption], snapshots, vpcs] = await Promise.all([
    // One answer is the whole resource: without it there is nothing to record, so it is read as a listing.
    ctx.branch(() =>
      ctx.list(
        'GetEbsEncryptionByDefault',
        'ec2:region-settings',
        () => ec2.send(new GetEbsEncryptionByDefaultCommand({})),
        (answer) => [answer],
      ),
    ),
    ctx.branch(() =>
      readSetting(ctx, 'GetSnapshotBlockPublicAccessState', () =>
        ec2.send(new GetSnapshotBlockPublicAccessStateCommand({})),
      ),
    ),
    ctx.branch(() =>
      readSetting(ctx, 'DescribeVpcBlockPublicAccessOptions', () =>
        ec2.send(new DescribeVpcBlockPublicAccessOptionsCommand({})),
      ),
    ),
  ]);
  if (!encryption) return;
  const snapshotBlock = text(snapshots?.State);
  const vpcBlock = text(vpcs?.VpcBlockPublicAccessOptions?.InternetGatewayBlockMode);
  const unknown: UnknownAttribute<'ec2:region-settings'>[] = [
    ...(snapshotBlock === null ? (['snapshotBlockPublicAccess'] as const) : []),
    ...(vpcBlock === null ? (['vpcBlockPublicAccess'] as const) : []),
  ];
  ctx.emit(
    makeResource(
      'ec2:region-settings',
      {
        arn: arn(ctx, 'region-settings'),
        id: `${ctx.account}/${ctx.region}`,
        name: ctx.region,
        account: ctx.account,
        region: ctx.scopeRegion,
      },
      {
        ebsEncryptionByDefault: encryption.EbsEncryptionByDefault ?? false,
        snapshotBlockPublicAccess: snapshotBlock,
        vpcBlockPublicAccess: vpcBlock,
      },
      unknown,
    ),
  );
}

export const ec2Collector: Collector<Operation> = {
  service: 'ec2',
  scope: 'regional',
  permissions,
  resourceTypes: [
    'ec2:instance',
    'ec2:volume',
    'ec2:snapshot',
    'ec2:image',
    'ec2:elastic-ip',
    'ec2:nat-gateway',
    'ec2:security-group',
    'ec2:vpc',
    'ec2:subnet',
    'ec2:network-interface',
    'ec2:network-acl',
    'ec2:transit-gateway',
    'ec2:launch-template',
    'ec2:region-settings',
  ],
  async collect(ctx) {
    const ec2 = ctx.client(EC2Client);
    const natGateways = listNatGateways(ctx, ec2);
    const networkInterfaces = listNetworkInterfaces(ctx, ec2);
    await Promise.all([
      ctx.step(['ec2:instance'], () => collectInstances(ctx, ec2)),
      ctx.step(['ec2:volume'], () => collectVolumes(ctx, ec2)),
      ctx.step(['ec2:snapshot'], () => collectSnapshots(ctx, ec2)),
      ctx.step(['ec2:image'], () => collectImages(ctx, ec2)),
      ctx.step(['ec2:elastic-ip'], () => collectAddresses(ctx, ec2)),
      ctx.step(['ec2:nat-gateway'], () => collectNatGateways(ctx, natGateways)),
      ctx.step(['ec2:security-group'], () => collectSecurityGroups(ctx, ec2, networkInterfaces, natGateways)),
      ctx.step(['ec2:vpc', 'ec2:subnet'], () => collectNetworks(ctx, ec2, networkInterfaces)),
      ctx.step(['ec2:network-interface'], () => collectNetworkInterfaces(ctx, networkInterfaces)),
      ctx.step(['ec2:network-acl'], () => collectNetworkAcls(ctx, ec2)),
      ctx.step(['ec2:transit-gateway'], () => collectTransitGateways(ctx, ec2)),
      ctx.step(['ec2:launch-template'], () => collectLaunchTemplates(ctx, ec2)),
      ctx.step(['ec2:region-settings'], () => collectRegionSettings(ctx, ec2)),
    ]);
  },
};
