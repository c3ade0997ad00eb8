import type { ConditionClause, Statement } from './document.js';

/** Condition keys that tie a request to specific accounts, organizations, sources or networks. */
const RESTRICTING_KEYS = new Set(
  [
    'aws:SourceArn',
    'aws:SourceAccount',
    'aws:SourceOwner',
    'aws:SourceVpc',
    'aws:SourceVpce',
    'aws:PrincipalOrgID',
    'aws:PrincipalOrgPaths',
    'aws:PrincipalAccount',
    'aws:PrincipalArn',
    'aws:userid',
    'aws:SourceIp',
    // KMS key policies give `*` to the account's own principals with kms:CallerAccount.
    'kms:CallerAccount',
  ].map((k) => k.toLowerCase()),
);

/** Operators that only let requests through when the key matches the given values. */
const POSITIVE_OPERATORS = new Set(
  ['StringEquals', 'StringEqualsIgnoreCase', 'StringLike', 'ArnEquals', 'ArnLike', 'IpAddress', 'Bool'].map(
    (o) => o.toLowerCase(),
  ),
);

const OPEN_NETWORKS = new Set(['0.0.0.0/0', '::/0']);

/** `*`, `?`, `*?*`...: matches anything under the Like operators. */
const isWildcardOnly = (value: string) => /^[*?]*$/.test(value.trim());

function restrictsOperator(operator: string): boolean {
  const lower = operator.toLowerCase();
  // ForAllValues: is true when the request has no value for the key at all (an anonymous caller has
  // no aws:PrincipalOrgID), and ...IfExists passes requests without the key: neither keeps anyone out.
  if (lower.startsWith('forallvalues:')) return false;
  const base = lower.replace(/^foranyvalue:/, '');
  return POSITIVE_OPERATORS.has(base) && !base.endsWith('ifexists');
}

function restrictsKey({ key, values }: ConditionClause): boolean {
  const lowerKey = key.toLowerCase();
  if (!RESTRICTING_KEYS.has(lowerKey)) return false;
  if (values.length === 0 || values.some(isWildcardOnly)) return false;
  if (lowerKey === 'aws:sourceip' && values.some((v) => OPEN_NETWORKS.has(v.trim()))) return false;
  return true;
}

/** Whether a statement's Condition limits who can use it to specific accounts, sources or networks. */
export const restrictsCaller = (statement: Statement): boolean =>
  statement.condition.some((clause) => restrictsOperator(clause.operator) && restrictsKey(clause));

/** The values of one condition key under any operator (keys ignore case), as written. */
export function conditionValues(statement: Statement, key: string): string[] {
  const lower = key.toLowerCase();
  return statement.condition.filter((c) => c.key.toLowerCase() === lower).flatMap((c) => c.values);
}

const isFalse = (value: string) => value.trim().toLowerCase() === 'false';

/** A `Bool`/`BoolIfExists` `aws:SecureTransport` = false condition: the statement applies to plain HTTP. */
export const appliesWithoutTls = (statement: Statement): boolean =>
  statement.condition.some(
    ({ operator, key, values }) =>
      ['bool', 'boolifexists'].includes(operator.toLowerCase()) &&
      key.toLowerCase() === 'aws:securetransport' &&
      values.some(isFalse),
  );
