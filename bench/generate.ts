/**
 * Seeds moto with a large account: `total` resources spread over `regions`, in the proportions
 * of a typical production account (EC2 and its volumes first, then logs, alarms, functions...).
 */
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutMetricAlarmCommand, CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  PutRetentionPolicyCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import {
  AllocateAddressCommand,
  AuthorizeSecurityGroupIngressCommand,
  CreateSecurityGroupCommand,
  CreateSnapshotCommand,
  CreateVolumeCommand,
  EC2Client,
  RunInstancesCommand,
} from '@aws-sdk/client-ec2';
import { CreateRoleCommand, CreateUserCommand, IAMClient } from '@aws-sdk/client-iam';
import { CreateFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { CreateDBInstanceCommand, RDSClient } from '@aws-sdk/client-rds';
import { CreateBucketCommand, S3Client, type BucketLocationConstraint } from '@aws-sdk/client-s3';
import pLimit from 'p-limit';
import { zipOf } from '../scripts/fixtures/zip.js';
import { seedMoreServices } from './generate-more.js';

export const SEVENTEEN_REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-central-1',
  'eu-north-1',
  'ap-south-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-southeast-1',
  'ap-southeast-2',
  'sa-east-1',
];

/** Shares of the total; instances bring a root volume each. Moto adds ~6 defaults per region. */
const SHARES = {
  instances: 0.19,
  volumes: 0.06,
  snapshots: 0.06,
  securityGroups: 0.06,
  elasticIps: 0.01,
  // Instances, log groups and alarms have 0.01, 0.04 and 0.02 less than before 2026-12-06: room
  // for the services generate-more.ts seeds.
  logGroups: 0.1,
  alarms: 0.06,
  tables: 0.04,
  functions: 0.05,
  databases: 0.005,
  buckets: 0.06,
  users: 0.02,
  roles: 0.015,
};

export interface SeedPlan {
  perRegion: Record<
    | 'instances'
    | 'volumes'
    | 'snapshots'
    | 'securityGroups'
    | 'elasticIps'
    | 'logGroups'
    | 'alarms'
    | 'tables'
    | 'functions'
    | 'databases',
    number
  >;
  buckets: number;
  users: number;
  roles: number;
}

export function planSeed(total: number, regionCount: number): SeedPlan {
  const perRegion = (share: number) => Math.max(1, Math.round((total * share) / regionCount));
  return {
    perRegion: {
      instances: perRegion(SHARES.instances),
      volumes: perRegion(SHARES.volumes),
      snapshots: perRegion(SHARES.snapshots),
      securityGroups: perRegion(SHARES.securityGroups),
      elasticIps: perRegion(SHARES.elasticIps),
      logGroups: perRegion(SHARES.logGroups),
      alarms: perRegion(SHARES.alarms),
      tables: perRegion(SHARES.tables),
      functions: perRegion(SHARES.functions),
      databases: perRegion(SHARES.databases),
    },
    buckets: Math.round(total * SHARES.buckets),
    users: Math.round(total * SHARES.users),
    roles: Math.round(total * SHARES.roles),
  };
}

const times = (count: number) => Array.from({ length: count }, (_, i) => i);

