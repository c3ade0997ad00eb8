import type { ResourceOfType } from '../../inventory/resources/index.js';
import { quote } from '../../prices/table.js';
import type { RuleContext } from '../context.js';
import { defineRule, type RuleHit } from '../model.js';

type Distribution = ResourceOfType<'cloudfront:distribution'>;
type Origin = Distribution['attributes']['origins'][number];

const console_ = 'CloudFront console > Distributions > the distribution';
const DOCS = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide';

/** A disabled distribution serves nothing: only what it would bring back when re-enabled is judged. */
const serving = (ctx: RuleContext) =>
  ctx.resources('cloudfront:distribution').filter((d) => d.attributes.enabled);

const label = (d: Distribution) => `${d.id} (${d.attributes.aliases[0] ?? d.attributes.domainName})`;

/** A Lambda function URL: `<url-id>.lambda-url.<region>.on.aws`. */
const LAMBDA_URL = /\.lambda-url\.[a-z0-9-]+\.on\.aws$/;

export const lambdaUrlOriginWithoutOac = defineRule(
  {
    id: 'cloudfront.lambda-url-origin-without-oac',
    title: 'CloudFront Lambda function URL origin without origin access control',
    severity: 'medium',
    category: 'security',
    resourceType: 'cloudfront:distribution',
    reads: ['cloudfront:distribution'],
    description:
      'An origin of a distribution (enabled or not) is a Lambda function URL (`*.lambda-url.<region>.on.aws`) and has no origin access control, so the function URL cannot require requests signed by this distribution.',
    risk: 'The function URL must then accept unsigned requests (AuthType NONE): anyone who learns it calls the function directly, around CloudFront, its WAF, caching and geo-restrictions, and every call is billed.',
    remediation: {
      text: "Create a Lambda origin access control, attach it to the origin, set the function URL's AuthType to AWS_IAM and allow cloudfront.amazonaws.com to invoke it with a condition on this distribution's ARN (AWS:SourceArn).",
      console: `${console_} > Origins > the origin > Edit > Origin access control`,
    },
    references: {
      fsbp: ['CloudFront.16'],
      docs: [`${DOCS}/private-content-restricting-access-to-lambda.html`],
    },
  },
  (ctx) =>
    ctx
      .resources('cloudfront:distribution')
      .filter((d) => ctx.known(d, 'origins'))
      .flatMap((d) =>
        d.attributes.origins
          .filter((o) => LAMBDA_URL.test(o.domainName) && o.originAccessControlId === null)
          .map((o): RuleHit => ({
            target: d,
            subKey: o.id,
            message: `Distribution ${label(d)} reaches Lambda function URL ${o.domainName} without origin access control.`,
            evidence: { origin: o.id, domainName: o.domainName },
          })),
      ),
);

export const viewerHttpAllowed = defineRule(
  {
    id: 'cloudfront.viewer-http-allowed',
    title: 'CloudFront distribution serves viewers over plain HTTP',
    severity: 'medium',
    category: 'security',
    resourceType: 'cloudfront:distribution',
    reads: ['cloudfront:distribution'],
    description:
      "A cache behavior of an enabled distribution (the default one or a path's) has the viewer protocol policy allow-all: viewers can fetch its content over HTTP.",
    risk: 'Anyone on the network path (public Wi-Fi, a hostile ISP) can read and change what viewers receive: inject scripts into pages, steal session cookies sent without the Secure flag.',
    remediation: {
      text: 'Set the viewer protocol policy of every cache behavior to redirect-to-https (or https-only), then add HSTS with a response headers policy.',
      console: `${console_} > Behaviors > the behavior > Edit > Viewer protocol policy`,
    },
    references: { fsbp: ['CloudFront.3'], docs: [`${DOCS}/using-https-viewers-to-cloudfront.html`] },
  },
  (ctx) =>
    serving(ctx).flatMap((d): RuleHit[] => {
      const open = d.attributes.viewerProtocolPolicies.filter((p) => p.policy === 'allow-all');
      if (open.length === 0) return [];
      return [
        {
          target: d,
          message: `Distribution ${label(d)} serves plain HTTP on ${open.map((p) => (p.pathPattern === 'default' ? 'its default behavior' : p.pathPattern)).join(', ')} (viewer protocol policy allow-all).`,
          evidence: { behaviors: open.map((p) => p.pathPattern) },
        },
      ];
    }),
);

