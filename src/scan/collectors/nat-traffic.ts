import { CloudWatchClient, paginateGetMetricData, type MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import type { NatTraffic } from '../../inventory/resources/ec2.js';

/** How far back a NAT gateway's traffic is read: long enough to see weekly jobs. */
export const NAT_TRAFFIC_WINDOW_DAYS = 14;

/** The bytes a NAT gateway processes (and bills per GB) arrive from either side. */
const TRAFFIC_METRICS = ['BytesInFromSource', 'BytesInFromDestination'] as const;

/** GetMetricData takes at most 500 queries per call. */
const GATEWAYS_PER_CALL = Math.floor(500 / TRAFFIC_METRICS.length);

const DAY_MS = 86_400_000;

function queriesFor(gatewayIds: readonly string[]): MetricDataQuery[] {
  return gatewayIds.flatMap((gatewayId, g) =>
    TRAFFIC_METRICS.map((MetricName, m) => ({
      Id: `g${g}m${m}`,
      ReturnData: true,
      MetricStat: {
        Metric: {
          Namespace: 'AWS/NATGateway',
          MetricName,
          Dimensions: [{ Name: 'NatGatewayId', Value: gatewayId }],
        },
        Period: 86_400,
        Stat: 'Sum',
      },
    })),
  );
}

/**
 * Daily sums of the traffic metrics of each gateway, read with GetMetricData (throws as the SDK
 * does). A gateway whose queries did not all complete is left out of the map: its traffic is unknown.
 */
export async function readNatTraffic(
  cloudwatch: CloudWatchClient,
  gatewayIds: readonly string[],
  { start, end }: { start: Date; end: Date },
): Promise<Map<string, NatTraffic>> {
  const values = new Map(gatewayIds.map((id) => [id, { days: new Set<number>(), bytes: 0, complete: true }]));
  const queries = queriesFor(gatewayIds);
  const pages = paginateGetMetricData(
    { client: cloudwatch },
    { MetricDataQueries: queries, StartTime: start, EndTime: end, ScanBy: 'TimestampAscending' },
  );
  for await (const page of pages) {
    for (const result of page.MetricDataResults ?? []) {
      const match = /^g(\d+)m\d+$/.exec(result.Id ?? '');
      const entry = match ? values.get(gatewayIds[Number(match[1])] ?? '') : undefined;
      if (entry === undefined) continue;
      // PartialData means more pages follow; InternalError or Forbidden leaves the gateway unknown.
      if (result.StatusCode !== 'Complete' && result.StatusCode !== 'PartialData') entry.complete = false;
      for (const [i, value] of (result.Values ?? []).entries()) {
        const at = result.Timestamps?.[i];
        if (at) entry.days.add(Math.floor(at.getTime() / DAY_MS));
        if (Number.isFinite(value)) entry.bytes += value;
      }
    }
  }
  const traffic = new Map<string, NatTraffic>();
  for (const [gatewayId, entry] of values) {
    if (!entry.complete) continue;
    traffic.set(gatewayId, {
      windowDays: NAT_TRAFFIC_WINDOW_DAYS,
      daysWithData: entry.days.size,
      bytesProcessed: Math.round(entry.bytes),
    });
  }
  return traffic;
}

/** The last whole days before today (UTC midnights), so that daily periods are calendar days. */
export function trafficWindow(now: Date): { start: Date; end: Date } {
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  return { start: new Date(today - NAT_TRAFFIC_WINDOW_DAYS * DAY_MS), end: new Date(today) };
}

/** Splits the gateways into GetMetricData-sized batches. */
export function trafficBatches(gatewayIds: readonly string[]): string[][] {
  const batches: string[][] = [];
  for (let i = 0; i < gatewayIds.length; i += GATEWAYS_PER_CALL) {
    batches.push(gatewayIds.slice(i, i + GATEWAYS_PER_CALL));
  }
  return batches;
}
