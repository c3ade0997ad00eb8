/**
 * One inventory in which every rule of the catalog reports something: every resource type, each
 * misconfigured in the ways the rules look for. Catalog-wide tests run rules over it.
 */
import { DEFAULT_CONFIG, type AuditConfig } from '../../src/config/schema.js';
import type { Inventory } from '../../src/inventory/document.js';
import {
  FORWARD,
  REDIRECT_HTTPS,
  classicListener,
  classicLoadBalancer,
  elbv2Listener,
  elbv2LoadBalancer,
  elbv2TargetGroup,
} from './elb-fixtures.js';
import { ACCOUNT, bareBucket, inventoryOf, resource } from './inventory-builder.js';

export const RICH_NOW = new Date('2026-11-25T12:00:00Z');

/** A second account: no budget, and a weak password policy (the first has none). */
export const OTHER_ACCOUNT = '444455556666';

/** Settings that make the opt-in checks report (required tags, SSE-KMS, runtime warnings). */
export const RICH_CONFIG: AuditConfig = {
  ...DEFAULT_CONFIG,
  thresholds: {
    ...DEFAULT_CONFIG.thresholds,
    requiredTags: ['owner'],
    requireS3Kms: true,
    // nodejs22.x is deprecated on 2027-04-30, 156 days after RICH_NOW.
    lambdaRuntimeWarningDays: 200,
  },
};

const OLD = '2025-01-01T00:00:00.000Z';
const EAST = 'us-east-1';
const WEST = 'eu-west-1';
const openTo = (protocol: string, from: number | null, to: number | null) => ({
  protocol,
  fromPort: from,
  toPort: to,
  ipv4Ranges: ['0.0.0.0/0'],
  ipv6Ranges: [],
  prefixListIds: [],
  referencedGroupIds: [],
});
const allowAll = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const allowS3 = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] };
const ADMIN_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const passRoleToEc2 = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['iam:PassRole', 'ec2:RunInstances'], Resource: '*' }],
};

function compute() {
  const instance = {
    instanceType: 'm3.large',
    launchTime: OLD,
    stateTransitionTime: null,
    stateTransitionReason: null,
    publicIp: '54.0.0.1',
    privateIp: '10.0.0.1',
    imds: { httpTokens: 'optional', httpEndpoint: 'enabled', hopLimit: 1 },
    securityGroupIds: ['sg-open'],
    vpcId: 'vpc-1',
    subnetId: 'subnet-1',
    volumeIds: ['vol-root'],
    iamInstanceProfileArn: null,
    platform: null,
    lifecycle: 'on-demand',
    rootDeviceType: 'ebs',
    networkInterfaceCount: 2,
    virtualizationType: 'paravirtual',
    // An access key id in its user data (read where the opt-in user-data read is on).
    userDataSecrets: [{ variable: 'AWS_ACCESS_KEY_ID', kind: 'aws-access-key-id' }],
    activity: null,
  };
  const volume = {
    sizeGiB: 100,
    volumeType: 'gp2',
    iops: 300,
    throughput: null,
    encrypted: false,
    kmsKeyId: null,
    availabilityZone: `${EAST}a`,
    snapshotId: null,
    attachments: [{ instanceId: 'i-running', device: '/dev/xvda', state: 'attached' }],
  };
  const nat = (traffic: number) => ({
    vpcId: 'vpc-1',
    subnetId: 'subnet-1',
    connectivityType: 'public',
    publicIps: ['3.3.3.3'],
    networkInterfaceIds: ['eni-nat'],
    traffic: { windowDays: 14, daysWithData: 14, bytesProcessed: traffic },
  });
  return [
    resource('ec2:instance', 'i-running', instance, { state: 'running' }),
    resource(
      'ec2:instance',
      'i-stopped',
      { ...instance, publicIp: null, stateTransitionTime: OLD, volumeIds: ['vol-stopped'] },
      { state: 'stopped' },
    ),
    // A workload in a region whose alarms were listed and found empty.
    // Idle for its whole metrics window (ec2.instance-idle).
    resource(
      'ec2:instance',
      'i-west',
      {
        ...instance,
        volumeIds: [],
        activity: {
          windowDays: 14,
          daysWithData: 14,
          maxDailyCpuPercent: 0.5,
          maxDailyNetworkBytes: 1e6,
          networkBytes: 1e7,
        },
      },
      { state: 'running', region: WEST },
    ),
    resource('ec2:volume', 'vol-root', volume, { state: 'in-use' }),
    resource('ec2:volume', 'vol-stopped', { ...volume, volumeType: 'gp3' }, { state: 'in-use' }),
    resource('ec2:volume', 'vol-spare', { ...volume, attachments: [] }, { state: 'available' }),
    resource(
      'ec2:image',
      'ami-0public',
      { public: true, description: 'golden image' },
      { arn: 'arn:aws:ec2:us-east-1::image/ami-0public', name: 'golden', state: 'available' },
    ),
    resource('ec2:snapshot', 'snap-old', {
      sizeGiB: 100,
      volumeId: 'vol-root',
      encrypted: false,
      description: null,
      startTime: OLD,
      public: true,
    }),
    resource('ec2:elastic-ip', 'eipalloc-1', {
      publicIp: '3.4.5.6',
      allocationId: 'eipalloc-1',
      associationId: null,
      instanceId: null,
      networkInterfaceId: null,
      domain: 'vpc',
    }),
    resource('ec2:nat-gateway', 'nat-idle', nat(0), { state: 'available', createdAt: OLD }),
    resource('ec2:nat-gateway', 'nat-busy', nat(5e10), { state: 'available', createdAt: OLD }),
    resource('ec2:region-settings', EAST, {
      ebsEncryptionByDefault: false,
      snapshotBlockPublicAccess: 'unblocked',
      vpcBlockPublicAccess: 'off',
    }),
  ];
}

