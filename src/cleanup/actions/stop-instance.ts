import type { Instance } from '@aws-sdk/client-ec2';
import type { Resource } from '../../inventory/resources/index.js';
import { ASG_TAG } from '../../rules/catalog/ec2-idle.js';
import { sortedStrings, tagMap, text } from '../../scan/normalize.js';
import { unlessGone } from '../aws-errors.js';
import type { ActionContext, BoundState, CleanupActionDefinition, CleanupTarget } from '../model.js';
import { EC2_COMMON_REASONS, targetParam, unexpectedCall, waitFor } from './common.js';

/** Loaded when the action runs: an audit binds states without loading the SDK's client. */
const sdk = () => import('@aws-sdk/client-ec2');

const GONE = ['InvalidInstanceID.NotFound'];

/** What the preconditions read, from the collector's normalised fields (the same for both paths). */
function bound(fields: {
  state: string | null;
  instanceType: string;
  lifecycle: string;
  rootDeviceType: string | null;
  autoScalingGroup: string | null;
}): BoundState {
  const { state, instanceType, lifecycle, rootDeviceType, autoScalingGroup } = fields;
  return { state, instanceType, lifecycle, rootDeviceType, autoScalingGroup };
}

/** As src/scan/collectors/ec2.ts normalises an instance. */
const boundFromApi = (instance: Instance): BoundState =>
  bound({
    state: text(instance.State?.Name),
    instanceType: instance.InstanceType ?? 'unknown',
    lifecycle: text(instance.InstanceLifecycle) ?? 'on-demand',
    rootDeviceType: text(instance.RootDeviceType),
    autoScalingGroup: tagMap(instance.Tags)[ASG_TAG] ?? null,
  });

async function describeInstance(ctx: ActionContext, target: CleanupTarget): Promise<Instance | undefined> {
  const answer = await unlessGone(
    ctx.clients
      .ec2(target.region)
      .send(new (await sdk()).DescribeInstancesCommand({ InstanceIds: [target.resourceId] }), {
        abortSignal: ctx.signal,
      }),
    GONE,
  );
  return answer?.Reservations?.flatMap((r) => r.Instances ?? []).find(
    (i) => i.InstanceId === target.resourceId,
  );
}

/** Stop protection, read live: the scan does not read it (one call per instance). */
async function stopProtected(ctx: ActionContext, target: CleanupTarget): Promise<boolean | undefined> {
  const answer = await unlessGone(
    ctx.clients.ec2(target.region).send(
      new (await sdk()).DescribeInstanceAttributeCommand({
        InstanceId: target.resourceId,
        Attribute: 'disableApiStop',
      }),
      {
        abortSignal: ctx.signal,
      },
    ),
    GONE,
  );
  return answer === undefined ? undefined : answer.DisableApiStop?.Value === true;
}

/** What still bills once it is stopped (cleanup.md 6.1): its volumes, and any Elastic IP. */
function stillBilling(instance: Instance | undefined): string {
  const volumes = sortedStrings((instance?.BlockDeviceMappings ?? []).map((m) => m.Ebs?.VolumeId));
  // An auto-assigned address is owned by `amazon` and released on stop; an Elastic IP stays.
  const addresses = sortedStrings(
    (instance?.NetworkInterfaces ?? [])
      .map((n) => n.Association)
      .filter((a) => a?.IpOwnerId && a.IpOwnerId !== 'amazon')
      .map((a) => a?.PublicIp),
  );
  const parts = [
    volumes.length > 0 ? `its EBS volume(s) ${volumes.join(', ')} keep billing` : 'no EBS volume read back',
    addresses.length > 0 ? `its Elastic IP(s) ${addresses.join(', ')} stay allocated and keep billing` : null,
  ].filter((p): p is string => p !== null);
  return `${parts.join('; ')}; start it again with ec2:StartInstances`;
}

