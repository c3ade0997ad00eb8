import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import {
  DeleteNatGatewayCommand,
  DescribeNatGatewaysCommand,
  EC2Client,
  type NatGateway,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { deleteNatGateway } from '../../../../src/cleanup/actions/delete-nat-gateway.js';
import { ec2Collector } from '../../../../src/scan/collectors/ec2.js';
import {
  OPTIONS,
  asMade,
  awsError,
  changesMade,
  cleanupTarget,
  mockedContext,
} from '../../../support/cleanup.js';
import { collect, ofType } from '../../../support/collector-harness.js';

const ec2 = mockClient(EC2Client);
afterEach(() => {
  ec2.reset();
});
afterAll(() => {
  ec2.restore();
});

const ID = 'nat-0feed';
const target = cleanupTarget('ec2.delete-nat-gateway', ID);
const gateway = (extra: Partial<NatGateway> = {}): NatGateway => ({
  NatGatewayId: ID,
  State: 'available',
  VpcId: 'vpc-1',
  SubnetId: 'subnet-1',
  ConnectivityType: 'public',
  NatGatewayAddresses: [
    { AllocationId: 'eipalloc-2', PublicIp: '203.0.113.9', NetworkInterfaceId: 'eni-2' },
    { AllocationId: 'eipalloc-1', PublicIp: '198.51.100.1', NetworkInterfaceId: 'eni-1' },
  ],
  ...extra,
});
const AVAILABLE = {
  state: 'available',
  vpcId: 'vpc-1',
  subnetId: 'subnet-1',
  connectivityType: 'public',
  publicIps: '198.51.100.1,203.0.113.9',
};

describe('ec2.delete-nat-gateway: read and the state an approval binds', () => {
  it('binds the same state from the scanned inventory and from a read of the unchanged gateway', async () => {
    ec2.on(DescribeNatGatewaysCommand).resolves({ NatGateways: [gateway()] });
    const scanned = ofType(await collect(ec2Collector), 'ec2:nat-gateway').find((n) => n.id === ID);
    if (!scanned) throw new Error('the collector did not emit the gateway');
    expect(deleteNatGateway.stateFromInventory(scanned)).toEqual(AVAILABLE);
    const live = await deleteNatGateway.read(mockedContext(), target);
    expect(live).toEqual({ found: true, state: AVAILABLE, tags: {}, ownerAccount: null });
    const reads = ec2.commandCalls(DescribeNatGatewaysCommand).map((c) => c.args[0].input);
    expect(reads).toContainEqual({ NatGatewayIds: [ID] });
  });

  it('reads a deleted gateway, either gone code, or an empty answer as gone', async () => {
    ec2.on(DescribeNatGatewaysCommand).resolves({ NatGateways: [gateway({ State: 'deleted' })] });
    await expect(deleteNatGateway.read(mockedContext(), target)).resolves.toEqual({ found: false });
    for (const code of ['NatGatewayNotFound', 'InvalidNatGatewayID.NotFound']) {
      ec2.on(DescribeNatGatewaysCommand).rejects(awsError(code));
      await expect(deleteNatGateway.read(mockedContext(), target)).resolves.toEqual({ found: false });
    }
    ec2.on(DescribeNatGatewaysCommand).resolves({});
    await expect(deleteNatGateway.read(mockedContext(), target)).resolves.toEqual({ found: false });
  });
});

describe('ec2.delete-nat-gateway: refuse and plan', () => {
  it('refuses a gateway pending, failed or deleting, naming the state', () => {
    expect(deleteNatGateway.refuse(AVAILABLE, OPTIONS)).toBeNull();
    for (const state of ['pending', 'failed', 'deleting']) {
      expect(deleteNatGateway.refuse({ ...AVAILABLE, state }, OPTIONS)).toContain(`'${state}'`);
    }
    expect(deleteNatGateway.refuse({ ...AVAILABLE, state: null }, OPTIONS)).toContain('not');
  });

  it('plans only DeleteNatGateway by id', () => {
    expect(deleteNatGateway.plan(target, AVAILABLE, OPTIONS)).toEqual([
      { api: 'ec2:DeleteNatGateway', params: { NatGatewayId: ID } },
    ]);
    expect(deleteNatGateway.goneCodes).toEqual(['NatGatewayNotFound', 'InvalidNatGatewayID.NotFound']);
    for (const code of ['NatGatewayNotFound', 'UnauthorizedOperation']) {
      expect(deleteNatGateway.errorReasons[code]).toEqual(expect.any(String));
    }
  });
});

describe('ec2.delete-nat-gateway: execute', () => {
  const plan = deleteNatGateway.plan(target, AVAILABLE, OPTIONS);

  it("deletes as planned and, as AWS does, reads 'deleting' back: done, naming the Elastic IPs that keep billing", async () => {
    ec2.on(DeleteNatGatewayCommand).resolves({ NatGatewayId: ID });
    ec2
      .on(DescribeNatGatewaysCommand)
      // Right after the call AWS may still say available; then deleting for minutes.
      .resolvesOnce({ NatGateways: [gateway()] })
      .resolves({ NatGateways: [gateway({ State: 'deleting' })] });
    const ctx = mockedContext();
    const result = await deleteNatGateway.execute(ctx, target, plan);
    expect(changesMade(ec2)).toEqual(asMade(plan));
    expect(ctx.slept).toEqual([100]);
    expect(result.outcome).toBe('done');
    expect(result.detail).toContain("'deleting'");
    expect(result.detail).toContain('eipalloc-1 198.51.100.1, eipalloc-2 203.0.113.9');
    expect(result.detail).toContain('release-address');
  });

  it('counts deleted (as moto answers at once) as done', async () => {
    ec2.on(DeleteNatGatewayCommand).resolves({ NatGatewayId: ID });
    ec2.on(DescribeNatGatewaysCommand).resolves({ NatGateways: [gateway({ State: 'deleted' })] });
    const result = await deleteNatGateway.execute(mockedContext(), target, plan);
    expect(result).toEqual({ outcome: 'done', detail: expect.stringContaining("'deleted'") });
  });

  it('reports pending when the gateway still reads available when the budget is spent', async () => {
    ec2.on(DeleteNatGatewayCommand).resolves({ NatGatewayId: ID });
    ec2.on(DescribeNatGatewaysCommand).resolves({ NatGateways: [gateway()] });
    const ctx = mockedContext({ waitMs: 250, pollMs: 100 });
    const result = await deleteNatGateway.execute(ctx, target, plan);
    expect(result.outcome).toBe('pending');
    expect(ctx.slept).toEqual([100, 100]);
  });

  it('throws what AWS throws (the engine maps it), after making no other call', async () => {
    ec2.on(DeleteNatGatewayCommand).rejects(awsError('UnauthorizedOperation'));
    await expect(deleteNatGateway.execute(mockedContext(), target, plan)).rejects.toMatchObject({
      name: 'UnauthorizedOperation',
    });
    expect(ec2.commandCalls(DescribeNatGatewaysCommand)).toHaveLength(0);
  });
});
