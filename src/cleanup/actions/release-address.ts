import type { Address } from '@aws-sdk/client-ec2';
import type { Resource } from '../../inventory/resources/index.js';
import { tagMap, text } from '../../scan/normalize.js';
import { unlessGone } from '../aws-errors.js';
import type { ActionContext, BoundState, CleanupActionDefinition, CleanupTarget } from '../model.js';
import { EC2_COMMON_REASONS, targetParam, unexpectedCall, waitFor } from './common.js';

/** Loaded when the action runs: an audit binds states without loading the SDK's client. */
const sdk = () => import('@aws-sdk/client-ec2');

const GONE = ['InvalidAllocationID.NotFound'];

/** The association fields, null when absent: moto sends `NetworkInterfaceId: ""` for none. */
function bound(fields: {
  allocationId: string | null;
  associationId: string | null;
  instanceId: string | null;
  networkInterfaceId: string | null;
}): BoundState {
  const { allocationId, associationId, instanceId, networkInterfaceId } = fields;
  return { allocationId, associationId, instanceId, networkInterfaceId };
}

async function describeAddress(ctx: ActionContext, target: CleanupTarget): Promise<Address | undefined> {
  // The inventory names an address without an allocation id (EC2-Classic) by its public IP.
  const byAllocation = target.resourceId.startsWith('eipalloc-');
  const answer = await unlessGone(
    ctx.clients
      .ec2(target.region)
      .send(
        new (await sdk()).DescribeAddressesCommand(
          byAllocation ? { AllocationIds: [target.resourceId] } : { PublicIps: [target.resourceId] },
        ),
        { abortSignal: ctx.signal },
      ),
    [...GONE, ...(byAllocation ? [] : ['InvalidAddress.NotFound'])],
  );
  return answer?.Addresses?.find((a) =>
    byAllocation ? a.AllocationId === target.resourceId : a.PublicIp === target.resourceId,
  );
}

export const releaseAddress: CleanupActionDefinition = {
  id: 'ec2.release-address',
  resourceType: 'ec2:elastic-ip',
  permissions: ['ec2:DescribeAddresses', 'ec2:ReleaseAddress'],
  goneCodes: GONE,
  errorReasons: {
    ...EC2_COMMON_REASONS,
    'InvalidIPAddress.InUse': 'the address is associated with an instance or network interface again',
    AuthFailure: 'the address was already released, or is now allocated to another account',
    'InvalidAllocationID.NotFound': 'the address no longer exists (already released)',
    'InvalidAddress.NotFound': 'the address was not found in its network border group',
    'InvalidAddress.PtrSet': 'a reverse DNS (PTR) record is set on the address; remove it first',
    'InvalidAddress.Locked': 'the address is locked by AWS (for example a pending transfer or abuse hold)',
  },

  stateFromInventory(resource: Resource): BoundState {
    if (resource.type !== 'ec2:elastic-ip') {
      throw new Error(`ec2.release-address cannot bind a ${resource.type}`);
    }
    return bound(resource.attributes);
  },

  async read(ctx, target) {
    const address = await describeAddress(ctx, target);
    if (!address) return { found: false };
    return {
      found: true,
      state: bound({
        allocationId: text(address.AllocationId),
        associationId: text(address.AssociationId),
        instanceId: text(address.InstanceId),
        networkInterfaceId: text(address.NetworkInterfaceId),
      }),
      tags: tagMap(address.Tags),
      // NetworkInterfaceOwnerId is the interface's owner, not the address's: the API names none.
      ownerAccount: null,
    };
  },

  refuse(state) {
    if (state.allocationId === null) {
      return 'the address has no allocation id (EC2-Classic); release by public IP is not supported';
    }
    const uses = [
      state.associationId !== null ? `association ${String(state.associationId)}` : null,
      state.instanceId !== null ? `instance ${String(state.instanceId)}` : null,
      state.networkInterfaceId !== null ? `network interface ${String(state.networkInterfaceId)}` : null,
    ].filter((u): u is string => u !== null);
    // moto releases an associated address without complaint; AWS refuses (InvalidIPAddress.InUse).
    if (uses.length > 0)
      return `the address is associated (${uses.join(', ')}); it is never disassociated first`;
    return null;
  },

  plan(_target, state) {
    // By allocation id only: releasing by public IP is EC2-Classic, which refuse already excludes.
    return [{ api: 'ec2:ReleaseAddress', params: { AllocationId: String(state.allocationId) } }];
  },

  async execute(ctx, target, plan) {
    for (const call of plan) {
      if (call.api !== 'ec2:ReleaseAddress') throw unexpectedCall(call, target);
      await ctx.clients.ec2(target.region).send(
        new (await sdk()).ReleaseAddressCommand({
          AllocationId: targetParam(call, 'AllocationId', target),
        }),
        {
          abortSignal: ctx.signal,
        },
      );
    }
    const after = await waitFor(
      ctx,
      () => describeAddress(ctx, target),
      (a) => a === undefined,
    );
    return after === undefined
      ? { outcome: 'done', detail: `address ${target.resourceId} released (read back: gone)` }
      : {
          outcome: 'pending',
          detail: `address ${target.resourceId} still listed after release; re-checked next run`,
        };
  },
};
