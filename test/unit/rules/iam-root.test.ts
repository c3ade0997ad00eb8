import { describe, expect, it } from '@jest/globals';
import { rootAccessKeys, rootMfaDisabled } from '../../../src/rules/catalog/iam-root.js';
import { daysAgo, run, account } from '../../support/iam-inventory.js';
import { ACCOUNT, inventoryOf } from '../../support/inventory-builder.js';

describe('iam.root-mfa-disabled', () => {
  it('flags a root user without MFA, naming the account', () => {
    const [finding, ...rest] = run(rootMfaDisabled, inventoryOf([account()]));
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('critical');
    expect(finding?.message).toContain(`root user of account ${ACCOUNT} (acme-prod) has no MFA device`);
    expect(finding?.resource.arn).toBe(`arn:aws:iam::${ACCOUNT}:root`);
    // IAM.9 is a Security Hub control of CIS and NIST, not FSBP; FSBP's root MFA control is IAM.6.
    expect(finding?.references).toMatchObject({ fsbp: ['IAM.6'], cis: ['2.4', '2.5'] });
  });

  it('says nothing when root has MFA, when the credential report lacked root, or when root has no password', () => {
    expect(
      run(
        rootMfaDisabled,
        inventoryOf([
          account({
            root: { mfaActive: true, accessKeysActive: 0, passwordLastUsed: null, accessKeyLastUsed: null },
          }),
        ]),
      ),
    ).toEqual([]);
    expect(run(rootMfaDisabled, inventoryOf([account({ root: null }, ['root'])]))).toEqual([]);
    expect(
      run(
        rootMfaDisabled,
        inventoryOf([account({ summary: { AccountMFAEnabled: 0, AccountPasswordPresent: 0 } })]),
      ),
    ).toEqual([]);
  });
});

describe('iam.root-access-keys', () => {
  const root = (accessKeysActive: number) => ({
    mfaActive: true,
    accessKeysActive,
    passwordLastUsed: null,
    accessKeyLastUsed: accessKeysActive > 0 ? daysAgo(2) : null,
  });

  it('flags active root keys as critical', () => {
    const [finding] = run(rootAccessKeys, inventoryOf([account({ root: root(1) })]));
    expect(finding?.severity).toBe('critical');
    expect(finding?.message).toContain('has 1 active access key(s)');
  });

  it('reports inactive-only keys as high, and keys with an unknown state as critical', () => {
    const summary = { AccountAccessKeysPresent: 1 };
    const [inactive] = run(rootAccessKeys, inventoryOf([account({ root: root(0), summary })]));
    expect(inactive?.severity).toBe('high');
    expect(inactive?.message).toContain('all are inactive');
    const [unknown] = run(rootAccessKeys, inventoryOf([account({ root: null, summary }, ['root'])]));
    expect(unknown?.severity).toBe('critical');
    expect(unknown?.message).toContain('whether they are active is unknown');
  });

  it('says nothing without keys, or when neither source could be read', () => {
    expect(run(rootAccessKeys, inventoryOf([account({ root: root(0) })]))).toEqual([]);
    expect(
      run(rootAccessKeys, inventoryOf([account({ root: null, summary: {} }, ['root', 'summary'])])),
    ).toEqual([]);
  });
});
