import type { AuditConfig, LocatedSuppression } from '../config/schema.js';
import { fingerprintOf, severityRank, type Finding, type Severity } from '../findings/finding.js';
import type { Inventory } from '../inventory/document.js';
import { RuleContext } from './context.js';
import type { Rule, RuleHit } from './model.js';
import {
  configuredSeverity,
  matchesPattern,
  patternToRegExp,
  ruleMatches,
  selectRules,
  serviceOfFinding,
} from './select.js';

export interface AuditOutcome {
  findings: Finding[];
  rulesEvaluated: string[];
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
  context: RuleContext,
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
      const pattern = patternToRegExp(s.resource ?? '');
      for (const arn of arns) {
        pattern.lastIndex = 0; // a /g or /y pattern would otherwise resume where it last matched
        if (pattern.test(arn)) return false;
      }
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
  const context = new RuleContext(inventory, config, now);
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
    let hits: RuleHit[];
    try {
      hits = rule.evaluate(context);
    } catch (error) {
      // A rule bug must not hide every other finding; it is reported instead.
      warnings.push(`Rule ${metadata.id} failed and reported nothing: ${(error as Error).message}`);
      continue;
    }
    // Per rule, not per hit: a rule can have tens of thousands of hits.
    const configured = configuredSeverity(rule, config);
    const suppressions = active.filter((s) => ruleMatches(s.rule, rule));
    for (const hit of hits) {
      const { target } = hit;
      const severity: Severity = configured ?? hit.severity ?? metadata.severity;
      const finding: Finding = {
        fingerprint: fingerprintOf(
          metadata.id,
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
        references: metadata.references,
        cost: hit.cost ?? null,
        cleanupAction: metadata.cleanupAction ?? null,
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
    rulesEvaluated: rules.map((r) => r.metadata.id).sort(),
    warnings,
  };
}
