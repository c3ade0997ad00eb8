import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import {
  CloudFrontClient,
  GetDistributionConfigCommand,
  ListDistributionsCommand,
} from '@aws-sdk/client-cloudfront';
import { CloudWatchLogsClient, DescribeDeliverySourcesCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  ListHostedZonesCommand,
  ListQueryLoggingConfigsCommand,
  ListResourceRecordSetsCommand,
  Route53Client,
} from '@aws-sdk/client-route-53';
import { HeadBucketCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { cloudfrontCollector } from '../../../src/scan/collectors/cloudfront.js';
import { isEc2ReverseName } from '../../../src/scan/collectors/dns-targets.js';
import { pointingRecord, route53Collector } from '../../../src/scan/collectors/route53.js';
import { DNS_SERVERS_ENV, NAME_SERVER_PORT_ENV } from '../../../src/scan/existence.js';
import { accessDenied, collect, ofType } from '../../support/collector-harness.js';
import { startDnsServer } from '../../support/dns-server.js';
import { restoreEnv } from '../../support/process-env.js';

const cloudfront = mockClient(CloudFrontClient);
const logs = mockClient(CloudWatchLogsClient);
const route53 = mockClient(Route53Client);
const s3 = mockClient(S3Client);
afterEach(() => {
  cloudfront.reset();
  logs.reset();
  route53.reset();
  s3.reset();
});
afterAll(() => {
  cloudfront.restore();
  logs.restore();
  route53.restore();
  s3.restore();
});

const httpError = (name: string, status: number) =>
  Object.assign(new Error(name), { name, $metadata: { httpStatusCode: status } });

const GLOBAL = { region: 'us-east-1', scopeRegion: 'global' };

describe('the CloudFront collector', () => {
  const summary = (id: string, bucket: string) => ({
    Id: id,
    ARN: `arn:aws:cloudfront::111122223333:distribution/${id}`,
    DomainName: `${id.toLowerCase()}.cloudfront.net`,
    Enabled: true,
    Status: 'Deployed',
    Origins: {
      Quantity: 1,
      Items: [
        { Id: 'o', DomainName: `${bucket}.s3.amazonaws.com`, S3OriginConfig: { OriginAccessIdentity: '' } },
      ],
    },
    DefaultCacheBehavior: { TargetOriginId: 'o', ViewerProtocolPolicy: 'redirect-to-https' as const },
    ViewerCertificate: { CloudFrontDefaultCertificate: true },
  });

  it('reads two pages, each config, v2 logging, and tells a bucket of another account (403) from a gone one (404)', async () => {
    cloudfront
      .on(ListDistributionsCommand, { Marker: undefined })
      .resolves({
        DistributionList: { IsTruncated: true, NextMarker: 'm2', Items: [summary('E1', 'theirs')] } as never,
      })
      .on(ListDistributionsCommand, { Marker: 'm2' })
      .resolves({ DistributionList: { IsTruncated: false, Items: [summary('E2', 'gone')] } as never });
    cloudfront.on(GetDistributionConfigCommand, { Id: 'E1' }).resolves({
      DistributionConfig: { DefaultRootObject: 'index.html', Logging: { Enabled: true } } as never,
    });
    cloudfront
      .on(GetDistributionConfigCommand, { Id: 'E2' })
      .rejects(accessDenied('cloudfront:GetDistributionConfig'));
    logs.on(DescribeDeliverySourcesCommand).resolves({
      deliverySources: [
        { service: 'cloudfront', resourceArns: ['arn:aws:cloudfront::111122223333:distribution/E2'] },
      ],
    });
    s3.on(HeadBucketCommand, { Bucket: 'theirs' }).rejects(httpError('Forbidden', 403));
    s3.on(HeadBucketCommand, { Bucket: 'gone' }).rejects(httpError('NotFound', 404));
    const outcome = await collect(cloudfrontCollector, GLOBAL);
    const distributions = ofType(outcome, 'cloudfront:distribution');
    expect(
      distributions.map((d) => [
        d.id,
        d.attributes.origins[0]?.bucketExists,
        d.attributes.defaultRootObject,
        d.attributes.legacyLogging,
        d.attributes.loggingV2,
        d.unknownAttributes,
      ]),
    ).toEqual([
      ['E1', true, 'index.html', true, false, []],
      ['E2', false, null, false, true, ['defaultRootObject', 'legacyLogging']],
    ]);
    expect(outcome.errors.map((e) => [e.operation, e.resourceId])).toEqual([['GetDistributionConfig', 'E2']]);
    expect(outcome.partialTypes).toEqual(new Set(['cloudfront:distribution']));
  });

  it("takes the account's own buckets (ListBuckets) as existing and asks HeadBucket only of the others", async () => {
    cloudfront.on(ListDistributionsCommand).resolves({
      DistributionList: {
        IsTruncated: false,
        Items: [summary('E1', 'mine'), summary('E2', 'gone'), summary('E3', 'also-mine')],
      } as never,
    });
    cloudfront.on(GetDistributionConfigCommand).resolves({ DistributionConfig: {} as never });
    logs.on(DescribeDeliverySourcesCommand).resolves({ deliverySources: [] });
    s3.on(ListBucketsCommand).resolves({
      Buckets: [{ Name: 'mine' }, { Name: 'also-mine' }, { Name: 'other' }],
    });
    s3.on(HeadBucketCommand, { Bucket: 'gone' }).rejects(httpError('NotFound', 404));
    const distributions = ofType(await collect(cloudfrontCollector, GLOBAL), 'cloudfront:distribution');
    expect(distributions.map((d) => [d.id, d.attributes.origins[0]?.bucketExists])).toEqual([
      ['E1', true],
      ['E2', false],
      ['E3', true],
    ]);
    expect(s3.commandCalls(ListBucketsCommand)).toHaveLength(1);
    expect(s3.commandCalls(HeadBucketCommand).map((c) => c.args[0].input.Bucket)).toEqual(['gone']);
  });

  it('asks HeadBucket of every bucket, recording nothing, when ListBuckets fails', async () => {
    cloudfront.on(ListDistributionsCommand).resolves({
      DistributionList: {
        IsTruncated: false,
        Items: [summary('E1', 'mine'), summary('E2', 'gone')],
      } as never,
    });
    cloudfront.on(GetDistributionConfigCommand).resolves({ DistributionConfig: {} as never });
    logs.on(DescribeDeliverySourcesCommand).resolves({ deliverySources: [] });
    s3.on(ListBucketsCommand).rejects(accessDenied('s3:ListAllMyBuckets'));
    s3.on(HeadBucketCommand, { Bucket: 'mine' }).resolves({});
    s3.on(HeadBucketCommand, { Bucket: 'gone' }).rejects(httpError('NotFound', 404));
    const outcome = await collect(cloudfrontCollector, GLOBAL);
    expect(
      ofType(outcome, 'cloudfront:distribution').map((d) => [d.id, d.attributes.origins[0]?.bucketExists]),
    ).toEqual([
      ['E1', true],
      ['E2', false],
    ]);
    expect(s3.commandCalls(HeadBucketCommand)).toHaveLength(2);
    expect(outcome.errors).toEqual([]);
    expect(outcome.partialTypes).toEqual(new Set());
  });

  it('leaves an origin bucket unknown when HeadBucket fails otherwise, and v2 logging unknown when unread', async () => {
    cloudfront
      .on(ListDistributionsCommand)
      .resolves({ DistributionList: { IsTruncated: false, Items: [summary('E1', 'odd')] } as never });
    cloudfront.on(GetDistributionConfigCommand).resolves({ DistributionConfig: {} as never });
    logs.on(DescribeDeliverySourcesCommand).rejects(accessDenied('logs:DescribeDeliverySources'));
    s3.on(HeadBucketCommand).rejects(httpError('InternalError', 500));
    const [distribution] = ofType(await collect(cloudfrontCollector, GLOBAL), 'cloudfront:distribution');
    expect(distribution?.attributes.origins[0]?.bucketExists).toBeNull();
    expect(distribution?.unknownAttributes).toEqual(['loggingV2']);
  });
});

describe('the Route 53 collector', () => {
  it('classifies what records point at', () => {
    const classify = (Type: string, value: string, alias = false, name = 'x.example.com.') =>
      pointingRecord(
        alias
          ? {
              Name: name,
              Type: Type as never,
              AliasTarget: { DNSName: value, HostedZoneId: 'Z', EvaluateTargetHealth: false },
            }
          : { Name: name, Type: Type as never, ResourceRecords: [{ Value: value }] },
        'example.com',
      );
    expect(classify('CNAME', 'b.s3-website-us-east-1.amazonaws.com')).toMatchObject({
      targetKind: 's3',
      target: 'b',
    });
    expect(classify('CNAME', 'my.bucket.s3.eu-west-1.amazonaws.com.')).toMatchObject({
      targetKind: 's3',
      target: 'my.bucket',
    });
    // An alias to a website endpoint serves the bucket named as the record.
    expect(classify('A', 's3-website-us-east-1.amazonaws.com.', true, 'Static.Example.com.')).toMatchObject({
      targetKind: 's3',
      target: 'static.example.com',
      alias: true,
    });
    expect(classify('A', 'd123.cloudfront.net.', true)).toMatchObject({
      targetKind: 'cloudfront',
      target: 'd123.cloudfront.net',
    });
    expect(classify('CNAME', 'lb-1.eu-west-1.elb.amazonaws.com')).toMatchObject({
      targetKind: 'load-balancer',
      target: 'lb-1.eu-west-1.elb.amazonaws.com',
    });
    // Alias records name the dual-stack form: the load balancer's own name is what is looked up.
    expect(classify('A', 'dualstack.internal-app-9.us-east-1.elb.amazonaws.com.', true)).toMatchObject({
      targetKind: 'load-balancer',
      target: 'internal-app-9.us-east-1.elb.amazonaws.com',
    });
    expect(classify('CNAME', 'old-1.elb.amazonaws.com')).toMatchObject({ targetKind: 'load-balancer' });
    expect(classify('CNAME', 'net-0abc.elb.eu-west-1.amazonaws.com')).toMatchObject({
      targetKind: 'load-balancer',
      target: 'net-0abc.elb.eu-west-1.amazonaws.com',
    });
    expect(classify('CNAME', 'gw-1.elb.cn-north-1.amazonaws.com.cn')).toMatchObject({
      targetKind: 'load-balancer',
    });
    expect(classify('CNAME', 'myapp.eu-west-1.elasticbeanstalk.com')).toMatchObject({
      targetKind: 'elastic-beanstalk',
      target: 'myapp.eu-west-1.elasticbeanstalk.com',
    });
    expect(classify('A', 'legacy.elasticbeanstalk.com.', true)).toMatchObject({
      targetKind: 'elastic-beanstalk',
      target: 'legacy.elasticbeanstalk.com',
    });
    // Neither: a name merely ending like them, an API Gateway name.
    expect(classify('CNAME', 'elb.amazonaws.com.example.net')).toMatchObject({ targetKind: 'other' });
    expect(classify('CNAME', 'abc.execute-api.us-east-1.amazonaws.com')).toMatchObject({
      targetKind: 'other',
      target: null,
    });
    expect(classify('A', '203.0.113.9')).toMatchObject({
      targetKind: 'ip',
      addresses: [{ address: '203.0.113.9', ec2: null, reverseName: null }],
    });
    // Private, shared and loopback addresses are never reversed nor judged; neither are AAAA values.
    for (const address of ['10.1.2.3', '172.16.0.1', '192.168.1.1', '100.64.0.1', '127.0.0.1'])
      expect(classify('A', address)).toMatchObject({ targetKind: 'ip', addresses: [] });
    expect(classify('AAAA', '2600:1f18::1')).toMatchObject({ addresses: [] });
    expect(isEc2ReverseName('3.5.1.2', ['ec2-3-5-1-2.eu-west-1.compute.amazonaws.com'])).toBe(true);
    expect(isEc2ReverseName('3.5.1.2', ['ec2-3-5-1-2.compute-1.amazonaws.com'])).toBe(true);
    expect(isEc2ReverseName('3.5.1.2', ['ec2-3-5-1-9.compute-1.amazonaws.com'])).toBe(false);
    expect(isEc2ReverseName('3.5.1.2', ['ec2-3-5-1-2.compute-1.amazonaws.com.evil.net'])).toBe(false);
    expect(classify('NS', 'ns-1.awsdns-1.org', false, 'sub.example.com.')).toMatchObject({
      targetKind: 'delegation',
    });
    expect(classify('NS', 'ns-1.awsdns-1.org', false, 'example.com.')).toBeNull();
    expect(classify('NS', 'ns-1.awsdns-01.co.uk.', false, 'sub.example.com.')).toMatchObject({
      targetKind: 'delegation',
      target: 'sub.example.com',
    });
    // Another provider's name servers: a delegation nothing here can ask.
    expect(classify('NS', 'ns1.other-dns.net', false, 'sub.example.com.')).toMatchObject({
      targetKind: 'delegation',
      target: null,
    });
    expect(classify('TXT', '"v=spf1"')).toBeNull();
    // Access points and Object Lambda endpoints are not buckets: HeadBucket would call them missing.
    expect(classify('CNAME', 'ap-111122223333.s3-accesspoint.us-east-1.amazonaws.com')).toMatchObject({
      targetKind: 'other',
    });
    expect(classify('CNAME', 'olap-1.s3-object-lambda.eu-west-1.amazonaws.com')).toMatchObject({
      targetKind: 'other',
    });
    expect(classify('CNAME', 'b.s3.dualstack.us-gov-west-1.amazonaws.com')).toMatchObject({
      targetKind: 's3',
      target: 'b',
    });
  });

  it('pages through records, records a zone whose records failed as unknown, and fails a truncated page without a marker', async () => {
    route53.on(ListHostedZonesCommand).resolves({
      HostedZones: [
        {
          Id: '/hostedzone/Z1',
          Name: 'one.com.',
          CallerReference: 'a',
          Config: { PrivateZone: false },
          ResourceRecordSetCount: 3,
        },
        { Id: '/hostedzone/Z2', Name: 'two.com.', CallerReference: 'b' },
        { Id: '/hostedzone/Z3', Name: 'three.com.', CallerReference: 'c' },
      ],
      IsTruncated: false,
      MaxItems: 100,
    });
    route53
      .on(ListQueryLoggingConfigsCommand)
      .resolves({ QueryLoggingConfigs: [{ Id: 'q', HostedZoneId: 'Z1', CloudWatchLogsLogGroupArn: 'arn' }] });
    route53
      .on(ListResourceRecordSetsCommand, { HostedZoneId: 'Z1', StartRecordName: undefined })
      .resolves({
        ResourceRecordSets: [
          { Name: 'a.one.com.', Type: 'CNAME', ResourceRecords: [{ Value: 'b.s3.amazonaws.com' }] },
        ],
        IsTruncated: true,
        NextRecordName: 'b.one.com.',
        NextRecordType: 'CNAME',
        MaxItems: 300,
      })
      .on(ListResourceRecordSetsCommand, { HostedZoneId: 'Z1', StartRecordName: 'b.one.com.' })
      .resolves({
        ResourceRecordSets: [
          { Name: 'b.one.com.', Type: 'CNAME', ResourceRecords: [{ Value: 'gone.s3.amazonaws.com' }] },
        ],
        IsTruncated: false,
        MaxItems: 300,
      });
    route53
      .on(ListResourceRecordSetsCommand, { HostedZoneId: 'Z2' })
      .rejects(accessDenied('route53:ListResourceRecordSets'));
    route53
      .on(ListResourceRecordSetsCommand, { HostedZoneId: 'Z3' })
      .resolves({ ResourceRecordSets: [], IsTruncated: true, MaxItems: 300 });
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'b' }] });
    s3.on(HeadBucketCommand, { Bucket: 'gone' }).rejects(httpError('NotFound', 404));
    const outcome = await collect(route53Collector, GLOBAL);
    // The account's own bucket needs no HeadBucket.
    expect(s3.commandCalls(HeadBucketCommand).map((c) => c.args[0].input.Bucket)).toEqual(['gone']);
    const zones = ofType(outcome, 'route53:hosted-zone');
    expect(
      zones.map((z) => [
        z.id,
        z.attributes.records.map((r) => [r.target, r.targetExists]),
        z.attributes.queryLogging,
        z.unknownAttributes,
      ]),
    ).toEqual([
      [
        'Z1',
        [
          ['b', true],
          ['gone', false],
        ],
        true,
        [],
      ],
      ['Z2', [], false, ['records']],
      ['Z3', [], false, ['records']],
    ]);
    expect(outcome.errors.map((e) => [e.operation, e.resourceId])).toEqual([
      ['ListResourceRecordSets', 'Z2'],
      ['ListResourceRecordSets', 'Z3'],
    ]);
  });

  it('looks up each distinct Elastic Beanstalk and load balancer name and public address once: NXDOMAIN is gone, a failure unknown', async () => {
    const dns = await startDnsServer(['live.us-east-1.elasticbeanstalk.com'], {
      reverse: { '54.1.2.3': 'ec2-54-1-2-3.compute-1.amazonaws.com', '198.51.100.7': 'host.example.net' },
      addresses: { 'ns-1.awsdns-01.org': '127.0.0.1' },
      zones: ['sub.one.com'],
    });
    const saved = { ...process.env };
    process.env[DNS_SERVERS_ENV] = dns.address;
    process.env[NAME_SERVER_PORT_ENV] = String(dns.port);
    try {
      route53.on(ListHostedZonesCommand).resolves({
        HostedZones: [
          { Id: '/hostedzone/Z1', Name: 'one.com.', CallerReference: 'a' },
          { Id: '/hostedzone/Z2', Name: 'in.one.com.', CallerReference: 'b', Config: { PrivateZone: true } },
        ],
        IsTruncated: false,
        MaxItems: 100,
      });
      route53.on(ListQueryLoggingConfigsCommand).resolves({ QueryLoggingConfigs: [] });
      // A private zone's addresses are never looked up.
      route53.on(ListResourceRecordSetsCommand, { HostedZoneId: 'Z2' }).resolves({
        ResourceRecordSets: [{ Name: 'db.in.one.com.', Type: 'A', ResourceRecords: [{ Value: '54.7.7.7' }] }],
        IsTruncated: false,
        MaxItems: 300,
      });
      const cname = (name: string, value: string) => ({
        Name: `${name}.one.com.`,
        Type: 'CNAME' as const,
        ResourceRecords: [{ Value: value }],
      });
      const ns = (name: string, servers: string[]) => ({
        Name: `${name}.one.com.`,
        Type: 'NS' as const,
        ResourceRecords: servers.map((Value) => ({ Value })),
      });
      route53.on(ListResourceRecordSetsCommand, { HostedZoneId: 'Z1' }).resolves({
        ResourceRecordSets: [
          {
            Name: 'vm.one.com.',
            Type: 'A',
            ResourceRecords: [{ Value: '54.1.2.3' }, { Value: '10.0.0.1' }, { Value: '198.51.100.7' }],
          },
          { Name: 'bare.one.com.', Type: 'A', ResourceRecords: [{ Value: '54.9.9.9' }] },
          ns('sub', ['ns-9.awsdns-09.net', 'ns-1.awsdns-01.org']),
          ns('old', ['ns-1.awsdns-01.org']),
          ns('ext', ['ns1.other-dns.net']),
          cname('app', 'live.us-east-1.elasticbeanstalk.com'),
          cname('old', 'gone.us-east-1.elasticbeanstalk.com'),
          cname('lb', 'web-1.us-east-1.elb.amazonaws.com'),
          {
            Name: 'one.com.',
            Type: 'A',
            AliasTarget: {
              DNSName: 'dualstack.web-1.us-east-1.elb.amazonaws.com.',
              HostedZoneId: 'Z35SXDOTRQ7X7K',
              EvaluateTargetHealth: false,
            },
          },
        ],
        IsTruncated: false,
        MaxItems: 300,
      });
      const outcome = await collect(route53Collector, GLOBAL);
      const [zone, privateZone] = ofType(outcome, 'route53:hosted-zone');
      expect(zone?.attributes.records.slice(0, 2).map((r) => r.addresses)).toEqual([
        [
          { address: '54.1.2.3', ec2: true, reverseName: 'ec2-54-1-2-3.compute-1.amazonaws.com' },
          { address: '198.51.100.7', ec2: false, reverseName: null },
        ],
        [{ address: '54.9.9.9', ec2: false, reverseName: null }],
      ]);
      expect(privateZone?.attributes.records[0]?.addresses).toEqual([
        { address: '54.7.7.7', ec2: null, reverseName: null },
      ]);
      expect(zone?.attributes.records.slice(2).map((r) => [r.name, r.targetKind, r.targetExists])).toEqual([
        // Served by the delegated name server (its SOA), refused, and another provider's: not asked.
        ['sub.one.com', 'delegation', true],
        ['old.one.com', 'delegation', false],
        ['ext.one.com', 'delegation', null],
        ['app.one.com', 'elastic-beanstalk', true],
        ['old.one.com', 'elastic-beanstalk', false],
        ['lb.one.com', 'load-balancer', false],
        ['one.com', 'load-balancer', false],
      ]);
      expect([...dns.queries].sort()).toEqual([
        '3.2.1.54.in-addr.arpa',
        '7.100.51.198.in-addr.arpa',
        '9.9.9.54.in-addr.arpa',
        'gone.us-east-1.elasticbeanstalk.com',
        'live.us-east-1.elasticbeanstalk.com',
        'ns-1.awsdns-01.org',
        'old.one.com',
        'sub.one.com',
        'web-1.us-east-1.elb.amazonaws.com',
      ]);
      expect(outcome.errors).toEqual([]);

      // No server at all: every name is unknown and its failure recorded, none is "gone".
      process.env[DNS_SERVERS_ENV] = '127.0.0.1:9';
      const failed = await collect(route53Collector, GLOBAL);
      const [failedZone] = ofType(failed, 'route53:hosted-zone');
      expect(failedZone?.attributes.records.map((r) => r.targetExists)).toEqual([
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ]);
      expect(failedZone?.attributes.records[1]?.addresses).toEqual([
        { address: '54.9.9.9', ec2: null, reverseName: null },
      ]);
      expect(failed.errors.map((e) => e.resourceId).sort()).toEqual([
        '198.51.100.7',
        '54.1.2.3',
        '54.9.9.9',
        'gone.us-east-1.elasticbeanstalk.com',
        'live.us-east-1.elasticbeanstalk.com',
        'old.one.com',
        'sub.one.com',
        'web-1.us-east-1.elb.amazonaws.com',
      ]);
    } finally {
      restoreEnv(saved, [DNS_SERVERS_ENV, NAME_SERVER_PORT_ENV]);
      await dns.close();
    }
  }, 30_000);
});
