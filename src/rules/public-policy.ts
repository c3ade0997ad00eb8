import type { PublicStatement } from '../policy/index.js';

/**
 * How the topic and queue rules word the statements of a resource policy open to anyone
 * (src/policy/public.ts decides which are): `Sid (actions for any principal)`.
 */
export const describePublicStatement = (s: PublicStatement): string =>
  `${s.sid ?? 'a statement without Sid'} (${s.actions.join(', ') || 'no action'} for ${s.principal === '*' ? 'any principal' : 'everyone but NotPrincipal'})`;

/**
 * Where these rules differ from Security Hub's public-policy controls (SNS.4, SQS.3), which reason
 * over the whole policy and pass only conditions with fixed values.
 */
export const PUBLIC_POLICY_DEVIATION =
  'Looser in one way: a caller-narrowing condition (aws:SourceArn, aws:SourceAccount, aws:SourceOwner, aws:SourceVpc(e), aws:PrincipalOrgID, aws:PrincipalAccount, aws:PrincipalArn, aws:SourceIp other than 0.0.0.0/0) with a value that is not a bare wildcard counts as narrowing here, even when the value holds a partial wildcard or a policy variable, which Security Hub fails. Conditions on other keys (such as sns:Endpoint or sns:Protocol) never narrow here.';
