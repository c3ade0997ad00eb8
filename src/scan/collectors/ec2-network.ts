/**
 * The EC2 collector's network parts: security groups (with the interfaces that use them) and VPCs
 * with their subnets and flow logs.
 */
import type { UnknownAttribute } from '../../inventory/resources/index.js';
import {
  EC2Client,
  paginateDescribeFlowLogs,
  paginateDescribeNetworkAcls,
  paginateDescribeNetworkInterfaces,
  paginateDescribeRouteTables,
  paginateDescribeSecurityGroups,
  paginateDescribeSubnets,
  paginateDescribeTransitGateways,
  paginateDescribeVpcs,
  type FlowLog,
  type IpPermission,
  type NatGateway,
  type NetworkAclEntry as AwsNetworkAclEntry,
  type NetworkInterface,
  type RouteTable,
} from '@aws-sdk/client-ec2';
import type { IngressRule, NetworkAclEntry, VpcFlowLog } from '../../inventory/resources/ec2.js';

import { isoDate, makeResource, sortedStrings, tagMap, text } from '../normalize.js';
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

/**
 * Listed once, as the network interfaces themselves and for the security group and VPC parts;
 * undefined when the listing failed (or stopped part way).
 */
export async function listNetworkInterfaces(
  ctx: Context,
  ec2: EC2Client,
): Promise<NetworkInterface[] | undefined> {
  let complete = false;
  async function* pages() {
    yield* paginateDescribeNetworkInterfaces({ client: ec2, ...PAGE }, {});
    complete = true;
  }
  const interfaces = await ctx.step(['ec2:network-interface'], () =>
    ctx.list('DescribeNetworkInterfaces', 'ec2:network-interface', pages(), (page) => page.NetworkInterfaces),
  );
  return complete ? interfaces : undefined;
}

export async function collectNetworkInterfaces(
  ctx: Context,
  networkInterfaces: Promise<NetworkInterface[] | undefined>,
): Promise<void> {
  for (const eni of (await networkInterfaces) ?? []) {
    if (!eni.NetworkInterfaceId) continue;
    const tags = tagMap(eni.TagSet);
    ctx.emit(
      makeResource(
        'ec2:network-interface',
        {
          arn: arn(ctx, `network-interface/${eni.NetworkInterfaceId}`, eni.OwnerId ?? ctx.account),
          id: eni.NetworkInterfaceId,
          name: tags.Name ?? null,
          account: ctx.account,
          region: ctx.scopeRegion,
          tags,
          state: text(eni.Status),
        },
        {
          interfaceType: text(eni.InterfaceType),
          // AWS leaves it out only where it does not apply; on by default.
          sourceDestCheck: eni.SourceDestCheck ?? true,
          requesterManaged: eni.RequesterManaged ?? false,
          vpcId: text(eni.VpcId),
          subnetId: text(eni.SubnetId),
          instanceId: text(eni.Attachment?.InstanceId),
          description: text(eni.Description),
        },
      ),
    );
  }
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

const OPEN_DESTINATIONS = new Set(['0.0.0.0/0', '::/0']);

/** A table with an active default route (IPv4 or IPv6) to an internet gateway. */
const routesToInternetGateway = (table: RouteTable): boolean =>
  (table.Routes ?? []).some(
    (route) =>
      route.GatewayId?.startsWith('igw-') === true &&
      route.State !== 'blackhole' &&
      (OPEN_DESTINATIONS.has(route.DestinationCidrBlock ?? '') ||
        OPEN_DESTINATIONS.has(route.DestinationIpv6CidrBlock ?? '')),
  );

/**
 * Whether each subnet's traffic to the internet goes through an internet gateway: the table
 * associated with the subnet, else its VPC's main table. Undefined for a subnet no table covers.
 */
function internetGatewayRoutes(
  tables: readonly RouteTable[],
): (subnetId: string, vpcId: string) => boolean | undefined {
  const bySubnet = new Map<string, boolean>();
  const mainByVpc = new Map<string, boolean>();
  for (const table of tables) {
    const routes = routesToInternetGateway(table);
    for (const association of table.Associations ?? []) {
      if (association.SubnetId) bySubnet.set(association.SubnetId, routes);
      if (association.Main && table.VpcId) mainByVpc.set(table.VpcId, routes);
    }
  }
  return (subnetId, vpcId) => bySubnet.get(subnetId) ?? mainByVpc.get(vpcId);
}

export async function collectNetworks(
  ctx: Context,
  ec2: EC2Client,
  networkInterfaces: Promise<NetworkInterface[] | undefined>,
): Promise<void> {
  const [vpcs, subnets, flowLogs, interfaces, routeTables] = await Promise.all([
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
    // Route tables are an attribute of subnets only: their failure leaves VPCs complete.
    ctx.step(['ec2:subnet'], () =>
      ctx.read('DescribeRouteTables', async () => {
        const all: RouteTable[] = [];
        // DescribeRouteTables takes at most 100 per page.
        for await (const page of paginateDescribeRouteTables({ client: ec2, pageSize: 100 }, {})) {
          all.push(...(page.RouteTables ?? []));
        }
        return all;
      }),
    ),
  ]);
  const igwRoute = routeTables ? internetGatewayRoutes(routeTables) : undefined;
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
    const internetGatewayRoute = igwRoute?.(subnet.SubnetId, subnet.VpcId ?? '');
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
          internetGatewayRoute: internetGatewayRoute ?? null,
        },
        internetGatewayRoute === undefined ? ['internetGatewayRoute'] : [],
      ),
    );
  }
}

