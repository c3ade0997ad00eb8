import { describe, expect, it } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
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
  resource('ec2:region-settings', 'r', { ebsEncryptionByDefault: false }, { region: 'us-east-1' }),
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

  it('reads a version 1 report as one whose rules judged nothing', async () => {
    const { rules, ...rest } = report;
    const v1 = { ...rest, schemaVersion: 1, rulesEvaluated: rules.map((r) => r.id) };
    const read = await readReport(await saved(v1));
    expect(read.schemaVersion).toBe(2);
    expect(read.rules).toHaveLength(rules.length);
    expect(read.rules.every((r) => r.scopes.length === 0 && r.fingerprintId === r.id)).toBe(true);
  });

  it('refuses a report of a newer version, naming both versions', async () => {
    await expect(readReport(await saved({ ...report, schemaVersion: 9 }))).rejects.toThrow(
      `is an aws-audit report of schema version 9; this version (${REPORT_SCHEMA_VERSION}) reads up to ${REPORT_SCHEMA_VERSION}`,
    );
  });
});
