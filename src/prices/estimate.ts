import type { CostEstimate } from '../findings/finding.js';
import { HOURS_PER_MONTH, cents, priceOf, type PriceItem } from './table.js';

/** A month of an hourly charge (a NAT gateway, a public IPv4 address). */
export function hourlyCost(item: PriceItem, region: string, what: string, avoidable: boolean): CostEstimate {
  const price = priceOf(item, region);
  return {
    monthlyUsd: cents(price.usd * HOURS_PER_MONTH),
    basis: `${HOURS_PER_MONTH} hours x $${price.usd} per hour (${what})`,
    prices: [price],
    avoidable,
  };
}
