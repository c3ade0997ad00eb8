import { DescribeClusterCommand, EKSClient, paginateListClusters, type Cluster } from '@aws-sdk/client-eks';
import type { UnknownAttribute } from '../../inventory/resources/index.js';
import type { Collector, CollectorContext } from '../collector.js';
import { isoDate, makeResource, sortedStrings, text } from '../normalize.js';

const permissions = {
  ListClusters: 'eks:ListClusters',
  DescribeCluster: 'eks:DescribeCluster',
} as const;
type Operation = keyof typeof permissions;
type Context = CollectorContext<Operation>;

const ALL: UnknownAttribute<'eks:cluster'>[] = [
  'version',
  'platformVersion',
  'endpointPublicAccess',
  'publicAccessCidrs',
  'endpointPrivateAccess',
  'enabledLogTypes',
  'secretsEncrypted',
  'secretsKmsKeyArn',
  'supportType',
  'tags',
];

/** Log types whose setting is `enabled: true`; null when the answer has no logging setup. */
function enabledLogTypes(cluster: Cluster): string[] | null {
  const setups = cluster.logging?.clusterLogging;
  if (!setups) return null;
  return sortedStrings(setups.filter((s) => s.enabled === true).flatMap((s) => s.types ?? []));
}

/** The KMS key that envelope-encrypts secrets, from the encryptionConfig naming `secrets`. */
const secretsKey = (cluster: Cluster) =>
  (cluster.encryptionConfig ?? []).find((c) => (c.resources ?? []).includes('secrets'))?.provider?.keyArn;

async function collectCluster(ctx: Context, client: EKSClient, name: string): Promise<void> {
  const answer = await ctx.read('DescribeCluster', () => client.send(new DescribeClusterCommand({ name })), {
    resourceId: name,
  });
  const cluster = answer?.cluster;
  const vpc = cluster?.resourcesVpcConfig;
  const key = cluster ? secretsKey(cluster) : undefined;
  ctx.emit(
    makeResource(
      'eks:cluster',
      {
        arn: text(cluster?.arn) ?? `arn:${ctx.partition}:eks:${ctx.region}:${ctx.account}:cluster/${name}`,
        id: name,
        name,
        account: ctx.account,
        region: ctx.scopeRegion,
        tags: cluster?.tags ?? {},
        state: text(cluster?.status),
        createdAt: isoDate(cluster?.createdAt),
      },
      {
        version: text(cluster?.version),
        platformVersion: text(cluster?.platformVersion),
        endpointPublicAccess: vpc?.endpointPublicAccess ?? null,
        publicAccessCidrs: sortedStrings(vpc?.publicAccessCidrs ?? []),
        endpointPrivateAccess: vpc?.endpointPrivateAccess ?? null,
        enabledLogTypes: cluster ? enabledLogTypes(cluster) : null,
        secretsEncrypted: cluster ? key !== undefined : null,
        secretsKmsKeyArn: text(key),
        supportType: text(cluster?.upgradePolicy?.supportType),
      },
      cluster ? [] : ALL,
    ),
  );
}

/**
 * Amazon EKS clusters, per region: ListClusters (names only, 100 a page) and one DescribeCluster
 * each, which carries the version, endpoint access, logging, encryption and upgrade policy. Node
 * groups, Fargate profiles and add-ons are not read.
 */
export const eksCollector: Collector<Operation> = {
  service: 'eks',
  scope: 'regional',
  permissions,
  resourceTypes: ['eks:cluster'],
  async collect(ctx) {
    const client = ctx.client(EKSClient);
    const names = await ctx.list(
      'ListClusters',
      'eks:cluster',
      paginateListClusters({ client, pageSize: 100 }, {}),
      (page) => page.clusters,
    );
    await ctx.each(names, (name) => collectCluster(ctx, client, name));
  },
};
