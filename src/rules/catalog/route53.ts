import type { ResourceOfType } from '../../inventory/resources/index.js';
import type { RuleContext } from '../context.js';
import { defineRule, type RuleHit } from '../model.js';

type Zone = ResourceOfType<'route53:hosted-zone'>;
type PointingRecord = Zone['attributes']['records'][number];

const DOCS = 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide';

/** Buckets, CloudFront names and hosted zones the scanned accounts hold. */
function held(ctx: RuleContext) {
  return {
    buckets: new Set(ctx.resources('s3:bucket').map((b) => b.id)),
    cloudfront: new Set(ctx.resources('cloudfront:distribution').map((d) => d.attributes.domainName)),
    zones: new Set(ctx.resources('route53:hosted-zone').map((z) => z.name)),
  };
}

/** Buckets, distributions and zones are inventoried; Elastic Beanstalk names are judged by DNS alone. */
const heldHere = (holdings: ReturnType<typeof held>, record: PointingRecord) =>
  record.target !== null &&
  ((record.targetKind === 's3' && holdings.buckets.has(record.target)) ||
    (record.targetKind === 'cloudfront' && holdings.cloudfront.has(record.target)) ||
    (record.targetKind === 'delegation' && holdings.zones.has(record.target)));

const KIND_TEXT: Partial<Record<PointingRecord['targetKind'], string>> = {
  s3: 'S3 bucket',
  cloudfront: 'CloudFront name',
  'elastic-beanstalk': 'Elastic Beanstalk name',
  'load-balancer': 'load balancer name',
  delegation: 'the zone',
};

const what = (record: PointingRecord) => `${KIND_TEXT[record.targetKind] ?? 'name'} ${record.target}`;

const recordText = (record: PointingRecord) =>
  `${record.name} ${record.alias ? `${record.type} alias` : record.type}`;

/** Records whose target was checked: the zone's records were read, and the target is of these kinds. */
const checkable = (ctx: RuleContext, zone: Zone, kinds: readonly PointingRecord['targetKind'][]) =>
  ctx.known(zone, 'records')
    ? zone.attributes.records.filter((r) => r.target !== null && kinds.includes(r.targetKind))
    : [];

/**
 * Anyone can claim these names again: a bucket, a distribution's alternate name, an environment's
 * CNAME prefix, a zone on the delegated Route 53 name servers (by creating zones until one lands there).
 */
const CLAIMABLE = ['s3', 'cloudfront', 'elastic-beanstalk', 'delegation'] as const;

const danglingText = (r: PointingRecord, zone: Zone) =>
  r.targetKind === 'delegation'
    ? `${recordText(r)} in zone ${zone.name ?? zone.id} delegates ${r.name} to Route 53 name servers (${r.values.join(', ')}) that serve no hosted zone for it (they refused): anyone can create hosted zones until one lands on these servers and answer for ${r.name}.`
    : `${recordText(r)} in zone ${zone.name ?? zone.id} points at ${what(r)}, which does not exist: anyone can claim it and serve content under ${r.name}.`;

