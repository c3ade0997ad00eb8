import { Readable } from 'node:stream';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { HttpRequest } from '@smithy/types';
import { CallStats } from '../../src/scan/call-stats.js';
import { dynamodbCollector } from '../../src/scan/collectors/dynamodb.js';
import { scanAccounts } from '../../src/scan/orchestrator.js';
import { CallPool } from '../../src/scan/pool.js';
import { ClientFactory } from '../../src/scan/clients.js';
import type { Collector } from '../../src/scan/collector.js';
import { runCollector } from '../../src/scan/run-collector.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('CallStats: the longest chain of dependent calls', () => {
  const call = (stats: CallStats) => stats.trackCall('svc', tick);

  it('counts sequential calls one after another', async () => {
    const stats = new CallStats();
    await stats.inBranch(async () => {
      for (let i = 0; i < 4; i += 1) await call(stats);
    });
    expect(stats.longestCallChain).toBe(4);
    expect(stats.apiCalls).toBe(4);
  });

  it('counts calls made side by side once, and branches by their longest path', async () => {
    const stats = new CallStats();
    await stats.inBranch(async () => {
      await call(stats); // 1: the listing
      await Promise.all([
        stats.inBranch(async () => {
          await call(stats);
          await call(stats); // 3
        }),
        stats.inBranch(() => call(stats)), // 2
        stats.inBranch(() => Promise.all([call(stats), call(stats)])), // 2: started together
      ]);
      await call(stats); // after every branch: 4
    });
    expect(stats.longestCallChain).toBe(4);
    expect(stats.apiCalls).toBe(7);
  });
});

describe("a collector's each", () => {
  it('works on at most itemsInFlight items at a time, each at the depth of its listing', async () => {
    const stats = new CallStats();
    let active = 0;
    let most = 0;
    const seen: number[] = [];
    const collector: Collector<'List' | 'Read'> = {
      service: 'svc',
      scope: 'regional',
      permissions: { List: 'svc:List', Read: 'svc:Read' },
      resourceTypes: [],
      async collect(ctx) {
        await stats.trackCall('svc', tick); // the listing: depth 1
        await ctx.each([1, 2, 3, 4, 5, 6, 7], async (item) => {
          active += 1;
          most = Math.max(most, active);
          await stats.trackCall('svc', tick); // depth 2, however long it waited for its turn
          active -= 1;
          seen.push(item);
          if (item === 3) throw new Error('one item fails');
        });
      },
    };
    const clients = new ClientFactory({
      credentials: async () => ({ accessKeyId: 'a', secretAccessKey: 'b' }),
      pool: new CallPool(8),
      stats,
      maxAttempts: 1,
      callTimeoutMs: 1_000,
      deadlineFor: () => new AbortController().signal,
    });
    const outcome = await stats.inBranch(() =>
      runCollector(collector, {
        account: '111122223333',
        partition: 'aws',
        region: 'eu-west-2',
        scopeRegion: 'eu-west-2',
        clients,
        stats,
        itemsInFlight: 2,
      }),
    );
    clients.destroy();
    expect(most).toBe(2);
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(stats.longestCallChain).toBe(2);
    expect(outcome.errors.map((e) => e.message)).toEqual(['one item fails']);
  });
});

describe('CallPool', () => {
  it('never runs more than the global limit, nor more than a service cap in one region', async () => {
    const pool = new CallPool(4, { s3: 2 });
    let running = 0;
    let peak = 0;
    const peakByKey = new Map<string, number>();
    const runningByKey = new Map<string, number>();
    const task = (key: string) => async () => {
      running += 1;
      runningByKey.set(key, (runningByKey.get(key) ?? 0) + 1);
      peak = Math.max(peak, running);
      peakByKey.set(key, Math.max(peakByKey.get(key) ?? 0, runningByKey.get(key) ?? 0));
      await tick();
      running -= 1;
      runningByKey.set(key, (runningByKey.get(key) ?? 0) - 1);
    };
    await Promise.all([
      ...Array.from({ length: 10 }, () => pool.run('s3', 'us-east-1', task('s3|us-east-1'))),
      ...Array.from({ length: 10 }, () => pool.run('s3', 'eu-west-2', task('s3|eu-west-2'))),
      ...Array.from({ length: 10 }, () => pool.run('ec2', 'us-east-1', task('ec2|us-east-1'))),
    ]);
    expect(peak).toBe(4);
    expect(peakByKey.get('s3|us-east-1')).toBe(2);
    expect(peakByKey.get('s3|eu-west-2')).toBe(2);
    expect(peakByKey.get('ec2|us-east-1')).toBe(4);
  });

  it('rejects a size that is not a positive integer', () => {
    expect(() => new CallPool(0)).toThrow(/max-concurrency must be a positive integer/);
    expect(() => new CallPool(2.5)).toThrow(/max-concurrency/);
  });
});

describe('a region that never answers', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  const answer = (statusCode: number, contentType: string, body: string) => ({
    response: {
      statusCode,
      headers: { 'content-type': contentType },
      body: Readable.from([Buffer.from(body)]),
    },
  });
  const identity = `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/auditor</Arn><UserId>AIDAEXAMPLE</UserId><Account>123456789012</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetCallerIdentityResponse>`;

  it('is abandoned at its time budget, recorded as failed, and the other regions complete', async () => {
    jest.spyOn(NodeHttpHandler.prototype, 'handle').mockImplementation((request: HttpRequest) => {
      const region = /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(String(request.headers.authorization))?.[1];
      const target = String(request.headers['x-amz-target'] ?? '');
      if (!target) return Promise.resolve(answer(200, 'text/xml', identity));
      if (region === 'eu-west-3') return new Promise(() => undefined);
      const json = 'application/x-amz-json-1.0';
      return Promise.resolve(answer(200, json, JSON.stringify({ TableNames: [] })));
    });
    const inventory = await scanAccounts(
      [{ credentials: async () => ({ accessKeyId: 'a', secretAccessKey: 'b' }) }],
      {
        collectors: [dynamodbCollector],
        regions: ['us-east-1', 'eu-west-3'],
        apiRegion: 'us-east-1',
        maxConcurrency: 4,
        maxAttempts: 1,
        callTimeoutMs: 60_000,
        regionTimeoutMs: 300,
      },
    );
    expect(inventory.errors).toEqual([
      expect.objectContaining({
        region: 'eu-west-3',
        operation: 'ListTables',
        code: 'RegionTimeBudgetExceeded',
      }),
    ]);
    expect(inventory.accounts[0]?.coverage).toEqual([
      {
        service: 'dynamodb',
        resourceType: 'dynamodb:table',
        region: 'eu-west-3',
        status: 'failed',
        resourceCount: 0,
      },
      {
        service: 'dynamodb',
        resourceType: 'dynamodb:table',
        region: 'us-east-1',
        status: 'complete',
        resourceCount: 0,
      },
    ]);
  });
});

describe('selectRegions', () => {
  it("keeps discovered regions of the account's partition only, minus exclusions", async () => {
    const { selectRegions } = await import('../../src/scan/regions.js');
    const discovered = ['cn-north-1', 'eu-west-2', 'us-east-1', 'us-gov-east-1'];
    expect(selectRegions(discovered, { exclude: ['eu-west-2'] }, 'aws')).toEqual(['us-east-1']);
    expect(selectRegions(discovered, {}, 'aws-cn')).toEqual(['cn-north-1']);
    expect(selectRegions(discovered, { include: ['us-gov-east-1', 'us-east-1'] }, 'aws')).toEqual([
      'us-east-1',
      'us-gov-east-1',
    ]);
  });
});