function network() {
  const group = {
    groupName: 'open',
    description: null,
    vpcId: 'vpc-1',
    isDefault: false,
    egressRuleCount: 1,
    networkInterfaceIds: ['eni-1'],
  };
  return [
    resource('ec2:security-group', 'sg-open', {
      ...group,
      ingress: [
        openTo('tcp', 22, 22),
        openTo('tcp', 3389, 3389),
        openTo('tcp', 3306, 3306),
        openTo('tcp', 9999, 9999),
        openTo('-1', null, null),
      ],
    }),
    resource('ec2:security-group', 'sg-default', {
      ...group,
      groupName: 'default',
      isDefault: true,
      ingress: [],
    }),
    resource('ec2:vpc', 'vpc-1', {
      cidrBlock: '10.0.0.0/16',
      isDefault: false,
      ownerId: null,
      flowLogs: [],
      networkInterfaceCount: 3,
    }),
    resource('ec2:subnet', 'subnet-1', {
      vpcId: 'vpc-1',
      cidrBlock: '10.0.0.0/24',
      availabilityZone: `${EAST}a`,
      mapPublicIpOnLaunch: true,
      defaultForAz: false,
      internetGatewayRoute: true,
    }),
    // Not the default, used by no subnet, and SSH open to the world by its first entry.
    resource('ec2:network-acl', 'acl-open', {
      vpcId: 'vpc-1',
      isDefault: false,
      subnetIds: [],
      ingress: [
        {
          ruleNumber: 100,
          protocol: '6',
          ruleAction: 'allow',
          cidrBlock: '0.0.0.0/0',
          ipv6CidrBlock: null,
          fromPort: 22,
          toPort: 22,
        },
      ],
    }),
    // A NAT instance's interface: it forwards traffic for others.
    resource('ec2:network-interface', 'eni-nat-instance', {
      interfaceType: 'interface',
      sourceDestCheck: false,
      requesterManaged: false,
      vpcId: 'vpc-1',
      subnetId: 'subnet-1',
      instanceId: 'i-running',
      description: null,
    }),
    resource(
      'ec2:transit-gateway',
      'tgw-open',
      { ownerId: ACCOUNT, autoAcceptSharedAttachments: true },
      { state: 'available' },
    ),
    resource(
      'ec2:launch-template',
      'lt-web',
      {
        defaultVersion: 3,
        networkInterfaces: [{ deviceIndex: 0, associatePublicIpAddress: true, networkInterfaceId: null }],
        imds: { httpTokens: 'optional', httpEndpoint: 'enabled' },
        ebsVolumes: [{ deviceName: '/dev/xvda', encrypted: false, snapshotId: null }],
      },
      { name: 'web' },
    ),
  ];
}

