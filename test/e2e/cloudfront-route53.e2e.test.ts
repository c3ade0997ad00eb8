import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CloudFrontClient, CreateDistributionCommand, type Origin } from '@aws-sdk/client-cloudfront';
import {
  ChangeResourceRecordSetsCommand,
  CreateHostedZoneCommand,
  Route53Client,
} from '@aws-sdk/client-route-53';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { Inventory } from '../../src/inventory/document.js';
import { runRules, type AuditOutcome } from '../../src/rules/engine.js';
import { DNS_SERVERS_ENV, NAME_SERVER_PORT_ENV } from '../../src/scan/existence.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';
import { startDnsServer, type DnsServer } from '../support/dns-server.js';
import { restoreEnv } from '../support/process-env.js';
import { rulesFrom } from '../support/rules.js';

const s3Origin = (id: string, bucket: string): Origin => ({
  Id: id,
  DomainName: `${bucket}.s3.amazonaws.com`,
  S3OriginConfig: { OriginAccessIdentity: '' },
});

/**
 * CloudFront distributions and Route 53 records against moto, with a local DNS server answering
 * for *.cloudfront.net, Elastic Beanstalk and load balancer names: a record to a bucket no account
 * holds and ones to a CloudFront or Elastic Beanstalk name that is gone are dangling; one to a gone
 * load balancer is stale; records to the scanned distribution and bucket are not; a live name
 * outside the scan is said to be outside. The same server reverses an address to an EC2 name (an
 * A record to it is reported: no scanned account holds it) and plays Route 53's name server for
 * delegations: one refused (dangling), one served (outside the scan), one to a zone the account
 * holds (never reported), one to another provider (said plainly not judged).
 */
