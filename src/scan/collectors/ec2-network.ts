/**
 * The EC2 collector's network parts: security groups (with the interfaces that use them) and VPCs
 * with their subnets and flow logs.
 */
import type { UnknownAttribute } from '../../inventory/resources/index.js';
import {
  EC2Client,
  paginateDescribeFlowLogs,
  paginateDescribeNetworkInterfaces,
  paginateDescribeSecurityGroups,
  paginateDescribeSubnets,
  paginateDescribeVpcs,
  type FlowLog,
  type IpPermission,
  type NatGateway,
  type NetworkInterface,
} from '@aws-sdk/client-ec2';
import type { IngressRule, VpcFlowLog } from '../../inventory/resources/ec2.js';

import { makeResource, sortedStrings, tagMap, text } from '../normalize.js';
import { PAGE, arn, type Context } from './ec2-common.js';

/** A NAT gateway's network interfaces: security groups never filter its traffic. */
export const natInterfaceIds = (gateway: NatGateway) =>
  sortedStrings((gateway.NatGatewayAddresses ?? []).map((a) => a.NetworkInterfaceId));

export function normalizeIngress(permission: IpPermission): IngressRule {
  return {
    protocol: permission.IpProtocol ?? '-1',
    fromPort: permission.FromPort ?? null,
    toPort: permission.ToPort ?? null,
    ipv4Ranges: sortedStrings((permission.IpRanges ?? []).map((r) => r.CidrIp)),
    ipv6Ranges: sortedStrings((permission.Ipv6Ranges ?? []).map((r) => r.CidrIpv6)),
    prefixListIds: sortedStrings((permission.PrefixListIds ?? []).map((p) => p.PrefixListId)),
    referencedGroupIds: sortedStrings((permission.UserIdGroupPairs ?? []).map((p) => p.GroupId)),
  };
}

/** Listed once for the security group and VPC parts; undefined when the listing failed. */
export function listNetworkInterfaces(ctx: Context, ec2: EC2Client): Promise<NetworkInterface[] | undefined> {
  return ctx.step(
    ['ec2:security-group', 'ec2:vpc'],
    async () =>
      (await ctx.read('DescribeNetworkInterfaces', async () => {
        const all: NetworkInterface[] = [];
        for await (const page of paginateDescribeNetworkInterfaces({ client: ec2, ...PAGE }, {})) {
          all.push(...(page.NetworkInterfaces ?? []));
        }
        return all;
      })) ?? undefined,
  );
}

export async function collectSecurityGroups(
  ctx: Context,
  ec2: EC2Client,
  networkInterfaces: Promise<NetworkInterface[] | undefined>,
  natGateways: Promise<NatGateway[]>,
): Promise<void> {
  const [groups, interfaces, nats] = await Promise.all([
    ctx.branch(() =>
      ctx.list(
        'DescribeSecurityGroups',
        'ec2:security-group',
        paginateDescribeSecurityGroups({ client: ec2, ...PAGE }, {}),
        (page) => page.SecurityGroups,
      ),
    ),
    networkInterfaces,
    natGateways,
  ]);
  // Security groups do not filter a NAT gateway's traffic: AWS lists no group on its interface,
  // but moto lists the default one, which would make that group look used.
  const natInterfaces = new Set(nats.flatMap(natInterfaceIds));
  const interfacesByGroup = new Map<string, string[]>();
  for (const eni of interfaces ?? []) {
    if (natInterfaces.has(eni.NetworkInterfaceId ?? '')) continue;
    for (const group of eni.Groups ?? []) {
      if (!group.GroupId || !eni.NetworkInterfaceId) continue;
      const list = interfacesByGroup.get(group.GroupId) ?? [];
      list.push(eni.NetworkInterfaceId);
      interfacesByGroup.set(group.GroupId, list);
    }
  }
  for (const group of groups) {
    if (!group.GroupId) continue;
    const tags = tagMap(group.Tags);
    ctx.emit(
      makeResource(
        'ec2:security-group',
        {
          arn: arn(ctx, `security-group/${group.GroupId}`, group.OwnerId ?? ctx.account),
          id: group.GroupId,
          name: group.GroupName ?? null,
          account: ctx.account,
          region: ctx.scopeRegion,
          tags,
        },
        {
          groupName: group.GroupName ?? '',
          description: text(group.Description),
          vpcId: text(group.VpcId),
          isDefault: group.GroupName === 'default',
          ingress: (group.IpPermissions ?? []).map(normalizeIngress),
          egressRuleCount: (group.IpPermissionsEgress ?? []).length,
          networkInterfaceIds: sortedStrings(interfacesByGroup.get(group.GroupId) ?? []),
        },
        interfaces === undefined ? ['networkInterfaceIds'] : [],
      ),
    );
  }
}

