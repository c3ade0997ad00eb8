import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { CloudWatchClient, GetMetricDataCommand, type MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import {
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancerPoliciesCommand,
  DescribeLoadBalancersCommand,
  DescribeTagsCommand,
  ElasticLoadBalancingClient,
  type LoadBalancerDescription,
} from '@aws-sdk/client-elastic-load-balancing';
import { mockClient } from 'aws-sdk-client-mock';
import { elbCollector } from '../../../src/scan/collectors/elb.js';
import { accessDenied, collect, ofType } from '../../support/collector-harness.js';

const elb = mockClient(ElasticLoadBalancingClient);
const cloudwatch = mockClient(CloudWatchClient);
afterEach(() => {
  elb.reset();
  cloudwatch.reset();
});
afterAll(() => {
  elb.restore();
  cloudwatch.restore();
});

const balancer = (name: string, secure: boolean): LoadBalancerDescription => ({
  LoadBalancerName: name,
  DNSName: `${name}.eu-west-2.elb.amazonaws.com`,
  Scheme: 'internet-facing',
  VPCId: 'vpc-1',
  AvailabilityZones: ['eu-west-2b', 'eu-west-2a'],
  Subnets: ['subnet-b', 'subnet-a'],
  Instances: [{ InstanceId: 'i-1' }],
  CreatedTime: new Date('2025-01-01T00:00:00Z'),
  ListenerDescriptions: [
    {
      Listener: { Protocol: 'HTTP', LoadBalancerPort: 80, InstanceProtocol: 'HTTP', InstancePort: 80 },
      PolicyNames: [],
    },
    ...(secure
      ? [
          {
            Listener: {
              Protocol: 'HTTPS',
              LoadBalancerPort: 443,
              InstanceProtocol: 'HTTP',
              InstancePort: 80,
              SSLCertificateId: 'arn:aws:iam::111122223333:server-certificate/web',
            },
            PolicyNames: ['ELBSecurityPolicy-2016-08'],
          },
        ]
      : []),
  ],
});

/** AWS's answer for a new Classic Load Balancer: every attribute named, desync defensive. */
const AWS_DEFAULTS = {
  LoadBalancerAttributes: {
    CrossZoneLoadBalancing: { Enabled: false },
    AccessLog: { Enabled: false },
    ConnectionDraining: { Enabled: true, Timeout: 300 },
    ConnectionSettings: { IdleTimeout: 60 },
    AdditionalAttributes: [{ Key: 'elb.http.desyncmitigationmode', Value: 'defensive' }],
  },
};

describe('the Classic ELB collector', () => {
  it('reads every page, attributes per load balancer, policies only where a listener is HTTPS/SSL, tags and requests', async () => {
    elb
      .on(DescribeLoadBalancersCommand, { Marker: undefined })
      .resolves({ LoadBalancerDescriptions: [balancer('web', true)], NextMarker: 'm2' })
      .on(DescribeLoadBalancersCommand, { Marker: 'm2' })
      .resolves({ LoadBalancerDescriptions: [balancer('plain', false)] });
    elb.on(DescribeLoadBalancerAttributesCommand).resolves(AWS_DEFAULTS);
    elb.on(DescribeLoadBalancerPoliciesCommand, { LoadBalancerName: 'web' }).resolves({
      PolicyDescriptions: [
        {
          PolicyName: 'ELBSecurityPolicy-2016-08',
          PolicyTypeName: 'SSLNegotiationPolicyType',
          PolicyAttributeDescriptions: [
            { AttributeName: 'Protocol-TLSv1', AttributeValue: 'true' },
            { AttributeName: 'Reference-Security-Policy', AttributeValue: 'ELBSecurityPolicy-2016-08' },
          ],
        },
        { PolicyName: 'sticky', PolicyTypeName: 'LBCookieStickinessPolicyType' },
      ],
    });
    elb.on(DescribeTagsCommand).resolves({
      TagDescriptions: [{ LoadBalancerName: 'web', Tags: [{ Key: 'team', Value: 'shop' }] }],
    });
    cloudwatch.on(GetMetricDataCommand).callsFake((input: { MetricDataQueries: MetricDataQuery[] }) => ({
      MetricDataResults: input.MetricDataQueries.map((q) => {
        const busy = q.MetricStat?.Metric?.Dimensions?.[0]?.Value === 'web';
        return {
          Id: q.Id,
          StatusCode: 'Complete',
          Timestamps: busy ? [new Date('2026-11-20T00:00:00Z')] : [],
          Values: busy ? [7] : [],
        };
      }),
    }));

    const outcome = await collect(elbCollector);
    expect(outcome.errors).toEqual([]);
    expect(elb.commandCalls(DescribeLoadBalancerPoliciesCommand)).toHaveLength(1);
    expect(elb.commandCalls(DescribeTagsCommand)).toHaveLength(1);
    expect(cloudwatch.commandCalls(GetMetricDataCommand)).toHaveLength(1);
    const [plain, web] = ofType(outcome, 'elb:load-balancer').sort((a, b) => a.id.localeCompare(b.id));
    expect(web?.arn).toBe('arn:aws:elasticloadbalancing:eu-west-2:111122223333:loadbalancer/web');
    expect(web?.tags).toEqual({ team: 'shop' });
    expect(web?.attributes).toMatchObject({
      availabilityZones: ['eu-west-2a', 'eu-west-2b'],
      instanceCount: 1,
      sslPolicies: [
        { policyName: 'ELBSecurityPolicy-2016-08', referenceSecurityPolicy: 'ELBSecurityPolicy-2016-08' },
      ],
      crossZoneLoadBalancing: false,
      connectionDraining: true,
      accessLogsEnabled: false,
      desyncMitigationMode: 'defensive',
      traffic: { windowDays: 14, daysWithData: 1, metric: 'RequestCount', count: 7, bytesProcessed: null },
    });
    expect(web?.attributes.listeners[1]).toEqual({
      protocol: 'HTTPS',
      port: 443,
      instanceProtocol: 'HTTP',
      instancePort: 80,
      sslCertificateId: 'arn:aws:iam::111122223333:server-certificate/web',
      policyNames: ['ELBSecurityPolicy-2016-08'],
    });
    expect(plain?.attributes.sslPolicies).toEqual([]);
    expect(plain?.attributes.traffic?.count).toBe(0);
    expect(plain?.unknownAttributes).toEqual([]);
  });

  it('leaves what a denied read would have said unknown, and skips a load balancer deleted meanwhile', async () => {
    elb.on(DescribeLoadBalancersCommand).resolves({
      LoadBalancerDescriptions: [balancer('denied', true), balancer('gone', false)],
    });
    elb
      .on(DescribeLoadBalancerAttributesCommand, { LoadBalancerName: 'denied' })
      .rejects(accessDenied('elasticloadbalancing:DescribeLoadBalancerAttributes', 'AccessDenied'))
      .on(DescribeLoadBalancerAttributesCommand, { LoadBalancerName: 'gone' })
      .rejects(
        Object.assign(new Error('gone'), {
          name: 'AccessPointNotFoundException',
          $metadata: { httpStatusCode: 400 },
        }),
      );
    elb
      .on(DescribeLoadBalancerPoliciesCommand)
      .rejects(accessDenied('elasticloadbalancing:DescribeLoadBalancerPolicies', 'AccessDenied'));
    elb.on(DescribeTagsCommand).rejects(accessDenied('elasticloadbalancing:DescribeTags', 'AccessDenied'));
    // A metric query CloudWatch could not answer leaves that load balancer's traffic unknown.
    cloudwatch.on(GetMetricDataCommand).callsFake((input: { MetricDataQueries: MetricDataQuery[] }) => ({
      MetricDataResults: input.MetricDataQueries.map((q) => ({
        Id: q.Id,
        StatusCode: 'InternalError',
        Values: [],
      })),
    }));

    const outcome = await collect(elbCollector);
    expect(outcome.errors.map((e) => e.operation).sort()).toEqual([
      'DescribeLoadBalancerAttributes',
      'DescribeLoadBalancerPolicies',
      'DescribeTags',
    ]);
    expect(outcome.partialTypes.has('elb:load-balancer')).toBe(true);
    const lbs = ofType(outcome, 'elb:load-balancer');
    expect(lbs.map((lb) => lb.id)).toEqual(['denied']);
    expect(lbs[0]?.unknownAttributes).toEqual([
      'accessLogsEnabled',
      'connectionDraining',
      'crossZoneLoadBalancing',
      'desyncMitigationMode',
      'sslPolicies',
      'tags',
      'traffic',
    ]);
    expect(lbs[0]?.attributes.crossZoneLoadBalancing).toBeNull();
  });

  it('marks the type failed when the listing fails', async () => {
    elb
      .on(DescribeLoadBalancersCommand)
      .rejects(accessDenied('elasticloadbalancing:DescribeLoadBalancers', 'AccessDenied'));
    const outcome = await collect(elbCollector);
    expect([...outcome.failedTypes]).toEqual(['elb:load-balancer']);
  });
});
