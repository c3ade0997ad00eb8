import type { AuditConfig, LocatedSuppression } from '../config/schema.js';
import { fingerprintOf, severityRank, type Finding, type Severity } from '../findings/finding.js';
import type { Inventory } from '../inventory/document.js';
import { AuditContext } from './context.js';
import { fingerprintIdOf, type Rule, type RuleHit, type RuleMetadata } from './model.js';
import { CoverageIndex, judged, scopeLookup, type RuleScope } from './scopes.js';
import {
  configuredSeverity,
  matchesPattern,
  patternMatcher,
  ruleMatches,
  selectRules,
  serviceOfFinding,
} from './select.js';
import { errorMessage } from '../shared/errors.js';

/** What one rule judged: every scope it could have judged, with how well (for a planned run-to-run diff). */
export interface RuleJudgement {
  id: string;
  /** Its earlier ids: findings recorded under them are this rule's. */
  aliases: string[];
  /** The id its fingerprints are made from (see fingerprintIdOf). */
  fingerprintId: string;
  /** Set when the rule itself failed: it then judged nothing. */
  error: string | null;
  scopes: RuleScope[];
}

export interface AuditOutcome {
  findings: Finding[];
  /** Every selected rule, by id. */
  rules: RuleJudgement[];
  /** Expired suppressions and rules that could not run. */
  warnings: string[];
}

/**
 * Names and ids are attacker-controlled text: quoted for a POSIX shell unless made only of
 * characters that cannot do anything there, so a copied command cannot run anything else.
 */
