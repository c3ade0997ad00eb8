import { resolve } from 'node:path';
import * as core from '@actions/core';
import type { ActionContext } from './action/context.js';
import { gitHubRunFromEnv } from './action/github-event.js';
import { readActionInputs } from './action/inputs.js';
import { checkModeInputs, readModeInputs, settingsInputs, type ModeInputs } from './action/mode-inputs.js';
import { mergeStep } from './action/merge-step.js';
import { setReportOutputs, setScanOutputs } from './action/outputs.js';
import { planStep } from './action/plan-step.js';
import { publishTarget, readPublishInputs } from './action/publish-inputs.js';
import { checkCleanupDashboard, readCleanupInputs } from './action/cleanup-inputs.js';
import { runInfoFromEnv } from './action/run-info.js';
import { loadBaseline, publishAndFinish, withinSummary } from './action/finish.js';
import { startRunDeadline, type RunDeadline } from './aws/deadline.js';
import { checkOutputDir, checkRoleArns, preflightScan } from './preflight.js';
import { createGitHubClient } from './publish/github.js';
import { partArtifactName } from './publish/part-artifacts.js';
import { uploadReportArtifact } from './publish/upload-artifact.js';
import { parseFailOn } from './report/fail-on.js';
import { auditSummaryText } from './render/audit-summary.js';
import { deniedWarnings } from './render/denied.js';
import { diffSummaryText } from './render/diff-summary.js';
import { loadTemplates } from './render/report-views.js';
import { scanSummaryMarkdown, scanSummaryText } from './render/scan-summary.js';
import { inventorySummarySection } from './render/inventory-view.js';
import { runAudit } from './run-audit.js';
import { runCleanupStage } from './run-cleanup.js';
import { fetchApprovalsFile, type ApprovalsFileRead } from './cleanup/approvals/file-source.js';
import { writeReport } from './report/io.js';
import { cleanupSummaryLines } from './render/cleanup-summary.js';
import { OVERRUN_GRACE_MS, runDeadlineMessage, runScan, writeInventoryViews } from './run-scan.js';
import type { ScanProgress } from './scan/progress.js';
import { DEFAULT_CONFIG } from './config/schema.js';
import { errorMessage } from './shared/errors.js';

/** One log line per finished (account, service, region). */
const actionProgress: ScanProgress = {
  planned: (total) => core.info(`Scanning: ${total} service/region tasks`),
  finished: (task, done, total) =>
    core.info(
      `[${done}/${total}] ${task.service} ${task.region} (${task.account}): ${task.resources} resources` +
        `${task.errors ? `, ${task.errors} errors` : ''} in ${(task.durationMs / 1000).toFixed(1)} s`,
    ),
};

/**
 * The Action: inputs -> credentials -> scan -> inventory -> baseline -> rules -> report and diff ->
 * artifact, job summary, PR comment or dashboard issue, Slack -> outputs and gates. `mode` splits
 * it for a job matrix: plan (groups), scan (a group's part), merge (the parts, published once).
 */
export async function run(): Promise<void> {
  let deadline: RunDeadline | undefined;
  try {
    const getInput = (name: string) => core.getInput(name);
    const modes = readModeInputs(getInput);
    const settings = readActionInputs(settingsInputs(modes, getInput));
    const publishing = readPublishInputs(getInput, (value) => core.setSecret(value));
    const cleanup = readCleanupInputs(getInput);
    checkModeInputs(modes, settings, cleanup, publishing.artifactName);
    checkCleanupDashboard(cleanup, publishing.dashboard);
    deadline = startRunDeadline(settings.timeoutMinutes, {
      graceMs: OVERRUN_GRACE_MS,
      onOverrun: () => {
        core.setFailed(`The run did not end within timeout-minutes (${settings.timeoutMinutes}); stopped.`);
        process.exit(1);
      },
    });
    const { signal } = deadline;
    const failOn = parseFailOn(core.getInput('fail-on').trim(), 'fail-on');
    const failOnNew = parseFailOn(core.getInput('fail-on-new').trim(), 'fail-on-new');
    // Every input, the config file and the templates are checked before the first AWS call.
    const templates = await loadTemplates(publishing.templatesDir);
    const config =
      modes.mode === 'run' || modes.mode === 'scan'
        ? await preflightScan(settings, {
            config: core.getInput('config'),
            label: (name) => name,
            info: (message) => core.info(message),
          })
        : DEFAULT_CONFIG;
    if (modes.mode === 'plan') checkRoleArns(settings.credentials, (name) => name);
    if (modes.mode !== 'run' && modes.mode !== 'scan')
      await checkOutputDir(settings.outputDir, (name) => name);
    const github = gitHubRunFromEnv();
    const client = publishing.githubToken
      ? createGitHubClient(publishing.githubToken, {
          baseUrl: github?.apiUrl,
          signal,
          requestTimeoutMs: settings.callTimeoutMs,
        })
      : undefined;
    const ctx: ActionContext = {
      ...{ settings, publishing, cleanup, config, templates, deadline, signal, failOn, failOnNew },
      previousReport: core.getInput('previous-report').trim(),
      github,
      client,
    };
    if (modes.mode === 'plan') await planStep(ctx, modes.maxJobs);
    else if (modes.mode === 'merge') await mergeStep(ctx, modes.plan);
    else await scanAndAudit(ctx, modes);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  } finally {
    deadline?.dispose();
  }
}

