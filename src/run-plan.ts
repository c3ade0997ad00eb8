import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { resolveCredentials, type CredentialDeps, type CredentialInputs } from './credentials/index.js';
import type { Baseline } from './diff/baseline.js';
import { planGroups, resourcesByAccount, type ScanPlan } from './report/plan.js';
import { UsageError } from './usage-error.js';

export interface PlanSettings {
  credentials: CredentialInputs;
  maxJobs: number;
  outputDir: string;
  callTimeoutMs: number;
}

/** `accounts` must say which accounts to plan: the plan's jobs reach each through the member role. */
export function checkPlanInputs(credentials: CredentialInputs, label: (name: string) => string): void {
  if (!credentials.organization)
    throw new UsageError(
      `planning needs ${label('accounts')}: organization (or a list of account ids) and ${label('member-role-name')}: each scan job reaches its accounts through the member role`,
    );
  if (credentials.additionalRoles.length > 0)
    throw new UsageError(
      `${label('additional-role-arns')} cannot be planned: a scan job is given account ids and reaches each through ${label('member-role-name')}`,
    );
}

/**
 * The plan step: the accounts to scan (the organization's, listed, or those given), split into at
 * most max-jobs groups balanced by the resources each held in the previous merged report. Writes
 * plan.json (the matrix) to the output directory and returns it. Lists accounts; scans nothing.
 */
export async function runPlan(
  settings: PlanSettings,
  baseline: Baseline | undefined,
  deps: CredentialDeps,
): Promise<{ plan: ScanPlan; planPath: string; accounts: string[] }> {
  const { targets } = await resolveCredentials(settings.credentials, {
    ...deps,
    callTimeoutMs: settings.callTimeoutMs,
  });
  const accounts = targets.flatMap((t) => (t.expectedAccountId ? [t.expectedAccountId] : []));
  const resources = resourcesByAccount(baseline?.report);
  const plan = planGroups(accounts, resources, settings.maxJobs);
  const known = accounts.filter((id) => resources.has(id)).length;
  deps.info(
    `Plan: ${accounts.length} account(s) in ${plan.include.length} group(s) of at most ${settings.maxJobs}; ` +
      (known > 0
        ? `balanced by the resources of ${known} account(s) in the previous report${known < accounts.length ? ` (the other ${accounts.length - known} weighed as the median)` : ''}`
        : 'no previous report to balance by: about equal numbers of accounts per group'),
  );
  const planPath = join(settings.outputDir, 'plan.json');
  await mkdir(settings.outputDir, { recursive: true });
  await writeFile(planPath, `${JSON.stringify(plan, null, 2)}\n`);
  return { plan, planPath, accounts };
}
