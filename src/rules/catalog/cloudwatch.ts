import type { Resource } from '../../inventory/resources/index.js';
import { cents, priceOf } from '../../prices/table.js';
import { defineRule, type RuleHit } from '../model.js';

/**
 * Resource types that are workloads worth watching, with the states in which they no longer are
 * (gone, going, or stopped). Default VPCs, subnets, security groups and region settings exist in
 * every region and say nothing about a workload, so they are not counted.
 */
const WORKLOADS = {
  'ec2:instance': {
    label: 'EC2 instance(s)',
    inactive: ['terminated', 'shutting-down', 'stopped', 'stopping'],
  },
  'rds:db-instance': { label: 'RDS DB instance(s)', inactive: ['deleting', 'stopped', 'stopping'] },
  'lambda:function': { label: 'Lambda function(s)', inactive: [] },
  'dynamodb:table': { label: 'DynamoDB table(s)', inactive: ['deleting'] },
  'ec2:nat-gateway': { label: 'NAT gateway(s)', inactive: ['deleted', 'deleting', 'failed'] },
} as const satisfies Record<string, { label: string; inactive: readonly string[] }>;
type WorkloadType = keyof typeof WORKLOADS;
const WORKLOAD_TYPES = Object.keys(WORKLOADS) as WorkloadType[];

const isActive = (resource: Resource & { type: WorkloadType }) =>
  !(WORKLOADS[resource.type].inactive as readonly string[]).includes(resource.state?.toLowerCase() ?? '');

const sizeText = (bytes: number) =>
  bytes >= 1e9
    ? `${(bytes / 1e9).toFixed(2)} GB`
    : bytes >= 1e6
      ? `${(bytes / 1e6).toFixed(1)} MB`
      : `${bytes} bytes`;

const alarmsConsole = 'CloudWatch console > Alarms > All alarms > the alarm';
const alarmDocs = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html';

export const regionWithoutAlarms = defineRule(
  {
    id: 'cloudwatch.region-without-alarms',
    title: 'Region runs workloads but has no CloudWatch alarm',
    severity: 'medium',
    category: 'reliability',
    resourceType: 'aws:region',
    reads: ['cloudwatch:alarm'],
    consults: WORKLOAD_TYPES,
    description:
      'The region has running EC2 instances, RDS DB instances, Lambda functions, DynamoDB tables or NAT gateways, and not a single CloudWatch alarm. Reported only when the alarms of the region were listed successfully.',
    risk: 'Nothing tells anyone when these workloads fail, throttle or run up costs: outages are found by users.',
    remediation: {
      text: 'Create alarms on the signals that matter for the workloads (EC2 status checks, RDS CPU and free storage, Lambda errors and throttles, DynamoDB throttled requests), each with an SNS action that reaches someone.',
      cli: 'aws cloudwatch put-metric-alarm --region {region} --alarm-name ALARM-NAME --namespace AWS/EC2 --metric-name StatusCheckFailed --dimensions Name=InstanceId,Value=INSTANCE-ID --statistic Maximum --period 300 --evaluation-periods 1 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --alarm-actions SNS-TOPIC-ARN',
      console: 'CloudWatch console > Alarms > Create alarm',
    },
    references: { docs: [alarmDocs] },
  },
  (ctx) => {
    const workloads = new Map<string, Map<WorkloadType, number>>();
    for (const type of WORKLOAD_TYPES) {
      for (const resource of ctx.resources(type)) {
        if (!isActive(resource)) continue;
        const key = `${resource.account}|${resource.region}`;
        const counts = workloads.get(key) ?? new Map<WorkloadType, number>();
        counts.set(type, (counts.get(type) ?? 0) + 1);
        workloads.set(key, counts);
      }
    }
    const alarmed = new Set(ctx.resources('cloudwatch:alarm').map((a) => `${a.account}|${a.region}`));
    return [...workloads.entries()].flatMap(([key, counts]): RuleHit[] => {
      const [account, region] = key.split('|') as [string, string];
      if (alarmed.has(key) || !ctx.listed(account, 'cloudwatch:alarm', region)) return [];
      const parts = [...counts.entries()].map(([type, count]) => `${count} ${WORKLOADS[type].label}`);
      return [
        {
          target: ctx.regionTarget(account, region),
          message: `Region ${region} of account ${account} runs ${parts.join(', ')} and has no CloudWatch alarm.`,
          evidence: { alarms: 0, workloads: Object.fromEntries(counts) },
        },
      ];
    });
  },
);

/**
 * Composite alarms usually carry the actions for the metric alarms they combine, and the scan does
 * not record which alarms a composite alarm's rule references. So where the region has composite
 * alarms, a metric alarm without actions may be such a child: the finding is lowered to low.
 */
