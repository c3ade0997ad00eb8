import type { CostEstimate } from '../../findings/finding.js';
import type { NatTraffic } from '../../inventory/resources/ec2.js';
import type { ResourceOfType } from '../../inventory/resources/index.js';
import { hourlyCost } from '../../prices/estimate.js';
import { HOURS_PER_MONTH, cents, priceOf } from '../../prices/table.js';
import type { RuleContext } from '../context.js';
import { defineRule, type RuleHit } from '../model.js';

type NatGateway = ResourceOfType<'ec2:nat-gateway'>;

const natDocs = 'https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-cloudwatch.html';
const deleteCli = 'aws ec2 delete-nat-gateway --region {region} --nat-gateway-id {id}';
const deleteConsole = 'VPC console > NAT gateways > the gateway > Actions > Delete NAT gateway';

const gb = (bytes: number) => bytes / 1e9;
const gbText = (bytes: number) => `${gb(bytes) < 10 ? gb(bytes).toFixed(2) : gb(bytes).toFixed(0)} GB`;

/**
 * Days the window tells about the gateway: the days it existed in the window, as its age says,
 * or the days with datapoints when those are more (a missing creation time); 1 to windowDays.
 */
function daysObserved(ctx: RuleContext, nat: NatGateway, traffic: NatTraffic): number {
  const age = ctx.daysSince(nat.createdAt) ?? 0;
  return Math.max(1, Math.min(traffic.windowDays, Math.max(traffic.daysWithData, age)));
}

/**
 * An available gateway whose metrics show no byte processed over the whole window: it existed
 * for all of it. Unknown traffic or a shorter history is never called idle.
 */
export function isIdle(ctx: RuleContext, nat: NatGateway): boolean {
  const traffic = nat.attributes.traffic;
  if (nat.state !== 'available' || !ctx.known(nat, 'traffic') || traffic === null) return false;
  return traffic.bytesProcessed === 0 && daysObserved(ctx, nat, traffic) >= traffic.windowDays;
}

export const natGatewayIdle = defineRule(
  {
    id: 'ec2.nat-gateway-idle',
    title: 'NAT gateway processed no traffic',
    severity: 'low',
    category: 'cost',
    resourceType: 'ec2:nat-gateway',
    reads: ['ec2:nat-gateway'],
    description:
      "An available NAT gateway whose CloudWatch metrics (BytesInFromSource, BytesInFromDestination) show no byte processed over the scan's traffic window (14 days), while it existed for that long.",
    risk: 'It is billed every hour for nothing; often a leftover of a deleted environment or a private subnet nobody routes through it any more.',
    remediation: {
      text: "Check that no route table sends traffic to it and nothing runs in its VPC's private subnets, then delete it. Its Elastic IP stays allocated, and billed, until released.",
      cli: deleteCli,
      console: deleteConsole,
    },
    references: { docs: [natDocs] },
    cleanupAction: 'ec2.delete-nat-gateway',
  },
  (ctx) =>
    ctx
      .resources('ec2:nat-gateway')
      .filter((nat) => isIdle(ctx, nat))
      .map((nat): RuleHit => {
        const cost = hourlyCost('vpc.nat-gateway', nat.region, 'NAT gateway hours', true);
        const windowDays = nat.attributes.traffic?.windowDays;
        return {
          target: nat,
          message: `NAT gateway ${nat.id} in ${nat.attributes.vpcId ?? 'its VPC'} processed no traffic in the last ${windowDays} days and costs $${cost.monthlyUsd.toFixed(2)} a month.`,
          evidence: {
            vpcId: nat.attributes.vpcId,
            subnetId: nat.attributes.subnetId,
            publicIps: nat.attributes.publicIps,
            createdAt: nat.createdAt,
            traffic: nat.attributes.traffic,
          },
          cost,
        };
      }),
);

/** Hours, plus the data processed over the window projected to a month when it was read. */
function spend(ctx: RuleContext, nat: NatGateway): CostEstimate {
  const hours = hourlyCost('vpc.nat-gateway', nat.region, 'NAT gateway hours', false);
  const traffic = ctx.known(nat, 'traffic') ? nat.attributes.traffic : null;
  if (traffic === null || traffic.bytesProcessed === 0) return hours;
  const days = daysObserved(ctx, nat, traffic);
  const monthlyGb = (gb(traffic.bytesProcessed) / days) * (HOURS_PER_MONTH / 24);
  const data = priceOf('vpc.nat-gateway.data', nat.region);
  return {
    monthlyUsd: cents(hours.monthlyUsd + monthlyGb * data.usd),
    basis: `${hours.basis} + ${monthlyGb.toFixed(1)} GB a month (${gbText(traffic.bytesProcessed)} over ${days} days) x $${data.usd} per GB processed`,
    prices: [...hours.prices, data],
    avoidable: false,
  };
}

export const natGatewayCost = defineRule(
  {
    id: 'ec2.nat-gateway-cost',
    title: 'NAT gateway costs a fixed hourly charge',
    severity: 'info',
    category: 'cost',
    resourceType: 'ec2:nat-gateway',
    reads: ['ec2:nat-gateway'],
    description:
      'What each available NAT gateway in use costs: billed by the hour whether or not traffic flows, plus a charge per GB processed (from its CloudWatch metrics, where they could be read). An idle one is ec2.nat-gateway-idle instead.',
    risk: 'NAT gateways in development VPCs, and data that could reach AWS services through VPC endpoints, are a common, silent monthly cost.',
    remediation: {
      text: 'Share one NAT gateway per VPC outside production, and send S3 and DynamoDB traffic through gateway VPC endpoints (free) instead of the NAT gateway.',
      console: 'VPC console > NAT gateways > the gateway > Monitoring',
    },
    references: { docs: [natDocs] },
  },
  // Not counted in the estimated savings: a gateway in use cannot just be deleted.
  (ctx) =>
    ctx
      .resources('ec2:nat-gateway')
      .filter((nat) => nat.state === 'available' && !isIdle(ctx, nat))
      .map((nat): RuleHit => {
        const cost = spend(ctx, nat);
        const traffic = ctx.known(nat, 'traffic') ? nat.attributes.traffic : null;
        const age = ctx.daysSince(nat.createdAt);
        const processed =
          traffic && traffic.bytesProcessed > 0
            ? `; it processed ${gbText(traffic.bytesProcessed)} in the last ${traffic.windowDays} days`
            : '';
        return {
          target: nat,
          message: `NAT gateway ${nat.id} in ${nat.attributes.vpcId ?? 'its VPC'} costs about $${cost.monthlyUsd.toFixed(2)} a month${processed}${age !== null ? ` (created ${age} days ago)` : ''}.`,
          evidence: {
            vpcId: nat.attributes.vpcId,
            subnetId: nat.attributes.subnetId,
            publicIps: nat.attributes.publicIps,
            createdAt: nat.createdAt,
            traffic: ctx.known(nat, 'traffic') ? traffic : 'unknown',
          },
          cost,
        };
      }),
);