function storage() {
  return [
    resource(
      's3:bucket',
      'site',
      {
        ...bareBucket('site', EAST).attributes,
        aclPublicGrants: [{ grantee: 'AllUsers', permission: 'READ' }],
      },
      { arn: 'arn:aws:s3:::site' },
    ),
    resource(
      's3:bucket',
      'archive',
      {
        ...bareBucket('archive', EAST).attributes,
        versioning: 'Enabled',
        // A partner account may rewrite the bucket's policy.
        policy: {
          document: {
            Statement: [
              {
                Sid: 'partner',
                Effect: 'Allow',
                Principal: { AWS: 'arn:aws:iam::999988887777:root' },
                Action: ['s3:GetObject', 's3:PutBucketPolicy'],
                Resource: 'arn:aws:s3:::archive',
              },
            ],
          },
          publicStatements: [],
          deniesInsecureTransport: false,
        },
      },
      { arn: 'arn:aws:s3:::archive' },
    ),
    resource(
      's3:bucket',
      'leftover',
      {
        ...bareBucket('leftover', EAST).attributes,
        contents: { objects: 0, uploads: 0, complete: true, lastWrittenAt: null, bytes: 0 },
      },
      { arn: 'arn:aws:s3:::leftover', createdAt: '2024-01-01T00:00:00.000Z' },
    ),
    resource(
      's3:bucket',
      'old-exports',
      {
        ...bareBucket('old-exports', EAST).attributes,
        contents: {
          objects: 4,
          uploads: 2,
          complete: true,
          lastWrittenAt: '2024-02-01T00:00:00.000Z',
          bytes: 900,
        },
      },
      { arn: 'arn:aws:s3:::old-exports', createdAt: '2023-01-01T00:00:00.000Z' },
    ),
    resource('s3:account-settings', ACCOUNT, { publicAccessBlock: null }, { region: 'global' }),
    resource('account:contacts', ACCOUNT, { securityContact: false }, { region: 'global' }),
    resource('ecs:cluster', 'main', {
      containerInsights: 'disabled',
      activeServicesCount: 1,
      runningTasksCount: 1,
      pendingTasksCount: 0,
      registeredContainerInstancesCount: 0,
      capacityProviders: ['FARGATE'],
    }),
    resource(
      'ecs:service',
      'main/web',
      {
        clusterArn: `arn:aws:ecs:us-east-1:${ACCOUNT}:cluster/main`,
        clusterName: 'main',
        launchType: 'FARGATE',
        capacityProviders: [],
        platformVersion: '1.3.0',
        platformFamily: 'Linux',
        assignPublicIp: 'ENABLED',
        subnets: ['subnet-1'],
        securityGroups: ['sg-1'],
        desiredCount: 1,
        runningCount: 1,
        taskDefinitionArn: `arn:aws:ecs:us-east-1:${ACCOUNT}:task-definition/web:1`,
        schedulingStrategy: 'REPLICA',
        deploymentController: 'EXTERNAL',
      },
      { name: 'web' },
    ),
    resource(
      'ecs:task-set',
      'main/web/ecs-svc/1',
      {
        serviceArn: `arn:aws:ecs:us-east-1:${ACCOUNT}:service/main/web`,
        service: 'main/web',
        clusterName: 'main',
        status: 'PRIMARY',
        launchType: 'FARGATE',
        platformVersion: '1.4.0',
        assignPublicIp: 'ENABLED',
        taskDefinitionArn: `arn:aws:ecs:us-east-1:${ACCOUNT}:task-definition/web:1`,
      },
      { name: 'ecs-svc/1' },
    ),
    resource('ecs:task-definition', 'web', {
      family: 'web',
      revision: 1,
      networkMode: 'host',
      pidMode: 'host',
      operatingSystemFamily: null,
      requiresCompatibilities: ['EC2'],
      taskRoleArn: null,
      executionRoleArn: null,
      containers: [
        {
          name: 'app',
          privileged: true,
          user: null,
          readonlyRootFilesystem: null,
          logDriver: null,
          environmentVariableNames: ['AWS_SECRET_ACCESS_KEY', 'STRIPE_KEY'],
          secretsInEnvironment: [{ variable: 'STRIPE_KEY', kind: 'stripe-live-key' }],
          secretNames: ['DB_PASSWORD'],
          environmentFiles: 0,
        },
      ],
      efsVolumes: [{ name: 'data', transitEncryption: null }],
    }),
    resource('ecr:repository', 'web', {
      uri: `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/web`,
      tagMutability: 'MUTABLE',
      scanOnPush: false,
      scanning: { registryScanType: 'BASIC', frequency: 'MANUAL', source: 'none' },
      encryptionType: 'AES256',
      kmsKey: null,
      policy: {
        document: {
          Version: '2012-10-17',
          Statement: [{ Sid: 'Anyone', Effect: 'Allow', Principal: '*', Action: 'ecr:*' }],
        },
        publicStatements: [{ sid: 'Anyone', actions: ['ecr:*'], principal: '*' }],
      },
      lifecyclePolicy: false,
    }),
    resource('cognito:user-pool', 'us-east-1_weak', {
      mfaConfiguration: 'OFF',
      passwordPolicy: {
        minLength: 6,
        requireUppercase: false,
        requireLowercase: true,
        requireNumbers: true,
        requireSymbols: false,
        temporaryPasswordValidityDays: 30,
        passwordHistorySize: null,
      },
      firstAuthFactors: ['PASSWORD'],
      advancedSecurityMode: 'OFF',
      customAuthSecurityMode: null,
      deletionProtection: 'INACTIVE',
      tier: 'ESSENTIALS',
      customAuthTrigger: false,
      estimatedUsers: 40,
    }),
    resource('cognito:identity-pool', 'us-east-1:guests', {
      allowUnauthenticated: true,
      allowClassicFlow: true,
      providers: [],
    }),
    resource('acm:certificate', 'c-expiring', {
      domainName: 'shop.example.com',
      type: 'IMPORTED',
      status: 'ISSUED',
      keyAlgorithm: 'RSA_1024',
      notAfter: '2026-12-05T00:00:00.000Z',
      inUse: true,
      renewalEligibility: 'INELIGIBLE',
    }),
    resource('acm:certificate', 'c-failed', {
      domainName: 'new.example.com',
      type: 'AMAZON_ISSUED',
      status: 'VALIDATION_TIMED_OUT',
      keyAlgorithm: 'RSA_2048',
      notAfter: null,
      inUse: false,
      renewalEligibility: 'INELIGIBLE',
    }),
    resource('dynamodb:table', 'orders', {
      billingMode: 'PAY_PER_REQUEST',
      itemCount: 10,
      sizeBytes: 1000,
      sse: null,
      kmsKeyManager: null,
      pointInTimeRecovery: false,
      ttl: null,
      deletionProtection: false,
      stream: null,
      provisionedThroughput: null,
    }),
  ];
}

