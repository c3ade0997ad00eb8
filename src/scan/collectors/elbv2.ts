import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import {
  DescribeLoadBalancerAttributesCommand,
  DescribeTagsCommand,
  ElasticLoadBalancingV2Client,
  paginateDescribeListeners,
  paginateDescribeLoadBalancers,
  paginateDescribeTargetGroups,
  type Action,
  type Listener,
  type LoadBalancer,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import type { LoadBalancerTraffic } from '../../inventory/resources/elbv2.js';
import type { AttributesOf, ResourceType, UnknownAttribute } from '../../inventory/resources/index.js';
import type { Collector, CollectorContext } from '../collector.js';
import { batchesOf, isoDate, makeResource, sortedStrings, tagMap, text } from '../normalize.js';
import {
  isLoadBalancerKind,
  lbTrafficBatches,
  lbTrafficWindow,
  metricDimension,
  readLoadBalancerTraffic,
  type LoadBalancerKind,
} from './lb-traffic.js';

const permissions = {
  DescribeLoadBalancers: 'elasticloadbalancing:DescribeLoadBalancers',
  DescribeListeners: 'elasticloadbalancing:DescribeListeners',
  DescribeLoadBalancerAttributes: 'elasticloadbalancing:DescribeLoadBalancerAttributes',
  DescribeTags: 'elasticloadbalancing:DescribeTags',
  DescribeTargetGroups: 'elasticloadbalancing:DescribeTargetGroups',
  GetMetricData: 'cloudwatch:GetMetricData',
} as const;
type Operation = keyof typeof permissions;
type Context = CollectorContext<Operation>;

const TYPES: readonly ResourceType[] = ['elbv2:load-balancer', 'elbv2:listener'];
const GROUP: ResourceType = 'elbv2:target-group';
/** A load balancer deleted between the listing and a read (SDK name and wire code). */
const NOT_FOUND = ['LoadBalancerNotFoundException', 'LoadBalancerNotFound'];
/** DescribeTags takes at most 20 ARNs. */
const TAG_BATCH = 20;
/** The listener protocols with a security policy. */
const SECURE = new Set(['HTTPS', 'TLS']);
/** States in which a load balancer is billed and has metrics. */
const RUNNING = new Set(['active', 'active_impaired']);

/** A boolean attribute's value; null when the answer lacks it (never taken as false). */
const flag = (attributes: ReadonlyMap<string, string>, key: string): boolean | null => {
  const value = attributes.get(key);
  return value === 'true' ? true : value === 'false' ? false : null;
};

const action = (a: Action) => ({
  type: a.Type ?? 'unknown',
  redirectProtocol: text(a.RedirectConfig?.Protocol),
  targetGroupArns: sortedStrings([
    a.TargetGroupArn,
    ...(a.ForwardConfig?.TargetGroups ?? []).map((t) => t.TargetGroupArn),
  ]),
});

/** Tags of every load balancer, 20 per call; an ARN whose batch failed is left out (unknown). */
async function readTags(
  ctx: Context,
  client: ElasticLoadBalancingV2Client,
  arns: readonly string[],
): Promise<Map<string, Record<string, string>>> {
  const tags = new Map<string, Record<string, string>>();
  await ctx.each(batchesOf(arns, TAG_BATCH), async (batch) => {
    const answer = await ctx.read('DescribeTags', () =>
      client.send(new DescribeTagsCommand({ ResourceArns: batch })),
    );
    if (!answer) return;
    for (const arn of batch) tags.set(arn, {});
    for (const d of answer.TagDescriptions ?? []) if (d.ResourceArn) tags.set(d.ResourceArn, tagMap(d.Tags));
  });
  return tags;
}

/**
 * Traffic of the running load balancers over the window, by ARN: one GetMetricData per kind and
 * batch. A load balancer in the map without a value could not be read (unknown).
 */
async function readTraffic(
  ctx: Context,
  balancers: readonly LoadBalancer[],
): Promise<Map<string, LoadBalancerTraffic | undefined>> {
  const window = lbTrafficWindow(new Date());
  const traffic = new Map<string, LoadBalancerTraffic | undefined>();
  const byKind = new Map<LoadBalancerKind, Map<string, string>>();
  for (const lb of balancers) {
    const dimension = metricDimension(lb.LoadBalancerArn ?? '');
    if (!RUNNING.has(lb.State?.Code ?? '') || !isLoadBalancerKind(lb.Type) || dimension === null) continue;
    const kind = byKind.get(lb.Type) ?? new Map<string, string>();
    kind.set(dimension, lb.LoadBalancerArn ?? '');
    byKind.set(lb.Type, kind);
  }
  const jobs = [...byKind].flatMap(([kind, arnOf]) =>
    lbTrafficBatches(kind, [...arnOf.keys()]).map((batch) => ({ kind, arnOf, batch })),
  );
  // The CloudWatch client is made only where a load balancer needs it.
  await ctx.each(jobs, async ({ kind, arnOf, batch }) => {
    const read = await ctx.read('GetMetricData', () =>
      readLoadBalancerTraffic(ctx.client(CloudWatchClient), kind, batch, window),
    );
    for (const dimension of batch) traffic.set(arnOf.get(dimension) ?? '', read?.get(dimension));
  });
  return traffic;
}

interface Details {
  listeners: Listener[] | undefined;
  attributes: Map<string, string> | undefined;
}

/**
 * One load balancer's listeners and attributes, one call each (DescribeListeners pages by 400).
 * Null when it was deleted meanwhile.
 */
async function readDetails(
  ctx: Context,
  client: ElasticLoadBalancingV2Client,
  arn: string,
): Promise<Details | null> {
  const [listeners, attributes] = await Promise.all([
    ctx.branch(() =>
      ctx.read(
        'DescribeListeners',
        async () => {
          const all: Listener[] = [];
          const pages = paginateDescribeListeners({ client, pageSize: 400 }, { LoadBalancerArn: arn });
          for await (const page of pages) all.push(...(page.Listeners ?? []));
          return all;
        },
        { absentWhen: NOT_FOUND, resourceId: arn },
      ),
    ),
    ctx.branch(() =>
      ctx.read(
        'DescribeLoadBalancerAttributes',
        () => client.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: arn })),
        { absentWhen: NOT_FOUND, resourceId: arn },
      ),
    ),
  ]);
  if (listeners === null || attributes === null) return null;
  return {
    listeners,
    attributes:
      attributes &&
      new Map((attributes.Attributes ?? []).flatMap((a) => (a.Key ? [[a.Key, a.Value ?? '']] : []))),
  };
}

