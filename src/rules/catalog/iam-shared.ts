/**
 * What the IAM rule files share: how they name accounts and days, and how they describe wildcard
 * grants. No rule is defined here.
 */
import type { ResourceOfType } from '../../inventory/resources/index.js';
import { allowsEverything, statementsOf, wildcardGrant, type WildcardGrant } from '../../policy/index.js';

/** Roles that are administrators by design, managed by AWS services rather than by hand. */
const EXPECTED_ADMIN_ROLE_NAMES = new Set(['OrganizationAccountAccessRole', 'AWSControlTowerExecution']);

export function isExpectedAdminRole(role: ResourceOfType<'iam:role'>): boolean {
  return (
    role.attributes.isServiceLinked ||
    // IAM Identity Center creates AWSReservedSSO_* roles from permission sets, under this path.
    role.attributes.path.startsWith('/aws-reserved/') ||
    EXPECTED_ADMIN_ROLE_NAMES.has(role.id)
  );
}

export const accountLabel = (account: ResourceOfType<'iam:account'>) =>
  account.attributes.alias ? `${account.id} (${account.attributes.alias})` : account.id;

export const day = (iso: string | null) => (iso ? iso.slice(0, 10) : 'never');

export const quoted = (items: string[], max = 3) =>
  items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;

/** Whether a policy document allows every action on every resource (`*` on `*`). */
export const grantsEverything = (document: unknown): boolean => statementsOf(document).some(allowsEverything);

/** The wildcard grants of a policy document's Allow statements. */
export const wildcardGrantsOf = (document: unknown): WildcardGrant[] =>
  statementsOf(document).flatMap((s) => wildcardGrant(s) ?? []);

export function describeGrant(grant: WildcardGrant): string {
  const what =
    grant.kind === 'not-action'
      ? `every action except ${quoted(grant.actions) || 'none'} (NotAction)`
      : grant.kind === 'all-actions'
        ? 'every action of every service (*)'
        : `every action of ${quoted(grant.actions)}`;
  const where = grant.resourcesExcluded
    ? `every resource except ${quoted(grant.resources)}`
    : quoted(grant.resources) || 'no resource';
  return `${what} on ${where}`;
}

export const grantEvidence = (grants: WildcardGrant[]) =>
  grants.map((g) => ({
    statement: g.statement,
    kind: g.kind,
    [g.kind === 'not-action' ? 'notActions' : 'actions']: g.actions,
    [g.resourcesExcluded ? 'notResources' : 'resources']: g.resources,
    broadResources: g.broad,
  }));

/** medium for a whole service on broad resources, high for NotAction on broad ones, low otherwise. */
export function wideSeverity(grants: WildcardGrant[]): 'high' | 'medium' | 'low' {
  if (grants.some((g) => g.broad && g.kind !== 'service-wildcard')) return 'high';
  return grants.some((g) => g.broad) ? 'medium' : 'low';
}
