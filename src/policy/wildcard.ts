import picomatch from 'picomatch';

/**
 * Wildcard patterns as IAM writes them in actions and resources, and as the configuration names
 * rules, ARNs and regions: `*` is any run of characters (`/` included, the empty run too), `?` is
 * one character, everything else is literal.
 *
 * picomatch matches paths, and no option turns that off: its `*` and `?` stop at `/`, `*` matches
 * neither an empty name nor `.`, and `\`, parentheses, `|`, brackets, braces and a leading `!` are
 * syntax. So both sides are matched with `/` and `\` swapped for private-use characters (no name,
 * ARN or action holds one), behind a fixed first character, and the pattern's characters other than
 * letters, digits, `*` and `?` are escaped.
 */
const SWAPS: Record<string, string> = { '/': '\u{E000}', '\\': '\u{E001}' };
const asName = (text: string) => `_${text.replace(/[/\\]/g, (c) => SWAPS[c] ?? c)}`;
const SYNTAX = /[^A-Za-z0-9*?\u{E000}\u{E001}]/gu;

export type Matcher = (value: string) => boolean;

/** Compiles once; call the matcher as often as needed. */
export function wildcardMatcher(pattern: string, { ignoreCase = false } = {}): Matcher {
  const isMatch = picomatch(asName(pattern).replace(SYNTAX, '\\$&'), { nocase: ignoreCase });
  return (value) => isMatch(asName(value));
}

/** True when the pattern has a wildcard: without one it matches only itself. */
export const hasWildcard = (pattern: string): boolean => /[*?]/.test(pattern);
