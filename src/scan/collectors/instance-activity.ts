import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { InstanceActivity } from '../../inventory/resources/ec2.js';
import {
  dailyWindow,
  daysWithData,
  metricBatches,
  readDailyMetrics,
  type DailyMetricSpec,
  type DailyPoint,
} from './metric-data.js';

/** As for NAT gateways: two weeks show weekly jobs, and Trusted Advisor's idle check looks at 14 days. */
export const INSTANCE_ACTIVITY_WINDOW_DAYS = 14;

/** Basic monitoring: free, on by default, every 5 minutes; the same for every instance type. */
const INSTANCE_METRICS: DailyMetricSpec = {
  namespace: 'AWS/EC2',
  dimension: 'InstanceId',
  metrics: [
    { name: 'CPUUtilization', stat: 'Average' },
    { name: 'NetworkIn', stat: 'Sum' },
    { name: 'NetworkOut', stat: 'Sum' },
  ],
};

const finite = (points: readonly DailyPoint[] | undefined) =>
  (points ?? []).filter((p) => Number.isFinite(p.value));

function summary(series: DailyPoint[][]): InstanceActivity {
  const [cpu, ...network] = series;
  const cpuValues = finite(cpu).map((p) => p.value);
  const perDay = new Map<number | null, number>();
  for (const p of network.flatMap(finite)) perDay.set(p.day, (perDay.get(p.day) ?? 0) + p.value);
  const daily = [...perDay.values()];
  return {
    windowDays: INSTANCE_ACTIVITY_WINDOW_DAYS,
    daysWithData: daysWithData(series),
    maxDailyCpuPercent: cpuValues.length > 0 ? Math.max(...cpuValues) : null,
    maxDailyNetworkBytes: Math.round(Math.max(0, ...daily)),
    networkBytes: Math.round(daily.reduce((sum, bytes) => sum + bytes, 0)),
  };
}

/**
 * Each instance's daily CPU average and network bytes over the window, three queries per
 * instance in one GetMetricData call (throws as the SDK does). An instance whose queries did not
 * all complete is left out: its activity is unknown.
 */
export async function readInstanceActivity(
  cloudwatch: CloudWatchClient,
  instanceIds: readonly string[],
  window: { start: Date; end: Date },
): Promise<Map<string, InstanceActivity>> {
  const read = await readDailyMetrics(cloudwatch, INSTANCE_METRICS, instanceIds, window);
  return new Map([...read].map(([id, series]) => [id, summary(series)]));
}

export const activityWindow = (now: Date) => dailyWindow(now, INSTANCE_ACTIVITY_WINDOW_DAYS);

/** 166 instances (three queries each) per call. */
export const activityBatches = (instanceIds: readonly string[]) =>
  metricBatches(instanceIds, INSTANCE_METRICS);
