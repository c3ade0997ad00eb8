import {
  CloudWatchClient,
  paginateDescribeAlarms,
  type CompositeAlarm,
  type MetricAlarm,
} from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient, paginateDescribeLogGroups } from '@aws-sdk/client-cloudwatch-logs';
import type { Collector, CollectorContext } from '../collector.js';
import { isoDate, makeResource, sortedStrings, text } from '../normalize.js';

const permissions = {
  DescribeAlarms: 'cloudwatch:DescribeAlarms',
  DescribeLogGroups: 'logs:DescribeLogGroups',
} as const;
type Operation = keyof typeof permissions;
type Context = CollectorContext<Operation>;

type Alarm = { kind: 'metric'; alarm: MetricAlarm } | { kind: 'composite'; alarm: CompositeAlarm };

function dimensionMap(dimensions: MetricAlarm['Dimensions']): Record<string, string> {
  const result: Record<string, string> = {};
  for (const d of dimensions ?? []) if (d.Name !== undefined) result[d.Name] = d.Value ?? '';
  return result;
}

/** `arn:...:log-group:NAME:*` (the older `arn` field) -> the log group's own ARN. */
export function logGroupArn(group: { logGroupArn?: string; arn?: string }): string | null {
  return text(group.logGroupArn) ?? text(group.arn?.replace(/:\*$/, ''));
}

async function collectAlarms(ctx: Context): Promise<void> {
  const cloudwatch = ctx.client(CloudWatchClient);
  const alarms = await ctx.list(
    'DescribeAlarms',
    'cloudwatch:alarm',
    paginateDescribeAlarms(
      { client: cloudwatch, pageSize: 100 },
      { AlarmTypes: ['MetricAlarm', 'CompositeAlarm'] },
    ),
    (page): Alarm[] => [
      ...(page.MetricAlarms ?? []).map((alarm) => ({ kind: 'metric' as const, alarm })),
      ...(page.CompositeAlarms ?? []).map((alarm) => ({ kind: 'composite' as const, alarm })),
    ],
  );
  for (const { kind, alarm } of alarms) {
    if (!alarm.AlarmName) continue;
    const metric = kind === 'metric' ? alarm : undefined;
    ctx.emit(
      makeResource(
        'cloudwatch:alarm',
        {
          arn:
            alarm.AlarmArn ??
            `arn:${ctx.partition}:cloudwatch:${ctx.region}:${ctx.account}:alarm:${alarm.AlarmName}`,
          id: alarm.AlarmName,
          name: alarm.AlarmName,
          account: ctx.account,
          region: ctx.scopeRegion,
          // Tags need one ListTagsForResource call per alarm; not collected.
          tags: {},
          state: text(alarm.StateValue),
        },
        {
          alarmType: kind,
          // Metric-math alarms name their metrics in `Metrics`, not here.
          namespace: text(metric?.Namespace),
          metricName: text(metric?.MetricName),
          dimensions: dimensionMap(metric?.Dimensions),
          stateUpdatedAt: isoDate(alarm.StateUpdatedTimestamp),
          // AWS always sends it; true is its default.
          actionsEnabled: alarm.ActionsEnabled ?? true,
          alarmActions: sortedStrings(alarm.AlarmActions ?? []),
          okActions: sortedStrings(alarm.OKActions ?? []),
          insufficientDataActions: sortedStrings(alarm.InsufficientDataActions ?? []),
        },
      ),
    );
  }
}

async function collectLogGroups(ctx: Context): Promise<void> {
  const logs = ctx.client(CloudWatchLogsClient);
  const groups = await ctx.list(
    'DescribeLogGroups',
    'logs:log-group',
    paginateDescribeLogGroups({ client: logs, pageSize: 50 }, {}),
    (page) => page.logGroups,
  );
  for (const group of groups) {
    if (!group.logGroupName) continue;
    ctx.emit(
      makeResource(
        'logs:log-group',
        {
          arn:
            logGroupArn(group) ??
            `arn:${ctx.partition}:logs:${ctx.region}:${ctx.account}:log-group:${group.logGroupName}`,
          id: group.logGroupName,
          name: group.logGroupName,
          account: ctx.account,
          region: ctx.scopeRegion,
          // Tags need one ListTagsForResource call per log group; not collected.
          tags: {},
          createdAt: isoDate(group.creationTime),
        },
        {
          // Absent: never expires.
          retentionDays: group.retentionInDays ?? null,
          storedBytes: group.storedBytes ?? 0,
          kmsKeyId: text(group.kmsKeyId),
          logGroupClass: text(group.logGroupClass),
        },
      ),
    );
  }
}

export const cloudwatchCollector: Collector<Operation> = {
  service: 'cloudwatch',
  scope: 'regional',
  permissions,
  resourceTypes: ['cloudwatch:alarm', 'logs:log-group'],
  async collect(ctx) {
    await Promise.all([
      ctx.step(['cloudwatch:alarm'], () => collectAlarms(ctx)),
      ctx.step(['logs:log-group'], () => collectLogGroups(ctx)),
    ]);
  },
};
