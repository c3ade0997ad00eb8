import { afterEach, describe, expect, it } from '@jest/globals';
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient, DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { mockClient } from 'aws-sdk-client-mock';
import { cloudwatchCollector, logGroupArn } from '../../../src/scan/collectors/cloudwatch.js';
import { HARNESS, accessDenied, collect, ofType } from '../../support/collector-harness.js';

const { ACCOUNT, REGION } = HARNESS;

describe('CloudWatch collector', () => {
  const cloudwatch = mockClient(CloudWatchClient);
  const logs = mockClient(CloudWatchLogsClient);
  afterEach(() => {
    cloudwatch.reset();
    logs.reset();
  });

  // moto 5.2.5 cannot create composite alarms through the SDK (no PutCompositeAlarm for the JSON
  // protocol), so AWS's answer for them is covered here.
  it('reads metric and composite alarms across pages, and log groups with only the legacy arn', async () => {
    const alarmCalls: [string[] | undefined, string | undefined][] = [];
    const firstAlarmPage = {
      MetricAlarms: [
        {
          AlarmName: 'cpu',
          AlarmArn: `arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:cpu`,
          StateValue: 'INSUFFICIENT_DATA',
          StateUpdatedTimestamp: new Date('2024-05-01T00:00:00Z'),
          ActionsEnabled: true,
          Namespace: 'AWS/EC2',
          MetricName: 'CPUUtilization',
          Dimensions: [{ Name: 'AutoScalingGroupName', Value: 'web' }],
          AlarmActions: ['arn:aws:sns:eu-west-2:111122223333:b', 'arn:aws:sns:eu-west-2:111122223333:a'],
        },
      ],
      NextToken: 'next',
    };
    const secondAlarmPage = {
      CompositeAlarms: [
        {
          AlarmName: 'service-down',
          AlarmArn: `arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:service-down`,
          AlarmRule: 'ALARM(cpu)',
          StateValue: 'ALARM',
          ActionsEnabled: false,
          OKActions: ['arn:aws:sns:eu-west-2:111122223333:a'],
        },
      ],
    };
    cloudwatch.on(DescribeAlarmsCommand).callsFake((input: { AlarmTypes?: string[]; NextToken?: string }) => {
      alarmCalls.push([[...(input.AlarmTypes ?? [])], input.NextToken]);
      return input.NextToken ? secondAlarmPage : firstAlarmPage;
    });
    logs.on(DescribeLogGroupsCommand).resolves({
      logGroups: [
        {
          logGroupName: '/aws/lambda/fn',
          arn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/aws/lambda/fn:*`,
          creationTime: 1_714_521_600_000,
          storedBytes: 1234,
          logGroupClass: 'STANDARD',
        },
      ],
    });

    const outcome = await collect(cloudwatchCollector);

    expect(outcome.errors).toEqual([]);
    expect(alarmCalls).toEqual([
      [['MetricAlarm', 'CompositeAlarm'], undefined],
      [['MetricAlarm', 'CompositeAlarm'], 'next'],
    ]);
    const alarms = ofType(outcome, 'cloudwatch:alarm');
    expect(alarms.find((a) => a.id === 'cpu')).toMatchObject({
      state: 'INSUFFICIENT_DATA',
      attributes: {
        alarmType: 'metric',
        dimensions: { AutoScalingGroupName: 'web' },
        stateUpdatedAt: '2024-05-01T00:00:00.000Z',
        alarmActions: ['arn:aws:sns:eu-west-2:111122223333:a', 'arn:aws:sns:eu-west-2:111122223333:b'],
      },
    });
    expect(alarms.find((a) => a.id === 'service-down')).toEqual({
      type: 'cloudwatch:alarm',
      arn: `arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:service-down`,
      id: 'service-down',
      name: 'service-down',
      account: ACCOUNT,
      region: REGION,
      tags: {},
      state: 'ALARM',
      createdAt: null,
      unknownAttributes: [],
      attributes: {
        alarmType: 'composite',
        namespace: null,
        metricName: null,
        dimensions: {},
        stateUpdatedAt: null,
        actionsEnabled: false,
        alarmActions: [],
        okActions: ['arn:aws:sns:eu-west-2:111122223333:a'],
        insufficientDataActions: [],
      },
    });
    expect(ofType(outcome, 'logs:log-group')).toEqual([
      expect.objectContaining({
        arn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/aws/lambda/fn`,
        createdAt: '2024-05-01T00:00:00.000Z',
        attributes: { retentionDays: null, storedBytes: 1234, kmsKeyId: null, logGroupClass: 'STANDARD' },
      }),
    ]);
  });

  it('marks only the failed listing as failed when DescribeLogGroups is denied', async () => {
    cloudwatch.on(DescribeAlarmsCommand).resolves({});
    logs.on(DescribeLogGroupsCommand).rejects(accessDenied('logs:DescribeLogGroups'));

    const outcome = await collect(cloudwatchCollector);

    expect(outcome.errors).toEqual([
      expect.objectContaining({
        operation: 'DescribeLogGroups',
        missingPermission: 'logs:DescribeLogGroups',
      }),
    ]);
    expect([...outcome.failedTypes]).toEqual(['logs:log-group']);
  });

  it('derives a log group ARN from either field', () => {
    expect(
      logGroupArn({ logGroupArn: 'arn:aws:logs:r:1:log-group:a', arn: 'arn:aws:logs:r:1:log-group:a:*' }),
    ).toBe('arn:aws:logs:r:1:log-group:a');
    expect(logGroupArn({ arn: 'arn:aws:logs:r:1:log-group:a:*' })).toBe('arn:aws:logs:r:1:log-group:a');
    expect(logGroupArn({})).toBeNull();
  });
});
