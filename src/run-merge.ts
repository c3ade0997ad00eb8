import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { applyBaseline } from './diff/diff.js';
import type { Baseline } from './diff/baseline.js';
import { readReport, writeReport } from './report/io.js';
import { mergeParts, type MissingAccounts, type ReportPart } from './report/merge.js';
import type { ScanPlan } from './report/plan.js';
import { NO_BASELINE, type AuditReport, type RunInfo } from './report/report.js';
import { errorMessage } from './shared/errors.js';

/** A part given as its report file or as the directory holding report.json (an artifact's). */
async function reportPathOf(path: string): Promise<string> {
  const info = await stat(path).catch(() => undefined);
  return info?.isDirectory() ? join(path, 'report.json') : path;
}

/**
 * The parts' reports, one at a time. One that cannot be read is left out with a warning: its
 * accounts are then missing from the merge (unknown, never resolved), never a crash.
 */
export async function readParts(
  paths: readonly string[],
  warning: (message: string) => void,
): Promise<ReportPart[]> {
  const parts: ReportPart[] = [];
  for (const path of paths) {
    const source = await reportPathOf(path);
    try {
      parts.push({ source, report: await readReport(source) });
    } catch (error) {
      warning(`The part ${source} was left out: ${errorMessage(error)}`);
    }
  }
  return parts;
}

/**
 * The merge step: parts -> one report -> weighed against the previous merged report -> report.json.
 * Publishing is the caller's, once, for the whole organization.
 */
export async function runMerge(
  parts: readonly ReportPart[],
  options: { plan?: ScanPlan; baseline?: Baseline; outputDir: string; run: RunInfo; now?: Date },
): Promise<{ report: AuditReport; reportPath: string; missing: MissingAccounts[] }> {
  const merged = mergeParts(parts, { plan: options.plan, run: options.run, now: options.now });
  const baseline = options.baseline ?? { report: undefined, info: NO_BASELINE, warning: null };
  const report = applyBaseline(merged.report, baseline.report, baseline.info);
  const reportPath = join(options.outputDir, 'report.json');
  await writeReport(reportPath, report);
  return { report, reportPath, missing: merged.missing };
}
