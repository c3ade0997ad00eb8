import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { Inventory } from '../../../src/inventory/document.js';
import type { AttributesOf } from '../../../src/inventory/resources/index.js';
import { runRules } from '../../../src/rules/engine.js';
import {
  alarmActionsDisabled,
  alarmWithoutActions,
  logGroupWithoutRetention,
  regionWithoutAlarms,
} from '../../../src/rules/catalog/cloudwatch.js';
import type { Rule } from '../../../src/rules/model.js';
import { ACCOUNT, inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const TOPIC = `arn:aws:sns:us-east-1:${ACCOUNT}:ops`;

function alarm(
  name: string,
  attributes: Partial<AttributesOf<'cloudwatch:alarm'>> = {},
  envelope: { region?: string; unknownAttributes?: string[] } = {},
) {
  return resource(
    'cloudwatch:alarm',
    name,
    {
      alarmType: 'metric',
      namespace: 'AWS/Lambda',
      metricName: 'Errors',
      dimensions: { FunctionName: 'api' },
      stateUpdatedAt: '2026-11-20T00:00:00.000Z',
      actionsEnabled: true,
      alarmActions: [TOPIC],
      okActions: [],
      insufficientDataActions: [],
      ...attributes,
    },
    { name, ...envelope },
  );
}

const lambda = (name: string, region = 'us-east-1') =>
  resource(
    'lambda:function',
    name,
    {
      runtime: 'nodejs22.x',
      packageType: 'Zip',
      handler: 'index.handler',
      memoryMb: 128,
      timeoutSeconds: 3,
      codeSizeBytes: 1024,
      lastModified: null,
      roleArn: null,
      architectures: ['arm64'],
      vpc: null,
      layers: [],
      environmentVariableNames: [],
      secretsInEnvironment: [],
      functionUrl: null,
      resourcePolicy: null,
    },
    { name, region, state: 'Active' },
  );

const instance = (id: string, state: string, region = 'us-east-1') =>
  resource(
    'ec2:instance',
    id,
    {
      instanceType: 't3.micro',
      launchTime: null,
      stateTransitionTime: null,
      stateTransitionReason: null,
      publicIp: null,
      privateIp: null,
      imds: { httpTokens: 'required', httpEndpoint: 'enabled', hopLimit: 1 },
      securityGroupIds: [],
      vpcId: null,
      subnetId: null,
      volumeIds: [],
      iamInstanceProfileArn: null,
      platform: null,
      lifecycle: 'on-demand',
      rootDeviceType: 'ebs',
      networkInterfaceCount: 1,
      virtualizationType: 'hvm',
      userDataSecrets: null,
      activity: null,
    },
    { region, state },
  );

const defaultSecurityGroup = (id: string, region: string) =>
  resource(
    'ec2:security-group',
    id,
    {
      groupName: 'default',
      description: null,
      vpcId: 'vpc-default',
      isDefault: true,
      ingress: [],
      egressRuleCount: 1,
      networkInterfaceIds: [],
    },
    { region },
  );

function logGroup(
  name: string,
  attributes: Partial<AttributesOf<'logs:log-group'>> = {},
  region = 'us-east-1',
) {
  return resource(
    'logs:log-group',
    name,
    { retentionDays: 30, storedBytes: 0, kmsKeyId: null, logGroupClass: 'STANDARD', ...attributes },
    { name, region, arn: `arn:aws:logs:${region}:${ACCOUNT}:log-group:${name}` },
  );
}

const run = (rule: Rule, inventory: Inventory) => runRules(inventory, DEFAULT_CONFIG, [rule], NOW).findings;

describe('cloudwatch.region-without-alarms', () => {
  it('flags a region with workloads and no alarm, counting them', () => {
    const [finding, ...rest] = run(
      regionWithoutAlarms,
      inventoryOf([lambda('api'), lambda('worker'), instance('i-1', 'running')], {
        emptyScopes: [{ type: 'cloudwatch:alarm', region: 'us-east-1' }],
      }),
    );
    expect(rest).toEqual([]);
    expect(finding?.message).toBe(
      `Region us-east-1 of account ${ACCOUNT} runs 1 EC2 instance(s), 2 Lambda function(s) and has no CloudWatch alarm.`,
    );
    expect(finding?.resource).toMatchObject({ type: 'aws:region', id: `${ACCOUNT}/us-east-1` });
    expect(finding?.evidence).toEqual({ alarms: 0, workloads: { 'ec2:instance': 1, 'lambda:function': 2 } });
  });

  it('ignores regions with an alarm, or with only stopped instances and default network resources', () => {
    const inventory = inventoryOf(
      [
        lambda('api'),
        alarm('errors'),
        instance('i-stopped', 'stopped', 'eu-west-2'),
        instance('i-gone', 'terminated', 'eu-west-2'),
        defaultSecurityGroup('sg-default', 'eu-west-2'),
      ],
      { emptyScopes: [{ type: 'cloudwatch:alarm', region: 'eu-west-2' }] },
    );
    expect(run(regionWithoutAlarms, inventory)).toEqual([]);
  });

  it('says nothing when the alarms of the region were not listed', () => {
    expect(
      run(
        regionWithoutAlarms,
        inventoryOf([lambda('api')], { failedScopes: [{ type: 'cloudwatch:alarm', region: 'us-east-1' }] }),
      ),
    ).toEqual([]);
    expect(run(regionWithoutAlarms, inventoryOf([lambda('api')]))).toEqual([]);
  });
});

describe('cloudwatch.alarm-without-actions', () => {
  it('flags an alarm with no ALARM-state action', () => {
    const [finding] = run(
      alarmWithoutActions,
      inventoryOf([alarm('errors', { alarmActions: [], okActions: [TOPIC] })]),
    );
    expect(finding?.message).toBe(
      'Alarm errors (AWS/Lambda Errors) has no action for the ALARM state (only OK or INSUFFICIENT_DATA actions).',
    );
    expect(finding?.severity).toBe('medium');
    // CloudWatch.15 is a Security Hub control of NIST 800-53 only, not FSBP.
    expect(finding?.references.fsbp).toEqual([]);
  });

  it('lowers a metric alarm to low where composite alarms may carry its action', () => {
    const findings = run(
      alarmWithoutActions,
      inventoryOf([
        alarm('child', { alarmActions: [] }),
        alarm('parent', { alarmType: 'composite', namespace: null, metricName: null }),
      ]),
    );
    expect(findings.map((f) => [f.resource.id, f.severity])).toEqual([['child', 'low']]);
    expect(findings[0]?.message).toContain("one of the region's 1 composite alarm(s)");
  });

  it('ignores alarms with an action', () => {
    expect(run(alarmWithoutActions, inventoryOf([alarm('errors')]))).toEqual([]);
  });
});

describe('cloudwatch.alarm-actions-disabled', () => {
  it('flags an alarm whose actions are disabled', () => {
    const [finding] = run(alarmActionsDisabled, inventoryOf([alarm('muted', { actionsEnabled: false })]));
    expect(finding?.message).toBe(
      'Alarm muted has actions disabled: its 1 ALARM-state action(s) will not run.',
    );
    expect(finding?.remediation.cli).toBe(
      'aws cloudwatch enable-alarm-actions --region us-east-1 --alarm-names muted',
    );
  });
  it('ignores enabled alarms, and disabled alarms without actions (the other rule reports them)', () => {
    expect(
      run(
        alarmActionsDisabled,
        inventoryOf([alarm('on'), alarm('empty', { actionsEnabled: false, alarmActions: [] })]),
      ),
    ).toEqual([]);
  });
});

describe('cloudwatch.log-group-without-retention', () => {
  it('flags a group kept forever, with the monthly storage cost retention would bound', () => {
    const [finding] = run(
      logGroupWithoutRetention,
      inventoryOf([logGroup('/app/api', { retentionDays: null, storedBytes: 250e9 })]),
    );
    expect(finding?.message).toBe(
      'Log group /app/api has no retention setting: its logs are kept forever (250.00 GB stored today).',
    );
    expect(finding?.severity).toBe('low');
    expect(finding?.cost?.monthlyUsd).toBe(7.5);
    expect(finding?.cost?.basis).toContain('250.00 GB stored x $0.03 per GB-month');
    expect(finding?.cost?.prices[0]).toMatchObject({
      item: 'logs.storage',
      region: 'us-east-1',
      fallback: false,
    });
    expect(finding?.remediation.cli).toBe(
      'aws logs put-retention-policy --region us-east-1 --log-group-name /app/api --retention-in-days 365',
    );
  });

  it('reports an empty group as info, without a cost', () => {
    const [finding] = run(
      logGroupWithoutRetention,
      inventoryOf([logGroup('/app/new', { retentionDays: null })]),
    );
    expect(finding?.severity).toBe('info');
    expect(finding?.cost).toBeNull();
  });

  it('ignores groups with a retention period', () => {
    expect(run(logGroupWithoutRetention, inventoryOf([logGroup('/app/kept')]))).toEqual([]);
  });
});
