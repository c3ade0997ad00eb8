/**
 * What a DNS name or an origin's domain comes down to: an S3 bucket (REST or website endpoint), a
 * CloudFront distribution's `*.cloudfront.net` name, an Elastic Beanstalk environment's CNAME or a
 * load balancer's name. Names are lower case, without the final dot.
 */

/** `bucket.s3-website-us-east-1.amazonaws.com`, `bucket.s3-website.eu-west-1.amazonaws.com`. */
const S3_WEBSITE = /^(?:(.+)\.)?s3-website[.-][a-z0-9-]+\.amazonaws\.com(?:\.cn)?$/;
/**
 * `bucket.s3.amazonaws.com`, `bucket.s3.eu-west-1.amazonaws.com`, `bucket.s3-us-west-2.amazonaws.com`,
 * dual-stack. Only region names may follow `s3`: access point and Object Lambda names
 * (`name-account.s3-accesspoint.region...`) are not buckets, and no HeadBucket can judge them.
 */
const S3_REST =
  /^(.+)\.s3(?:[.-](?:dualstack|external-1|[a-z]{2}(?:-[a-z]+)+-\d))*\.amazonaws\.com(?:\.cn)?$/;
const CLOUDFRONT = /^[a-z0-9]+\.cloudfront\.net$/;
const REGION = '[a-z]{2}(?:-[a-z]+)+-\\d';
/** `prefix.us-east-1.elasticbeanstalk.com`, and the legacy `prefix.elasticbeanstalk.com` (no region). */
const ELASTIC_BEANSTALK = new RegExp(`^[a-z0-9-]+\\.(?:${REGION}\\.)?elasticbeanstalk\\.com(?:\\.cn)?$`);
/**
 * Classic and application load balancers (`name-123.us-east-1.elb.amazonaws.com`, `internal-...`,
 * the old `name-123.elb.amazonaws.com`), network and gateway ones (`name-0abc.elb.us-east-1.amazonaws.com`),
 * each possibly behind `dualstack.` (what alias records name).
 */
const LOAD_BALANCER = new RegExp(
  `^(?:dualstack\\.)?([a-z0-9-]+\\.(?:(?:${REGION}\\.)?elb|elb\\.${REGION})\\.amazonaws\\.com(?:\\.cn)?)$`,
);

export interface S3Target {
  /** Null for an alias to a website endpoint, whose bucket is the record's own name. */
  bucket: string | null;
  website: boolean;
}

export function s3Target(name: string): S3Target | null {
  const website = S3_WEBSITE.exec(name);
  if (website) return { bucket: website[1] ?? null, website: true };
  const rest = S3_REST.exec(name);
  if (rest?.[1]) return { bucket: rest[1], website: false };
  return null;
}

export const isCloudFrontName = (name: string): boolean => CLOUDFRONT.test(name);

export const isElasticBeanstalkName = (name: string): boolean => ELASTIC_BEANSTALK.test(name);

/** The load balancer's own name (without `dualstack.`), or null for other names. */
export const loadBalancerName = (name: string): string | null => LOAD_BALANCER.exec(name)?.[1] ?? null;

/** `Example.COM.` as Route 53 and CNAME values write it, to `example.com`. */
export const dnsName = (name: string): string => name.replace(/\.$/, '').toLowerCase();

/** Private (RFC 1918), shared (RFC 6598), loopback, link-local, "this network", multicast and reserved. */
const NOT_PUBLIC: readonly [number, number][] = [
  [0x00000000, 8],
  [0x0a000000, 8],
  [0x64400000, 10],
  [0x7f000000, 8],
  [0xa9fe0000, 16],
  [0xac100000, 12],
  [0xc0a80000, 16],
  [0xe0000000, 3],
];

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** A public IPv4 address: the only kind an A record can point at in AWS's EC2 space. */
export function isPublicIpv4(value: string): boolean {
  const parts = IPV4.exec(value)?.slice(1).map(Number);
  if (!parts || parts.some((p) => p > 255)) return false;
  const number = parts.reduce((n, p) => n * 256 + p, 0);
  return !NOT_PUBLIC.some(
    ([base, bits]) => Math.floor(number / 2 ** (32 - bits)) === base / 2 ** (32 - bits),
  );
}

/**
 * Whether reverse names show the address in EC2's public space: `ec2-a-b-c-d.<region>.compute.amazonaws.com`
 * (`compute-1.amazonaws.com` in us-east-1, `.cn` in China), naming the same address.
 */
export function isEc2ReverseName(address: string, names: readonly string[]): boolean {
  const label = `ec2-${address.replace(/\./g, '-')}.`;
  return names.some(
    (n) =>
      n.startsWith(label) &&
      /^(?:compute-1|[a-z]{2}(?:-[a-z]+)+-\d\.compute)\.amazonaws\.com(?:\.cn)?$/.test(n.slice(label.length)),
  );
}

/** Route 53's name servers: `ns-123.awsdns-45.com` (`.net`, `.org`, `.co.uk`). */
const ROUTE53_NAME_SERVER = /^ns-\d+\.awsdns-\d+\.(?:com|net|org|co\.uk)$/;

export const isRoute53NameServer = (name: string): boolean => ROUTE53_NAME_SERVER.test(name);
