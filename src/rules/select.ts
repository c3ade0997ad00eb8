import type { AuditConfig } from '../config/schema.js';
import { ConfigError } from '../config/errors.js';
import { regexFromSlashes } from '../config/patterns.js';
import type { Severity } from '../findings/finding.js';
import { serviceOfType } from '../inventory/resources/index.js';
import { hasWildcard, wildcardMatcher, type Matcher } from '../policy/index.js';
import type { Rule } from './model.js';

const compiled = new Map<string, Matcher>();

/** Compiled once: the same few configured patterns are tried on every rule and every finding. */
function once(key: string, compile: () => Matcher): Matcher {
  let matcher = compiled.get(key);
  if (matcher === undefined) {
    matcher = compile();
    compiled.set(key, matcher);
  }
  return matcher;
}

/** `*` matches any run of characters (slashes included), `?` one character; the rest is literal. */
const globMatcher = (glob: string) => once(`glob ${glob}`, () => wildcardMatcher(glob));

function regexMatcher(pattern: string): Matcher {
  const regex = regexFromSlashes(pattern);
  return (value) => {
    regex.lastIndex = 0; // a /g or /y pattern would otherwise resume where it last matched
    return regex.test(value);
  };
}

/** A glob, or a regular expression written as `/.../flags`. */
export function patternMatcher(pattern: string): Matcher {
  if (pattern.startsWith('/') && pattern.length > 1 && /\/[a-z]*$/.test(pattern))
    return once(`regex ${pattern}`, () => regexMatcher(pattern));
  return globMatcher(pattern);
}

export const matchesPattern = (pattern: string, value: string): boolean => patternMatcher(pattern)(value);

const namesOf = (rule: Rule) => [rule.metadata.id, ...rule.metadata.aliases];

export function ruleMatches(pattern: string, rule: Rule): boolean {
  const matches = globMatcher(pattern);
  return namesOf(rule).some((name) => matches(name));
}

/**
 * The service a finding is about: its resource's, or for an account- or region-wide finding (no
 * budget, GuardDuty off), the service the rule checks.
 */
export function serviceOfFinding(ruleId: string, resourceType: string): string {
  return resourceType === 'aws:account' || resourceType === 'aws:region'
    ? (ruleId.split('.')[0] ?? ruleId)
    : serviceOfType(resourceType);
}

/** The services the rules can be scoped to. */
export function scopableServices(rules: readonly Rule[]): Set<string> {
  return new Set(
    rules
      .filter((r) => r.metadata.resourceType !== '*')
      .map((r) => serviceOfFinding(r.metadata.id, r.metadata.resourceType)),
  );
}

/**
 * Which rules run. An exact id in `disable` always wins; an exact id in `enable` beats a glob in
 * `disable` (so `disable: [s3.*]` with `enable: [s3.bucket-public]` keeps that one); then globs;
 * then the rule's default. A name that matches no rule, or a scope service no rule covers, is an
 * error naming where it is written: a typo must not pass silently.
 */
export function selectRules(rules: readonly Rule[], config: AuditConfig): Rule[] {
  const where = (path: string) => config.locations[path] ?? config.source ?? 'configuration';
  const problems = [
    ...config.disable.map((p, i) => [`${where(`rules.disable.${i}`)}: rules.disable`, p] as const),
    ...config.enable.map((p, i) => [`${where(`rules.enable.${i}`)}: rules.enable`, p] as const),
    ...Object.keys(config.severity).map(
      (p) => [`${where(`rules.severity.${p}`)}: rules.severity`, p] as const,
    ),
    ...config.suppressions.map((s) => [`${s.source}: suppression`, s.rule] as const),
  ]
    .filter(([, pattern]) => !rules.some((rule) => ruleMatches(pattern, rule)))
    .map(([at, pattern]) => `${at} names no rule: '${pattern}' (list them with: aws-audit rules)`);
  const services = scopableServices(rules);
  (config.scope.services ?? []).forEach((service, i) => {
    if (!services.has(service)) {
      problems.push(
        `${where(`scope.services.${i}`)}: scope.services names no service the rules cover: '${service}' (one of: ${[...services].sort().join(', ')})`,
      );
    }
  });
  if (problems.length > 0) throw new ConfigError(problems);
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

/**
 * The configured severity of a rule: by its id or an alias first, else by the longest glob that
 * matches it (`s3.bucket-*` beats `s3.*`); undefined when none is set.
 */
export function configuredSeverity(rule: Rule, config: AuditConfig): Severity | undefined {
  const byName = namesOf(rule)
    .map((name) => config.severity[name])
    .find((s) => s !== undefined);
  if (byName) return byName;
  const globs = Object.keys(config.severity)
    .filter((pattern) => hasWildcard(pattern) && ruleMatches(pattern, rule))
    .sort((a, b) => b.length - a.length || a.localeCompare(b));
  return globs[0] === undefined ? undefined : config.severity[globs[0]];
}