describe('CloudFront and Route 53, against moto', () => {
  const account = uniqueAccountId();
  const site = `site-${account}`;
  const gone = `gone-${account}`;
  const missing = `missing-${account}`;
  let dns: DnsServer;
  const saved = { ...process.env };
  let inventory: Inventory;
  let outcome: AuditOutcome;
  let distributionDomain = '';
  // An address in EC2's space (by the local server's reverse name) that no scanned account holds.
  // (A held Elastic IP is covered by the rule's unit test: moto allocates them in 127.0.0.0/8, never judged.)
  const RELEASED = '54.240.1.2';
  const AWS_NS = 'ns-1.awsdns-01.org';

  beforeAll(async () => {
    const credentials = await accountCredentials(account);
    dns = await startDnsServer(['dlive456.cloudfront.net', 'live.us-east-1.elasticbeanstalk.com'], {
      reverse: { [RELEASED]: `ec2-${RELEASED.replace(/\./g, '-')}.compute-1.amazonaws.com` },
      addresses: { [AWS_NS]: '127.0.0.1' },
      // Served by the delegated name server; every other delegated name is refused.
      zones: [`zlive.example-${account}.com`],
    });
    process.env[DNS_SERVERS_ENV] = dns.address;
    // The local server plays Route 53's name server too: its name resolves to it, on its port.
    process.env[NAME_SERVER_PORT_ENV] = String(dns.port);
    await new S3Client(seedConfig('us-east-1', credentials)).send(new CreateBucketCommand({ Bucket: site }));
    const created = await new CloudFrontClient(seedConfig('us-east-1', credentials)).send(
      new CreateDistributionCommand({
        DistributionConfig: {
          CallerReference: `site-${account}`,
          Comment: 'site',
          Enabled: true,
          Origins: {
            Quantity: 3,
            Items: [
              s3Origin('site', site),
              s3Origin('old', gone),
              // A Lambda function URL without origin access control (CloudFront.16).
              {
                Id: 'render',
                DomainName: 'abc123xyz.lambda-url.us-east-1.on.aws',
                CustomOriginConfig: { HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy: 'https-only' },
              },
            ],
          },
          DefaultCacheBehavior: {
            TargetOriginId: 'site',
            ViewerProtocolPolicy: 'allow-all',
            ForwardedValues: { QueryString: false, Cookies: { Forward: 'none' } },
            MinTTL: 0,
          },
        },
      }),
    );
    distributionDomain = created.Distribution?.DomainName ?? '';
    const route53 = new Route53Client(seedConfig('us-east-1', credentials));
    const zone = await route53.send(
      new CreateHostedZoneCommand({ Name: `example-${account}.com`, CallerReference: `zone-${account}` }),
    );
    const cname = (name: string, value: string) => ({
      Action: 'CREATE' as const,
      ResourceRecordSet: {
        Name: `${name}.example-${account}.com`,
        Type: 'CNAME' as const,
        TTL: 300,
        ResourceRecords: [{ Value: value }],
      },
    });
    // The delegated zone this account holds: never reported, though the local server refuses it.
    await route53.send(
      new CreateHostedZoneCommand({
        Name: `zheld.example-${account}.com`,
        CallerReference: `held-${account}`,
      }),
    );
    const ns = (name: string, servers: string[]) => ({
      Action: 'CREATE' as const,
      ResourceRecordSet: {
        Name: `${name}.example-${account}.com`,
        Type: 'NS' as const,
        TTL: 300,
        ResourceRecords: servers.map((Value) => ({ Value })),
      },
    });
    const a = (name: string, address: string) => ({
      Action: 'CREATE' as const,
      ResourceRecordSet: {
        Name: `${name}.example-${account}.com`,
        Type: 'A' as const,
        TTL: 300,
        ResourceRecords: [{ Value: address }],
      },
    });
    await route53.send(
      new ChangeResourceRecordSetsCommand({
        HostedZoneId: zone.HostedZone?.Id,
        ChangeBatch: {
          Changes: [
            cname('old', `${missing}.s3-website-us-east-1.amazonaws.com`),
            cname('cdn', 'dgone123.cloudfront.net'),
            cname('www', distributionDomain),
            cname('static', `${site}.s3-website-us-east-1.amazonaws.com`),
            cname('partner', 'dlive456.cloudfront.net'),
            cname('app', 'gone.us-east-1.elasticbeanstalk.com'),
            cname('beta', 'live.us-east-1.elasticbeanstalk.com'),
            cname('lb', 'dualstack.web-123.us-east-1.elb.amazonaws.com'),
            a('vm', RELEASED),
            a('intranet', '10.0.0.5'),
            ns('zgone', [AWS_NS]),
            ns('zlive', [AWS_NS]),
            ns('zheld', [AWS_NS]),
            ns('zext', ['ns1.other-dns.net']),
          ],
        },
      }),
    );
    inventory = await scanForTest(credentials, {
      regions: ['us-east-1'],
      services: ['s3', 'cloudfront', 'route53', 'ec2'],
    });
    outcome = runRules(inventory, DEFAULT_CONFIG, rulesFrom('cloudfront', 'route53'), new Date());
  }, 120_000);

  afterAll(async () => {
    restoreEnv(saved, [DNS_SERVERS_ENV, NAME_SERVER_PORT_ENV]);
    await dns.close();
  });

  const found = (ruleId: string) =>
    outcome.findings
      .filter((f) => f.ruleId === ruleId)
      .map((f) => [f.resource.id, f.subKey ?? null, f.severity]);

  it('reads distributions and zones without errors', () => {
    expect(inventory.errors).toEqual([]);
    const [distribution] = ofType(inventory, 'cloudfront:distribution');
    expect(distribution?.attributes).toMatchObject({
      domainName: distributionDomain.toLowerCase(),
      enabled: true,
      viewerProtocolPolicies: [{ pathPattern: 'default', policy: 'allow-all' }],
      origins: [
        expect.objectContaining({ id: 'site', kind: 's3', bucket: site, bucketExists: true }),
        expect.objectContaining({ id: 'old', kind: 's3', bucket: gone, bucketExists: false }),
        expect.objectContaining({ id: 'render', kind: 'custom', originAccessControlId: null }),
      ],
    });
    const zone = ofType(inventory, 'route53:hosted-zone').find((z) => z.name === `example-${account}.com`);
    expect(zone?.attributes.records.map((r) => [r.name.split('.')[0], r.targetKind, r.targetExists])).toEqual(
      expect.arrayContaining([
        ['old', 's3', false],
        ['cdn', 'cloudfront', false],
        ['static', 's3', true],
        ['partner', 'cloudfront', true],
        ['app', 'elastic-beanstalk', false],
        ['beta', 'elastic-beanstalk', true],
        ['lb', 'load-balancer', false],
        ['zgone', 'delegation', false],
        ['zlive', 'delegation', true],
        ['zheld', 'delegation', false],
        ['zext', 'delegation', null],
      ]),
    );
    const addresses = (name: string) =>
      zone?.attributes.records.find((r) => r.name.startsWith(`${name}.`))?.addresses;
    expect(addresses('vm')).toEqual([{ address: RELEASED, ec2: true, reverseName: expect.any(String) }]);
    expect(addresses('intranet')).toEqual([]);
    // One lookup per distinct name: the scanned distribution's too (the rule, not the scan, knows it is held).
    expect([...dns.queries].sort()).toEqual(
      [
        'dgone123.cloudfront.net',
        'dlive456.cloudfront.net',
        distributionDomain.toLowerCase(),
        'gone.us-east-1.elasticbeanstalk.com',
        'live.us-east-1.elasticbeanstalk.com',
        'web-123.us-east-1.elb.amazonaws.com',
        '2.1.240.54.in-addr.arpa',
        AWS_NS,
        `zgone.example-${account}.com`,
        `zlive.example-${account}.com`,
        `zheld.example-${account}.com`,
      ].sort(),
    );
  });

  it('finds the dangling records, and not the records to a live bucket or the scanned distribution', () => {
    const zone = ofType(inventory, 'route53:hosted-zone').find((z) => z.name === `example-${account}.com`);
    const id = zone?.id;
    expect(found('route53.record-dangling')).toEqual([
      [id, `old.example-${account}.com CNAME`, 'critical'],
      [id, `app.example-${account}.com CNAME`, 'high'],
      [id, `cdn.example-${account}.com CNAME`, 'high'],
      [id, `zgone.example-${account}.com NS`, 'high'],
    ]);
    expect(found('route53.record-stale')).toEqual([[id, `lb.example-${account}.com CNAME`, 'low']]);
    // The released address is reported (EC2 was listed in the scanned region); the private one never is.
    expect(found('route53.record-address-not-held')).toEqual([[id, `vm.example-${account}.com A`, 'medium']]);
    expect(found('route53.record-target-outside-scan')).toEqual([
      [id, `partner.example-${account}.com CNAME`, 'info'],
      [id, `zext.example-${account}.com NS`, 'info'],
      [id, `zlive.example-${account}.com NS`, 'info'],
    ]);
    expect(found('route53.public-zone-query-logging-off').filter(([zoneId]) => zoneId === id)).toEqual([
      [id, null, 'low'],
    ]);
  });

  it('judges the distribution: the missing origin bucket, HTTP viewers, no OAC, no WAF, no logging', () => {
    const [distribution] = ofType(inventory, 'cloudfront:distribution');
    const id = distribution?.id;
    expect(found('cloudfront.s3-origin-bucket-missing')).toEqual([[id, 'old', 'high']]);
    expect(found('cloudfront.viewer-http-allowed')).toEqual([[id, null, 'medium']]);
    expect(found('cloudfront.s3-origin-without-oac').map(([, subKey]) => subKey)).toEqual(['old', 'site']);
    expect(found('cloudfront.waf-not-associated')).toHaveLength(1);
    expect(found('cloudfront.logging-off')).toHaveLength(1);
    expect(found('cloudfront.no-default-root-object')).toHaveLength(1);
    expect(found('cloudfront.lambda-url-origin-without-oac')).toEqual([[id, 'render', 'medium']]);
  });
});
