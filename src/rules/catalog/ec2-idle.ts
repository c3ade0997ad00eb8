import type { CostEstimate } from '../../findings/finding.js';
import type { InstanceActivity } from '../../inventory/resources/ec2.js';
import type { ResourceOfType } from '../../inventory/resources/index.js';
import { instancePrice } from '../../prices/instances.js';
import { HOURS_PER_MONTH, cents } from '../../prices/table.js';
import type { RuleContext } from '../context.js';
import { defineRule, type RuleHit } from '../model.js';

type Instance = ResourceOfType<'ec2:instance'>;

/** The tag EC2 Auto Scaling puts on every instance it launches. */
export const ASG_TAG = 'aws:autoscaling:groupName';

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

/**
 * The activity of a running instance that was quiet on every day of the window: every daily CPU
 * average and every day's network bytes under the thresholds, with data for each day (so it ran
 * the whole window). Unknown or shorter activity is never idle.
 */
export function idleActivity(ctx: RuleContext, instance: Instance): InstanceActivity | null {
  const activity = instance.attributes.activity;
  if (instance.state !== 'running' || !ctx.known(instance, 'activity') || activity === null) return null;
  const { idleInstanceCpuPercent: cpu, idleInstanceNetworkMbPerDay: network } = ctx.thresholds;
  const quiet =
    activity.daysWithData >= activity.windowDays &&
    activity.maxDailyCpuPercent !== null &&
    activity.maxDailyCpuPercent < cpu &&
    activity.maxDailyNetworkBytes < network * 1e6;
  return quiet ? activity : null;
}

/**
 * Why stopping the instance is not ours to propose, or null. AWS refuses instance-store roots and
 * one-time Spot; Auto Scaling replaces a stopped member (its health check fails) unless it is put
 * in Standby first, and persistent Spot cannot be told from one-time in the inventory.
 */
export function stopRefusal(instance: Instance): string | null {
  const asg = instance.tags[ASG_TAG];
  if (asg !== undefined) return `it belongs to the Auto Scaling group ${asg}, which would replace it`;
  if (instance.attributes.lifecycle === 'spot') return 'it is a Spot instance';
  if (instance.attributes.lifecycle !== 'on-demand')
    return `its lifecycle is ${instance.attributes.lifecycle}`;
  if (instance.attributes.rootDeviceType !== 'ebs') {
    return `its root device is ${instance.attributes.rootDeviceType ?? 'unknown'}, not EBS`;
  }
  return null;
}

/** A month of its on-demand rate, where the price table knows the type. */
function computeCost(instance: Instance): CostEstimate | null {
  const price = instancePrice(instance.attributes.instanceType, instance.region);
  if (!price) return null;
  const platform = instance.attributes.platform;
  // Licensed platforms (Windows, RHEL, SUSE...) add to the Linux rate: it is then a lower bound.
  const licensed = platform !== null && platform !== 'Linux/UNIX';
  return {
    monthlyUsd: cents(price.usd * HOURS_PER_MONTH),
    basis:
      `${HOURS_PER_MONTH} hours x $${price.usd} per hour (${instance.attributes.instanceType} on-demand` +
      `${licensed ? `, Linux rate: ${platform} costs more` : ''}); EBS volumes and Elastic IPs keep billing, Reserved Instances or Savings Plans lower the real saving`,
    prices: [price],
    avoidable: true,
  };
}

export const instanceIdle = defineRule(
  {
    id: 'ec2.instance-idle',
    title: 'Running instance has been idle for the whole metrics window',
    severity: 'low',
    category: 'cost',
    resourceType: 'ec2:instance',
    reads: ['ec2:instance'],
    description:
      "A running instance whose CloudWatch metrics show every daily CPUUtilization average below thresholds.idleInstanceCpuPercent (default 2%) and every day's NetworkIn + NetworkOut below thresholds.idleInstanceNetworkMbPerDay (default 5 MB), on each day of the scan's 14-day window. Cleanup (stop) is proposed only for on-demand, EBS-backed instances outside Auto Scaling groups.",
    risk: 'It is billed by the hour for compute nobody uses; often a forgotten test or migration box.',
    remediation: {
      text: 'Confirm with its owner that nothing needs it (a batch job that runs monthly would not show in 14 days), then stop it; its EBS volumes and any Elastic IP keep billing until removed. Instances in an Auto Scaling group are scaled down through the group instead.',
      cli: 'aws ec2 stop-instances --region {region} --instance-ids {id}',
      console: 'EC2 console > Instances > the instance > Instance state > Stop instance',
    },
    cleanupAction: 'ec2.stop-instance',
  },
  (ctx) =>
    ctx.resources('ec2:instance').flatMap((instance): RuleHit[] => {
      const activity = idleActivity(ctx, instance);
      if (!activity) return [];
      const cost = computeCost(instance);
      const refusal = stopRefusal(instance);
      const name = instance.name ? ` (${instance.name})` : '';
      return [
        {
          target: instance,
          message:
            `Instance ${instance.id}${name}, ${instance.attributes.instanceType}, was idle for ${activity.windowDays} days: ` +
            `CPU at most ${activity.maxDailyCpuPercent?.toFixed(2)}% a day, network at most ${mb(activity.maxDailyNetworkBytes)} MB a day` +
            `${cost ? `; it costs about $${cost.monthlyUsd.toFixed(2)} a month` : ''}` +
            `${refusal ? `. Not proposed for cleanup: ${refusal}` : ''}.`,
          evidence: {
            instanceType: instance.attributes.instanceType,
            lifecycle: instance.attributes.lifecycle,
            rootDeviceType: instance.attributes.rootDeviceType,
            autoScalingGroup: instance.tags[ASG_TAG] ?? null,
            activity,
          },
          ...(cost ? { cost } : {}),
          ...(refusal ? { cleanupDoesNotApply: true, cliDoesNotApply: true } : {}),
        },
      ];
    }),
);