/** Flow logs that publish a VPC's traffic: active ones whose resource is the VPC itself. */
function flowLogsByVpc(flowLogs: readonly FlowLog[]): Map<string, VpcFlowLog[]> {
  const byVpc = new Map<string, VpcFlowLog[]>();
  for (const log of flowLogs) {
    if (!log.ResourceId?.startsWith('vpc-') || !log.FlowLogId) continue;
    if (log.FlowLogStatus && log.FlowLogStatus !== 'ACTIVE') continue;
    const list = byVpc.get(log.ResourceId) ?? [];
    list.push({
      id: log.FlowLogId,
      trafficType: text(log.TrafficType),
      destinationType: text(log.LogDestinationType),
    });
    byVpc.set(log.ResourceId, list);
  }
  return byVpc;
}

export async function collectNetworks(
  ctx: Context,
  ec2: EC2Client,
  networkInterfaces: Promise<NetworkInterface[] | undefined>,
): Promise<void> {
  const [vpcs, subnets, flowLogs, interfaces] = await Promise.all([
    ctx.branch(() =>
      ctx.list('DescribeVpcs', 'ec2:vpc', paginateDescribeVpcs({ client: ec2, ...PAGE }, {}), (p) => p.Vpcs),
    ),
    ctx.branch(() =>
      ctx.list(
        'DescribeSubnets',
        'ec2:subnet',
        paginateDescribeSubnets({ client: ec2, ...PAGE }, {}),
        (p) => p.Subnets,
      ),
    ),
    // Flow logs are an attribute of VPCs only: their failure leaves subnets complete.
    ctx.step(['ec2:vpc'], () =>
      ctx.read('DescribeFlowLogs', async () => {
        const all: FlowLog[] = [];
        for await (const page of paginateDescribeFlowLogs({ client: ec2, ...PAGE }, {})) {
          all.push(...(page.FlowLogs ?? []));
        }
        return all;
      }),
    ),
    networkInterfaces,
  ]);
  const logsByVpc = flowLogs ? flowLogsByVpc(flowLogs) : undefined;
  const interfaceCount = new Map<string, number>();
  for (const eni of interfaces ?? []) {
    if (eni.VpcId) interfaceCount.set(eni.VpcId, (interfaceCount.get(eni.VpcId) ?? 0) + 1);
  }
  for (const vpc of vpcs) {
    if (!vpc.VpcId) continue;
    const tags = tagMap(vpc.Tags);
    const unknown: UnknownAttribute<'ec2:vpc'>[] = [
      ...(logsByVpc === undefined ? (['flowLogs'] as const) : []),
      ...(interfaces === undefined ? (['networkInterfaceCount'] as const) : []),
    ];
    ctx.emit(
      makeResource(
        'ec2:vpc',
        {
          arn: arn(ctx, `vpc/${vpc.VpcId}`, vpc.OwnerId ?? ctx.account),
          id: vpc.VpcId,
          name: tags.Name ?? null,
          account: ctx.account,
          region: ctx.scopeRegion,
          tags,
          state: text(vpc.State),
        },
        {
          cidrBlock: text(vpc.CidrBlock),
          isDefault: vpc.IsDefault ?? false,
          ownerId: text(vpc.OwnerId),
          flowLogs: logsByVpc?.get(vpc.VpcId) ?? [],
          networkInterfaceCount: interfaceCount.get(vpc.VpcId) ?? 0,
        },
        unknown,
      ),
    );
  }
  for (const subnet of subnets) {
    if (!subnet.SubnetId) continue;
    const tags = tagMap(subnet.Tags);
    ctx.emit(
      makeResource(
        'ec2:subnet',
        {
          arn: subnet.SubnetArn ?? arn(ctx, `subnet/${subnet.SubnetId}`),
          id: subnet.SubnetId,
          name: tags.Name ?? null,
          account: ctx.account,
          region: ctx.scopeRegion,
          tags,
          state: text(subnet.State),
        },
        {
          vpcId: text(subnet.VpcId),
          cidrBlock: text(subnet.CidrBlock),
          availabilityZone: text(subnet.AvailabilityZone),
          mapPublicIpOnLaunch: subnet.MapPublicIpOnLaunch ?? false,
          defaultForAz: subnet.DefaultForAz ?? false,
        },
      ),
    );
  }
}
