import { CloudWatchClient, paginateGetMetricData, type MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import { batchesOf } from '../normalize.js';

export const DAY_MS = 86_400_000;

/** GetMetricData takes at most 500 queries per call. */
const QUERIES_PER_CALL = 500;

/** Daily statistics of some metrics of one kind of resource, each named by one dimension. */
export interface DailyMetricSpec {
  namespace: string;
  /** The dimension that names one resource: NatGatewayId, InstanceId. */
  dimension: string;
  metrics: readonly { name: string; stat: 'Sum' | 'Average' | 'Maximum' }[];
}

/** One daily datapoint: the day (days since the epoch, UTC) when CloudWatch gave a timestamp. */
export interface DailyPoint {
  day: number | null;
  value: number;
}

function queriesFor(spec: DailyMetricSpec, ids: readonly string[]): MetricDataQuery[] {
  return ids.flatMap((id, g) =>
    spec.metrics.map(({ name, stat }, m) => ({
      Id: `g${g}m${m}`,
      ReturnData: true,
      MetricStat: {
        Metric: {
          Namespace: spec.namespace,
          MetricName: name,
          Dimensions: [{ Name: spec.dimension, Value: id }],
        },
        Period: 86_400,
        Stat: stat,
      },
    })),
  );
}

/**
 * The daily datapoints of each metric of each resource (one list per metric, in the spec's order),
 * read with one paginated GetMetricData (throws as the SDK does). A resource whose queries did not
 * all complete is left out of the map: what it did is unknown, never "nothing".
 */
export async function readDailyMetrics(
  cloudwatch: CloudWatchClient,
  spec: DailyMetricSpec,
  ids: readonly string[],
  { start, end }: { start: Date; end: Date },
): Promise<Map<string, DailyPoint[][]>> {
  const values = new Map(
    ids.map((id) => [id, { series: spec.metrics.map((): DailyPoint[] => []), complete: true }]),
  );
  const pages = paginateGetMetricData(
    { client: cloudwatch },
    {
      MetricDataQueries: queriesFor(spec, ids),
      StartTime: start,
      EndTime: end,
      ScanBy: 'TimestampAscending',
    },
  );
  for await (const page of pages) {
    for (const result of page.MetricDataResults ?? []) {
      const match = /^g(\d+)m(\d+)$/.exec(result.Id ?? '');
      const entry = match ? values.get(ids[Number(match[1])] ?? '') : undefined;
      const series = match ? entry?.series[Number(match[2])] : undefined;
      if (entry === undefined || series === undefined) continue;
      // PartialData means more pages follow; InternalError or Forbidden leaves the resource unknown.
      if (result.StatusCode !== 'Complete' && result.StatusCode !== 'PartialData') entry.complete = false;
      for (const [i, value] of (result.Values ?? []).entries()) {
        const at = result.Timestamps?.[i];
        series.push({ day: at ? Math.floor(at.getTime() / DAY_MS) : null, value });
      }
    }
  }
  const read = new Map<string, DailyPoint[][]>();
  for (const [id, entry] of values) if (entry.complete) read.set(id, entry.series);
  return read;
}

/** The `days` whole days before today (UTC midnights), so that daily periods are calendar days. */
export function dailyWindow(now: Date, days: number): { start: Date; end: Date } {
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  return { start: new Date(today - days * DAY_MS), end: new Date(today) };
}

/** Splits the resources into batches whose queries fit one GetMetricData call. */
export function metricBatches(ids: readonly string[], spec: DailyMetricSpec): string[][] {
  return batchesOf(ids, Math.floor(QUERIES_PER_CALL / spec.metrics.length));
}

/** The distinct days with a datapoint, over every series. */
export function daysWithData(series: readonly DailyPoint[][]): number {
  return new Set(series.flat().flatMap((p) => (p.day === null ? [] : [p.day]))).size;
}
