import { readFile } from 'node:fs/promises';
import { compileSchema } from '../shared/ajv.js';
import { writeJsonFile } from '../shared/json-file.js';
import { AuditReport, REPORT_SCHEMA_VERSION } from './report.js';
import { errorMessage } from '../shared/errors.js';
import { parseJsonLines } from './read-lines.js';
import { shareRepeatedParts } from './share.js';
import { upgradeReport, whyNotAReport } from './upgrade.js';

const validate = compileSchema(AuditReport);

export class ReportValidationError extends Error {
  override readonly name = 'ReportValidationError';
}

/**
 * Reads a report (for instance the previous run's); a corrupt one says where it is wrong, named as
 * `source`. One this tool wrote is read a line at a time (see parseJsonLines); any other layout is
 * parsed whole.
 */
export async function readReport(path: string, source = path): Promise<AuditReport> {
  const streamed = await parseJsonLines(path);
  if (streamed !== undefined) return reportFromJson(streamed, source, false);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ReportValidationError(`${source} is not a readable aws-audit report: ${errorMessage(error)}`);
  }
  return parseReport(text, source);
}

/** A report from its text, `source` naming where it came from; older versions are upgraded. */
export function parseReport(text: string, source: string): AuditReport {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ReportValidationError(`${source} is not a readable aws-audit report: ${errorMessage(error)}`);
  }
  return reportFromJson(parsed, source, true);
}

function reportFromJson(parsed: unknown, source: string, share: boolean): AuditReport {
  const why = whyNotAReport(parsed, REPORT_SCHEMA_VERSION);
  if (why) throw new ReportValidationError(`${source} cannot be read as an aws-audit report: ${why}`);
  const report = upgradeReport(parsed as Record<string, unknown>);
  if (!validate(report)) {
    const problems = (validate.errors ?? [])
      .slice(0, 10)
      .map((e) => `  - ${e.instancePath || '(root)'}: ${e.message ?? e.keyword}`);
    throw new ReportValidationError([`${source} is not a valid aws-audit report:`, ...problems].join('\n'));
  }
  return share ? shareRepeatedParts(report) : report;
}

/** Streams the report to disk (see writeJsonFile): never the whole text in memory. */
export async function writeReport(path: string, report: AuditReport): Promise<void> {
  await writeJsonFile(path, report);
}
