import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { CloudWatchClient, GetMetricDataCommand, type MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import {
  DescribeListenersCommand,
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancersCommand,
  DescribeTagsCommand,
  DescribeTargetGroupsCommand,
  ElasticLoadBalancingV2Client,
  type LoadBalancer,
  type LoadBalancerStateEnum,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { mockClient } from 'aws-sdk-client-mock';
import { elbv2Collector } from '../../../src/scan/collectors/elbv2.js';
import { metricDimension } from '../../../src/scan/collectors/lb-traffic.js';
import { accessDenied, collect, ofType } from '../../support/collector-harness.js';

const elbv2 = mockClient(ElasticLoadBalancingV2Client);
const cloudwatch = mockClient(CloudWatchClient);
afterEach(() => {
  elbv2.reset();
  cloudwatch.reset();
});
afterAll(() => {
  elbv2.restore();
  cloudwatch.restore();
});

const ARN = 'arn:aws:elasticloadbalancing:eu-west-2:111122223333:loadbalancer';
const balancer = (
  name: string,
  type: 'application' | 'network',
  state: LoadBalancerStateEnum = 'active',
): LoadBalancer => ({
  LoadBalancerArn: `${ARN}/${type === 'network' ? 'net' : 'app'}/${name}/abc123`,
  LoadBalancerName: name,
  Type: type,
  Scheme: 'internet-facing',
  DNSName: `${name}.elb.amazonaws.com`,
  VpcId: 'vpc-1',
  State: { Code: state },
  CreatedTime: new Date('2025-01-01T00:00:00Z'),
  AvailabilityZones: [
    { ZoneName: 'eu-west-2b', SubnetId: 'subnet-b' },
    { ZoneName: 'eu-west-2a', SubnetId: 'subnet-a' },
  ],
  SecurityGroups: type === 'application' ? ['sg-1'] : undefined,
});
const attributes = (pairs: Record<string, string>) => ({
  Attributes: Object.entries(pairs).map(([Key, Value]) => ({ Key, Value })),
});
const notFound = Object.assign(new Error('not found'), {
  name: 'LoadBalancerNotFoundException',
  $metadata: { httpStatusCode: 400 },
});

describe('the ELBv2 collector', () => {
  it('reads every page, each load balancer its listeners and attributes, tags in one batch and traffic by kind', async () => {
    const web = balancer('web', 'application');
    const tcp = balancer('tcp', 'network');
    elbv2
      .on(DescribeLoadBalancersCommand, { Marker: undefined })
      .resolves({ LoadBalancers: [web], NextMarker: 'm2' })
      .on(DescribeLoadBalancersCommand, { Marker: 'm2' })
      .resolves({ LoadBalancers: [tcp] });
    elbv2.on(DescribeListenersCommand, { LoadBalancerArn: web.LoadBalancerArn }).resolves({
      Listeners: [
        {
          ListenerArn: `${ARN.replace('loadbalancer', 'listener')}/app/web/abc123/l80`,
          Protocol: 'HTTP',
          Port: 80,
          DefaultActions: [
            {
              Type: 'redirect',
              Order: 1,
              RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' },
            },
          ],
        },
        {
          ListenerArn: `${ARN.replace('loadbalancer', 'listener')}/app/web/abc123/l443`,
          Protocol: 'HTTPS',
          Port: 443,
          SslPolicy: 'ELBSecurityPolicy-2016-08',
          Certificates: [{ CertificateArn: 'arn:aws:acm:eu-west-2:111122223333:certificate/c1' }],
          DefaultActions: [
            {
              Type: 'forward',
              ForwardConfig: { TargetGroups: [{ TargetGroupArn: 'tg-2' }, { TargetGroupArn: 'tg-1' }] },
            },
          ],
        },
      ],
    });
    elbv2.on(DescribeListenersCommand, { LoadBalancerArn: tcp.LoadBalancerArn }).resolves({ Listeners: [] });
    elbv2.on(DescribeLoadBalancerAttributesCommand, { LoadBalancerArn: web.LoadBalancerArn }).resolves(
      attributes({
        'deletion_protection.enabled': 'false',
        'routing.http.drop_invalid_header_fields.enabled': 'true',
        'routing.http.desync_mitigation_mode': 'monitor',
        'access_logs.s3.enabled': 'true',
        'access_logs.s3.bucket': 'logs',
      }),
    );
    // moto's answer: no access_logs.s3.enabled at all; AWS always names it.
    elbv2
      .on(DescribeLoadBalancerAttributesCommand, { LoadBalancerArn: tcp.LoadBalancerArn })
      .resolves(attributes({ 'deletion_protection.enabled': 'true' }));
    elbv2.on(DescribeTagsCommand).resolves({
      TagDescriptions: [{ ResourceArn: web.LoadBalancerArn, Tags: [{ Key: 'env', Value: 'prod' }] }],
    });
    elbv2
      .on(DescribeTargetGroupsCommand, { Marker: undefined })
      .resolves({
        TargetGroups: [
          {
            TargetGroupArn: 'arn:aws:elasticloadbalancing:eu-west-2:111122223333:targetgroup/tg-1/1',
            TargetGroupName: 'tg-1',
            Protocol: 'HTTP',
            Port: 80,
            TargetType: 'instance',
            HealthCheckEnabled: true,
            HealthCheckProtocol: 'HTTP',
            LoadBalancerArns: [web.LoadBalancerArn ?? ''],
          },
        ],
        NextMarker: 't2',
      })
      .on(DescribeTargetGroupsCommand, { Marker: 't2' })
      .resolves({
        TargetGroups: [
          {
            TargetGroupArn: 'arn:aws:elasticloadbalancing:eu-west-2:111122223333:targetgroup/fn/2',
            TargetType: 'lambda',
          },
        ],
      });
    cloudwatch.on(GetMetricDataCommand).callsFake((input: { MetricDataQueries: MetricDataQuery[] }) => ({
      MetricDataResults: input.MetricDataQueries.map((q) => ({
        Id: q.Id,
        StatusCode: 'Complete',
        Timestamps:
          q.MetricStat?.Metric?.MetricName === 'RequestCount' ? [new Date('2026-11-20T00:00:00Z')] : [],
        Values: q.MetricStat?.Metric?.MetricName === 'RequestCount' ? [42] : [],
      })),
    }));

    const outcome = await collect(elbv2Collector);
    expect(outcome.errors).toEqual([]);
    expect(elbv2.commandCalls(DescribeTagsCommand)).toHaveLength(1);
    const [lbWeb, lbTcp] = ofType(outcome, 'elbv2:load-balancer').sort((a, b) => a.id.localeCompare(b.id));
    expect(lbWeb?.id).toBe('app/web/abc123');
    expect(lbWeb?.tags).toEqual({ env: 'prod' });
    expect(lbWeb?.attributes).toMatchObject({
      loadBalancerType: 'application',
      availabilityZones: ['eu-west-2a', 'eu-west-2b'],
      deletionProtection: false,
      dropInvalidHeaderFields: true,
      desyncMitigationMode: 'monitor',
      accessLogsEnabled: true,
      traffic: { windowDays: 14, daysWithData: 1, metric: 'RequestCount', count: 42, bytesProcessed: null },
    });
    expect(lbWeb?.attributes.listenerArns).toHaveLength(2);
    expect(lbTcp?.tags).toEqual({});
    expect(lbTcp?.attributes).toMatchObject({
      deletionProtection: true,
      dropInvalidHeaderFields: null,
      accessLogsEnabled: null,
      traffic: { metric: 'NewFlowCount', count: 0, bytesProcessed: 0, daysWithData: 0 },
    });
    expect(lbTcp?.unknownAttributes).toEqual([]);
    const namespaces = cloudwatch
      .commandCalls(GetMetricDataCommand)
      .flatMap((c) => (c.args[0].input.MetricDataQueries ?? []).map((q) => q.MetricStat?.Metric?.Namespace))
      .sort();
    expect(namespaces).toEqual(['AWS/ApplicationELB', 'AWS/NetworkELB', 'AWS/NetworkELB']);
    const listeners = ofType(outcome, 'elbv2:listener').sort(
      (a, b) => (a.attributes.port ?? 0) - (b.attributes.port ?? 0),
    );
    expect(listeners.map((l) => [l.name, l.attributes.protocol, l.attributes.defaultActions])).toEqual([
      ['web:80', 'HTTP', [{ type: 'redirect', redirectProtocol: 'HTTPS', targetGroupArns: [] }]],
      ['web:443', 'HTTPS', [{ type: 'forward', redirectProtocol: null, targetGroupArns: ['tg-1', 'tg-2'] }]],
    ]);
    const groups = ofType(outcome, 'elbv2:target-group').sort((a, b) => a.id.localeCompare(b.id));
    expect(
      groups.map((g) => [g.id, g.attributes.protocol, g.attributes.healthCheckProtocol, g.unknownAttributes]),
    ).toEqual([
      ['fn/2', null, null, ['tags']],
      ['tg-1/1', 'HTTP', 'HTTP', ['tags']],
    ]);
    expect(groups[1]?.attributes.loadBalancerArns).toEqual([web.LoadBalancerArn]);
    expect(listeners[1]?.attributes).toMatchObject({
      loadBalancerType: 'application',
      sslPolicy: 'ELBSecurityPolicy-2016-08',
      certificateArns: ['arn:aws:acm:eu-west-2:111122223333:certificate/c1'],
    });
  });

  it('leaves what a denied read would have said unknown, and skips a load balancer deleted meanwhile', async () => {
    const denied = balancer('denied', 'application');
    const gone = balancer('gone', 'application');
    const starting = balancer('starting', 'application', 'provisioning');
    elbv2.on(DescribeLoadBalancersCommand).resolves({ LoadBalancers: [denied, gone, starting] });
    elbv2
      .on(DescribeListenersCommand, { LoadBalancerArn: denied.LoadBalancerArn })
      .rejects(accessDenied('elasticloadbalancing:DescribeListeners', 'AccessDenied'));
    elbv2.on(DescribeListenersCommand, { LoadBalancerArn: gone.LoadBalancerArn }).rejects(notFound);
    elbv2
      .on(DescribeListenersCommand, { LoadBalancerArn: starting.LoadBalancerArn })
      .resolves({ Listeners: [] });
    elbv2.on(DescribeLoadBalancerAttributesCommand).resolves(attributes({}));
    elbv2
      .on(DescribeLoadBalancerAttributesCommand, { LoadBalancerArn: denied.LoadBalancerArn })
      .rejects(accessDenied('elasticloadbalancing:DescribeLoadBalancerAttributes', 'AccessDenied'));
    elbv2.on(DescribeTagsCommand).rejects(accessDenied('elasticloadbalancing:DescribeTags', 'AccessDenied'));
    cloudwatch.on(GetMetricDataCommand).rejects(accessDenied('cloudwatch:GetMetricData'));
    elbv2
      .on(DescribeTargetGroupsCommand)
      .rejects(accessDenied('elasticloadbalancing:DescribeTargetGroups', 'AccessDenied'));

    const outcome = await collect(elbv2Collector);
    // The target group listing failed on its own: the load balancers' coverage is kept.
    expect([...outcome.failedTypes]).toEqual(['elbv2:target-group']);
    expect(outcome.errors.map((e) => e.operation).sort()).toEqual([
      'DescribeListeners',
      'DescribeLoadBalancerAttributes',
      'DescribeTags',
      'DescribeTargetGroups',
      'GetMetricData',
    ]);
    expect(outcome.partialTypes.has('elbv2:load-balancer')).toBe(true);
    const lbs = ofType(outcome, 'elbv2:load-balancer');
    expect(lbs.map((lb) => lb.name).sort()).toEqual(['denied', 'starting']);
    expect(lbs.find((lb) => lb.name === 'denied')?.unknownAttributes).toEqual([
      'accessLogsEnabled',
      'deletionProtection',
      'desyncMitigationMode',
      'dropInvalidHeaderFields',
      'listenerArns',
      'tags',
      'traffic',
    ]);
    // Not running: its metrics are not read, so its traffic is null but not unknown.
    expect(lbs.find((lb) => lb.name === 'starting')?.unknownAttributes).toEqual(['tags']);
  });

  it('marks the load balancers and listeners failed when their listing fails, not the target groups', async () => {
    elbv2.on(DescribeTargetGroupsCommand).resolves({ TargetGroups: [] });
    elbv2
      .on(DescribeLoadBalancersCommand)
      .rejects(accessDenied('elasticloadbalancing:DescribeLoadBalancers', 'AccessDenied'));
    const outcome = await collect(elbv2Collector);
    expect([...outcome.failedTypes].sort()).toEqual(['elbv2:listener', 'elbv2:load-balancer']);
    expect(cloudwatch.commandCalls(GetMetricDataCommand)).toHaveLength(0);
  });

  it("names each load balancer's metrics by its ARN's tail", () => {
    expect(metricDimension(`${ARN}/app/web/abc123`)).toBe('app/web/abc123');
    expect(metricDimension(`${ARN}/gwy/fw/def456`)).toBe('gwy/fw/def456');
    expect(metricDimension('arn:aws:elasticloadbalancing:eu-west-2:1:targetgroup/x/1')).toBeNull();
  });
});