function emitListeners(ctx: Context, lb: LoadBalancer, listeners: readonly Listener[]): void {
  for (const listener of listeners) {
    if (!listener.ListenerArn) continue;
    ctx.emit(
      makeResource(
        'elbv2:listener',
        {
          arn: listener.ListenerArn,
          id: listener.ListenerArn.split(':listener/').pop() ?? listener.ListenerArn,
          name: `${lb.LoadBalancerName ?? ''}:${listener.Port ?? ''}`,
          account: ctx.account,
          region: ctx.scopeRegion,
        },
        {
          loadBalancerArn: lb.LoadBalancerArn ?? '',
          loadBalancerType: text(lb.Type),
          loadBalancerName: text(lb.LoadBalancerName),
          protocol: text(listener.Protocol),
          port: listener.Port ?? null,
          // Only HTTPS and TLS listeners negotiate TLS; moto also names a policy on HTTP and TCP ones.
          sslPolicy: SECURE.has(listener.Protocol ?? '') ? text(listener.SslPolicy) : null,
          certificateArns: sortedStrings((listener.Certificates ?? []).map((c) => c.CertificateArn)),
          defaultActions: [...(listener.DefaultActions ?? [])]
            .sort((a, b) => (a.Order ?? 0) - (b.Order ?? 0))
            .map(action),
        },
      ),
    );
  }
}

function emitLoadBalancer(
  ctx: Context,
  lb: LoadBalancer,
  details: Details,
  tags: Record<string, string> | undefined,
  traffic: { read: boolean; value: LoadBalancerTraffic | undefined },
): void {
  const arn = lb.LoadBalancerArn ?? '';
  const attributes = details.attributes ?? new Map<string, string>();
  const unknown: UnknownAttribute<'elbv2:load-balancer'>[] = [];
  if (details.listeners === undefined) unknown.push('listenerArns');
  if (details.attributes === undefined)
    unknown.push(
      'deletionProtection',
      'dropInvalidHeaderFields',
      'desyncMitigationMode',
      'accessLogsEnabled',
    );
  if (traffic.read && traffic.value === undefined) unknown.push('traffic');
  if (tags === undefined) unknown.push('tags');
  const application = lb.Type === 'application';
  const values: AttributesOf<'elbv2:load-balancer'> = {
    loadBalancerType: text(lb.Type),
    scheme: text(lb.Scheme),
    dnsName: text(lb.DNSName),
    vpcId: text(lb.VpcId),
    ipAddressType: text(lb.IpAddressType),
    availabilityZones: sortedStrings((lb.AvailabilityZones ?? []).map((z) => z.ZoneName)),
    subnetIds: sortedStrings((lb.AvailabilityZones ?? []).map((z) => z.SubnetId)),
    securityGroups: sortedStrings(lb.SecurityGroups ?? []),
    listenerArns: sortedStrings((details.listeners ?? []).map((l) => l.ListenerArn)),
    deletionProtection: flag(attributes, 'deletion_protection.enabled'),
    dropInvalidHeaderFields: application
      ? flag(attributes, 'routing.http.drop_invalid_header_fields.enabled')
      : null,
    desyncMitigationMode: application ? text(attributes.get('routing.http.desync_mitigation_mode')) : null,
    accessLogsEnabled: flag(attributes, 'access_logs.s3.enabled'),
    accessLogsBucket: text(attributes.get('access_logs.s3.bucket')),
    traffic: traffic.value ?? null,
  };
  ctx.emit(
    makeResource(
      'elbv2:load-balancer',
      {
        arn,
        id: arn.split(':loadbalancer/').pop() ?? arn,
        name: text(lb.LoadBalancerName),
        account: ctx.account,
        region: ctx.scopeRegion,
        tags: tags ?? {},
        state: text(lb.State?.Code),
        createdAt: isoDate(lb.CreatedTime),
      },
      values,
      unknown,
    ),
  );
}