export const alarmWithoutActions = defineRule(
  {
    id: 'cloudwatch.alarm-without-actions',
    title: 'CloudWatch alarm has no action for the ALARM state',
    severity: 'medium',
    category: 'reliability',
    resourceType: 'cloudwatch:alarm',
    reads: ['cloudwatch:alarm'],
    description:
      'The alarm has no ALARM-state action (SNS notification, Auto Scaling, EC2 or Systems Manager action). Reported as low for metric alarms in a region with composite alarms, which often carry the actions of the alarms they combine.',
    risk: 'The alarm changes state and nobody hears about it: the failure it was built to catch goes unnoticed.',
    remediation: {
      text: 'Add an ALARM-state action, typically an SNS topic with a subscriber, or delete the alarm if it is no longer needed.',
      console: `${alarmsConsole} > Actions > Edit > Notification`,
    },
    references: { docs: [alarmDocs] },
  },
  (ctx) => {
    const alarms = ctx.resources('cloudwatch:alarm');
    const composites = new Map<string, number>();
    for (const alarm of alarms) {
      if (alarm.attributes.alarmType !== 'composite') continue;
      const key = `${alarm.account}|${alarm.region}`;
      composites.set(key, (composites.get(key) ?? 0) + 1);
    }
    return alarms
      .filter((a) => ctx.known(a, 'alarmActions') && a.attributes.alarmActions.length === 0)
      .map((alarm): RuleHit => {
        const siblings =
          alarm.attributes.alarmType === 'metric'
            ? (composites.get(`${alarm.account}|${alarm.region}`) ?? 0)
            : 0;
        const { okActions, insufficientDataActions } = alarm.attributes;
        const others = okActions.length + insufficientDataActions.length;
        return {
          target: alarm,
          message: `Alarm ${alarm.id} (${alarm.attributes.alarmType === 'composite' ? 'composite' : `${alarm.attributes.namespace ?? '?'} ${alarm.attributes.metricName ?? '?'}`}) has no action for the ALARM state${others > 0 ? ` (only OK or INSUFFICIENT_DATA actions)` : ''}.${siblings > 0 ? ` It may be combined by one of the region's ${siblings} composite alarm(s), which would carry the action.` : ''}`,
          evidence: {
            alarmType: alarm.attributes.alarmType,
            alarmActions: [],
            okActions: okActions.length,
            insufficientDataActions: insufficientDataActions.length,
            compositeAlarmsInRegion: siblings,
          },
          ...(siblings > 0 ? { severity: 'low' as const } : {}),
        };
      });
  },
);

/** Only alarms with ALARM-state actions: an alarm without any is cloudwatch.alarm-without-actions' finding. */
export const alarmActionsDisabled = defineRule(
  {
    id: 'cloudwatch.alarm-actions-disabled',
    title: 'CloudWatch alarm has its actions disabled',
    severity: 'medium',
    category: 'reliability',
    resourceType: 'cloudwatch:alarm',
    reads: ['cloudwatch:alarm'],
    description:
      'The alarm has ALARM-state actions configured but actions are disabled (ActionsEnabled false), so none of them runs.',
    risk: 'The alarm looks configured but notifies nobody and scales nothing: often a mute left behind after maintenance.',
    remediation: {
      text: 'Enable the alarm actions, or delete the alarm if it is no longer wanted.',
      cli: 'aws cloudwatch enable-alarm-actions --region {region} --alarm-names {name}',
      console: `${alarmsConsole} > Actions > Enable actions`,
    },
    references: { docs: [alarmDocs] },
  },
  (ctx) =>
    ctx
      .resources('cloudwatch:alarm')
      .filter(
        (a) =>
          ctx.known(a, 'actionsEnabled', 'alarmActions') &&
          !a.attributes.actionsEnabled &&
          a.attributes.alarmActions.length > 0,
      )
      .map((alarm): RuleHit => ({
        target: alarm,
        message: `Alarm ${alarm.id} has actions disabled: its ${alarm.attributes.alarmActions.length} ALARM-state action(s) will not run.`,
        evidence: { actionsEnabled: false, alarmActions: alarm.attributes.alarmActions },
      })),
);

/**
 * The cost is what the group's stored data costs per month today: the amount a retention period
 * bounds (it grows without one), not a saving, which depends on the period chosen. An empty group
 * has nothing to bound yet and is reported as info.
 */
export const logGroupWithoutRetention = defineRule(
  {
    id: 'cloudwatch.log-group-without-retention',
    title: 'CloudWatch Logs log group keeps its logs forever',
    severity: 'low',
    category: 'cost',
    resourceType: 'logs:log-group',
    reads: ['logs:log-group'],
    description:
      'The log group has no retention setting, so every event is kept, and billed, indefinitely. Reported as info while the group stores nothing.',
    risk: 'Storage grows every month with no bound; old logs may also hold data you are no longer allowed to keep.',
    remediation: {
      text: 'Set a retention period that matches how long the logs are needed (export to S3 first if they must be archived longer).',
      cli: 'aws logs put-retention-policy --region {region} --log-group-name {name} --retention-in-days 365',
      console: 'CloudWatch console > Log groups > the log group > Actions > Edit retention setting',
    },
    references: {
      docs: [
        'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention',
      ],
    },
  },
  (ctx) =>
    ctx
      .resources('logs:log-group')
      .filter((g) => ctx.known(g, 'retentionDays') && g.attributes.retentionDays === null)
      .map((group): RuleHit => {
        const bytes = ctx.known(group, 'storedBytes') ? group.attributes.storedBytes : null;
        const gb = bytes === null ? null : bytes / 1e9;
        const price = priceOf('logs.storage', group.region);
        return {
          target: group,
          message: `Log group ${group.id} has no retention setting: its logs are kept forever${bytes === null ? '' : ` (${sizeText(bytes)} stored today)`}.`,
          evidence: { retentionDays: null, storedBytes: bytes ?? 'unknown' },
          ...(gb !== null && gb > 0
            ? {
                cost: {
                  monthlyUsd: cents(gb * price.usd),
                  basis: `${gb.toFixed(2)} GB stored x $${price.usd} per GB-month: what storing these logs costs each month, growing without retention; a retention period bounds it`,
                  prices: [price],
                  // What a retention period removes depends on the period chosen: not counted as a saving.
                  avoidable: false,
                },
              }
            : {}),
          ...(bytes === 0 ? { severity: 'info' as const } : {}),
        };
      }),
);
