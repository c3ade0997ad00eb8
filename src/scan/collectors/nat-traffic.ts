import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { NatTraffic } from '../../inventory/resources/ec2.js';
import {
  dailyWindow,
  daysWithData,
  metricBatches,
  readDailyMetrics,
  type DailyMetricSpec,
} from './metric-data.js';

/** How far back a NAT gateway's traffic is read: long enough to see weekly jobs. */
export const NAT_TRAFFIC_WINDOW_DAYS = 14;

/** The bytes a NAT gateway processes (and bills per GB) arrive from either side. */
const NAT_TRAFFIC: DailyMetricSpec = {
  namespace: 'AWS/NATGateway',
  dimension: 'NatGatewayId',
  metrics: [
    { name: 'BytesInFromSource', stat: 'Sum' },
    { name: 'BytesInFromDestination', stat: 'Sum' },
  ],
};

/**
 * Daily sums of the traffic metrics of each gateway, read with GetMetricData (throws as the SDK
 * does). A gateway whose queries did not all complete is left out of the map: its traffic is unknown.
 */
export async function readNatTraffic(
  cloudwatch: CloudWatchClient,
  gatewayIds: readonly string[],
  window: { start: Date; end: Date },
): Promise<Map<string, NatTraffic>> {
  const read = await readDailyMetrics(cloudwatch, NAT_TRAFFIC, gatewayIds, window);
  const traffic = new Map<string, NatTraffic>();
  for (const [gatewayId, series] of read) {
    const bytes = series.flat().reduce((sum, p) => (Number.isFinite(p.value) ? sum + p.value : sum), 0);
    traffic.set(gatewayId, {
      windowDays: NAT_TRAFFIC_WINDOW_DAYS,
      daysWithData: daysWithData(series),
      bytesProcessed: Math.round(bytes),
    });
  }
  return traffic;
}

/** The last whole days before today (UTC midnights), so that daily periods are calendar days. */
export const trafficWindow = (now: Date) => dailyWindow(now, NAT_TRAFFIC_WINDOW_DAYS);

/** Splits the gateways into GetMetricData-sized batches (250: two queries each). */
export const trafficBatches = (gatewayIds: readonly string[]) => metricBatches(gatewayIds, NAT_TRAFFIC);
