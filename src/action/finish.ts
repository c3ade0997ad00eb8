import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import type { Baseline } from '../diff/baseline.js';
import { baselineFromFile } from '../diff/baseline.js';
import { baselineFromArtifact } from '../publish/baseline-artifact.js';
import { baselineFromS3, saveReportToS3 } from '../publish/baseline-s3.js';
import { uploadReportArtifact } from '../publish/upload-artifact.js';
import { failOnNewVerdict, failOnVerdict } from '../report/fail-on.js';
import type { AuditReport } from '../report/schema.js';
import { JOB_SUMMARY } from '../render/limits.js';
import { resolveBaseline } from './baseline-order.js';
import type { ActionContext } from './context.js';
import { setCleanupOutputs } from './outputs.js';
import { publishReport } from './publish.js';

/** The S3 baseline's settings, when `baseline-s3-uri` is set (credentials: the first account's). */
function s3Target(ctx: ActionContext, credentials: AwsCredentialIdentityProvider | undefined) {
  const uri = ctx.publishing.baselineS3Uri;
  return uri
    ? {
        uri,
        region: ctx.settings.credentials.stsRegion,
        credentials,
        callTimeoutMs: ctx.settings.callTimeoutMs,
        signal: ctx.signal,
      }
    : undefined;
}

/** The previous report: the `previous-report` file, else the last successful run's artifact, else S3. */
export async function loadBaseline(
  ctx: ActionContext,
  credentials: AwsCredentialIdentityProvider | undefined,
): Promise<Baseline> {
  const { github, client, publishing } = ctx;
  const s3 = s3Target(ctx, credentials);
  const artifactName = publishing.artifactName;
  const baseline = await resolveBaseline(
    {
      file: ctx.previousReport ? () => baselineFromFile(ctx.previousReport) : undefined,
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
                signal: ctx.signal,
              })
          : undefined,
      s3: s3 ? () => baselineFromS3(s3) : undefined,
    },
    (message) => core.warning(message),
  );
  if (baseline.warning) core.warning(baseline.warning);
  return baseline;
}

export interface FinishOptions {
  reportPath: string;
  /** Uploaded with the report as the artifact (inventory and its views). */
  files: string[];
  /** The first account's credentials, for the S3 baseline. */
  credentials: AwsCredentialIdentityProvider | undefined;
  /** Markdown after the findings in the job summary, given the room left. */
  summaryExtra?: (markdown: string) => string;
  /** Failures already known (the run's deadline, missing parts). */
  failures: string[];
}

/**
 * report -> artifact, S3, job summary, PR comment or dashboard issues, Slack -> outputs -> the
 * step's verdict: every failure and gate at once.
 */
export async function publishAndFinish(
  ctx: ActionContext,
  report: AuditReport,
  options: FinishOptions,
): Promise<void> {
  const { github, publishing, settings } = ctx;
  const artifactName = publishing.artifactName;
  const s3 = s3Target(ctx, options.credentials);
  const published = await publishReport(report, {
    inputs: publishing,
    templates: ctx.templates,
    run: github,
    client: ctx.client,
    signal: ctx.signal,
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    writeSummary: async (markdown) => {
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      const summary = options.summaryExtra ? options.summaryExtra(markdown) : markdown;
      await core.summary.addRaw(summary).write();
    },
    uploadArtifact:
      artifactName && github
        ? () =>
            uploadReportArtifact({
              name: artifactName,
              files: [resolve(options.reportPath), ...options.files.map((p) => resolve(p))],
              rootDirectory: resolve(settings.outputDir),
              retentionDays: publishing.artifactRetentionDays,
              serverUrl: github.serverUrl,
              repository: `${github.owner}/${github.repo}`,
              runId: github.runId === undefined ? undefined : String(github.runId),
              signal: ctx.signal,
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
    [failOnVerdict(report, ctx.failOn), `fail-on: ${ctx.failOn}`],
    [failOnNewVerdict(report, ctx.failOnNew), `fail-on-new: ${ctx.failOnNew}`],
  ].filter(([verdict]) => verdict !== null);
  const failures = [
    ...options.failures,
    ...published.failures,
    ...(cleanupFailed > 0
      ? [`${cleanupFailed} cleanup action(s) failed (see the report's cleanup log)`]
      : []),
    ...verdicts.map(([verdict, gate]) => `${verdict} (${gate})`),
  ];
  if (failures.length > 0) core.setFailed(failures.join('; '));
}

/** The findings, then what fits of `more` (each section tried in order) within the summary's limit. */
export function withinSummary(markdown: string, ...more: ((room: number) => string | undefined)[]): string {
  let summary = markdown;
  for (const section of more) {
    const text = section(JOB_SUMMARY.budget - JOB_SUMMARY.measure(summary) - 1);
    if (text && JOB_SUMMARY.measure(`${summary}\n${text}`) <= JOB_SUMMARY.budget)
      summary = `${summary}\n${text}`;
  }
  return summary;
}
