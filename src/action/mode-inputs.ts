import { checkGroupName, MAX_JOBS_LIMIT, parsePlan, type ScanPlan } from '../report/plan.js';
import { DEFAULTS } from '../defaults.js';
import { parseInteger, type RunSettings } from '../settings.js';
import { checkPlanInputs } from '../run-plan.js';
import { UsageError } from '../usage-error.js';
import type { CleanupInputs } from './cleanup-inputs.js';

/**
 * `run`: the whole pipeline in one job. For an organization across a job matrix: `plan` (the
 * groups, as the `matrix` output), `scan` (one group, uploaded as a part; publishes nothing),
 * `merge` (the parts into one report, diffed and published once).
 */
export const ACTION_MODES = ['run', 'plan', 'scan', 'merge'] as const;
export type ActionMode = (typeof ACTION_MODES)[number];

export type ModeInputs =
  | { mode: 'run' }
  | { mode: 'plan'; maxJobs: number }
  | { mode: 'scan'; group: string }
  | { mode: 'merge'; plan: ScanPlan | undefined };

type GetInput = (name: string) => string;

/** The inputs each mode alone takes: given to another mode they are a mistake, said before any call. */
const ONLY_IN: Record<string, ActionMode> = { 'max-jobs': 'plan', group: 'scan', plan: 'merge' };

export function readModeInputs(getInput: GetInput): ModeInputs {
  const mode = (getInput('mode').trim() || 'run') as ActionMode;
  if (!ACTION_MODES.includes(mode))
    throw new UsageError(`mode must be one of ${ACTION_MODES.join(', ')}, got '${getInput('mode').trim()}'`);
  for (const [input, owner] of Object.entries(ONLY_IN))
    if (owner !== mode && getInput(input).trim())
      throw new UsageError(`${input} is only used with mode: ${owner} (this is mode: ${mode})`);
  switch (mode) {
    case 'plan':
      return {
        mode,
        maxJobs: parseInteger(getInput('max-jobs'), 'max-jobs', DEFAULTS.maxJobs, 1, MAX_JOBS_LIMIT),
      };
    case 'scan': {
      const group = getInput('group').trim();
      if (!group)
        throw new UsageError(
          "mode: scan needs group (the matrix job's `matrix.group`): it names the part artifact",
        );
      return { mode, group: checkGroupName(group, 'group') };
    }
    case 'merge': {
      const plan = getInput('plan').trim();
      return { mode, plan: plan ? parsePlan(plan, 'plan') : undefined };
    }
    default:
      return { mode: 'run' };
  }
}

/** Which accounts to scan: plan and scan read them; merge reads parts and never an account. */
const TARGET_INPUTS = new Set([
  'accounts',
  'member-role-name',
  'organizational-units',
  'include-accounts',
  'exclude-accounts',
]);

/**
 * The inputs the settings are read from in this mode. A workflow often gives its three jobs the
 * same `with:`; merge ignores the account inputs instead of refusing `member-role-name` without
 * `accounts`.
 */
export function settingsInputs(modes: ModeInputs, getInput: GetInput): GetInput {
  if (modes.mode !== 'merge') return getInput;
  return (name) => (TARGET_INPUTS.has(name) ? '' : getInput(name));
}

/** What a mode needs from the other inputs, checked with them before any call. */
export function checkModeInputs(
  modes: ModeInputs,
  settings: RunSettings,
  cleanup: CleanupInputs,
  artifactName: string | undefined,
): void {
  if (modes.mode === 'run') return;
  if (cleanup.mode !== 'off')
    throw new UsageError(
      `cleanup: ${cleanup.mode} runs in mode: run only; a ${modes.mode} job of a plan does not act on resources`,
    );
  if (modes.mode === 'plan') checkPlanInputs(settings.credentials, (name) => name);
  if (modes.mode !== 'plan' && !artifactName)
    throw new UsageError(`mode: ${modes.mode} passes the parts as artifacts: artifact-name cannot be empty`);
}
