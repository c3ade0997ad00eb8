import {
  CognitoIdentityClient,
  DescribeIdentityPoolCommand,
  paginateListIdentityPools,
  type IdentityPoolShortDescription,
} from '@aws-sdk/client-cognito-identity';
import {
  CognitoIdentityProviderClient,
  DescribeUserPoolCommand,
  paginateListUserPools,
  type UserPoolDescriptionType,
  type UserPoolType,
} from '@aws-sdk/client-cognito-identity-provider';
import type { AttributesOf, UnknownAttribute } from '../../inventory/resources/index.js';
import type { Collector, CollectorContext } from '../collector.js';
import { isoDate, makeResource, sortedStrings, text } from '../normalize.js';

const permissions = {
  ListUserPools: 'cognito-idp:ListUserPools',
  DescribeUserPool: 'cognito-idp:DescribeUserPool',
  ListIdentityPools: 'cognito-identity:ListIdentityPools',
  DescribeIdentityPool: 'cognito-identity:DescribeIdentityPool',
} as const;
type Operation = keyof typeof permissions;
type Context = CollectorContext<Operation>;
type PoolAttributes = AttributesOf<'cognito:user-pool'>;

/** What DescribeUserPool alone answers: unknown together when it fails. */
const DESCRIBED: readonly UnknownAttribute<'cognito:user-pool'>[] = [
  'mfaConfiguration',
  'passwordPolicy',
  'firstAuthFactors',
  'advancedSecurityMode',
  'customAuthSecurityMode',
  'deletionProtection',
  'tier',
  'estimatedUsers',
];

/**
 * The judged settings of a described pool. Absent values are AWS's defaults (moto leaves several
 * out): no add-ons is threat protection OFF, no deletion protection is INACTIVE, no sign-in policy
 * is password-only, and a password policy's missing flags are false.
 */
export function userPoolSettings(pool: UserPoolType): Omit<PoolAttributes, 'customAuthTrigger'> {
  const policy = pool.Policies?.PasswordPolicy;
  return {
    mfaConfiguration: text(pool.MfaConfiguration) ?? 'OFF',
    passwordPolicy: policy
      ? {
          minLength: policy.MinimumLength ?? null,
          requireUppercase: policy.RequireUppercase ?? false,
          requireLowercase: policy.RequireLowercase ?? false,
          requireNumbers: policy.RequireNumbers ?? false,
          requireSymbols: policy.RequireSymbols ?? false,
          temporaryPasswordValidityDays: policy.TemporaryPasswordValidityDays ?? 7,
          passwordHistorySize: policy.PasswordHistorySize ?? null,
        }
      : null,
    firstAuthFactors: sortedStrings(pool.Policies?.SignInPolicy?.AllowedFirstAuthFactors ?? ['PASSWORD']),
    advancedSecurityMode: text(pool.UserPoolAddOns?.AdvancedSecurityMode) ?? 'OFF',
    customAuthSecurityMode: text(pool.UserPoolAddOns?.AdvancedSecurityAdditionalFlows?.CustomAuthMode),
    deletionProtection: text(pool.DeletionProtection) ?? 'INACTIVE',
    tier: text(pool.UserPoolTier),
    estimatedUsers: pool.EstimatedNumberOfUsers ?? null,
  };
}

async function collectUserPool(
  ctx: Context,
  client: CognitoIdentityProviderClient,
  listed: UserPoolDescriptionType,
): Promise<void> {
  const id = listed.Id;
  if (!id) return;
  const answer = await ctx.read(
    'DescribeUserPool',
    () => client.send(new DescribeUserPoolCommand({ UserPoolId: id })),
    // Deleted between the listing and the read: gone, not unknown.
    { absentWhen: ['ResourceNotFoundException'], resourceId: id },
  );
  if (answer === null) return;
  const pool = answer?.UserPool;
  const settings: Omit<PoolAttributes, 'customAuthTrigger'> = pool
    ? userPoolSettings(pool)
    : {
        mfaConfiguration: null,
        passwordPolicy: null,
        firstAuthFactors: null,
        advancedSecurityMode: null,
        customAuthSecurityMode: null,
        deletionProtection: null,
        tier: null,
        estimatedUsers: null,
      };
  ctx.emit(
    makeResource(
      'cognito:user-pool',
      {
        arn: pool?.Arn ?? `arn:${ctx.partition}:cognito-idp:${ctx.region}:${ctx.account}:userpool/${id}`,
        id,
        name: text(listed.Name),
        account: ctx.account,
        region: ctx.scopeRegion,
        state: text(pool?.Status ?? listed.Status),
        createdAt: isoDate(listed.CreationDate),
      },
      {
        ...settings,
        customAuthTrigger: Boolean((pool?.LambdaConfig ?? listed.LambdaConfig)?.DefineAuthChallenge),
      },
      pool ? [] : DESCRIBED,
    ),
  );
}

