import { parseArgs } from 'node:util';
import { defaultRoleSessionName, validateRoleSessionName } from '../../credentials/session-name.js';
import { checkOutputDir, checkRoleArns } from '../../preflight.js';
import { MAX_JOBS_LIMIT } from '../../report/plan.js';
import { checkRegionCodes } from '../../scan/region-codes.js';
import { checkPlanInputs, runPlan } from '../../run-plan.js';
import { DEFAULTS } from '../../defaults.js';
import { parseInteger, readOrganization } from '../../settings.js';
import { asUsageError } from '../../usage-error.js';
import { HELP } from '../help.js';
import { EXIT, type Io } from '../io.js';
import { readBaseline } from './audit-options.js';

const options = {
  region: { type: 'string' },
  'role-arn': { type: 'string' },
  accounts: { type: 'string' },
  'member-role-name': { type: 'string' },
  'organizational-units': { type: 'string' },
  'include-accounts': { type: 'string' },
  'exclude-accounts': { type: 'string' },
  'external-id': { type: 'string' },
  'session-name': { type: 'string' },
  'call-timeout-seconds': { type: 'string' },
  'max-jobs': { type: 'string' },
  'previous-report': { type: 'string' },
  'output-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * `aws-audit plan`: the accounts split into groups for parallel scan jobs. Prints the plan (the
 * matrix JSON, one line) and writes it to <output-dir>/plan.json; lists accounts, scans nothing.
 */
export async function planCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options, strict: true, allowPositionals: false });
  if (values.help) {
    io.out(HELP);
    return EXIT.ok;
  }
  const get = (name: string) => (values as Record<string, string | undefined>)[name];
  const label = (name: string) => `--${name}`;
  const stsRegion = get('region') ?? process.env.AWS_REGION ?? DEFAULTS.region;
  checkRegionCodes([stsRegion], get('region') !== undefined ? '--region' : 'AWS_REGION');
  const sessionName = get('session-name');
  const credentials = {
    roleFromAmbient: get('role-arn'),
    audience: DEFAULTS.audience,
    sessionName: sessionName
      ? asUsageError(() => validateRoleSessionName(sessionName, '--session-name'))
      : defaultRoleSessionName(),
    durationSeconds: DEFAULTS.durationSeconds,
    stsRegion,
    additionalRoles: [],
    organization: readOrganization(get, label),
    externalId: get('external-id'),
  };
  checkPlanInputs(credentials, label);
  checkRoleArns(credentials, label);
  const maxJobs = parseInteger(get('max-jobs'), '--max-jobs', DEFAULTS.maxJobs, 1, MAX_JOBS_LIMIT);
  const callTimeoutMs =
    parseInteger(get('call-timeout-seconds'), '--call-timeout-seconds', DEFAULTS.callTimeoutSeconds, 1, 600) *
    1000;
  const outputDir = get('output-dir')?.trim() || DEFAULTS.outputDir;
  await checkOutputDir(outputDir, label);
  const baseline = await readBaseline(get('previous-report'), io);
  const { plan, planPath } = await runPlan({ credentials, maxJobs, outputDir, callTimeoutMs }, baseline, {
    getIdToken: () => Promise.reject(new Error('GitHub OIDC is only available inside GitHub Actions')),
    setSecret: () => undefined,
    info: (message) => io.err(message),
  });
  io.out(JSON.stringify(plan));
  io.err(`Plan written to ${planPath}`);
  return EXIT.ok;
}
