import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { getHomeDir, loadSharedConfigFiles } from '@smithy/core/config';
import type { AuditConfig } from './config/schema.js';
import type { CredentialInputs } from './credentials/index.js';
import { parseRoleArn } from './credentials/role-arn.js';
import { prepareAuditConfig } from './run-audit.js';
import type { RunSettings } from './settings.js';
import { UsageError, asUsageError } from './usage-error.js';

/** How the Action's inputs and the CLI's flags are named in messages: `output-dir` or `--output-dir`. */
export type Label = (name: string) => string;

/** An output directory that is a file would fail the run after the whole scan; say so first. */
export async function checkOutputDir(dir: string, label: Label): Promise<void> {
  try {
    if (!(await stat(dir)).isDirectory()) {
      throw new UsageError(`${label('output-dir')}: ${dir} exists and is not a directory`);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return; // created when the results are written
    if (code === 'ENOTDIR')
      throw new UsageError(`${label('output-dir')}: ${dir} is inside a file, not a directory`);
    throw error;
  }
}

/**
 * AWS_PROFILE naming a profile that is in neither shared file: the SDK would fail only at the first
 * call, with a message that does not say which files it read. The files are those the SDK reads.
 */
export async function checkAwsProfile(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const profile = env.AWS_PROFILE?.trim();
  if (!profile) return;
  const configPath = env.AWS_CONFIG_FILE || join(getHomeDir(), '.aws', 'config');
  const credentialsPath = env.AWS_SHARED_CREDENTIALS_FILE || join(getHomeDir(), '.aws', 'credentials');
  const { configFile, credentialsFile } = await loadSharedConfigFiles({
    configFilepath: configPath,
    filepath: credentialsPath,
    ignoreCache: true,
  });
  if (Object.hasOwn(configFile, profile) || Object.hasOwn(credentialsFile, profile)) return;
  throw new UsageError(
    `AWS_PROFILE is '${profile}', a profile in neither ${configPath} nor ${credentialsPath} ` +
      '(AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE choose other files); unset it or add the profile',
  );
}

/** Role ARNs, checked before anything (credential resolution checks them again, later). */
export function checkRoleArns(credentials: CredentialInputs, label: Label): void {
  asUsageError(() => {
    if (credentials.roleToAssume) parseRoleArn(credentials.roleToAssume, label('role-to-assume'));
    if (credentials.roleFromAmbient) parseRoleArn(credentials.roleFromAmbient, label('role-arn'));
    credentials.additionalRoles.forEach((arn, index) =>
      parseRoleArn(arn, `${label('additional-role-arns')} entry ${index + 1}`),
    );
  });
}

/**
 * Everything that can be checked without AWS, before the first call: a mistake in the inputs or
 * the config file must cost no scan. Returns the audit configuration the audit will use.
 */
export async function preflightScan(
  settings: RunSettings,
  options: { config: string | undefined; label: Label; info: (message: string) => void },
): Promise<AuditConfig> {
  const { label } = options;
  checkRoleArns(settings.credentials, label);
  await checkAwsProfile();
  await checkOutputDir(settings.outputDir, label);
  return prepareAuditConfig(options.config, label('config'), options.info);
}
