import {
  ListResourceRecordSetsCommand,
  type ListResourceRecordSetsCommandInput,
  Route53Client,
  paginateListHostedZones,
  paginateListQueryLoggingConfigs,
  type ResourceRecordSet,
} from '@aws-sdk/client-route-53';
import { S3Client } from '@aws-sdk/client-s3';
import type { AttributesOf } from '../../inventory/resources/index.js';
import type { Collector, CollectorContext } from '../collector.js';
import { bucketsExist, dnsNameLookup, reverseLookup, zoneServedBy } from '../existence.js';
import { makeResource } from '../normalize.js';
import {
  dnsName,
  isCloudFrontName,
  isEc2ReverseName,
  isElasticBeanstalkName,
  isPublicIpv4,
  isRoute53NameServer,
  loadBalancerName,
  s3Target,
} from './dns-targets.js';

const permissions = {
  ListHostedZones: 'route53:ListHostedZones',
  ListResourceRecordSets: 'route53:ListResourceRecordSets',
  ListQueryLoggingConfigs: 'route53:ListQueryLoggingConfigs',
  // Whether a record's S3 bucket still exists: 404 (gone, anyone may claim it) or 403 (another account's).
  // The account's own buckets exist: only the others' are asked with HeadBucket.
  ListBuckets: 's3:ListAllMyBuckets',
  HeadBucket: 's3:ListBucket',
} as const;
type Operation = keyof typeof permissions;
type Context = CollectorContext<Operation>;
type PointingRecord = AttributesOf<'route53:hosted-zone'>['records'][number];

const POINTING_TYPES = new Set(['CNAME', 'A', 'AAAA', 'NS']);

/** A record that points somewhere, classified; null for records that do not (TXT, MX, the apex's NS...). */
export function pointingRecord(record: ResourceRecordSet, zoneName: string): PointingRecord | null {
  const name = dnsName(record.Name ?? '');
  const type = record.Type ?? '';
  if (!POINTING_TYPES.has(type)) return null;
  const alias = record.AliasTarget?.DNSName;
  const values = alias ? [dnsName(alias)] : (record.ResourceRecords ?? []).map((r) => dnsName(r.Value ?? ''));
  const base = { name, type, values, alias: Boolean(alias), target: null, targetExists: null, addresses: [] };
  if (type === 'NS') {
    if (name === zoneName) return null;
    // Only a delegation to Route 53's name servers is checked: the delegated name is its target.
    const route53Only = values.length > 0 && values.every(isRoute53NameServer);
    return { ...base, targetKind: 'delegation', target: route53Only ? name : null };
  }
  const first = values[0] ?? '';
  if (type !== 'CNAME' && !alias) {
    const addresses =
      type === 'A'
        ? values.filter(isPublicIpv4).map((address) => ({ address, ec2: null, reverseName: null }))
        : [];
    return { ...base, targetKind: 'ip', addresses };
  }
  const s3 = s3Target(first.replace(/^dualstack\./, ''));
  // An alias to a website endpoint serves the bucket named as the record (AWS requires the match).
  if (s3) return { ...base, targetKind: 's3', target: s3.bucket ?? name };
  if (isCloudFrontName(first)) return { ...base, targetKind: 'cloudfront', target: first };
  if (isElasticBeanstalkName(first)) return { ...base, targetKind: 'elastic-beanstalk', target: first };
  const loadBalancer = loadBalancerName(first);
  if (loadBalancer) return { ...base, targetKind: 'load-balancer', target: loadBalancer };
  return { ...base, targetKind: 'other' };
}

/** Every record set of a zone, page by page; a truncated page without its marker fails the read. */
async function recordSets(route53: Route53Client, zoneId: string): Promise<ResourceRecordSet[]> {
  const all: ResourceRecordSet[] = [];
  let start: Partial<ListResourceRecordSetsCommandInput> = {};
  for (;;) {
    const page = await route53.send(
      new ListResourceRecordSetsCommand({ HostedZoneId: zoneId, MaxItems: 300, ...start }),
    );
    all.push(...(page.ResourceRecordSets ?? []));
    if (!page.IsTruncated) return all;
    if (!page.NextRecordName)
      throw new Error(`ListResourceRecordSets of ${zoneId} was truncated without a next record`);
    start = {
      StartRecordName: page.NextRecordName,
      StartRecordType: page.NextRecordType,
      StartRecordIdentifier: page.NextRecordIdentifier,
    };
  }
}

