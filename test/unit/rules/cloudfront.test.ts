import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { AttributesOf } from '../../../src/inventory/resources/index.js';
import * as cloudfront from '../../../src/rules/catalog/cloudfront.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import { bareBucket, inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
type Attributes = AttributesOf<'cloudfront:distribution'>;
type Origin = Attributes['origins'][number];

const s3Origin = (bucket: string, more: Partial<Origin> = {}): Origin => ({
  id: bucket,
  domainName: `${bucket}.s3.us-east-1.amazonaws.com`,
  kind: 's3',
  bucket,
  bucketExists: true,
  originAccessControlId: 'E2OAC',
  originAccessIdentity: null,
  originProtocolPolicy: null,
  originSslProtocols: [],
  ...more,
});

const customOrigin = (more: Partial<Origin> = {}): Origin => ({
  id: 'api',
  domainName: 'api.example.com',
  kind: 'custom',
  bucket: null,
  bucketExists: null,
  originAccessControlId: null,
  originAccessIdentity: null,
  originProtocolPolicy: 'https-only',
  originSslProtocols: ['TLSv1.2'],
  ...more,
});

/** A distribution that passes every rule; each test breaks one thing. */
function distribution(more: Partial<Attributes> = {}, unknownAttributes: string[] = [], id = 'E1') {
  return resource(
    'cloudfront:distribution',
    id,
    {
      domainName: `${id.toLowerCase()}.cloudfront.net`,
      aliases: ['www.example.com'],
      enabled: true,
      viewerProtocolPolicies: [{ pathPattern: 'default', policy: 'redirect-to-https' }],
      viewerCertificate: {
        cloudFrontDefault: false,
        minimumProtocolVersion: 'TLSv1.2_2021',
        sslSupportMethod: 'sni-only',
        certificateArn: 'arn:aws:acm:us-east-1:111122223333:certificate/1',
      },
      origins: [s3Origin('site'), customOrigin()],
      originGroupCount: 0,
      webAclId: 'arn:aws:wafv2:us-east-1:111122223333:global/webacl/site/1',
      defaultRootObject: 'index.html',
      legacyLogging: false,
      loggingV2: true,
      ...more,
    },
    { region: 'global', unknownAttributes },
  );
}

const run = (rule: Rule, ...resources: Parameters<typeof inventoryOf>[0]) =>
  runRules(inventoryOf(resources), DEFAULT_CONFIG, [rule], NOW).findings;

const ALL = Object.values(cloudfront).filter((r): r is Rule => typeof r === 'object' && 'metadata' in r);

