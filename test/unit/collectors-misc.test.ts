import { Readable } from 'node:stream';
import { afterAll, afterEach, describe, expect, it, jest } from '@jest/globals';
import {
  AccessDeniedException as BudgetsAccessDenied,
  BudgetsClient,
  DescribeBudgetsCommand,
  DescribeNotificationsForBudgetCommand,
  NotFoundException as BudgetsNotFound,
} from '@aws-sdk/client-budgets';
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient, DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  DescribeContinuousBackupsCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  ListTablesCommand,
  ListTagsOfResourceCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import {
  DBSnapshotNotFoundFault,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  DescribeDBSnapshotAttributesCommand,
  DescribeDBSnapshotsCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import { DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { HttpRequest } from '@smithy/types';
import { mockClient } from 'aws-sdk-client-mock';
import { CallStats } from '../../src/scan/call-stats.js';
import { budgetsCollector, parseAmount } from '../../src/scan/collectors/budgets.js';
import { cloudwatchCollector, logGroupArn } from '../../src/scan/collectors/cloudwatch.js';
import { dynamodbCollector } from '../../src/scan/collectors/dynamodb.js';
import { rdsCollector, snapshotSharing } from '../../src/scan/collectors/rds.js';
import { HARNESS, accessDenied, collect, ofType } from '../support/collector-harness.js';

const { ACCOUNT, REGION } = HARNESS;

describe('DynamoDB collector', () => {
  const ddb = mockClient(DynamoDBClient);
  const kms = mockClient(KMSClient);
  afterEach(() => {
    ddb.reset();
    kms.reset();
  });
  // The throttling test below needs the real Client#send.
  afterAll(() => {
    ddb.restore();
    kms.restore();
  });

  function tableExists(name: string) {
    ddb.on(DescribeTableCommand, { TableName: name }).resolves({
      Table: {
        TableName: name,
        TableArn: `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/${name}`,
        TableStatus: 'ACTIVE',
        CreationDateTime: new Date('2024-03-01T10:00:00Z'),
        ItemCount: 42,
        TableSizeBytes: 4096,
        // No BillingModeSummary (a table that was always provisioned) and no SSEDescription (AWS-owned key).
        ProvisionedThroughput: { ReadCapacityUnits: 10, WriteCapacityUnits: 5 },
      },
    });
    ddb.on(DescribeContinuousBackupsCommand, { TableName: name }).resolves({
      ContinuousBackupsDescription: {
        ContinuousBackupsStatus: 'ENABLED',
        PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: 'ENABLED' },
      },
    });
    ddb.on(DescribeTimeToLiveCommand, { TableName: name }).resolves({
      TimeToLiveDescription: { TimeToLiveStatus: 'DISABLED' },
    });
    ddb
      .on(ListTagsOfResourceCommand, { ResourceArn: `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/${name}` })
      .resolves({
        Tags: [],
      });
  }

  it('follows ListTables and ListTagsOfResource across pages and reads absent fields as AWS defines them', async () => {
    // Paginators reuse one input object, so the tokens are recorded as each call is made.
    const starts: (string | undefined)[] = [];
    ddb.on(ListTablesCommand).callsFake((input: { ExclusiveStartTableName?: string }) => {
      starts.push(input.ExclusiveStartTableName);
      return input.ExclusiveStartTableName
        ? { TableNames: ['beta'] }
        : { TableNames: ['alpha'], LastEvaluatedTableName: 'alpha' };
    });
    tableExists('alpha');
    tableExists('beta');
    const betaArn = `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/beta`;
    ddb
      .on(ListTagsOfResourceCommand, { ResourceArn: betaArn })
      .resolvesOnce({ Tags: [{ Key: 'team', Value: 'payments' }], NextToken: 'page-2' })
      .resolvesOnce({ Tags: [{ Key: 'env', Value: 'prod' }] });

    const outcome = await collect(dynamodbCollector);

    expect(outcome.errors).toEqual([]);
    expect(starts).toEqual([undefined, 'alpha']);
    expect(
      ddb
        .commandCalls(ListTagsOfResourceCommand, { ResourceArn: betaArn })
        .map((c) => c.args[0].input.NextToken),
    ).toEqual([undefined, 'page-2']);
    const tables = ofType(outcome, 'dynamodb:table');
    expect(tables.map((t) => t.id).sort()).toEqual(['alpha', 'beta']);
    const beta = tables.find((t) => t.id === 'beta');
    expect(beta).toMatchObject({
      arn: betaArn,
      region: REGION,
      state: 'ACTIVE',
      createdAt: '2024-03-01T10:00:00.000Z',
      tags: { team: 'payments', env: 'prod' },
      unknownAttributes: [],
      attributes: {
        billingMode: 'PROVISIONED',
        itemCount: 42,
        sizeBytes: 4096,
        sse: null,
        kmsKeyManager: null,
        pointInTimeRecovery: true,
        ttl: { status: 'DISABLED', attributeName: null },
        deletionProtection: false,
        stream: null,
        provisionedThroughput: { read: 10, write: 5 },
      },
    });
  });

  it('records an AccessDenied per-item read and still emits the table, with the attribute unknown', async () => {
    ddb.on(ListTablesCommand).resolves({ TableNames: ['alpha', 'beta'] });
    tableExists('alpha');
    tableExists('beta');
    ddb
      .on(DescribeContinuousBackupsCommand, { TableName: 'beta' })
      .rejects(accessDenied('dynamodb:DescribeContinuousBackups'));

    const outcome = await collect(dynamodbCollector);

    expect(outcome.errors).toEqual([
      {
        account: ACCOUNT,
        service: 'dynamodb',
        region: REGION,
        operation: 'DescribeContinuousBackups',
        code: 'AccessDeniedException',
        message: expect.stringContaining('(the scan needs dynamodb:DescribeContinuousBackups)'),
        resourceId: 'beta',
        missingPermission: 'dynamodb:DescribeContinuousBackups',
      },
    ]);
    expect(outcome.failedTypes.size).toBe(0);
    const tables = ofType(outcome, 'dynamodb:table');
    expect(tables.find((t) => t.id === 'beta')?.unknownAttributes).toEqual(['pointInTimeRecovery']);
    expect(tables.find((t) => t.id === 'alpha')).toMatchObject({
      unknownAttributes: [],
      attributes: { pointInTimeRecovery: true },
    });
  });

  it("describes each table's KMS key once, and leaves the manager unknown when DescribeKey is denied", async () => {
    const awsManaged = `arn:aws:kms:${REGION}:${ACCOUNT}:key/aws-dynamodb`;
    const denied = `arn:aws:kms:${REGION}:${ACCOUNT}:key/cross-account`;
    ddb.on(ListTablesCommand).resolves({ TableNames: ['a', 'b', 'c', 'd'] });
    for (const [name, key] of [
      ['a', awsManaged],
      ['b', awsManaged],
      ['c', denied],
    ] as const) {
      tableExists(name);
      ddb.on(DescribeTableCommand, { TableName: name }).resolves({
        Table: {
          TableName: name,
          TableStatus: 'ACTIVE',
          SSEDescription: { Status: 'ENABLED', SSEType: 'KMS', KMSMasterKeyArn: key },
        },
      });
    }
    // On KMS, but the answer names no key: who manages it is unknown.
    tableExists('d');
    ddb.on(DescribeTableCommand, { TableName: 'd' }).resolves({
      Table: { TableName: 'd', TableStatus: 'ACTIVE', SSEDescription: { Status: 'ENABLED', SSEType: 'KMS' } },
    });
    kms
      .on(DescribeKeyCommand, { KeyId: awsManaged })
      .resolves({ KeyMetadata: { KeyId: 'k', KeyManager: 'AWS' } });
    kms.on(DescribeKeyCommand, { KeyId: denied }).rejects(accessDenied('kms:DescribeKey'));

    const outcome = await collect(dynamodbCollector);

    expect(
      kms
        .commandCalls(DescribeKeyCommand)
        .map((c) => c.args[0].input.KeyId)
        .sort(),
    ).toEqual([denied, awsManaged].sort());
    const tables = ofType(outcome, 'dynamodb:table').sort((x, y) => x.id.localeCompare(y.id));
    expect(tables.map((t) => [t.id, t.attributes.kmsKeyManager, t.unknownAttributes])).toEqual([
      ['a', 'AWS', []],
      ['b', 'AWS', []],
      ['c', null, ['kmsKeyManager']],
      ['d', null, ['kmsKeyManager']],
    ]);
    expect(outcome.errors).toEqual([
      expect.objectContaining({
        operation: 'DescribeKey',
        resourceId: denied,
        missingPermission: 'kms:DescribeKey',
      }),
    ]);
  });

  it('skips a table deleted between ListTables and DescribeTable without recording an error', async () => {
    ddb.on(ListTablesCommand).resolves({ TableNames: ['alpha', 'gone'] });
    tableExists('alpha');
    const notFound = new ResourceNotFoundException({
      message: 'Requested resource not found',
      $metadata: {},
    });
    ddb.on(DescribeTableCommand, { TableName: 'gone' }).rejects(notFound);
    ddb.on(DescribeContinuousBackupsCommand, { TableName: 'gone' }).rejects(notFound);
    ddb.on(DescribeTimeToLiveCommand, { TableName: 'gone' }).rejects(notFound);
    ddb.on(ListTagsOfResourceCommand).resolves({ Tags: [] });

    const outcome = await collect(dynamodbCollector);

    expect(outcome.errors).toEqual([]);
    expect(ofType(outcome, 'dynamodb:table').map((t) => t.id)).toEqual(['alpha']);
  });
});

describe('DynamoDB collector under throttling (the SDK retry)', () => {
  /**
   * aws-sdk-client-mock replaces Client#send, which skips the middleware stack and so the SDK's
   * retry: this test fakes the HTTP handler instead, and runs the real client built by ClientFactory
   * (adaptive retry, the scan's pool and statistics). The adaptive mode waits before the retry (a
   * random backoff of up to 1 s, then ~2 s in its client-side rate limiter after a throttle), so the
   * test runs on jest's fake clock: those waits pass instantly.
   */
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  const json = (statusCode: number, body: unknown) => ({
    response: {
      statusCode,
      headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'req' },
      body: Readable.from([Buffer.from(JSON.stringify(body))]),
    },
  });

  it('retries a throttled ListTables and completes with no error', async () => {
    const operations: string[] = [];
    let throttled = false;
    jest.spyOn(NodeHttpHandler.prototype, 'handle').mockImplementation(async (request: HttpRequest) => {
      const operation = String(request.headers['x-amz-target']).split('.')[1];
      operations.push(operation);
      switch (operation) {
        case 'ListTables':
          if (!throttled) {
            throttled = true;
            return json(400, {
              __type: 'com.amazonaws.dynamodb.v20120810#ThrottlingException',
              message: 'Rate exceeded',
            });
          }
          return json(200, { TableNames: ['orders'] });
        case 'DescribeTable':
          return json(200, {
            Table: {
              TableName: 'orders',
              TableStatus: 'ACTIVE',
              BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST' },
            },
          });
        case 'DescribeContinuousBackups':
          return json(200, {
            ContinuousBackupsDescription: {
              ContinuousBackupsStatus: 'DISABLED',
              PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: 'DISABLED' },
            },
          });
        case 'DescribeTimeToLive':
          return json(200, { TimeToLiveDescription: { TimeToLiveStatus: 'ENABLED', AttributeName: 'ttl' } });
        case 'ListTagsOfResource':
          return json(200, { Tags: [{ Key: 'team', Value: 'orders' }] });
        default:
          return json(400, { __type: 'UnknownOperationException', message: operation });
      }
    });
    jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate'] });

    const stats = new CallStats();
    let done = false;
    const pending = collect(dynamodbCollector, { maxAttempts: 3, stats }).finally(() => {
      done = true;
    });
    while (!done) await jest.advanceTimersByTimeAsync(250);
    const outcome = await pending;

    expect(outcome.errors).toEqual([]);
    expect(operations.filter((o) => o === 'ListTables')).toHaveLength(2);
    expect(stats.throttles).toBe(1);
    expect(stats.retries).toBe(1);
    expect(stats.apiCalls).toBe(5);
    expect(ofType(outcome, 'dynamodb:table')).toEqual([
      expect.objectContaining({
        id: 'orders',
        arn: `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/orders`,
        tags: { team: 'orders' },
        unknownAttributes: [],
        attributes: expect.objectContaining({
          billingMode: 'PAY_PER_REQUEST',
          provisionedThroughput: null,
          pointInTimeRecovery: false,
          ttl: { status: 'ENABLED', attributeName: 'ttl' },
        }),
      }),
    ]);
  });
});

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

