import { parseArgs } from 'node:util';
import { applyBaseline } from '../../diff/diff.js';
import { readReport, ReportValidationError } from '../../report/io.js';
import { diffSummaryText } from '../../render/diff-summary.js';
import { UsageError } from '../../usage-error.js';
import { HELP } from '../help.js';
import { EXIT, type Io } from '../io.js';

const options = {
  previous: { type: 'string' },
  current: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Reads a report named on the command line; a file that is not one is the user's mistake. */
async function reportArgument(path: string) {
  try {
    return await readReport(path);
  } catch (error) {
    if (error instanceof ReportValidationError) throw new UsageError(error.message, { cause: error });
    throw error;
  }
}

/** The diff of two saved reports, as the scan would make it: no AWS call, nothing written. */
export async function diffCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options, strict: true, allowPositionals: false });
  if (values.help) {
    io.out(HELP);
    return EXIT.ok;
  }
  if (!values.previous || !values.current) {
    io.err('aws-audit: diff needs --previous FILE and --current FILE (two report.json files)');
    return EXIT.usage;
  }
  const previous = await reportArgument(values.previous);
  const current = await reportArgument(values.current);
  const diffed = applyBaseline(current, previous, {
    source: 'file',
    location: values.previous,
    generatedAt: previous.generatedAt,
    note: null,
  });
  if (values.json) {
    const pick = (state: string) => diffed.findings.filter((f) => f.history.state === state);
    io.out(
      JSON.stringify(
        {
          baseline: diffed.baseline,
          byState: diffed.summary.byState,
          new: [...pick('new'), ...pick('reopened')],
          resolved: diffed.resolvedFindings,
          unknown: diffed.unknownFindings,
          persisting: pick('persisting').length,
          suppressed: pick('suppressed').length,
        },
        null,
        2,
      ),
    );
  } else {
    io.out(diffSummaryText(diffed));
  }
  return EXIT.ok;
}
