import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import {
  DescribeAddressesCommand,
  EC2Client,
  ReleaseAddressCommand,
  type Address,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { releaseAddress } from '../../../../src/cleanup/actions/release-address.js';
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

const ID = 'eipalloc-0abc';
const target = cleanupTarget('ec2.release-address', ID);
// moto's answer for an unassociated address: NetworkInterfaceId "" rather than absent.
const idle: Address = { AllocationId: ID, PublicIp: '198.51.100.7', Domain: 'vpc', NetworkInterfaceId: '' };
const IDLE = { allocationId: ID, associationId: null, instanceId: null, networkInterfaceId: null };
const ASSOCIATED = { ...IDLE, associationId: 'eipassoc-1', instanceId: 'i-1', networkInterfaceId: 'eni-1' };

describe('ec2.release-address: read and the state an approval binds', () => {
  it('binds the same state from the scanned inventory and from a read, empty strings as null', async () => {
    ec2.on(DescribeAddressesCommand).resolves({ Addresses: [idle] });
    const scanned = ofType(await collect(ec2Collector), 'ec2:elastic-ip').find((a) => a.id === ID);
    if (!scanned) throw new Error('the collector did not emit the address');
    const ctx = mockedContext();
    expect(releaseAddress.stateFromInventory(scanned)).toEqual(IDLE);
    expect(await releaseAddress.read(ctx, target)).toEqual({
      found: true,
      state: IDLE,
      tags: {},
      ownerAccount: null,
    });
    const reads = ec2.commandCalls(DescribeAddressesCommand).map((c) => c.args[0].input);
    expect(reads).toContainEqual({ AllocationIds: [ID] });
  });

  it('reads an associated address with its association', async () => {
    ec2.on(DescribeAddressesCommand).resolves({
      Addresses: [{ ...idle, AssociationId: 'eipassoc-1', InstanceId: 'i-1', NetworkInterfaceId: 'eni-1' }],
    });
    const live = await releaseAddress.read(mockedContext(), target);
    expect(live.found && live.state).toEqual(ASSOCIATED);
  });

  it('reads InvalidAllocationID.NotFound or an empty answer as gone', async () => {
    ec2.on(DescribeAddressesCommand).rejects(awsError('InvalidAllocationID.NotFound'));
    await expect(releaseAddress.read(mockedContext(), target)).resolves.toEqual({ found: false });
    ec2.on(DescribeAddressesCommand).resolves({ Addresses: [] });
    await expect(releaseAddress.read(mockedContext(), target)).resolves.toEqual({ found: false });
    ec2.on(DescribeAddressesCommand).rejects(awsError('RequestLimitExceeded'));
    await expect(releaseAddress.read(mockedContext(), target)).rejects.toThrow('RequestLimitExceeded');
  });
});

describe('ec2.release-address: refuse and plan', () => {
  it('refuses an associated address by our own check (moto would release it), naming the association', () => {
    expect(releaseAddress.refuse(IDLE, OPTIONS)).toBeNull();
    const reason = releaseAddress.refuse(ASSOCIATED, OPTIONS);
    expect(reason).toContain('eipassoc-1');
    expect(reason).toContain('i-1');
    // Any one of the three fields is enough (a NAT gateway's address has no instance).
    expect(releaseAddress.refuse({ ...IDLE, networkInterfaceId: 'eni-nat' }, OPTIONS)).toContain('eni-nat');
    expect(releaseAddress.refuse({ ...IDLE, instanceId: 'i-2' }, OPTIONS)).toContain('i-2');
  });

  it('refuses an address without an allocation id (EC2-Classic)', () => {
    expect(releaseAddress.refuse({ ...IDLE, allocationId: null }, OPTIONS)).toContain('EC2-Classic');
  });

  it('plans ReleaseAddress by allocation id, never by public IP', () => {
    expect(releaseAddress.plan(target, IDLE, OPTIONS)).toEqual([
      { api: 'ec2:ReleaseAddress', params: { AllocationId: ID } },
    ]);
  });

  it('maps every error code of the spec to a reason', () => {
    for (const code of [
      'InvalidIPAddress.InUse',
      'AuthFailure',
      'InvalidAllocationID.NotFound',
      'InvalidAddress.NotFound',
      'InvalidAddress.PtrSet',
      'InvalidAddress.Locked',
    ]) {
      expect(releaseAddress.errorReasons[code]).toEqual(expect.any(String));
    }
    expect(releaseAddress.goneCodes).toEqual(['InvalidAllocationID.NotFound']);
    expect(releaseAddress.permissions).toEqual(['ec2:DescribeAddresses', 'ec2:ReleaseAddress']);
  });
});

describe('ec2.release-address: execute', () => {
  const plan = releaseAddress.plan(target, IDLE, OPTIONS);

  it('releases exactly as planned and reads the address back gone', async () => {
    ec2.on(DescribeAddressesCommand).resolves({ Addresses: [idle] });
    ec2.on(ReleaseAddressCommand).callsFake(() => {
      ec2.on(DescribeAddressesCommand).rejects(awsError('InvalidAllocationID.NotFound'));
      return {};
    });
    const result = await releaseAddress.execute(mockedContext(), target, plan);
    expect(changesMade(ec2)).toEqual(asMade(plan));
    expect(ec2.commandCalls(ReleaseAddressCommand)[0]?.args[0].input).toEqual({ AllocationId: ID });
    expect(result).toEqual({ outcome: 'done', detail: expect.stringContaining('gone') });
  });

  it('throws InvalidIPAddress.InUse as AWS answers for an address associated since the read', async () => {
    ec2.on(ReleaseAddressCommand).rejects(awsError('InvalidIPAddress.InUse', 'Address is in use'));
    const failure = releaseAddress.execute(mockedContext(), target, plan);
    await expect(failure).rejects.toMatchObject({ name: 'InvalidIPAddress.InUse' });
    expect(releaseAddress.errorReasons['InvalidIPAddress.InUse']).toContain('associated');
  });

  it('reports pending when the address is still listed after the release', async () => {
    ec2.on(DescribeAddressesCommand).resolves({ Addresses: [idle] });
    ec2.on(ReleaseAddressCommand).resolves({});
    const ctx = mockedContext({ waitMs: 300, pollMs: 100 });
    const result = await releaseAddress.execute(ctx, target, plan);
    expect(result.outcome).toBe('pending');
    expect(ctx.slept).toEqual([100, 100, 100]);
  });

  it('refuses a plan naming another address', async () => {
    await expect(
      releaseAddress.execute(mockedContext(), target, [
        { api: 'ec2:ReleaseAddress', params: { AllocationId: 'eipalloc-other' } },
      ]),
    ).rejects.toThrow('eipalloc-other');
    expect(changesMade(ec2)).toEqual([]);
  });
});
