import * as core from '@actions/core';
import { readActionInputs } from './action/inputs.js';
import { scanSummaryMarkdown, scanSummaryText } from './render/scan-summary.js';
import { runScan } from './run-scan.js';
import type { ScanProgress } from './scan/progress.js';

/** One log line per finished (account, service, region). */
const actionProgress: ScanProgress = {
  planned: (total) => core.info(`Scanning: ${total} service/region tasks`),
  finished: (task, done, total) =>
    core.info(
      `[${done}/${total}] ${task.service} ${task.region} (${task.account}): ${task.resources} resources` +
        `${task.errors ? `, ${task.errors} errors` : ''} in ${(task.durationMs / 1000).toFixed(1)} s`,
    ),
};

/** The Action: inputs -> credentials -> scan -> inventory file, outputs and job summary. */
export async function run(): Promise<void> {
  try {
    const settings = readActionInputs((name) => core.getInput(name));
    const { inventory, inventoryPath } = await runScan(settings, {
      getIdToken: (audience) => core.getIDToken(audience),
      setSecret: (value) => core.setSecret(value),
      info: (message) => core.info(message),
      progress: actionProgress,
    });
    core.info(scanSummaryText(inventory));
    for (const error of inventory.errors.filter((e) => e.missingPermission)) {
      core.warning(
        `${error.service} ${error.region}: ${error.operation} was denied; the role needs ${error.missingPermission}`,
      );
    }
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(scanSummaryMarkdown(inventory)).write();
    core.setOutput('inventory-path', inventoryPath);
    core.setOutput('account-ids', inventory.accounts.map((a) => a.id).join(','));
    core.setOutput('resource-count', String(inventory.resources.length));
    core.setOutput('error-count', String(inventory.errors.length));
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
