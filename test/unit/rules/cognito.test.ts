import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { AttributesOf } from '../../../src/inventory/resources/index.js';
import {
  identityPoolUnauthenticated,
  userPoolCustomAuthThreatProtectionOff,
  userPoolDeletionProtectionOff,
  userPoolMfaOff,
  userPoolPasswordPolicyWeak,
  userPoolThreatProtectionOff,
} from '../../../src/rules/catalog/cognito.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import { inventoryOf, resource } from '../../support/inventory-builder.js';

type Pool = AttributesOf<'cognito:user-pool'>;
type PasswordPolicy = NonNullable<Pool['passwordPolicy']>;

const STRONG: PasswordPolicy = {
  minLength: 8,
  requireUppercase: true,
  requireLowercase: true,
  requireNumbers: true,
  requireSymbols: true,
  temporaryPasswordValidityDays: 7,
  passwordHistorySize: null,
};

const pool = (id: string, more: Partial<Pool> = {}, unknownAttributes: string[] = []) =>
  resource(
    'cognito:user-pool',
    id,
    {
      mfaConfiguration: 'ON',
      passwordPolicy: STRONG,
      firstAuthFactors: ['PASSWORD'],
      advancedSecurityMode: 'ENFORCED',
      customAuthSecurityMode: 'ENFORCED',
      deletionProtection: 'ACTIVE',
      tier: 'PLUS',
      customAuthTrigger: false,
      estimatedUsers: 10,
      ...more,
    },
    { unknownAttributes },
  );

const identityPool = (
  id: string,
  more: Partial<AttributesOf<'cognito:identity-pool'>> = {},
  unknownAttributes: string[] = [],
) =>
  resource(
    'cognito:identity-pool',
    id,
    { allowUnauthenticated: false, allowClassicFlow: false, providers: [], ...more },
    { unknownAttributes },
  );

const run = (rule: Rule, resources: Parameters<typeof inventoryOf>[0]) =>
  runRules(inventoryOf(resources), DEFAULT_CONFIG, [rule]).findings;
const ids = (rule: Rule, resources: Parameters<typeof inventoryOf>[0]) =>
  run(rule, resources).map((f) => [f.resource.id, f.severity]);

describe('cognito.user-pool-mfa-off', () => {
  it('flags password-only pools without MFA ON: medium when OFF, low when OPTIONAL', () => {
    const findings = run(userPoolMfaOff, [
      pool('off', { mfaConfiguration: 'OFF' }),
      pool('optional', { mfaConfiguration: 'OPTIONAL' }),
    ]);
    expect(findings.map((f) => [f.resource.id, f.severity, f.references.fsbp])).toEqual([
      ['off', 'medium', ['Cognito.5']],
      ['optional', 'low', ['Cognito.5']],
    ]);
  });

  it('leaves MFA ON, pools with passwordless first factors (outside Cognito.5) and unknown settings', () => {
    expect(
      ids(userPoolMfaOff, [
        pool('on'),
        pool('passkeys', { mfaConfiguration: 'OFF', firstAuthFactors: ['PASSWORD', 'WEB_AUTHN'] }),
        pool('unknown', { mfaConfiguration: null }, ['mfaConfiguration']),
      ]),
    ).toEqual([]);
  });
});

describe('cognito.user-pool-password-policy-weak', () => {
  it("flags each shortfall from Cognito.3's defaults: length 8, four classes, 7-day temporary passwords", () => {
    const findings = run(userPoolPasswordPolicyWeak, [
      pool('short', { passwordPolicy: { ...STRONG, minLength: 6 } }),
      pool('plain', { passwordPolicy: { ...STRONG, requireSymbols: false, requireUppercase: false } }),
      pool('temp', { passwordPolicy: { ...STRONG, temporaryPasswordValidityDays: 30 } }),
    ]);
    expect(findings.map((f) => [f.resource.id, f.evidence.gaps])).toEqual([
      ['plain', ['uppercase letters not required', 'symbols not required']],
      ['short', ['minimum length 6 (under 8)']],
      ['temp', ['temporary passwords valid 30 days (over 7)']],
    ]);
    expect(findings[0]?.references.fsbp).toEqual(['Cognito.3']);
  });

  it('leaves policies at the threshold or stronger, and unread ones', () => {
    expect(
      ids(userPoolPasswordPolicyWeak, [
        pool('ok'),
        pool('long', { passwordPolicy: { ...STRONG, minLength: 16, temporaryPasswordValidityDays: 1 } }),
        pool('unknown', { passwordPolicy: null }, ['passwordPolicy']),
      ]),
    ).toEqual([]);
  });
});