/** Whether the scanned bucket grants anyone access (policy or ACL); null when it was not scanned or read. */
function bucketGrantsPublic(ctx: RuleContext, name: string): boolean | null {
  const bucket = ctx.resources('s3:bucket').find((b) => b.id === name);
  if (!bucket || !ctx.known(bucket, 'policy', 'aclPublicGrants')) return null;
  return (
    (bucket.attributes.policy?.publicStatements.length ?? 0) > 0 ||
    bucket.attributes.aclPublicGrants.length > 0
  );
}

export const s3OriginWithoutOac = defineRule(
  {
    id: 'cloudfront.s3-origin-without-oac',
    title: 'CloudFront S3 origin without origin access control',
    severity: 'medium',
    category: 'security',
    resourceType: 'cloudfront:distribution',
    reads: ['cloudfront:distribution'],
    consults: ['s3:bucket'],
    description:
      'An S3 (REST endpoint) origin of an enabled distribution has no origin access control, so the bucket cannot be limited to this distribution. High when the scan shows the bucket granting anyone access (it is reachable around CloudFront, its WAF and its logs); low when a legacy origin access identity is set instead (it works, but supports neither SSE-KMS nor the newer regions). S3 website endpoints cannot use origin access control and are not judged.',
    risk: 'Without origin access control the bucket must be readable by something other than this distribution: often by everyone, so anyone can fetch the files directly, bypassing CloudFront, its WAF, signed URLs and geo-restrictions.',
    remediation: {
      text: "Create an origin access control, attach it to the origin, give the bucket a policy allowing cloudfront.amazonaws.com with a condition on this distribution's ARN (AWS:SourceArn), then remove public access from the bucket and turn on Block Public Access.",
      console: `${console_} > Origins > the origin > Edit > Origin access > Origin access control settings`,
    },
    references: {
      fsbp: ['CloudFront.13'],
      docs: [`${DOCS}/private-content-restricting-access-to-s3.html`],
    },
  },
  (ctx) =>
    serving(ctx).flatMap((d) =>
      d.attributes.origins
        .filter((o) => o.kind === 's3' && o.originAccessControlId === null)
        .map((o): RuleHit => {
          const open = o.bucket === null ? null : bucketGrantsPublic(ctx, o.bucket);
          const legacy = o.originAccessIdentity !== null;
          return {
            target: d,
            subKey: o.id,
            message:
              `Distribution ${label(d)} reaches bucket ${o.bucket ?? o.domainName} without origin access control` +
              (legacy ? ', through a legacy origin access identity.' : '.') +
              (open
                ? ' The bucket grants anyone access, so its files can be fetched around CloudFront.'
                : ''),
            evidence: {
              origin: o.id,
              bucket: o.bucket,
              originAccessIdentity: o.originAccessIdentity,
              bucketPublic: open,
            },
            ...(open ? { severity: 'high' as const } : legacy ? { severity: 'low' as const } : {}),
          };
        }),
    ),
);

/** What the bucket's existence comes down to: scanned in an account (it exists), or HeadBucket's answer. */
function originBucketGone(ctx: RuleContext, origin: Origin): boolean {
  if (origin.bucket === null) return false;
  if (ctx.resources('s3:bucket').some((b) => b.id === origin.bucket)) return false;
  return origin.bucketExists === false;
}

