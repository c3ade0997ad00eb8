import { parseArgs } from 'node:util';
import { defaultRoleSessionName, validateRoleSessionName } from '../../credentials/session-name.js';
import { deniedWarnings } from '../../render/denied.js';
import { scanSummaryText } from '../../render/scan-summary.js';
import { preflightScan } from '../../preflight.js';
import { checkRegionCodes } from '../../scan/region-codes.js';
import { runAudit } from '../../run-audit.js';
import { startRunDeadline } from '../../aws/deadline.js';
import { OVERRUN_GRACE_MS, runDeadlineMessage, runScan } from '../../run-scan.js';
import { DEFAULTS } from '../../defaults.js';
import { parseArnList, readOrganization, readScanOptions, type RunSettings } from '../../settings.js';
import { asUsageError } from '../../usage-error.js';
import { HELP } from '../help.js';
import { EXIT, type Io } from '../io.js';
import { terminalProgress } from '../progress.js';
import { runInfoFromEnv } from '../../action/run-info.js';
import { auditOptions, finishAudit, readBaseline, readGates } from './audit-options.js';

const scanOptions = {
  regions: { type: 'string' },
  'exclude-regions': { type: 'string' },
  services: { type: 'string' },
  'exclude-services': { type: 'string' },
  region: { type: 'string' },
  'role-arn': { type: 'string' },
  'additional-role-arns': { type: 'string' },
  accounts: { type: 'string' },
  'member-role-name': { type: 'string' },
  'organizational-units': { type: 'string' },
  'include-accounts': { type: 'string' },
  'exclude-accounts': { type: 'string' },
  'external-id': { type: 'string' },
  'max-concurrency': { type: 'string' },
  'max-attempts': { type: 'string' },
  'call-timeout-seconds': { type: 'string' },
  'region-timeout-seconds': { type: 'string' },
  'timeout-minutes': { type: 'string' },
  'output-dir': { type: 'string' },
  'session-name': { type: 'string' },
  ...auditOptions,
  help: { type: 'boolean', short: 'h' },
} as const;

function scanSettings(get: (name: string) => string | undefined): RunSettings {
  const sessionName = get('session-name');
  const stsRegion = get('region') ?? process.env.AWS_REGION ?? DEFAULTS.region;
  checkRegionCodes([stsRegion], get('region') !== undefined ? '--region' : 'AWS_REGION');
  return {
    credentials: {
      roleFromAmbient: get('role-arn'),
      audience: DEFAULTS.audience,
      sessionName: sessionName
        ? asUsageError(() => validateRoleSessionName(sessionName, '--session-name'))
        : defaultRoleSessionName(),
      durationSeconds: DEFAULTS.durationSeconds,
      stsRegion,
      additionalRoles: parseArnList(get('additional-role-arns')),
      organization: readOrganization(get, (name) => `--${name}`),
      externalId: get('external-id'),
    },
    ...readScanOptions(get, (name) => `--${name}`),
  };
}

export async function scanCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: scanOptions, strict: true, allowPositionals: false });
  if (values.help) {
    io.out(HELP);
    return EXIT.ok;
  }
  const get = (name: string) => {
    const value = (values as Record<string, unknown>)[name];
    return typeof value === 'string' ? value : undefined;
  };
  const gates = readGates(get);
  const settings = scanSettings(get);
  const info = (message: string) => io.err(message);
  const config = await preflightScan(settings, { config: get('config'), label: (name) => `--${name}`, info });
  const baseline = await readBaseline(get('previous-report'), io);
  const deadline = startRunDeadline(settings.timeoutMinutes, {
    graceMs: OVERRUN_GRACE_MS,
    onOverrun: () => {
      io.err(`aws-audit: the run did not end within --timeout-minutes (${settings.timeoutMinutes}); stopped`);
      process.exit(EXIT.failed);
    },
  });
  try {
    const { inventory, inventoryPath } = await runScan(settings, {
      // The CLI never runs inside an Actions job with an OIDC token; --role-arn uses AssumeRole.
      getIdToken: () => Promise.reject(new Error('GitHub OIDC is only available inside GitHub Actions')),
      setSecret: () => undefined,
      info,
      progress: terminalProgress(),
      signal: deadline.signal,
    });
    const cutShort = runDeadlineMessage(inventory, deadline);
    io.out(scanSummaryText(inventory));
    for (const warning of deniedWarnings(inventory.errors)) io.err(`warning: ${warning}`);
    io.out(`Inventory written to ${inventoryPath}`);
    const { report, reportPath } = await runAudit(inventory, {
      config,
      outputDir: settings.outputDir,
      baseline,
      run: runInfoFromEnv(),
    });
    const code = finishAudit(report, reportPath, io, gates);
    if (cutShort) {
      io.err(`aws-audit: ${cutShort}`);
      return EXIT.failed;
    }
    return code;
  } finally {
    deadline.dispose();
  }
}
