import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CreateVolumeCommand, EC2Client } from '@aws-sdk/client-ec2';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import type { AwsCredentialIdentity } from '@smithy/types';
import { startAwsProxy, type AwsProxy } from '../../bench/aws-proxy.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';

/**
 * The scan against moto behind a proxy that throttles, denies or never answers, as AWS can.
 * Each test points AWS_ENDPOINT_URL at its proxy while it scans, then restores it.
 */
describe('scan resilience: throttling, access denied and a hung region', () => {
  const account = uniqueAccountId();
  let credentials: AwsCredentialIdentity;
  const proxies: AwsProxy[] = [];
  const moto = process.env.AWS_ENDPOINT_URL ?? '';

  async function throughProxy<T>(
    options: Parameters<typeof startAwsProxy>[0],
    run: () => Promise<T>,
  ): Promise<T> {
    const proxy = await startAwsProxy(options);
    proxies.push(proxy);
    process.env.AWS_ENDPOINT_URL = proxy.endpoint;
    try {
      return await run();
    } finally {
      process.env.AWS_ENDPOINT_URL = moto;
    }
  }

  beforeAll(async () => {
    credentials = await accountCredentials(account);
    for (const region of ['us-east-1', 'eu-west-3']) {
      const ec2 = new EC2Client(seedConfig(region, credentials));
      for (let i = 0; i < 3; i += 1) {
        await ec2.send(
          new CreateVolumeCommand({ AvailabilityZone: `${region}a`, Size: 1 + i, VolumeType: 'gp3' }),
        );
      }
    }
    await new S3Client(seedConfig('us-east-1', credentials)).send(
      new CreateBucketCommand({ Bucket: `resilience-${account}` }),
    );
  });

  afterAll(async () => {
    await Promise.all(proxies.map((proxy) => proxy.close()));
  });

  it('rides out throttling with the SDK adaptive retry and loses nothing', async () => {
    const inventory = await throughProxy(
      { upstream: moto, rates: { ec2: { burst: 2, perSecond: 20 } } },
      () =>
        scanForTest(credentials, { regions: ['us-east-1', 'eu-west-3'], services: ['ec2'], maxAttempts: 10 }),
    );
    expect(inventory.errors).toEqual([]);
    expect(inventory.scan.stats.throttles).toBeGreaterThan(0);
    expect(inventory.scan.stats.retries).toBeGreaterThanOrEqual(inventory.scan.stats.throttles);
    expect(ofType(inventory, 'ec2:volume')).toHaveLength(6);
  });

  it('records a service that is denied, with the missing IAM action, while the rest completes', async () => {
    const inventory = await throughProxy({ upstream: moto, denyServices: ['ec2'] }, () =>
      scanForTest(credentials, { regions: ['us-east-1'], services: ['ec2', 's3'] }),
    );
    const denied = inventory.errors.filter((e) => e.service === 'ec2');
    expect(denied.length).toBeGreaterThan(0);
    expect(
      denied.every((e) => e.code === 'UnauthorizedOperation' && e.missingPermission?.startsWith('ec2:')),
    ).toBe(true);
    expect(denied.map((e) => e.missingPermission)).toContain('ec2:DescribeVolumes');
    expect(
      inventory.accounts[0]?.coverage.filter((c) => c.service === 'ec2').every((c) => c.status === 'failed'),
    ).toBe(true);
    expect(ofType(inventory, 's3:bucket').map((b) => b.id)).toContain(`resilience-${account}`);
    expect(
      inventory.accounts[0]?.coverage.filter((c) => c.service === 's3').every((c) => c.status === 'complete'),
    ).toBe(true);
  });

  it('abandons a hung region at its time budget and keeps every other region', async () => {
    const inventory = await throughProxy({ upstream: moto, hangRegions: ['eu-west-3'] }, () =>
      scanForTest(credentials, {
        regions: ['us-east-1', 'eu-west-3'],
        services: ['ec2'],
        regionTimeoutMs: 1_500,
        // The default pool: the hung region's first EC2 calls (about 20 at once) would fill the test
        // helper's 16 slots, and the healthy region would wait on them.
        maxConcurrency: 64,
        callTimeoutMs: 60_000,
      }),
    );
    const hung = inventory.errors.filter((e) => e.region === 'eu-west-3');
    expect(hung.length).toBeGreaterThan(0);
    expect(hung.every((e) => e.code === 'RegionTimeBudgetExceeded')).toBe(true);
    expect(inventory.errors.filter((e) => e.region !== 'eu-west-3')).toEqual([]);
    const volumes = ofType(inventory, 'ec2:volume');
    expect(volumes.map((v) => v.region)).toEqual(['us-east-1', 'us-east-1', 'us-east-1']);
    const coverage = inventory.accounts[0]?.coverage ?? [];
    expect(coverage.filter((c) => c.region === 'eu-west-3').every((c) => c.status === 'failed')).toBe(true);
    expect(
      coverage
        // moto does not serve the block public access settings: the region settings are partial there.
        .filter((c) => c.region === 'us-east-1' && c.resourceType !== 'ec2:region-settings')
        .every((c) => c.status === 'complete'),
    ).toBe(true);
  });
});
