import type { CollectorContext } from '../collector.js';

/** What the EC2 collector calls, with the IAM action each needs (shared by its parts). */
export const permissions = {
  DescribeInstances: 'ec2:DescribeInstances',
  DescribeVolumes: 'ec2:DescribeVolumes',
  DescribeSnapshots: 'ec2:DescribeSnapshots',
  DescribeSnapshotAttribute: 'ec2:DescribeSnapshotAttribute',
  DescribeAddresses: 'ec2:DescribeAddresses',
  DescribeImages: 'ec2:DescribeImages',
  DescribeNatGateways: 'ec2:DescribeNatGateways',
  DescribeSecurityGroups: 'ec2:DescribeSecurityGroups',
  DescribeNetworkInterfaces: 'ec2:DescribeNetworkInterfaces',
  DescribeFlowLogs: 'ec2:DescribeFlowLogs',
  DescribeVpcs: 'ec2:DescribeVpcs',
  DescribeSubnets: 'ec2:DescribeSubnets',
  DescribeRouteTables: 'ec2:DescribeRouteTables',
  DescribeNetworkAcls: 'ec2:DescribeNetworkAcls',
  DescribeTransitGateways: 'ec2:DescribeTransitGateways',
  DescribeLaunchTemplateVersions: 'ec2:DescribeLaunchTemplateVersions',
  GetEbsEncryptionByDefault: 'ec2:GetEbsEncryptionByDefault',
  GetSnapshotBlockPublicAccessState: 'ec2:GetSnapshotBlockPublicAccessState',
  DescribeVpcBlockPublicAccessOptions: 'ec2:DescribeVpcBlockPublicAccessOptions',
  // NAT gateways' traffic and running instances' CPU and network, so that idle can be told from busy.
  GetMetricData: 'cloudwatch:GetMetricData',
} as const;
export type Operation = keyof typeof permissions;
export type Context = CollectorContext<Operation>;

export const PAGE = { pageSize: 1000 };

export function arn(ctx: Context, resource: string, account: string = ctx.account): string {
  return `arn:${ctx.partition}:ec2:${ctx.region}:${account}:${resource}`;
}
