import { beforeAll, describe, expect, it } from '@jest/globals';
import { CloudWatchClient, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  PutRetentionPolicyCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import type { AwsCredentialIdentity } from '@smithy/types';
import type { Inventory } from '../../src/inventory/document.js';
import { validateInventory } from '../../src/inventory/validate.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';

const metricAlarm = {
  Namespace: 'AWS/EC2',
  MetricName: 'CPUUtilization',
  Statistic: 'Average' as const,
  Period: 300,
  EvaluationPeriods: 2,
  Threshold: 80,
  ComparisonOperator: 'GreaterThanThreshold' as const,
};

describe('CloudWatch collector against moto', () => {
  const account = uniqueAccountId();
  let credentials: AwsCredentialIdentity;
  let inventory: Inventory;
  let topic: string;

  beforeAll(async () => {
    credentials = await accountCredentials(account);
    topic = `arn:aws:sns:us-east-1:${account}:ops`;
    const east = new CloudWatchClient(seedConfig('us-east-1', credentials));
    const west = new CloudWatchClient(seedConfig('eu-west-2', credentials));
    const eastLogs = new CloudWatchLogsClient(seedConfig('us-east-1', credentials));
    const westLogs = new CloudWatchLogsClient(seedConfig('eu-west-2', credentials));

    await east.send(
      new PutMetricAlarmCommand({
        AlarmName: 'cpu-high',
        ...metricAlarm,
        Dimensions: [{ Name: 'InstanceId', Value: 'i-0123456789abcdef0' }],
        AlarmActions: [topic],
        OKActions: [topic],
      }),
    );
    await east.send(new PutMetricAlarmCommand({ AlarmName: 'no-actions', ...metricAlarm }));
    // No composite alarm here: moto 5.2.5 has no PutCompositeAlarm for the SDK's JSON protocol (it answers
    // with an HTML 500). Composite alarms are covered with aws-sdk-client-mock in test/unit/collectors-misc.test.ts.
    await west.send(
      new PutMetricAlarmCommand({
        AlarmName: 'muted',
        ...metricAlarm,
        ActionsEnabled: false,
        AlarmActions: [`arn:aws:sns:eu-west-2:${account}:ops`],
        InsufficientDataActions: [`arn:aws:sns:eu-west-2:${account}:ops`],
      }),
    );

    await eastLogs.send(new CreateLogGroupCommand({ logGroupName: '/app/kept-30-days' }));
    await eastLogs.send(
      new PutRetentionPolicyCommand({ logGroupName: '/app/kept-30-days', retentionInDays: 30 }),
    );
    await westLogs.send(new CreateLogGroupCommand({ logGroupName: '/app/forever' }));

    inventory = await scanForTest(credentials, {
      regions: ['eu-west-2', 'us-east-1'],
      services: ['cloudwatch'],
    });
  });

  it('produces a valid inventory with no errors and complete coverage', () => {
    expect(inventory.errors).toEqual([]);
    expect(() => validateInventory(JSON.parse(JSON.stringify(inventory)))).not.toThrow();
    expect(inventory.accounts[0]?.coverage.every((c) => c.status === 'complete')).toBe(true);
    expect(ofType(inventory, 'cloudwatch:alarm').map((a) => [a.region, a.id])).toEqual([
      ['eu-west-2', 'muted'],
      ['us-east-1', 'cpu-high'],
      ['us-east-1', 'no-actions'],
    ]);
  });

  it('records metric alarms with their metric, dimensions and actions', () => {
    const alarm = ofType(inventory, 'cloudwatch:alarm').find((a) => a.id === 'cpu-high');
    expect(alarm).toMatchObject({
      arn: `arn:aws:cloudwatch:us-east-1:${account}:alarm:cpu-high`,
      name: 'cpu-high',
      account,
      tags: {},
      // AWS starts a new alarm in INSUFFICIENT_DATA; moto says OK. The collector records what it is told.
      state: 'OK',
      unknownAttributes: [],
      attributes: {
        alarmType: 'metric',
        namespace: 'AWS/EC2',
        metricName: 'CPUUtilization',
        dimensions: { InstanceId: 'i-0123456789abcdef0' },
        actionsEnabled: true,
        alarmActions: [topic],
        okActions: [topic],
        insufficientDataActions: [],
      },
    });
    expect(alarm?.attributes.stateUpdatedAt).not.toBeNull();
    expect(
      ofType(inventory, 'cloudwatch:alarm').find((a) => a.id === 'no-actions')?.attributes,
    ).toMatchObject({
      actionsEnabled: true,
      alarmActions: [],
      okActions: [],
      insufficientDataActions: [],
    });
  });

  it('records alarms whose actions are disabled', () => {
    expect(ofType(inventory, 'cloudwatch:alarm').find((a) => a.id === 'muted')).toMatchObject({
      region: 'eu-west-2',
      attributes: {
        actionsEnabled: false,
        alarmActions: [`arn:aws:sns:eu-west-2:${account}:ops`],
        insufficientDataActions: [`arn:aws:sns:eu-west-2:${account}:ops`],
      },
    });
  });

  it('records log groups with their retention; none means kept forever', () => {
    const groups = ofType(inventory, 'logs:log-group');
    expect(groups.map((g) => [g.region, g.id])).toEqual([
      ['eu-west-2', '/app/forever'],
      ['us-east-1', '/app/kept-30-days'],
    ]);
    expect(groups[0]).toMatchObject({
      arn: `arn:aws:logs:eu-west-2:${account}:log-group:/app/forever`,
      name: '/app/forever',
      tags: {},
      unknownAttributes: [],
      attributes: { retentionDays: null, storedBytes: 0, kmsKeyId: null },
    });
    expect(groups[1]).toMatchObject({
      arn: `arn:aws:logs:us-east-1:${account}:log-group:/app/kept-30-days`,
      attributes: { retentionDays: 30 },
    });
    expect(groups.every((g) => g.createdAt !== null)).toBe(true);
  });
});
