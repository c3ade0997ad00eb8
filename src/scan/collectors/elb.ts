import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import {
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancerPoliciesCommand,
  DescribeTagsCommand,
  ElasticLoadBalancingClient,
  paginateDescribeLoadBalancers,
  type LoadBalancerAttributes,
  type LoadBalancerDescription,
  type PolicyDescription,
} from '@aws-sdk/client-elastic-load-balancing';
import type { LoadBalancerTraffic } from '../../inventory/resources/elbv2.js';
import type { AttributesOf, UnknownAttribute } from '../../inventory/resources/index.js';
import type { Collector, CollectorContext } from '../collector.js';
import { batchesOf, isoDate, makeResource, sortedStrings, tagMap, text } from '../normalize.js';
import { lbTrafficBatches, lbTrafficWindow, readLoadBalancerTraffic } from './lb-traffic.js';

const permissions = {
  DescribeLoadBalancers: 'elasticloadbalancing:DescribeLoadBalancers',
  DescribeLoadBalancerAttributes: 'elasticloadbalancing:DescribeLoadBalancerAttributes',
  DescribeLoadBalancerPolicies: 'elasticloadbalancing:DescribeLoadBalancerPolicies',
  DescribeTags: 'elasticloadbalancing:DescribeTags',
  GetMetricData: 'cloudwatch:GetMetricData',
} as const;
type Operation = keyof typeof permissions;
type Context = CollectorContext<Operation>;
type Attributes = AttributesOf<'elb:load-balancer'>;

/** A load balancer deleted between the listing and a read (SDK name and wire code). */
const NOT_FOUND = ['AccessPointNotFoundException', 'LoadBalancerNotFound'];
/** DescribeTags takes at most 20 names. */
const TAG_BATCH = 20;
/** The front-end protocols that negotiate TLS, with an SSL negotiation policy and a certificate. */
const SECURE = new Set(['HTTPS', 'SSL']);

const upper = (value: string | undefined) => (value ? value.toUpperCase() : null);

/** Tags by load balancer name, 20 per call; a name whose batch failed is left out (unknown). */
async function readTags(
  ctx: Context,
  client: ElasticLoadBalancingClient,
  names: readonly string[],
): Promise<Map<string, Record<string, string>>> {
  const tags = new Map<string, Record<string, string>>();
  await ctx.each(batchesOf(names, TAG_BATCH), async (batch) => {
    const answer = await ctx.read('DescribeTags', () =>
      client.send(new DescribeTagsCommand({ LoadBalancerNames: batch })),
    );
    if (!answer) return;
    for (const name of batch) tags.set(name, {});
    for (const d of answer.TagDescriptions ?? []) {
      if (d.LoadBalancerName) tags.set(d.LoadBalancerName, tagMap(d.Tags));
    }
  });
  return tags;
}

/** Request counts by name, for every load balancer (Classic ones have no state to skip). */
async function readTraffic(
  ctx: Context,
  names: readonly string[],
): Promise<Map<string, LoadBalancerTraffic | undefined>> {
  const window = lbTrafficWindow(new Date());
  const traffic = new Map<string, LoadBalancerTraffic | undefined>();
  await ctx.each(lbTrafficBatches('classic', names), async (batch) => {
    const read = await ctx.read('GetMetricData', () =>
      readLoadBalancerTraffic(ctx.client(CloudWatchClient), 'classic', batch, window),
    );
    for (const name of batch) traffic.set(name, read?.get(name));
  });
  return traffic;
}

/** The SSL negotiation policies among a load balancer's policies, with the predefined one each copies. */
function sslPolicies(policies: readonly PolicyDescription[]): Attributes['sslPolicies'] {
  return policies
    .filter((p) => p.PolicyName && p.PolicyTypeName === 'SSLNegotiationPolicyType')
    .map((p) => ({
      policyName: p.PolicyName ?? '',
      referenceSecurityPolicy: text(
        (p.PolicyAttributeDescriptions ?? []).find((a) => a.AttributeName === 'Reference-Security-Policy')
          ?.AttributeValue,
      ),
    }))
    .sort((a, b) => a.policyName.localeCompare(b.policyName));
}

/** The settings DescribeLoadBalancerAttributes answers; null where the answer lacks one. */
function settings(answer: LoadBalancerAttributes | undefined) {
  const additional = new Map(
    (answer?.AdditionalAttributes ?? []).flatMap((a) => (a.Key ? [[a.Key, a.Value ?? '']] : [])),
  );
  return {
    crossZoneLoadBalancing: answer?.CrossZoneLoadBalancing?.Enabled ?? null,
    connectionDraining: answer?.ConnectionDraining?.Enabled ?? null,
    accessLogsEnabled: answer?.AccessLog?.Enabled ?? null,
    desyncMitigationMode: text(additional.get('elb.http.desyncmitigationmode')),
  };
}

interface Details {
  attributes: LoadBalancerAttributes | undefined;
  /** Undefined when the read failed; [] when nothing needed reading. */
  policies: PolicyDescription[] | undefined;
}

/**
 * One load balancer's attributes, and its policies when a listener is HTTPS or SSL (the only
 * reason to read them: the SSL negotiation policy). Null when it was deleted meanwhile.
 */
