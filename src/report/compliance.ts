import type { RuleMetadata } from '../rules/model.js';
import { citationName, STANDARD_KEYS, STANDARDS, type StandardKey } from '../rules/compliance.js';
import type {
  AccountCompliance,
  AuditReport,
  ComplianceControl,
  ComplianceCounts,
  ComplianceSection,
  ComplianceStatus,
  ControlResult,
  StandardCompliance,
} from './schema.js';

/**
 * The compliance view of a report: for each control of a standard's table, per account, whether it
 * passes, fails, does not apply or was not judged, from the rules that cite it (catalog metadata),
 * what they judged (`report.rules[].scopes`), the coverage (`report.accounts[].coverage`) and the
 * active findings (with their own, possibly narrowed, citations). Statuses (see
 * COMPLIANCE_STATUSES), the first that holds:
 *
 * - `not-judged` "no rule checks it": no rule of the catalog cites the control;
 * - `fail`: an active (not suppressed) finding of a citing rule in the account cites the control;
 * - `not-judged`: a citing rule did not run (disabled, or not in the report), failed, has no scope
 *   of the account, or a scope of the account is not `complete` (not read, read in part, or
 *   outside the configured scope: an absent finding there proves nothing);
 * - `not-applicable`: every citing rule judged the account completely and the coverage records
 *   none of the resources each one evaluates there (provable only for rules over one inventory
 *   type: a rule over the account, a region or every type is always applicable);
 * - `pass`: the rest: every citing rule judged every scope completely, some judged resources, and
 *   none reported a finding citing the control (suppressed findings are counted in the reason).
 */

/** What the computation needs of the catalog: RuleMetadata satisfies it. */
export type CitingRule = Pick<
  RuleMetadata,
  'id' | 'aliases' | 'resourceType' | 'references' | 'deviations' | 'defaultEnabled'
>;

type ReportParts = Pick<AuditReport, 'accounts' | 'rules' | 'findings'>;

const STATUS_ORDER: Readonly<Record<ComplianceStatus, number>> = {
  fail: 0,
  'not-judged': 1,
  'not-applicable': 2,
  pass: 3,
};

/** Types whose absence proves nothing: the rule judges the account or region itself, or every type. */
const ALWAYS_APPLICABLE = new Set(['aws:account', 'aws:region', '*']);

/** At most this many unread scopes are named in a reason; the rest are counted. */
const NAMED_SCOPES = 3;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const SCOPE_WORDS: Readonly<Record<string, string>> = {
  partial: 'read in part',
  failed: 'not read',
  'not-scanned': 'not scanned',
  excluded: 'outside the configured scope',
};

/** The accounts a report covers: those scanned, and any a finding names. */
function accountsOf(report: ReportParts): string[] {
  return [...new Set([...report.accounts.map((a) => a.id), ...report.findings.map((f) => f.account)])].sort();
}

function countsOf(results: readonly ControlResult[]): ComplianceCounts {
  const n = (status: ComplianceStatus) => results.filter((r) => r.status === status).length;
  return {
    pass: n('pass'),
    fail: n('fail'),
    notApplicable: n('not-applicable'),
    notJudged: n('not-judged'),
    total: results.length,
  };
}

