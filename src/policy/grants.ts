import { actionScope, allowsEverything } from './actions.js';
import { labelOf, type Statement } from './document.js';

/**
 * A Resource that names every resource of its kind: `*`, or an ARN whose resource part is a bare
 * wildcard, optionally after a resource type (`table/*`, `function:*`, `role/*`). S3 ARNs have no
 * resource type (`arn:aws:s3:::bucket/key`), so there only a leading wildcard counts.
 */
export function isBroadResource(resource: string): boolean {
  if (resource === '*') return true;
  const parts = resource.split(':');
  if (parts[0] !== 'arn' || parts.length < 6) return false;
  const resourcePart = parts.slice(5).join(':');
  if (parts[2] === 's3') return resourcePart.startsWith('*');
  return /^(?:[A-Za-z][A-Za-z0-9-]*[/:])?\*(?:[/:].*)?$/.test(resourcePart);
}

/** What an Allow grants beyond named actions: a whole service, every action, or all but some. */
export interface WildcardGrant {
  /** The statement's label (see labelOf). */
  statement: string;
  kind: 'service-wildcard' | 'all-actions' | 'not-action';
  /** The wildcard actions, or for `not-action` the actions it leaves out. */
  actions: string[];
  resources: string[];
  /** Resources are written as NotResource: everything except them. */
  resourcesExcluded: boolean;
  /** NotResource, or a Resource that names every resource of its kind. */
  broad: boolean;
}

/**
 * The wildcard grant of a statement; null for a Deny, for named actions and prefixes (`s3:Get*`),
 * and for `*` on `*`, which allowsEverything answers.
 */
export function wildcardGrant(statement: Statement): WildcardGrant | null {
  if (statement.effect !== 'Allow' || allowsEverything(statement)) return null;
  const resourcesExcluded = statement.notResource !== null;
  const resources = [...(statement.notResource ?? statement.resource ?? [])];
  const broad = resourcesExcluded || resources.some(isBroadResource);
  const base = { statement: labelOf(statement), resources, resourcesExcluded, broad };
  if (statement.notAction !== null) return { ...base, kind: 'not-action', actions: [...statement.notAction] };
  const actions = statement.action ?? [];
  const all = actions.filter((a) => actionScope(a) === 'all');
  if (all.length > 0) return { ...base, kind: 'all-actions', actions: all };
  const services = actions.filter((a) => actionScope(a) === 'service');
  return services.length > 0 ? { ...base, kind: 'service-wildcard', actions: services } : null;
}
