import type { NatGateway } from '@aws-sdk/client-ec2';
import type { Resource } from '../../inventory/resources/index.js';
import { sortedStrings, tagMap, text } from '../../scan/normalize.js';
import { unlessGone } from '../aws-errors.js';
import type { ActionContext, BoundState, CleanupActionDefinition, CleanupTarget } from '../model.js';
import { EC2_COMMON_REASONS, targetParam, unexpectedCall, waitFor } from './common.js';

/** Loaded when the action runs: an audit binds states without loading the SDK's client. */
const sdk = () => import('@aws-sdk/client-ec2');

// terraform-provider-aws treats NatGatewayNotFound as gone; EC2 also answers the ID-style code.
const GONE = ['NatGatewayNotFound', 'InvalidNatGatewayID.NotFound'];

const REFUSALS: Readonly<Record<string, string>> = {
  pending: 'it is still being created',
  failed: 'it failed to create (AWS removes it by itself)',
  deleting: 'it is already being deleted',
};

function bound(
  state: string | null,
  vpcId: string | null,
  subnetId: string | null,
  connectivityType: string | null,
  publicIps: readonly string[],
): BoundState {
  return { state, vpcId, subnetId, connectivityType, publicIps: publicIps.join(',') };
}

/** The gateway as listed, deleted ones included (they stay visible for a while). */
async function describeGateway(ctx: ActionContext, target: CleanupTarget): Promise<NatGateway | undefined> {
  const answer = await unlessGone(
    ctx.clients
      .ec2(target.region)
      .send(new (await sdk()).DescribeNatGatewaysCommand({ NatGatewayIds: [target.resourceId] }), {
        abortSignal: ctx.signal,
      }),
    GONE,
  );
  return answer?.NatGateways?.find((g) => g.NatGatewayId === target.resourceId);
}

/** The addresses that outlive the gateway and keep billing until released. */
function addresses(gateway: NatGateway | undefined): string {
  const named = (gateway?.NatGatewayAddresses ?? [])
    .filter((a) => text(a.AllocationId) ?? text(a.PublicIp))
    .map((a) => [text(a.AllocationId), text(a.PublicIp)].filter(Boolean).join(' '))
    .sort();
  if (named.length === 0) return 'no Elastic IP read back';
  return `its Elastic IP ${named.join(', ')} stays allocated and keeps billing until released (a release-address candidate next run)`;
}

const deletingOrGone = (g: NatGateway | undefined) =>
  g === undefined || g.State === 'deleting' || g.State === 'deleted';

export const deleteNatGateway: CleanupActionDefinition = {
  id: 'ec2.delete-nat-gateway',
  resourceType: 'ec2:nat-gateway',
  permissions: ['ec2:DescribeNatGateways', 'ec2:DeleteNatGateway'],
  goneCodes: GONE,
  errorReasons: {
    ...EC2_COMMON_REASONS,
    NatGatewayNotFound: 'the NAT gateway no longer exists (already deleted)',
    'InvalidNatGatewayID.NotFound': 'the NAT gateway no longer exists (already deleted)',
  },

  stateFromInventory(resource: Resource): BoundState {
    if (resource.type !== 'ec2:nat-gateway') {
      throw new Error(`ec2.delete-nat-gateway cannot bind a ${resource.type}`);
    }
    const a = resource.attributes;
    return bound(resource.state, a.vpcId, a.subnetId, a.connectivityType, a.publicIps);
  },

  async read(ctx, target) {
    const gateway = await describeGateway(ctx, target);
    if (!gateway || gateway.State === 'deleted') return { found: false };
    return {
      found: true,
      // As src/scan/collectors/ec2.ts normalises it: "" is absent, public IPs sorted and unique.
      state: bound(
        text(gateway.State),
        text(gateway.VpcId),
        text(gateway.SubnetId),
        text(gateway.ConnectivityType),
        sortedStrings((gateway.NatGatewayAddresses ?? []).map((a) => a.PublicIp)),
      ),
      tags: tagMap(gateway.Tags),
      ownerAccount: null,
    };
  },

  refuse(state) {
    if (state.state === 'available') return null;
    const why = REFUSALS[String(state.state)] ?? 'only an available gateway is deleted';
    return `the NAT gateway is '${String(state.state)}', not 'available': ${why}`;
  },

  plan(target) {
    return [{ api: 'ec2:DeleteNatGateway', params: { NatGatewayId: target.resourceId } }];
  },

  async execute(ctx, target, plan) {
    for (const call of plan) {
      if (call.api !== 'ec2:DeleteNatGateway') throw unexpectedCall(call, target);
      await ctx.clients.ec2(target.region).send(
        new (await sdk()).DeleteNatGatewayCommand({
          NatGatewayId: targetParam(call, 'NatGatewayId', target),
        }),
        {
          abortSignal: ctx.signal,
        },
      );
    }
    const after = await waitFor(ctx, () => describeGateway(ctx, target), deletingOrGone);
    const read = after === undefined ? 'gone' : `'${String(after.State)}'`;
    const done = deletingOrGone(after);
    return {
      outcome: done ? 'done' : 'pending',
      detail: `NAT gateway ${target.resourceId} read back ${read}${done ? '' : ', re-checked next run'}; ${addresses(after)}; routes to it become blackhole`,
    };
  },
};
