import type { PriceQuote } from '../findings/finding.js';
import { SAME_AS_US_EAST_1, quote } from './table.js';

const SOURCE = 'AWS EC2 on-demand list prices, Linux/UNIX (aws.amazon.com/ec2/pricing/on-demand)';

/**
 * Hourly on-demand Linux/UNIX prices of common instance types, USD. N. Virginia, Ohio and Oregon
 * list the same price for each; other regions fall back to it and say so. A type missing here
 * has no estimate rather than a guessed one.
 */
const PRICES: Readonly<Record<string, number>> = {
  't2.nano': 0.0058,
  't2.micro': 0.0116,
  't2.small': 0.023,
  't2.medium': 0.0464,
  't2.large': 0.0928,
  't3.nano': 0.0052,
  't3.micro': 0.0104,
  't3.small': 0.0208,
  't3.medium': 0.0416,
  't3.large': 0.0832,
  't3.xlarge': 0.1664,
  't3.2xlarge': 0.3328,
  't3a.micro': 0.0094,
  't3a.small': 0.0188,
  't3a.medium': 0.0376,
  't3a.large': 0.0752,
  't4g.nano': 0.0042,
  't4g.micro': 0.0084,
  't4g.small': 0.0168,
  't4g.medium': 0.0336,
  't4g.large': 0.0672,
  'm5.large': 0.096,
  'm5.xlarge': 0.192,
  'm5.2xlarge': 0.384,
  'm6i.large': 0.096,
  'm6i.xlarge': 0.192,
  'c5.large': 0.085,
  'c5.xlarge': 0.17,
  'c6i.large': 0.085,
  'r5.large': 0.126,
  'r6i.large': 0.126,
};

/** The hourly on-demand Linux/UNIX price of an instance type, or null when the table lacks it. */
export function instancePrice(instanceType: string, region: string): PriceQuote | null {
  const usd = PRICES[instanceType];
  if (usd === undefined) return null;
  return quote(
    { item: `ec2.instance.${instanceType}`, usd, unit: 'hour (on-demand, Linux/UNIX)', source: SOURCE },
    region,
    SAME_AS_US_EAST_1.has(region),
  );
}