export const recordDangling = defineRule(
  {
    id: 'route53.record-dangling',
    title: 'DNS record points at a bucket, CloudFront or Elastic Beanstalk name or zone that does not exist',
    severity: 'critical',
    category: 'security',
    resourceType: 'route53:hosted-zone',
    reads: ['route53:hosted-zone'],
    consults: ['s3:bucket', 'cloudfront:distribution'],
    description:
      'A CNAME or alias record points at an S3 bucket (website or REST endpoint) that no AWS account holds (S3 answered 404), or at a *.cloudfront.net or Elastic Beanstalk name (prefix.region.elasticbeanstalk.com, or the legacy prefix.elasticbeanstalk.com) that does not exist any more (NXDOMAIN, one bounded lookup per distinct name), or an NS record below the apex delegates a name to Route 53 name servers (ns-*.awsdns-*) that serve no hosted zone for it (one of them, asked for the SOA of the name, answered REFUSED or SERVFAIL). A target held by a scanned account is never reported; one whose check failed is not judged. Records to deleted load balancers are route53.record-stale (their names cannot be claimed); API Gateway and other providers are not judged (route53.record-target-outside-scan lists the S3, CloudFront and delegated targets held outside the scanned accounts, and delegations to the name servers of other providers).',
    risk: 'Subdomain takeover: anyone can create the bucket (or a distribution with this alternate name, or an Elastic Beanstalk environment with this CNAME prefix, or hosted zones until one lands on the delegated name servers) and serve their own content under your domain: phishing on a trusted name, stolen cookies scoped to the parent domain, and content that passes your CSP.',
    remediation: {
      text: 'Delete the record now (or, for a bucket or an Elastic Beanstalk CNAME prefix, create it in your own account first to hold the name); then remove whatever still links to the name.',
      cli: 'aws route53 list-resource-record-sets --hosted-zone-id {id} --start-record-name {record} --max-items 5',
      console: 'Route 53 console > Hosted zones > the zone > the record > Delete',
    },
    references: { docs: [`${DOCS}/resource-record-sets-deleting.html`] },
  },
  (ctx) => {
    const holdings = held(ctx);
    return ctx.resources('route53:hosted-zone').flatMap((zone) =>
      checkable(ctx, zone, CLAIMABLE)
        .filter((r) => r.targetExists === false && !heldHere(holdings, r))
        .map((r): RuleHit => ({
          target: zone,
          subKey: `${r.name} ${r.type}`,
          message: danglingText(r, zone),
          evidence: {
            record: r.name,
            type: r.type,
            alias: r.alias,
            values: r.values,
            target: r.target,
            targetKind: r.targetKind,
          },
          // A distribution's or environment's name takes an account and a setup to claim; a bucket, one call.
          ...(r.targetKind === 's3' ? {} : { severity: 'high' as const }),
          templateValues: { record: r.name },
        })),
    );
  },
);

export const recordStale = defineRule(
  {
    id: 'route53.record-stale',
    title: 'DNS record points at a load balancer that no longer exists',
    severity: 'low',
    category: 'security',
    resourceType: 'route53:hosted-zone',
    reads: ['route53:hosted-zone'],
    description:
      'A CNAME or alias record points at a load balancer name (*.elb.amazonaws.com, *.elb.<region>.amazonaws.com, with or without dualstack.: classic, application, network or gateway) that does not resolve any more (NXDOMAIN, one bounded lookup per distinct name): the load balancer was deleted. Its name carries a part AWS draws at random, so nobody can claim it again: this is hygiene, not a takeover. A name whose lookup failed is not judged.',
    risk: 'The name answers nothing: clients of it fail, and a stale record hides which names are really in use (and which still need a certificate or a WAF).',
    remediation: {
      text: 'Delete the record, or point it at the load balancer that replaced the deleted one.',
      cli: 'aws route53 list-resource-record-sets --hosted-zone-id {id} --start-record-name {record} --max-items 5',
      console: 'Route 53 console > Hosted zones > the zone > the record > Delete',
    },
    references: { docs: [`${DOCS}/resource-record-sets-deleting.html`] },
  },
  (ctx) =>
    ctx.resources('route53:hosted-zone').flatMap((zone) =>
      checkable(ctx, zone, ['load-balancer'])
        .filter((r) => r.targetExists === false)
        .map((r): RuleHit => ({
          target: zone,
          subKey: `${r.name} ${r.type}`,
          message: `${recordText(r)} in zone ${zone.name ?? zone.id} points at ${what(r)}, which does not exist any more: a stale record (the name has a random part AWS assigns, so nobody can claim it).`,
          evidence: { record: r.name, type: r.type, alias: r.alias, values: r.values, target: r.target },
          templateValues: { record: r.name },
        })),
    ),
);

const ADDRESS_HOLDERS = ['ec2:elastic-ip', 'ec2:instance', 'ec2:nat-gateway'] as const;

/**
 * The public IPv4 addresses the scanned accounts hold (Elastic IPs, instances' public addresses,
 * NAT gateways'), or null when some region of some account was not listed completely, or an
 * instance's public address is unknown: then "not held here" cannot be told.
 */
