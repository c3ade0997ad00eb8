import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import { resolveBaseline } from './action/baseline-order.js';
import { gitHubRunFromEnv } from './action/github-event.js';
import { readActionInputs } from './action/inputs.js';
import { setCleanupOutputs, setReportOutputs, setScanOutputs } from './action/outputs.js';
import { publishReport } from './action/publish.js';
import { publishTarget, readPublishInputs } from './action/publish-inputs.js';
import { readCleanupInputs } from './action/cleanup-inputs.js';
import { runInfoFromEnv } from './action/run-info.js';
import { startRunDeadline, type RunDeadline } from './aws/deadline.js';
import { baselineFromFile } from './diff/baseline.js';
import { preflightScan } from './preflight.js';
import { baselineFromArtifact } from './publish/baseline-artifact.js';
import { baselineFromS3, saveReportToS3 } from './publish/baseline-s3.js';
import { createGitHubClient } from './publish/github.js';
import { uploadReportArtifact } from './publish/upload-artifact.js';
import { failOnNewVerdict, failOnVerdict, parseFailOn } from './report/fail-on.js';
import { auditSummaryText } from './render/audit-summary.js';
import { deniedWarnings } from './render/denied.js';
import { diffSummaryText } from './render/diff-summary.js';
import { loadTemplates } from './render/report-views.js';
import { JOB_SUMMARY } from './render/limits.js';
import { scanSummaryMarkdown, scanSummaryText } from './render/scan-summary.js';
import { inventorySummarySection } from './render/inventory-view.js';
import { runAudit } from './run-audit.js';
import { runCleanupStage } from './run-cleanup.js';
import { fetchApprovalsFile, type ApprovalsFileRead } from './cleanup/approvals/file-source.js';
import { writeReport } from './report/io.js';
import { cleanupSummaryLines } from './render/cleanup-summary.js';
import { OVERRUN_GRACE_MS, runDeadlineMessage, runScan, writeInventoryViews } from './run-scan.js';
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

/**
 * The Action: inputs -> credentials -> scan -> inventory -> baseline -> rules -> report and diff ->
 * artifact, job summary, PR comment or dashboard issue, Slack -> outputs and gates.
 */
export async function run(): Promise<void> {
  let deadline: RunDeadline | undefined;
  try {
    const settings = readActionInputs((name) => core.getInput(name));
    const publishing = readPublishInputs(
      (name) => core.getInput(name),
      (value) => core.setSecret(value),
    );
    const cleanup = readCleanupInputs((name) => core.getInput(name));
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
    const previousReport = core.getInput('previous-report').trim();
    // Every input, the config file and the templates are checked before the first AWS call.
    const templates = await loadTemplates(publishing.templatesDir);
    const config = await preflightScan(settings, {
      config: core.getInput('config'),
      label: (name) => name,
      info: (message) => core.info(message),
    });
    const github = gitHubRunFromEnv();
    const client = publishing.githubToken
      ? createGitHubClient(publishing.githubToken, {
          baseUrl: github?.apiUrl,
          signal,
          requestTimeoutMs: settings.callTimeoutMs,
        })
      : undefined;

    // Approvals are read wherever the dashboard is kept, so one given before a run without cleanup still binds.
    const dashboards = publishTarget(publishing.commentMode, github?.eventName) === 'issue';
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

    const s3 = publishing.baselineS3Uri && {
      uri: publishing.baselineS3Uri,
      region: settings.credentials.stsRegion,
      credentials,
      callTimeoutMs: settings.callTimeoutMs,
      signal,
    };
    const artifactName = publishing.artifactName;
    const baseline = await resolveBaseline(
      {
        file: previousReport ? () => baselineFromFile(previousReport) : undefined,
        artifact:
          artifactName && github?.runId !== undefined && client
            ? () =>
                baselineFromArtifact(client, {
                  owner: github.owner,
                  repo: github.repo,
                  token: publishing.githubToken,
                  runId: github.runId as number,
                  eventName: github.eventName,
                  workflowRef: process.env.GITHUB_WORKFLOW_REF,
                  refName: process.env.GITHUB_REF_NAME,
                  serverUrl: github.serverUrl,
                  artifactName,
                  directory: join(process.env.RUNNER_TEMP || tmpdir(), `aws-audit-baseline-${process.pid}`),
                  signal,
                })
            : undefined,
        s3: s3 ? () => baselineFromS3(s3) : undefined,
      },
      (message) => core.warning(message),
    );
    if (baseline.warning) core.warning(baseline.warning);

    const audited = await runAudit(inventory, {
      config,
      outputDir: settings.outputDir,
      baseline,
      run: runInfoFromEnv(),
    });
    const { reportPath } = audited;
    const report =
      cleanup.mode !== 'off' || (dashboards && client)
        ? await runCleanupStage(audited.report, {
            inputs: cleanup,
            shown: baseline.report,
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

    const published = await publishReport(report, {
      inputs: publishing,
      templates,
      run: github,
      client,
      signal,
      info: (message) => core.info(message),
      warning: (message) => core.warning(message),
      writeSummary: async (markdown) => {
        if (!process.env.GITHUB_STEP_SUMMARY) return;
        // The resources per service, then the inventory (collapsed), follow the findings where they fit.
        const both = `${markdown}\n${scanSummaryMarkdown(inventory)}`;
        const summary = JOB_SUMMARY.measure(both) <= JOB_SUMMARY.budget ? both : markdown;
        const tables = inventorySummarySection(
          inventory,
          JOB_SUMMARY.budget - JOB_SUMMARY.measure(summary) - 1,
        );
        await core.summary.addRaw(tables ? `${summary}\n${tables}` : summary).write();
      },
      uploadArtifact:
        artifactName && github
          ? () =>
              uploadReportArtifact({
                name: artifactName,
                files: [
                  resolve(reportPath),
                  resolve(inventoryPath),
                  ...inventoryViews.map((p) => resolve(p)),
                ],
                rootDirectory: resolve(settings.outputDir),
                retentionDays: publishing.artifactRetentionDays,
                serverUrl: github.serverUrl,
                repository: `${github.owner}/${github.repo}`,
                runId: github.runId === undefined ? undefined : String(github.runId),
                signal,
              })
          : undefined,
      saveToS3: s3 ? () => saveReportToS3(report, s3) : undefined,
    });
    core.setOutput('comment-url', published.commentUrl ?? '');
    core.setOutput('issue-number', published.issueNumber === undefined ? '' : String(published.issueNumber));
    core.setOutput('artifact-id', published.artifactId === undefined ? '' : String(published.artifactId));

    const cleanupFailed = report.cleanup.log.filter((entry) => entry.outcome === 'failed').length;
    setCleanupOutputs((name, value) => core.setOutput(name, value), report);
    const verdicts = [
      [failOnVerdict(report, failOn), `fail-on: ${failOn}`],
      [failOnNewVerdict(report, failOnNew), `fail-on-new: ${failOnNew}`],
    ].filter(([verdict]) => verdict !== null);
    const failures = [
      ...(cutShort ? [cutShort] : []),
      ...published.failures,
      ...(cleanupFailed > 0
        ? [`${cleanupFailed} cleanup action(s) failed (see the report's cleanup log)`]
        : []),
      ...verdicts.map(([verdict, gate]) => `${verdict} (${gate})`),
    ];
    if (failures.length > 0) core.setFailed(failures.join('; '));
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  } finally {
    deadline?.dispose();
  }
}
