import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG, type AuditConfig } from '../../src/config/schema.js';
import type { Inventory } from '../../src/inventory/document.js';
import { regionWithoutAlarms } from '../../src/rules/catalog/cloudwatch.js';
import { requiredTagsMissing } from '../../src/rules/catalog/tags.js';
import { runRules } from '../../src/rules/engine.js';
import { defineRule } from '../../src/rules/model.js';
import { CoverageIndex, scopeOfFinding } from '../../src/rules/scopes.js';
import { ACCOUNT, bareBucket, inventoryOf, resource } from '../support/inventory-builder.js';

/**
 * A rule judges only what was read: it is evaluated where every type it reads was listed, its
 * hits anywhere else are dropped, and the outcome records per rule the scopes it judged and those
 * it could not, with the reason. This record is what lets a diff tell "resolved" from "unknown".
 */
const NOW = new Date('2026-11-25T12:00:00Z');

const volume = (id: string, region: string) =>
  resource(
    'ec2:volume',
    id,
    {
      sizeGiB: 8,
      volumeType: 'gp3',
      iops: null,
      throughput: null,
      encrypted: false,
      kmsKeyId: null,
      availabilityZone: null,
      snapshotId: null,
      attachments: [],
    },
    { region },
  );
const instance = (id: string, region: string) =>
  resource(
    'ec2:instance',
    id,
    {
      instanceType: 't3.micro',
      launchTime: null,
      stateTransitionTime: null,
      stateTransitionReason: null,
      publicIp: null,
      privateIp: null,
      imds: { httpTokens: 'required', httpEndpoint: 'enabled', hopLimit: 1 },
      securityGroupIds: [],
      vpcId: null,
      subnetId: null,
      volumeIds: [],
      iamInstanceProfileArn: null,
      platform: null,
      lifecycle: 'on-demand',
      rootDeviceType: 'ebs',
      networkInterfaceCount: 1,
      virtualizationType: 'hvm',
      userDataSecrets: null,
      activity: null,
    },
    { region, state: 'running' },
  );

const everyVolume = defineRule(
  {
    id: 'ec2.every-volume',
    title: 'Every volume, for scope tests',
    severity: 'low',
    category: 'hygiene',
    resourceType: 'ec2:volume',
    reads: ['ec2:volume'],
    consults: ['ec2:instance'],
    description: 'Reports every volume it is given, for the tests.',
    risk: 'None: only exercises the engine.',
    remediation: { text: 'Nothing to do.' },
  },
  (ctx) => ctx.resources('ec2:volume').map((v) => ({ target: v, message: v.id, evidence: {} })),
);

const run = (inventory: Inventory, config: AuditConfig = DEFAULT_CONFIG, rules = [everyVolume]) =>
  runRules(inventory, config, rules, NOW);
const scopes = (outcome: ReturnType<typeof run>, id: string) =>
  Object.fromEntries(
    (outcome.rules.find((r) => r.id === id)?.scopes ?? []).map((s) => [`${s.account}/${s.region}`, s.status]),
  );

describe('the scopes a rule judges', () => {
  const regions = ['eu-west-3', 'us-east-1'];

  it('judges a scope read completely, and records it as complete', () => {
    const outcome = run(
      inventoryOf([volume('vol-1', 'us-east-1'), volume('vol-2', 'eu-west-3')], {
        regions,
        emptyScopes: regions.map((region) => ({ type: 'ec2:instance' as const, region })),
      }),
    );
    expect(outcome.findings.map((f) => f.resource.id).sort()).toEqual(['vol-1', 'vol-2']);
    expect(scopes(outcome, 'ec2.every-volume')).toEqual({
      [`${ACCOUNT}/eu-west-3`]: 'complete',
      [`${ACCOUNT}/us-east-1`]: 'complete',
    });
  });

  it('drops what it found where its listing failed, and records the scope as failed', () => {
    const outcome = run(
      inventoryOf([volume('vol-1', 'us-east-1'), volume('vol-2', 'eu-west-3')], {
        regions,
        emptyScopes: regions.map((region) => ({ type: 'ec2:instance' as const, region })),
        // The listing in eu-west-3 failed after its first page: vol-2 was read, the rest was not.
        failedScopes: [{ type: 'ec2:volume', region: 'eu-west-3' }],
      }),
    );
    expect(outcome.findings.map((f) => f.resource.id)).toEqual(['vol-1']);
    expect(scopes(outcome, 'ec2.every-volume')[`${ACCOUNT}/eu-west-3`]).toBe('failed');
  });

  it('judges where a consulted type is missing, but only as partial', () => {
    const outcome = run(inventoryOf([volume('vol-1', 'us-east-1')], { regions: ['us-east-1'] }));
    expect(outcome.findings.map((f) => f.resource.id)).toEqual(['vol-1']);
    expect(scopes(outcome, 'ec2.every-volume')).toEqual({ [`${ACCOUNT}/us-east-1`]: 'partial' });
  });

  it('records the scopes of a service that was not scanned as not-scanned, judging nothing', () => {
    const outcome = run(inventoryOf([], { regions: ['us-east-1'] }));
    expect(outcome.findings).toEqual([]);
    expect(scopes(outcome, 'ec2.every-volume')).toEqual({ [`${ACCOUNT}/global`]: 'not-scanned' });
    // A finding of the rule anywhere in the account falls in a scope it did not judge.
    const rule = outcome.rules[0];
    expect(rule && scopeOfFinding(rule.scopes, ACCOUNT, 'us-east-1')).toBe('not-scanned');
  });

  it('records scopes the configuration leaves out as excluded, and reports nothing there', () => {
    const config: AuditConfig = { ...DEFAULT_CONFIG, scope: { regions: ['us-east-1'], services: null } };
    const outcome = run(
      inventoryOf([volume('vol-1', 'us-east-1'), volume('vol-2', 'eu-west-3')], {
        regions,
        emptyScopes: regions.map((region) => ({ type: 'ec2:instance' as const, region })),
      }),
      config,
    );
    expect(outcome.findings.map((f) => f.resource.id)).toEqual(['vol-1']);
    expect(scopes(outcome, 'ec2.every-volume')).toEqual({
      [`${ACCOUNT}/eu-west-3`]: 'excluded',
      [`${ACCOUNT}/us-east-1`]: 'complete',
    });
  });

  it('records a rule that failed as having judged nothing, with its error', () => {
    const broken = defineRule(
      { ...everyVolume.metadata, resourceType: 'ec2:volume', reads: ['ec2:volume'], id: 'ec2.broken' },
      () => {
        throw new Error('boom');
      },
    );
    const outcome = run(inventoryOf([volume('vol-1', 'us-east-1')]), DEFAULT_CONFIG, [broken]);
    expect(outcome.rules).toEqual([
      { id: 'ec2.broken', aliases: [], fingerprintId: 'ec2.broken', error: 'boom', scopes: [] },
    ]);
  });
});

