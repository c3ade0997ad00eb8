import { allowsAction, matchesAction } from './actions.js';
import { labelOf, statementsOf, type Statement } from './document.js';
import { wildcardMatcher } from './wildcard.js';

/** The decryption actions FSBP KMS.1 and KMS.2 block on all keys (their blockedActionsPatterns). */
const DECRYPT_ACTIONS = ['kms:Decrypt', 'kms:ReEncryptFrom'] as const;

/** Where a policy allows decryption with every KMS key. */
export interface AllKeysGrant {
  /** The statement's label (see labelOf). */
  statement: string;
  actions: string[];
  /** The statement has a Condition, which the controls do not take into account. */
  conditioned: boolean;
}

/**
 * Two keys of different accounts and regions: a Resource pattern that names both names every key
 * (`*`, `arn:aws:kms:*:*:key/*`); one that stops at an account or a region does not.
 */
const probeKeys = (partition: string) => [
  `arn:${partition}:kms:us-east-1:111111111111:key/00000000-0000-0000-0000-000000000000`,
  `arn:${partition}:kms:eu-west-1:222222222222:key/ffffffff-ffff-ffff-ffff-ffffffffffff`,
];

function coversEveryKey(statement: Statement, partition: string): boolean {
  const keys = probeKeys(partition);
  const named = (patterns: readonly string[], key: string) => patterns.some((p) => wildcardMatcher(p)(key));
  if (statement.notResource !== null) return !keys.some((key) => named(statement.notResource ?? [], key));
  return keys.every((key) => named(statement.resource ?? [], key));
}

/** An unconditional Deny of the action on every key: a conditional one leaves the Allow in force where it does not apply. */
const deniesEverywhere = (statement: Statement, action: string, partition: string) =>
  statement.effect === 'Deny' &&
  statement.condition.length === 0 &&
  matchesAction(statement, action) &&
  coversEveryKey(statement, partition);

/**
 * The Allow statements that grant kms:Decrypt or kms:ReEncryptFrom on every KMS key, as KMS.1 and
 * KMS.2 judge them: an Allow's condition is not taken into account, and an action denied on every
 * key without a condition is not granted.
 */
export function decryptOnAllKeys(document: unknown, partition: string): AllKeysGrant[] {
  const statements = statementsOf(document);
  const actions = DECRYPT_ACTIONS.filter(
    (action) => !statements.some((s) => deniesEverywhere(s, action, partition)),
  );
  return statements
    .filter((s) => s.effect === 'Allow' && coversEveryKey(s, partition))
    .map((s) => ({
      statement: labelOf(s),
      actions: actions.filter((action) => allowsAction(s, action)),
      conditioned: s.condition.length > 0,
    }))
    .filter((grant) => grant.actions.length > 0);
}