async function readDetails(
  ctx: Context,
  client: ElasticLoadBalancingClient,
  lb: LoadBalancerDescription,
): Promise<Details | null> {
  const name = lb.LoadBalancerName ?? '';
  const secure = (lb.ListenerDescriptions ?? []).some((d) => SECURE.has(upper(d.Listener?.Protocol) ?? ''));
  const [attributes, policies] = await Promise.all([
    ctx.branch(() =>
      ctx.read(
        'DescribeLoadBalancerAttributes',
        () => client.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerName: name })),
        { absentWhen: NOT_FOUND, resourceId: name },
      ),
    ),
    secure
      ? ctx.branch(() =>
          ctx.read(
            'DescribeLoadBalancerPolicies',
            () => client.send(new DescribeLoadBalancerPoliciesCommand({ LoadBalancerName: name })),
            { absentWhen: NOT_FOUND, resourceId: name },
          ),
        )
      : Promise.resolve({ PolicyDescriptions: [] }),
  ]);
  if (attributes === null || policies === null) return null;
  return {
    attributes: attributes?.LoadBalancerAttributes ?? (attributes ? {} : undefined),
    policies: policies?.PolicyDescriptions ?? (policies ? [] : undefined),
  };
}

function emit(
  ctx: Context,
  lb: LoadBalancerDescription,
  details: Details,
  tags: Record<string, string> | undefined,
  traffic: { read: boolean; value: LoadBalancerTraffic | undefined },
): void {
  const name = lb.LoadBalancerName ?? '';
  const unknown: UnknownAttribute<'elb:load-balancer'>[] = [];
  if (details.attributes === undefined) {
    unknown.push('crossZoneLoadBalancing', 'connectionDraining', 'accessLogsEnabled', 'desyncMitigationMode');
  }
  if (details.policies === undefined) unknown.push('sslPolicies');
  if (traffic.read && traffic.value === undefined) unknown.push('traffic');
  if (tags === undefined) unknown.push('tags');
  const values: Attributes = {
    scheme: text(lb.Scheme),
    dnsName: text(lb.DNSName),
    vpcId: text(lb.VPCId),
    availabilityZones: sortedStrings(lb.AvailabilityZones ?? []),
    subnetIds: sortedStrings(lb.Subnets ?? []),
    securityGroups: sortedStrings(lb.SecurityGroups ?? []),
    instanceCount: (lb.Instances ?? []).length,
    listeners: (lb.ListenerDescriptions ?? []).flatMap((d) => {
      const l = d.Listener;
      if (!l?.Protocol || l.LoadBalancerPort === undefined) return [];
      return [
        {
          protocol: l.Protocol.toUpperCase(),
          port: l.LoadBalancerPort,
          instanceProtocol: upper(l.InstanceProtocol),
          instancePort: l.InstancePort ?? null,
          sslCertificateId: text(l.SSLCertificateId),
          policyNames: sortedStrings(d.PolicyNames ?? []),
        },
      ];
    }),
    sslPolicies: sslPolicies(details.policies ?? []),
    ...settings(details.attributes),
    traffic: traffic.value ?? null,
  };
  ctx.emit(
    makeResource(
      'elb:load-balancer',
      {
        arn: `arn:${ctx.partition}:elasticloadbalancing:${ctx.scopeRegion}:${ctx.account}:loadbalancer/${name}`,
        id: name,
        name,
        account: ctx.account,
        region: ctx.scopeRegion,
        tags: tags ?? {},
        createdAt: isoDate(lb.CreatedTime),
      },
      values,
      unknown,
    ),
  );
}

/**
 * Classic Load Balancers, per region: one DescribeLoadBalancers listing (400 a page); per load
 * balancer one DescribeLoadBalancerAttributes, and one DescribeLoadBalancerPolicies only when it has
 * an HTTPS or SSL listener; DescribeTags per 20; GetMetricData (RequestCount) per 500. A failed
 * per-item read leaves its attributes unknown.
 */
export const elbCollector: Collector<Operation> = {
  service: 'elb',
  scope: 'regional',
  permissions,
  resourceTypes: ['elb:load-balancer'],
  async collect(ctx) {
    const client = ctx.client(ElasticLoadBalancingClient);
    const balancers = (
      await ctx.list(
        'DescribeLoadBalancers',
        'elb:load-balancer',
        paginateDescribeLoadBalancers({ client, pageSize: 400 }, {}),
        (page) => page.LoadBalancerDescriptions,
      )
    ).filter((lb) => lb.LoadBalancerName);
    const names = balancers.map((lb) => lb.LoadBalancerName ?? '');
    const details = new Map<string, Details | null>();
    const [tags, traffic] = await Promise.all([
      ctx.branch(() => readTags(ctx, client, names)),
      ctx.branch(() => readTraffic(ctx, names)),
      ctx.branch(() =>
        ctx.each(balancers, async (lb) => {
          details.set(lb.LoadBalancerName ?? '', await readDetails(ctx, client, lb));
        }),
      ),
    ]);
    for (const lb of balancers) {
      const name = lb.LoadBalancerName ?? '';
      const read = details.get(name);
      if (!read) continue;
      emit(ctx, lb, read, tags.get(name), { read: traffic.has(name), value: traffic.get(name) });
    }
  },
};
