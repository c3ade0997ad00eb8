import { beforeAll, describe, expect, it } from '@jest/globals';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import {
  DescribeInstancesCommand,
  EC2Client,
  RunInstancesCommand,
  StopInstancesCommand,
} from '@aws-sdk/client-ec2';
import { stopInstance } from '../../src/cleanup/actions/stop-instance.js';
import type { ActionContext, CleanupTarget } from '../../src/cleanup/model.js';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { Inventory } from '../../src/inventory/document.js';
import { runRules, type AuditOutcome } from '../../src/rules/engine.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';
import { putInstanceActivity } from '../support/instance-metrics.js';
import { rulesFrom } from '../support/rules.js';

const REGION = 'us-east-1';
type Name = 'idle' | 'busy' | 'asg' | 'spot' | 'protected' | 'stopped';

/** Idle instances of every kind against moto: what the scan records, the rule says, the action does. */
describe('idle EC2 instances against moto: activity, ec2.instance-idle, ec2.stop-instance', () => {
  const account = uniqueAccountId();
  const ids = {} as Record<Name, string>;
  let ec2: EC2Client;
  let ctx: ActionContext;
  let inventory: Inventory;
  let outcome: AuditOutcome;

  const target = (name: Name): CleanupTarget => ({
    action: 'ec2.stop-instance',
    account,
    region: REGION,
    resourceId: ids[name],
    arn: `arn:aws:ec2:${REGION}:${account}:instance/${ids[name]}`,
    fingerprint: 'fp-e2e',
  });
  const scanned = (name: Name) => ofType(inventory, 'ec2:instance').find((i) => i.id === ids[name]);
  const stateOf = async (name: Name) =>
    (await ec2.send(new DescribeInstancesCommand({ InstanceIds: [ids[name]] }))).Reservations?.[0]
      ?.Instances?.[0]?.State?.Name;

  beforeAll(async () => {
    const credentials = await accountCredentials(account);
    ec2 = new EC2Client(seedConfig(REGION, credentials));
    const cloudwatch = new CloudWatchClient(seedConfig(REGION, credentials));
    const launch = async (
      name: Name,
      extra: Partial<ConstructorParameters<typeof RunInstancesCommand>[0]> = {},
    ) => {
      const run = await ec2.send(
        new RunInstancesCommand({
          ImageId: 'ami-12345678',
          MinCount: 1,
          MaxCount: 1,
          InstanceType: 't3.medium',
          TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: name }] }],
          ...extra,
        }),
      );
      ids[name] = run.Instances?.[0]?.InstanceId ?? '';
    };
    await launch('idle');
    await launch('busy');
    await launch('asg', {
      TagSpecifications: [
        { ResourceType: 'instance', Tags: [{ Key: 'aws:autoscaling:groupName', Value: 'workers' }] },
      ],
    });
    await launch('spot', { InstanceMarketOptions: { MarketType: 'spot' } });
    await launch('protected', { DisableApiStop: true });
    await launch('stopped');
    for (const name of ['idle', 'asg', 'spot', 'protected', 'stopped'] as const) {
      await putInstanceActivity(cloudwatch, ids[name], { cpuPercent: 0.3, networkBytesPerDay: 200_000 });
    }
    await putInstanceActivity(cloudwatch, ids.busy, { cpuPercent: 35, networkBytesPerDay: 4e9 });
    await ec2.send(new StopInstancesCommand({ InstanceIds: [ids.stopped] }));

    inventory = await scanForTest(credentials, { regions: [REGION], services: ['ec2'] });
    outcome = runRules(inventory, DEFAULT_CONFIG, rulesFrom('ec2-idle'));
    const unused = (): never => {
      throw new Error('not used by EC2 actions');
    };
    ctx = {
      clients: { ec2: () => ec2, rds: unused, s3: unused },
      options: { snapshotBeforeDelete: true, snapshotTags: {}, waitMs: 5_000, pollMs: 100, maxObjects: 1000 },
      signal: new AbortController().signal,
      sleep: async () => {},
    };
  });

  it('records the activity of running instances, lifecycle and root device, with no scan error', () => {
    expect(inventory.errors).toEqual([]);
    expect(scanned('idle')?.attributes).toMatchObject({
      lifecycle: 'on-demand',
      rootDeviceType: 'ebs',
      activity: {
        windowDays: 14,
        daysWithData: 14,
        maxDailyCpuPercent: 0.3,
        maxDailyNetworkBytes: 200_000,
        networkBytes: 14 * 200_000,
      },
    });
    expect(scanned('busy')?.attributes.activity?.maxDailyCpuPercent).toBe(35);
    expect(scanned('spot')?.attributes.lifecycle).toBe('spot');
    expect(scanned('stopped')).toMatchObject({ state: 'stopped', attributes: { activity: null } });
  });

  it('reports the idle instances, proposing a stop only where it is safe', () => {
    const findings = Object.fromEntries(outcome.findings.map((f) => [f.resource.id, f]));
    expect(Object.keys(findings).sort()).toEqual([ids.idle, ids.asg, ids.spot, ids.protected].sort());
    expect(findings[ids.idle]?.cleanupAction).toBe('ec2.stop-instance');
    // t3.medium in us-east-1: 730 hours x $0.0416.
    expect(findings[ids.idle]?.cost?.monthlyUsd).toBe(30.37);
    expect(findings[ids.asg]?.cleanupAction).toBeNull();
    expect(findings[ids.spot]?.cleanupAction).toBeNull();
    // Stop protection is not in the inventory: the action reads it live.
    expect(findings[ids.protected]?.cleanupAction).toBe('ec2.stop-instance');
  });

  it('binds the same state from the scan and from a read now, and stops the idle instance', async () => {
    const live = await stopInstance.read(ctx, target('idle'));
    if (!live.found) throw new Error('the idle instance reads as gone');
    expect(stopInstance.stateFromInventory(scanned('idle') ?? fail())).toEqual(live.state);
    expect(live.awsProtection).toBeNull();
    expect(stopInstance.refuse(live.state, ctx.options)).toBeNull();
    const plan = stopInstance.plan(target('idle'), live.state, ctx.options);
    const result = await stopInstance.execute(ctx, target('idle'), plan);
    expect(result.outcome).toBe('done');
    expect(result.detail).toMatch(/read back 'stopp(ing|ed)'/);
    expect(await stateOf('idle')).toBe('stopped');
  });

  it('refuses the ASG member and the Spot instance by its own checks (moto would stop them)', async () => {
    for (const [name, why] of [
      ['asg', 'Auto Scaling group workers'],
      ['spot', 'Spot'],
    ] as const) {
      const live = await stopInstance.read(ctx, target(name));
      expect(live.found && stopInstance.refuse(live.state, ctx.options)).toContain(why);
      expect(await stateOf(name)).toBe('running');
    }
  });

  it('reads stop protection live, outside the bound state', async () => {
    const live = await stopInstance.read(ctx, target('protected'));
    expect(live).toMatchObject({ found: true, awsProtection: expect.stringContaining('disableApiStop') });
    expect(live.found && live.state).toEqual(stopInstance.stateFromInventory(scanned('protected') ?? fail()));
  });
});

function fail(): never {
  throw new Error('not scanned');
}
