import { defaultRoleSessionName, validateRoleSessionName } from '../credentials/session-name.js';
import { checkRegionCodes } from '../scan/region-codes.js';
import { DEFAULTS } from '../defaults.js';
import {
  parseArnList,
  readOrganization,
  parseInteger,
  readScanOptions,
  type RunSettings,
} from '../settings.js';
import { asUsageError } from '../usage-error.js';

type GetInput = (name: string) => string;

/** Reads and validates the Action's inputs; every error names the input. */
export function readActionInputs(getInput: GetInput, env: NodeJS.ProcessEnv = process.env): RunSettings {
  const sessionName = getInput('role-session-name').trim();
  const region = getInput('aws-region').trim() || DEFAULTS.region;
  checkRegionCodes([region], 'aws-region');
  return {
    credentials: {
      roleToAssume: getInput('role-to-assume').trim() || undefined,
      audience: getInput('audience').trim() || DEFAULTS.audience,
      sessionName: sessionName
        ? asUsageError(() => validateRoleSessionName(sessionName, 'role-session-name'))
        : defaultRoleSessionName(env),
      durationSeconds: parseInteger(
        getInput('role-duration-seconds'),
        'role-duration-seconds',
        DEFAULTS.durationSeconds,
        900,
        43_200,
      ),
      stsRegion: region,
      additionalRoles: parseArnList(getInput('additional-role-arns')),
      organization: readOrganization(getInput, (name) => name),
    },
    ...readScanOptions(getInput, (name) => name),
  };
}