export const s3OriginBucketMissing = defineRule(
  {
    id: 'cloudfront.s3-origin-bucket-missing',
    title: 'CloudFront origin names an S3 bucket that does not exist',
    severity: 'high',
    category: 'security',
    resourceType: 'cloudfront:distribution',
    reads: ['cloudfront:distribution'],
    consults: ['s3:bucket'],
    description:
      'An origin (S3 REST or website endpoint) names a bucket that no AWS account holds: S3 answered HeadBucket with 404. A bucket in another account answers 403 and is not reported; an unanswered check is not judged. Disabled distributions are reported too: enabling one would serve from the missing bucket.',
    risk: "Anyone can create a bucket with that name in their own account and the distribution will serve their content under your domain: a takeover of the site, its cookies and its users' trust.",
    remediation: {
      text: 'Recreate the bucket in your account at once (to hold the name), then point the origin at the right bucket or delete the origin or the distribution.',
      cli: 'aws s3api create-bucket --bucket {bucket} --region us-east-1',
      console: `${console_} > Origins`,
    },
    references: { fsbp: ['CloudFront.12'], docs: [`${DOCS}/DownloadDistS3AndCustomOrigins.html`] },
  },
  (ctx) =>
    ctx.resources('cloudfront:distribution').flatMap((d) =>
      d.attributes.origins
        .filter((o) => originBucketGone(ctx, o))
        .map((o): RuleHit => ({
          target: d,
          subKey: o.id,
          message: `Distribution ${label(d)} serves origin ${o.id} from bucket ${o.bucket}, which does not exist: anyone can create it and serve content under this distribution.`,
          evidence: { origin: o.id, bucket: o.bucket, domainName: o.domainName, headBucket: 404 },
          templateValues: { bucket: o.bucket ?? '' },
        })),
    ),
);

export const noDefaultRootObject = defineRule(
  {
    id: 'cloudfront.no-default-root-object',
    title: 'CloudFront distribution with S3 origins has no default root object',
    severity: 'medium',
    category: 'security',
    resourceType: 'cloudfront:distribution',
    reads: ['cloudfront:distribution'],
    description:
      'An enabled distribution with an S3 origin has no default root object: a request for its root URL is passed to the origin as is.',
    risk: 'A request for / reaches the bucket itself: where the bucket allows listing, the answer is a list of every object in it.',
    remediation: {
      text: 'Set the default root object (index.html, for example).',
      console: `${console_} > General > Settings > Edit > Default root object`,
    },
    references: { fsbp: ['CloudFront.1'], docs: [`${DOCS}/DefaultRootObject.html`] },
  },
  (ctx) =>
    serving(ctx)
      .filter(
        (d) =>
          ctx.known(d, 'defaultRootObject') &&
          d.attributes.defaultRootObject === null &&
          d.attributes.origins.some((o) => o.kind === 's3'),
      )
      .map((d) => ({
        target: d,
        message: `Distribution ${label(d)} has S3 origins and no default root object.`,
        evidence: { origins: d.attributes.origins.filter((o) => o.kind === 's3').map((o) => o.id) },
      })),
);

export const wafNotAssociated = defineRule(
  {
    id: 'cloudfront.waf-not-associated',
    title: 'CloudFront distribution has no WAF web ACL',
    severity: 'medium',
    category: 'security',
    resourceType: 'cloudfront:distribution',
    reads: ['cloudfront:distribution'],
    description: 'An enabled distribution is not associated with an AWS WAF web ACL.',
    risk: 'Requests reach the origin unfiltered: no rate limiting, no managed rules against common exploits, bots or known bad IP addresses.',
    remediation: {
      text: "Create a web ACL in us-east-1 (scope CLOUDFRONT) with the AWS managed core rule set and a rate-based rule, and associate it (CloudFront's flat-rate plans include one).",
      console: `${console_} > Security > Edit`,
    },
    references: { fsbp: ['CloudFront.6'], docs: [`${DOCS}/distribution-web-awswaf.html`] },
  },
  (ctx) =>
    serving(ctx)
      .filter((d) => d.attributes.webAclId === null)
      .map((d) => ({
        target: d,
        message: `Distribution ${label(d)} has no WAF web ACL.`,
        evidence: { webAclId: null },
      })),
);

export const loggingOff = defineRule(
  {
    id: 'cloudfront.logging-off',
    title: 'CloudFront distribution does not log requests',
    severity: 'medium',
    category: 'security',
    resourceType: 'cloudfront:distribution',
    reads: ['cloudfront:distribution'],
    description:
      'An enabled distribution has neither standard logging (legacy) to S3 nor standard logging v2 (a CloudWatch Logs delivery source for it). Judged only where both were read.',
    risk: 'Without access logs, nobody can tell who fetched what: an attack, a scraping bot or a leak through the CDN leaves no trace.',
    remediation: {
      text: 'Turn on standard logging (v2 to CloudWatch Logs, S3 or Firehose; or legacy to an S3 bucket with ACLs enabled).',
      console: `${console_} > Logging > Add`,
    },
    references: { fsbp: ['CloudFront.5'], docs: [`${DOCS}/standard-logging.html`] },
    deviations: {
      'FSBP CloudFront.5':
        'Looser: standard logging v2 (a CloudWatch Logs delivery source) counts as logging; Security Hub counts only legacy logging.',
    },
  },
  (ctx) =>
    serving(ctx)
      .filter(
        (d) =>
          ctx.known(d, 'legacyLogging', 'loggingV2') &&
          !d.attributes.legacyLogging &&
          !d.attributes.loggingV2,
      )
      .map((d) => ({
        target: d,
        message: `Distribution ${label(d)} logs no requests (neither standard logging nor v2).`,
        evidence: { legacyLogging: false, loggingV2: false },
      })),
);

