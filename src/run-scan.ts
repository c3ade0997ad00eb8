import { join } from 'node:path';
import { resolveCredentials, type CredentialDeps } from './credentials/index.js';
import type { Inventory } from './inventory/document.js';
import { writeInventory } from './inventory/io.js';
import { scanAccounts } from './scan/orchestrator.js';
import type { ScanProgress } from './scan/progress.js';
import { selectCollectors } from './scan/registry.js';
import { checkRegions, type RunSettings } from './settings.js';

export interface ScanRunResult {
  inventory: Inventory;
  inventoryPath: string;
}

/** credentials -> scan -> inventory file: the pipeline as far as it goes today. */
export async function runScan(
  settings: RunSettings,
  deps: CredentialDeps & { progress?: ScanProgress },
): Promise<ScanRunResult> {
  checkRegions(settings);
  const collectors = selectCollectors(settings.services, settings.excludeServices);
  const { targets, method } = await resolveCredentials(settings.credentials, deps);
  deps.info(
    `Credentials: ${method}; scanning ${targets.length} account(s), services: ${collectors.map((c) => c.service).join(', ')}`,
  );
  const inventory = await scanAccounts(targets, {
    collectors,
    regions: settings.regions,
    excludeRegions: settings.excludeRegions,
    apiRegion: settings.credentials.stsRegion,
    maxConcurrency: settings.maxConcurrency,
    maxAttempts: settings.maxAttempts,
    callTimeoutMs: settings.callTimeoutMs,
    regionTimeoutMs: settings.regionTimeoutMs,
    progress: deps.progress,
  });
  const inventoryPath = join(settings.outputDir, 'inventory.json');
  await writeInventory(inventoryPath, inventory);
  return { inventory, inventoryPath };
}
