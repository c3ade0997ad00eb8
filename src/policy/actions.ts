import type { Statement } from './document.js';
import { hasWildcard, wildcardMatcher } from './wildcard.js';

/** Whether an Action pattern (`s3:Get*`, `*`) covers the action; action names ignore case. */
export function actionMatches(pattern: string, action: string): boolean {
  return wildcardMatcher(pattern, { ignoreCase: true })(action);
}

/**
 * How much one Action pattern covers: `all` (`*`, `*:*`), a whole `service` (`s3:*`), `some`
 * actions of a service (`s3:Get*`), or `one`.
 */
export type ActionScope = 'all' | 'service' | 'some' | 'one';

export function actionScope(pattern: string): ActionScope {
  if (pattern === '*' || pattern === '*:*') return 'all';
  if (/^[A-Za-z0-9-]+:\*$/.test(pattern)) return 'service';
  return hasWildcard(pattern) ? 'some' : 'one';
}

/**
 * Whether a statement, Allow or Deny, is about the action: an Action pattern matches it, or
 * NotAction does not exclude it. Resources, principals and conditions are other questions.
 */
export function matchesAction(statement: Statement, action: string): boolean {
  if (statement.notAction !== null) return !statement.notAction.some((p) => actionMatches(p, action));
  return (statement.action ?? []).some((p) => actionMatches(p, action));
}

/** Whether an Allow statement grants the action (see matchesAction). */
export const allowsAction = (statement: Statement, action: string): boolean =>
  statement.effect === 'Allow' && matchesAction(statement, action);

/**
 * The Action patterns a statement grants, unique and sorted; `*` for a NotAction statement, which
 * grants everything but a few actions.
 */
export function actionsGranted(statement: Statement): string[] {
  return statement.notAction !== null ? ['*'] : [...new Set(statement.action ?? [])].sort();
}

/** An Allow of Action `*` on Resource `*`: every action on everything. */
export const allowsEverything = (statement: Statement): boolean =>
  statement.effect === 'Allow' &&
  (statement.action ?? []).some((p) => actionScope(p) === 'all') &&
  (statement.resource ?? []).includes('*');
