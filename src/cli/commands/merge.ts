import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { checkOutputDir } from '../../preflight.js';
import { parsePlan } from '../../report/plan.js';
import { readParts, runMerge } from '../../run-merge.js';
import { DEFAULTS } from '../../defaults.js';
import { UsageError } from '../../usage-error.js';
import { errorMessage } from '../../shared/errors.js';
import { runInfoFromEnv } from '../../action/run-info.js';
import { HELP } from '../help.js';
import { EXIT, type Io } from '../io.js';
import { finishAudit, readBaseline, readGates } from './audit-options.js';

const options = {
  plan: { type: 'string' },
  'previous-report': { type: 'string' },
  'output-dir': { type: 'string' },
  'fail-on': { type: 'string' },
  'fail-on-new': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * `aws-audit merge PART...`: the parts the scan jobs wrote (report.json files, or the directories
 * holding them) into one report, weighed against the previous merged report. With --plan, every
 * planned account in no part is recorded as not read: its findings stay unknown. No AWS call.
 */
export async function mergeCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, options, strict: true, allowPositionals: true });
  if (values.help) {
    io.out(HELP);
    return EXIT.ok;
  }
  if (positionals.length === 0)
    throw new UsageError('merge needs the parts: report.json files (or their directories) of the scan jobs');
  const gates = readGates((name) => (values as Record<string, string | undefined>)[name]);
  const outputDir = values['output-dir'] ?? DEFAULTS.outputDir;
  await checkOutputDir(outputDir, (name) => `--${name}`);
  const planFile = values.plan;
  const plan = planFile
    ? parsePlan(
        await readFile(planFile, 'utf8').catch((error: unknown) => {
          throw new UsageError(`--plan ${planFile} cannot be read: ${errorMessage(error)}`);
        }),
        `--plan ${planFile}`,
      )
    : undefined;
  const baseline = await readBaseline(values['previous-report'], io);
  const warn = (message: string) => io.err(`warning: ${message}`);
  const parts = await readParts(positionals, warn);
  if (parts.length === 0) throw new Error('none of the parts could be read; nothing to merge');
  const { report, reportPath, missing } = await runMerge(parts, {
    plan,
    baseline,
    outputDir,
    run: runInfoFromEnv(),
  });
  io.err(`Merged ${parts.length} part(s): ${report.accounts.length} account(s) read`);
  for (const warning of report.warnings) warn(warning);
  const code = finishAudit(report, reportPath, io, gates);
  // A missing part is a failed run: the organization was not read whole.
  return missing.length > 0 && code === EXIT.ok ? EXIT.failed : code;
}