/** The catch-all entry (`*`) every network ACL ends with: it denies what no numbered entry matched. */
const CATCH_ALL_RULE = 32767;

function normalizeAclEntry(entry: AwsNetworkAclEntry): NetworkAclEntry {
  return {
    ruleNumber: entry.RuleNumber ?? CATCH_ALL_RULE,
    protocol: entry.Protocol ?? '-1',
    ruleAction: entry.RuleAction ?? 'deny',
    cidrBlock: text(entry.CidrBlock),
    ipv6CidrBlock: text(entry.Ipv6CidrBlock),
    fromPort: entry.PortRange?.From ?? null,
    toPort: entry.PortRange?.To ?? null,
  };
}

export async function collectNetworkAcls(ctx: Context, ec2: EC2Client): Promise<void> {
  const acls = await ctx.list(
    'DescribeNetworkAcls',
    'ec2:network-acl',
    paginateDescribeNetworkAcls({ client: ec2, ...PAGE }, {}),
    (page) => page.NetworkAcls,
  );
  for (const acl of acls) {
    if (!acl.NetworkAclId) continue;
    const tags = tagMap(acl.Tags);
    ctx.emit(
      makeResource(
        'ec2:network-acl',
        {
          arn: arn(ctx, `network-acl/${acl.NetworkAclId}`, acl.OwnerId ?? ctx.account),
          id: acl.NetworkAclId,
          name: tags.Name ?? null,
          account: ctx.account,
          region: ctx.scopeRegion,
          tags,
        },
        {
          vpcId: text(acl.VpcId),
          isDefault: acl.IsDefault ?? false,
          subnetIds: sortedStrings((acl.Associations ?? []).map((a) => a.SubnetId)),
          ingress: (acl.Entries ?? [])
            .filter((e) => e.Egress === false && e.RuleNumber !== CATCH_ALL_RULE)
            .map(normalizeAclEntry)
            .sort((a, b) => a.ruleNumber - b.ruleNumber),
        },
      ),
    );
  }
}

export async function collectTransitGateways(ctx: Context, ec2: EC2Client): Promise<void> {
  const gateways = await ctx.list(
    'DescribeTransitGateways',
    'ec2:transit-gateway',
    paginateDescribeTransitGateways({ client: ec2, ...PAGE }, {}),
    (page) => page.TransitGateways,
  );
  for (const gateway of gateways) {
    if (!gateway.TransitGatewayId) continue;
    const tags = tagMap(gateway.Tags);
    ctx.emit(
      makeResource(
        'ec2:transit-gateway',
        {
          arn:
            gateway.TransitGatewayArn ??
            arn(ctx, `transit-gateway/${gateway.TransitGatewayId}`, gateway.OwnerId ?? ctx.account),
          id: gateway.TransitGatewayId,
          name: tags.Name ?? null,
          account: ctx.account,
          region: ctx.scopeRegion,
          tags,
          state: text(gateway.State),
          createdAt: isoDate(gateway.CreationTime),
        },
        {
          ownerId: text(gateway.OwnerId),
          autoAcceptSharedAttachments: gateway.Options?.AutoAcceptSharedAttachments === 'enable',
        },
      ),
    );
  }
}
