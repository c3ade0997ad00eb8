import { Readable } from 'node:stream';
import { afterAll, afterEach, describe, expect, it, jest } from '@jest/globals';
import { CloudWatchClient, DescribeAlarmsCommand, type MetricAlarm } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient, DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  DescribeAddressesCommand,
  DescribeInstancesCommand,
  DescribeNatGatewaysCommand,
  DescribeNetworkInterfacesCommand,
  DescribeSecurityGroupsCommand,
  DescribeImagesCommand,
  DescribeLaunchTemplateVersionsCommand,
  DescribeNetworkAclsCommand,
  DescribeRouteTablesCommand,
  DescribeTransitGatewaysCommand,
  DescribeSnapshotsCommand,
  DescribeSubnetsCommand,
  DescribeFlowLogsCommand,
  DescribeVolumesCommand,
  DescribeVpcsCommand,
  EC2Client,
  GetEbsEncryptionByDefaultCommand,
} from '@aws-sdk/client-ec2';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { HttpRequest } from '@smithy/types';
import { mockClient } from 'aws-sdk-client-mock';
import type { ResourceType } from '../../src/inventory/resources/index.js';
import type { Collector, CollectorOutcome } from '../../src/scan/collector.js';
import { cloudwatchCollector } from '../../src/scan/collectors/cloudwatch.js';
import { ec2Collector } from '../../src/scan/collectors/ec2.js';
import { makeResource } from '../../src/scan/normalize.js';
import { HARNESS, accessDenied, collect } from '../support/collector-harness.js';
import { LOGIN_PAGE } from '../support/silent-server.js';

/**
 * Coverage never overstates: whatever goes wrong inside a part of a collector, the types that
 * part produces are `failed` (not listed completely) or `partial` (listed, something unread), never
 * `complete` with what happened to be read.
 */
const statusOf = (outcome: CollectorOutcome, type: ResourceType) =>
  outcome.failedTypes.has(type) ? 'failed' : outcome.partialTypes.has(type) ? 'partial' : 'complete';

const volume = (id: string) =>
  makeResource(
    'ec2:volume',
    {
      arn: `arn:aws:ec2:${HARNESS.REGION}:${HARNESS.ACCOUNT}:volume/${id}`,
      id,
      name: null,
      account: HARNESS.ACCOUNT,
      region: HARNESS.REGION,
    },
    {
      sizeGiB: 1,
      volumeType: 'gp3',
      iops: null,
      throughput: null,
      encrypted: true,
      kmsKeyId: null,
      availabilityZone: null,
      snapshotId: null,
      attachments: [],
    },
  );

/** A collector written against the context only, to pin down each way a part can go wrong. */
function probe(collect: Collector['collect']): Collector {
  return {
    service: 'ec2',
    scope: 'regional',
    permissions: { DescribeVolumes: 'ec2:DescribeVolumes', DescribeSnapshots: 'ec2:DescribeSnapshots' },
    resourceTypes: ['ec2:volume', 'ec2:snapshot'],
    collect,
  };
}

describe('the collector context marks what a failure leaves unread', () => {
  it('a step that throws fails its own types only', async () => {
    const outcome = await collect(
      probe(async (ctx) => {
        await Promise.all([
          ctx.step(['ec2:volume'], async () => {
            ctx.emit(volume('vol-1'));
            throw new TypeError("Cannot read properties of undefined (reading 'VolumeId')");
          }),
          ctx.step(['ec2:snapshot'], async () => undefined),
        ]);
      }),
    );
    expect(statusOf(outcome, 'ec2:volume')).toBe('failed');
    expect(statusOf(outcome, 'ec2:snapshot')).toBe('complete');
    expect(outcome.errors).toEqual([
      expect.objectContaining({ operation: 'collect', code: 'TypeError', region: HARNESS.REGION }),
    ]);
  });

  it('an item that throws inside a step fails that step (its listing is incomplete)', async () => {
    const outcome = await collect(
      probe(async (ctx) => {
        await ctx.step(['ec2:volume'], () =>
          ctx.each(['vol-1', 'vol-2'], async (id) => {
            if (id === 'vol-2') throw new Error('unexpected answer');
            ctx.emit(volume(id));
          }),
        );
      }),
    );
    expect(statusOf(outcome, 'ec2:volume')).toBe('failed');
    expect(statusOf(outcome, 'ec2:snapshot')).toBe('complete');
  });

  it('an item that throws outside any step fails every type of the collector', async () => {
    const outcome = await collect(
      probe(async (ctx) => {
        await ctx.each([1], async () => {
          throw new Error('unexpected answer');
        });
      }),
    );
    expect(statusOf(outcome, 'ec2:volume')).toBe('failed');
    expect(statusOf(outcome, 'ec2:snapshot')).toBe('failed');
  });

  it("a failed per-item read makes the step's types partial, even if the collector forgets to say so", async () => {
    const outcome = await collect(
      probe(async (ctx) => {
        await ctx.step(['ec2:volume'], async () => {
          const answer = await ctx.read('DescribeVolumes', () => Promise.reject(accessDenied('x')));
          expect(answer).toBeUndefined();
          ctx.emit(volume('vol-1'));
        });
      }),
    );
    expect(statusOf(outcome, 'ec2:volume')).toBe('partial');
    expect(statusOf(outcome, 'ec2:snapshot')).toBe('complete');
  });
});

