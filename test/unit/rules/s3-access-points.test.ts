import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { Inventory } from '../../../src/inventory/document.js';
import type { AttributesOf } from '../../../src/inventory/resources/index.js';
import {
  accessPointPublicAccessBlockOff,
  multiRegionAccessPointPublicAccessBlockOff,
} from '../../../src/rules/catalog/s3-access-points.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import { inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const run = (rule: Rule, inventory: Inventory) => runRules(inventory, DEFAULT_CONFIG, [rule], NOW).findings;

type Block = AttributesOf<'s3:access-point'>['publicAccessBlock'];
const ALL_ON = {
  blockPublicAcls: true,
  ignorePublicAcls: true,
  blockPublicPolicy: true,
  restrictPublicBuckets: true,
};

const accessPoint = (name: string, publicAccessBlock: Block, unknownAttributes: string[] = []) =>
  resource(
    's3:access-point',
    name,
    { bucket: 'data', bucketAccountId: null, networkOrigin: 'Internet', publicAccessBlock },
    { name, unknownAttributes },
  );
const mrap = (name: string, publicAccessBlock: Block) =>
  resource(
    's3:multi-region-access-point',
    name,
    {
      alias: `${name}.mrap`,
      status: 'READY',
      publicAccessBlock,
      buckets: [{ bucket: 'data', region: 'eu-west-2' }],
    },
    { name, region: 'global' },
  );

describe('s3.access-point-public-access-block-off', () => {
  it('flags an access point with a setting off, or none, as critical (FSBP S3.19)', () => {
    const findings = run(
      accessPointPublicAccessBlockOff,
      inventoryOf([accessPoint('open', { ...ALL_ON, blockPublicPolicy: false }), accessPoint('none', null)]),
    );
    expect(findings.map((f) => [f.resource.id, f.severity, f.message])).toEqual([
      [
        'none',
        'critical',
        'S3 access point none (bucket data) does not block public access: blockPublicAcls, ignorePublicAcls, blockPublicPolicy, restrictPublicBuckets are off.',
      ],
      [
        'open',
        'critical',
        'S3 access point open (bucket data) does not block public access: blockPublicPolicy is off.',
      ],
    ]);
  });
  it('passes all four on, and does not judge settings that could not be read', () => {
    expect(
      run(
        accessPointPublicAccessBlockOff,
        inventoryOf([accessPoint('closed', ALL_ON), accessPoint('unread', null, ['publicAccessBlock'])]),
      ),
    ).toEqual([]);
  });
});

describe('s3.multi-region-access-point-public-access-block-off', () => {
  it('flags a Multi-Region Access Point with a setting off, as high (FSBP S3.24)', () => {
    const findings = run(
      multiRegionAccessPointPublicAccessBlockOff,
      inventoryOf([mrap('global', { ...ALL_ON, restrictPublicBuckets: false })]),
    );
    expect(findings.map((f) => [f.resource.id, f.severity, f.evidence])).toEqual([
      ['global', 'high', { settingsOff: ['restrictPublicBuckets'], buckets: ['data'] }],
    ]);
  });
  it('passes all four on', () => {
    expect(run(multiRegionAccessPointPublicAccessBlockOff, inventoryOf([mrap('closed', ALL_ON)]))).toEqual(
      [],
    );
  });
});
