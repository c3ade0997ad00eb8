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
import {
  activityBatches,
  activityWindow,
  readInstanceActivity,
} from '../../../src/scan/collectors/instance-activity.js';
import { accessDenied, collect, ofType } from '../../support/collector-harness.js';

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

describe('readInstanceActivity', () => {
  it('keeps the highest daily CPU average and adds NetworkIn and NetworkOut per day, across pages', async () => {
    cloudwatch
      .on(GetMetricDataCommand)
      .resolvesOnce({
        MetricDataResults: [
          { Id: 'g0m0', StatusCode: 'PartialData', Timestamps: [day(20), day(21)], Values: [0.5, 1.5] },
          { Id: 'g0m1', StatusCode: 'Complete', Timestamps: [day(20), day(21)], Values: [1000, 3000] },
          { Id: 'g0m2', StatusCode: 'Complete', Timestamps: [day(20), day(21)], Values: [500, 4000] },
          { Id: 'g1m0', StatusCode: 'Complete', Timestamps: [], Values: [] },
          { Id: 'g1m1', StatusCode: 'Complete', Timestamps: [], Values: [] },
          { Id: 'g1m2', StatusCode: 'Complete', Timestamps: [], Values: [] },
        ],
        NextToken: 'page-2',
      })
      .resolvesOnce({
        MetricDataResults: [{ Id: 'g0m0', StatusCode: 'Complete', Timestamps: [day(22)], Values: [0.7] }],
      });
    const activity = await readInstanceActivity(new CloudWatchClient({}), ['i-quiet', 'i-new'], WINDOW);
    expect(activity.get('i-quiet')).toEqual({
      windowDays: 14,
      daysWithData: 3,
      maxDailyCpuPercent: 1.5,
      maxDailyNetworkBytes: 7000,
      networkBytes: 8500,
    });
    // No datapoint is not idleness: the rule needs the whole window observed.
    expect(activity.get('i-new')).toEqual({
      windowDays: 14,
      daysWithData: 0,
      maxDailyCpuPercent: null,
      maxDailyNetworkBytes: 0,
      networkBytes: 0,
    });
    const queries = cloudwatch.commandCalls(GetMetricDataCommand)[0]?.args[0].input.MetricDataQueries ?? [];
    expect(
      queries.map((q: MetricDataQuery) => [q.MetricStat?.Metric?.MetricName, q.MetricStat?.Stat]),
    ).toEqual([
      ['CPUUtilization', 'Average'],
      ['NetworkIn', 'Sum'],
      ['NetworkOut', 'Sum'],
      ['CPUUtilization', 'Average'],
      ['NetworkIn', 'Sum'],
      ['NetworkOut', 'Sum'],
    ]);
    expect(queries[3]?.MetricStat?.Metric).toEqual({
      Namespace: 'AWS/EC2',
      MetricName: 'CPUUtilization',
      Dimensions: [{ Name: 'InstanceId', Value: 'i-new' }],
    });
  });

  it('leaves an instance out when one of its queries did not complete', async () => {
    cloudwatch.on(GetMetricDataCommand).resolves({
      MetricDataResults: [
        { Id: 'g0m0', StatusCode: 'Complete', Timestamps: [day(21)], Values: [0.1] },
        { Id: 'g0m1', StatusCode: 'InternalError', Values: [] },
      ],
    });
    expect((await readInstanceActivity(new CloudWatchClient({}), ['i-1'], WINDOW)).has('i-1')).toBe(false);
  });

  it('batches 166 instances (498 queries) per call over the 14 days before today', () => {
    const ids = Array.from({ length: 333 }, (_, i) => `i-${i}`);
    expect(activityBatches(ids).map((b) => b.length)).toEqual([166, 166, 1]);
    expect(activityWindow(new Date('2026-11-25T15:30:00Z'))).toEqual({
      start: new Date('2026-11-11T00:00:00Z'),
      end: new Date('2026-11-25T00:00:00Z'),
    });
  });
});

describe('EC2 collector: instances', () => {
  function region() {
    for (const command of [
      DescribeVolumesCommand,
      DescribeSnapshotsCommand,
      DescribeImagesCommand,
      DescribeLaunchTemplateVersionsCommand,
      DescribeNetworkAclsCommand,
      DescribeRouteTablesCommand,
      DescribeTransitGatewaysCommand,
      DescribeAddressesCommand,
      DescribeNatGatewaysCommand,
      DescribeSecurityGroupsCommand,
      DescribeVpcsCommand,
      DescribeSubnetsCommand,
      DescribeFlowLogsCommand,
    ]) {
      ec2.on(command as typeof DescribeVpcsCommand).resolves({});
    }
    ec2.on(GetEbsEncryptionByDefaultCommand).resolves({ EbsEncryptionByDefault: true });
    ec2.on(DescribeNetworkInterfacesCommand).resolves({ NetworkInterfaces: [] });
    ec2.on(DescribeInstancesCommand).resolves({
      Reservations: [
        {
          Instances: [
            {
              InstanceId: 'i-spot',
              InstanceType: 't3.micro',
              State: { Name: 'running' },
              InstanceLifecycle: 'spot',
              RootDeviceType: 'instance-store',
              Tags: [{ Key: 'aws:autoscaling:groupName', Value: 'workers' }],
            },
            {
              InstanceId: 'i-off',
              InstanceType: 't3.micro',
              State: { Name: 'stopped' },
              RootDeviceType: 'ebs',
            },
          ],
        },
      ],
    });
  }

  it('records lifecycle, root device, the ASG tag, and the activity of running instances only', async () => {
    region();
    cloudwatch.on(GetMetricDataCommand).resolves({
      MetricDataResults: ['g0m0', 'g0m1', 'g0m2'].map((Id) => ({
        Id,
        StatusCode: 'Complete' as const,
        Timestamps: [day(20)],
        Values: [1],
      })),
    });
    const outcome = await collect(ec2Collector);
    expect(outcome.errors).toEqual([]);
    const [off, spot] = ofType(outcome, 'ec2:instance').sort((a, b) => a.id.localeCompare(b.id));
    expect(spot).toMatchObject({
      tags: { 'aws:autoscaling:groupName': 'workers' },
      unknownAttributes: [],
      attributes: {
        lifecycle: 'spot',
        rootDeviceType: 'instance-store',
        activity: { daysWithData: 1, maxDailyCpuPercent: 1, maxDailyNetworkBytes: 2, networkBytes: 2 },
      },
    });
    expect(off).toMatchObject({
      unknownAttributes: [],
      attributes: { lifecycle: 'on-demand', rootDeviceType: 'ebs', activity: null },
    });
    expect(cloudwatch.commandCalls(GetMetricDataCommand)).toHaveLength(1);
  });

  it('marks the activity unknown (never idle) when GetMetricData is denied', async () => {
    region();
    cloudwatch.on(GetMetricDataCommand).rejects(accessDenied('cloudwatch:GetMetricData'));
    const outcome = await collect(ec2Collector);
    const spot = ofType(outcome, 'ec2:instance').find((i) => i.id === 'i-spot');
    expect(spot).toMatchObject({ unknownAttributes: ['activity'], attributes: { activity: null } });
    expect(outcome.errors).toEqual([
      expect.objectContaining({ operation: 'GetMetricData', missingPermission: 'cloudwatch:GetMetricData' }),
    ]);
    expect(outcome.failedTypes.size).toBe(0);
  });
});
