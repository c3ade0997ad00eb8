import { statementsOf, type Principal } from './document.js';

/** `"*"`, `{"AWS": "*"}` or an AWS list holding `*`: every principal, signed in or not. */
export function isEveryone(principal: Principal | null): boolean {
  return principal === '*' || (principal?.AWS ?? []).includes('*');
}

/** A principal that names AWS services and nothing else (no account, user, federation or anyone). */
export function namesOnlyServices(principal: Principal | null): boolean {
  if (principal === null || principal === '*') return false;
  const types = Object.keys(principal);
  return types.length > 0 && types.every((type) => type === 'Service');
}

/**
 * Whether only AWS services may assume a role with this trust policy: it has Allow statements, and
 * each names only service principals (NotPrincipal would let in everyone else).
 */
export function trustsOnlyServices(document: unknown): boolean {
  const allows = statementsOf(document).filter((s) => s.effect === 'Allow');
  return allows.length > 0 && allows.every((s) => s.notPrincipal === null && namesOnlyServices(s.principal));
}
