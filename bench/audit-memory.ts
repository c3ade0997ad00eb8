/**
 * `npm run bench:audit-memory`: the peak memory of auditing a saved 100,000-resource inventory as
 * a user does, with the bundled CLI (`dist/cli/index.js audit --inventory FILE`) under
 * `/usr/bin/time -v`: reading the file, the rules, the report written to disk.
 *   npm run bench:audit-memory -- [--resources 100000]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeInventory } from '../src/inventory/io.js';
import { syntheticInventory } from './synthetic-inventory.js';
import { peakRssKb } from './time-v.js';

const { values } = parseArgs({ options: { resources: { type: 'string', default: '100000' } } });
const count = Number(values.resources);
const dir = mkdtempSync(join(tmpdir(), 'audit-memory-'));
try {
  const inventoryPath = join(dir, 'inventory.json');
  await writeInventory(inventoryPath, syntheticInventory(count));
  const cli = join(import.meta.dirname, '..', 'dist', 'cli', 'index.js');
  const started = performance.now();
  // `time -v` reports on stderr; the CLI's own summary goes to stdout and is not needed here.
  const { status, stderr } = spawnSync(
    '/usr/bin/time',
    ['-v', process.execPath, cli, 'audit', '--inventory', inventoryPath, '--output-dir', dir],
    { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] },
  );
  if (status !== 0) throw new Error(`the audit failed (exit ${String(status)}):\n${stderr}`);
  const seconds = (performance.now() - started) / 1000;
  const peakKb = peakRssKb(stderr);
  const mib = (bytes: number) => (bytes / 1048576).toFixed(0);
  process.stdout.write(
    `\naws-audit audit memory (bundled CLI)\n` +
      `${'resources'.padEnd(26)} ${count}\n` +
      `${'inventory file'.padEnd(26)} ${mib(statSync(inventoryPath).size)} MiB\n` +
      `${'report file'.padEnd(26)} ${mib(statSync(join(dir, 'report.json')).size)} MiB\n` +
      `${'wall time'.padEnd(26)} ${seconds.toFixed(1)} s\n` +
      `${'peak RSS'.padEnd(26)} ${mib(peakKb * 1024)} MiB (${(peakKb / 1000).toFixed(0)} MB)\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
