import { describe, expect, it } from '@jest/globals';
import { partition } from '@aws-sdk/core/client';
import { sdkPartitions } from '../../scripts/sdk-partitions.js';
import { PARTITIONS } from '../../src/scan/partitions.js';
import {
  checkRegionCodes,
  closestRegions,
  editDistance,
  regionCodeStatus,
} from '../../src/scan/region-codes.js';
import { UsageError } from '../../src/usage-error.js';

describe('the region list (src/scan/partitions.ts)', () => {
  it('is the installed AWS SDK partition data: after an SDK upgrade, run npm run regions', () => {
    expect(PARTITIONS).toEqual(sdkPartitions());
  });

  it('holds regions the SDK itself resolves as listed ones, in every partition', () => {
    const regions = PARTITIONS.flatMap((p) => Object.keys(p.regions).map((region) => [p.id, region]));
    expect(regions.length).toBeGreaterThan(30);
    for (const [id, region] of regions) {
      expect({ region, ...partition(region ?? '') }).toMatchObject({
        region,
        name: id,
        description: expect.any(String),
      });
    }
    expect(PARTITIONS.map((p) => p.id)).toEqual(expect.arrayContaining(['aws', 'aws-cn', 'aws-us-gov']));
  });
});

describe('regionCodeStatus', () => {
  it.each([
    ['us-east-1', 'known'],
    ['cn-northwest-1', 'known'],
    ['us-gov-west-1', 'known'],
    ['eusc-de-east-1', 'known'],
    // Launched after this SDK: the partition's pattern, and a direction word regions use.
    ['eu-central-3', 'new'],
    ['us-gov-central-1', 'new'],
    ['ap-southeast-12', 'new'],
    // Shaped like a region, but a typo or an invention.
    ['us-est-1', 'unknown'],
    ['eu-wset-2', 'unknown'],
    ['xx-east-1', 'unknown'],
    ['aws-global', 'malformed'],
    ['us-east-1a', 'malformed'],
    ['US-EAST-1', 'malformed'],
    ['', 'malformed'],
  ])('%p is %p', (name, status) => {
    expect(regionCodeStatus(name)).toBe(status);
  });
});

describe('did you mean', () => {
  it('measures edits', () => {
    expect(editDistance('us-est-1', 'us-east-1')).toBe(1);
    expect(editDistance('eu-wset-2', 'eu-west-2')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('offers the closest known regions, three edits away at most', () => {
    expect(closestRegions('eu-west')).toEqual(['eu-west-1', 'eu-west-2', 'eu-west-3']);
    expect(closestRegions('ap-southeast-2a')).toEqual(['ap-southeast-2']);
    expect(closestRegions('mars-1')).toEqual([]);
  });

  it('fails with one usage error for every bad name, and passes good ones', () => {
    expect(() => checkRegionCodes(['us-east-1', 'eu-central-3'], 'regions')).not.toThrow();
    expect(() => checkRegionCodes(['mars-1', 'us-est-1'], '--regions')).toThrow(
      new UsageError(
        "--regions: 'mars-1' is not a region code like us-east-1 or eu-west-2; " +
          "'us-est-1' is not an AWS region (did you mean us-east-1 or us-west-1?)",
      ),
    );
  });
});
