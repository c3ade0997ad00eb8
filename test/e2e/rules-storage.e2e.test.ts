import { beforeAll, describe, expect, it } from '@jest/globals';
import { BudgetsClient, CreateBudgetCommand } from '@aws-sdk/client-budgets';
import { CloudWatchClient, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  PutRetentionPolicyCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { CreateTableCommand, DynamoDBClient, UpdateContinuousBackupsCommand } from '@aws-sdk/client-dynamodb';
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import {
  CreateBucketCommand,
  PutBucketAclCommand,
  PutBucketEncryptionCommand,
  PutBucketLifecycleConfigurationCommand,
  PutBucketOwnershipControlsCommand,
  PutBucketLoggingCommand,
  PutBucketPolicyCommand,
  PutBucketVersioningCommand,
  PutPublicAccessBlockCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import {
  PutPublicAccessBlockCommand as PutAccountPublicAccessBlockCommand,
  S3ControlClient,
} from '@aws-sdk/client-s3-control';
import type { AwsCredentialIdentity } from '@smithy/types';
import { emulatorS3ControlEndpoint } from '../../src/scan/clients.js';
import { DEFAULT_CONFIG, type AuditConfig } from '../../src/config/schema.js';
import type { Finding } from '../../src/findings/finding.js';
import type { Inventory } from '../../src/inventory/document.js';
import { catalog } from '../../src/rules/catalog/index.js';
import { runRules } from '../../src/rules/engine.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';
import { rulesOfServices } from '../support/rules.js';

const SERVICES = ['s3', 'dynamodb', 'budgets', 'cloudwatch'];
const OURS = new Set(rulesOfServices(...SERVICES).map((r) => r.metadata.id));
/** The opt-in rules switched on as a user would. */
const STRICT: AuditConfig = {
  ...DEFAULT_CONFIG,
  enable: ['dynamodb.table-not-cmk-encrypted'],
  thresholds: { ...DEFAULT_CONFIG.thresholds, requireS3Kms: true },
};
const ALL_ON = {
  BlockPublicAcls: true,
  IgnorePublicAcls: true,
  BlockPublicPolicy: true,
  RestrictPublicBuckets: true,
};
const keySchema = {
  AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' as const }],
  KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' as const }],
  BillingMode: 'PAY_PER_REQUEST' as const,
};
const metricAlarm = {
  Namespace: 'AWS/DynamoDB',
  MetricName: 'ThrottledRequests',
  Statistic: 'Sum' as const,
  Period: 300,
  EvaluationPeriods: 1,
  Threshold: 1,
  ComparisonOperator: 'GreaterThanOrEqualToThreshold' as const,
};

/** Rule ids of our families that fired on a resource id (bucket, table, alarm, ... or account/region). */
const firedOn = (findings: Finding[], id: string, subKey?: string) =>
  findings
    .filter(
      (f) => OURS.has(f.ruleId) && f.resource.id === id && (subKey === undefined || f.subKey === subKey),
    )
    .map((f) => f.ruleId)
    .sort();

function s3Control(credentials: AwsCredentialIdentity) {
  return new S3ControlClient({ ...seedConfig('us-east-1', credentials), ...emulatorS3ControlEndpoint() });
}

describe('storage, budget and monitoring rules on a real scan (moto)', () => {
  // Account A holds the misconfigured resources next to well-configured ones; account B is the
  // well-configured account (account-level block on, budgets with and without notifications).
  const accountA = uniqueAccountId();
  const accountB = uniqueAccountId();
  const suffix = accountA.slice(-6);
  const buckets = { bad: `bad-site-${suffix}`, plain: `plain-${suffix}`, good: `good-data-${suffix}` };
  let findingsA: Finding[];
  let strictA: Finding[];
  let findingsB: Finding[];
  let inventoryB: Inventory;

  beforeAll(async () => {
    const credentialsA = await accountCredentials(accountA);
    const credentialsB = await accountCredentials(accountB);

    // S3, account A: no account-level block.
    const s3 = new S3Client(seedConfig('us-east-1', credentialsA));
    await s3.send(new CreateBucketCommand({ Bucket: buckets.bad }));
    await s3.send(
      new PutBucketOwnershipControlsCommand({
        Bucket: buckets.bad,
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] },
      }),
    );
    await s3.send(new PutBucketAclCommand({ Bucket: buckets.bad, ACL: 'public-read' }));
    await s3.send(
      new PutBucketPolicyCommand({
        Bucket: buckets.bad,
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'PublicRead',
              Effect: 'Allow',
              Principal: '*',
              Action: 's3:GetObject',
              Resource: `arn:aws:s3:::${buckets.bad}/*`,
            },
          ],
        }),
      }),
    );
    await s3.send(
      new PutBucketVersioningCommand({ Bucket: buckets.bad, VersioningConfiguration: { Status: 'Enabled' } }),
    );
    await s3.send(new CreateBucketCommand({ Bucket: buckets.plain }));
    // The good bucket's access logs go to the plain one, whose policy lets S3's logging service write.
    await s3.send(
      new PutBucketPolicyCommand({
        Bucket: buckets.plain,
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: 'logging.s3.amazonaws.com' },
              Action: 's3:PutObject',
              Resource: `arn:aws:s3:::${buckets.plain}/*`,
            },
          ],
        }),
      }),
    );

    await s3.send(new CreateBucketCommand({ Bucket: buckets.good }));
    await s3.send(
      new PutPublicAccessBlockCommand({ Bucket: buckets.good, PublicAccessBlockConfiguration: ALL_ON }),
    );
    await s3.send(
      new PutBucketLoggingCommand({
        Bucket: buckets.good,
        BucketLoggingStatus: { LoggingEnabled: { TargetBucket: buckets.plain, TargetPrefix: 'good/' } },
      }),
    );
    await s3.send(
      new PutBucketOwnershipControlsCommand({
        Bucket: buckets.good,
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      }),
    );
    await s3.send(
      new PutBucketEncryptionCommand({
        Bucket: buckets.good,
        ServerSideEncryptionConfiguration: {
          Rules: [
            {
              ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'alias/data' },
              BucketKeyEnabled: true,
            },
          ],
        },
      }),
    );
    await s3.send(
      new PutBucketVersioningCommand({
        Bucket: buckets.good,
        VersioningConfiguration: { Status: 'Enabled' },
      }),
    );
    await s3.send(
      new PutBucketLifecycleConfigurationCommand({
        Bucket: buckets.good,
        LifecycleConfiguration: {
          Rules: [
            {
              ID: 'expire-noncurrent',
              Status: 'Enabled',
              Filter: { Prefix: '' },
              NoncurrentVersionExpiration: { NoncurrentDays: 30 },
            },
          ],
        },
      }),
    );
    await s3.send(
      new PutBucketPolicyCommand({
        Bucket: buckets.good,
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'TlsOnly',
              Effect: 'Deny',
              Principal: '*',
              Action: 's3:*',
              Resource: [`arn:aws:s3:::${buckets.good}`, `arn:aws:s3:::${buckets.good}/*`],
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            },
          ],
        }),
      }),
    );

    // DynamoDB, account A: a bare table and a guarded one in us-east-1, a guarded one in eu-west-2.
    const east = new DynamoDBClient(seedConfig('us-east-1', credentialsA));
    const west = new DynamoDBClient(seedConfig('eu-west-2', credentialsA));
    await east.send(new CreateTableCommand({ TableName: 'bare', ...keySchema }));
    for (const [client, name, region] of [
      [east, 'guarded', 'us-east-1'],
      [west, 'west-guarded', 'eu-west-2'],
    ] as const) {
      const key = await new KMSClient(seedConfig(region, credentialsA)).send(
        new CreateKeyCommand({ Description: `${name} table` }),
      );
      await client.send(
        new CreateTableCommand({
          TableName: name,
          ...keySchema,
          DeletionProtectionEnabled: true,
          SSESpecification: { Enabled: true, SSEType: 'KMS', KMSMasterKeyId: key.KeyMetadata?.Arn },
        }),
      );
      await client.send(
        new UpdateContinuousBackupsCommand({
          TableName: name,
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        }),
      );
    }

    // CloudWatch, account A: alarms in us-east-1 only, so eu-west-2 runs a table unwatched.
    const topic = `arn:aws:sns:us-east-1:${accountA}:ops`;
    const cloudwatch = new CloudWatchClient(seedConfig('us-east-1', credentialsA));
    await cloudwatch.send(
      new PutMetricAlarmCommand({ AlarmName: 'watched', ...metricAlarm, AlarmActions: [topic] }),
    );
    await cloudwatch.send(new PutMetricAlarmCommand({ AlarmName: 'silent', ...metricAlarm }));
    await cloudwatch.send(
      new PutMetricAlarmCommand({
        AlarmName: 'muted',
        ...metricAlarm,
        ActionsEnabled: false,
        AlarmActions: [topic],
      }),
    );
    const logs = new CloudWatchLogsClient(seedConfig('us-east-1', credentialsA));
    await logs.send(new CreateLogGroupCommand({ logGroupName: '/app/forever' }));
    await logs.send(new CreateLogGroupCommand({ logGroupName: '/app/kept' }));
    await logs.send(new PutRetentionPolicyCommand({ logGroupName: '/app/kept', retentionInDays: 30 }));

    // Account B: account-level block on, a bucket relying on it, a watched and an unwatched budget.
    await s3Control(credentialsB).send(
      new PutAccountPublicAccessBlockCommand({ AccountId: accountB, PublicAccessBlockConfiguration: ALL_ON }),
    );
    await new S3Client(seedConfig('us-east-1', credentialsB)).send(
      new CreateBucketCommand({ Bucket: `covered-${accountB.slice(-6)}` }),
    );
    const budgets = new BudgetsClient(seedConfig('us-east-1', credentialsB));
    const monthly = {
      BudgetType: 'COST' as const,
      TimeUnit: 'MONTHLY' as const,
      BudgetLimit: { Amount: '100', Unit: 'USD' },
    };
    await budgets.send(
      new CreateBudgetCommand({
        AccountId: accountB,
        Budget: { BudgetName: 'watched', ...monthly },
        NotificationsWithSubscribers: [
          {
            Notification: {
              NotificationType: 'FORECASTED',
              ComparisonOperator: 'GREATER_THAN',
              Threshold: 100,
              ThresholdType: 'PERCENTAGE',
            },
            Subscribers: [{ SubscriptionType: 'EMAIL', Address: 'ops@example.com' }],
          },
        ],
      }),
    );
    await budgets.send(
      new CreateBudgetCommand({ AccountId: accountB, Budget: { BudgetName: 'unwatched', ...monthly } }),
    );

    const inventoryA = await scanForTest(credentialsA, {
      regions: ['eu-west-2', 'us-east-1'],
      services: SERVICES,
    });
    inventoryB = await scanForTest(credentialsB, { regions: ['us-east-1'], services: SERVICES });
    expect(inventoryA.errors).toEqual([]);
    expect(inventoryB.errors).toEqual([]);
    findingsA = runRules(inventoryA, DEFAULT_CONFIG, catalog).findings;
    strictA = runRules(inventoryA, STRICT, catalog).findings;
    findingsB = runRules(inventoryB, DEFAULT_CONFIG, catalog).findings;
  });

  it('S3: flags the public, unprotected bucket and the account, not the well-configured bucket', () => {
    expect(firedOn(findingsA, accountA)).toEqual(
      expect.arrayContaining(['budgets.account-has-no-budget', 's3.account-public-access-block-off']),
    );
    expect(firedOn(findingsA, buckets.bad)).toEqual([
      's3.bucket-access-logging-off',
      's3.bucket-acls-enabled',
      's3.bucket-public',
      's3.bucket-public',
      's3.bucket-public-access-block-off',
      's3.bucket-tls-not-enforced',
      // No lifecycle configuration at all (FSBP S3.13).
      's3.bucket-without-lifecycle',
      's3.versioned-bucket-without-lifecycle',
    ]);
    expect(
      findingsA.filter((f) => f.ruleId === 's3.bucket-public').map((f) => [f.subKey, f.severity]),
    ).toEqual([
      ['acl', 'critical'],
      ['policy', 'critical'],
    ]);
    expect(firedOn(findingsA, buckets.plain)).toEqual(
      expect.arrayContaining(['s3.bucket-versioning-disabled']),
    );
    expect(firedOn(strictA, buckets.bad)).toContain('s3.bucket-not-kms-encrypted');
    expect(firedOn(strictA, buckets.good)).toEqual([]);
  });

  it('S3: an account-level block on all four settings protects buckets without their own', () => {
    // The bucket really has no block of its own, and the account's was read: the account's covers it.
    expect(ofType(inventoryB, 's3:bucket')).toEqual([
      expect.objectContaining({
        unknownAttributes: [],
        attributes: expect.objectContaining({ publicAccessBlock: null }),
      }),
    ]);
    expect(ofType(inventoryB, 's3:account-settings')[0]?.unknownAttributes).toEqual([]);
    expect(firedOn(findingsB, accountB)).toEqual([]);
    expect(
      findingsB.filter(
        (f) => f.ruleId === 's3.bucket-public-access-block-off' || f.ruleId === 's3.bucket-public',
      ),
    ).toEqual([]);
  });

  it('DynamoDB: flags the bare table, not the guarded ones', () => {
    expect(firedOn(findingsA, 'bare')).toEqual([
      'dynamodb.deletion-protection-disabled',
      'dynamodb.pitr-disabled',
    ]);
    expect(firedOn(strictA, 'bare')).toContain('dynamodb.table-not-cmk-encrypted');
    expect(firedOn(strictA, 'guarded')).toEqual([]);
    expect(firedOn(strictA, 'west-guarded')).toEqual([]);
  });

  it('Budgets: flags the account without a budget and the budget without notifications only', () => {
    expect(firedOn(findingsA, accountA)).toContain('budgets.account-has-no-budget');
    expect(firedOn(findingsB, 'unwatched')).toEqual(['budgets.budget-without-notifications']);
    expect(firedOn(findingsB, 'watched')).toEqual([]);
  });

  it('CloudWatch: flags the unwatched region, the silent and muted alarms and the log group kept forever', () => {
    expect(firedOn(findingsA, `${accountA}/eu-west-2`)).toEqual(['cloudwatch.region-without-alarms']);
    expect(firedOn(findingsA, `${accountA}/us-east-1`)).toEqual([]);
    expect(firedOn(findingsA, 'silent')).toEqual(['cloudwatch.alarm-without-actions']);
    expect(firedOn(findingsA, 'muted')).toEqual(['cloudwatch.alarm-actions-disabled']);
    expect(firedOn(findingsA, 'watched')).toEqual([]);
    expect(firedOn(findingsA, '/app/forever')).toEqual(['cloudwatch.log-group-without-retention']);
    expect(firedOn(findingsA, '/app/kept')).toEqual([]);
  });
});