/** The view of one standard. */
export function standardCompliance(
  report: ReportParts,
  catalog: readonly CitingRule[],
  standard: StandardKey,
): StandardCompliance {
  const table = STANDARDS[standard];
  const citing = new Map<string, CitingRule[]>();
  for (const rule of catalog) {
    for (const id of rule.references[standard]) citing.set(id, [...(citing.get(id) ?? []), rule]);
  }
  const controls: ComplianceControl[] = Object.entries(table.controls).map(([id, control]) => {
    const rules = (citing.get(id) ?? []).slice().sort((a, b) => a.id.localeCompare(b.id));
    const name = citationName(standard, id);
    return {
      id,
      title: control.title,
      ruleIds: rules.map((r) => r.id),
      deviations: rules.flatMap((r) => {
        const note = r.deviations[name];
        return note === undefined ? [] : [{ ruleId: r.id, note }];
      }),
    };
  });

  // A finding's rule id, or an earlier id of the rule: the catalog's current id.
  const currentId = new Map<string, string>();
  for (const rule of catalog) {
    currentId.set(rule.id, rule.id);
    for (const alias of rule.aliases) if (!currentId.has(alias)) currentId.set(alias, rule.id);
  }
  const judgements = new Map<string, AuditReport['rules'][number]>();
  for (const judgement of report.rules) {
    const id = currentId.get(judgement.id) ?? judgement.id;
    judgements.set(id, judgement);
  }

  // One pass over the findings: account -> control -> fingerprints (active) / suppressed count.
  const failing = new Map<string, Map<string, { fingerprints: string[]; rules: Set<string> }>>();
  const suppressed = new Map<string, Map<string, number>>();
  for (const finding of report.findings) {
    const ruleId = currentId.get(finding.ruleId) ?? finding.ruleId;
    for (const id of finding.references[standard]) {
      if (!(citing.get(id) ?? []).some((r) => r.id === ruleId)) continue;
      if (finding.suppressed) {
        const counts = suppressed.get(finding.account) ?? new Map<string, number>();
        counts.set(id, (counts.get(id) ?? 0) + 1);
        suppressed.set(finding.account, counts);
      } else {
        const byControl = failing.get(finding.account) ?? new Map();
        const entry = byControl.get(id) ?? { fingerprints: [], rules: new Set<string>() };
        entry.fingerprints.push(finding.fingerprint);
        entry.rules.add(ruleId);
        byControl.set(id, entry);
        failing.set(finding.account, byControl);
      }
    }
  }

  const accounts: AccountCompliance[] = accountsOf(report).map((account) => {
    const counted = new Map<string, number>();
    for (const c of report.accounts.find((a) => a.id === account)?.coverage ?? [])
      counted.set(c.resourceType, (counted.get(c.resourceType) ?? 0) + c.resourceCount);
    const resourceCount = (type: string) => counted.get(type) ?? 0;
    const results = controls.map((control): ControlResult => {
      const rules = citing.get(control.id) ?? [];
      if (rules.length === 0)
        return { id: control.id, status: 'not-judged', reason: 'no rule checks it', fingerprints: [] };
      const failed = failing.get(account)?.get(control.id);
      if (failed) {
        const { fingerprints, rules: by } = failed;
        return {
          id: control.id,
          status: 'fail',
          reason: `${plural(fingerprints.length, 'finding')} of ${[...by].sort().join(', ')}`,
          fingerprints,
        };
      }
      const problems: string[] = [];
      let judgedResources = false;
      for (const rule of rules) {
        const judgement = judgements.get(rule.id);
        if (!judgement) {
          problems.push(`rule ${rule.id} disabled`);
          continue;
        }
        if (judgement.error !== null) {
          problems.push(`rule ${rule.id} failed`);
          continue;
        }
        const scopes = judgement.scopes.filter((s) => s.account === account);
        if (scopes.length === 0) {
          problems.push(`rule ${rule.id} judged no scope of the account`);
          continue;
        }
        const unread = scopes.filter((s) => s.status !== 'complete');
        if (unread.length > 0) {
          const named = unread
            .slice(0, NAMED_SCOPES)
            .map((s) => `${s.region} ${SCOPE_WORDS[s.status] ?? s.status}`);
          const more = unread.length > NAMED_SCOPES ? ` and ${unread.length - NAMED_SCOPES} more` : '';
          problems.push(`rule ${rule.id}: ${named.join(', ')}${more}`);
          continue;
        }
        if (ALWAYS_APPLICABLE.has(rule.resourceType) || resourceCount(rule.resourceType) > 0)
          judgedResources = true;
      }
      if (problems.length > 0)
        return { id: control.id, status: 'not-judged', reason: problems.join('; '), fingerprints: [] };
      if (!judgedResources) {
        const types = [...new Set(rules.map((r) => r.resourceType))].sort().join(', ');
        return {
          id: control.id,
          status: 'not-applicable',
          reason: `no ${types} in the account`,
          fingerprints: [],
        };
      }
      const quiet = suppressed.get(account)?.get(control.id) ?? 0;
      return {
        id: control.id,
        status: 'pass',
        reason:
          quiet > 0
            ? `read completely; ${plural(quiet, 'suppressed finding')} not counted`
            : 'read completely, no finding',
        fingerprints: [],
      };
    });
    return { account, counts: countsOf(results), controls: results };
  });
  return { standard, name: table.name, version: table.version, controls, accounts };
}

/** The view of every standard with a table (FSBP and CIS). */
export function complianceOf(report: ReportParts, catalog: readonly CitingRule[]): ComplianceSection {
  const [fsbp, cis] = STANDARD_KEYS.map((key) => standardCompliance(report, catalog, key));
  if (!fsbp || !cis || fsbp.standard !== 'fsbp' || cis.standard !== 'cis')
    throw new Error('the standards are fsbp and cis');
  return { fsbp, cis };
}

/** Fails first, then not judged, not applicable, pass; the table's order within each. */
export function byStatus(a: ControlResult, b: ControlResult): number {
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
}
