import { severityRank, type Finding } from '../findings/finding.js';

export interface FindingGroup {
  ruleId: string;
  title: string;
  severity: Finding['severity'];
  findings: Finding[];
  monthlyUsd: number;
}

/**
 * Active findings grouped by rule (and severity, since a rule may lower it per finding), most
 * severe first: one line per problem reads better than one line per resource.
 */
export function groupByRule(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    if (finding.suppressed) continue;
    const key = `${finding.ruleId}|${finding.severity}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        ruleId: finding.ruleId,
        title: finding.title,
        severity: finding.severity,
        findings: [],
        monthlyUsd: 0,
      };
      groups.set(key, group);
    }
    group.findings.push(finding);
    group.monthlyUsd += finding.cost?.monthlyUsd ?? 0;
  }
  return [...groups.values()].sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      b.findings.length - a.findings.length ||
      a.ruleId.localeCompare(b.ruleId),
  );
}