describe('cognito.user-pool-threat-protection-off', () => {
  it('flags OFF and AUDIT (Cognito.1 passes ENFORCED only)', () => {
    expect(
      ids(userPoolThreatProtectionOff, [
        pool('off', { advancedSecurityMode: 'OFF', tier: 'ESSENTIALS' }),
        pool('audit', { advancedSecurityMode: 'AUDIT' }),
      ]),
    ).toEqual([
      ['audit', 'medium'],
      ['off', 'medium'],
    ]);
  });

  it('leaves enforced and unknown modes', () => {
    expect(
      ids(userPoolThreatProtectionOff, [
        pool('on'),
        pool('unknown', { advancedSecurityMode: null }, ['advancedSecurityMode']),
      ]),
    ).toEqual([]);
  });
});

describe('cognito.user-pool-custom-auth-threat-protection-off', () => {
  it('flags unset or AUDIT custom-auth modes: medium where a custom-auth trigger is set, low otherwise', () => {
    const findings = run(userPoolCustomAuthThreatProtectionOff, [
      pool('custom', { customAuthSecurityMode: 'AUDIT', customAuthTrigger: true }),
      pool('unset', { customAuthSecurityMode: null }),
    ]);
    expect(findings.map((f) => [f.resource.id, f.severity, f.references.fsbp])).toEqual([
      ['custom', 'medium', ['Cognito.4']],
      ['unset', 'low', ['Cognito.4']],
    ]);
  });

  it('leaves enforced and unread modes', () => {
    expect(
      ids(userPoolCustomAuthThreatProtectionOff, [
        pool('on', { customAuthTrigger: true }),
        pool('unknown', { customAuthSecurityMode: null }, ['customAuthSecurityMode']),
      ]),
    ).toEqual([]);
  });
});

describe('cognito.user-pool-deletion-protection-off', () => {
  it('flags INACTIVE deletion protection', () => {
    expect(
      run(userPoolDeletionProtectionOff, [pool('open', { deletionProtection: 'INACTIVE' })]).map((f) => [
        f.resource.id,
        f.references.fsbp,
      ]),
    ).toEqual([['open', ['Cognito.6']]]);
  });

  it('leaves ACTIVE and unknown', () => {
    expect(
      ids(userPoolDeletionProtectionOff, [
        pool('safe'),
        pool('unknown', { deletionProtection: null }, ['deletionProtection']),
      ]),
    ).toEqual([]);
  });
});

describe('cognito.identity-pool-unauthenticated', () => {
  it('flags guest access: high with the basic flow, medium without', () => {
    const findings = run(identityPoolUnauthenticated, [
      identityPool('guests', { allowUnauthenticated: true }),
      identityPool('classic', { allowUnauthenticated: true, allowClassicFlow: true }),
    ]);
    expect(findings.map((f) => [f.resource.id, f.severity, f.references.fsbp])).toEqual([
      ['classic', 'high', ['Cognito.2']],
      ['guests', 'medium', ['Cognito.2']],
    ]);
  });

  it('leaves pools without guest access (even with the basic flow) and unread ones', () => {
    expect(
      ids(identityPoolUnauthenticated, [
        identityPool('signed-in', { allowClassicFlow: true }),
        identityPool('unknown', { allowUnauthenticated: null }, ['allowUnauthenticated']),
      ]),
    ).toEqual([]);
  });
});
