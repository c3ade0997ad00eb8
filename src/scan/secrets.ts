/**
 * Finds plaintext secrets in environment variables (Lambda functions, ...). Only variable names
 * and the kind of secret leave this module: values are never returned, logged or put in errors.
 */

export type SecretKind =
  | 'private-key'
  | 'aws-access-key-id'
  | 'stripe-live-key'
  | 'github-token'
  | 'slack-token'
  | 'slack-webhook'
  | 'anthropic-api-key'
  | 'openai-api-key'
  | 'jwt'
  | 'url-credentials'
  | 'aws-secret-access-key'
  | 'high-entropy-secret-name';

export interface SecretFinding {
  variable: string;
  kind: SecretKind;
}

/** Name-based detection needs a value at least this long... */
export const MIN_SECRET_LENGTH = 12;
/** ...and at least this much Shannon entropy per character (random text: ~4 and more). */
export const MIN_SECRET_ENTROPY = 3.5;

/** Value formats that are secrets whatever the variable is called, most specific first. */
const VALUE_PATTERNS: readonly { kind: SecretKind; pattern: RegExp }[] = [
  { kind: 'private-key', pattern: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----/ },
  { kind: 'aws-access-key-id', pattern: /(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/ },
  // Live secret and restricted keys; test-mode (sk_test_) and publishable (pk_live_) keys are not secrets.
  { kind: 'stripe-live-key', pattern: /(?<![A-Za-z0-9])(?:sk|rk)_live_[A-Za-z0-9]{10,}/ },
  {
    kind: 'github-token',
    pattern: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{22,})(?![A-Za-z0-9_])/,
  },
  { kind: 'slack-token', pattern: /(?<![A-Za-z0-9])xox[abprs]-[A-Za-z0-9-]{10,}/ },
  {
    kind: 'slack-webhook',
    pattern: /hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9/_-]{20,}/,
  },
  { kind: 'anthropic-api-key', pattern: /(?<![A-Za-z0-9_-])sk-ant-[A-Za-z0-9_-]{20,}/ },
  // Legacy `sk-` + 48 characters, and the project/service-account/admin forms.
  {
    kind: 'openai-api-key',
    pattern:
      /(?<![A-Za-z0-9_-])sk-(?:(?:proj|svcacct|admin)-)?(?=[A-Za-z0-9_-]*[0-9])(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{20,}/,
  },
  // Header and payload are base64url JSON objects (`{"` encodes as `eyJ`), then a signature.
  {
    kind: 'jwt',
    pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{10,}/,
  },
];

/** scheme://user:password@host, with a password that is not a placeholder (`${DB_PASSWORD}`, `****`). */
function hasUrlCredentials(value: string): boolean {
  for (const match of value.matchAll(/[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s/:@]*:([^\s/@]+)@[^\s/@]/g)) {
    const password = match[1] ?? '';
    if (!/^(?:\$\{[^}]*\}|\{\{[^}]*\}\}|<[^>]*>|%s|\*+|x+)$/i.test(password)) return true;
  }
  return false;
}

/** Name parts that say "this holds a secret" (matched on the lowercased name with separators removed). */
const SECRET_NAME_PARTS = [
  'password',
  'passwd',
  'passphrase',
  'secret',
  'token',
  'apikey',
  'privatekey',
  'credential',
  'accesskey',
  'signingkey',
  'encryptionkey',
];
/** Whole words of a name that say the same (too short to match inside other words: AUTHOR, PASSPORT). */
const SECRET_NAME_WORDS = new Set(['auth', 'oauth', 'pwd', 'pass', 'creds']);
/** A last word that says the variable names or points at a secret rather than holding one. */
const REFERENCE_NAME_WORDS = new Set([
  'arn',
  'name',
  'id',
  'path',
  'param',
  'parameter',
  'url',
  'uri',
  'endpoint',
  'region',
  'file',
  'ttl',
  'length',
  'enabled',
  'header',
  'type',
  'version',
]);

