import { describe, expect, it } from '@jest/globals';
import { passwordPolicyMissing, passwordPolicyWeak } from '../../../src/rules/catalog/iam-password-policy.js';
import { run, account, user, type AccountAttributes } from '../../support/iam-inventory.js';
import { ACCOUNT, inventoryOf } from '../../support/inventory-builder.js';

describe('iam.password-policy-missing', () => {
  it('flags a missing policy as medium while IAM users have console passwords', () => {
    const [finding] = run(
      passwordPolicyMissing,
      inventoryOf([account(), user('alice', { passwordEnabled: true })]),
    );
    expect(finding?.severity).toBe('medium');
    expect(finding?.message).toContain(`Account ${ACCOUNT} (acme-prod) has no IAM password policy`);
    expect([finding?.references.fsbp, finding?.references.cis]).toEqual([['IAM.7'], ['2.7', '2.8']]);
  });

  it('is low when every user was read and none has a password; silent when the policy is unknown', () => {
    const [low] = run(
      passwordPolicyMissing,
      inventoryOf([account()], { emptyScopes: [{ type: 'iam:user', region: 'global' }] }),
    );
    expect(low?.severity).toBe('low');
    expect(low?.message).toContain('No IAM user of the account has a console password today.');
    expect(run(passwordPolicyMissing, inventoryOf([account({}, ['passwordPolicy'])]))).toEqual([]);
  });
});

describe('iam.password-policy-weak', () => {
  const strong: NonNullable<AccountAttributes['passwordPolicy']> = {
    minimumLength: 14,
    requireUppercase: true,
    requireLowercase: true,
    requireNumbers: true,
    requireSymbols: true,
    maxAgeDays: null,
    reusePrevention: 24,
    hardExpiry: false,
    allowUsersToChangePassword: true,
  };

  it('lists every weakness in one finding', () => {
    const [finding, ...rest] = run(
      passwordPolicyWeak,
      inventoryOf([
        account({
          passwordPolicy: {
            ...strong,
            minimumLength: 8,
            reusePrevention: null,
            requireSymbols: false,
            requireUppercase: false,
          },
        }),
      ]),
    );
    expect(rest).toEqual([]);
    expect(finding?.evidence.weaknesses).toEqual([
      'minimum length 8 (< 14)',
      'reuse prevention off (< 24 passwords)',
      'does not require uppercase letters, symbols',
    ]);
  });

  it('cites each control for the weaknesses it judges, at its own threshold (IAM.7: four classes, 8 characters)', () => {
    const cited = (policy: Partial<typeof strong>) =>
      run(passwordPolicyWeak, inventoryOf([account({ passwordPolicy: { ...strong, ...policy } })])).map(
        (f) => [f.references.fsbp, f.references.cis],
      );
    // 8 to 13 characters with every class passes IAM.7: only CIS 2.7 (14) is failed.
    expect(cited({ minimumLength: 8 })).toEqual([[[], ['2.7']]]);
    expect(cited({ minimumLength: 7 })).toEqual([[['IAM.7'], ['2.7']]]);
    expect(cited({ reusePrevention: 5 })).toEqual([[[], ['2.8']]]);
    expect(cited({ requireNumbers: false })).toEqual([[['IAM.7'], []]]);
  });

  it('accepts a strong policy and leaves a missing one to iam.password-policy-missing', () => {
    expect(run(passwordPolicyWeak, inventoryOf([account({ passwordPolicy: strong })]))).toEqual([]);
    expect(run(passwordPolicyWeak, inventoryOf([account({ passwordPolicy: null })]))).toEqual([]);
  });
});
