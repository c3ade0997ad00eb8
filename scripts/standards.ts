/**
 * Generates the standards tables the rule catalog cites (src/rules/data/standards/*.ts) from the
 * CSV copies beside them, which keep every row's source. `tsx scripts/standards.ts` writes them;
 * `--check` fails when a committed table differs from its CSV (a unit test checks the same).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { projectRoot } from './moto.js';

const folder = join(projectRoot, 'src', 'rules', 'data', 'standards');

/** RFC 4180 CSV: quoted fields may hold commas and doubled quotes (no newlines in these files). */
export function parseCsv(text: string): Record<string, string>[] {
  const rows = text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => {
      const fields: string[] = [];
      let field = '';
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quoted) {
          if (c === '"' && line[i + 1] === '"') {
            field += '"';
            i++;
          } else if (c === '"') quoted = false;
          else field += c;
        } else if (c === '"') quoted = true;
        else if (c === ',') {
          fields.push(field);
          field = '';
        } else field += c;
      }
      fields.push(field);
      return fields;
    });
  const [header, ...body] = rows;
  if (!header) return [];
  return body.map((fields) => Object.fromEntries(header.map((name, i) => [name, fields[i] ?? ''])));
}

interface Table {
  csv: string;
  module: string;
  render: (rows: Record<string, string>[]) => string;
}

const HEADER =
  '// Generated from the CSV beside it by `tsx scripts/standards.ts`; do not edit by hand. Sources and caveats: README.md.\n';

const json = (value: unknown) => JSON.stringify(value);

export const TABLES: Table[] = [
  {
    csv: 'fsbp.csv',
    module: 'fsbp.ts',
    render: (rows) =>
      [
        HEADER,
        "import type { FsbpControl } from './types.js';",
        '',
        '/**',
        ' * AWS Foundational Security Best Practices v1.0.0 controls in Security Hub, as of 2026-09-03.',
        ' * Source: https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-controls-reference.html',
        ' * (via crowecawcaw/aws-docs-history; resource types from the Security Hub API export), see README.md.',
        ' */',
        'export const FSBP_CONTROLS: Readonly<Record<string, FsbpControl>> = {',
        ...rows.map(
          (r) =>
            `  ${json(r.control_id)}: { title: ${json(r.title)}, severity: ${json(r.severity)}, resourceType: ${json(r.resource_type)} },`,
        ),
        '};',
        '',
      ].join('\n'),
  },
  ...(['6.0.0', '7.0.0'] as const).map((version): Table => ({
    csv: `cis-aws-foundations-v${version}.csv`,
    module: `cis-v${version.split('.')[0]}.ts`,
    render: (rows) =>
      [
        HEADER,
        "import type { CisSection } from './types.js';",
        '',
        '/**',
        ` * CIS Amazon Web Services Foundations Benchmark v${version} recommendations, with the Security Hub`,
        ' * control of each where AWS maps one (through its CIS v5.0.0 mapping). Sources: steampipe-mod-aws-compliance',
        ' * and prowler compliance files, see README.md.',
        ' */',
        `export const CIS_V${version.split('.')[0]}_SECTIONS: Readonly<Record<string, CisSection>> = {`,
        ...rows.map(
          (r) =>
            `  ${json(r.section)}: { title: ${json(r.title)}, level: ${r.level === '2' ? 2 : 1}, automated: ${r.automated === 'yes'}, securityHub: ${json((r.security_hub_control ?? '').split(';').filter(Boolean))} },`,
        ),
        '};',
        '',
      ].join('\n'),
  })),
];

/** The module for a table, formatted as the repository formats TypeScript. */
export async function renderTable(table: Table): Promise<string> {
  const path = join(folder, table.module);
  const source = table.render(parseCsv(await readFile(join(folder, table.csv), 'utf8')));
  return format(source, { ...(await resolveConfig(path)), filepath: path });
}

if (process.argv[1]?.endsWith('standards.ts')) {
  let stale = false;
  for (const table of TABLES) {
    const rendered = await renderTable(table);
    const path = join(folder, table.module);
    if (process.argv.includes('--check')) {
      if ((await readFile(path, 'utf8').catch(() => '')) !== rendered) {
        process.stderr.write(`${path} is stale: run tsx scripts/standards.ts and commit it.\n`);
        stale = true;
      }
    } else {
      await writeFile(path, rendered);
      process.stdout.write(`wrote ${path}\n`);
    }
  }
  if (stale) process.exit(1);
}
