import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { LoadBalancerTraffic } from '../../inventory/resources/elbv2.js';
import {
  dailyWindow,
  daysWithData,
  metricBatches,
  readDailyMetrics,
  type DailyMetricSpec,
  type DailyPoint,
} from './metric-data.js';

/** As for NAT gateways and instances: two weeks show weekly jobs. */
export const LB_TRAFFIC_WINDOW_DAYS = 14;

export type LoadBalancerKind = 'application' | 'network' | 'gateway' | 'classic';

/**
 * The metric that says whether anything used a load balancer, by kind: requests for Application
 * and Classic (a Classic's RequestCount also counts TCP connections), new flows and bytes for
 * Network and Gateway. ELBv2 metrics are named by the ARN's tail (`app/name/id`), Classic ones by
 * name.
 */
const SPECS: Readonly<Record<LoadBalancerKind, DailyMetricSpec>> = {
  application: {
    namespace: 'AWS/ApplicationELB',
    dimension: 'LoadBalancer',
    metrics: [{ name: 'RequestCount', stat: 'Sum' }],
  },
  network: {
    namespace: 'AWS/NetworkELB',
    dimension: 'LoadBalancer',
    metrics: [
      { name: 'NewFlowCount', stat: 'Sum' },
      { name: 'ProcessedBytes', stat: 'Sum' },
    ],
  },
  gateway: {
    namespace: 'AWS/GatewayELB',
    dimension: 'LoadBalancer',
    metrics: [
      { name: 'NewFlowCount', stat: 'Sum' },
      { name: 'ProcessedBytes', stat: 'Sum' },
    ],
  },
  classic: {
    namespace: 'AWS/ELB',
    dimension: 'LoadBalancerName',
    metrics: [{ name: 'RequestCount', stat: 'Sum' }],
  },
};

const sum = (points: readonly DailyPoint[] | undefined) =>
  (points ?? []).reduce((total, p) => (Number.isFinite(p.value) ? total + p.value : total), 0);

/**
 * Each load balancer's traffic over the window, keyed by its metric dimension value, read with
 * GetMetricData (throws as the SDK does). One whose queries did not all complete is left out: its
 * traffic is unknown.
 */
export async function readLoadBalancerTraffic(
  cloudwatch: CloudWatchClient,
  kind: LoadBalancerKind,
  ids: readonly string[],
  window: { start: Date; end: Date },
): Promise<Map<string, LoadBalancerTraffic>> {
  const spec = SPECS[kind];
  const read = await readDailyMetrics(cloudwatch, spec, ids, window);
  return new Map(
    [...read].map(([id, series]) => [
      id,
      {
        windowDays: LB_TRAFFIC_WINDOW_DAYS,
        daysWithData: daysWithData(series),
        metric: spec.metrics[0]?.name ?? '',
        count: Math.round(sum(series[0])),
        bytesProcessed: spec.metrics.length > 1 ? Math.round(sum(series[1])) : null,
      },
    ]),
  );
}

export const lbTrafficWindow = (now: Date) => dailyWindow(now, LB_TRAFFIC_WINDOW_DAYS);

/** Splits the load balancers of one kind into GetMetricData-sized batches. */
export const lbTrafficBatches = (kind: LoadBalancerKind, ids: readonly string[]) =>
  metricBatches(ids, SPECS[kind]);

/** The kinds whose metrics the scan reads (an unknown ELBv2 type has none). */
export const isLoadBalancerKind = (value: string | null | undefined): value is LoadBalancerKind =>
  value === 'application' || value === 'network' || value === 'gateway' || value === 'classic';

/**
 * The LoadBalancer dimension of an ELBv2 load balancer's metrics: its ARN after `loadbalancer/`
 * (`app/name/id`, `net/...`, `gwy/...`); null for an ARN of another shape.
 */
export function metricDimension(arn: string): string | null {
  const match = /:loadbalancer\/((?:app|net|gwy)\/[^/]+\/[^/]+)$/.exec(arn);
  return match?.[1] ?? null;
}
