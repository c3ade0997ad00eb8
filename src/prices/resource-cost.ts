import type { CostEstimate } from '../findings/finding.js';
import type { Resource, ResourceOfType } from '../inventory/resources/index.js';
import { hourlyCost } from './estimate.js';
import { instancePrice } from './instances.js';
import { loadBalancerHours } from './load-balancers.js';
import { dbInstancePrice } from './rds-instances.js';
import { HOURS_PER_MONTH, cents, priceOf, type PriceItem } from './table.js';

type Volume = ResourceOfType<'ec2:volume'>;

const VOLUME_PRICE: Record<string, PriceItem> = {
  gp2: 'ebs.gp2',
  gp3: 'ebs.gp3',
  io1: 'ebs.io1',
  io2: 'ebs.io2',
  st1: 'ebs.st1',
  sc1: 'ebs.sc1',
  standard: 'ebs.standard',
};

/** Monthly storage cost of a volume (plus provisioned IOPS for io1/io2); null for unknown types. */
export function volumeCost(volume: Volume): CostEstimate | null {
  const item = VOLUME_PRICE[volume.attributes.volumeType];
  if (!item) return null;
  const storage = priceOf(item, volume.region);
  const size = volume.attributes.sizeGiB;
  const provisioned = ['io1', 'io2'].includes(volume.attributes.volumeType)
    ? (volume.attributes.iops ?? 0)
    : 0;
  const iops = priceOf('ebs.io1.iops', volume.region);
  const monthly = size * storage.usd + provisioned * iops.usd;
  return {
    monthlyUsd: cents(monthly),
    basis:
      `${size} GiB x $${storage.usd} per GB-month (${volume.attributes.volumeType})` +
      (provisioned > 0 ? ` + ${provisioned} IOPS x $${iops.usd}` : ''),
    prices: provisioned > 0 ? [storage, iops] : [storage],
    avoidable: true,
  };
}

/** The price item of an RDS storage type (the stopped-instance rule prices storage with it too). */
export const RDS_STORAGE_PRICE: Readonly<Record<string, PriceItem>> = {
  gp2: 'rds.storage.gp2',
  gp3: 'rds.storage.gp3',
  io1: 'rds.storage.io1',
  io2: 'rds.storage.io2',
  standard: 'rds.storage.standard',
};

/** A running instance's on-demand hours at the Linux rate (a licensed platform costs more). */
function instanceCost(instance: ResourceOfType<'ec2:instance'>): CostEstimate | null {
  if (instance.state === 'stopped') {
    return {
      monthlyUsd: 0,
      basis: 'stopped: no compute charge (its volumes bill as volumes)',
      prices: [],
      avoidable: false,
    };
  }
  if (instance.state !== 'running') return null;
  const price = instancePrice(instance.attributes.instanceType, instance.region);
  if (!price) return null;
  const platform = instance.attributes.platform;
  const licensed = platform !== null && platform !== 'Linux/UNIX';
  return {
    monthlyUsd: cents(price.usd * HOURS_PER_MONTH),
    basis:
      `${HOURS_PER_MONTH} hours x $${price.usd} per hour (${instance.attributes.instanceType} on-demand` +
      `${licensed ? `, Linux rate: ${platform} costs more` : ''})`,
    prices: [price],
    avoidable: false,
  };
}

/** Instance hours while available (twice for Multi-AZ) plus allocated storage, where both are priced. */
function dbInstanceCost(db: ResourceOfType<'rds:db-instance'>): CostEstimate | null {
  const { engine, instanceClass, multiAz, storageType, allocatedStorageGiB } = db.attributes;
  const copies = multiAz ? 2 : 1;
  const hourly =
    db.state === 'available' && instanceClass ? dbInstancePrice(engine, instanceClass, db.region) : null;
  if (db.state === 'available' && !hourly) return null;
  if (db.state !== 'available' && db.state !== 'stopped') return null;
  const storageItem = RDS_STORAGE_PRICE[storageType ?? ''];
  // Aurora members have no allocated storage of their own: the cluster's volume is billed apart.
  const storage = storageItem && allocatedStorageGiB ? priceOf(storageItem, db.region) : null;
  if (!hourly && !storage) return null;
  const parts: string[] = [];
  let usd = 0;
  if (hourly) {
    usd += hourly.usd * HOURS_PER_MONTH * copies;
    parts.push(`${HOURS_PER_MONTH} hours x $${hourly.usd} per hour (${instanceClass})`);
  }
  if (storage && allocatedStorageGiB) {
    usd += allocatedStorageGiB * storage.usd * copies;
    parts.push(`${allocatedStorageGiB} GiB x $${storage.usd} per GB-month (${storageType})`);
  }
  return {
    monthlyUsd: cents(usd),
    basis: `${parts.join(' + ')}${copies === 2 ? ', Multi-AZ: x 2' : ''}${hourly ? '' : ' (stopped: storage only)'}`,
    prices: [hourly, storage].filter((p) => p !== null),
    avoidable: false,
  };
}

const BYTES_PER_GB = 1e9;

/**
 * What a resource of the inventory costs a month at on-demand list prices (PRICES_AS_OF), for the
 * inventory view; null where the price table does not know it or the bill depends on usage the scan
 * does not read (requests, data transfer, snapshots' changed blocks). Never a guess.
 */
export function monthlyCost(resource: Resource): CostEstimate | null {
  switch (resource.type) {
    case 'ec2:volume':
      return volumeCost(resource);
    case 'ec2:instance':
      return instanceCost(resource);
    case 'ec2:elastic-ip':
      // Every public IPv4 address is billed since February 2024, attached or not.
      return hourlyCost('ec2.public-ipv4', resource.region, 'public IPv4 address', false);
    case 'ec2:nat-gateway':
      if (resource.state !== 'available') return null;
      return hourlyCost(
        'vpc.nat-gateway',
        resource.region,
        'NAT gateway hours; data processed is billed on top',
        false,
      );
    case 'rds:db-instance':
      return dbInstanceCost(resource);
    case 'elbv2:load-balancer':
      // Provisioning or failed ones are not billed; capacity units come on top by usage.
      if (resource.state !== 'active' && resource.state !== 'active_impaired') return null;
      return loadBalancerHours(resource.attributes.loadBalancerType, resource.region, false);
    case 'elb:load-balancer':
      return loadBalancerHours('classic', resource.region, false);
    case 'logs:log-group': {
      const price = priceOf('logs.storage', resource.region);
      const gb = resource.attributes.storedBytes / BYTES_PER_GB;
      return {
        monthlyUsd: cents(gb * price.usd),
        basis: `${gb.toFixed(2)} GB stored x $${price.usd} per GB-month`,
        prices: [price],
        avoidable: false,
      };
    }
    default:
      return null;
  }
}
