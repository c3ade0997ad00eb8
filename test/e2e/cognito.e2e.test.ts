import { beforeAll, describe, expect, it } from '@jest/globals';
import { CognitoIdentityClient, CreateIdentityPoolCommand } from '@aws-sdk/client-cognito-identity';
import {
  CognitoIdentityProviderClient,
  CreateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { Inventory } from '../../src/inventory/document.js';
import { validateInventory } from '../../src/inventory/validate.js';
import {
  identityPoolUnauthenticated,
  userPoolCustomAuthThreatProtectionOff,
  userPoolDeletionProtectionOff,
  userPoolMfaOff,
  userPoolPasswordPolicyWeak,
  userPoolThreatProtectionOff,
} from '../../src/rules/catalog/cognito.js';
import { runRules } from '../../src/rules/engine.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';

/**
 * Cognito against moto, in eu-west-1. `hardened` has MFA on, a strong password policy, threat
 * protection enforced for standard and custom authentication, and deletion protection; `defaults`
 * is created with nothing set (moto leaves the add-ons, deletion protection and MFA out of its
 * answer; the collector takes AWS's defaults: OFF, INACTIVE, OFF). Identity pools: `guests` allows
 * unauthenticated identities, `members` does not. moto does not return AllowClassicFlow (the
 * collector takes AWS's default, off); the unit test covers AWS's answer with the flag.
 */
describe('Cognito against moto', () => {
  const account = uniqueAccountId();
  let inventory: Inventory;

  beforeAll(async () => {
    const credentials = await accountCredentials(account);
    const idp = new CognitoIdentityProviderClient(seedConfig('eu-west-1', credentials));
    await idp.send(
      new CreateUserPoolCommand({
        PoolName: 'hardened',
        MfaConfiguration: 'ON',
        DeletionProtection: 'ACTIVE',
        UserPoolTier: 'PLUS',
        UserPoolAddOns: {
          AdvancedSecurityMode: 'ENFORCED',
          AdvancedSecurityAdditionalFlows: { CustomAuthMode: 'ENFORCED' },
        },
        Policies: {
          PasswordPolicy: {
            MinimumLength: 14,
            RequireUppercase: true,
            RequireLowercase: true,
            RequireNumbers: true,
            RequireSymbols: true,
            TemporaryPasswordValidityDays: 3,
          },
        },
      }),
    );
    await idp.send(
      new CreateUserPoolCommand({
        PoolName: 'defaults',
        Policies: { PasswordPolicy: { MinimumLength: 6, TemporaryPasswordValidityDays: 7 } },
      }),
    );
    const identity = new CognitoIdentityClient(seedConfig('eu-west-1', credentials));
    await identity.send(
      new CreateIdentityPoolCommand({ IdentityPoolName: 'guests', AllowUnauthenticatedIdentities: true }),
    );
    await identity.send(
      new CreateIdentityPoolCommand({ IdentityPoolName: 'members', AllowUnauthenticatedIdentities: false }),
    );
    inventory = await scanForTest(credentials, { regions: ['eu-west-1'], services: ['cognito'] });
  });

  it('reads each user pool with its description, and each identity pool', () => {
    expect(inventory.errors).toEqual([]);
    validateInventory(inventory, 'cognito e2e');
    const pools = Object.fromEntries(ofType(inventory, 'cognito:user-pool').map((p) => [p.name, p]));
    expect(Object.keys(pools).sort()).toEqual(['defaults', 'hardened']);
    expect(pools.hardened?.attributes).toMatchObject({
      mfaConfiguration: 'ON',
      advancedSecurityMode: 'ENFORCED',
      customAuthSecurityMode: 'ENFORCED',
      deletionProtection: 'ACTIVE',
      tier: 'PLUS',
      passwordPolicy: { minLength: 14, requireSymbols: true, temporaryPasswordValidityDays: 3 },
    });
    expect(pools.defaults?.attributes).toMatchObject({
      mfaConfiguration: 'OFF',
      advancedSecurityMode: 'OFF',
      customAuthSecurityMode: null,
      deletionProtection: 'INACTIVE',
      firstAuthFactors: ['PASSWORD'],
      passwordPolicy: { minLength: 6, requireUppercase: false },
    });
    const identityPools = Object.fromEntries(
      ofType(inventory, 'cognito:identity-pool').map((p) => [p.name, p]),
    );
    expect(identityPools.guests?.attributes).toEqual({
      allowUnauthenticated: true,
      allowClassicFlow: false,
      providers: [],
    });
    expect(identityPools.members?.attributes.allowUnauthenticated).toBe(false);
  });

  it('reports what each rule should, and nothing on the hardened pools', () => {
    const found = runRules(inventory, DEFAULT_CONFIG, [
      userPoolMfaOff,
      userPoolPasswordPolicyWeak,
      userPoolThreatProtectionOff,
      userPoolCustomAuthThreatProtectionOff,
      userPoolDeletionProtectionOff,
      identityPoolUnauthenticated,
    ]).findings.map((f) => `${f.ruleId} ${f.resource.name ?? f.resource.id} ${f.severity}`);
    expect(found.sort()).toEqual([
      'cognito.identity-pool-unauthenticated guests medium',
      'cognito.user-pool-custom-auth-threat-protection-off defaults low',
      'cognito.user-pool-deletion-protection-off defaults medium',
      'cognito.user-pool-mfa-off defaults medium',
      'cognito.user-pool-password-policy-weak defaults medium',
      'cognito.user-pool-threat-protection-off defaults medium',
    ]);
  });
});
