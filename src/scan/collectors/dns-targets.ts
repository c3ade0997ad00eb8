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