const allowsPlainViewers = (d: Distribution) =>
  d.attributes.viewerProtocolPolicies.some((p) => p.policy === 'allow-all');

export const originPlainHttp = defineRule(
  {
    id: 'cloudfront.origin-plain-http',
    title: 'CloudFront reaches a custom origin over plain HTTP',
    severity: 'medium',
    category: 'security',
    resourceType: 'cloudfront:distribution',
    reads: ['cloudfront:distribution'],
    description:
      "A custom origin's protocol policy is http-only, or match-viewer while a behavior allows HTTP viewers. S3 website endpoints support only HTTP and are reported as low.",
    risk: 'Requests and answers between CloudFront and the origin cross the internet unencrypted: readable and changeable on the way, credentials and cookies included.',
    remediation: {
      text: "Set the origin protocol policy to https-only (the origin needs a valid certificate for its name). For an S3 website origin, use the bucket's REST endpoint with origin access control instead.",
      console: `${console_} > Origins > the origin > Edit > Protocol`,
    },
    references: { fsbp: ['CloudFront.9'], docs: [`${DOCS}/using-https-cloudfront-to-custom-origin.html`] },
  },
  (ctx) =>
    serving(ctx).flatMap((d) =>
      d.attributes.origins
        .filter(
          (o) =>
            o.originProtocolPolicy === 'http-only' ||
            (o.originProtocolPolicy === 'match-viewer' && allowsPlainViewers(d)),
        )
        .map((o): RuleHit => ({
          target: d,
          subKey: o.id,
          message: `Distribution ${label(d)} reaches origin ${o.domainName} over HTTP (${o.originProtocolPolicy}).`,
          evidence: { origin: o.id, originProtocolPolicy: o.originProtocolPolicy },
          ...(o.kind === 's3-website' ? { severity: 'low' as const } : {}),
        })),
    ),
);

const DEPRECATED_ORIGIN_PROTOCOLS = ['SSLv3'];

export const originSslDeprecated = defineRule(
  {
    id: 'cloudfront.origin-ssl-deprecated',
    title: 'CloudFront may reach a custom origin over SSLv3',
    severity: 'medium',
    category: 'security',
    resourceType: 'cloudfront:distribution',
    reads: ['cloudfront:distribution'],
    description: "A custom origin's allowed SSL protocols include SSLv3.",
    risk: 'SSLv3 is broken (POODLE): an attacker on the path between CloudFront and the origin can downgrade the connection and decrypt it.',
    remediation: {
      text: 'Allow only TLSv1.2 to the origin.',
      console: `${console_} > Origins > the origin > Edit > Minimum origin SSL protocol`,
    },
    references: { fsbp: ['CloudFront.10'], docs: [`${DOCS}/using-https-cloudfront-to-custom-origin.html`] },
  },
  (ctx) =>
    serving(ctx).flatMap((d) =>
      d.attributes.origins
        .filter((o) => o.originSslProtocols.some((p) => DEPRECATED_ORIGIN_PROTOCOLS.includes(p)))
        .map((o): RuleHit => ({
          target: d,
          subKey: o.id,
          message: `Distribution ${label(d)} allows ${o.originSslProtocols.join(', ')} to origin ${o.domainName}.`,
          evidence: { origin: o.id, originSslProtocols: o.originSslProtocols },
        })),
    ),
);

/** Viewer security policies that still accept TLS 1.0 or 1.1 (or SSLv3). */
const OUTDATED_VIEWER_POLICIES = ['SSLv3', 'TLSv1', 'TLSv1_2016', 'TLSv1.1_2016'];

