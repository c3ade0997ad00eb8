import * as core from '@actions/core';
import { readActionInputs } from './action/inputs.js';
import { startRunDeadline, type RunDeadline } from './aws/deadline.js';
import { failOnVerdict, parseFailOn } from './report/fail-on.js';
import { SEVERITIES } from './findings/finding.js';
import { preflightScan } from './preflight.js';
import { auditSummaryMarkdown, auditSummaryText } from './render/audit-summary.js';
import { deniedWarnings } from './render/denied.js';
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
    // Every input and the config file are checked before the first AWS call.
    const config = await preflightScan(settings, {
      config: core.getInput('config'),
      label: (name) => name,
      info: (message) => core.info(message),
    });
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
    for (const warning of deniedWarnings(inventory.errors)) core.warning(warning);
    core.setOutput('inventory-path', inventoryPath);
    core.setOutput('account-ids', inventory.accounts.map((a) => a.id).join(','));
    core.setOutput('resource-count', String(inventory.resources.length));
    core.setOutput('error-count', String(inventory.errors.length));

    const { report, reportPath } = await runAudit(inventory, { config, outputDir: settings.outputDir });
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
