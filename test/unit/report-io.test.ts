import { describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import { readReport, writeReport } from '../../src/report/io.js';
import { buildReport, REPORT_SCHEMA_VERSION } from '../../src/report/report.js';
import { catalog } from '../../src/rules/catalog/index.js';
import { runRules } from '../../src/rules/engine.js';
import { inventoryOf, resource } from '../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const inventory = inventoryOf([
  resource(
    'ec2:region-settings',
    'r',
    {
      ebsEncryptionByDefault: false,
      snapshotBlockPublicAccess: 'block-all-sharing',
      vpcBlockPublicAccess: 'block-ingress',
    },
    { region: 'us-east-1' },
  ),
]);
const report = buildReport(inventory, runRules(inventory, DEFAULT_CONFIG, catalog, NOW), DEFAULT_CONFIG, NOW);

async function saved(document: unknown): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'aws-audit-report-')), 'report.json');
  await writeFile(path, JSON.stringify(document));
  return path;
}

describe('the report file', () => {
  it('records what each rule judged, and reads back as written', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'aws-audit-report-')), 'report.json');
    await writeReport(path, report);
    const read = await readReport(path);
    expect(read).toEqual(report);
    expect(read.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    const ebs = read.rules.find((r) => r.id === 'ec2.ebs-default-encryption-off');
    // Region settings were read; the volumes it consults for severity were not.
    expect(ebs?.scopes).toEqual([{ account: '111122223333', region: 'us-east-1', status: 'partial' }]);
    expect(read.rules.find((r) => r.id === 'iam.user-console-without-mfa')?.scopes).toEqual([
      { account: '111122223333', region: 'global', status: 'not-scanned' },
    ]);
  });

  /** The report as version 2 wrote it: no history, nothing carried over. */
  const asVersion2 = () => {
    const {
      run: _run,
      baseline: _baseline,
      unknownFindings: _unknown,
      resolvedFindings: _resolved,
      resolvedHistory: _history,
      suppressions: _suppressions,
      history: _totals,
      cleanup: _cleanup,
      ...rest
    } = report;
    const { byState: _byState, ...summary } = report.summary;
    return {
      ...rest,
      schemaVersion: 2,
      summary,
      rules: report.rules.map(({ aliases: _aliases, ...rule }) => rule),
      findings: report.findings.map(({ history: _h, ...finding }) => finding),
    };
  };

  it('reads a version 2 report as one whose findings were first and last seen when it was written', async () => {
    const read = await readReport(await saved(asVersion2()));
    expect(read.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    expect(read.findings.length).toBe(report.findings.length);
    expect(read.findings.every((f) => f.history.firstSeen === report.generatedAt)).toBe(true);
    expect(read.unknownFindings).toEqual([]);
    expect(read.history).toHaveLength(1);
  });

  it('reads a version 1 report as one whose rules judged nothing', async () => {
    const { rules, ...rest } = asVersion2();
    const v1 = { ...rest, schemaVersion: 1, rulesEvaluated: rules.map((r) => r.id) };
    const read = await readReport(await saved(v1));
    expect(read.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    expect(read.rules).toHaveLength(rules.length);
    expect(read.rules.every((r) => r.scopes.length === 0 && r.fingerprintId === r.id)).toBe(true);
  });

  it('reads a version 3 report with an empty cleanup section (version 3 had no cleanup stage)', async () => {
    const { cleanup: _cleanup, compliance: _compliance, ...rest } = report;
    const read = await readReport(await saved({ ...rest, schemaVersion: 3, cleanupLog: [] }));
    expect(read.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    expect(read.cleanup).toEqual({ mode: 'off', candidates: [], approvals: [], log: [], notes: [] });
    expect(read.findings).toEqual(report.findings);
  });

  it('reads a version 4 report with its compliance view marked absent, not computed', async () => {
    const { compliance: _compliance, ...rest } = report;
    const read = await readReport(await saved({ ...rest, schemaVersion: 4 }));
    expect(read.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    expect(read.compliance).toBeNull();
    expect(read.findings).toEqual(report.findings);
    expect(read.cleanup).toEqual(report.cleanup);
  });

  it('carries the compliance view of both standards in a version 5 report', () => {
    expect(REPORT_SCHEMA_VERSION).toBe(5);
    expect(report.compliance?.fsbp.standard).toBe('fsbp');
    expect(report.compliance?.cis.standard).toBe('cis');
  });

  it('refuses a report of a newer version, naming both versions', async () => {
    await expect(readReport(await saved({ ...report, schemaVersion: 9 }))).rejects.toThrow(
      `cannot be read as an aws-audit report: it is of schema version 9; this version (${REPORT_SCHEMA_VERSION}) reads up to ${REPORT_SCHEMA_VERSION}`,
    );
  });

  it('refuses a document another tool wrote, and an inventory', async () => {
    await expect(readReport(await saved({ ...report, generator: { name: 'prowler' } }))).rejects.toThrow(
      'it was not written by aws-audit-action (generator "prowler")',
    );
    await expect(
      readReport(await saved({ generator: { name: 'aws-audit-action' }, resources: [] })),
    ).rejects.toThrow('it is not a report (an inventory?)');
  });
});

describe('docs/report.schema.json', () => {
  it('validates a report with a stock JSON Schema validator, as another tool would', async () => {
    const { Ajv } = await import('ajv');
    const formats = (await import('ajv-formats')).default;
    const schema = JSON.parse(await readFile('docs/report.schema.json', 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv({ allErrors: true, strict: false });
    formats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(JSON.parse(JSON.stringify(report)))).toBe(true);
    expect(validate({ ...report, findings: [{ fingerprint: 1 }] })).toBe(false);
  });
});
