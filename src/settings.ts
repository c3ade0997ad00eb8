import type { CredentialInputs } from './credentials/index.js';
import { DEFAULTS } from './defaults.js';
import { checkRegionCodes } from './scan/region-codes.js';
import { selectCollectors, serviceNames } from './scan/registry.js';
import { UsageError } from './usage-error.js';
import { checkOrganizationOptions, type OrganizationOptions } from './credentials/organization.js';

/** Everything a scan run needs, from the Action's inputs or the CLI's flags. */
export interface RunSettings {
  credentials: CredentialInputs;
  /** undefined: every enabled region. */
  regions?: string[];
  excludeRegions: string[];
  /** undefined: every service. */
  services?: string[];
  excludeServices: string[];
  maxConcurrency: number;
  maxAttempts: number;
  callTimeoutMs: number;
  regionTimeoutMs: number;
  /** The whole run's time limit: pending calls are abandoned then and the run ends with what it has. */
  timeoutMinutes: number;
  outputDir: string;
}

/** Comma- or newline-separated values; empty entries dropped. */
export function parseList(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * Role ARNs, one per line or comma-separated. IAM allows commas inside role names, so a comma
 * separates two entries only when the next one starts with `arn:`.
 */
export function parseArnList(value: string | undefined): string[] {
  return (value ?? '')
    .split(/\n|,(?=\s*arn:)/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * `all` (or nothing) means no restriction. Separators without a name (`" , "`) select nothing,
 * which is never what was meant: an error naming the input, not a silent "all".
 */
export function parseSelection(value: string | undefined, name: string): string[] | undefined {
  const list = parseList(value);
  if (list.length === 0 && (value ?? '').trim() !== '') {
    throw new UsageError(`${name} lists no entries ('${(value ?? '').trim()}'); give names, or all`);
  }
  return list.length === 0 || (list.length === 1 && list[0]?.toLowerCase() === 'all') ? undefined : list;
}

export function parseInteger(
  value: string | undefined,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const text = (value ?? '').trim();
  if (text === '') return fallback;
  if (!/^\d+$/.test(text)) throw new UsageError(`${name} must be a whole number, got '${text}'`);
  const parsed = Number(text);
  if (parsed < min || parsed > max)
    throw new UsageError(`${name} must be between ${min} and ${max}, got ${parsed}`);
  return parsed;
}

/**
 * Region codes checked offline against the SDK's region list, and a selection that leaves no
 * region; `label` names the input or flag. Whether a region is enabled is up to the account.
 */
export function checkRegions(
  settings: Pick<RunSettings, 'regions' | 'excludeRegions'>,
  label: (name: string) => string = (name) => name,
): void {
  if (settings.regions) checkRegionCodes(settings.regions, label('regions'));
  checkRegionCodes(settings.excludeRegions, label('exclude-regions'));
  if (settings.regions && settings.regions.every((region) => settings.excludeRegions.includes(region))) {
    throw new UsageError(
      `${label('exclude-regions')} excludes every region ${label('regions')} lists (${settings.regions.join(', ')}): nothing to scan`,
    );
  }
}

/** Unknown service names, or a selection that leaves none, are errors naming the inputs. */
export function checkServices(
  settings: Pick<RunSettings, 'services' | 'excludeServices'>,
  label: (name: string) => string = (name) => name,
): void {
  const known = serviceNames();
  for (const [name, list] of [
    ['services', settings.services ?? []],
    ['exclude-services', settings.excludeServices],
  ] as const) {
    const unknown = list.filter((service) => !known.includes(service));
    if (unknown.length > 0) {
      throw new UsageError(
        `${label(name)}: unknown service(s): ${unknown.join(', ')}. Available: ${known.join(', ')}`,
      );
    }
  }
  if (selectCollectors(settings.services, settings.excludeServices).length === 0) {
    throw new UsageError(
      `${label('exclude-services')} excludes every service ${settings.services ? `${label('services')} lists` : 'there is'}` +
        ` (${settings.excludeServices.join(', ')}): nothing to scan`,
    );
  }
}

/** The scan options the Action's inputs and the CLI's flags share (same names; `label` names the source). */
export function readScanOptions(
  get: (name: string) => string | undefined,
  label: (name: string) => string,
): Omit<RunSettings, 'credentials'> {
  const integer = (name: string, fallback: number, min: number, max: number) =>
    parseInteger(get(name), label(name), fallback, min, max);
  const selection = {
    regions: parseSelection(get('regions'), label('regions')),
    excludeRegions: parseList(get('exclude-regions')),
    services: parseSelection(get('services'), label('services')),
    excludeServices: parseList(get('exclude-services')),
  };
  checkRegions(selection, label);
  checkServices(selection, label);
  return {
    ...selection,
    maxConcurrency: integer('max-concurrency', DEFAULTS.maxConcurrency, 1, 256),
    maxAttempts: integer('max-attempts', DEFAULTS.maxAttempts, 1, 20),
    callTimeoutMs: integer('call-timeout-seconds', DEFAULTS.callTimeoutSeconds, 1, 600) * 1000,
    regionTimeoutMs: integer('region-timeout-seconds', DEFAULTS.regionTimeoutSeconds, 10, 21_600) * 1000,
    timeoutMinutes: integer('timeout-minutes', DEFAULTS.timeoutMinutes, 1, 350),
    outputDir: get('output-dir')?.trim() || DEFAULTS.outputDir,
  };
}

const ORGANIZATION_OPTIONS = [
  'member-role-name',
  'organizational-units',
  'include-accounts',
  'exclude-accounts',
];

/**
 * `accounts: organization` (or a list of account ids, a plan's group) and its options (the Action's
 * inputs and the CLI's flags share the names), checked before any call; undefined when `accounts`
 * is not set.
 */
export function readOrganization(
  get: (name: string) => string | undefined,
  label: (name: string) => string,
): OrganizationOptions | undefined {
  const accounts = get('accounts')?.trim();
  if (!accounts) {
    const stray = ORGANIZATION_OPTIONS.find((name) => get(name)?.trim());
    if (stray) throw new UsageError(`${label(stray)} is only used with ${label('accounts')}: organization`);
    return undefined;
  }
  const given = accounts === 'organization' ? undefined : parseList(accounts);
  if (given && !given.every((id) => /^\d{12}$/.test(id))) {
    throw new UsageError(
      `${label('accounts')}: '${accounts}' is neither 'organization' (the organization's accounts) nor a list of 12-digit account ids (a plan's group); leave it empty to scan the credentials' account (and additional-role-arns)`,
    );
  }
  const memberRoleName = get('member-role-name')?.trim();
  if (!memberRoleName) {
    throw new UsageError(
      `${label('accounts')}: ${given ? 'a list of accounts' : 'organization'} needs ${label('member-role-name')}: the role to assume in each member account`,
    );
  }
  const listing = ['organizational-units', 'include-accounts', 'exclude-accounts'].find((name) =>
    get(name)?.trim(),
  );
  if (given && listing)
    throw new UsageError(
      `${label(listing)} filters ${label('accounts')}: organization, not a list of accounts`,
    );
  const options = {
    memberRoleName,
    organizationalUnits: parseList(get('organizational-units')),
    includeAccounts: parseList(get('include-accounts')),
    excludeAccounts: parseList(get('exclude-accounts')),
    ...(given ? { accounts: given } : {}),
  };
  checkOrganizationOptions(options, label);
  return options;
}
