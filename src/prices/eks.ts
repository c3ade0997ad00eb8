import type { CostEstimate, PriceQuote } from '../findings/finding.js';
import { HOURS_PER_MONTH, cents } from './table.js';

/**
 * Amazon EKS's control plane price per cluster-hour, as data: $0.10 while the cluster's Kubernetes
 * version is in standard support, $0.60 in extended support (since the April 2024 billing cycle).
 * AWS lists one price for the commercial regions. Update the values and the date together.
 */
export const EKS_PRICES = {
  standardClusterHour: 0.1,
  extendedClusterHour: 0.6,
  source: 'https://aws.amazon.com/eks/pricing/',
  asOf: '2026-12-06',
} as const;

const quote = (item: string, usd: number, region: string): PriceQuote => ({
  item,
  usd,
  unit: 'cluster-hour',
  region,
  fallback: false,
  source: `Amazon EKS pricing (${EKS_PRICES.source})`,
  asOf: EKS_PRICES.asOf,
});

/** The extended support surcharge over the standard price, a month (730 hours). */
export function extendedSupportSurcharge(region: string, avoidable: boolean): CostEstimate {
  const { standardClusterHour, extendedClusterHour } = EKS_PRICES;
  const hourly = extendedClusterHour - standardClusterHour;
  return {
    monthlyUsd: cents(hourly * HOURS_PER_MONTH),
    basis: `${HOURS_PER_MONTH} hours x ($${extendedClusterHour} extended - $${standardClusterHour} standard) per cluster-hour`,
    prices: [
      quote('eks.cluster.extended-support', extendedClusterHour, region),
      quote('eks.cluster.standard-support', standardClusterHour, region),
    ],
    avoidable,
  };
}