export const viewerTlsOutdated = defineRule(
  {
    id: 'cloudfront.viewer-tls-outdated',
    title: 'CloudFront distribution accepts TLS 1.0 or 1.1 from viewers',
    severity: 'medium',
    category: 'security',
    resourceType: 'cloudfront:distribution',
    reads: ['cloudfront:distribution'],
    description:
      'An enabled distribution with its own certificate has a viewer security policy below TLSv1.2 (SSLv3, TLSv1, TLSv1_2016 or TLSv1.1_2016). Distributions on the default *.cloudfront.net certificate cannot choose and are not judged. FSBP CloudFront.15 is not cited: its list of recommended policies could not be confirmed.',
    risk: "TLS 1.0 and 1.1 have known weaknesses and are refused by PCI DSS; a downgrade exposes viewers' traffic.",
    remediation: {
      text: 'Choose the security policy TLSv1.2_2021 or newer.',
      console: `${console_} > General > Settings > Edit > Security policy`,
    },
    references: { docs: [`${DOCS}/secure-connections-supported-viewer-protocols-ciphers.html`] },
  },
  (ctx) =>
    serving(ctx)
      .filter(
        (d) =>
          !d.attributes.viewerCertificate.cloudFrontDefault &&
          OUTDATED_VIEWER_POLICIES.includes(d.attributes.viewerCertificate.minimumProtocolVersion ?? ''),
      )
      .map((d) => ({
        target: d,
        message: `Distribution ${label(d)} accepts ${d.attributes.viewerCertificate.minimumProtocolVersion} from viewers.`,
        evidence: { minimumProtocolVersion: d.attributes.viewerCertificate.minimumProtocolVersion },
      })),
);

/** CloudFront's price for a dedicated-IP custom SSL certificate: per certificate and month, however many distributions use it. */
const DEDICATED_IP = quote(
  {
    item: 'cloudfront.dedicated-ip-ssl',
    usd: 600,
    unit: 'certificate-month',
    source: 'AWS CloudFront pricing (aws.amazon.com/cloudfront/pricing), Dedicated IP Custom SSL',
  },
  'global',
  true,
);

export const dedicatedIpSsl = defineRule(
  {
    id: 'cloudfront.dedicated-ip-ssl',
    title: 'CloudFront serves HTTPS from dedicated IP addresses ($600 a month)',
    severity: 'low',
    category: 'cost',
    resourceType: 'cloudfront:distribution',
    reads: ['cloudfront:distribution'],
    description:
      "A distribution's custom certificate is served with the SSL support method vip (dedicated IP addresses at every edge location) instead of SNI, which every browser since about 2010 supports. The $600 a month is billed per certificate: it is counted on the first distribution (by id) using it.",
    risk: 'Dedicated IP custom SSL is billed $600 a month per certificate, for clients that no longer exist in practice.',
    remediation: {
      text: 'Switch the SSL support method to sni-only (clients without SNI are ancient browsers and bots).',
      console: `${console_} > General > Settings > Edit > Legacy clients support`,
    },
    references: { fsbp: ['CloudFront.8'], docs: ['https://aws.amazon.com/cloudfront/pricing/'] },
  },
  (ctx) => {
    const vip = ctx
      .resources('cloudfront:distribution')
      .filter((d) => d.attributes.viewerCertificate.sslSupportMethod === 'vip')
      .sort((a, b) => a.id.localeCompare(b.id));
    const billed = new Set<string>();
    return vip.map((d): RuleHit => {
      const certificate = `${d.account}|${d.attributes.viewerCertificate.certificateArn ?? d.id}`;
      const first = !billed.has(certificate);
      billed.add(certificate);
      return {
        target: d,
        message: `Distribution ${label(d)} uses dedicated IP custom SSL, billed $${DEDICATED_IP.usd} a month for its certificate${first ? '' : ' (counted on another distribution using the same certificate)'}.`,
        evidence: { sslSupportMethod: 'vip', certificateArn: d.attributes.viewerCertificate.certificateArn },
        ...(first
          ? {
              cost: {
                monthlyUsd: DEDICATED_IP.usd,
                basis: `$${DEDICATED_IP.usd} per certificate-month for dedicated IP custom SSL`,
                prices: [DEDICATED_IP],
                avoidable: true,
              },
            }
          : {}),
      };
    });
  },
);
