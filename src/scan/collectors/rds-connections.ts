import { CloudWatchClient, paginateGetMetricData, type MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import type { DbConnections } from '../../inventory/resources/rds.js';

/** How far back an instance's connections are read: long enough to see weekly jobs. */
export const CONNECTIONS_WINDOW_DAYS = 14;

/** GetMetricData takes at most 500 queries per call; one query per instance. */
const INSTANCES_PER_CALL = 500;

const DAY_MS = 86_400_000;

function queriesFor(instanceIds: readonly string[]): MetricDataQuery[] {
  return instanceIds.map((id, i) => ({
    Id: `i${i}`,
    ReturnData: true,
    MetricStat: {
      Metric: {
        Namespace: 'AWS/RDS',
        MetricName: 'DatabaseConnections',
        Dimensions: [{ Name: 'DBInstanceIdentifier', Value: id }],
      },
      Period: 86_400,
      // The daily peak: a connection that came and went within the day still counts.
      Stat: 'Maximum',
    },
  }));
}

/**
 * Each instance's daily peak of DatabaseConnections over the window, read with GetMetricData
 * (throws as the SDK does). An instance whose query did not complete is left out of the map: its
 * connections are unknown, never zero.
 */
export async function readConnections(
  cloudwatch: CloudWatchClient,
  instanceIds: readonly string[],
  { start, end }: { start: Date; end: Date },
): Promise<Map<string, DbConnections>> {
  const values = new Map(
    instanceIds.map((id) => [id, { days: new Set<number>(), max: null as number | null, complete: true }]),
  );
  const pages = paginateGetMetricData(
    { client: cloudwatch },
    {
      MetricDataQueries: queriesFor(instanceIds),
      StartTime: start,
      EndTime: end,
      ScanBy: 'TimestampAscending',
    },
  );
  for await (const page of pages) {
    for (const result of page.MetricDataResults ?? []) {
      const match = /^i(\d+)$/.exec(result.Id ?? '');
      const entry = match ? values.get(instanceIds[Number(match[1])] ?? '') : undefined;
      if (entry === undefined) continue;
      // PartialData means more pages follow; InternalError or Forbidden leaves the instance unknown.
      if (result.StatusCode !== 'Complete' && result.StatusCode !== 'PartialData') entry.complete = false;
      for (const [i, value] of (result.Values ?? []).entries()) {
        const at = result.Timestamps?.[i];
        if (at) entry.days.add(Math.floor(at.getTime() / DAY_MS));
        if (Number.isFinite(value)) entry.max = Math.max(entry.max ?? 0, value);
      }
    }
  }
  const connections = new Map<string, DbConnections>();
  for (const [id, entry] of values) {
    if (!entry.complete) continue;
    connections.set(id, {
      windowDays: CONNECTIONS_WINDOW_DAYS,
      daysWithData: entry.days.size,
      maxConnections: entry.max,
    });
  }
  return connections;
}

/** The last whole days before today (UTC midnights), so that daily periods are calendar days. */
export function connectionsWindow(now: Date): { start: Date; end: Date } {
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  return { start: new Date(today - CONNECTIONS_WINDOW_DAYS * DAY_MS), end: new Date(today) };
}

/** Splits the instances into GetMetricData-sized batches. */
export function connectionBatches(instanceIds: readonly string[]): string[][] {
  const batches: string[][] = [];
  for (let i = 0; i < instanceIds.length; i += INSTANCES_PER_CALL) {
    batches.push(instanceIds.slice(i, i + INSTANCES_PER_CALL));
  }
  return batches;
}
