import * as core from '@actions/core';
import { runPlan } from '../run-plan.js';
import { escapeMarkdown } from '../render/escape-markdown.js';
import type { ActionContext } from './context.js';
import { loadBaseline } from './finish.js';

/**
 * mode: plan: the accounts split into groups, as the `matrix` output
 * (`strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`) and plan.json; scans nothing.
 */
export async function planStep(ctx: ActionContext, maxJobs: number): Promise<void> {
  const baseline = await loadBaseline(ctx, undefined);
  const { plan, planPath, accounts } = await runPlan(
    {
      credentials: ctx.settings.credentials,
      maxJobs,
      outputDir: ctx.settings.outputDir,
      callTimeoutMs: ctx.settings.callTimeoutMs,
    },
    baseline,
    {
      getIdToken: (audience) => core.getIDToken(audience),
      setSecret: (value) => core.setSecret(value),
      info: (message) => core.info(message),
    },
  );
  core.setOutput('matrix', JSON.stringify(plan));
  core.setOutput('plan-path', planPath);
  core.setOutput('account-ids', accounts.join(','));
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const rows = plan.include.map(
    (g) =>
      `| ${g.group} | ${g.accounts.split(',').length} | ${g.resources} | ${escapeMarkdown(g.accounts.replaceAll(',', ', '))} |`,
  );
  await core.summary
    .addRaw(
      [
        '## AWS audit: plan',
        '',
        `${accounts.length} account(s) in ${plan.include.length} group(s); each group is one scan job.`,
        '',
        '| Group | Accounts | Resources last run | Account ids |',
        '| ---: | ---: | ---: | --- |',
        ...rows,
        '',
      ].join('\n'),
    )
    .write();
}
