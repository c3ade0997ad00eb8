import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { AttributesOf } from '../../../src/inventory/resources/index.js';
import {
  rotationFailing,
  rotationOff,
  secretNotRotated,
  secretUnused,
} from '../../../src/rules/catalog/secretsmanager.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import { inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
type Attributes = AttributesOf<'secretsmanager:secret'>;

const BASE: Attributes = {
  rotationEnabled: true,
  rotationDays: 30,
  rotationSchedule: null,
  lastRotatedAt: daysAgo(10),
  nextRotationAt: daysAgo(-20),
  lastAccessedAt: daysAgo(1),
  lastChangedAt: daysAgo(10),
  deletedAt: null,
  kmsKeyId: null,
  owningService: null,
  primaryRegion: null,
};

const secret = (id: string, more: Partial<Attributes> = {}, createdDaysAgo = 400) =>
  resource('secretsmanager:secret', id, { ...BASE, ...more }, { createdAt: daysAgo(createdDaysAgo) });

const run = (rule: Rule, resources: Parameters<typeof inventoryOf>[0], config = DEFAULT_CONFIG) =>
  runRules(inventoryOf(resources), config, [rule], NOW).findings;
const ids = (findings: ReturnType<typeof run>) => findings.map((f) => f.resource.id);

describe('secretsmanager.rotation-off', () => {
  it('reports a secret without automatic rotation, citing SecretsManager.1', () => {
    const findings = run(rotationOff, [secret('off', { rotationEnabled: false }), secret('on')]);
    expect(ids(findings)).toEqual(['off']);
    expect(findings[0]?.references.fsbp).toEqual(['SecretsManager.1']);
  });

  it('leaves replicas and secrets scheduled for deletion alone', () => {
    expect(
      run(rotationOff, [
        secret('replica', { rotationEnabled: false, primaryRegion: 'eu-west-1' }),
        secret('going', { rotationEnabled: false, deletedAt: daysAgo(2) }),
      ]),
    ).toEqual([]);
  });
});

describe('secretsmanager.rotation-failing', () => {
  it('reports rotation on with NextRotationDate more than a day past, or the schedule overdue without one', () => {
    const findings = run(rotationFailing, [
      secret('stuck', { nextRotationAt: daysAgo(5), lastRotatedAt: daysAgo(35) }),
      secret('no-next-date', { nextRotationAt: null, lastRotatedAt: daysAgo(40), rotationDays: 30 }),
    ]);
    expect(ids(findings)).toEqual(['no-next-date', 'stuck']);
    expect(findings.find((f) => f.resource.id === 'stuck')?.message).toBe(
      `Secret stuck has rotation on but was due by ${daysAgo(5).slice(0, 10)} (5 days ago) and last rotated ${daysAgo(35).slice(0, 10)}: its rotation is failing.`,
    );
  });

  it('gives a rotation its day of grace, and judges neither rotation off nor a never-rotated secret without a date', () => {
    expect(
      run(rotationFailing, [
        secret('due-today', { nextRotationAt: daysAgo(0.5) }),
        secret('on-time'),
        secret('off', { rotationEnabled: false, nextRotationAt: daysAgo(50) }),
        secret('fresh', { nextRotationAt: null, lastRotatedAt: null }),
        secret('going', { nextRotationAt: daysAgo(50), deletedAt: daysAgo(1) }),
      ]),
    ).toEqual([]);
  });
});

describe('secretsmanager.secret-unused', () => {
  it('reports a secret not accessed for more than 90 days (never accessed: since creation), with its $0.40 a month', () => {
    const findings = run(secretUnused, [
      secret('stale', { lastAccessedAt: daysAgo(120) }),
      secret('never', { lastAccessedAt: null }, 100),
      secret('used'),
      secret('new-never-used', { lastAccessedAt: null }, 10),
    ]);
    expect(ids(findings)).toEqual(['never', 'stale']);
    const stale = findings.find((f) => f.resource.id === 'stale');
    expect(stale?.references.fsbp).toEqual(['SecretsManager.3']);
    expect(stale?.cost).toMatchObject({ monthlyUsd: 0.4, avoidable: true });
    expect(stale?.cost?.prices[0]).toMatchObject({ item: 'secretsmanager.secret', unit: 'secret-month' });
  });

  it('follows thresholds.secretUnusedDays, citing SecretsManager.3 only past its own 90 days', () => {
    const config = { ...DEFAULT_CONFIG, thresholds: { ...DEFAULT_CONFIG.thresholds, secretUnusedDays: 30 } };
    const findings = run(secretUnused, [secret('month', { lastAccessedAt: daysAgo(45) })], config);
    expect(ids(findings)).toEqual(['month']);
    expect(findings[0]?.references.fsbp).toEqual([]);
    expect(
      run(secretUnused, [secret('going', { lastAccessedAt: daysAgo(200), deletedAt: daysAgo(1) })]),
    ).toEqual([]);
  });
});

describe('secretsmanager.secret-not-rotated', () => {
  it('reports a secret last rotated (or created, never rotated) more than 90 days ago, citing SecretsManager.4', () => {
    const findings = run(secretNotRotated, [
      secret('old', { lastRotatedAt: daysAgo(100) }),
      secret('never', { rotationEnabled: false, lastRotatedAt: null }, 95),
      secret('recent'),
      secret('young', { rotationEnabled: false, lastRotatedAt: null }, 30),
    ]);
    expect(ids(findings)).toEqual(['never', 'old']);
    expect(findings.map((f) => f.references.fsbp)).toEqual([['SecretsManager.4'], ['SecretsManager.4']]);
  });

  it('follows thresholds.secretMaxAgeDays and leaves replicas alone', () => {
    const config = { ...DEFAULT_CONFIG, thresholds: { ...DEFAULT_CONFIG.thresholds, secretMaxAgeDays: 30 } };
    const findings = run(
      secretNotRotated,
      [
        secret('month', { lastRotatedAt: daysAgo(45) }),
        secret('replica', { lastRotatedAt: daysAgo(200), primaryRegion: 'eu-west-1' }),
      ],
      config,
    );
    expect(ids(findings)).toEqual(['month']);
    expect(findings[0]?.references.fsbp).toEqual([]);
  });
});
