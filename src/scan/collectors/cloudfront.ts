import {
  CloudFrontClient,
  GetDistributionConfigCommand,
  paginateListDistributions,
  type DistributionSummary,
  type Origin,
} from '@aws-sdk/client-cloudfront';
import { CloudWatchLogsClient, paginateDescribeDeliverySources } from '@aws-sdk/client-cloudwatch-logs';
import { S3Client } from '@aws-sdk/client-s3';
import type { AttributesOf } from '../../inventory/resources/index.js';
import type { Collector, CollectorContext } from '../collector.js';
import { bucketsExist } from '../existence.js';
import { makeResource, sortedStrings, text } from '../normalize.js';
import { s3Target } from './dns-targets.js';

const permissions = {
  ListDistributions: 'cloudfront:ListDistributions',
  GetDistributionConfig: 'cloudfront:GetDistributionConfig',
  // Standard logging v2 is a CloudWatch Logs delivery source naming the distribution (in us-east-1).
  DescribeDeliverySources: 'logs:DescribeDeliverySources',
  // Whether an S3 origin's bucket still exists (CloudFront.12): 404, or 403 for another account's.
  // The account's own buckets exist: only the others' are asked with HeadBucket.
  ListBuckets: 's3:ListAllMyBuckets',
  HeadBucket: 's3:ListBucket',
} as const;
type Operation = keyof typeof permissions;
type Context = CollectorContext<Operation>;
type Origins = AttributesOf<'cloudfront:distribution'>['origins'];

function origin(o: Origin): Origins[number] {
  const domainName = (o.DomainName ?? '').toLowerCase();
  const s3 = s3Target(domainName);
  const custom = o.CustomOriginConfig;
  return {
    id: o.Id ?? '',
    domainName,
    kind: s3?.website ? 's3-website' : s3 ? 's3' : 'custom',
    bucket: s3?.bucket ?? null,
    bucketExists: null,
    originAccessControlId: text(o.OriginAccessControlId),
    originAccessIdentity: text(o.S3OriginConfig?.OriginAccessIdentity),
    originProtocolPolicy: text(custom?.OriginProtocolPolicy),
    originSslProtocols: sortedStrings(custom?.OriginSslProtocols?.Items ?? []),
  };
}

const policies = (d: DistributionSummary) => [
  { pathPattern: 'default', policy: d.DefaultCacheBehavior?.ViewerProtocolPolicy ?? 'unknown' },
  ...(d.CacheBehaviors?.Items ?? []).map((b) => ({
    pathPattern: b.PathPattern ?? '',
    policy: b.ViewerProtocolPolicy ?? 'unknown',
  })),
];

/** Distributions' ARNs that a standard logging v2 delivery source names; null when unread. */
async function loggingV2(ctx: Context): Promise<Set<string> | null> {
  const logs = ctx.client(CloudWatchLogsClient);
  const sources = await ctx.read('DescribeDeliverySources', async () => {
    const all = [];
    for await (const page of paginateDescribeDeliverySources({ client: logs }, {}))
      all.push(...(page.deliverySources ?? []));
    return all;
  });
  if (!sources) return null;
  return new Set(sources.filter((s) => s.service === 'cloudfront').flatMap((s) => s.resourceArns ?? []));
}

/**
 * CloudFront is global (its API answers in us-east-1). One ListDistributions page per 100
 * distributions, one GetDistributionConfig each (the default root object and legacy logging are
 * not in the summary), one DescribeDeliverySources, and one HeadBucket per distinct S3 origin bucket outside the account's
 * own ListBuckets (asked once when there are two or more).
 */
export const cloudfrontCollector: Collector<Operation> = {
  service: 'cloudfront',
  scope: 'global',
  permissions,
  resourceTypes: ['cloudfront:distribution'],
  async collect(ctx) {
    const cloudfront = ctx.client(CloudFrontClient);
    const [distributions, v2] = await Promise.all([
      ctx.branch(() =>
        ctx.list(
          'ListDistributions',
          'cloudfront:distribution',
          paginateListDistributions({ client: cloudfront, pageSize: 100 }, {}),
          (page) => page.DistributionList?.Items,
        ),
      ),
      ctx.branch(() => loggingV2(ctx)),
    ]);
    const buckets = [
      ...new Set(
        distributions.flatMap((d) =>
          (d.Origins?.Items ?? []).map((o) => s3Target((o.DomainName ?? '').toLowerCase())?.bucket),
        ),
      ),
    ]
      .filter((b): b is string => Boolean(b))
      .sort();
    let exists = new Map<string, boolean | null>();
    const configs = new Map<
      string,
      { DefaultRootObject?: string; Logging?: { Enabled?: boolean } } | undefined
    >();
    await Promise.all([
      ctx.branch(async () => {
        exists = await bucketsExist(ctx, 'HeadBucket', ctx.client(S3Client), buckets);
      }),
      ctx.branch(() =>
        ctx.each(distributions, async (d) => {
          if (!d.Id) return;
          const id = d.Id;
          const answer = await ctx.read(
            'GetDistributionConfig',
            () => cloudfront.send(new GetDistributionConfigCommand({ Id: id })),
            { resourceId: id },
          );
          configs.set(id, answer?.DistributionConfig);
        }),
      ),
    ]);
    for (const d of distributions) {
      if (!d.Id) continue;
      const config = configs.get(d.Id);
      const arn = d.ARN ?? `arn:${ctx.partition}:cloudfront::${ctx.account}:distribution/${d.Id}`;
      const certificate = d.ViewerCertificate;
      const unknown: ('defaultRootObject' | 'legacyLogging' | 'loggingV2' | 'origins')[] = [];
      if (!config) unknown.push('defaultRootObject', 'legacyLogging');
      if (!v2) unknown.push('loggingV2');
      const origins = (d.Origins?.Items ?? []).map((o) => {
        const read = origin(o);
        return read.bucket ? { ...read, bucketExists: exists.get(read.bucket) ?? null } : read;
      });
      ctx.emit(
        makeResource(
          'cloudfront:distribution',
          {
            arn,
            id: d.Id,
            name: d.Comment ? d.Comment : d.Id,
            account: ctx.account,
            region: ctx.scopeRegion,
            state: d.Enabled === false ? 'disabled' : text(d.Status),
            createdAt: null,
          },
          {
            domainName: (d.DomainName ?? '').toLowerCase(),
            aliases: sortedStrings((d.Aliases?.Items ?? []).map((a) => a.toLowerCase())),
            enabled: d.Enabled ?? false,
            viewerProtocolPolicies: policies(d),
            viewerCertificate: {
              cloudFrontDefault:
                certificate?.CloudFrontDefaultCertificate ??
                !(certificate?.ACMCertificateArn || certificate?.IAMCertificateId),
              minimumProtocolVersion: text(certificate?.MinimumProtocolVersion),
              sslSupportMethod: certificate?.CloudFrontDefaultCertificate
                ? null
                : text(certificate?.SSLSupportMethod),
              certificateArn: text(certificate?.ACMCertificateArn ?? certificate?.IAMCertificateId),
            },
            origins,
            originGroupCount: (d.OriginGroups?.Items ?? []).filter(
              (g) => (g.Members?.Items?.length ?? 0) >= 2,
            ).length,
            webAclId: text(d.WebACLId),
            defaultRootObject: text(config?.DefaultRootObject),
            legacyLogging: config?.Logging?.Enabled ?? false,
            loggingV2: v2?.has(arn) ?? false,
          },
          unknown,
        ),
      );
    }
  },
};