const stoppingOrGone = (i: Instance | undefined) =>
  i === undefined || ['stopping', 'stopped', 'shutting-down', 'terminated'].includes(i.State?.Name ?? '');

export const stopInstance: CleanupActionDefinition = {
  id: 'ec2.stop-instance',
  resourceType: 'ec2:instance',
  permissions: ['ec2:DescribeInstances', 'ec2:DescribeInstanceAttribute', 'ec2:StopInstances'],
  goneCodes: GONE,
  errorReasons: {
    ...EC2_COMMON_REASONS,
    IncorrectInstanceState: "the instance is not 'running' any more (stopping, stopped or terminating)",
    OperationNotPermitted: 'stop protection (disableApiStop) is on; it is never turned off for cleanup',
    UnsupportedOperation: 'AWS cannot stop this instance (instance-store root, or a one-time Spot request)',
    'InvalidInstanceID.NotFound': 'the instance no longer exists (terminated)',
  },

  stateFromInventory(resource: Resource): BoundState {
    if (resource.type !== 'ec2:instance') throw new Error(`ec2.stop-instance cannot bind a ${resource.type}`);
    const a = resource.attributes;
    return bound({
      state: resource.state,
      instanceType: a.instanceType,
      lifecycle: a.lifecycle,
      rootDeviceType: a.rootDeviceType,
      autoScalingGroup: resource.tags[ASG_TAG] ?? null,
    });
  },

  async read(ctx, target) {
    const instance = await describeInstance(ctx, target);
    if (!instance || instance.State?.Name === 'terminated') return { found: false };
    const protectedNow = await stopProtected(ctx, target);
    if (protectedNow === undefined) return { found: false };
    return {
      found: true,
      state: boundFromApi(instance),
      tags: tagMap(instance.Tags),
      // DescribeInstances lists only the caller's own instances (they are never shared).
      ownerAccount: null,
      // Not bound state: the inventory does not have it, and an approval cannot lift it anyway.
      awsProtection: protectedNow ? 'stop protection (disableApiStop) is on' : null,
    };
  },

  refuse(state) {
    if (state.state !== 'running') {
      return `the instance is '${String(state.state)}', not 'running'`;
    }
    if (state.autoScalingGroup !== null) {
      return `the instance belongs to the Auto Scaling group ${String(state.autoScalingGroup)}, which would replace it; scale the group instead`;
    }
    // moto stops Spot and instance-store instances; AWS refuses (UnsupportedOperation) or loses data.
    if (state.lifecycle === 'spot') {
      return 'the instance is Spot: a one-time request cannot be stopped, and which kind it is was not read';
    }
    if (state.lifecycle !== 'on-demand') return `the instance's lifecycle is ${String(state.lifecycle)}`;
    if (state.rootDeviceType !== 'ebs') {
      return `the instance's root device is ${String(state.rootDeviceType)}, not EBS: it cannot be stopped`;
    }
    return null;
  },

  plan(target) {
    // One id: the API's list holds exactly the approved instance.
    return [{ api: 'ec2:StopInstances', params: { InstanceIds: target.resourceId } }];
  },

  async execute(ctx, target, plan) {
    for (const call of plan) {
      if (call.api !== 'ec2:StopInstances') throw unexpectedCall(call, target);
      await ctx.clients
        .ec2(target.region)
        .send(
          new (await sdk()).StopInstancesCommand({ InstanceIds: [targetParam(call, 'InstanceIds', target)] }),
          {
            abortSignal: ctx.signal,
          },
        );
    }
    const after = await waitFor(ctx, () => describeInstance(ctx, target), stoppingOrGone);
    const read = after === undefined ? 'gone' : `'${String(after.State?.Name)}'`;
    const done = stoppingOrGone(after);
    return {
      outcome: done ? 'done' : 'pending',
      detail: `instance ${target.resourceId} read back ${read}${done ? '' : ', re-checked next run'}; ${stillBilling(after)}`,
    };
  },
};
