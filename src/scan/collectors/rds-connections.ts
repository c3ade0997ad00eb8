import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { DbConnections } from '../../inventory/resources/rds.js';
import {
  dailyWindow,
  daysWithData,
  metricBatches,
  readDailyMetrics,
  type DailyMetricSpec,
} from './metric-data.js';

/** How far back an instance's connections are read: long enough to see weekly jobs. */
export const CONNECTIONS_WINDOW_DAYS = 14;

const CONNECTION_METRICS: DailyMetricSpec = {
  namespace: 'AWS/RDS',
  dimension: 'DBInstanceIdentifier',
  // The daily peak: a connection that came and went within the day still counts.
  metrics: [{ name: 'DatabaseConnections', stat: 'Maximum' }],
};

/**
 * Each instance's daily peak of DatabaseConnections over the window, read with GetMetricData
 * (throws as the SDK does). An instance whose query did not complete is left out of the map: its
 * connections are unknown, never zero.
 */
export async function readConnections(
  cloudwatch: CloudWatchClient,
  instanceIds: readonly string[],
  window: { start: Date; end: Date },
): Promise<Map<string, DbConnections>> {
  const read = await readDailyMetrics(cloudwatch, CONNECTION_METRICS, instanceIds, window);
  return new Map(
    [...read].map(([id, series]) => {
      const values = series.flat().flatMap((p) => (Number.isFinite(p.value) ? [p.value] : []));
      const connections: DbConnections = {
        windowDays: CONNECTIONS_WINDOW_DAYS,
        daysWithData: daysWithData(series),
        maxConnections: values.length > 0 ? Math.max(0, ...values) : null,
      };
      return [id, connections];
    }),
  );
}

/** The last whole days before today (UTC midnights), so that daily periods are calendar days. */
export const connectionsWindow = (now: Date) => dailyWindow(now, CONNECTIONS_WINDOW_DAYS);

/** 500 instances (one query each) per call. */
export const connectionBatches = (instanceIds: readonly string[]) =>
  metricBatches(instanceIds, CONNECTION_METRICS);
