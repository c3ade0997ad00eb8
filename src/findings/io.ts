import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Static } from '@sinclair/typebox';
import { Ajv } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import { AuditReport } from './report.js';

const ajv = new Ajv({ allErrors: true, strict: false });
addFormatsPlugin.default(ajv);
const validate = ajv.compile<Static<typeof AuditReport>>(AuditReport);

export class ReportValidationError extends Error {
  override readonly name = 'ReportValidationError';
}

/** Reads a report (for instance the previous run's); a corrupt one says where it is wrong. */
export async function readReport(path: string): Promise<AuditReport> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new ReportValidationError(
      `${path} is not a readable aws-audit report: ${(error as Error).message}`,
    );
  }
  if (!validate(parsed)) {
    const problems = (validate.errors ?? [])
      .slice(0, 10)
      .map((e) => `  - ${e.instancePath || '(root)'}: ${e.message ?? e.keyword}`);
    throw new ReportValidationError([`${path} is not a valid aws-audit report:`, ...problems].join('\n'));
  }
  return parsed;
}

export async function writeReport(path: string, report: AuditReport): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
  await rename(temporary, path);
}