describe('account-wide types and findings', () => {
  it('judges buckets, wherever they live, by the account-wide listing', () => {
    const bucketRule = defineRule(
      {
        ...everyVolume.metadata,
        id: 's3.every-bucket',
        resourceType: 's3:bucket',
        reads: ['s3:bucket'],
        consults: [],
      },
      (ctx) => ctx.resources('s3:bucket').map((b) => ({ target: b, message: b.id, evidence: {} })),
    );
    const listed = inventoryOf([bareBucket('logs', 'eu-west-3')]);
    const outcome = run(listed, DEFAULT_CONFIG, [bucketRule]);
    expect(outcome.findings.map((f) => f.region)).toEqual(['eu-west-3']);
    expect(scopes(outcome, 's3.every-bucket')).toEqual({ [`${ACCOUNT}/global`]: 'complete' });
    const failed = inventoryOf([bareBucket('logs', 'eu-west-3')], {
      failedScopes: [{ type: 's3:bucket', region: 'global' }],
    });
    expect(run(failed, DEFAULT_CONFIG, [bucketRule]).findings).toEqual([]);
  });

  it('is as complete, for a regional type, as its worst region', () => {
    const index = new CoverageIndex(
      inventoryOf([volume('vol-1', 'us-east-1')], {
        regions: ['eu-west-3', 'us-east-1'],
        failedScopes: [{ type: 'ec2:volume', region: 'eu-west-3' }],
      }),
    );
    expect(index.statusOf(ACCOUNT, 'ec2:volume', 'us-east-1')).toBe('complete');
    expect(index.statusOf(ACCOUNT, 'ec2:volume', 'global')).toBe('failed');
  });
});

describe('cloudwatch.region-without-alarms, the case that invented findings', () => {
  it('says nothing where the alarms could not be listed, though the region runs workloads', () => {
    const inventory = inventoryOf([instance('i-1', 'us-east-1')], {
      failedScopes: [{ type: 'cloudwatch:alarm', region: 'us-east-1' }],
    });
    const outcome = run(inventory, DEFAULT_CONFIG, [regionWithoutAlarms]);
    expect(outcome.findings).toEqual([]);
    expect(scopes(outcome, 'cloudwatch.region-without-alarms')[`${ACCOUNT}/us-east-1`]).toBe('failed');
  });

  it('reports a region whose alarms were listed as none, and records the scope as partial when some workloads were not listed', () => {
    const inventory = inventoryOf([instance('i-1', 'us-east-1')], {
      emptyScopes: [{ type: 'cloudwatch:alarm', region: 'us-east-1' }],
    });
    const outcome = run(inventory, DEFAULT_CONFIG, [regionWithoutAlarms]);
    expect(outcome.findings.map((f) => f.region)).toEqual(['us-east-1']);
    // RDS, Lambda, DynamoDB and NAT gateways were not listed: no finding there would prove nothing.
    expect(scopes(outcome, 'cloudwatch.region-without-alarms')[`${ACCOUNT}/us-east-1`]).toBe('partial');
  });
});

describe('rules over every type', () => {
  const config: AuditConfig = {
    ...DEFAULT_CONFIG,
    thresholds: { ...DEFAULT_CONFIG.thresholds, requiredTags: ['owner'] },
  };

  it('judge each resource by its own type, and a scope as partial where other types were not read', () => {
    const inventory = inventoryOf([volume('vol-1', 'us-east-1'), volume('vol-2', 'eu-west-3')], {
      regions: ['eu-west-3', 'us-east-1'],
      failedScopes: [{ type: 'ec2:volume', region: 'eu-west-3' }],
    });
    const outcome = run(inventory, config, [requiredTagsMissing]);
    expect(outcome.findings.map((f) => f.resource.id)).toEqual(['vol-1']);
    const recorded = scopes(outcome, 'tags.required-missing');
    expect(recorded[`${ACCOUNT}/us-east-1`]).toBe('partial');
    expect(recorded[`${ACCOUNT}/eu-west-3`]).toBe('failed');
  });
});
