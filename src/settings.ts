import type { CredentialInputs } from './credentials/index.js';
import { validateRegionNames } from './scan/regions.js';

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

export const DEFAULTS = {
  audience: 'sts.amazonaws.com',
  region: 'us-east-1',
  durationSeconds: 3600,
  maxConcurrency: 64,
  maxAttempts: 8,
  callTimeoutSeconds: 30,
  regionTimeoutSeconds: 600,
  // Well inside GitHub's 6-hour job limit; a scan of 10,000 resources takes about a minute.
  timeoutMinutes: 60,
  outputDir: 'aws-audit-output',
} as const;

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

/** `all` (or nothing) means no restriction. */
export function parseSelection(value: string | undefined): string[] | undefined {
  const list = parseList(value);
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
  if (!/^\d+$/.test(text)) throw new Error(`${name} must be a whole number, got '${text}'`);
  const parsed = Number(text);
  if (parsed < min || parsed > max)
    throw new Error(`${name} must be between ${min} and ${max}, got ${parsed}`);
  return parsed;
}

export function checkRegions(settings: Pick<RunSettings, 'regions' | 'excludeRegions'>): void {
  if (settings.regions) validateRegionNames(settings.regions, 'regions');
  validateRegionNames(settings.excludeRegions, 'exclude-regions');
}

/** The scan options the Action's inputs and the CLI's flags share (same names; `label` names the source). */
export function readScanOptions(
  get: (name: string) => string | undefined,
  label: (name: string) => string,
): Omit<RunSettings, 'credentials'> {
  const integer = (name: string, fallback: number, min: number, max: number) =>
    parseInteger(get(name), label(name), fallback, min, max);
  return {
    regions: parseSelection(get('regions')),
    excludeRegions: parseList(get('exclude-regions')),
    services: parseSelection(get('services')),
    excludeServices: parseList(get('exclude-services')),
    maxConcurrency: integer('max-concurrency', DEFAULTS.maxConcurrency, 1, 256),
    maxAttempts: integer('max-attempts', DEFAULTS.maxAttempts, 1, 20),
    callTimeoutMs: integer('call-timeout-seconds', DEFAULTS.callTimeoutSeconds, 1, 600) * 1000,
    regionTimeoutMs: integer('region-timeout-seconds', DEFAULTS.regionTimeoutSeconds, 10, 21_600) * 1000,
    timeoutMinutes: integer('timeout-minutes', DEFAULTS.timeoutMinutes, 1, 350),
    outputDir: get('output-dir')?.trim() || DEFAULTS.outputDir,
  };
}
