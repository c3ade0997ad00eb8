/**
 * Policy documents (IAM identity policies, trust policies, resource policies) read into one
 * normalised statement shape, so every question asked of them reads the same fields the same way.
 * Documents come from AWS but are written by people: any element may be missing, a single value
 * instead of a list, or spelled with other capitals; nothing here throws on a malformed one.
 */

/** `*`, or principal values by type (`AWS`, `Service`, `Federated`, `CanonicalUser`). */
export type Principal = '*' | Readonly<Record<string, readonly string[]>>;

/** One key of a Condition block: `{"StringEquals": {"aws:SourceAccount": ["1"]}}` is one clause. */
export interface ConditionClause {
  /** As written: `StringEquals`, `ForAnyValue:StringLike`, `BoolIfExists`... */
  readonly operator: string;
  /** As written: condition keys are case-insensitive (`AWS:SourceArn`). */
  readonly key: string;
  /** Booleans and numbers as text (`false` -> `'false'`), as AWS compares them. */
  readonly values: readonly string[];
}

/** A statement with its elements as lists; `null` where the element is absent. */
export interface Statement {
  /** 1-based place in the document's Statement list: names a statement without a Sid. */
  readonly position: number;
  /** Null when absent or empty. */
  readonly sid: string | null;
  /** Null for anything but Allow or Deny (any capitals). */
  readonly effect: 'Allow' | 'Deny' | null;
  readonly principal: Principal | null;
  readonly notPrincipal: Principal | null;
  readonly action: readonly string[] | null;
  readonly notAction: readonly string[] | null;
  readonly resource: readonly string[] | null;
  readonly notResource: readonly string[] | null;
  /** Empty when the statement has no (well-formed) Condition. */
  readonly condition: readonly ConditionClause[];
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
    // The message never echoes the text: a policy can hold secrets in its conditions.
    throw new Error('the policy document is not valid JSON (also after URL-decoding)');
  }
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A policy element written as one value or an array of them. */
const list = (value: unknown): unknown[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];

const strings = (value: unknown): string[] => list(value).filter((v): v is string => typeof v === 'string');

/** Element names are case-insensitive in practice (`effect`, `Effect`): the exact name first. */
function field(object: Json, name: string): unknown {
  if (name in object) return object[name];
  const lower = name.toLowerCase();
  const key = Object.keys(object).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : object[key];
}

/** A list element: null when absent, its strings otherwise (other values are dropped). */
const element = (statement: Json, name: string): string[] | null => {
  const value = field(statement, name);
  return value === undefined ? null : strings(value);
};

const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'];

/**
 * `"*"` stays `*`; a map gets its principal types spelled as AWS documents them. Anything else
 * present (another string, a list, null) is an empty map: present, so a NotPrincipal still counts,
 * but naming nobody.
 */
function principalOf(statement: Json, name: string): Principal | null {
  const value = field(statement, name);
  if (value === undefined) return null;
  if (value === '*') return '*';
  if (!isObject(value)) return {};
  const byType: Record<string, string[]> = {};
  for (const [key, values] of Object.entries(value)) {
    const type = PRINCIPAL_TYPES.find((t) => t.toLowerCase() === key.toLowerCase()) ?? key;
    byType[type] = [...(byType[type] ?? []), ...strings(values)];
  }
  return byType;
}

function conditionOf(statement: Json): ConditionClause[] {
  const condition = field(statement, 'Condition');
  if (!isObject(condition)) return [];
  return Object.entries(condition).flatMap(([operator, clauses]) =>
    isObject(clauses)
      ? Object.entries(clauses).map(([key, values]) => ({ operator, key, values: list(values).map(String) }))
      : [],
  );
}

function effectOf(statement: Json): Statement['effect'] {
  const value = field(statement, 'Effect');
  if (typeof value !== 'string') return null;
  const lower = value.toLowerCase();
  return lower === 'allow' ? 'Allow' : lower === 'deny' ? 'Deny' : null;
}

/** The statements of a document, normalised; none for anything that is not a policy document. */
export function statementsOf(document: unknown): Statement[] {
  if (!isObject(document)) return [];
  return list(field(document, 'Statement')).flatMap((statement, index): Statement[] => {
    if (!isObject(statement)) return [];
    const sid = field(statement, 'Sid');
    return [
      {
        position: index + 1,
        sid: typeof sid === 'string' && sid !== '' ? sid : null,
        effect: effectOf(statement),
        principal: principalOf(statement, 'Principal'),
        notPrincipal: principalOf(statement, 'NotPrincipal'),
        action: element(statement, 'Action'),
        notAction: element(statement, 'NotAction'),
        resource: element(statement, 'Resource'),
        notResource: element(statement, 'NotResource'),
        condition: conditionOf(statement),
      },
    ];
  });
}

/** The Sid, or `#n` (its 1-based place) for a statement without one: what messages call it. */
export const labelOf = (statement: Statement): string => statement.sid ?? `#${statement.position}`;

/** The first statement with this Sid (Lambda and most services keep Sids unique). */
export function statementWithSid(document: unknown, sid: string | null): Statement | undefined {
  return sid === null ? undefined : statementsOf(document).find((s) => s.sid === sid);
}
