import type { PriceQuote } from '../findings/finding.js';
import { SAME_AS_US_EAST_1, quote } from './table.js';

const SOURCE =
  'AWS RDS on-demand list prices, Single-AZ (aws.amazon.com/rds/mysql/pricing, /postgresql/pricing)';

type Family = 'mysql' | 'postgres';

/**
 * Hourly on-demand Single-AZ prices of common DB instance classes, USD, in N. Virginia, Ohio and
 * Oregon (the same there). MariaDB is priced as MySQL. Engines with a licence in the price (Oracle,
 * SQL Server, Db2) and classes missing here get no estimate rather than a guessed one.
 */
const PRICES: Readonly<Record<Family, Readonly<Record<string, number>>>> = {
  mysql: {
    'db.t3.micro': 0.017,
    'db.t3.small': 0.034,
    'db.t3.medium': 0.068,
    'db.t3.large': 0.136,
    'db.t4g.micro': 0.016,
    'db.t4g.small': 0.032,
    'db.t4g.medium': 0.065,
    'db.t4g.large': 0.129,
    'db.m5.large': 0.171,
    'db.m5.xlarge': 0.342,
    'db.m6g.large': 0.152,
    'db.m6g.xlarge': 0.304,
    'db.m6i.large': 0.171,
    'db.r5.large': 0.24,
    'db.r6g.large': 0.215,
  },
  postgres: {
    'db.t3.micro': 0.018,
    'db.t3.small': 0.036,
    'db.t3.medium': 0.072,
    'db.t3.large': 0.145,
    'db.t4g.micro': 0.016,
    'db.t4g.small': 0.032,
    'db.t4g.medium': 0.065,
    'db.t4g.large': 0.129,
    'db.m5.large': 0.178,
    'db.m5.xlarge': 0.356,
    'db.m6g.large': 0.159,
    'db.m6g.xlarge': 0.318,
    'db.m6i.large': 0.178,
    'db.r5.large': 0.25,
    'db.r6g.large': 0.225,
  },
};

const FAMILIES: Readonly<Record<string, Family>> = { mysql: 'mysql', mariadb: 'mysql', postgres: 'postgres' };

/**
 * The hourly Single-AZ price of a DB instance class for an engine, or null when the table lacks
 * it. Multi-AZ (one standby) bills the instance twice; the caller doubles it.
 */
export function dbInstancePrice(engine: string, instanceClass: string, region: string): PriceQuote | null {
  const family = FAMILIES[engine];
  const usd = family ? PRICES[family][instanceClass] : undefined;
  if (family === undefined || usd === undefined) return null;
  return quote(
    {
      item: `rds.instance.${family}.${instanceClass}`,
      usd,
      unit: 'hour (on-demand, Single-AZ)',
      source: SOURCE,
    },
    region,
    SAME_AS_US_EAST_1.has(region),
  );
}
