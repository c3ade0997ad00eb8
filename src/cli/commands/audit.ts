import { parseArgs } from 'node:util';
import { readInventory } from '../../inventory/io.js';
import { checkOutputDir } from '../../preflight.js';
import { prepareAuditConfig, runAudit } from '../../run-audit.js';
import { DEFAULTS } from '../../defaults.js';
import { HELP } from '../help.js';
import { EXIT, type Io } from '../io.js';
import { runInfoFromEnv } from '../../action/run-info.js';
import { auditOptions, finishAudit, readBaseline, readGates } from './audit-options.js';

const options = {
  inventory: { type: 'string' },
  'output-dir': { type: 'string' },
  ...auditOptions,
  help: { type: 'boolean', short: 'h' },
} as const;

/** Audits a saved inventory: no AWS call at all. */
export async function auditCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options, strict: true, allowPositionals: false });
  if (values.help) {
    io.out(HELP);
    return EXIT.ok;
  }
  if (!values.inventory) {
    io.err('aws-audit: audit needs --inventory FILE (an inventory.json written by aws-audit scan)');
    return EXIT.usage;
  }
  const gates = readGates((name) => (values as Record<string, string | undefined>)[name]);
  const outputDir = values['output-dir'] ?? DEFAULTS.outputDir;
  const config = await prepareAuditConfig(values.config, '--config', (message) => io.err(message));
  await checkOutputDir(outputDir, (name) => `--${name}`);
  const inventory = await readInventory(values.inventory);
  const baseline = await readBaseline(values['previous-report'], io);
  const { report, reportPath } = await runAudit(inventory, {
    config,
    outputDir,
    baseline,
    run: runInfoFromEnv(),
  });
  return finishAudit(report, reportPath, io, gates);
}
