import * as core from '@actions/core';
import { readActionInputs } from './action/inputs.js';
import { startRunDeadline, type RunDeadline } from './aws/deadline.js';
import { runInfoFromEnv } from './action/run-info.js';
import { baselineFromFile } from './diff/baseline.js';
import { failOnNewVerdict, failOnVerdict, parseFailOn } from './report/fail-on.js';
import { diffSummaryText, highestNewSeverity } from './render/diff-summary.js';
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
    const failOnNew = parseFailOn(core.getInput('fail-on-new').trim(), 'fail-on-new');
    const previousReport = core.getInput('previous-report').trim();
    // Every input and the config file are checked before the first AWS call.
    const config = await preflightScan(settings, {
      config: core.getInput('config'),
      label: (name) => name,
      info: (message) => core.info(message),
    });
    const baseline = previousReport ? await baselineFromFile(previousReport) : undefined;
    if (baseline?.warning) core.warning(baseline.warning);
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

    const { report, reportPath } = await runAudit(inventory, {
      config,
      outputDir: settings.outputDir,
      baseline,
      run: runInfoFromEnv(),
    });
    core.info(auditSummaryText(report));
    core.info(diffSummaryText(report));
    for (const warning of report.warnings) core.warning(warning);
    core.setOutput('report-path', reportPath);
    core.setOutput('findings', String(report.summary.active));
    for (const severity of SEVERITIES)
      core.setOutput(`findings-${severity}`, String(report.summary.bySeverity[severity]));
    core.setOutput('estimated-monthly-savings-usd', report.summary.estimatedMonthlySavingsUsd.toFixed(2));
    const { byState } = report.summary;
    const total = (state: keyof typeof byState) => SEVERITIES.reduce((n, s) => n + byState[state][s], 0);
    core.setOutput('findings-new', String(total('new') + total('reopened')));
    core.setOutput('findings-resolved', String(total('resolved')));
    core.setOutput('findings-unknown', String(total('unknown')));
    core.setOutput('highest-new-severity', highestNewSeverity(report) ?? 'none');
    core.setOutput(
      'baseline',
      report.baseline.source === 'none'
        ? 'none'
        : `${report.baseline.source}:${report.baseline.location ?? ''}`,
    );
    if (process.env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(auditSummaryMarkdown(report)).addRaw(scanSummaryMarkdown(inventory)).write();
    }
    const verdicts = [
      [failOnVerdict(report, failOn), `fail-on: ${failOn}`],
      [failOnNewVerdict(report, failOnNew), `fail-on-new: ${failOnNew}`],
    ].filter(([verdict]) => verdict !== null);
    if (cutShort) core.setFailed(cutShort);
    else if (verdicts.length > 0) core.setFailed(verdicts.map(([v, gate]) => `${v} (${gate})`).join('; '));
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  } finally {
    deadline?.dispose();
  }
}
