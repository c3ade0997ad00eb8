/**
 * Reads resource policies (S3 bucket policies, Lambda function policies, ...) for the two facts
 * rules need: which Allow statements grant access to anyone, and whether insecure transport is
 * denied. The whole document is kept in the inventory too, so rules can look further.
 */

export interface PublicStatementInfo {
  sid: string | null;
  actions: string[];
  /** `*` for `Principal: "*"` or `{"AWS": "*"}`; `NotPrincipal` for statements that use NotPrincipal. */
  principal: string;
}

/** Parses a policy document; IAM (and some other services) return it URL-encoded. */
export function parsePolicyDocument(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Fall through to the URL-encoded form.
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    throw new Error('the policy document is neither JSON nor URL-encoded JSON');
  }
  try {
    return JSON.parse(decoded) as unknown;
  } catch {
    throw new Error('the policy document is not valid JSON (also after URL-decoding)');
  }
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A policy element that may be one value or an array of them. */
function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function strings(value: unknown): string[] {
  return list(value).filter((v): v is string => typeof v === 'string');
}

function statementsOf(document: unknown): Json[] {
  if (!isObject(document)) return [];
  return list(document.Statement).filter(isObject);
}

/** Case-insensitive lookup of a field (policy authors write `effect`, `Effect`, ...; AWS is lenient). */
function field(object: Json, name: string): unknown {
  if (name in object) return object[name];
  const lower = name.toLowerCase();
  const key = Object.keys(object).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : object[key];
}

function hasEffect(statement: Json, effect: 'Allow' | 'Deny'): boolean {
  const value = field(statement, 'Effect');
  return typeof value === 'string' && value.toLowerCase() === effect.toLowerCase();
}

/** True for `"*"`, `{"AWS": "*"}` and `{"AWS": ["arn:...", "*"]}`. */
function isEveryone(principal: unknown): boolean {
  if (principal === '*') return true;
  if (!isObject(principal)) return false;
  return strings(field(principal, 'AWS')).includes('*');
}

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
function isWildcardOnly(value: string): boolean {
  return /^[*?]*$/.test(value.trim());
}

function restrictsOperator(operator: string): boolean {
  const lower = operator.toLowerCase();
  // ForAllValues: is true when the request has no value for the key at all (an anonymous caller has
  // no aws:PrincipalOrgID), and ...IfExists passes requests without the key: neither keeps anyone out.
  if (lower.startsWith('forallvalues:')) return false;
  const base = lower.replace(/^foranyvalue:/, '');
  return POSITIVE_OPERATORS.has(base) && !base.endsWith('ifexists');
}

function restrictsKey(key: string, values: unknown): boolean {
  const lowerKey = key.toLowerCase();
  if (!RESTRICTING_KEYS.has(lowerKey)) return false;
  const texts = list(values).map((v) => (typeof v === 'string' ? v : String(v)));
  if (texts.length === 0 || texts.some(isWildcardOnly)) return false;
  if (lowerKey === 'aws:sourceip' && texts.some((v) => OPEN_NETWORKS.has(v.trim()))) return false;
  return true;
}

/** Whether a statement's Condition limits who can use it to specific accounts, sources or networks. */
function isRestricted(statement: Json): boolean {
  const condition = field(statement, 'Condition');
  if (!isObject(condition)) return false;
  return Object.entries(condition).some(
    ([operator, clauses]) =>
      restrictsOperator(operator) &&
      isObject(clauses) &&
      Object.entries(clauses).some(([key, values]) => restrictsKey(key, values)),
  );
}

/**
 * Allow statements open to anyone: Principal `*` (or `{"AWS": "*"}`) or NotPrincipal, with no
 * condition on a key that restricts the caller (source account/ARN/VPC/IP, organization, principal).
 * A statement with NotAction is reported with actions `["*"]`: it grants everything but a few actions.
 */
export function publicStatements(document: unknown): PublicStatementInfo[] {
  const result: PublicStatementInfo[] = [];
  for (const statement of statementsOf(document)) {
    if (!hasEffect(statement, 'Allow')) continue;
    const notPrincipal = field(statement, 'NotPrincipal');
    const open = notPrincipal !== undefined ? true : isEveryone(field(statement, 'Principal'));
    if (!open || isRestricted(statement)) continue;
    const sid = field(statement, 'Sid');
    const actions = field(statement, 'NotAction') !== undefined ? ['*'] : strings(field(statement, 'Action'));
    result.push({
      sid: typeof sid === 'string' && sid !== '' ? sid : null,
      actions: [...new Set(actions)].sort(),
      principal: notPrincipal !== undefined ? 'NotPrincipal' : '*',
    });
  }
  return result;
}

function isFalse(value: unknown): boolean {
  return value === false || (typeof value === 'string' && value.trim().toLowerCase() === 'false');
}

/**
 * Whether the policy denies every caller (Principal `*` or `{"AWS": "*"}`) all S3 actions (`s3:*`
 * or `*`) over plain HTTP: a Deny with `Bool`/`BoolIfExists` `aws:SecureTransport` = false.
 */
export function deniesInsecureTransport(document: unknown): boolean {
  return statementsOf(document).some((statement) => {
    if (!hasEffect(statement, 'Deny') || !isEveryone(field(statement, 'Principal'))) return false;
    const actions = strings(field(statement, 'Action')).map((a) => a.toLowerCase());
    if (!actions.includes('s3:*') && !actions.includes('*')) return false;
    const condition = field(statement, 'Condition');
    if (!isObject(condition)) return false;
    return Object.entries(condition).some(([operator, clauses]) => {
      const op = operator.toLowerCase();
      if ((op !== 'bool' && op !== 'boolifexists') || !isObject(clauses)) return false;
      return Object.entries(clauses).some(
        ([key, values]) => key.toLowerCase() === 'aws:securetransport' && list(values).some(isFalse),
      );
    });
  });
}
