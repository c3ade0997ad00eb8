import { join } from 'node:path';
import { loadAuditConfig } from './config/load.js';
import { writeReport } from './findings/io.js';
import { buildReport, type AuditReport } from './findings/report.js';
import type { Inventory } from './inventory/document.js';
import { catalog } from './rules/catalog/index.js';
import { runRules } from './rules/engine.js';

export interface AuditSettings {
  configPath: string;
  /** An explicitly given config path must exist; the default one may be absent. */
  configRequired: boolean;
  outputDir: string;
}

/** inventory -> rules -> findings -> report file. */
export async function runAudit(
  inventory: Inventory,
  settings: AuditSettings,
  now = new Date(),
): Promise<{ report: AuditReport; reportPath: string }> {
  const config = await loadAuditConfig(settings.configPath, { required: settings.configRequired });
  const outcome = runRules(inventory, config, catalog, now);
  const report = buildReport(inventory, outcome, config, now);
  const reportPath = join(settings.outputDir, 'report.json');
  await writeReport(reportPath, report);
  return { report, reportPath };
}