export async function seedBenchAccount(regions: readonly string[], total: number): Promise<SeedPlan> {
  const plan = planSeed(total, regions.length);
  const limit = pLimit(12);
  const run = <T>(task: () => Promise<T>) => limit(task);
  const config = (region: string) => ({ region, forcePathStyle: true, maxAttempts: 5 });

  const iam = new IAMClient(config('us-east-1'));
  const role = await iam.send(
    new CreateRoleCommand({
      RoleName: 'bench-lambda',
      AssumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
        ],
      }),
    }),
  );
  const code = zipOf('index.js', 'exports.handler = async () => null;\n');
  const tasks: Promise<unknown>[] = [];

  for (const region of regions) {
    const ec2 = new EC2Client(config(region));
    const { perRegion } = plan;
    for (let left = perRegion.instances; left > 0; left -= 50) {
      const count = Math.min(50, left);
      tasks.push(
        run(() =>
          ec2.send(
            new RunInstancesCommand({
              ImageId: 'ami-12345678',
              MinCount: count,
              MaxCount: count,
              InstanceType: 't3.micro',
            }),
          ),
        ),
      );
    }
    const source = await ec2.send(
      new CreateVolumeCommand({ AvailabilityZone: `${region}a`, Size: 50, VolumeType: 'gp2' }),
    );
    for (const i of times(perRegion.volumes - 1)) {
      tasks.push(
        run(() =>
          ec2.send(
            new CreateVolumeCommand({
              AvailabilityZone: `${region}a`,
              Size: 10 + i,
              VolumeType: i % 2 ? 'gp2' : 'gp3',
            }),
          ),
        ),
      );
    }
    for (const i of times(perRegion.snapshots)) {
      tasks.push(
        run(() =>
          ec2.send(new CreateSnapshotCommand({ VolumeId: source.VolumeId, Description: `nightly-${i}` })),
        ),
      );
    }
    for (const i of times(perRegion.securityGroups)) {
      tasks.push(
        run(async () => {
          const group = await ec2.send(
            new CreateSecurityGroupCommand({ GroupName: `app-${i}`, Description: `app ${i}` }),
          );
          await ec2.send(
            new AuthorizeSecurityGroupIngressCommand({
              GroupId: group.GroupId,
              IpPermissions: [
                { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
              ],
            }),
          );
        }),
      );
    }
    for (let i = 0; i < perRegion.elasticIps; i += 1) {
      tasks.push(run(() => ec2.send(new AllocateAddressCommand({ Domain: 'vpc' }))));
    }
    const logs = new CloudWatchLogsClient(config(region));
    for (const i of times(perRegion.logGroups)) {
      tasks.push(
        run(async () => {
          await logs.send(new CreateLogGroupCommand({ logGroupName: `/aws/lambda/service-${i}` }));
          if (i % 2)
            await logs.send(
              new PutRetentionPolicyCommand({
                logGroupName: `/aws/lambda/service-${i}`,
                retentionInDays: 30,
              }),
            );
        }),
      );
    }
    const cloudwatch = new CloudWatchClient(config(region));
    for (const i of times(perRegion.alarms)) {
      tasks.push(
        run(() =>
          cloudwatch.send(
            new PutMetricAlarmCommand({
              AlarmName: `high-cpu-${i}`,
              Namespace: 'AWS/EC2',
              MetricName: 'CPUUtilization',
              Statistic: 'Average',
              Period: 300,
              EvaluationPeriods: 1,
              Threshold: 80,
              ComparisonOperator: 'GreaterThanThreshold',
            }),
          ),
        ),
      );
    }
    const dynamo = new DynamoDBClient(config(region));
    for (const i of times(perRegion.tables)) {
      tasks.push(
        run(() =>
          dynamo.send(
            new CreateTableCommand({
              TableName: `orders-${i}`,
              BillingMode: 'PAY_PER_REQUEST',
              AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
              KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
            }),
          ),
        ),
      );
    }
    const lambda = new LambdaClient(config(region));
    for (const i of times(perRegion.functions)) {
      tasks.push(
        run(() =>
          lambda.send(
            new CreateFunctionCommand({
              FunctionName: `worker-${i}`,
              Runtime: i % 3 ? 'nodejs20.x' : 'python3.12',
              Role: role.Role?.Arn,
              Handler: 'index.handler',
              Code: { ZipFile: code },
              Environment: {
                Variables: { STAGE: 'prod', QUEUE_URL: `https://sqs.${region}.amazonaws.com/1/q-${i}` },
              },
            }),
          ),
        ),
      );
    }
    const rds = new RDSClient(config(region));
    for (const i of times(perRegion.databases)) {
      tasks.push(
        run(() =>
          rds.send(
            new CreateDBInstanceCommand({
              DBInstanceIdentifier: `db-${i}`,
              Engine: 'postgres',
              DBInstanceClass: 'db.t3.micro',
              AllocatedStorage: 20,
              MasterUsername: 'app',
              MasterUserPassword: 'bench-only-password-1',
            }),
          ),
        ),
      );
    }
  }
  for (const i of times(plan.buckets)) {
    const region = regions[i % regions.length] as string;
    const s3 = new S3Client(config(region));
    const location =
      region === 'us-east-1' ? undefined : { LocationConstraint: region as BucketLocationConstraint };
    tasks.push(
      run(() =>
        s3.send(
          new CreateBucketCommand({ Bucket: `bench-bucket-${i}`, CreateBucketConfiguration: location }),
        ),
      ),
    );
  }
  for (const i of times(plan.users))
    tasks.push(run(() => iam.send(new CreateUserCommand({ UserName: `user-${i}` }))));
  for (const i of times(plan.roles)) {
    tasks.push(
      run(() =>
        iam.send(
          new CreateRoleCommand({
            RoleName: `service-role-${i}`,
            AssumeRolePolicyDocument: JSON.stringify({
              Version: '2012-10-17',
              Statement: [
                { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
              ],
            }),
          }),
        ),
      ),
    );
  }
  tasks.push(...seedMoreServices(regions, total, plan.buckets, run, config));
  await Promise.all(tasks);
  return plan;
}
