import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { CloudWatchClient, GetMetricDataCommand, type MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import {
  DescribeAddressesCommand,
  DescribeFlowLogsCommand,
  DescribeImagesCommand,
  DescribeLaunchTemplateVersionsCommand,
  DescribeNetworkAclsCommand,
  DescribeRouteTablesCommand,
  DescribeTransitGatewaysCommand,
  DescribeInstancesCommand,
  DescribeNatGatewaysCommand,
  DescribeNetworkInterfacesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSnapshotsCommand,
  DescribeSubnetsCommand,
  DescribeVolumesCommand,
  DescribeVpcsCommand,
  EC2Client,
  GetEbsEncryptionByDefaultCommand,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { ec2Collector } from '../../../src/scan/collectors/ec2.js';
import { readNatTraffic, trafficBatches, trafficWindow } from '../../../src/scan/collectors/nat-traffic.js';
import { HARNESS, accessDenied, collect, ofType } from '../../support/collector-harness.js';

const cloudwatch = mockClient(CloudWatchClient);
const ec2 = mockClient(EC2Client);
afterEach(() => {
  cloudwatch.reset();
  ec2.reset();
});
afterAll(() => {
  cloudwatch.restore();
  ec2.restore();
});

const day = (n: number) => new Date(Date.UTC(2026, 10, n, 0, 0, 0));
const WINDOW = { start: day(10), end: day(24) };

describe('readNatTraffic', () => {
  it('sums both metrics across pages and counts the days with data, per gateway', async () => {
    cloudwatch
      .on(GetMetricDataCommand)
      .resolvesOnce({
        MetricDataResults: [
          { Id: 'g0m0', StatusCode: 'PartialData', Timestamps: [day(20), day(21)], Values: [100, 200] },
          { Id: 'g0m1', StatusCode: 'Complete', Timestamps: [day(21)], Values: [50] },
          { Id: 'g1m0', StatusCode: 'Complete', Timestamps: [], Values: [] },
          { Id: 'g1m1', StatusCode: 'Complete', Timestamps: [], Values: [] },
        ],
        NextToken: 'page-2',
      })
      .resolvesOnce({
        MetricDataResults: [{ Id: 'g0m0', StatusCode: 'Complete', Timestamps: [day(22)], Values: [1] }],
      });
    const traffic = await readNatTraffic(new CloudWatchClient({}), ['nat-busy', 'nat-quiet'], WINDOW);
    expect(traffic.get('nat-busy')).toEqual({ windowDays: 14, daysWithData: 3, bytesProcessed: 351 });
    expect(traffic.get('nat-quiet')).toEqual({ windowDays: 14, daysWithData: 0, bytesProcessed: 0 });
    const calls = cloudwatch.commandCalls(GetMetricDataCommand);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.args[0].input.NextToken).toBe('page-2');
    const queries = calls[0]?.args[0].input.MetricDataQueries ?? [];
    expect(queries.map((q: MetricDataQuery) => q.MetricStat?.Metric?.MetricName)).toEqual([
      'BytesInFromSource',
      'BytesInFromDestination',
      'BytesInFromSource',
      'BytesInFromDestination',
    ]);
    expect(queries[2]?.MetricStat?.Metric?.Dimensions).toEqual([
      { Name: 'NatGatewayId', Value: 'nat-quiet' },
    ]);
  });

  it('leaves a gateway out when one of its queries did not complete, so its traffic stays unknown', async () => {
    cloudwatch.on(GetMetricDataCommand).resolves({
      MetricDataResults: [
        { Id: 'g0m0', StatusCode: 'Forbidden', Values: [] },
        { Id: 'g0m1', StatusCode: 'Complete', Timestamps: [day(21)], Values: [0] },
      ],
    });
    const traffic = await readNatTraffic(new CloudWatchClient({}), ['nat-1'], WINDOW);
    expect(traffic.has('nat-1')).toBe(false);
  });

  it('batches 250 gateways (500 queries, the GetMetricData limit) per call', () => {
    const ids = Array.from({ length: 501 }, (_, i) => `nat-${i}`);
    expect(trafficBatches(ids).map((b) => b.length)).toEqual([250, 250, 1]);
  });

  it('covers the 14 whole days before today, midnight to midnight UTC', () => {
    const now = new Date('2026-11-25T15:30:00Z');
    expect(trafficWindow(now)).toEqual({
      start: new Date('2026-11-11T00:00:00Z'),
      end: new Date('2026-11-25T00:00:00Z'),
    });
  });
});

describe('EC2 collector: NAT gateways', () => {
  function emptyRegionExceptNat() {
    for (const command of [
      DescribeInstancesCommand,
      DescribeVolumesCommand,
      DescribeSnapshotsCommand,
      DescribeImagesCommand,
      DescribeLaunchTemplateVersionsCommand,
      DescribeNetworkAclsCommand,
      DescribeRouteTablesCommand,
      DescribeTransitGatewaysCommand,
      DescribeAddressesCommand,
      DescribeSecurityGroupsCommand,
      DescribeVpcsCommand,
      DescribeSubnetsCommand,
      DescribeFlowLogsCommand,
    ]) {
      ec2.on(command).resolves({});
    }
    ec2.on(GetEbsEncryptionByDefaultCommand).resolves({ EbsEncryptionByDefault: true });
    ec2.on(DescribeNetworkInterfacesCommand).resolves({ NetworkInterfaces: [] });
    ec2.on(DescribeNatGatewaysCommand).resolves({
      NatGateways: [
        {
          NatGatewayId: 'nat-live',
          State: 'available',
          VpcId: 'vpc-1',
          NatGatewayAddresses: [{ PublicIp: '3.3.3.3', NetworkInterfaceId: 'eni-nat' }],
        },
        { NatGatewayId: 'nat-gone', State: 'deleted' },
      ],
    });
  }

  it('records the traffic of available gateways only', async () => {
    emptyRegionExceptNat();
    cloudwatch.on(GetMetricDataCommand).resolves({
      MetricDataResults: [
        { Id: 'g0m0', StatusCode: 'Complete', Timestamps: [day(20)], Values: [0] },
        { Id: 'g0m1', StatusCode: 'Complete', Timestamps: [day(20)], Values: [0] },
      ],
    });
    const outcome = await collect(ec2Collector);
    expect(outcome.errors).toEqual([]);
    const [live, gone] = ofType(outcome, 'ec2:nat-gateway').sort((a, b) => b.id.localeCompare(a.id));
    expect(live?.attributes).toMatchObject({
      networkInterfaceIds: ['eni-nat'],
      traffic: { windowDays: 14, daysWithData: 1, bytesProcessed: 0 },
    });
    expect(gone).toMatchObject({ id: 'nat-gone', unknownAttributes: [], attributes: { traffic: null } });
    const queried = cloudwatch.commandCalls(GetMetricDataCommand)[0]?.args[0].input.MetricDataQueries ?? [];
    expect(queried.map((q: MetricDataQuery) => q.MetricStat?.Metric?.Dimensions?.[0]?.Value)).toEqual([
      'nat-live',
      'nat-live',
    ]);
  });

  it('marks the traffic unknown and names the missing permission when GetMetricData is denied', async () => {
    emptyRegionExceptNat();
    cloudwatch.on(GetMetricDataCommand).rejects(accessDenied('cloudwatch:GetMetricData'));
    const outcome = await collect(ec2Collector);
    const live = ofType(outcome, 'ec2:nat-gateway').find((n) => n.id === 'nat-live');
    expect(live).toMatchObject({ unknownAttributes: ['traffic'], attributes: { traffic: null } });
    expect(outcome.errors).toEqual([
      expect.objectContaining({
        account: HARNESS.ACCOUNT,
        service: 'ec2',
        operation: 'GetMetricData',
        missingPermission: 'cloudwatch:GetMetricData',
      }),
    ]);
    expect(outcome.failedTypes.size).toBe(0);
  });
});