function heldAddresses(ctx: RuleContext): Set<string> | null {
  const complete = ctx
    .accounts()
    .every((a) => ctx.regionsOf(a).every((region) => ADDRESS_HOLDERS.every((t) => ctx.listed(a, t, region))));
  const instances = ctx.resources('ec2:instance');
  if (!complete || !instances.every((i) => ctx.known(i, 'publicIp'))) return null;
  return new Set([
    ...ctx.resources('ec2:elastic-ip').map((e) => e.attributes.publicIp),
    ...instances.flatMap((i) => (i.attributes.publicIp ? [i.attributes.publicIp] : [])),
    ...ctx.resources('ec2:nat-gateway').flatMap((n) => n.attributes.publicIps),
  ]);
}

export const recordAddressNotHeld = defineRule(
  {
    id: 'route53.record-address-not-held',
    title: 'DNS A record points at an EC2 public address no scanned account holds',
    severity: 'medium',
    category: 'security',
    resourceType: 'route53:hosted-zone',
    reads: ['route53:hosted-zone', ...ADDRESS_HOLDERS],
    description:
      "An A record (not an alias) in a public zone names a public IPv4 address that reverses (PTR, one bounded lookup per distinct address) to an EC2 public name (ec2-a-b-c-d.<region>.compute.amazonaws.com), and no scanned account holds it as an Elastic IP, an instance's public address or a NAT gateway's. Judged only where Elastic IPs, instances and NAT gateways were listed in every region of every scanned account. The address may be held by an account that was not scanned, or by a load balancer or another service's interface, which are not compared yet. Private zones and private addresses are never judged; an address whose reverse lookup failed is not judged either.",
    risk: "A released address goes back to AWS's pool and is handed to whoever allocates next: attackers allocate addresses in bulk until one has a record still pointing at it, then serve their content (and get certificates) under your name.",
    remediation: {
      text: 'If the address is not yours any more, delete the record; if it is held by another account of yours, scan that account too. Point records at Elastic IPs you hold, or alias them to a load balancer or distribution.',
      cli: 'aws route53 list-resource-record-sets --hosted-zone-id {id} --start-record-name {record} --max-items 5',
      console: 'Route 53 console > Hosted zones > the zone > the record',
    },
    references: { docs: [`${DOCS}/resource-record-sets-deleting.html`] },
  },
  (ctx) => {
    const held = heldAddresses(ctx);
    if (!held) return [];
    return ctx.resources('route53:hosted-zone').flatMap((zone) => {
      if (zone.attributes.private || !ctx.known(zone, 'records')) return [];
      return zone.attributes.records.flatMap((r): RuleHit[] => {
        const unheld = r.alias ? [] : r.addresses.filter((a) => a.ec2 === true && !held.has(a.address));
        if (unheld.length === 0) return [];
        const list = unheld.map((a) => a.address).join(', ');
        return [
          {
            target: zone,
            subKey: `${r.name} ${r.type}`,
            message: `${recordText(r)} in zone ${zone.name ?? zone.id} points at ${list}, in AWS's EC2 address space (by its reverse name), which no scanned account holds as an Elastic IP, instance or NAT gateway address: it may be held by an account that was not scanned; if it was released, whoever is given it next serves under ${r.name}.`,
            evidence: { record: r.name, type: r.type, values: r.values, addresses: unheld },
            templateValues: { record: r.name },
          },
        ];
      });
    });
  },
);

/** A delegation below the apex to name servers that are not all Route 53's: nothing here can judge it. */
const delegatedElsewhere = (r: PointingRecord) => r.targetKind === 'delegation' && r.target === null;