function databases() {
  const snapshot = {
    sourceIdentifier: 'db-1',
    engine: 'postgres',
    allocatedStorageGiB: 20,
    encrypted: false,
    snapshotType: 'manual',
    public: true,
    sharedWithAccountIds: [],
  };
  return [
    resource(
      'rds:db-instance',
      'db-1',
      {
        engine: 'postgres',
        engineVersion: '16.1',
        instanceClass: 'db.t3.micro',
        publiclyAccessible: true,
        storageEncrypted: false,
        kmsKeyId: null,
        multiAz: false,
        backupRetentionDays: 0,
        deletionProtection: false,
        autoMinorVersionUpgrade: false,
        allocatedStorageGiB: 20,
        storageType: 'gp2',
        clusterIdentifier: null,
        readReplicaSource: null,
        readReplicaIds: [],
        connections: null,
        // Every FSBP setting of an instance left at its default.
        iamAuthentication: false,
        copyTagsToSnapshot: false,
        port: 5432,
        masterUsername: 'postgres',
        monitoringIntervalSeconds: 0,
        logExports: [],
        subnetIds: ['subnet-1'],
      },
      { state: 'stopped', tags: { env: 'prod' } },
    ),
    resource(
      'rds:db-instance',
      'db-idle',
      {
        engine: 'mysql',
        engineVersion: '8.0.35',
        instanceClass: 'db.t3.micro',
        publiclyAccessible: false,
        storageEncrypted: true,
        kmsKeyId: null,
        multiAz: false,
        backupRetentionDays: 7,
        deletionProtection: false,
        autoMinorVersionUpgrade: true,
        allocatedStorageGiB: 20,
        storageType: 'gp3',
        clusterIdentifier: null,
        readReplicaSource: null,
        readReplicaIds: [],
        connections: { windowDays: 14, daysWithData: 14, maxConnections: 0 },
        iamAuthentication: true,
        copyTagsToSnapshot: true,
        port: 5433,
        masterUsername: 'dbowner',
        monitoringIntervalSeconds: 60,
        logExports: ['audit', 'error', 'general', 'slowquery'],
        subnetIds: ['subnet-1'],
      },
      { state: 'available' },
    ),
    resource(
      'rds:db-cluster',
      'cluster-1',
      {
        engine: 'aurora-postgresql',
        // Past Aurora standard support (2025-02-28): RDS Extended Support charges.
        engineVersion: '12.22',
        storageEncrypted: false,
        multiAz: false,
        backupRetentionDays: 1,
        deletionProtection: false,
        publiclyAccessible: null,
        memberInstanceIds: [],
        // Every FSBP cluster setting left at its default.
        iamAuthentication: false,
        copyTagsToSnapshot: false,
        masterUsername: 'admin',
        engineMode: 'provisioned',
        logExports: [],
        backtrackWindowSeconds: 0,
        autoMinorVersionUpgrade: null,
      },
      { state: 'stopped', tags: { env: 'prod' } },
    ),
    resource('rds:db-cluster', 'cluster-mysql', {
      engine: 'aurora-mysql',
      engineVersion: '8.0.mysql_aurora.3.05.2',
      storageEncrypted: true,
      multiAz: false,
      backupRetentionDays: 7,
      deletionProtection: true,
      publiclyAccessible: null,
      memberInstanceIds: [],
      iamAuthentication: true,
      copyTagsToSnapshot: true,
      masterUsername: 'dbowner',
      engineMode: 'provisioned',
      // No audit log published, no backtracking.
      logExports: ['error'],
      backtrackWindowSeconds: 0,
      autoMinorVersionUpgrade: null,
    }),
    resource('rds:db-cluster', 'cluster-multi-az', {
      engine: 'postgres',
      engineVersion: '16.4',
      storageEncrypted: true,
      multiAz: true,
      backupRetentionDays: 7,
      deletionProtection: true,
      publiclyAccessible: false,
      memberInstanceIds: [],
      iamAuthentication: true,
      copyTagsToSnapshot: false,
      masterUsername: 'dbowner',
      engineMode: 'provisioned',
      logExports: ['postgresql'],
      backtrackWindowSeconds: 0,
      autoMinorVersionUpgrade: false,
    }),
    // Instance events only: the cluster, parameter group and security group ones go unsent.
    resource('rds:event-subscription', 'instance-events', {
      sourceType: 'db-instance',
      eventCategories: [],
      sourceIds: [],
      enabled: true,
      snsTopicArn: 'arn:aws:sns:us-east-1:111111111111:ops',
    }),
    resource('rds:db-proxy', 'proxy-plain', { engineFamily: 'POSTGRESQL', requireTls: false }),
    resource('rds:db-snapshot', 'snap-db-1', snapshot),
    resource('rds:db-cluster-snapshot', 'snap-cluster-1', { ...snapshot, sourceIdentifier: 'cluster-1' }),
  ];
}

