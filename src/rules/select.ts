import type { AuditConfig } from '../config/schema.js';
import { ConfigError } from '../config/load.js';
import { regexFromSlashes } from '../config/load.js';
import type { Rule } from './model.js';

/** `*` matches any run of characters (slashes included), `?` one character; the rest is literal. */
export function globToRegExp(glob: string): RegExp {
  const body = glob
    .split('')
    .map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`);
}

export function matchesPattern(pattern: string, value: string): boolean {
  if (pattern.startsWith('/') && pattern.length > 1 && /\/[a-z]*$/.test(pattern))
    return regexFromSlashes(pattern).test(value);
  return globToRegExp(pattern).test(value);
}

const namesOf = (rule: Rule) => [rule.metadata.id, ...rule.metadata.aliases];

export function ruleMatches(pattern: string, rule: Rule): boolean {
  return namesOf(rule).some((name) => globToRegExp(pattern).test(name));
}

/**
 * Which rules run. An exact id in `disable` always wins; an exact id in `enable` beats a glob in
 * `disable` (so `disable: [s3.*]` with `enable: [s3.bucket-public]` keeps that one); then globs;
 * then the rule's default. A name that matches no rule is an error: a typo must not pass silently.
 */
export function selectRules(rules: readonly Rule[], config: AuditConfig): Rule[] {
  const unknown = [
    ...config.disable.map((p) => ['rules.disable', p] as const),
    ...config.enable.map((p) => ['rules.enable', p] as const),
    ...Object.keys(config.severity).map((p) => ['rules.severity', p] as const),
    ...config.suppressions.map((s) => [`suppression at ${s.source}`, s.rule] as const),
  ].filter(([, pattern]) => !rules.some((rule) => ruleMatches(pattern, rule)));
  if (unknown.length > 0) {
    throw new ConfigError(
      unknown.map(
        ([where, pattern]) =>
          `${config.source ?? 'configuration'}: ${where} names no rule: '${pattern}' (list them with: aws-audit rules)`,
      ),
    );
  }
  const exact = (list: string[], rule: Rule) => namesOf(rule).some((name) => list.includes(name));
  const glob = (list: string[], rule: Rule) => list.some((pattern) => ruleMatches(pattern, rule));
  return rules.filter((rule) => {
    if (exact(config.disable, rule)) return false;
    if (exact(config.enable, rule)) return true;
    if (glob(config.disable, rule)) return false;
    if (glob(config.enable, rule)) return true;
    return rule.metadata.defaultEnabled;
  });
}
