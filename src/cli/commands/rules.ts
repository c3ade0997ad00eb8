import { parseArgs } from 'node:util';
import { catalog } from '../../rules/catalog/index.js';
import { EXIT, type Io } from '../io.js';

export async function rulesCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { json: { type: 'boolean' } },
    strict: true,
    allowPositionals: false,
  });
  const rules = [...catalog].sort((a, b) => a.metadata.id.localeCompare(b.metadata.id));
  if (values.json) {
    io.out(
      JSON.stringify(
        rules.map((r) => r.metadata),
        null,
        2,
      ),
    );
    return EXIT.ok;
  }
  const width = Math.max(...rules.map((r) => r.metadata.id.length));
  for (const { metadata } of rules) {
    const refs = [
      ...metadata.references.fsbp.map((c) => `FSBP ${c}`),
      ...metadata.references.cis.map((c) => `CIS ${c}`),
    ];
    io.out(
      `${metadata.id.padEnd(width)}  ${metadata.severity.padEnd(8)} ${metadata.category.padEnd(11)} ${metadata.title}` +
        `${refs.length ? `  [${refs.join(', ')}]` : ''}${metadata.defaultEnabled ? '' : '  (off by default)'}`,
    );
  }
  io.out(`${rules.length} rules`);
  return EXIT.ok;
}
