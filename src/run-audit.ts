import { join } from 'node:path';
import { CLEANUP_ACTION_DEFINITIONS } from './cleanup/actions/index.js';
import { cleanupCandidates } from './cleanup/candidates.js';
import { loadAuditConfig } from './config/load.js';
import type { AuditConfig } from './config/schema.js';
import { writeReport } from './report/io.js';
import { applyBaseline } from './diff/diff.js';
import type { Baseline } from './diff/baseline.js';
import { buildReport, NO_BASELINE, type AuditReport, type RunInfo } from './report/report.js';
import type { Inventory } from './inventory/document.js';
import { catalog } from './rules/catalog/index.js';
import { runRules } from './rules/engine.js';
import { selectRules } from './rules/select.js';

export interface AuditSettings {
  config: AuditConfig;
  outputDir: string;
  /** The previous run's report, to tell new, persisting, resolved and unknown findings apart. */
  baseline?: Baseline;
  run?: RunInfo;
}

/**
 * The audit configuration, loaded and checked against the rule catalog (a misspelt rule name is an
 * error too): done before the scan, so a mistake there costs no AWS call.
 */
export async function prepareAuditConfig(
  option: string | undefined,
  label: string,
  info: (message: string) => void,
): Promise<AuditConfig> {
  const config = await loadAuditConfig(option, label, info);
  selectRules(catalog, config);
  return config;
}

/** inventory -> rules -> findings -> report file. */
export async function runAudit(
  inventory: Inventory,
  settings: AuditSettings,
  now = new Date(),
): Promise<{ report: AuditReport; reportPath: string }> {
  const outcome = runRules(inventory, settings.config, catalog, now);
  const candidates = cleanupCandidates(outcome.findings, inventory, CLEANUP_ACTION_DEFINITIONS);
  const fresh = buildReport(inventory, outcome, settings.config, now, settings.run, candidates);
  const baseline = settings.baseline ?? { report: undefined, info: NO_BASELINE, warning: null };
  const report = applyBaseline(fresh, baseline.report, baseline.info);
  const reportPath = join(settings.outputDir, 'report.json');
  await writeReport(reportPath, report);
  return { report, reportPath };
}