/** The load balancers with their listeners, attributes, tags and traffic. */
async function collectLoadBalancers(ctx: Context, client: ElasticLoadBalancingV2Client): Promise<void> {
  const balancers = (
    await ctx.list(
      'DescribeLoadBalancers',
      TYPES,
      paginateDescribeLoadBalancers({ client, pageSize: 400 }, {}),
      (page) => page.LoadBalancers,
    )
  ).filter((lb) => lb.LoadBalancerArn);
  const details = new Map<string, Details | null>();
  const [tags, traffic] = await Promise.all([
    ctx.branch(() =>
      readTags(
        ctx,
        client,
        balancers.map((lb) => lb.LoadBalancerArn ?? ''),
      ),
    ),
    ctx.branch(() => readTraffic(ctx, balancers)),
    ctx.branch(() =>
      ctx.each(balancers, async (lb) => {
        const arn = lb.LoadBalancerArn ?? '';
        details.set(arn, await readDetails(ctx, client, arn));
      }),
    ),
  ]);
  for (const lb of balancers) {
    const arn = lb.LoadBalancerArn ?? '';
    const read = details.get(arn);
    if (!read) continue;
    emitLoadBalancer(ctx, lb, read, tags.get(arn), { read: traffic.has(arn), value: traffic.get(arn) });
    emitListeners(ctx, lb, read.listeners ?? []);
  }
}

/** Target groups: one listing per region, whose entries carry every field the rules need. */
async function collectTargetGroups(ctx: Context, client: ElasticLoadBalancingV2Client): Promise<void> {
  const groups = await ctx.list(
    'DescribeTargetGroups',
    GROUP,
    paginateDescribeTargetGroups({ client, pageSize: 400 }, {}),
    (page) => page.TargetGroups,
  );
  for (const group of groups) {
    if (!group.TargetGroupArn) continue;
    ctx.emit(
      makeResource(
        'elbv2:target-group',
        {
          arn: group.TargetGroupArn,
          id: group.TargetGroupArn.split(':targetgroup/').pop() ?? group.TargetGroupArn,
          name: text(group.TargetGroupName),
          account: ctx.account,
          region: ctx.scopeRegion,
        },
        {
          protocol: text(group.Protocol),
          port: group.Port ?? null,
          targetType: text(group.TargetType),
          healthCheckEnabled: group.HealthCheckEnabled ?? null,
          healthCheckProtocol: text(group.HealthCheckProtocol),
          vpcId: text(group.VpcId),
          loadBalancerArns: sortedStrings(group.LoadBalancerArns ?? []),
        },
        // Their tags would cost a DescribeTags per 20 groups and no rule needs them.
        ['tags'],
      ),
    );
  }
}

/**
 * Application, Network and Gateway Load Balancers, per region: one DescribeLoadBalancers listing
 * (400 a page); per load balancer one DescribeListeners and one DescribeLoadBalancerAttributes;
 * DescribeTags per 20 load balancers; and GetMetricData per kind (requests, or flows and bytes) for
 * the running ones; and one DescribeTargetGroups listing. A failed per-item read leaves its
 * attributes unknown.
 */
export const elbv2Collector: Collector<Operation> = {
  service: 'elbv2',
  scope: 'regional',
  permissions,
  resourceTypes: [...TYPES, GROUP],
  async collect(ctx) {
    const client = ctx.client(ElasticLoadBalancingV2Client);
    // Steps: a failure in one part leaves the other's coverage intact.
    await Promise.all([
      ctx.step(TYPES, () => collectLoadBalancers(ctx, client)),
      ctx.step([GROUP], () => collectTargetGroups(ctx, client)),
    ]);
  },
};