describe('Budgets collector', () => {
  const budgets = mockClient(BudgetsClient);
  afterEach(() => {
    budgets.reset();
  });

  it('pages through budgets, records an unparseable amount as a problem, and a denied notification read', async () => {
    const budgetCalls: [string | undefined, string | undefined][] = [];
    const firstBudgetPage = {
      Budgets: [
        {
          BudgetName: 'total',
          BudgetType: 'COST',
          TimeUnit: 'MONTHLY',
          BudgetLimit: { Amount: '100.0', Unit: 'USD' },
          CalculatedSpend: {
            ActualSpend: { Amount: 'n/a', Unit: 'USD' },
            ForecastedSpend: { Amount: '120.75', Unit: 'USD' },
          },
        },
      ],
      NextToken: 'next',
    };
    const secondBudgetPage = {
      Budgets: [{ BudgetName: 'ri', BudgetType: 'RI_UTILIZATION', TimeUnit: 'DAILY' }],
    };
    budgets.on(DescribeBudgetsCommand).callsFake((input: { AccountId?: string; NextToken?: string }) => {
      budgetCalls.push([input.AccountId, input.NextToken]);
      return input.NextToken ? secondBudgetPage : firstBudgetPage;
    });
    budgets
      .on(DescribeNotificationsForBudgetCommand, { BudgetName: 'total' })
      .resolvesOnce({
        Notifications: [
          { NotificationType: 'FORECASTED', ComparisonOperator: 'GREATER_THAN', Threshold: 100 },
        ],
        NextToken: 'n2',
      })
      .resolvesOnce({
        Notifications: [
          {
            NotificationType: 'ACTUAL',
            ComparisonOperator: 'GREATER_THAN',
            Threshold: 80,
            ThresholdType: 'PERCENTAGE',
            NotificationState: 'ALARM',
          },
        ],
      });
    budgets
      .on(DescribeNotificationsForBudgetCommand, { BudgetName: 'ri' })
      .rejects(new BudgetsAccessDenied({ message: 'not authorized', $metadata: { httpStatusCode: 400 } }));

    const outcome = await collect(budgetsCollector, { scopeRegion: 'global' });

    expect(budgetCalls).toEqual([
      [ACCOUNT, undefined],
      [ACCOUNT, 'next'],
    ]);
    // Budgets are read in parallel: order the errors as the inventory does, by operation.
    const errors = [...outcome.errors].sort((a, b) => a.operation.localeCompare(b.operation));
    expect(errors).toEqual([
      {
        account: ACCOUNT,
        service: 'budgets',
        region: 'global',
        operation: 'DescribeBudgets',
        code: 'UnparseableAmount',
        message: expect.stringContaining('ActualSpend of budget total'),
        resourceId: 'total',
        missingPermission: null,
      },
      expect.objectContaining({
        operation: 'DescribeNotificationsForBudget',
        code: 'AccessDeniedException',
        resourceId: 'ri',
        missingPermission: 'budgets:ViewBudget',
      }),
    ]);
    const all = ofType(outcome, 'budgets:budget');
    expect(all.find((b) => b.id === 'total')).toMatchObject({
      arn: `arn:aws:budgets::${ACCOUNT}:budget/total`,
      region: 'global',
      unknownAttributes: [],
      attributes: {
        limit: { amount: 100, unit: 'USD' },
        actualSpend: null,
        forecastedSpend: { amount: 120.75, unit: 'USD' },
        notifications: [
          {
            notificationType: 'ACTUAL',
            comparisonOperator: 'GREATER_THAN',
            threshold: 80,
            thresholdType: 'PERCENTAGE',
            state: 'ALARM',
          },
          {
            notificationType: 'FORECASTED',
            comparisonOperator: 'GREATER_THAN',
            threshold: 100,
            thresholdType: null,
            state: null,
          },
        ],
      },
    });
    expect(all.find((b) => b.id === 'ri')).toMatchObject({
      unknownAttributes: ['notifications'],
      attributes: { budgetType: 'RI_UTILIZATION', limit: null, notifications: [] },
    });
  });

  it('reads the NotFoundException AWS may answer for an account without budgets as an empty list', async () => {
    budgets
      .on(DescribeBudgetsCommand)
      .rejects(new BudgetsNotFound({ message: 'no budgets', $metadata: { httpStatusCode: 400 } }));

    const outcome = await collect(budgetsCollector, { scopeRegion: 'global' });

    expect(outcome.errors).toEqual([]);
    expect(outcome.failedTypes.size).toBe(0);
    expect(outcome.resources).toEqual([]);
  });

  it('parses decimal amounts only', () => {
    expect(parseAmount('12.5')).toBe(12.5);
    expect(parseAmount(' 100 ')).toBe(100);
    expect(parseAmount('1.2E3')).toBe(1200);
    expect(parseAmount('')).toBeNull();
    expect(parseAmount(undefined)).toBeNull();
    expect(parseAmount('12 USD')).toBeNull();
    expect(parseAmount('Infinity')).toBeNull();
  });
});

