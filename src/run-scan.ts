import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import type { RunDeadline } from './aws/deadline.js';
import { resolveCredentials, type CredentialDeps } from './credentials/index.js';
import type { Inventory } from './inventory/document.js';
import { writeInventory } from './inventory/io.js';
import { inventoryCsv, inventoryMarkdown, inventoryRows } from './render/inventory-view.js';
import { scanAccounts } from './scan/orchestrator.js';
import type { ScanProgress } from './scan/progress.js';
import { selectCollectors } from './scan/registry.js';
import { checkRegions, type RunSettings } from './settings.js';

export interface ScanRunResult {
  inventory: Inventory;
  inventoryPath: string;
  /** The first account's credentials (the OIDC or ambient identity), e.g. for an S3 baseline. */
  credentials: AwsCredentialIdentityProvider | undefined;
  /** Every account's, in the order given (cleanup acts with them). */
  allCredentials: AwsCredentialIdentityProvider[];
}

/** The scan half of a run: credentials -> scan -> inventory file (run-audit.ts is the audit half). */
export async function runScan(
  settings: RunSettings,
  deps: CredentialDeps & { progress?: ScanProgress },
): Promise<ScanRunResult> {
  checkRegions(settings);
  const collectors = selectCollectors(settings.services, settings.excludeServices);
  const { targets, method } = await resolveCredentials(settings.credentials, {
    callTimeoutMs: settings.callTimeoutMs,
    ...deps,
  });
  deps.info(
    `Credentials: ${method}; scanning ${targets.length} account(s), services: ${[...new Set(collectors.map((c) => c.service))].join(', ')}`,
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
    signal: deps.signal,
    progress: deps.progress,
  });
  const inventoryPath = join(settings.outputDir, 'inventory.json');
  await writeInventory(inventoryPath, inventory);
  return {
    inventory,
    inventoryPath,
    credentials: targets[0]?.credentials,
    allCredentials: targets.map((target) => target.credentials),
  };
}

/**
 * The inventory as people read it, beside inventory.json: Markdown tables and a CSV for
 * spreadsheets (what `aws-audit inventory` prints). Returns their paths.
 */
export async function writeInventoryViews(outputDir: string, inventory: Inventory): Promise<string[]> {
  const rows = inventoryRows(inventory);
  const markdown = join(outputDir, 'inventory.md');
  const csv = join(outputDir, 'inventory.csv');
  await writeFile(markdown, inventoryMarkdown(inventory, rows));
  await writeFile(csv, inventoryCsv(rows));
  return [markdown, csv];
}

/** Time the run may take past its deadline to write what it has, before it is stopped outright. */
export const OVERRUN_GRACE_MS = 120_000;

/** What to tell the user when the run's deadline cut the scan short, or undefined when it did not. */
export function runDeadlineMessage(inventory: Inventory, deadline: RunDeadline): string | undefined {
  if (!deadline.signal.aborted) return undefined;
  const scopes = inventory.accounts.flatMap((a) => a.coverage);
  const unread = scopes.filter((c) => c.status !== 'complete').length;
  const timedOut = [
    ...new Set(
      inventory.errors.filter((e) => e.code === 'RunDeadlineExceeded').map((e) => `${e.service} ${e.region}`),
    ),
  ].sort();
  const named = timedOut.length > 12 ? [...timedOut.slice(0, 12), `${timedOut.length - 12} more`] : timedOut;
  return (
    `The run reached its time limit of ${deadline.minutes} minute(s) (timeout-minutes) before the scan finished. ` +
    `The inventory and report hold what was read by then: ${unread} of ${scopes.length} resource type/region scopes ` +
    `were not read completely, and their findings are unknown, never resolved. Calls abandoned in: ` +
    `${named.join(', ') || 'none'}. Raise timeout-minutes or narrow regions/services.`
  );
}
