import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import {
  CognitoIdentityClient,
  DescribeIdentityPoolCommand,
  ListIdentityPoolsCommand,
} from '@aws-sdk/client-cognito-identity';
import {
  CognitoIdentityProviderClient,
  DescribeUserPoolCommand,
  ListUserPoolsCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { cognitoCollector } from '../../../src/scan/collectors/cognito.js';
import { accessDenied, collect, ofType } from '../../support/collector-harness.js';

const idp = mockClient(CognitoIdentityProviderClient);
const identity = mockClient(CognitoIdentityClient);
afterEach(() => {
  idp.reset();
  identity.reset();
});
afterAll(() => {
  idp.restore();
  identity.restore();
});

const ARN = (id: string) => `arn:aws:cognito-idp:eu-west-2:111122223333:userpool/${id}`;

describe('the Cognito collector', () => {
  it('reads every page of user pools (60 a page), describes each, and reads identity pools', async () => {
    idp
      .on(ListUserPoolsCommand, { NextToken: undefined })
      .resolves({ NextToken: 'p2', UserPools: [{ Id: 'eu-west-2_a', Name: 'shop' }] })
      .on(ListUserPoolsCommand, { NextToken: 'p2' })
      .resolves({
        UserPools: [{ Id: 'eu-west-2_b', Name: 'staff', LambdaConfig: { DefineAuthChallenge: 'arn:x' } }],
      });
    // AWS's full answer for a hardened pool...
    idp.on(DescribeUserPoolCommand, { UserPoolId: 'eu-west-2_a' }).resolves({
      UserPool: {
        Id: 'eu-west-2_a',
        Arn: ARN('eu-west-2_a'),
        MfaConfiguration: 'ON',
        Policies: {
          PasswordPolicy: {
            MinimumLength: 12,
            RequireUppercase: true,
            RequireLowercase: true,
            RequireNumbers: true,
            RequireSymbols: true,
            TemporaryPasswordValidityDays: 3,
            PasswordHistorySize: 5,
          },
          SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'WEB_AUTHN'] },
        },
        UserPoolAddOns: {
          AdvancedSecurityMode: 'ENFORCED',
          AdvancedSecurityAdditionalFlows: { CustomAuthMode: 'ENFORCED' },
        },
        DeletionProtection: 'ACTIVE',
        UserPoolTier: 'PLUS',
        EstimatedNumberOfUsers: 1200,
      },
    });
    // ...and an answer that leaves the defaults out, as moto does.
    idp.on(DescribeUserPoolCommand, { UserPoolId: 'eu-west-2_b' }).resolves({
      UserPool: {
        Id: 'eu-west-2_b',
        Arn: ARN('eu-west-2_b'),
        Policies: { PasswordPolicy: { MinimumLength: 6 } },
        LambdaConfig: { DefineAuthChallenge: 'arn:x' },
      },
    });
    identity.on(ListIdentityPoolsCommand).resolves({
      IdentityPools: [{ IdentityPoolId: 'eu-west-2:guest', IdentityPoolName: 'guest' }],
    });
    identity.on(DescribeIdentityPoolCommand).resolves({
      IdentityPoolId: 'eu-west-2:guest',
      IdentityPoolName: 'guest',
      AllowUnauthenticatedIdentities: true,
      AllowClassicFlow: true,
      CognitoIdentityProviders: [{ ProviderName: 'cognito-idp.eu-west-2.amazonaws.com/eu-west-2_a' }],
    });
    const outcome = await collect(cognitoCollector);
    expect(outcome.errors).toEqual([]);
    expect(idp.commandCalls(ListUserPoolsCommand).map((c) => c.args[0].input.MaxResults)).toEqual([60, 60]);
    const pools = ofType(outcome, 'cognito:user-pool').sort((a, b) => a.id.localeCompare(b.id));
    expect(pools.map((p) => [p.id, p.name, p.arn])).toEqual([
      ['eu-west-2_a', 'shop', ARN('eu-west-2_a')],
      ['eu-west-2_b', 'staff', ARN('eu-west-2_b')],
    ]);
    expect(pools[0]?.attributes).toEqual({
      mfaConfiguration: 'ON',
      passwordPolicy: {
        minLength: 12,
        requireUppercase: true,
        requireLowercase: true,
        requireNumbers: true,
        requireSymbols: true,
        temporaryPasswordValidityDays: 3,
        passwordHistorySize: 5,
      },
      firstAuthFactors: ['PASSWORD', 'WEB_AUTHN'],
      advancedSecurityMode: 'ENFORCED',
      customAuthSecurityMode: 'ENFORCED',
      deletionProtection: 'ACTIVE',
      tier: 'PLUS',
      customAuthTrigger: false,
      estimatedUsers: 1200,
    });
    expect(pools[1]?.attributes).toMatchObject({
      mfaConfiguration: 'OFF',
      passwordPolicy: { minLength: 6, requireSymbols: false, temporaryPasswordValidityDays: 7 },
      firstAuthFactors: ['PASSWORD'],
      advancedSecurityMode: 'OFF',
      customAuthSecurityMode: null,
      deletionProtection: 'INACTIVE',
      customAuthTrigger: true,
    });
    const [guest] = ofType(outcome, 'cognito:identity-pool');
    expect(guest?.attributes).toEqual({
      allowUnauthenticated: true,
      allowClassicFlow: true,
      providers: ['cognito-idp.eu-west-2.amazonaws.com/eu-west-2_a'],
    });
  });

  it('leaves a pool whose description was denied unknown, never "off", and keeps the other type whole', async () => {
    idp.on(ListUserPoolsCommand).resolves({ UserPools: [{ Id: 'eu-west-2_a', Name: 'shop' }] });
    idp.on(DescribeUserPoolCommand).rejects(accessDenied('cognito-idp:DescribeUserPool'));
    identity.on(ListIdentityPoolsCommand).rejects(accessDenied('cognito-identity:ListIdentityPools'));
    const outcome = await collect(cognitoCollector);
    const [shop] = ofType(outcome, 'cognito:user-pool');
    expect(shop?.attributes.mfaConfiguration).toBeNull();
    expect(shop?.unknownAttributes).toEqual([
      'advancedSecurityMode',
      'customAuthSecurityMode',
      'deletionProtection',
      'estimatedUsers',
      'firstAuthFactors',
      'mfaConfiguration',
      'passwordPolicy',
      'tier',
    ]);
    expect([...outcome.partialTypes]).toEqual(['cognito:user-pool']);
    expect([...outcome.failedTypes]).toEqual(['cognito:identity-pool']);
  });

  it('skips a pool deleted between the listing and its description', async () => {
    idp.on(ListUserPoolsCommand).resolves({ UserPools: [{ Id: 'eu-west-2_gone' }] });
    idp
      .on(DescribeUserPoolCommand)
      .rejects(Object.assign(new Error('gone'), { name: 'ResourceNotFoundException', $metadata: {} }));
    identity.on(ListIdentityPoolsCommand).resolves({ IdentityPools: [] });
    const outcome = await collect(cognitoCollector);
    expect(outcome.resources).toEqual([]);
    expect(outcome.errors).toEqual([]);
  });
});
