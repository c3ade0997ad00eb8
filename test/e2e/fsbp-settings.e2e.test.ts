import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  CreateSubnetCommand,
  CreateVpcCommand,
  EC2Client,
  ModifySubnetAttributeCommand,
} from '@aws-sdk/client-ec2';
import { PutUserPolicyCommand, CreateRoleCommand, CreateUserCommand, IAMClient } from '@aws-sdk/client-iam';
import { CreateFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import {
  CreateBucketCommand,
  PutBucketLoggingCommand,
  PutBucketPolicyCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { zipOf } from '../../scripts/fixtures/zip.js';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { Inventory } from '../../src/inventory/document.js';
import { runRules, type AuditOutcome } from '../../src/rules/engine.js';
import { accountCredentials, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';
import { rulesFrom } from '../support/rules.js';

const REGION = 'us-east-1';

/** FSBP IAM.2, EC2.15, S3.9 and Lambda.5 against what moto serves. */
describe('FSBP settings of users, subnets, buckets and VPC functions, against moto', () => {
  const account = uniqueAccountId();
  const ids = { publicSubnet: '', subnetA: '', subnetB: '' };
  let inventory: Inventory;
  let outcome: AuditOutcome;

  beforeAll(async () => {
    const credentials = await accountCredentials(account);
    const config = seedConfig(REGION, credentials);
    const ec2 = new EC2Client(config);
    const vpc = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.90.0.0/16' }));
    const subnet = async (CidrBlock: string, zone: string) =>
      (
        await ec2.send(
          new CreateSubnetCommand({ VpcId: vpc.Vpc?.VpcId, CidrBlock, AvailabilityZone: `${REGION}${zone}` }),
        )
      ).Subnet?.SubnetId ?? '';
    ids.publicSubnet = await subnet('10.90.0.0/24', 'a');
    ids.subnetA = await subnet('10.90.1.0/24', 'a');
    ids.subnetB = await subnet('10.90.2.0/24', 'b');
    await ec2.send(
      new ModifySubnetAttributeCommand({ SubnetId: ids.publicSubnet, MapPublicIpOnLaunch: { Value: true } }),
    );

    const iam = new IAMClient(config);
    await iam.send(new CreateUserCommand({ UserName: 'direct' }));
    // moto loads no AWS managed policies: an inline one is a policy of the user's own too.
    await iam.send(
      new PutUserPolicyCommand({
        UserName: 'direct',
        PolicyName: 'read-tables',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: '*' }],
        }),
      }),
    );
    await iam.send(new CreateUserCommand({ UserName: 'no-policies' }));

    const s3 = new S3Client({ ...config, forcePathStyle: true });
    for (const Bucket of ['fsbp-app', 'fsbp-logs', 'fsbp-unlogged', 'fsbp-shared'])
      await s3.send(new CreateBucketCommand({ Bucket }));
    // S3 delivers access logs only where the log bucket's policy lets its logging service write.
    await s3.send(
      new PutBucketPolicyCommand({
        Bucket: 'fsbp-logs',
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: 'logging.s3.amazonaws.com' },
              Action: 's3:PutObject',
              Resource: 'arn:aws:s3:::fsbp-logs/*',
            },
          ],
        }),
      }),
    );
    await s3.send(
      new PutBucketLoggingCommand({
        Bucket: 'fsbp-app',
        BucketLoggingStatus: { LoggingEnabled: { TargetBucket: 'fsbp-logs', TargetPrefix: 'app/' } },
      }),
    );

    // A partner account may rewrite this bucket's policy (FSBP S3.6).
    await s3.send(
      new PutBucketPolicyCommand({
        Bucket: 'fsbp-shared',
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'partner',
              Effect: 'Allow',
              Principal: { AWS: 'arn:aws:iam::999988887777:root' },
              Action: ['s3:GetObject', 's3:PutBucketPolicy'],
              Resource: ['arn:aws:s3:::fsbp-shared', 'arn:aws:s3:::fsbp-shared/*'],
            },
          ],
        }),
      }),
    );

    const role = await iam.send(
      new CreateRoleCommand({
        RoleName: 'fn-exec',
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
          ],
        }),
      }),
    );
    const lambda = new LambdaClient(config);
    const fn = (FunctionName: string, SubnetIds: string[]) =>
      lambda.send(
        new CreateFunctionCommand({
          FunctionName,
          Runtime: 'nodejs22.x',
          Role: role.Role?.Arn ?? '',
          Handler: 'index.handler',
          Code: { ZipFile: zipOf('index.js', 'exports.handler = async () => 1;\n') },
          VpcConfig: { SubnetIds, SecurityGroupIds: [] },
        }),
      );
    await fn('one-zone', [ids.subnetA]);
    await fn('two-zones', [ids.subnetA, ids.subnetB]);

    inventory = await scanForTest(credentials, {
      regions: [REGION],
      services: ['ec2', 'iam', 's3', 'lambda'],
    });
    outcome = runRules(inventory, DEFAULT_CONFIG, rulesFrom('ec2-network', 'iam-principals', 's3', 'lambda'));
  }, 120_000);

  const fired = (ruleId: string) =>
    outcome.findings
      .filter((f) => f.ruleId === ruleId)
      .map((f) => f.resource.id)
      .sort();

  it('scans without errors', () => {
    expect(inventory.errors).toEqual([]);
  });

  it('flags the user with a policy of its own (IAM.2) and the subnet assigning public addresses (EC2.15)', () => {
    expect(fired('iam.user-policies-attached')).toEqual(['direct']);
    expect(fired('ec2.subnet-auto-public-ip')).toEqual([ids.publicSubnet]);
  });

  it('flags buckets without access logs, not the one logging nor the log bucket (S3.9), and the policy letting another account change access (S3.6)', () => {
    expect(fired('s3.bucket-access-logging-off')).toEqual(['fsbp-shared', 'fsbp-unlogged']);
    expect(fired('s3.bucket-policy-grants-other-accounts')).toEqual(['fsbp-shared']);
  });

  it('flags the VPC function in one zone, not the one in two (Lambda.5)', () => {
    expect(fired('lambda.vpc-function-single-az')).toEqual(['one-zone']);
  });
});
