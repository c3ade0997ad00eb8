/**
 * Writes docs/report.schema.json, the JSON Schema of report.json, from its TypeBox source
 * (src/report/schema.ts), so other tools can validate and read our reports. `--check` fails
 * when the file is stale (CI runs it).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { AuditReport, REPORT_SCHEMA_VERSION } from '../src/report/schema.js';

const path = 'docs/report.schema.json';
const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: `aws-audit report, schema version ${REPORT_SCHEMA_VERSION}`,
  ...JSON.parse(JSON.stringify(AuditReport)),
};
const text = `${JSON.stringify(schema, null, 2)}\n`;

if (process.argv.includes('--check')) {
  const current = await readFile(path, 'utf8').catch(() => '');
  if (current !== text) {
    process.stderr.write(`${path} is stale: run npm run docs and commit it\n`);
    process.exit(1);
  }
  process.stdout.write(`${path} is up to date\n`);
} else {
  await writeFile(path, text);
  process.stdout.write(`wrote ${path}\n`);
}
