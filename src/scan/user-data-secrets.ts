/**
 * Secrets in EC2 user data (DescribeInstanceAttribute userData: base64, possibly gzip-compressed,
 * which cloud-init accepts). Reuses the environment-variable detector: assignments in the script
 * (`export NAME=value`, `NAME=value`, YAML `name: value`) are judged as variables, and the whole
 * text once more for value formats (private keys, access key ids) whatever surrounds them. Only
 * names and kinds leave this module, never values.
 */
import { gunzipSync } from 'node:zlib';
import { detectSecrets, type SecretFinding } from './secrets.js';

/** The name under which a secret found by its format alone, outside any assignment, is reported. */
export const WHOLE_USER_DATA = '(user data)';

/** The text of base64 user data, gunzipped when it starts with the gzip magic bytes; null when empty. */
export function decodeUserData(base64: string): string | null {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) return null;
  const gzip = bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  try {
    return (gzip ? gunzipSync(bytes) : bytes).toString('utf8');
  } catch {
    // A corrupt gzip stream is not readable text: nothing to judge, and no claim either way.
    return null;
  }
}

const ASSIGNMENT = /^\s*(?:export\s+|set\s+|-\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*(?:=|:\s)\s*(.*?)\s*$/;
const unquote = (value: string) => value.replace(/^(['"])(.*)\1$/, '$2');

/** The secrets in user-data text: assignment names (or WHOLE_USER_DATA) and kinds, sorted, without values. */
export function userDataSecrets(text: string): SecretFinding[] {
  const variables: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = ASSIGNMENT.exec(line);
    if (match?.[1] && match[2] !== undefined) variables[match[1]] = unquote(match[2]);
  }
  const named = detectSecrets(variables);
  const whole = detectSecrets({ [WHOLE_USER_DATA]: text }).filter(
    (w) => !named.some((n) => n.kind === w.kind),
  );
  return [...named, ...whole];
}
