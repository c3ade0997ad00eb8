import { parseArgs } from 'node:util';
import { standardCompliance } from '../../report/compliance.js';
import { readReport, ReportValidationError } from '../../report/io.js';
import { COMPLIANCE_STATUSES, type ComplianceStatus } from '../../report/schema.js';
import { complianceMarkdown, complianceRows } from '../../render/compliance.js';
import { catalog } from '../../rules/catalog/index.js';
import { STANDARD_KEYS, STANDARDS, type StandardKey } from '../../rules/compliance.js';
import { UsageError } from '../../usage-error.js';
import { TOOL_VERSION } from '../../version.js';
import { HELP } from '../help.js';
import { EXIT, type Io } from '../io.js';

const FORMATS = ['markdown', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** Standards people ask for whose control tables this version does not have: refused, never faked. */
const NOT_IN_THIS_VERSION: Readonly<Record<string, string>> = {
  nist: 'NIST SP 800-53',
  pci: 'PCI DSS',
};

const options = {
  report: { type: 'string' },
  standard: { type: 'string' },
  format: { type: 'string' },
  status: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The standard named, checked before anything is read. */
export function standardOption(value: string | undefined): StandardKey {
  const known = STANDARD_KEYS.join(', ');
  if (value === undefined) throw new UsageError(`compliance needs --standard (one of ${known})`);
  const key = value.toLowerCase();
  const missing = NOT_IN_THIS_VERSION[key];
  if (missing !== undefined) {
    throw new UsageError(
      `--standard ${key}: the ${missing} control table is not in this version (${TOOL_VERSION}), so no ` +
        `rule is mapped to it and no view can be given; the standards are ${known}`,
    );
  }
  if (!(STANDARD_KEYS as readonly string[]).includes(key))
    throw new UsageError(`--standard ${value} is not a standard of this version; the standards are ${known}`);
  return key as StandardKey;
}

/** `--status fail,not-judged`: the statuses to show (all when absent). */
export function statusOption(value: string | undefined): ComplianceStatus[] {
  if (value === undefined) return [];
  const given = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const unknown = given.filter((s) => !(COMPLIANCE_STATUSES as readonly string[]).includes(s));
  if (given.length === 0 || unknown.length > 0) {
    throw new UsageError(
      `--status ${value}: ${unknown.length > 0 ? `unknown ${unknown.join(', ')}; ` : ''}` +
        `the statuses are ${COMPLIANCE_STATUSES.join(', ')}`,
    );
  }
  return [...new Set(given)] as ComplianceStatus[];
}

function formatOption(value: string | undefined): Format {
  const format = value ?? 'markdown';
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format ${format} is not a format; the formats are ${FORMATS.join(', ')}`);
  return format as Format;
}

/**
 * A saved report's compliance view of one standard: per account, each control pass, fail, not
 * applicable or not judged, with the findings behind each fail. No AWS call. A report of schema
 * version 4 or older has no view of its own: it is computed from its findings and rule scopes
 * with this version's rule catalog, and the output says so.
 */
export async function complianceCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options, strict: true, allowPositionals: false });
  if (values.help) {
    io.out(HELP);
    return EXIT.ok;
  }
  const standard = standardOption(values.standard);
  const format = formatOption(values.format);
  const statuses = statusOption(values.status);
  if (!values.report) throw new UsageError('compliance needs --report FILE (a report.json)');
  let report;
  try {
    report = await readReport(values.report);
  } catch (error) {
    if (error instanceof ReportValidationError) throw new UsageError(error.message, { cause: error });
    throw error;
  }
  const metadata = catalog.map((rule) => rule.metadata);
  const carried = report.compliance?.[standard];
  const view = carried ?? standardCompliance(report, metadata, standard);
  const note = carried
    ? undefined
    : `This report (written before schema version 5) carries no compliance view: computed now from ` +
      `its findings and rule scopes with the rule catalog of version ${TOOL_VERSION}.`;
  if (format === 'json') {
    io.out(
      JSON.stringify(
        {
          standard: view.standard,
          name: view.name,
          version: view.version,
          generatedAt: report.generatedAt,
          computedFromFindings: carried === undefined,
          statuses: statuses.length > 0 ? statuses : [...COMPLIANCE_STATUSES],
          accounts: complianceRows(view, report, statuses),
        },
        null,
        2,
      ),
    );
    return EXIT.ok;
  }
  io.out(complianceMarkdown(view, report, { prefix: STANDARDS[standard].prefix, statuses, note }));
  return EXIT.ok;
}