function functions() {
  const fn = {
    runtime: 'nodejs16.x',
    packageType: 'Zip',
    handler: 'index.handler',
    memoryMb: 128,
    timeoutSeconds: 3,
    codeSizeBytes: 1000,
    lastModified: OLD,
    roleArn: null,
    architectures: ['x86_64'],
    vpc: null,
    layers: [],
    environmentVariableNames: ['API_KEY'],
    secretsInEnvironment: [{ variable: 'API_KEY', kind: 'AWS access key' }],
    functionUrl: {
      authType: 'NONE',
      cors: { allowOrigins: ['*'], allowMethods: ['GET'], allowCredentials: false },
    },
    resourcePolicy: {
      document: {
        Statement: [{ Sid: 'anyone', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction' }],
      },
      publicStatements: [{ sid: 'anyone', actions: ['lambda:InvokeFunction'], principal: '*' }],
    },
  };
  return [
    resource('lambda:function', 'fn-deprecated', fn),
    resource('lambda:function', 'fn-soon', { ...fn, runtime: 'nodejs22.x' }),
    resource('lambda:function', 'fn-unknown', { ...fn, runtime: 'cobol1.x' }),
    resource('lambda:function', 'fn-vpc', {
      ...fn,
      runtime: 'nodejs22.x',
      vpc: { vpcId: 'vpc-1', subnetIds: ['subnet-1'], securityGroupIds: [] },
      // A vendor's layer: code from an account outside the audit.
      layers: ['arn:aws:lambda:us-east-1:999988887777:layer:vendor-agent:12'],
    }),
  ];
}

function identity() {
  const user = {
    path: '/',
    userId: 'AIDA1',
    passwordEnabled: true,
    passwordLastUsed: OLD,
    passwordLastChanged: OLD,
    mfaActive: false,
    accessKeys: [{ slot: 1, active: true, lastRotated: OLD, lastUsed: OLD, lastUsedService: 's3' }],
    groups: ['admins'],
    attachedPolicyArns: [`arn:aws:iam::${ACCOUNT}:policy/everything`],
    inlinePolicies: [
      { name: 'all', document: allowAll },
      { name: 's3', document: allowS3 },
      { name: 'kms', document: { Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }] } },
    ],
    permissionsBoundaryArn: null,
  };
  const global = { region: 'global' };
  const policy = (id: string, document: unknown) =>
    resource(
      'iam:policy',
      id,
      { path: '/', defaultVersionId: 'v1', document, attachmentCount: 1, isAttachable: true },
      { ...global, arn: `arn:aws:iam::${ACCOUNT}:policy/${id}` },
    );
  const account = {
    alias: null,
    summary: { AccountPasswordPresent: 1, AccountAccessKeysPresent: 1 },
    passwordPolicy: null,
    root: { mfaActive: false, accessKeysActive: 1, passwordLastUsed: OLD, accessKeyLastUsed: OLD },
  };
  return [
    resource('iam:account', ACCOUNT, account, global),
    resource(
      'iam:account',
      OTHER_ACCOUNT,
      {
        ...account,
        root: null,
        passwordPolicy: {
          minimumLength: 8,
          requireUppercase: false,
          requireLowercase: true,
          requireNumbers: true,
          requireSymbols: false,
          maxAgeDays: null,
          reusePrevention: null,
          hardExpiry: false,
          allowUsersToChangePassword: true,
        },
      },
      { ...global, account: OTHER_ACCOUNT },
    ),
    resource('iam:user', 'alice', user, global),
    resource(
      'iam:group',
      'admins',
      {
        path: '/',
        attachedPolicyArns: [ADMIN_ARN],
        inlinePolicies: [
          { name: 's3', document: allowS3 },
          // Decrypts with every KMS key (FSBP KMS.2).
          {
            name: 'kms',
            document: { Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }] },
          },
        ],
      },
      global,
    ),
    resource(
      'iam:role',
      'deployer',
      {
        path: '/',
        roleId: 'AROA1',
        assumeRolePolicy: {
          Statement: [{ Effect: 'Allow', Principal: { AWS: ACCOUNT }, Action: 'sts:AssumeRole' }],
        },
        lastUsedAt: null,
        lastUsedRegion: null,
        attachedPolicyArns: [ADMIN_ARN],
        inlinePolicies: [
          { name: 's3', document: allowS3 },
          {
            name: 'kms',
            document: { Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }] },
          },
        ],
        isServiceLinked: false,
        permissionsBoundaryArn: null,
      },
      global,
    ),
    resource(
      'iam:role',
      'ci-deploy',
      {
        path: '/',
        roleId: 'AROA2',
        // Trusts every GitHub repository: no sub and no aud condition.
        assumeRolePolicy: {
          Statement: [
            {
              Effect: 'Allow',
              Principal: {
                Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`,
              },
              Action: 'sts:AssumeRoleWithWebIdentity',
            },
          ],
        },
        lastUsedAt: null,
        lastUsedRegion: null,
        attachedPolicyArns: [],
        inlinePolicies: [],
        isServiceLinked: false,
        permissionsBoundaryArn: null,
      },
      global,
    ),
    // Can pass any role to an instance it launches, and attach policies to itself.
    resource(
      'iam:user',
      'bob',
      {
        ...user,
        groups: [],
        attachedPolicyArns: [],
        inlinePolicies: [{ name: 'launch', document: passRoleToEc2 }],
      },
      global,
    ),
    resource(
      'iam:role',
      'escalator',
      {
        path: '/',
        roleId: 'AROA3',
        assumeRolePolicy: {
          Statement: [{ Effect: 'Allow', Principal: { AWS: ACCOUNT }, Action: 'sts:AssumeRole' }],
        },
        lastUsedAt: null,
        lastUsedRegion: null,
        attachedPolicyArns: [`arn:aws:iam::${ACCOUNT}:policy/all-of-s3`],
        inlinePolicies: [
          {
            name: 'self-attach',
            document: { Statement: [{ Effect: 'Allow', Action: 'iam:AttachRolePolicy', Resource: '*' }] },
          },
        ],
        isServiceLinked: false,
        permissionsBoundaryArn: null,
      },
      global,
    ),
    policy('everything', allowAll),
    policy('all-of-s3', allowS3),
    policy('decrypt-anything', { Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }] }),
  ];
}

function accountWide() {
  const budget = {
    budgetType: 'COST',
    timeUnit: 'MONTHLY',
    limit: { amount: 100, unit: 'USD' },
    actualSpend: { amount: 150, unit: 'USD' },
    forecastedSpend: { amount: 200, unit: 'USD' },
    notifications: [],
  };
  const alarm = {
    alarmType: 'metric' as const,
    namespace: 'AWS/EC2',
    metricName: 'CPUUtilization',
    dimensions: {},
    stateUpdatedAt: null,
    actionsEnabled: true,
    alarmActions: [],
    okActions: [],
    insufficientDataActions: [],
  };
  return [
    resource('budgets:budget', 'over', budget, { region: 'global' }),
    resource(
      'budgets:budget',
      'heading-over',
      {
        ...budget,
        actualSpend: { amount: 50, unit: 'USD' },
        notifications: [
          {
            notificationType: 'ACTUAL',
            comparisonOperator: 'GREATER_THAN',
            threshold: 80,
            thresholdType: 'PERCENTAGE',
            state: 'OK',
          },
        ],
      },
      { region: 'global' },
    ),
    resource('cloudwatch:alarm', 'silent', alarm),
    resource('cloudwatch:alarm', 'muted', {
      ...alarm,
      actionsEnabled: false,
      alarmActions: ['arn:aws:sns:x'],
    }),
    resource('logs:log-group', '/app', {
      retentionDays: null,
      storedBytes: 5e9,
      kmsKeyId: null,
      logGroupClass: null,
    }),
    resource('cloudtrail:trail', 'local', {
      isMultiRegion: false,
      homeRegion: EAST,
      isOrganizationTrail: false,
      isLogging: true,
      includeGlobalServiceEvents: true,
      s3BucketName: 'trail-logs',
      kmsKeyId: null,
      logFileValidation: true,
      cloudWatchLogsLogGroupArn: null,
      managementEvents: 'all',
    }),
    // A second copy of the same management events, billed, delivered to the public bucket `site`.
    resource('cloudtrail:trail', 'local-copy', {
      isMultiRegion: false,
      homeRegion: EAST,
      isOrganizationTrail: false,
      isLogging: true,
      includeGlobalServiceEvents: true,
      s3BucketName: 'site',
      kmsKeyId: null,
      logFileValidation: false,
      cloudWatchLogsLogGroupArn: null,
      managementEvents: 'all',
    }),
    resource('guardduty:detector', 'detector-1', {
      status: 'DISABLED',
      findingPublishingFrequency: null,
      features: [],
    }),
    // Enabled where an instance runs, without Malware Protection for EC2.
    resource(
      'guardduty:detector',
      'detector-west',
      {
        status: 'ENABLED',
        findingPublishingFrequency: 'SIX_HOURS',
        features: [
          'EBS_MALWARE_PROTECTION',
          'S3_DATA_EVENTS',
          'LAMBDA_NETWORK_LOGS',
          'RDS_LOGIN_EVENTS',
          'EKS_AUDIT_LOGS',
        ].map((name) => ({ name, status: 'DISABLED' })),
      },
      { region: WEST },
    ),
    // A well-set EKS cluster where the detector's EKS Audit Log Monitoring is off (GuardDuty.5).
    resource(
      'eks:cluster',
      'west-apps',
      {
        version: '1.35',
        platformVersion: 'eks.3',
        endpointPublicAccess: false,
        publicAccessCidrs: [],
        endpointPrivateAccess: true,
        enabledLogTypes: ['api', 'audit', 'authenticator'],
        secretsEncrypted: true,
        secretsKmsKeyArn: `arn:aws:kms:${WEST}:${ACCOUNT}:key/k1`,
        supportType: 'EXTENDED',
      },
      { region: WEST, name: 'west-apps', arn: `arn:aws:eks:${WEST}:${ACCOUNT}:cluster/west-apps` },
    ),
    resource('config:recorder', 'default', {
      recording: false,
      lastStatus: null,
      allSupported: true,
      includeGlobalResourceTypes: false,
      // A role of the account's own, not AWS Config's service-linked role.
      roleArn: 'arn:aws:iam::111122223333:role/aws-config',
      serviceLinked: false,
    }),
    resource('apigateway:rest-api', 'rest-1', {
      description: null,
      endpointTypes: ['REGIONAL'],
      apiKeySource: null,
      disableExecuteApiEndpoint: false,
      resourceCount: 1,
      methodCount: 1,
      corsOrigins: [{ path: '/', httpMethod: 'OPTIONS', allowOrigin: '*', allowCredentials: false }],
    }),
    resource('apigateway:http-api', 'http-1', {
      protocolType: 'HTTP',
      description: null,
      apiEndpoint: null,
      disableExecuteApiEndpoint: false,
      corsConfiguration: {
        allowOrigins: ['*'],
        allowMethods: ['GET'],
        allowHeaders: [],
        allowCredentials: false,
      },
    }),
    resource('s3:access-point', 'open-ap', {
      bucket: 'data',
      bucketAccountId: '111122223333',
      networkOrigin: 'Internet',
      publicAccessBlock: {
        blockPublicAcls: true,
        ignorePublicAcls: true,
        blockPublicPolicy: false,
        restrictPublicBuckets: false,
      },
    }),
    resource(
      's3:multi-region-access-point',
      'global-ap',
      { alias: 'mfzwi23gnjvgw.mrap', status: 'READY', publicAccessBlock: null, buckets: [] },
      { region: 'global' },
    ),
    resource('apigateway:domain-name', 'api.example.com', {
      securityPolicy: 'TLS_1_0',
      endpointTypes: ['REGIONAL'],
      status: 'AVAILABLE',
    }),
    resource('apigateway:private-integration', 'http-1/i1', {
      apiId: 'http-1',
      apiName: 'public',
      integrationUri: 'arn:aws:elasticloadbalancing:us-east-1:111122223333:listener/app/internal/1/2',
      tlsConfigured: false,
      serverNameToVerify: null,
    }),
    // A stage with every FSBP setting missing, caching unencrypted.
    resource('apigateway:rest-stage', 'rest-1/prod', {
      apiId: 'rest-1',
      apiName: 'orders',
      methodSettings: [{ path: '*/*', loggingLevel: 'OFF', cachingEnabled: true, cacheDataEncrypted: false }],
      clientCertificateId: null,
      tracingEnabled: false,
      webAclArn: null,
      cacheClusterEnabled: true,
      accessLogDestination: null,
    }),
    resource('apigateway:v2-stage', 'ws-1/prod', {
      apiId: 'ws-1',
      apiName: 'chat',
      protocolType: 'WEBSOCKET',
      defaultLoggingLevel: null,
      routeLoggingLevels: [],
      accessLogDestination: null,
      autoDeploy: false,
    }),
    resource('apigateway:v2-route', 'http-1/r1', {
      apiId: 'http-1',
      apiName: 'public',
      protocolType: 'HTTP',
      routeKey: 'GET /items',
      authorizationType: 'NONE',
      apiKeyRequired: false,
    }),
  ];
}

/** A distribution with every CloudFront gap, and a zone with a dangling and an outside record. */
function edge() {
  const origin = {
    originAccessControlId: null,
    originAccessIdentity: null,
    originProtocolPolicy: null,
    originSslProtocols: [],
    bucketExists: true,
  };
  const record = { values: [], alias: false, targetExists: true, addresses: [] };
  return [
    resource(
      'cloudfront:distribution',
      'E1SITE',
      {
        domainName: 'd111.cloudfront.net',
        aliases: ['www.example.com'],
        enabled: true,
        viewerProtocolPolicies: [{ pathPattern: 'default', policy: 'allow-all' }],
        viewerCertificate: {
          cloudFrontDefault: false,
          minimumProtocolVersion: 'TLSv1',
          sslSupportMethod: 'vip',
          certificateArn: 'arn:aws:acm:us-east-1:111122223333:certificate/1',
        },
        origins: [
          { ...origin, id: 'site', domainName: 'site.s3.amazonaws.com', kind: 's3', bucket: 'site' },
          {
            ...origin,
            id: 'old',
            domainName: 'gone-bucket.s3-website-us-east-1.amazonaws.com',
            kind: 's3-website',
            bucket: 'gone-bucket',
            bucketExists: false,
            originProtocolPolicy: 'http-only',
          },
          {
            ...origin,
            id: 'api',
            domainName: 'api.example.com',
            kind: 'custom',
            bucket: null,
            bucketExists: null,
            originProtocolPolicy: 'match-viewer',
            originSslProtocols: ['SSLv3', 'TLSv1.2'],
          },
          {
            ...origin,
            id: 'render',
            domainName: 'abc123.lambda-url.us-east-1.on.aws',
            kind: 'custom',
            bucket: null,
            bucketExists: null,
            originProtocolPolicy: 'https-only',
            originSslProtocols: ['TLSv1.2'],
          },
        ],
        originGroupCount: 0,
        webAclId: null,
        defaultRootObject: null,
        legacyLogging: false,
        loggingV2: false,
      },
      { region: 'global' },
    ),
    resource(
      'route53:hosted-zone',
      'Z1PUBLIC',
      {
        private: false,
        recordCount: 4,
        records: [
          {
            ...record,
            name: 'old.example.com',
            type: 'CNAME',
            targetKind: 's3',
            target: 'missing-site',
            targetExists: false,
          },
          {
            ...record,
            name: 'cdn.example.com',
            type: 'CNAME',
            targetKind: 'cloudfront',
            target: 'd999.cloudfront.net',
          },
          {
            ...record,
            name: 'vm.example.com',
            type: 'A',
            values: ['54.240.1.2'],
            targetKind: 'ip',
            target: null,
            targetExists: null,
            addresses: [
              { address: '54.240.1.2', ec2: true, reverseName: 'ec2-54-240-1-2.compute-1.amazonaws.com' },
            ],
          },
          {
            ...record,
            name: 'lb.example.com',
            type: 'CNAME',
            targetKind: 'load-balancer',
            target: 'web-1.us-east-1.elb.amazonaws.com',
            targetExists: false,
          },
        ],
        queryLogging: false,
      },
      { region: 'global', name: 'example.com' },
    ),
  ];
}

/** A topic and a queue open to anyone, without encryption. */
function messaging() {
  const topicArn = `arn:aws:sns:${EAST}:${ACCOUNT}:alerts`;
  const openPublish = {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'anyone', Effect: 'Allow', Principal: '*', Action: 'sns:Publish', Resource: topicArn },
    ],
  };
  return [
    resource(
      'sns:topic',
      'alerts',
      {
        displayName: null,
        fifo: false,
        kmsMasterKeyId: null,
        policy: {
          document: openPublish,
          publicStatements: [{ sid: 'anyone', actions: ['sns:Publish'], principal: '*' }],
        },
      },
      { arn: topicArn, name: 'alerts' },
    ),
    resource(
      'sqs:queue',
      'jobs',
      {
        fifo: false,
        kmsMasterKeyId: null,
        sqsManagedSse: false,
        policy: {
          document: {
            Version: '2012-10-17',
            Statement: [{ Sid: 'anyone', Effect: 'Allow', Principal: '*', Action: 'sqs:*', Resource: '*' }],
          },
          publicStatements: [{ sid: 'anyone', actions: ['sqs:*'], principal: '*' }],
        },
      },
      { arn: `arn:aws:sqs:${EAST}:${ACCOUNT}:jobs`, name: 'jobs' },
    ),
  ];
}

/** Secrets Manager secrets: one with rotation off and unused, one whose rotation fails. */
function secrets() {
  const secret = {
    rotationEnabled: false,
    rotationDays: null,
    rotationSchedule: null,
    lastRotatedAt: null,
    nextRotationAt: null,
    lastAccessedAt: null,
    lastChangedAt: OLD,
    deletedAt: null,
    kmsKeyId: null,
    owningService: null,
    primaryRegion: null,
  };
  return [
    resource(
      'secretsmanager:secret',
      'prod/db',
      { ...secret, kmsKeyId: 'alias/retired' },
      { region: EAST, createdAt: OLD, state: 'active' },
    ),
    resource(
      'secretsmanager:secret',
      'prod/api',
      {
        ...secret,
        rotationEnabled: true,
        rotationDays: 30,
        lastRotatedAt: '2026-09-01T00:00:00.000Z',
        nextRotationAt: '2026-10-01T00:00:00.000Z',
        lastAccessedAt: '2026-11-24T00:00:00.000Z',
      },
      { region: EAST, createdAt: OLD, state: 'active' },
    ),
  ];
}

/** Systems Manager: a password in a String parameter, a public document, sharing not blocked. */
function systemsManager() {
  return [
    resource(
      'ssm:parameter',
      '/prod/db/password',
      {
        parameterType: 'String',
        tier: 'Standard',
        dataType: 'text',
        lastModified: OLD,
        secretName: true,
        valueSecretKinds: [],
      },
      { region: EAST },
    ),
    resource(
      'ssm:document',
      'runbook',
      { documentType: 'Command', documentFormat: 'JSON', public: true, sharedWith: [] },
      { region: EAST },
    ),
    resource(
      'ssm:managed-instance',
      'i-stopped',
      {
        pingStatus: 'ConnectionLost',
        resourceType: 'EC2Instance',
        platformType: 'Linux',
        agentVersion: '3.3.0.0',
        lastPingAt: OLD,
      },
      { region: EAST },
    ),
    resource(
      'ssm:region-settings',
      `${ACCOUNT}/${EAST}`,
      { documentPublicSharingBlocked: false },
      { region: EAST },
    ),
  ];
}

/** KMS keys: one without rotation and open to anyone, one disabled, one pending deletion a secret uses. */
function keys() {
  const key = {
    keyManager: 'CUSTOMER',
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    keyState: 'Enabled',
    origin: 'AWS_KMS',
    multiRegion: false,
    deletionDate: null,
    aliases: [],
    rotationEnabled: false,
    policy: {
      document: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*' }] },
      publicStatements: [{ sid: null, actions: ['kms:*'], principal: '*' }],
    },
  };
  const arn = (id: string) => `arn:aws:kms:${EAST}:${ACCOUNT}:key/${id}`;
  return [
    resource('kms:key', 'k-open', key, { region: EAST, arn: arn('k-open'), state: 'Enabled' }),
    resource(
      'kms:key',
      'k-disabled',
      { ...key, keyState: 'Disabled', rotationEnabled: true, policy: null },
      { region: EAST, arn: arn('k-disabled'), state: 'Disabled' },
    ),
    resource(
      'kms:key',
      'k-retired',
      {
        ...key,
        keyState: 'PendingDeletion',
        deletionDate: '2026-12-10T00:00:00.000Z',
        aliases: ['alias/retired'],
        rotationEnabled: null,
        policy: null,
      },
      { region: EAST, arn: arn('k-retired'), state: 'PendingDeletion', name: 'alias/retired' },
    ),
  ];
}

/** Web ACLs of both scopes with no rules, logging or metrics, that nothing uses. */
function firewalls() {
  const acl = {
    scope: 'REGIONAL',
    ruleCount: 0,
    defaultAction: 'ALLOW',
    capacity: 0,
    loggingEnabled: false,
    logDestinations: [],
    metricsEnabled: false,
    rulesWithoutMetrics: [],
    associatedResourceArns: [],
  };
  return [
    resource('wafv2:web-acl', 'acl-empty', acl, {
      region: EAST,
      name: 'empty',
      arn: `arn:aws:wafv2:${EAST}:${ACCOUNT}:regional/webacl/empty/acl-empty`,
    }),
    resource(
      'wafv2:cloudfront-web-acl',
      'acl-edge',
      { ...acl, scope: 'CLOUDFRONT', defaultAction: 'BLOCK' },
      {
        region: 'global',
        name: 'edge',
        arn: `arn:aws:wafv2:us-east-1:${ACCOUNT}:global/webacl/edge/acl-edge`,
      },
    ),
  ];
}

/** A cluster with a public endpoint, in extended support, without secrets encryption or audit logs. */
function clusters() {
  return [
    resource(
      'eks:cluster',
      'legacy',
      {
        version: '1.33',
        platformVersion: 'eks.20',
        endpointPublicAccess: true,
        publicAccessCidrs: ['0.0.0.0/0'],
        endpointPrivateAccess: false,
        enabledLogTypes: ['api'],
        secretsEncrypted: false,
        secretsKmsKeyArn: null,
        supportType: 'EXTENDED',
      },
      { region: EAST, name: 'legacy', arn: `arn:aws:eks:${EAST}:${ACCOUNT}:cluster/legacy` },
    ),
    resource(
      'eks:cluster',
      'ancient',
      {
        version: '1.28',
        platformVersion: 'eks.30',
        endpointPublicAccess: false,
        publicAccessCidrs: [],
        endpointPrivateAccess: true,
        enabledLogTypes: ['audit'],
        secretsEncrypted: true,
        secretsKmsKeyArn: `arn:aws:kms:${EAST}:${ACCOUNT}:key/k1`,
        supportType: 'STANDARD',
      },
      { region: EAST, name: 'ancient', arn: `arn:aws:eks:${EAST}:${ACCOUNT}:cluster/ancient` },
    ),
  ];
}

/** ELBv2 and Classic load balancers with every setting off, and idle ones. */
function loadBalancers() {
  return [
    elbv2LoadBalancer('shop', {
      deletionProtection: false,
      dropInvalidHeaderFields: false,
      desyncMitigationMode: 'monitor',
      accessLogsEnabled: false,
      accessLogsBucket: null,
    }),
    elbv2Listener('shop', 80, {
      protocol: 'HTTP',
      sslPolicy: null,
      certificateArns: [],
      defaultActions: FORWARD,
    }),
    elbv2Listener('shop', 443, { sslPolicy: 'ELBSecurityPolicy-2016-08' }),
    elbv2Listener('shop', 8080, { protocol: 'HTTP', sslPolicy: null, defaultActions: REDIRECT_HTTPS }),
    elbv2LoadBalancer('leftover', {
      loadBalancerType: 'network',
      availabilityZones: ['us-east-1a'],
      subnetIds: ['subnet-a'],
      traffic: { windowDays: 14, daysWithData: 0, metric: 'NewFlowCount', count: 0, bytesProcessed: 0 },
    }),
    elbv2Listener('leftover', 443, { loadBalancerType: 'network', protocol: 'TCP', sslPolicy: null }),
    elbv2TargetGroup('shop-web', { protocol: 'HTTP', port: 80, healthCheckProtocol: 'HTTP' }),
    // A Classic one with every setting off, an IAM certificate and the old default TLS policy.
    classicLoadBalancer('legacy', {
      availabilityZones: ['us-east-1a'],
      listeners: [
        classicListener({ protocol: 'HTTP', sslCertificateId: null, policyNames: [] }),
        classicListener({
          sslCertificateId: `arn:aws:iam::${ACCOUNT}:server-certificate/legacy`,
          policyNames: ['old'],
        }),
      ],
      sslPolicies: [{ policyName: 'old', referenceSecurityPolicy: 'ELBSecurityPolicy-2016-08' }],
      crossZoneLoadBalancing: false,
      connectionDraining: false,
      accessLogsEnabled: false,
      desyncMitigationMode: 'monitor',
      instanceCount: 0,
    }),
    classicLoadBalancer('abandoned', {
      traffic: { windowDays: 14, daysWithData: 0, metric: 'RequestCount', count: 0, bytesProcessed: null },
    }),
  ];
}

export function richInventory(): Inventory {
  return inventoryOf(
    [
      ...compute(),
      ...network(),
      ...storage(),
      ...databases(),
      ...functions(),
      ...identity(),
      ...accountWide(),
      ...edge(),
      ...messaging(),
      ...secrets(),
      ...keys(),
      ...systemsManager(),
      ...firewalls(),
      ...clusters(),
      ...loadBalancers(),
    ],
    {
      emptyScopes: [
        // Trails are listed once per account, under `global`.
        { type: 'cloudtrail:trail', region: 'global' },
        { type: 'cloudwatch:alarm', region: WEST },
        { type: 'budgets:budget', region: 'global', account: OTHER_ACCOUNT },
        { type: 's3:bucket', region: 'global', account: OTHER_ACCOUNT },
        { type: 'cloudfront:distribution', region: 'global', account: OTHER_ACCOUNT },
        // Every address holder listed everywhere, so route53.record-address-not-held can judge.
        ...(['ec2:elastic-ip', 'ec2:instance', 'ec2:nat-gateway'] as const).flatMap((type) => [
          { type, region: EAST },
          { type, region: WEST },
          { type, region: EAST, account: OTHER_ACCOUNT },
        ]),
      ],
    },
  );
}
