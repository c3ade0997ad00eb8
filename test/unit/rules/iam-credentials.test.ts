import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import {
  accessKeyNotRotated,
  consoleUserWithoutMfa,
  credentialsUnused,
} from '../../../src/rules/catalog/iam-credentials.js';
import { daysAgo, run, key, user } from '../../support/iam-inventory.js';
import { inventoryOf } from '../../support/inventory-builder.js';

describe('iam.user-console-without-mfa', () => {
  it('flags a console user without MFA', () => {
    const [finding] = run(
      consoleUserWithoutMfa,
      inventoryOf([user('alice', { passwordEnabled: true, passwordLastUsed: daysAgo(2) })]),
    );
    expect(finding?.message).toContain(
      'IAM user alice can sign in to the console with a password and has no MFA',
    );
    expect(finding?.remediation.cli).toBe('aws iam delete-login-profile --user-name alice');
  });

  it('ignores users with MFA, without a password, or missing from the credential report', () => {
    const inventory = inventoryOf([
      user('bob', { passwordEnabled: true, mfaActive: true }),
      user('bot', { passwordEnabled: false }),
      user('new', { passwordEnabled: false, mfaActive: false }, ['mfaActive', 'passwordEnabled']),
    ]);
    expect(run(consoleUserWithoutMfa, inventory)).toEqual([]);
  });
});

describe('iam.access-key-not-rotated', () => {
  it('flags an active key older than 90 days, per slot', () => {
    const findings = run(
      accessKeyNotRotated,
      inventoryOf([user('ci', { accessKeys: [key(1, { lastRotated: daysAgo(200) }), key(2)] })]),
    );
    expect(findings.map((f) => f.subKey)).toEqual(['key-1']);
    expect(findings[0]?.message).toContain(
      'Access key 1 of IAM user ci is active and was created 200 days ago',
    );
    expect(findings[0]?.evidence).toMatchObject({ ageDays: 200, maxAgeDays: 90 });
    expect([findings[0]?.references.fsbp, findings[0]?.references.cis]).toEqual([['IAM.3'], ['2.13']]);
  });

  it('cites IAM.3 and CIS 2.13 only past their own 90 days under a lower threshold', () => {
    const config = {
      ...DEFAULT_CONFIG,
      thresholds: { ...DEFAULT_CONFIG.thresholds, accessKeyMaxAgeDays: 30 },
    };
    const findings = run(
      accessKeyNotRotated,
      inventoryOf([user('ci', { accessKeys: [key(1, { lastRotated: daysAgo(60) })] })]),
      config,
    );
    expect(findings.map((f) => [f.subKey, f.references.fsbp, f.references.cis])).toEqual([['key-1', [], []]]);
  });

  it('allows exactly 90 days, inactive keys, a raised threshold and unknown keys', () => {
    const inventory = inventoryOf([
      user('a', { accessKeys: [key(1, { lastRotated: daysAgo(90) })] }),
      user('b', { accessKeys: [key(1, { active: false, lastRotated: daysAgo(400) })] }),
      user('c', { accessKeys: [] }, ['accessKeys']),
    ]);
    expect(run(accessKeyNotRotated, inventory)).toEqual([]);
    const old = inventoryOf([user('d', { accessKeys: [key(1, { lastRotated: daysAgo(100) })] })]);
    expect(run(accessKeyNotRotated, old)).toHaveLength(1);
    const config = {
      ...DEFAULT_CONFIG,
      thresholds: { ...DEFAULT_CONFIG.thresholds, accessKeyMaxAgeDays: 180 },
    };
    expect(run(accessKeyNotRotated, old, config)).toEqual([]);
  });
});

describe('iam.credentials-unused', () => {
  it('flags a password unused for 45 days, and a never-used password set long ago', () => {
    const findings = run(
      credentialsUnused,
      inventoryOf([
        user('alice', {
          passwordEnabled: true,
          passwordLastUsed: daysAgo(45),
          passwordLastChanged: daysAgo(300),
        }),
        user('bob', { passwordEnabled: true, passwordLastUsed: null, passwordLastChanged: daysAgo(60) }),
      ]),
    );
    expect(findings.map((f) => [f.resource.id, f.subKey])).toEqual([
      ['alice', 'password'],
      ['bob', 'password'],
    ]);
    expect(findings[1]?.message).toContain('was never used; it was set 60 days ago');
  });

  it('flags active keys by last use, or by creation when never used', () => {
    const findings = run(
      credentialsUnused,
      inventoryOf([
        user('ci', {
          accessKeys: [
            key(1, { lastUsed: daysAgo(100), lastRotated: daysAgo(400) }),
            key(2, { lastUsed: null, lastRotated: daysAgo(50) }),
          ],
        }),
      ]),
    );
    // Unused for 90 days or more is high (and fails FSBP IAM.8); from 45 days, medium (CIS 2.11).
    expect(findings.map((f) => [f.subKey, f.severity, f.references.fsbp, f.references.cis])).toEqual([
      ['key-1', 'high', ['IAM.8'], ['2.11']],
      ['key-2', 'medium', [], ['2.11']],
    ]);
    expect(findings[0]?.message).toContain('last used 100 days ago');
    expect(findings[1]?.message).toContain('was never used; it was created 50 days ago');
  });

  it('is high past the high threshold even when the base threshold is set above it', () => {
    const config = {
      ...DEFAULT_CONFIG,
      thresholds: { ...DEFAULT_CONFIG.thresholds, unusedCredentialDays: 120, unusedCredentialHighDays: 90 },
    };
    const findings = run(
      credentialsUnused,
      inventoryOf([
        user('ci', { accessKeys: [key(1, { lastUsed: daysAgo(130), lastRotated: daysAgo(400) })] }),
      ]),
      config,
    );
    expect(findings.map((f) => f.severity)).toEqual(['high']);
    const below = run(
      credentialsUnused,
      inventoryOf([
        user('ci', { accessKeys: [key(1, { lastUsed: daysAgo(100), lastRotated: daysAgo(400) })] }),
      ]),
      config,
    );
    expect(below).toEqual([]);
  });

  it('ignores recent use, inactive keys, users without a password and unknown report data', () => {
    const inventory = inventoryOf([
      user('a', { passwordEnabled: true, passwordLastUsed: daysAgo(44), passwordLastChanged: daysAgo(400) }),
      user('b', {
        accessKeys: [key(1, { active: false, lastUsed: daysAgo(400) }), key(2, { lastUsed: daysAgo(3) })],
      }),
      user('c', { passwordEnabled: false, passwordLastChanged: daysAgo(400) }),
      user('d', { passwordEnabled: true, passwordLastChanged: daysAgo(400) }, ['passwordLastUsed']),
    ]);
    expect(run(credentialsUnused, inventory)).toEqual([]);
  });
});
