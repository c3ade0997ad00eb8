import { beforeAll, describe, expect, it } from '@jest/globals';
import { randomInt } from 'node:crypto';
import {
  AttachUserPolicyCommand,
  CreateLoginProfileCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  IAMClient,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import {
  AddPermissionCommand,
  CreateFunctionCommand,
  CreateFunctionUrlConfigCommand,
  LambdaClient,
} from '@aws-sdk/client-lambda';
import { CreateDBInstanceCommand, RDSClient } from '@aws-sdk/client-rds';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { Finding } from '../../src/findings/finding.js';
import type { Inventory } from '../../src/inventory/document.js';
import { catalog } from '../../src/rules/catalog/index.js';
import { runRules, type AuditOutcome } from '../../src/rules/engine.js';
import { zipOf } from '../../scripts/fixtures/zip.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';
import { rulesOfServices } from '../support/rules.js';

const REGION = 'us-east-1';
/** A fixed evaluation time, so runtime phases (python3.12 is deprecated in 2028) do not drift with the clock. */
const NOW = new Date('2026-11-25T12:00:00Z');
const OURS = new Set(rulesOfServices('iam', 'lambda', 'rds').map((r) => r.metadata.id));

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const random = (length: number) => Array.from({ length }, () => ALNUM[randomInt(ALNUM.length)]).join('');

const adminPolicy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const tablePolicy = (account: string) => ({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: 'dynamodb:*', Resource: `arn:aws:dynamodb:${REGION}:${account}:table/*` },
  ],
});

/** Rule ids of this family that fired on a resource id (optionally one subKey), sorted. */
const firedOn = (findings: Finding[], id: string, subKey?: string) =>
  findings
    .filter(
      (f) => OURS.has(f.ruleId) && f.resource.id === id && (subKey === undefined || f.subKey === subKey),
    )
    .map((f) => f.ruleId)
    .sort();

