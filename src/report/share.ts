import type { AuditReport } from './schema.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A parsed report holds each rule's title, remediation and references once per finding (100,000
 * findings repeat a few hundred texts). The sharer swaps each for one copy per distinct value, as
 * findings are read, so a baseline or a merge's parts hold the findings, not their repeated text.
 * Nothing mutates a finding's parts in place (findings are rebuilt with spreads): sharing is safe.
 * It takes unvalidated JSON and leaves anything of an unexpected shape as it is.
 */
export function findingSharer(): (finding: unknown) => void {
  const objects = new Map<string, unknown>();
  const strings = new Map<string, string>();
  const shareObject = (value: unknown): unknown => {
    if (!isObject(value)) return value;
    const key = JSON.stringify(value);
    const known = objects.get(key);
    if (known !== undefined) return known;
    objects.set(key, value);
    return value;
  };
  const shareString = (value: unknown): unknown => {
    if (typeof value !== 'string') return value;
    const known = strings.get(value);
    if (known !== undefined) return known;
    strings.set(value, value);
    return value;
  };
  return (finding) => {
    if (!isObject(finding)) return;
    finding.title = shareString(finding.title);
    finding.remediation = shareObject(finding.remediation);
    finding.references = shareObject(finding.references);
    const history = finding.history;
    if (isObject(history)) {
      history.firstSeen = shareString(history.firstSeen);
      history.lastSeen = shareString(history.lastSeen);
    }
  };
}

/** The report's three lists of findings: those the sharer works on. */
export const FINDING_LISTS = ['findings', 'unknownFindings', 'resolvedFindings'] as const;

export function shareRepeatedParts(report: AuditReport): AuditReport {
  const share = findingSharer();
  for (const list of FINDING_LISTS) report[list].forEach(share);
  return report;
}
