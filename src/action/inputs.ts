import { defaultRoleSessionName, validateRoleSessionName } from '../credentials/session-name.js';
import {
  DEFAULTS,
  parseArnList,
  parseInteger,
  parseList,
  parseSelection,
  type RunSettings,
} from '../settings.js';

type GetInput = (name: string) => string;

/** Reads and validates the Action's inputs; every error names the input. */
export function readActionInputs(getInput: GetInput, env: NodeJS.ProcessEnv = process.env): RunSettings {
  const sessionName = getInput('role-session-name').trim();
  const region = getInput('aws-region').trim() || DEFAULTS.region;
  return {
    credentials: {
      roleToAssume: getInput('role-to-assume').trim() || undefined,
      audience: getInput('audience').trim() || DEFAULTS.audience,
      sessionName: sessionName
        ? validateRoleSessionName(sessionName, 'role-session-name')
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
    },
    regions: parseSelection(getInput('regions')),
    excludeRegions: parseList(getInput('exclude-regions')),
    services: parseSelection(getInput('services')),
    excludeServices: parseList(getInput('exclude-services')),
    maxConcurrency: parseInteger(
      getInput('max-concurrency'),
      'max-concurrency',
      DEFAULTS.maxConcurrency,
      1,
      256,
    ),
    maxAttempts: parseInteger(getInput('max-attempts'), 'max-attempts', DEFAULTS.maxAttempts, 1, 20),
    callTimeoutMs:
      parseInteger(
        getInput('call-timeout-seconds'),
        'call-timeout-seconds',
        DEFAULTS.callTimeoutSeconds,
        1,
        600,
      ) * 1000,
    regionTimeoutMs:
      parseInteger(
        getInput('region-timeout-seconds'),
        'region-timeout-seconds',
        DEFAULTS.regionTimeoutSeconds,
        10,
        21_600,
      ) * 1000,
    outputDir: getInput('output-dir').trim() || DEFAULTS.outputDir,
  };
}