describe('IAM, Lambda and RDS rules against a moto scan', () => {
  const account = uniqueAccountId();
  // A fake live Stripe key made up per run: findings must name the variable, never the value.
  const stripeKey = ['sk', 'live', random(24)].join('_');
  const dbPassword = `${random(12)}-Pw9`;
  let inventory: Inventory;
  let outcome: AuditOutcome;
  let findings: Finding[];

  beforeAll(async () => {
    const credentials = await accountCredentials(account);
    const iam = new IAMClient(seedConfig(REGION, credentials));
    const lambda = new LambdaClient(seedConfig(REGION, credentials));
    const rds = new RDSClient(seedConfig(REGION, credentials));

    // IAM: a console user without MFA, a customer-managed *:* policy, an inline dynamodb:* on every table.
    await iam.send(new CreateUserCommand({ UserName: 'alice' }));
    await iam.send(new CreateLoginProfileCommand({ UserName: 'alice', Password: `${random(16)}-Aa1!` }));
    await iam.send(new CreateUserCommand({ UserName: 'deploy-bot' }));
    const everything = await iam.send(
      new CreatePolicyCommand({ PolicyName: 'everything', PolicyDocument: JSON.stringify(adminPolicy) }),
    );
    await iam.send(
      new AttachUserPolicyCommand({ UserName: 'deploy-bot', PolicyArn: everything.Policy?.Arn }),
    );
    await iam.send(
      new PutUserPolicyCommand({
        UserName: 'deploy-bot',
        PolicyName: 'tables',
        PolicyDocument: JSON.stringify(tablePolicy(account)),
      }),
    );
    await iam.send(new CreateUserCommand({ UserName: 'auditor' }));

    // Lambda: deprecated runtimes, a plaintext secret, a public URL with CORS *, and a clean function.
    const role = await iam.send(
      new CreateRoleCommand({
        RoleName: 'lambda-exec',
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
          ],
        }),
      }),
    );
    const node = {
      Handler: 'index.handler',
      Code: { ZipFile: zipOf('index.js', 'exports.handler = async () => 1;\n') },
    };
    await lambda.send(
      new CreateFunctionCommand({
        FunctionName: 'legacy-worker',
        Runtime: 'nodejs16.x',
        Role: role.Role?.Arn,
        ...node,
      }),
    );
    await lambda.send(
      new CreateFunctionCommand({
        FunctionName: 'payments-api',
        Runtime: 'nodejs18.x',
        Role: role.Role?.Arn,
        ...node,
        Environment: { Variables: { STRIPE_SECRET_KEY: stripeKey, LOG_LEVEL: 'info' } },
      }),
    );
    await lambda.send(
      new CreateFunctionUrlConfigCommand({
        FunctionName: 'payments-api',
        AuthType: 'NONE',
        Cors: { AllowOrigins: ['*'], AllowMethods: ['GET', 'POST'] },
      }),
    );
    await lambda.send(
      new AddPermissionCommand({
        FunctionName: 'payments-api',
        StatementId: 'public-url',
        Action: 'lambda:InvokeFunctionUrl',
        Principal: '*',
        FunctionUrlAuthType: 'NONE',
      }),
    );
    await lambda.send(
      new CreateFunctionCommand({
        FunctionName: 'nightly-report',
        Runtime: 'python3.12',
        Role: role.Role?.Arn,
        Handler: 'main.handler',
        Code: { ZipFile: zipOf('main.py', 'def handler(event, context):\n    return None\n') },
        Environment: { Variables: { LOG_LEVEL: 'info', TABLE_NAME: 'reports' } },
      }),
    );

    // RDS: a public unencrypted instance without backups, and a well-configured production one.
    const database = {
      Engine: 'postgres',
      EngineVersion: '16.3',
      DBInstanceClass: 'db.t3.micro',
      AllocatedStorage: 20,
      MasterUsername: 'app',
      MasterUserPassword: dbPassword,
    };
    await rds.send(
      new CreateDBInstanceCommand({
        ...database,
        DBInstanceIdentifier: 'public-db',
        PubliclyAccessible: true,
        StorageEncrypted: false,
        BackupRetentionPeriod: 0,
        AutoMinorVersionUpgrade: true,
      }),
    );
    await rds.send(
      new CreateDBInstanceCommand({
        ...database,
        DBInstanceIdentifier: 'secure-db',
        PubliclyAccessible: false,
        StorageEncrypted: true,
        MultiAZ: true,
        DeletionProtection: true,
        BackupRetentionPeriod: 14,
        AutoMinorVersionUpgrade: true,
        EnableIAMDatabaseAuthentication: true,
        CopyTagsToSnapshot: true,
        Port: 15432,
        EnableCloudwatchLogsExports: ['postgresql', 'upgrade'],
        MonitoringInterval: 60,
        MonitoringRoleArn: `arn:aws:iam::${account}:role/rds-monitoring-role`,
        Tags: [{ Key: 'env', Value: 'prod' }],
      }),
    );

    // EC2 too: a VPC function's zones are its subnets'.
    inventory = await scanForTest(credentials, {
      regions: [REGION],
      services: ['iam', 'lambda', 'rds', 'ec2'],
    });
    outcome = runRules(inventory, DEFAULT_CONFIG, catalog, NOW);
    findings = outcome.findings;
  });

  it('scans without errors and runs every rule of the family', () => {
    expect(inventory.errors).toEqual([]);
    expect(ofType(inventory, 'lambda:function')).toHaveLength(3);
    const ours = outcome.rules.filter((rule) => OURS.has(rule.id));
    expect(ours.map((rule) => rule.id).sort()).toEqual([...OURS].sort());
    // Every scope of these rules was listed, so each was judged there (partial where the
    // credential report predates a user, as moto's does).
    for (const rule of ours) {
      expect(rule.error).toBeNull();
      const unjudged = rule.scopes.filter((scope) => !['complete', 'partial'].includes(scope.status));
      expect([rule.id, rule.scopes.length > 0, unjudged]).toEqual([rule.id, true, []]);
    }
    expect(outcome.warnings.filter((w) => [...OURS].some((id) => w.includes(id)))).toEqual([]);
  });

  it('reports the console user without MFA, the *:* policy and the inline dynamodb:* grant', () => {
    expect(firedOn(findings, 'alice')).toEqual(['iam.user-console-without-mfa']);
    expect(firedOn(findings, 'everything')).toEqual(['iam.policy-full-admin']);
    const admin = findings.find((f) => f.ruleId === 'iam.policy-full-admin');
    expect(admin?.severity).toBe('high');
    expect(admin?.evidence.attachedTo).toEqual(['user deploy-bot']);
    // The attached customer policy is reported once, on the policy; the user gets the inline grant.
    expect(firedOn(findings, 'deploy-bot')).toEqual([
      'iam.user-inline-service-wildcard',
      'iam.user-policies-attached',
    ]);
    expect(firedOn(findings, 'deploy-bot', 'inline:tables')).toEqual(['iam.user-inline-service-wildcard']);
    expect(firedOn(findings, 'auditor')).toEqual([]);
  });

  it('reports the missing password policy, and nothing about a root user the credential report lacks', () => {
    expect(firedOn(findings, account)).toEqual(['iam.password-policy-missing']);
  });

  it('reports deprecated runtimes, the secret, the public URL and its CORS, without a duplicate policy finding', () => {
    expect(firedOn(findings, 'legacy-worker')).toEqual(['lambda.runtime-deprecated']);
    expect(firedOn(findings, 'payments-api')).toEqual([
      'lambda.function-url-cors-any-origin',
      'lambda.function-url-public',
      'lambda.runtime-deprecated',
      'lambda.secret-in-environment',
    ]);
    expect(firedOn(findings, 'payments-api', 'STRIPE_SECRET_KEY')).toEqual(['lambda.secret-in-environment']);
    const runtime = findings.find(
      (f) => f.ruleId === 'lambda.runtime-deprecated' && f.resource.id === 'payments-api',
    );
    expect(runtime?.severity).toBe('high');
    expect(findings.find((f) => f.ruleId === 'lambda.function-url-public')?.severity).toBe('high');
    expect(firedOn(findings, 'nightly-report')).toEqual([]);
  });

  it('reports the public unencrypted instance and nothing on the well-configured one', () => {
    expect(firedOn(findings, 'public-db')).toEqual([
      'rds.instance-backups-disabled',
      'rds.instance-copy-tags-off',
      'rds.instance-default-port',
      'rds.instance-deletion-protection-disabled',
      'rds.instance-enhanced-monitoring-off',
      'rds.instance-iam-auth-disabled',
      'rds.instance-logs-not-exported',
      'rds.instance-publicly-accessible',
      'rds.instance-single-az',
      'rds.instance-storage-unencrypted',
    ]);
    expect(firedOn(findings, 'secure-db')).toEqual([]);
  });

  it('never puts a secret value in the findings', () => {
    const serialized = JSON.stringify(findings);
    expect(serialized).not.toContain(stripeKey);
    expect(serialized).not.toContain(dbPassword);
    expect(serialized).toContain('STRIPE_SECRET_KEY');
  });
});
