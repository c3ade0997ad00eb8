import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { downloadRunParts } from '../publish/part-artifacts.js';
import type { ScanPlan } from '../report/plan.js';
import { auditSummaryText } from '../render/audit-summary.js';
import { diffSummaryText } from '../render/diff-summary.js';
import { readParts, runMerge } from '../run-merge.js';
import type { ActionContext } from './context.js';
import { loadBaseline, publishAndFinish } from './finish.js';
import { setReportOutputs } from './outputs.js';
import { runInfoFromEnv } from './run-info.js';

/**
 * mode: merge: this run's parts (the scan jobs' artifacts) -> one report, every planned account in
 * no part recorded as not read -> diffed against the previous merged report -> published once. A
 * missing part fails the step, after publishing what was read.
 */
export async function mergeStep(ctx: ActionContext, plan: ScanPlan | undefined): Promise<void> {
  const artifactName = ctx.publishing.artifactName as string;
  if (!plan)
    core.warning(
      'mode: merge without plan: the accounts of a scan job that failed cannot be named as missing. Pass plan: ${{ needs.plan.outputs.matrix }}',
    );
  const downloads = await downloadRunParts({
    artifactName,
    directory: join(process.env.RUNNER_TEMP || tmpdir(), `aws-audit-parts-${process.pid}`),
    signal: ctx.signal,
  });
  for (const failure of downloads.failures) core.warning(failure);
  const parts = await readParts(
    downloads.parts.map((p) => p.path),
    (message) => core.warning(message),
  );
  if (parts.length === 0)
    throw new Error(
      `No part of this run could be read (artifacts '${artifactName}-part-<group>'): did the scan jobs run with mode: scan and the same artifact-name?`,
    );
  core.info(`Merging ${parts.length} part(s): groups ${downloads.parts.map((p) => p.group).join(', ')}`);
  const baseline = await loadBaseline(ctx, undefined);
  const { report, reportPath, missing } = await runMerge(parts, {
    plan,
    baseline,
    outputDir: ctx.settings.outputDir,
    run: runInfoFromEnv(),
  });
  core.info(auditSummaryText(report));
  core.info(diffSummaryText(report));
  for (const warning of report.warnings) core.warning(warning);
  core.setOutput('account-ids', report.accounts.map((a) => a.id).join(','));
  core.setOutput(
    'missing-groups',
    missing
      .filter((m) => m.wholeGroup)
      .map((m) => m.group)
      .join(','),
  );
  setReportOutputs((name, value) => core.setOutput(name, value), report, reportPath);
  const unread = missing.flatMap((m) => m.accounts);
  await publishAndFinish(ctx, report, {
    reportPath,
    files: [],
    credentials: undefined,
    failures: missing.length
      ? [
          `${unread.length} planned account(s) were not read (group(s) ${missing.map((m) => m.group).join(', ')}): their findings are unknown, not resolved`,
        ]
      : [],
  });
}