/** NAME_LIKE_THIS, nameLikeThis, name-like.this -> words. */
function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/** The name says it holds a secret (`DB_PASSWORD`, `/prod/api/token`), and does not merely point at one (`..._ARN`). */
export function nameSuggestsSecret(name: string): boolean {
  const words = nameWords(name);
  const last = words[words.length - 1];
  if (last !== undefined && REFERENCE_NAME_WORDS.has(last)) return false;
  const joined = words.join('');
  return (
    SECRET_NAME_PARTS.some((part) => joined.includes(part)) || words.some((w) => SECRET_NAME_WORDS.has(w))
  );
}

function nameSuggestsAwsSecretKey(name: string): boolean {
  const joined = nameWords(name).join('');
  return joined.includes('secret') || (joined.includes('aws') && joined.includes('key'));
}

/** Shannon entropy in bits per character. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  const length = [...value].length;
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

/** Ciphertext from KMS (Lambda's encryption helpers store it in the variable): not plaintext. */
function isKmsCiphertext(value: string): boolean {
  return /^AQ[IE]CAH[A-Za-z0-9+/]+=*$/.test(value);
}

/** Values that point at a secret (or are plainly not one) rather than being one. */
function isReferenceOrPlain(value: string): boolean {
  return (
    /^arn:aws[a-z-]*:/i.test(value) || // Secrets Manager, SSM, KMS ... ARNs
    value.startsWith('/') || // SSM parameter paths, file paths
    value.includes('{{resolve:') || // CloudFormation dynamic references
    /^\$\{[^}]*\}$/.test(value) || // unresolved ${...} placeholders
    /^alias\//.test(value) || // KMS aliases
    /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(value) || // URLs (the credentials case is matched before)
    /^(?:true|false|yes|no|on|off|null|none)$/i.test(value) ||
    /^[-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?$/i.test(value)
  );
}

/**
 * A value that could be a secret itself: not empty, not KMS ciphertext, not a reference (ARN, path,
 * dynamic reference, placeholder, URL), a boolean or a number. With a secret-like name (see
 * nameSuggestsSecret), such a value is taken as a secret whatever its length or entropy.
 */
export function mayBeSecretValue(rawValue: string): boolean {
  const value = rawValue.trim();
  return value !== '' && !isKmsCiphertext(value) && !isReferenceOrPlain(value);
}

function isAwsSecretAccessKey(value: string): boolean {
  return (
    /^[A-Za-z0-9/+]{40}$/.test(value) &&
    /[A-Z]/.test(value) &&
    /[a-z]/.test(value) &&
    shannonEntropy(value) >= 4
  );
}

function classify(name: string, rawValue: string): SecretKind | null {
  const value = rawValue.trim();
  if (value === '' || isKmsCiphertext(value)) return null;
  for (const { kind, pattern } of VALUE_PATTERNS) if (pattern.test(value)) return kind;
  if (hasUrlCredentials(value)) return 'url-credentials';
  if (isReferenceOrPlain(value)) return null;
  if (nameSuggestsAwsSecretKey(name) && isAwsSecretAccessKey(value)) return 'aws-secret-access-key';
  if (
    nameSuggestsSecret(name) &&
    [...value].length >= MIN_SECRET_LENGTH &&
    shannonEntropy(value) >= MIN_SECRET_ENTROPY
  ) {
    return 'high-entropy-secret-name';
  }
  return null;
}

/**
 * The variables that hold a plaintext secret, with the most specific kind of each, sorted by name.
 * Name-based detection only flags values of at least MIN_SECRET_LENGTH characters and
 * MIN_SECRET_ENTROPY bits per character, so placeholders such as `changeme` are not reported (and
 * neither are short or dictionary passwords: the trade-off for not flagging every `PASSWORD=...`).
 */
export function detectSecrets(variables: Record<string, string>): SecretFinding[] {
  const findings: SecretFinding[] = [];
  for (const [variable, value] of Object.entries(variables)) {
    if (typeof value !== 'string') continue;
    const kind = classify(variable, value);
    if (kind) findings.push({ variable, kind });
  }
  return findings.sort((a, b) => (a.variable < b.variable ? -1 : a.variable > b.variable ? 1 : 0));
}