describe('RDS collector', () => {
  const rds = mockClient(RDSClient);
  afterEach(() => {
    rds.reset();
  });

  it('emits a snapshot whose sharing could not be read, and skips one deleted mid-scan', async () => {
    rds.on(DescribeDBInstancesCommand).resolves({});
    rds.on(DescribeDBClustersCommand).resolves({});
    rds.on(DescribeDBClusterSnapshotsCommand).resolves({});
    rds.on(DescribeDBSnapshotsCommand).resolves({
      DBSnapshots: [
        { DBSnapshotIdentifier: 'denied', SnapshotType: 'manual', Encrypted: true },
        { DBSnapshotIdentifier: 'gone', SnapshotType: 'manual' },
      ],
    });
    rds
      .on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 'denied' })
      .rejects(accessDenied('rds:DescribeDBSnapshotAttributes', 'AccessDenied'));
    rds
      .on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 'gone' })
      .rejects(new DBSnapshotNotFoundFault({ message: 'DBSnapshot gone not found.', $metadata: {} }));

    const outcome = await collect(rdsCollector);

    expect(rds.commandCalls(DescribeDBSnapshotsCommand)[0]?.args[0].input.SnapshotType).toBe('manual');
    expect(outcome.errors).toEqual([
      expect.objectContaining({
        operation: 'DescribeDBSnapshotAttributes',
        code: 'AccessDenied',
        resourceId: 'denied',
        missingPermission: 'rds:DescribeDBSnapshotAttributes',
      }),
    ]);
    expect(ofType(outcome, 'rds:db-snapshot')).toEqual([
      expect.objectContaining({
        id: 'denied',
        arn: `arn:aws:rds:${REGION}:${ACCOUNT}:snapshot:denied`,
        unknownAttributes: ['public', 'sharedWithAccountIds'],
        attributes: expect.objectContaining({ encrypted: true, public: false, sharedWithAccountIds: [] }),
      }),
    ]);
  });

  it("reads the restore attribute: 'all' is public, anything else an account", () => {
    expect(
      snapshotSharing([
        { AttributeName: 'restore', AttributeValues: ['444455556666', 'all', '111122223333'] },
        { AttributeName: 'other', AttributeValues: ['999999999999'] },
      ]),
    ).toEqual({ public: true, sharedWithAccountIds: ['111122223333', '444455556666'] });
    expect(snapshotSharing([{ AttributeName: 'restore', AttributeValues: [] }])).toEqual({
      public: false,
      sharedWithAccountIds: [],
    });
    expect(snapshotSharing(undefined)).toEqual({ public: false, sharedWithAccountIds: [] });
  });
});