export function shellQuote(value: string): string {
  return /^[A-Za-z0-9_./:@=+,-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/** The CLI template with the hit's values, or null when the hit lacks one it names. */
function fill(template: string | undefined, hit: RuleHit): string | null {
  if (!template) return null;
  const { target } = hit;
  const values: Record<string, string> = {
    ...hit.templateValues,
    id: target.id,
    name: target.name ?? target.id,
    region: target.region,
    account: target.account,
    arn: target.arn,
  };
  let complete = true;
  const filled = template.replace(/\{([A-Za-z]+)\}/g, (_match, key: string) => {
    const value = values[key];
    if (value === undefined) complete = false;
    return shellQuote(value ?? '');
  });
  return complete ? filled : null;
}

/** The last day a suppression applies is its `expires` date, all day (UTC). */
function expired(suppression: LocatedSuppression, now: Date): boolean {
  return suppression.expires !== undefined && now.toISOString().slice(0, 10) > suppression.expires;
}

/** The first of the rule's suppressions that matches the finding. */
function suppressionFor(
  finding: Finding,
  suppressions: LocatedSuppression[],
): LocatedSuppression | undefined {
  return suppressions.find(
    (s) =>
      (s.resource === undefined || matchesPattern(s.resource, finding.resource.arn)) &&
      (s.account === undefined || s.account === finding.account) &&
      (s.region === undefined || matchesPattern(s.region, finding.region)) &&
      Object.entries(s.tags ?? {}).every(([key, value]) => finding.resource.tags[key] === value),
  );
}

/**
 * Suppressions whose `resource` matches nothing that was scanned: a typo, or a resource long gone.
 * Either way it suppresses nothing, which its author would want to know. Account- and region-wide
 * findings have ARNs of their own, which count as scanned.
 */
function unmatchedSuppressions(
  suppressions: readonly LocatedSuppression[],
  inventory: Inventory,
  context: AuditContext,
  findings: readonly Finding[],
): string[] {
  const arns = new Set([
    ...inventory.resources.map((r) => r.arn),
    ...findings.map((f) => f.resource.arn),
    ...inventory.accounts.flatMap((a) => [
      context.accountTarget(a.id).arn,
      ...a.regions.map((region) => context.regionTarget(a.id, region).arn),
    ]),
  ]);
  return suppressions
    .filter((s) => s.resource !== undefined)
    .filter((s) => {
      const matches = patternMatcher(s.resource ?? '');
      for (const arn of arns) if (matches(arn)) return false;
      return true;
    })
    .map(
      (s) =>
        `The suppression at ${s.source} (rule ${s.rule}) matches no resource in the inventory: ` +
        `resource '${s.resource}'. Check the pattern, or remove the suppression.`,
    );
}

function inScope(finding: Finding, config: AuditConfig): boolean {
  const { regions, services } = config.scope;
  if (regions && finding.region !== 'global' && !regions.includes(finding.region)) return false;
  return !services || services.includes(serviceOfFinding(finding.ruleId, finding.resource.type));
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.account.localeCompare(b.account) ||
    a.region.localeCompare(b.region) ||
    a.resource.arn.localeCompare(b.resource.arn) ||
    (a.subKey ?? '').localeCompare(b.subKey ?? '')
  );
}

/** Runs the enabled rules over the inventory: pure, in memory. */
export function runRules(
  inventory: Inventory,
  config: AuditConfig,
  catalog: readonly Rule[],
  now = new Date(),
): AuditOutcome {
  const rules = selectRules(catalog, config);
  const context = new AuditContext(inventory, config, now);
  const coverage = new CoverageIndex(inventory);
  const judgements: RuleJudgement[] = [];
  const warnings: string[] = [];
  const active = config.suppressions.filter((s) => {
    if (!expired(s, now)) return true;
    warnings.push(
      `The suppression at ${s.source} (rule ${s.rule}) expired on ${s.expires}; its findings are active again.`,
    );
    return false;
  });
  const findings: Finding[] = [];
  for (const rule of rules) {
    const { metadata } = rule;
    const judgement: RuleJudgement = {
      id: metadata.id,
      aliases: metadata.aliases,
      fingerprintId: fingerprintIdOf(metadata),
      error: null,
      scopes: coverage
        .scopesFor(metadata.resourceType, metadata)
        .map((scope) => (excludedByConfig(rule, scope, config) ? { ...scope, status: 'excluded' } : scope)),
    };
    judgements.push(judgement);
    let hits: RuleHit[];
    try {
      hits = rule.evaluate(context.forRule(rule));
    } catch (error) {
      // A rule bug must not hide every other finding; it is reported instead.
      const message = errorMessage(error);
      warnings.push(`Rule ${metadata.id} failed and reported nothing: ${message}`);
      judgement.error = message;
      judgement.scopes = [];
      continue;
    }
    // Per rule, not per hit: a rule can have tens of thousands of hits.
    const configured = configuredSeverity(rule, config);
    const suppressions = active.filter((s) => ruleMatches(s.rule, rule));
    const { fingerprintId } = judgement;
    const scopeOf = scopeLookup(judgement.scopes);
    for (const hit of hits) {
      const { target } = hit;
      // Only what was read may be judged: a hit in a scope the rule could not judge is dropped.
      const status =
        metadata.resourceType === '*'
          ? coverage.hitStatus(target, scopeOf)
          : scopeOf(target.account, target.region);
      if (!judged(status)) continue;
      const severity: Severity = configured ?? hit.severity ?? metadata.severity;
      const finding: Finding = {
        fingerprint: fingerprintOf(
          fingerprintId,
          target.account,
          target.region,
          target.arn,
          hit.subKey ?? null,
        ),
        ruleId: metadata.id,
        title: metadata.title,
        severity,
        category: metadata.category,
        account: target.account,
        region: target.region,
        resource: { arn: target.arn, id: target.id, name: target.name, type: target.type, tags: target.tags },
        subKey: hit.subKey ?? null,
        message: hit.message,
        evidence: hit.evidence,
        remediation: {
          text: metadata.remediation.text,
          cli: hit.cliDoesNotApply ? null : fill(metadata.remediation.cli, hit),
          console: metadata.remediation.console ?? null,
        },
        references: referencesOf(metadata, hit),
        cost: hit.cost ?? null,
        cleanupAction: hit.cleanupDoesNotApply ? null : (metadata.cleanupAction ?? null),
        suppressed: null,
      };
      if (!inScope(finding, config)) continue;
      const suppression = suppressionFor(finding, suppressions);
      if (suppression) {
        finding.suppressed = {
          reason: suppression.reason,
          expires: suppression.expires ?? null,
          source: suppression.source,
        };
      }
      findings.push(finding);
    }
  }
  warnings.push(...unmatchedSuppressions(active, inventory, context, findings));
  return {
    findings: findings.sort(compareFindings),
    rules: judgements.sort((a, b) => a.id.localeCompare(b.id)),
    warnings,
  };
}

/**
 * Scopes the configuration leaves out (`scope.regions`, `scope.services`) are not judged: their
 * earlier findings stay unknown rather than resolved. Rules over every type (`*`) have a service
 * per finding only, so `scope.services` filters their findings but not their scopes.
 */
function excludedByConfig(rule: Rule, scope: RuleScope, config: AuditConfig): boolean {
  const { regions, services } = config.scope;
  if (regions && scope.region !== 'global' && !regions.includes(scope.region)) return true;
  const { id, resourceType } = rule.metadata;
  return Boolean(services && resourceType !== '*' && !services.includes(serviceOfFinding(id, resourceType)));
}

/**
 * The citations of one finding: the rule's, narrowed by its hit where only some of the rule's
 * findings fail a control (never widened: an id the rule does not cite is dropped).
 */
function referencesOf(metadata: RuleMetadata, hit: RuleHit): Finding['references'] {
  const { fsbp, cis, docs } = metadata.references;
  const narrowed = (own: string[], hits: string[] | undefined) =>
    hits === undefined ? own : own.filter((id) => hits.includes(id));
  return { fsbp: narrowed(fsbp, hit.references?.fsbp), cis: narrowed(cis, hit.references?.cis), docs };
}