export const recordTargetOutsideScan = defineRule(
  {
    id: 'route53.record-target-outside-scan',
    title: 'DNS record points at a target outside the scanned accounts, which cannot be judged',
    severity: 'info',
    category: 'security',
    resourceType: 'route53:hosted-zone',
    reads: ['route53:hosted-zone', 's3:bucket', 'cloudfront:distribution'],
    description:
      "A CNAME or alias record points at an S3 bucket or a *.cloudfront.net name that exists, or an NS record delegates a name to Route 53 name servers that serve a zone for it, but in no scanned account (judged only where every scanned account's buckets, distributions and hosted zones were listed); or an NS record in a public zone delegates a name to name servers outside Route 53, which this scan cannot ask. It cannot be judged from here. If the account holding it is yours, scan it too; if it is not, the name may already have been taken over.",
    risk: 'A record to a resource of an account you do not control serves whatever that account puts there.',
    remediation: {
      text: 'Check who holds the target: add the account to the scan (additional-role-arns), or delete the record if the target is not yours.',
      console: 'Route 53 console > Hosted zones > the zone > the record',
    },
    references: { docs: [`${DOCS}/routing-to-s3-bucket.html`] },
  },
  (ctx) => {
    const holdings = held(ctx);
    // "Not held here" is known only where every scanned account's holdings of that kind were listed.
    const listedEverywhere = (type: 's3:bucket' | 'cloudfront:distribution' | 'route53:hosted-zone') =>
      ctx.accounts().every((a) => ctx.listed(a, type, 'global'));
    const kinds: PointingRecord['targetKind'][] = [
      ...(listedEverywhere('s3:bucket') && listedEverywhere('cloudfront:distribution')
        ? (['s3', 'cloudfront'] as const)
        : []),
      ...(listedEverywhere('route53:hosted-zone') ? (['delegation'] as const) : []),
    ];
    return ctx.resources('route53:hosted-zone').flatMap((zone) => {
      const zoneName = zone.name ?? zone.id;
      const elsewhere =
        ctx.known(zone, 'records') && !zone.attributes.private
          ? zone.attributes.records.filter(delegatedElsewhere).map((r): RuleHit => ({
              target: zone,
              subKey: `${r.name} ${r.type}`,
              message: `${recordText(r)} in zone ${zoneName} delegates ${r.name} to name servers outside Route 53 (${r.values.join(', ')}): whether they serve it cannot be judged here.`,
              evidence: { record: r.name, type: r.type, values: r.values, targetKind: r.targetKind },
            }))
          : [];
      // A private zone's delegations are never asked (nor judged).
      const outside = checkable(ctx, zone, kinds)
        .filter((r) => !(zone.attributes.private && r.targetKind === 'delegation'))
        .filter((r) => r.targetExists === true && !heldHere(holdings, r))
        .map((r): RuleHit => ({
          target: zone,
          subKey: `${r.name} ${r.type}`,
          message:
            r.targetKind === 'delegation'
              ? `${recordText(r)} in zone ${zoneName} delegates ${r.name} to Route 53 name servers that serve a zone for it, held by no scanned account: it cannot be judged here.`
              : `${recordText(r)} in zone ${zoneName} points at ${what(r)}, which exists but in no scanned account: it cannot be judged here.`,
          evidence: { record: r.name, type: r.type, target: r.target, targetKind: r.targetKind },
        }));
      return [...outside, ...elsewhere];
    });
  },
);

export const publicZoneQueryLoggingOff = defineRule(
  {
    id: 'route53.public-zone-query-logging-off',
    title: 'Public hosted zone does not log DNS queries',
    severity: 'low',
    category: 'security',
    resourceType: 'route53:hosted-zone',
    reads: ['route53:hosted-zone'],
    description: 'A public hosted zone has no query logging configuration.',
    risk: 'Without query logs, nobody can see who resolves which names: reconnaissance of subdomains and DNS-based exfiltration go unnoticed.',
    remediation: {
      text: 'Create a query logging configuration to a CloudWatch Logs log group in us-east-1 (with a retention, to bound its cost).',
      cli: 'aws route53 create-query-logging-config --hosted-zone-id {id} --cloud-watch-logs-log-group-arn arn:aws:logs:us-east-1:{account}:log-group:/aws/route53/{name}',
      console: 'Route 53 console > Hosted zones > the zone > Query logging > Configure query logging',
    },
    references: { fsbp: ['Route53.2'], docs: [`${DOCS}/query-logs.html`] },
  },
  (ctx) =>
    ctx
      .resources('route53:hosted-zone')
      .filter((z) => !z.attributes.private && ctx.known(z, 'queryLogging') && !z.attributes.queryLogging)
      .map((z) => ({
        target: z,
        message: `Public hosted zone ${z.name ?? z.id} does not log DNS queries.`,
        evidence: { queryLogging: false },
      })),
);
