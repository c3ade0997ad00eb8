import * as core from '@actions/core';
import { readActionInputs } from './action/inputs.js';
import { startRunDeadline, type RunDeadline } from './aws/deadline.js';
import { DEFAULT_CONFIG_PATH } from './config/schema.js';
import { failOnVerdict, parseFailOn } from './findings/fail-on.js';
import { SEVERITIES } from './findings/finding.js';
import { auditSummaryMarkdown, auditSummaryText } from './render/audit-summary.js';
import { scanSummaryMarkdown, scanSummaryText } from './render/scan-summary.js';
import { runAudit } from './run-audit.js';
import { OVERRUN_GRACE_MS, runDeadlineMessage, runScan } from './run-scan.js';
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

/** The Action: inputs -> credentials -> scan -> inventory -> rules -> report, outputs and job summary. */
export async function run(): Promise<void> {
  let deadline: RunDeadline | undefined;
  try {
    const settings = readActionInputs((name) => core.getInput(name));
    deadline = startRunDeadline(settings.timeoutMinutes, {
      graceMs: OVERRUN_GRACE_MS,
      onOverrun: () => {
        core.setFailed(`The run did not end within timeout-minutes (${settings.timeoutMinutes}); stopped.`);
        process.exit(1);
      },
    });
    const failOn = parseFailOn(core.getInput('fail-on').trim(), 'fail-on');
    const configInput = core.getInput('config').trim();
    const { inventory, inventoryPath } = await runScan(settings, {
      getIdToken: (audience) => core.getIDToken(audience),
      setSecret: (value) => core.setSecret(value),
      info: (message) => core.info(message),
      progress: actionProgress,
      signal: deadline.signal,
    });
    const cutShort = runDeadlineMessage(inventory, deadline);
    if (cutShort) core.error(cutShort);
    core.info(scanSummaryText(inventory));
    for (const error of inventory.errors.filter((e) => e.missingPermission)) {
      core.warning(
        `${error.service} ${error.region}: ${error.operation} was denied; the role needs ${error.missingPermission}`,
      );
    }
    core.setOutput('inventory-path', inventoryPath);
    core.setOutput('account-ids', inventory.accounts.map((a) => a.id).join(','));
    core.setOutput('resource-count', String(inventory.resources.length));
    core.setOutput('error-count', String(inventory.errors.length));

    const { report, reportPath } = await runAudit(inventory, {
      configPath: configInput || DEFAULT_CONFIG_PATH,
      // The default path may be absent; a path someone wrote down must exist.
      configRequired: configInput !== '' && configInput !== DEFAULT_CONFIG_PATH,
      outputDir: settings.outputDir,
    });
    core.info(auditSummaryText(report));
    for (const warning of report.warnings) core.warning(warning);
    core.setOutput('report-path', reportPath);
    core.setOutput('findings', String(report.summary.active));
    for (const severity of SEVERITIES)
      core.setOutput(`findings-${severity}`, String(report.summary.bySeverity[severity]));
    core.setOutput('estimated-monthly-savings-usd', report.summary.estimatedMonthlySavingsUsd.toFixed(2));
    if (process.env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(auditSummaryMarkdown(report)).addRaw(scanSummaryMarkdown(inventory)).write();
    }
    const verdict = failOnVerdict(report, failOn);
    if (cutShort) core.setFailed(cutShort);
    else if (verdict) core.setFailed(`${verdict} (fail-on: ${failOn})`);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  } finally {
    deadline?.dispose();
  }
}
