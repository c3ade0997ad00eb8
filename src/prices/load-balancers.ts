import type { CostEstimate } from '../findings/finding.js';
import { HOURS_PER_MONTH, SAME_AS_US_EAST_1, cents, quote } from './table.js';

const SOURCE =
  'Elastic Load Balancing pricing (aws.amazon.com/elasticloadbalancing/pricing), per load balancer-hour';

/**
 * The hourly charge of each kind of load balancer in N. Virginia, Ohio and Oregon (the same in
 * the three), USD; other regions fall back to it and say so. Capacity units (LCU, NLCU, GLCU) are
 * billed on top by usage: none accrue while nothing flows, so an idle one costs its hours.
 */
const HOURLY: Readonly<Record<string, number>> = {
  application: 0.0225,
  network: 0.0225,
  gateway: 0.0125,
  classic: 0.025,
};

/** A month of a load balancer's hours, or null for a kind the table lacks. */
export function loadBalancerHours(
  kind: string | null,
  region: string,
  avoidable: boolean,
): CostEstimate | null {
  const usd = kind === null ? undefined : HOURLY[kind];
  if (usd === undefined || kind === null) return null;
  const price = quote(
    { item: `elb.${kind}`, usd, unit: 'load balancer-hour', source: SOURCE },
    region,
    SAME_AS_US_EAST_1.has(region),
  );
  return {
    monthlyUsd: cents(usd * HOURS_PER_MONTH),
    basis: `${HOURS_PER_MONTH} hours x $${usd} per hour (${kind} load balancer; capacity units are billed on top by usage)`,
    prices: [price],
    avoidable,
  };
}
