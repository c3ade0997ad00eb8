import { actionsGranted } from './actions.js';
import { appliesWithoutTls, restrictsCaller } from './conditions.js';
import { statementsOf, type Statement } from './document.js';
import { isEveryone } from './principals.js';

/** A statement of a resource policy open to anyone, as the inventory keeps it. */
export interface PublicStatement {
  sid: string | null;
  /** What it grants (see actionsGranted): `*` for a NotAction statement. */
  actions: string[];
  /** `*` for `Principal: "*"` or `{"AWS": "*"}`; `NotPrincipal` for statements that use NotPrincipal. */
  principal: string;
}

/**
 * An Allow open to anyone: Principal `*` (or `{"AWS": "*"}`) or NotPrincipal, with no condition on
 * a key that restricts the caller (source account/ARN/VPC/IP, organization, principal).
 */
export const isPublic = (statement: Statement): boolean =>
  statement.effect === 'Allow' &&
  (statement.notPrincipal !== null || isEveryone(statement.principal)) &&
  !restrictsCaller(statement);

/** The public statements of a resource policy (bucket, function, topic, queue, key, repository...). */
export function publicStatements(document: unknown): PublicStatement[] {
  return statementsOf(document)
    .filter(isPublic)
    .map((statement) => ({
      sid: statement.sid,
      actions: actionsGranted(statement),
      principal: statement.notPrincipal !== null ? 'NotPrincipal' : '*',
    }));
}

/**
 * Whether the policy denies every caller (Principal `*` or `{"AWS": "*"}`) every action of the
 * service (`s3:*` or `*`) over plain HTTP: a Deny with `Bool`/`BoolIfExists` `aws:SecureTransport` = false.
 */
export function deniesInsecureTransport(document: unknown, service: string): boolean {
  const everyAction = new Set(['*', `${service.toLowerCase()}:*`]);
  return statementsOf(document).some(
    (s) =>
      s.effect === 'Deny' &&
      isEveryone(s.principal) &&
      (s.action ?? []).some((a) => everyAction.has(a.toLowerCase())) &&
      appliesWithoutTls(s),
  );
}