describe('real collectors, with aws-sdk-client-mock', () => {
  const ec2 = mockClient(EC2Client);
  const cloudwatch = mockClient(CloudWatchClient);
  const logs = mockClient(CloudWatchLogsClient);
  afterEach(() => {
    ec2.reset();
    cloudwatch.reset();
    logs.reset();
  });
  afterAll(() => {
    ec2.restore();
    cloudwatch.restore();
    logs.restore();
  });

  function emptyRegion(): void {
    for (const command of [
      DescribeInstancesCommand,
      DescribeSnapshotsCommand,
      DescribeImagesCommand,
      DescribeLaunchTemplateVersionsCommand,
      DescribeNetworkAclsCommand,
      DescribeRouteTablesCommand,
      DescribeTransitGatewaysCommand,
      DescribeAddressesCommand,
      DescribeNatGatewaysCommand,
      DescribeNetworkInterfacesCommand,
      DescribeSecurityGroupsCommand,
      DescribeVpcsCommand,
      DescribeSubnetsCommand,
      DescribeFlowLogsCommand,
    ]) {
      ec2.on(command as typeof DescribeVpcsCommand).resolves({});
    }
    ec2.on(GetEbsEncryptionByDefaultCommand).resolves({ EbsEncryptionByDefault: true });
  }

  it('a listing that fails on its second page is failed, and keeps the first page it read', async () => {
    emptyRegion();
    ec2
      .on(DescribeVolumesCommand)
      .resolvesOnce({ Volumes: [{ VolumeId: 'vol-1', Size: 8, VolumeType: 'gp3' }], NextToken: 'p2' })
      .rejectsOnce(Object.assign(new Error('We encountered an internal error.'), { name: 'InternalError' }));
    const outcome = await collect(ec2Collector);
    expect(statusOf(outcome, 'ec2:volume')).toBe('failed');
    expect(outcome.resources.filter((r) => r.type === 'ec2:volume').map((r) => r.id)).toEqual(['vol-1']);
    expect(outcome.errors).toEqual([
      expect.objectContaining({ operation: 'DescribeVolumes', code: 'InternalError' }),
    ]);
    for (const type of ec2Collector.resourceTypes.filter((t) => t !== 'ec2:volume')) {
      expect([type, statusOf(outcome, type)]).toEqual([type, 'complete']);
    }
  });

  it('an answer the step cannot handle fails the alarms, not the log groups beside them', async () => {
    // The SDK never returns a null alarm; an unexpected shape must still not read as "no alarms".
    cloudwatch.on(DescribeAlarmsCommand).resolves({ MetricAlarms: [null as unknown as MetricAlarm] });
    logs.on(DescribeLogGroupsCommand).resolves({ logGroups: [] });
    const outcome = await collect(cloudwatchCollector);
    expect(statusOf(outcome, 'cloudwatch:alarm')).toBe('failed');
    expect(statusOf(outcome, 'logs:log-group')).toBe('complete');
    expect(outcome.errors).toEqual([expect.objectContaining({ operation: 'collect', code: 'TypeError' })]);
  });
});

describe('an answer that cannot be parsed as the service answer', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('is a failed call: EBS default encryption is not read as "off", nor volumes as "none"', async () => {
    jest.spyOn(NodeHttpHandler.prototype, 'handle').mockImplementation(async (request: HttpRequest) => {
      const action = /Action=(\w+)/.exec(String(request.body))?.[1] ?? '';
      const body = ['DescribeVolumes', 'GetEbsEncryptionByDefault'].includes(action)
        ? LOGIN_PAGE
        : `<${action}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId></${action}Response>`;
      return {
        response: {
          statusCode: 200,
          headers: { 'content-type': 'text/html;charset=UTF-8' },
          body: Readable.from([Buffer.from(body)]),
        },
      } as unknown as Awaited<ReturnType<NodeHttpHandler['handle']>>;
    });
    const outcome = await collect(ec2Collector);
    expect(statusOf(outcome, 'ec2:volume')).toBe('failed');
    expect(statusOf(outcome, 'ec2:region-settings')).toBe('failed');
    expect(statusOf(outcome, 'ec2:instance')).toBe('complete');
    expect(outcome.resources.some((r) => r.type === 'ec2:region-settings')).toBe(false);
    expect(outcome.errors.map((e) => [e.operation, e.code]).sort()).toEqual([
      ['DescribeVolumes', 'UnparseableResponse'],
      ['GetEbsEncryptionByDefault', 'UnparseableResponse'],
    ]);
  });
});
