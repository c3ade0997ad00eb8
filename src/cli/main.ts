import { parseArgs } from 'node:util';
import { defaultRoleSessionName, validateRoleSessionName } from '../credentials/session-name.js';
import { scanSummaryText } from '../render/scan-summary.js';
import { runScan } from '../run-scan.js';
import { scanPolicy } from '../scan/iam-policy.js';
import { serviceNames } from '../scan/registry.js';
import { DEFAULTS, parseArnList, readScanOptions, type RunSettings } from '../settings.js';
import { TOOL_VERSION } from '../version.js';
import { terminalProgress } from './progress.js';

const HELP = `aws-audit ${TOOL_VERSION}: inventory and audit live AWS accounts

Usage:
  aws-audit scan [options]     scan the account(s) into <output-dir>/inventory.json
  aws-audit iam-policy         print the read-only IAM policy the scan needs
  aws-audit --version | --help

Scan options:
  --regions LIST               regions to scan (comma-separated), or "all" (default: every enabled region)
  --exclude-regions LIST       regions to skip
  --services LIST              services to scan, or "all" (${serviceNames().join(', ')})
  --exclude-services LIST      services to skip
  --region REGION              region for STS and region discovery (default ${DEFAULTS.region})
  --role-arn ARN               assume this role from your current credentials first
  --additional-role-arns LIST  roles in more accounts to assume and scan too
  --external-id ID             external id for the assumed roles
  --max-concurrency N          concurrent API calls (default ${DEFAULTS.maxConcurrency})
  --max-attempts N             attempts per call, with adaptive retry (default ${DEFAULTS.maxAttempts})
  --call-timeout-seconds N     per-attempt socket timeout (default ${DEFAULTS.callTimeoutSeconds})
  --region-timeout-seconds N   time budget per region (default ${DEFAULTS.regionTimeoutSeconds})
  --output-dir DIR             where inventory.json goes (default ${DEFAULTS.outputDir})

Credentials come from the usual AWS sources (environment, profile, SSO, instance role).
AWS_ENDPOINT_URL points every call at an emulator such as moto or LocalStack.`;

interface Io {
  out(text: string): void;
  err(text: string): void;
}

const consoleIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

const scanOptions = {
  regions: { type: 'string' },
  'exclude-regions': { type: 'string' },
  services: { type: 'string' },
  'exclude-services': { type: 'string' },
  region: { type: 'string' },
  'role-arn': { type: 'string' },
  'additional-role-arns': { type: 'string' },
  'external-id': { type: 'string' },
  'max-concurrency': { type: 'string' },
  'max-attempts': { type: 'string' },
  'call-timeout-seconds': { type: 'string' },
  'region-timeout-seconds': { type: 'string' },
  'output-dir': { type: 'string' },
  'session-name': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function scanSettings(values: Record<string, string | boolean | undefined>): RunSettings {
  const get = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const sessionName = get('session-name');
  return {
    credentials: {
      roleFromAmbient: get('role-arn'),
      audience: DEFAULTS.audience,
      sessionName: sessionName
        ? validateRoleSessionName(sessionName, '--session-name')
        : defaultRoleSessionName(),
      durationSeconds: DEFAULTS.durationSeconds,
      stsRegion: get('region') ?? process.env.AWS_REGION ?? DEFAULTS.region,
      additionalRoles: parseArnList(get('additional-role-arns')),
      externalId: get('external-id'),
    },
    ...readScanOptions(get, (name) => `--${name}`),
  };
}

/** Returns the process exit code: 0 success, 1 failure, 2 usage error. */
export async function main(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(HELP);
    return command ? 0 : 2;
  }
  if (command === '--version') {
    io.out(TOOL_VERSION);
    return 0;
  }
  try {
    if (command === 'iam-policy') {
      io.out(JSON.stringify(scanPolicy(), null, 2));
      return 0;
    }
    if (command === 'scan') {
      const { values } = parseArgs({
        args: [...rest],
        options: scanOptions,
        strict: true,
        allowPositionals: false,
      });
      if (values.help) {
        io.out(HELP);
        return 0;
      }
      const { inventory, inventoryPath } = await runScan(scanSettings(values), {
        // The CLI never runs inside an Actions job with an OIDC token; --role-arn uses AssumeRole.
        getIdToken: () => Promise.reject(new Error('GitHub OIDC is only available inside GitHub Actions')),
        setSecret: () => undefined,
        info: (message) => io.err(message),
        progress: terminalProgress(),
      });
      io.out(scanSummaryText(inventory));
      io.out(`Inventory written to ${inventoryPath}`);
      return 0;
    }
    io.err(`Unknown command '${command}'.\n\n${HELP}`);
    return 2;
  } catch (error) {
    // Duck-typed: parseArgs errors come from Node's own realm, where instanceof checks can fail.
    const { code, message: text } = (error ?? {}) as { code?: unknown; message?: unknown };
    const message = typeof text === 'string' ? text : String(error);
    const usage = typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
    io.err(`aws-audit: ${message}`);
    return usage ? 2 : 1;
  }
}
