import { Type } from '@sinclair/typebox';
import { Nullable, StringList, resourceSchema } from '../schema-helpers.js';

/** A user pool's password policy, as DescribeUserPool gives it (absent flags are AWS's false). */
export const CognitoPasswordPolicy = Type.Object(
  {
    minLength: Nullable(Type.Integer()),
    requireUppercase: Type.Boolean(),
    requireLowercase: Type.Boolean(),
    requireNumbers: Type.Boolean(),
    requireSymbols: Type.Boolean(),
    /** Days an administrator-set temporary password stays valid (AWS's default: 7). */
    temporaryPasswordValidityDays: Nullable(Type.Integer()),
    passwordHistorySize: Nullable(Type.Integer()),
  },
  { additionalProperties: false },
);

/** An Amazon Cognito user pool. Every attribute but the trigger flag comes from DescribeUserPool. */
export const CognitoUserPool = resourceSchema('cognito:user-pool', {
  /** OFF, ON (required for everyone) or OPTIONAL (each user chooses). */
  mfaConfiguration: Nullable(Type.String()),
  passwordPolicy: Nullable(CognitoPasswordPolicy),
  /** Sign-in policy's allowed first factors (PASSWORD, EMAIL_OTP, SMS_OTP, WEB_AUTHN); AWS's default: PASSWORD only. */
  firstAuthFactors: Nullable(StringList),
  /** Threat protection for standard authentication: OFF, AUDIT or ENFORCED (absent add-ons: OFF). */
  advancedSecurityMode: Nullable(Type.String()),
  /** Threat protection for custom authentication: AUDIT or ENFORCED; null when the pool sets none. */
  customAuthSecurityMode: Nullable(Type.String()),
  /** ACTIVE or INACTIVE (absent: AWS's default, INACTIVE). */
  deletionProtection: Nullable(Type.String()),
  /** LITE, ESSENTIALS or PLUS (threat protection needs PLUS); null where the answer lacks it. */
  tier: Nullable(Type.String()),
  /** A DefineAuthChallenge Lambda trigger is set: the pool uses custom authentication. */
  customAuthTrigger: Type.Boolean(),
  estimatedUsers: Nullable(Type.Integer()),
});

/** An Amazon Cognito identity pool (federated identities). */
export const CognitoIdentityPool = resourceSchema('cognito:identity-pool', {
  /** Guests get an identity (and the unauthenticated role's credentials) without signing in. */
  allowUnauthenticated: Nullable(Type.Boolean()),
  /** The basic (classic) flow: identities may call AssumeRoleWithWebIdentity on any role trusting the pool. */
  allowClassicFlow: Nullable(Type.Boolean()),
  /** User pools and other providers users sign in with. */
  providers: StringList,
});

export const cognitoSchemas = [CognitoUserPool, CognitoIdentityPool] as const;
