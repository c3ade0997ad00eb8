/**
 * The policy library: IAM and resource-policy documents read once (document.ts) and asked about
 * actions, resources, principals and conditions. A low layer: it imports nothing of the scan, the
 * rules, the findings, the configuration or the rendering, so each of them can use it.
 */
export {
  labelOf,
  parsePolicyDocument,
  statementsOf,
  statementWithSid,
  type ConditionClause,
  type Principal,
  type Statement,
} from './document.js';
export {
  actionMatches,
  actionScope,
  actionsGranted,
  allowsAction,
  allowsEverything,
  matchesAction,
  type ActionScope,
} from './actions.js';
export { appliesWithoutTls, conditionValues, restrictsCaller } from './conditions.js';
export { isEveryone, namesOnlyServices, trustsOnlyServices } from './principals.js';
export { deniesInsecureTransport, isPublic, publicStatements, type PublicStatement } from './public.js';
export { isBroadResource, wildcardGrant, type WildcardGrant } from './grants.js';
export {
  anyAllowsEverything,
  broadGrant,
  coversBroadly,
  escalationPaths,
  ESCALATION_PATHS,
  type EscalationPath,
  type Grant,
  type NamedDocument,
} from './escalation.js';
export { hasWildcard, wildcardMatcher, type Matcher } from './wildcard.js';
export { decryptOnAllKeys, type AllKeysGrant } from './kms-keys.js';
export {
  oidcTrusts,
  providerOf,
  type OidcProvider,
  type OidcTrust,
  type SubjectReach,
} from './oidc-trust.js';
