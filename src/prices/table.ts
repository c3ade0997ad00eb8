import type { PriceQuote } from '../findings/finding.js';

/** Hours in a billing month, as AWS and Infracost convert hourly prices. */
export const HOURS_PER_MONTH = 730;

export type PriceItem =
  | 'ebs.gp2'
  | 'ebs.gp3'
  | 'ebs.io1'
  | 'ebs.io2'
  | 'ebs.io1.iops'
  | 'ebs.st1'
  | 'ebs.sc1'
  | 'ebs.standard'
  | 'ebs.snapshot'
  | 'ec2.public-ipv4'
  | 'vpc.nat-gateway'
  | 'vpc.nat-gateway.data'
  | 'rds.storage.gp2'
  | 'rds.storage.gp3'
  | 'rds.storage.io1'
  | 'rds.storage.io2'
  | 'rds.storage.standard'
  | 'logs.storage';

const UNITS: Record<PriceItem, string> = {
  'ebs.gp2': 'GB-month',
  'ebs.gp3': 'GB-month',
  'ebs.io1': 'GB-month',
  'ebs.io2': 'GB-month',
  'ebs.io1.iops': 'provisioned IOPS-month',
  'ebs.st1': 'GB-month',
  'ebs.sc1': 'GB-month',
  'ebs.standard': 'GB-month',
  'ebs.snapshot': 'GB-month',
  'ec2.public-ipv4': 'hour',
  'vpc.nat-gateway': 'hour',
  'vpc.nat-gateway.data': 'GB processed',
  'rds.storage.gp2': 'GB-month (Single-AZ)',
  'rds.storage.gp3': 'GB-month (Single-AZ)',
  'rds.storage.io1': 'GB-month (Single-AZ)',
  'rds.storage.io2': 'GB-month (Single-AZ)',
  'rds.storage.standard': 'GB-month (Single-AZ)',
  'logs.storage': 'GB-month',
};

export const PRICES_AS_OF = '2026-11-01';
export const PRICE_SOURCE =
  'AWS on-demand list prices (aws.amazon.com/ebs/pricing, /vpc/pricing, /rds/pricing, /cloudwatch/pricing)';

/** N. Virginia, Ohio and Oregon list the same prices for every item here. */
const US_MAIN_REGIONS: Readonly<Record<PriceItem, number>> = {
  'ebs.gp2': 0.1,
  'ebs.gp3': 0.08,
  'ebs.io1': 0.125,
  'ebs.io2': 0.125,
  'ebs.io1.iops': 0.065,
  'ebs.st1': 0.045,
  'ebs.sc1': 0.015,
  'ebs.standard': 0.05,
  'ebs.snapshot': 0.05,
  'ec2.public-ipv4': 0.005,
  'vpc.nat-gateway': 0.045,
  'vpc.nat-gateway.data': 0.045,
  'rds.storage.gp2': 0.115,
  'rds.storage.gp3': 0.115,
  'rds.storage.io1': 0.125,
  'rds.storage.io2': 0.125,
  'rds.storage.standard': 0.1,
  'logs.storage': 0.03,
};

/**
 * On-demand list prices in USD, per region. A region missing here uses us-east-1's price and the
 * finding says so (`fallback: true`); prices change rarely, and the date says how fresh they are.
 */
export const PRICES: Readonly<Record<string, Readonly<Record<PriceItem, number>>>> = {
  'us-east-1': US_MAIN_REGIONS,
  'us-east-2': US_MAIN_REGIONS,
  'us-west-2': US_MAIN_REGIONS,
  'eu-west-2': {
    'ebs.gp2': 0.116,
    'ebs.gp3': 0.0928,
    'ebs.io1': 0.145,
    'ebs.io2': 0.145,
    'ebs.io1.iops': 0.076,
    'ebs.st1': 0.053,
    'ebs.sc1': 0.0174,
    'ebs.standard': 0.058,
    'ebs.snapshot': 0.053,
    'ec2.public-ipv4': 0.005,
    'vpc.nat-gateway': 0.05,
    'vpc.nat-gateway.data': 0.05,
    'rds.storage.gp2': 0.133,
    'rds.storage.gp3': 0.133,
    'rds.storage.io1': 0.145,
    'rds.storage.io2': 0.145,
    'rds.storage.standard': 0.116,
    'logs.storage': 0.0315,
  },
};

/** Regions listing the same prices as N. Virginia in the per-type tables (instances, DB classes). */
export const SAME_AS_US_EAST_1 = new Set(['us-east-1', 'us-east-2', 'us-west-2']);

/** A quote, saying so when the region's own price was not in the table and us-east-1's was used. */
export function quote(
  fields: { item: string; usd: number; unit: string; source: string },
  region: string,
  own: boolean,
): PriceQuote {
  return {
    ...fields,
    region,
    fallback: !own,
    source: own ? fields.source : `${fields.source}; no price for ${region} in the table, us-east-1's used`,
    asOf: PRICES_AS_OF,
  };
}

export function priceOf(item: PriceItem, region: string): PriceQuote {
  const own = PRICES[region]?.[item];
  const usd = own ?? PRICES['us-east-1']?.[item] ?? 0;
  return quote({ item, usd, unit: UNITS[item], source: PRICE_SOURCE }, region, own !== undefined);
}

/** Rounds to cents, as a report shows them. */
export const cents = (usd: number): number => Math.round(usd * 100) / 100;
