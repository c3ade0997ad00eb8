import { TOOL_NAME } from '../version.js';
import { NO_BASELINE, summarize, withHistory } from './report.js';
import type { AuditReport, ReportFinding } from './schema.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Why a parsed document is not a report this version can read, or undefined when it may be one. */
export function whyNotAReport(document: unknown, current: number): string | undefined {
  if (!isObject(document)) return 'it is not a JSON object';
  const generator = isObject(document.generator) ? document.generator.name : undefined;
  if (generator !== TOOL_NAME)
    return `it was not written by ${TOOL_NAME} (generator ${JSON.stringify(generator)})`;
  if (!Array.isArray(document.findings) || !isObject(document.summary))
    return 'it is not a report (an inventory?)';
  const version = document.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return `its schemaVersion ${JSON.stringify(version)} is not a version number`;
  if (version > current)
    return `it is of schema version ${version}; this version (${current}) reads up to ${current}`;
  return undefined;
}

/**
 * Version 1 named the rules it ran, not what they judged: each is read as having judged no scope,
 * so nothing is ever resolved on its word.
 */
function fromVersion1(report: Json): Json {
  const { rulesEvaluated, ...rest } = report;
  const ids = Array.isArray(rulesEvaluated) ? rulesEvaluated.filter((id) => typeof id === 'string') : [];
  return {
    ...rest,
    schemaVersion: 2,
    rules: ids.map((id) => ({ id, fingerprintId: id, error: null, scopes: [] })),
  };
}

/**
 * Version 2 findings had no history: each is taken as first and last seen when that report was
 * written. What version 3 adds around them starts empty.
 */
function fromVersion2(report: Json): Json {
  const at = typeof report.generatedAt === 'string' ? report.generatedAt : new Date(0).toISOString();
  const findings = (Array.isArray(report.findings) ? report.findings : []).map((finding) => {
    const f = isObject(finding) ? finding : {};
    return {
      ...f,
      history: {
        state: f.suppressed ? 'suppressed' : 'new',
        firstSeen: at,
        lastSeen: at,
        previousSeverity: null,
        unknownBecause: null,
        resolvedAt: null,
      },
    };
  }) as ReportFinding[];
  const rules = (Array.isArray(report.rules) ? report.rules : []).map((rule) => ({
    aliases: [],
    ...(isObject(rule) ? rule : {}),
  }));
  const summary = isObject(report.summary) ? report.summary : {};
  const upgraded = {
    ...report,
    schemaVersion: 3,
    run: {
      repository: null,
      workflow: null,
      runId: null,
      runAttempt: null,
      sha: null,
      ref: null,
      event: null,
      actor: null,
      serverUrl: null,
    },
    baseline: { ...NO_BASELINE, note: 'not recorded (a report of schema version 2)' },
    rules,
    findings,
    unknownFindings: [],
    resolvedFindings: [],
    resolvedHistory: [],
    suppressions: [],
    summary: { ...summary, byState: summarize(findings, [], []).byState },
    history: [],
    cleanupLog: [],
  } as unknown as AuditReport;
  return withHistory(upgraded, []) as unknown as Json;
}

/** Version 3's cleanup log was always empty (no cleanup stage yet): version 4 starts a cleanup section. */
function fromVersion3(report: Json): Json {
  const { cleanupLog: _empty, ...rest } = report;
  return {
    ...rest,
    schemaVersion: 4,
    cleanup: { mode: 'off', candidates: [], approvals: [], log: [], notes: [] },
  };
}

/**
 * Version 4 had no compliance view: it is marked absent (null) rather than computed with this
 * version's rule catalog, which may cite other controls than the one that wrote the report.
 */
function fromVersion4(report: Json): Json {
  return { ...report, schemaVersion: 5, compliance: null };
}

/** Brings a report of an earlier schema version up to the current one (validated afterwards). */
export function upgradeReport(document: Json): unknown {
  let report = document;
  if (report.schemaVersion === 1) report = fromVersion1(report);
  if (report.schemaVersion === 2) report = fromVersion2(report);
  if (report.schemaVersion === 3) report = fromVersion3(report);
  if (report.schemaVersion === 4) report = fromVersion4(report);
  return report;
}
