import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { CloudWatchClient, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import {
  DescribeInstanceAttributeCommand,
  DescribeInstancesCommand,
  EC2Client,
  StopInstancesCommand,
  type Instance,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { stopInstance } from '../../../../src/cleanup/actions/stop-instance.js';
import { ec2Collector } from '../../../../src/scan/collectors/ec2.js';
import { OPTIONS, awsError, changesMade, cleanupTarget, mockedContext } from '../../../support/cleanup.js';
import { collect, ofType } from '../../../support/collector-harness.js';

const ec2 = mockClient(EC2Client);
const cloudwatch = mockClient(CloudWatchClient);
afterEach(() => {
  ec2.reset();
  cloudwatch.reset();
});
afterAll(() => {
  ec2.restore();
  cloudwatch.restore();
});

const ID = 'i-0feed';
const target = cleanupTarget('ec2.stop-instance', ID);
const instance = (extra: Partial<Instance> = {}): Instance => ({
  InstanceId: ID,
  InstanceType: 't3.medium',
  State: { Name: 'running' },
  RootDeviceType: 'ebs',
  BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeId: 'vol-root' } }],
  NetworkInterfaces: [
    { Association: { IpOwnerId: '111122223333', PublicIp: '198.51.100.7' } },
    { Association: { IpOwnerId: 'amazon', PublicIp: '203.0.113.1' } },
  ],
  Tags: [{ Key: 'Name', Value: 'forgotten' }],
  ...extra,
});
const answer = (...instances: Instance[]) => ({ Reservations: [{ Instances: instances }] });
const stopProtection = (on: boolean) =>
  ec2.on(DescribeInstanceAttributeCommand).resolves({ InstanceId: ID, DisableApiStop: { Value: on } });
const RUNNING = {
  state: 'running',
  instanceType: 't3.medium',
  lifecycle: 'on-demand',
  rootDeviceType: 'ebs',
  autoScalingGroup: null,
};

describe('ec2.stop-instance: read and the state an approval binds', () => {
  it('binds the same state from the scanned inventory and from a read of the unchanged instance', async () => {
    ec2.on(DescribeInstancesCommand).resolves(answer(instance()));
    cloudwatch.on(GetMetricDataCommand).resolves({});
    stopProtection(false);
    const scanned = ofType(await collect(ec2Collector), 'ec2:instance').find((i) => i.id === ID);
    if (!scanned) throw new Error('the collector did not emit the instance');
    expect(stopInstance.stateFromInventory(scanned)).toEqual(RUNNING);
    const live = await stopInstance.read(mockedContext(), target);
    expect(live).toEqual({
      found: true,
      state: RUNNING,
      tags: { Name: 'forgotten' },
      ownerAccount: null,
      awsProtection: null,
    });
    expect(ec2.commandCalls(DescribeInstanceAttributeCommand)[0]?.args[0].input).toEqual({
      InstanceId: ID,
      Attribute: 'disableApiStop',
    });
  });

  it('carries stop protection outside the bound state, so it never reads as a change', async () => {
    ec2.on(DescribeInstancesCommand).resolves(answer(instance()));
    stopProtection(true);
    const live = await stopInstance.read(mockedContext(), target);
    expect(live).toMatchObject({
      found: true,
      state: RUNNING,
      awsProtection: expect.stringContaining('disableApiStop'),
    });
  });

  it('binds an ASG member, Spot and instance-store as they are', async () => {
    ec2.on(DescribeInstancesCommand).resolves(
      answer(
        instance({
          InstanceLifecycle: 'spot',
          RootDeviceType: 'instance-store',
          Tags: [{ Key: 'aws:autoscaling:groupName', Value: 'workers' }],
        }),
      ),
    );
    stopProtection(false);
    const live = await stopInstance.read(mockedContext(), target);
    expect(live.found && live.state).toEqual({
      ...RUNNING,
      lifecycle: 'spot',
      rootDeviceType: 'instance-store',
      autoScalingGroup: 'workers',
    });
  });

  it('reads a terminated instance, the gone code, or an empty answer as gone', async () => {
    ec2.on(DescribeInstancesCommand).resolves(answer(instance({ State: { Name: 'terminated' } })));
    await expect(stopInstance.read(mockedContext(), target)).resolves.toEqual({ found: false });
    ec2.on(DescribeInstancesCommand).rejects(awsError('InvalidInstanceID.NotFound'));
    await expect(stopInstance.read(mockedContext(), target)).resolves.toEqual({ found: false });
    ec2.on(DescribeInstancesCommand).resolves({});
    await expect(stopInstance.read(mockedContext(), target)).resolves.toEqual({ found: false });
  });
});