/** mode: run (the whole pipeline) and mode: scan (one group of a plan, uploaded as a part). */
async function scanAndAudit(ctx: ActionContext, modes: Extract<ModeInputs, { mode: 'run' | 'scan' }>) {
  const { settings, publishing, cleanup, github, client, signal, deadline } = ctx;
  const part = modes.mode === 'scan';
  // Approvals are read wherever the dashboard is kept, so one given before a run without cleanup still binds.
  const dashboards = !part && publishTarget(publishing.commentMode, github?.eventName) === 'issue';
  const readsApprovals = cleanup.mode !== 'off' || dashboards;
  // Before the scan: an invalid approvals file fails the run without an AWS call.
  const approvalsFile: ApprovalsFileRead =
    readsApprovals && client && github
      ? await fetchApprovalsFile(client, {
          owner: github.owner,
          repo: github.repo,
          path: cleanup.approvalsFile,
          signal,
        })
      : { status: 'off' };

  const { inventory, inventoryPath, credentials, allCredentials } = await runScan(settings, {
    getIdToken: (audience) => core.getIDToken(audience),
    setSecret: (value) => core.setSecret(value),
    info: (message) => core.info(message),
    progress: actionProgress,
    signal,
  });
  const cutShort = runDeadlineMessage(inventory, deadline);
  if (cutShort) core.error(cutShort);
  core.info(scanSummaryText(inventory));
  for (const warning of deniedWarnings(inventory.errors)) core.warning(warning);
  setScanOutputs((name, value) => core.setOutput(name, value), inventory, inventoryPath);
  const inventoryViews = await writeInventoryViews(settings.outputDir, inventory);

  // A part is weighed against nothing: the merge diffs the whole organization at once.
  const baseline = part ? undefined : await loadBaseline(ctx, credentials);
  const audited = await runAudit(inventory, {
    config: ctx.config,
    outputDir: settings.outputDir,
    baseline,
    run: runInfoFromEnv(),
  });
  const { reportPath } = audited;
  if (part) {
    core.info(auditSummaryText(audited.report));
    setReportOutputs((name, value) => core.setOutput(name, value), audited.report, reportPath);
    await uploadPart(ctx, modes.group, [reportPath, inventoryPath], cutShort);
    return;
  }
  const report =
    cleanup.mode !== 'off' || (dashboards && client)
      ? await runCleanupStage(audited.report, {
          inputs: cleanup,
          shown: baseline?.report,
          approvalsFile,
          github:
            client && github
              ? { client, owner: github.owner, repo: github.repo, label: publishing.issueLabel }
              : undefined,
          credentials: allCredentials,
          apiRegion: settings.credentials.stsRegion,
          callTimeoutMs: settings.callTimeoutMs,
          maxAttempts: settings.maxAttempts,
          signal,
          runUrl: github?.runUrl,
          info: (message) => core.info(message),
          warning: (message) => core.warning(message),
        })
      : audited.report;
  if (report !== audited.report) await writeReport(reportPath, report);
  for (const line of cleanupSummaryLines(report)) core.info(line);
  core.info(auditSummaryText(report));
  core.info(diffSummaryText(report));
  for (const warning of report.warnings) core.warning(warning);
  setReportOutputs((name, value) => core.setOutput(name, value), report, reportPath);
  await publishAndFinish(ctx, report, {
    reportPath,
    files: [inventoryPath, ...inventoryViews],
    credentials,
    // The resources per service, then the inventory (collapsed), follow the findings where they fit.
    summaryExtra: (markdown) =>
      withinSummary(
        markdown,
        () => scanSummaryMarkdown(inventory),
        (room) => inventorySummarySection(inventory, room) ?? undefined,
      ),
    failures: cutShort ? [cutShort] : [],
  });
}

/** A scan job's part: its report and inventory as the artifact `<artifact-name>-part-<group>`. */
async function uploadPart(ctx: ActionContext, group: string, files: string[], cutShort: string | undefined) {
  const { github, publishing, settings } = ctx;
  const name = partArtifactName(publishing.artifactName as string, group);
  const failures = cutShort ? [cutShort] : [];
  if (!github) {
    core.warning(`Not on a GitHub runner: the part was written to ${settings.outputDir}, not uploaded`);
  } else {
    try {
      const artifact = await uploadReportArtifact({
        name,
        files: files.map((path) => resolve(path)),
        rootDirectory: resolve(settings.outputDir),
        retentionDays: publishing.artifactRetentionDays ?? 1,
        serverUrl: github.serverUrl,
        repository: `${github.owner}/${github.repo}`,
        runId: github.runId === undefined ? undefined : String(github.runId),
        signal: ctx.signal,
      });
      core.info(`Part of group ${group} uploaded as the artifact ${name} (id ${artifact.id})`);
      core.setOutput('artifact-id', String(artifact.id));
    } catch (error) {
      failures.push(errorMessage(error));
    }
  }
  if (failures.length > 0) core.setFailed(failures.join('; '));
}
