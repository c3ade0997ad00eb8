import type { Baseline } from '../diff/baseline.js';
import { NO_BASELINE } from '../report/report.js';

/** Where a previous report may come from, in the order they are tried; absent sources are skipped. */
export interface BaselineSources {
  /** The `previous-report` input: when given, the only source (the user chose it). */
  file?: () => Promise<Baseline>;
  /** The report artifact of the latest successful run (`artifact-name`). */
  artifact?: () => Promise<Baseline>;
  /** The S3 object (`baseline-s3-uri`). */
  s3?: () => Promise<Baseline>;
}

const FIRST_RUN: Baseline = { report: undefined, info: NO_BASELINE, warning: null };

/**
 * The previous report: the file when one is given; else the artifact, else S3. A source that
 * cannot be used (corrupt, foreign, newer) is warned about and the next one is tried; with none,
 * this is a first run, and the notes of the sources tried say why.
 */
export async function resolveBaseline(
  sources: BaselineSources,
  warn: (message: string) => void,
): Promise<Baseline> {
  if (sources.file) return sources.file();
  const notes: string[] = [];
  for (const source of [sources.artifact, sources.s3]) {
    if (!source) continue;
    const baseline = await source();
    if (baseline.report) return baseline;
    if (baseline.warning) warn(baseline.warning);
    if (baseline.info.note) notes.push(baseline.info.note);
  }
  if (notes.length === 0) return FIRST_RUN;
  return { ...FIRST_RUN, info: { ...FIRST_RUN.info, note: notes.join('; ') } };
}