const zoneId = (id: string | undefined) => (id ?? '').replace(/^\/hostedzone\//, '');

/** Target kinds whose existence a DNS lookup of the name tells (NXDOMAIN: gone). */
const LOOKED_UP: ReadonlySet<PointingRecord['targetKind']> = new Set([
  'cloudfront',
  'elastic-beanstalk',
  'load-balancer',
]);

/** Where a record's checked target is found in checkTargets' answer: by bucket, or by DNS name. */
const targetKey = (record: PointingRecord): string | null =>
  record.target === null
    ? null
    : record.targetKind === 's3'
      ? `s3:${record.target}`
      : record.targetKind === 'delegation'
        ? `zone:${record.target}`
        : LOOKED_UP.has(record.targetKind)
          ? `dns:${record.target}`
          : null;

/** Runs a bounded DNS check; a failure is recorded against the name and leaves it unknown (null). */
async function recordedLookup<T>(ctx: Context, name: string, check: () => Promise<T>): Promise<T | null> {
  try {
    return await check();
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'DnsLookupFailed';
    ctx.recordProblem('ListResourceRecordSets', code, `DNS lookup of ${name} failed: ${String(error)}`, name);
    return null;
  }
}

type Address = PointingRecord['addresses'][number];

/**
 * Checks what each record's S3 bucket, CloudFront, Elastic Beanstalk or load balancer name comes
 * down to, once per distinct bucket and once per distinct name; and, for the records of public
 * zones (`publicRecords`), reverses each distinct address once and asks one of Route 53's
 * delegated name servers for each distinct delegated name's SOA.
 */
async function checkTargets(
  ctx: Context,
  records: readonly PointingRecord[],
  publicRecords: readonly PointingRecord[],
): Promise<{ found: Map<string, boolean | null>; reversed: Map<string, Address> }> {
  const found = new Map<string, boolean | null>();
  const reversed = new Map<string, Address>();
  const addresses = [...new Set(publicRecords.flatMap((r) => r.addresses.map((a) => a.address)))].sort();
  const reverse = reverseLookup();
  // One name server per delegated name: the first by name, so the same server each scan.
  const delegations = new Map(
    publicRecords
      .filter((r) => r.targetKind === 'delegation' && r.target !== null)
      .map((r) => [r.target ?? '', [...r.values].sort()[0] ?? ''] as const),
  );
  const served = zoneServedBy();
  const distinct = (keep: (r: PointingRecord) => boolean) =>
    [...new Set(records.filter(keep).map((r) => r.target ?? ''))].filter(Boolean).sort();
  const buckets = distinct((r) => r.targetKind === 's3');
  const names = distinct((r) => LOOKED_UP.has(r.targetKind));
  const lookup = dnsNameLookup();
  await Promise.all([
    ctx.branch(async () => {
      const exists = await bucketsExist(ctx, 'HeadBucket', ctx.client(S3Client), buckets);
      for (const [bucket, known] of exists) found.set(`s3:${bucket}`, known);
    }),
    ctx.branch(() =>
      ctx.each(names, async (name) => {
        found.set(`dns:${name}`, await recordedLookup(ctx, name, () => lookup(name)));
      }),
    ),
    ctx.branch(() =>
      ctx.each(addresses, async (address) => {
        const names = await recordedLookup(ctx, address, () => reverse(address));
        const ec2Name = names?.find((n) => isEc2ReverseName(address, [n])) ?? null;
        reversed.set(address, {
          address,
          ec2: names === null ? null : ec2Name !== null,
          reverseName: ec2Name,
        });
      }),
    ),
    ctx.branch(() =>
      ctx.each([...delegations.keys()].sort(), async (zone) => {
        const nameServer = delegations.get(zone) ?? '';
        found.set(`zone:${zone}`, await recordedLookup(ctx, zone, () => served(nameServer, zone)));
      }),
    ),
  ]);
  return { found, reversed };
}

/**
 * Route 53 is global. One ListHostedZones page per 100 zones, the record sets of each zone (300 a
 * page), one ListQueryLoggingConfigs, one HeadBucket per distinct S3 bucket a record points at
 * outside the account's own ListBuckets (asked once when there are two or more), one DNS lookup per distinct CloudFront, Elastic Beanstalk or load balancer name (the only way to
 * tell a deleted distribution's, environment's or load balancer's name from a live one), and one
 * reverse (PTR) lookup per distinct public IPv4 address of an A record in a public zone; for each
 * delegation to Route 53's name servers in a public zone, one SOA query to one of them (its
 * address looked up once per name server).
 */
export const route53Collector: Collector<Operation> = {
  service: 'route53',
  scope: 'global',
  permissions,
  resourceTypes: ['route53:hosted-zone'],
  async collect(ctx) {
    const route53 = ctx.client(Route53Client);
    const [zones, logged] = await Promise.all([
      ctx.branch(() =>
        ctx.list(
          'ListHostedZones',
          'route53:hosted-zone',
          paginateListHostedZones({ client: route53, pageSize: 100 }, {}),
          (page) => page.HostedZones,
        ),
      ),
      ctx.branch(() =>
        ctx.read('ListQueryLoggingConfigs', async () => {
          const ids = new Set<string>();
          for await (const page of paginateListQueryLoggingConfigs({ client: route53 }, {}))
            for (const c of page.QueryLoggingConfigs ?? []) if (c.HostedZoneId) ids.add(c.HostedZoneId);
          return ids;
        }),
      ),
    ]);
    const records = new Map<string, PointingRecord[] | undefined>();
    await ctx.each(zones, async (zone) => {
      const id = zoneId(zone.Id);
      if (!id) return;
      const sets = await ctx.read('ListResourceRecordSets', () => recordSets(route53, id), {
        resourceId: id,
      });
      const zoneName = dnsName(zone.Name ?? '');
      records.set(
        id,
        sets?.map((r) => pointingRecord(r, zoneName)).filter((r): r is PointingRecord => r !== null),
      );
    });
    // Private zones' addresses and delegations are never judged: no lookup for them.
    const publicZones = new Set(zones.filter((z) => !z.Config?.PrivateZone).map((z) => zoneId(z.Id)));
    const { found: targets, reversed } = await checkTargets(
      ctx,
      [...records.values()].flatMap((r) => r ?? []),
      [...records.entries()].filter(([id]) => publicZones.has(id)).flatMap(([, r]) => r ?? []),
    );
    for (const zone of zones) {
      const id = zoneId(zone.Id);
      if (!id) continue;
      const read = records.get(id);
      const unknown: ('records' | 'queryLogging')[] = [];
      if (!read) unknown.push('records');
      if (!logged) unknown.push('queryLogging');
      ctx.emit(
        makeResource(
          'route53:hosted-zone',
          {
            arn: `arn:${ctx.partition}:route53:::hostedzone/${id}`,
            id,
            name: dnsName(zone.Name ?? id),
            account: ctx.account,
            region: ctx.scopeRegion,
            state: null,
            createdAt: null,
          },
          {
            private: zone.Config?.PrivateZone ?? false,
            recordCount: zone.ResourceRecordSetCount ?? 0,
            records: (read ?? []).map((r) => {
              const key = targetKey(r);
              const addresses = r.addresses.map((a) => reversed.get(a.address) ?? a);
              return { ...r, addresses, ...(key ? { targetExists: targets.get(key) ?? null } : {}) };
            }),
            queryLogging: logged?.has(id) ?? false,
          },
          unknown,
        ),
      );
    }
  },
};