describe('cloudfront rules', () => {
  it('stay silent on a well-configured distribution', () => {
    expect(
      runRules(inventoryOf([distribution(), bareBucket('site', 'us-east-1')]), DEFAULT_CONFIG, ALL, NOW)
        .findings,
    ).toEqual([]);
  });

  it('cloudfront.viewer-http-allowed names the behaviors that allow HTTP; a disabled distribution is not judged', () => {
    const open = distribution({
      viewerProtocolPolicies: [
        { pathPattern: 'default', policy: 'redirect-to-https' },
        { pathPattern: '/legacy/*', policy: 'allow-all' },
      ],
    });
    expect(run(cloudfront.viewerHttpAllowed, open).map((f) => f.message)).toEqual([
      'Distribution E1 (www.example.com) serves plain HTTP on /legacy/* (viewer protocol policy allow-all).',
    ]);
    expect(run(cloudfront.viewerHttpAllowed, distribution({ ...open.attributes, enabled: false }))).toEqual(
      [],
    );
  });

  it('cloudfront.lambda-url-origin-without-oac flags a function URL origin without OAC, enabled or not', () => {
    const url = 'abcdefghijklmnopqrstuvwxyz012345.lambda-url.eu-west-1.on.aws';
    const bare = distribution({ enabled: false, origins: [customOrigin({ id: 'fn', domainName: url })] });
    const findings = run(cloudfront.lambdaUrlOriginWithoutOac, bare);
    expect(findings.map((f) => [f.subKey, f.message, f.references.fsbp])).toEqual([
      [
        'fn',
        `Distribution E1 (www.example.com) reaches Lambda function URL ${url} without origin access control.`,
        ['CloudFront.16'],
      ],
    ]);
  });

  it('cloudfront.lambda-url-origin-without-oac passes a function URL with OAC, other custom origins and unread origins', () => {
    const url = 'abc.lambda-url.eu-west-1.on.aws';
    expect(
      run(
        cloudfront.lambdaUrlOriginWithoutOac,
        distribution({
          origins: [customOrigin({ id: 'fn', domainName: url, originAccessControlId: 'E2OAC' })],
        }),
        distribution({ origins: [customOrigin({ domainName: 'api.lambda-url.example.com' })] }, [], 'E2'),
        distribution({ origins: [customOrigin({ id: 'fn', domainName: url })] }, ['origins'], 'E3'),
      ),
    ).toEqual([]);
  });

  it('cloudfront.s3-origin-without-oac: high when the bucket is public, low with a legacy OAI, silent with OAC', () => {
    const publicBucket = bareBucket('site', 'us-east-1');
    publicBucket.attributes.aclPublicGrants = [{ grantee: 'AllUsers', permission: 'READ' }];
    const bare = distribution({ origins: [s3Origin('site', { originAccessControlId: null })] });
    expect(run(cloudfront.s3OriginWithoutOac, bare, publicBucket).map((f) => f.severity)).toEqual(['high']);
    expect(
      run(cloudfront.s3OriginWithoutOac, bare, bareBucket('site', 'us-east-1')).map((f) => f.severity),
    ).toEqual(['medium']);
    const oai = distribution({
      origins: [
        s3Origin('site', {
          originAccessControlId: null,
          originAccessIdentity: 'origin-access-identity/cloudfront/E9',
        }),
      ],
    });
    expect(run(cloudfront.s3OriginWithoutOac, oai).map((f) => [f.severity, f.references.fsbp])).toEqual([
      ['low', ['CloudFront.13']],
    ]);
    expect(run(cloudfront.s3OriginWithoutOac, distribution())).toEqual([]);
  });

  it('cloudfront.s3-origin-bucket-missing: a 404 bucket only; a scanned or unknown one is not reported', () => {
    const gone = distribution({ origins: [s3Origin('gone', { bucketExists: false })], enabled: false });
    const findings = run(cloudfront.s3OriginBucketMissing, gone);
    expect(findings.map((f) => [f.subKey, f.severity])).toEqual([['gone', 'high']]);
    expect(findings[0]?.remediation.cli).toBe('aws s3api create-bucket --bucket gone --region us-east-1');
    expect(run(cloudfront.s3OriginBucketMissing, gone, bareBucket('gone', 'us-east-1'))).toEqual([]);
    expect(
      run(
        cloudfront.s3OriginBucketMissing,
        distribution({ origins: [s3Origin('x', { bucketExists: null })] }),
      ),
    ).toEqual([]);
  });

  it('cloudfront.no-default-root-object: S3 origins only, and only when the config was read', () => {
    expect(run(cloudfront.noDefaultRootObject, distribution({ defaultRootObject: null }))).toHaveLength(1);
    expect(
      run(
        cloudfront.noDefaultRootObject,
        distribution({ defaultRootObject: null, origins: [customOrigin()] }),
      ),
    ).toEqual([]);
    expect(
      run(cloudfront.noDefaultRootObject, distribution({ defaultRootObject: null }, ['defaultRootObject'])),
    ).toEqual([]);
  });

  it('cloudfront.waf-not-associated', () => {
    expect(run(cloudfront.wafNotAssociated, distribution({ webAclId: null }))).toHaveLength(1);
    expect(run(cloudfront.wafNotAssociated, distribution())).toEqual([]);
  });

  it('cloudfront.logging-off: neither legacy nor v2 logging; unknown v2 is not judged', () => {
    expect(
      run(cloudfront.loggingOff, distribution({ loggingV2: false })).map((f) => f.references.fsbp),
    ).toEqual([['CloudFront.5']]);
    expect(run(cloudfront.loggingOff, distribution({ loggingV2: false, legacyLogging: true }))).toEqual([]);
    expect(run(cloudfront.loggingOff, distribution({ loggingV2: false }, ['loggingV2']))).toEqual([]);
  });

  it('cloudfront.origin-plain-http: http-only, or match-viewer with HTTP viewers; S3 website origins are low', () => {
    const http = distribution({ origins: [customOrigin({ originProtocolPolicy: 'http-only' })] });
    expect(run(cloudfront.originPlainHttp, http).map((f) => f.severity)).toEqual(['medium']);
    const matchOnlyHttps = distribution({
      origins: [customOrigin({ originProtocolPolicy: 'match-viewer' })],
    });
    expect(run(cloudfront.originPlainHttp, matchOnlyHttps)).toEqual([]);
    const matchHttp = distribution({
      ...matchOnlyHttps.attributes,
      viewerProtocolPolicies: [{ pathPattern: 'default', policy: 'allow-all' }],
    });
    expect(run(cloudfront.originPlainHttp, matchHttp)).toHaveLength(1);
    const website = distribution({
      origins: [customOrigin({ kind: 's3-website', bucket: 'site', originProtocolPolicy: 'http-only' })],
    });
    expect(run(cloudfront.originPlainHttp, website).map((f) => f.severity)).toEqual(['low']);
  });

  it('cloudfront.origin-ssl-deprecated: SSLv3 only', () => {
    expect(
      run(
        cloudfront.originSslDeprecated,
        distribution({ origins: [customOrigin({ originSslProtocols: ['SSLv3', 'TLSv1'] })] }),
      ),
    ).toHaveLength(1);
    expect(
      run(
        cloudfront.originSslDeprecated,
        distribution({ origins: [customOrigin({ originSslProtocols: ['TLSv1', 'TLSv1.2'] })] }),
      ),
    ).toEqual([]);
  });

  it('cloudfront.viewer-tls-outdated: own certificates below TLSv1.2 only', () => {
    const old = (cloudFrontDefault: boolean) =>
      distribution({
        viewerCertificate: {
          cloudFrontDefault,
          minimumProtocolVersion: 'TLSv1.1_2016',
          sslSupportMethod: 'sni-only',
          certificateArn: null,
        },
      });
    expect(run(cloudfront.viewerTlsOutdated, old(false))).toHaveLength(1);
    expect(run(cloudfront.viewerTlsOutdated, old(true))).toEqual([]);
  });

  it('cloudfront.dedicated-ip-ssl counts $600 once per certificate', () => {
    const vip = (id: string) =>
      distribution(
        {
          viewerCertificate: {
            cloudFrontDefault: false,
            minimumProtocolVersion: 'TLSv1.2_2021',
            sslSupportMethod: 'vip',
            certificateArn: 'arn:cert/1',
          },
        },
        [],
        id,
      );
    const findings = run(cloudfront.dedicatedIpSsl, vip('E2'), vip('E1'));
    expect(findings.map((f) => [f.resource.id, f.cost?.monthlyUsd ?? null])).toEqual([
      ['E1', 600],
      ['E2', null],
    ]);
    expect(run(cloudfront.dedicatedIpSsl, distribution())).toEqual([]);
  });
});