async function collectUserPools(ctx: Context): Promise<void> {
  const client = ctx.client(CognitoIdentityProviderClient);
  const pools = await ctx.list(
    'ListUserPools',
    'cognito:user-pool',
    // MaxResults is required; 60 is the most a page holds.
    paginateListUserPools({ client, pageSize: 60 }, { MaxResults: 60 }),
    (page) => page.UserPools,
  );
  await ctx.each(pools, (pool) => collectUserPool(ctx, client, pool));
}

async function collectIdentityPool(
  ctx: Context,
  client: CognitoIdentityClient,
  listed: IdentityPoolShortDescription,
): Promise<void> {
  const id = listed.IdentityPoolId;
  if (!id) return;
  const pool = await ctx.read(
    'DescribeIdentityPool',
    () => client.send(new DescribeIdentityPoolCommand({ IdentityPoolId: id })),
    { absentWhen: ['ResourceNotFoundException'], resourceId: id },
  );
  if (pool === null) return;
  ctx.emit(
    makeResource(
      'cognito:identity-pool',
      {
        arn: `arn:${ctx.partition}:cognito-identity:${ctx.region}:${ctx.account}:identitypool/${id}`,
        id,
        name: text(listed.IdentityPoolName),
        account: ctx.account,
        region: ctx.scopeRegion,
        tags: pool?.IdentityPoolTags ?? {},
      },
      {
        allowUnauthenticated: pool?.AllowUnauthenticatedIdentities ?? null,
        // moto leaves the flag out; AWS's default is off.
        allowClassicFlow: pool ? (pool.AllowClassicFlow ?? false) : null,
        providers: sortedStrings([
          ...(pool?.CognitoIdentityProviders ?? []).map((p) => p.ProviderName),
          ...Object.keys(pool?.SupportedLoginProviders ?? {}),
          ...(pool?.OpenIdConnectProviderARNs ?? []),
          ...(pool?.SamlProviderARNs ?? []),
        ]),
      },
      pool ? [] : ['allowUnauthenticated', 'allowClassicFlow', 'providers'],
    ),
  );
}

async function collectIdentityPools(ctx: Context): Promise<void> {
  const client = ctx.client(CognitoIdentityClient);
  const pools = await ctx.list(
    'ListIdentityPools',
    'cognito:identity-pool',
    paginateListIdentityPools({ client, pageSize: 60 }, { MaxResults: 60 }),
    (page) => page.IdentityPools,
  );
  await ctx.each(pools, (pool) => collectIdentityPool(ctx, client, pool));
}

/**
 * Amazon Cognito, per region. User pools: ListUserPools (60 a page) and one DescribeUserPool each
 * (MFA, password and sign-in policies, threat protection and deletion protection are not in the
 * listing). Identity pools: ListIdentityPools (60 a page) and one DescribeIdentityPool each.
 */
export const cognitoCollector: Collector<Operation> = {
  service: 'cognito',
  scope: 'regional',
  permissions,
  resourceTypes: ['cognito:user-pool', 'cognito:identity-pool'],
  async collect(ctx) {
    await Promise.all([
      ctx.step(['cognito:user-pool'], () => collectUserPools(ctx)),
      ctx.step(['cognito:identity-pool'], () => collectIdentityPools(ctx)),
    ]);
  },
};
