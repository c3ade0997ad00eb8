import { readReport } from '../report/io.js';
import type { AuditReport, BaselineInfo } from '../report/schema.js';
import { errorMessage } from '../shared/errors.js';

export interface Baseline {
  report: AuditReport | undefined;
  info: BaselineInfo;
  /** Set when a baseline was given but could not be used: said as a warning, never a crash. */
  warning: string | null;
}

/**
 * The previous report from a file. A missing, corrupt, foreign or newer-version file is treated as
 * no baseline, with a warning naming what is wrong: the audit itself still stands.
 */
export async function baselineFromFile(path: string): Promise<Baseline> {
  try {
    const report = await readReport(path);
    return {
      report,
      info: { source: 'file', location: path, generatedAt: report.generatedAt, note: null },
      warning: null,
    };
  } catch (error) {
    const message = errorMessage(error);
    return {
      report: undefined,
      info: { source: 'none', location: path, generatedAt: null, note: message },
      warning: `The previous report was not used, so every finding counts as new: ${message}`,
    };
  }
}
