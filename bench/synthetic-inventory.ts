/**
 * A large inventory built in memory (no AWS, no emulator), for timing the rules: `count`
 * resources over `regions`, in a production-like mix, about a third of them misconfigured.
 */
import { INVENTORY_SCHEMA_VERSION, type Inventory } from '../src/inventory/document.js';
import type { Resource } from '../src/inventory/resources/index.js';
import { makeResource } from '../src/scan/normalize.js';
import { SEVENTEEN_REGIONS } from './generate.js';

const DEFAULT_ACCOUNT = '123456789012';

function make(index: number, region: string, account: string): Resource {
  const base = (type: string, id: string) => ({
    arn: `arn:aws:${type.split(':')[0]}:${region}:${account}:${type.split(':')[1]}/${id}`,
    id,
    name: id,
    account,
    region,
    tags: (index % 4 === 0 ? {} : { owner: 'team', env: index % 2 ? 'prod' : 'dev' }) as Record<
      string,
      string
    >,
    state: null,
    createdAt: '2025-01-01T00:00:00.000Z',
  });
  const bad = index % 3 === 0;
  switch (index % 10) {
    case 0:
    case 1:
      return makeResource(
        'ec2:instance',
        { ...base('ec2:instance', `i-${index}`), state: bad ? 'stopped' : 'running' },
        {
          instanceType: bad ? 'm3.large' : 'm7i.large',
          launchTime: '2025-01-01T00:00:00.000Z',
          stateTransitionTime: bad ? '2025-06-01T00:00:00.000Z' : null,
          stateTransitionReason: null,
          publicIp: bad ? '54.0.0.1' : null,
          privateIp: '10.0.0.1',
          imds: { httpTokens: bad ? 'optional' : 'required', httpEndpoint: 'enabled', hopLimit: 2 },
          securityGroupIds: [`sg-${index}`],
          vpcId: 'vpc-1',
          subnetId: 'subnet-1',
          volumeIds: [`vol-${index + 2}`],
          iamInstanceProfileArn: null,
          platform: null,
          lifecycle: 'on-demand',
          rootDeviceType: 'ebs',
          networkInterfaceCount: 1,
          virtualizationType: 'hvm',
          activity: null,
          userDataSecrets: null,
        },
      );
    case 2:
    case 3:
      return makeResource(
        'ec2:volume',
        { ...base('ec2:volume', `vol-${index}`), state: bad ? 'available' : 'in-use' },
        {
          sizeGiB: 100,
          volumeType: bad ? 'gp2' : 'gp3',
          iops: 3000,
          throughput: 125,
          encrypted: !bad,
          kmsKeyId: null,
          availabilityZone: `${region}a`,
          snapshotId: null,
          attachments: bad ? [] : [{ instanceId: `i-${index - 2}`, device: '/dev/xvda', state: 'attached' }],
        },
      );
    case 4:
      // One in ten of these is a NAT gateway, a third of them idle.
      if (index % 100 === 4) {
        return makeResource(
          'ec2:nat-gateway',
          { ...base('ec2:nat-gateway', `nat-${index}`), state: 'available' },
          {
            vpcId: 'vpc-1',
            subnetId: 'subnet-1',
            connectivityType: 'public',
            publicIps: ['3.3.3.3'],
            networkInterfaceIds: [`eni-${index}`],
            traffic: { windowDays: 14, daysWithData: 14, bytesProcessed: bad ? 0 : 5e10 },
          },
        );
      }
      return makeResource('ec2:security-group', base('ec2:security-group', `sg-${index}`), {
        groupName: `app-${index}`,
        description: null,
        vpcId: 'vpc-1',
        isDefault: false,
        ingress: [
          {
            protocol: 'tcp',
            fromPort: bad ? 22 : 443,
            toPort: bad ? 22 : 443,
            ipv4Ranges: ['0.0.0.0/0'],
            ipv6Ranges: [],
            prefixListIds: [],
            referencedGroupIds: [],
          },
        ],
        egressRuleCount: 1,
        networkInterfaceIds: [`eni-${index}`],
      });
    case 5:
      return makeResource('logs:log-group', base('logs:log-group', `/aws/lambda/f-${index}`), {
        retentionDays: bad ? null : 30,
        storedBytes: 5e9,
        kmsKeyId: null,
        logGroupClass: 'STANDARD',
      });
    case 6:
      return makeResource('lambda:function', base('lambda:function', `f-${index}`), {
        runtime: bad ? 'nodejs16.x' : 'nodejs22.x',
        packageType: 'Zip',
        handler: 'index.handler',
        memoryMb: 256,
        timeoutSeconds: 30,
        codeSizeBytes: 1000,
        lastModified: '2025-01-01T00:00:00.000Z',
        roleArn: `arn:aws:iam::${account}:role/exec`,
        architectures: ['arm64'],
        vpc: null,
        layers: [],
        environmentVariableNames: ['STAGE'],
        secretsInEnvironment: bad ? [{ variable: 'STRIPE_KEY', kind: 'stripe-live-key' }] : [],
        functionUrl: null,
        resourcePolicy: null,
      });
    case 7:
      return makeResource('dynamodb:table', base('dynamodb:table', `t-${index}`), {
        billingMode: 'PAY_PER_REQUEST',
        itemCount: 10,
        sizeBytes: 1000,
        sse: null,
        kmsKeyManager: null,
        pointInTimeRecovery: !bad,
        ttl: null,
        deletionProtection: !bad,
        stream: null,
        provisionedThroughput: null,
      });
    case 8:
      return makeResource('cloudwatch:alarm', base('cloudwatch:alarm', `a-${index}`), {
        alarmType: 'metric',
        namespace: 'AWS/EC2',
        metricName: 'CPUUtilization',
        dimensions: {},
        stateUpdatedAt: null,
        actionsEnabled: !bad,
        alarmActions: bad ? [] : ['arn:aws:sns:us-east-1:123456789012:ops'],
        okActions: [],
        insufficientDataActions: [],
      });
    default:
      return makeResource('ec2:snapshot', base('ec2:snapshot', `snap-${index}`), {
        sizeGiB: 50,
        volumeId: `vol-${index}`,
        encrypted: true,
        description: null,
        startTime: bad ? '2024-01-01T00:00:00.000Z' : '2026-11-01T00:00:00.000Z',
        public: false,
      });
  }
}

export function syntheticInventory(
  count: number,
  regions = SEVENTEEN_REGIONS,
  account = DEFAULT_ACCOUNT,
): Inventory {
  const resources = Array.from({ length: count }, (_, i) =>
    make(i, regions[i % regions.length] as string, account),
  );
  const types = [...new Set(resources.map((r) => r.type))];
  return {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    generator: { name: 'aws-audit-action', version: 'bench' },
    scan: {
      startedAt: '2026-11-25T00:00:00.000Z',
      finishedAt: '2026-11-25T00:01:00.000Z',
      durationMs: 60_000,
      services: [],
      stats: { apiCalls: 0, retries: 0, throttles: 0, errors: 0, longestCallChain: 0 },
    },
    accounts: [
      {
        id: account,
        alias: 'bench',
        partition: 'aws',
        scannedAs: `arn:aws:iam::${account}:role/audit`,
        regions: [...regions],
        coverage: regions.flatMap((region) =>
          types.map((resourceType) => ({
            service: resourceType.split(':')[0] as string,
            resourceType,
            region,
            status: 'complete' as const,
            resourceCount: 0,
          })),
        ),
      },
    ],
    resources,
    errors: [],
  };
}