describe('ec2.stop-instance: refuse and plan', () => {
  it('refuses what AWS refuses and moto does not: Spot, instance-store roots; and ASG members, not running', () => {
    expect(stopInstance.refuse(RUNNING, OPTIONS)).toBeNull();
    const refusals = [
      [{ state: 'stopped' }, "'stopped', not 'running'"],
      [{ state: 'pending' }, "'pending', not 'running'"],
      [{ autoScalingGroup: 'workers' }, 'Auto Scaling group workers'],
      [{ lifecycle: 'spot' }, 'Spot'],
      [{ lifecycle: 'scheduled' }, 'lifecycle is scheduled'],
      [{ rootDeviceType: 'instance-store' }, 'instance-store, not EBS'],
      [{ rootDeviceType: null }, 'null, not EBS'],
    ] as const;
    for (const [change, why] of refusals) {
      expect(stopInstance.refuse({ ...RUNNING, ...change }, OPTIONS)).toContain(why);
    }
  });

  it('plans only StopInstances of the approved id, and names every error AWS answers', () => {
    expect(stopInstance.plan(target, RUNNING, OPTIONS)).toEqual([
      { api: 'ec2:StopInstances', params: { InstanceIds: ID } },
    ]);
    expect(stopInstance.permissions).toEqual([
      'ec2:DescribeInstances',
      'ec2:DescribeInstanceAttribute',
      'ec2:StopInstances',
    ]);
    for (const code of [
      'IncorrectInstanceState',
      'OperationNotPermitted',
      'UnsupportedOperation',
      'InvalidInstanceID.NotFound',
      'UnauthorizedOperation',
    ]) {
      expect(stopInstance.errorReasons[code]).toEqual(expect.any(String));
    }
  });
});

describe('ec2.stop-instance: execute', () => {
  const plan = stopInstance.plan(target, RUNNING, OPTIONS);

  it("stops as planned and, as AWS does, reads 'stopping' back: done, naming what keeps billing", async () => {
    ec2.on(StopInstancesCommand).resolves({});
    ec2
      .on(DescribeInstancesCommand)
      .resolvesOnce(answer(instance()))
      .resolves(answer(instance({ State: { Name: 'stopping' } })));
    const ctx = mockedContext();
    const result = await stopInstance.execute(ctx, target, plan);
    expect(changesMade(ec2)).toEqual([{ api: 'ec2:StopInstances', input: { InstanceIds: [ID] } }]);
    expect(ctx.slept).toEqual([100]);
    expect(result.outcome).toBe('done');
    expect(result.detail).toContain("read back 'stopping'");
    expect(result.detail).toContain('EBS volume(s) vol-root keep billing');
    // The Elastic IP stays; the auto-assigned address is released, so it is not named.
    expect(result.detail).toContain('Elastic IP(s) 198.51.100.7');
    expect(result.detail).not.toContain('203.0.113.1');
  });

  it('reports pending when it still reads running when the budget is spent', async () => {
    ec2.on(StopInstancesCommand).resolves({});
    ec2.on(DescribeInstancesCommand).resolves(answer(instance()));
    const ctx = mockedContext({ waitMs: 250, pollMs: 100 });
    const result = await stopInstance.execute(ctx, target, plan);
    expect(result.outcome).toBe('pending');
    expect(result.detail).toContain('re-checked next run');
    expect(ctx.slept).toEqual([100, 100]);
  });

  it.each(['OperationNotPermitted', 'UnsupportedOperation', 'IncorrectInstanceState'])(
    'throws %s as AWS answers it (the engine maps it), after no other call',
    async (code) => {
      ec2.on(StopInstancesCommand).rejects(awsError(code));
      await expect(stopInstance.execute(mockedContext(), target, plan)).rejects.toMatchObject({ name: code });
      expect(ec2.commandCalls(DescribeInstancesCommand)).toHaveLength(0);
    },
  );

  it('never stops an instance the plan does not name', async () => {
    const other = [{ api: 'ec2:StopInstances', params: { InstanceIds: 'i-other' } }];
    await expect(stopInstance.execute(mockedContext(), target, other)).rejects.toThrow('not the approved');
    const wrong = [{ api: 'ec2:TerminateInstances', params: { InstanceIds: ID } }];
    await expect(stopInstance.execute(mockedContext(), target, wrong)).rejects.toThrow('cannot make');
    expect(changesMade(ec2)).toEqual([]);
  });
});
