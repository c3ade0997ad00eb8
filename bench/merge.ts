/**
 * `npm run bench:merge`: the merge of an organization's parts as a merge job runs it, with the
 * bundled CLI (`dist/cli/index.js merge PART...`) under `/usr/bin/time -v`: 100 parts (one account
 * each) of 1,000 findings, merged once as a first run, then again diffed against that merged report.
 *   npm run bench:merge -- [--parts 100] [--findings 1000]
 * KEEP_BENCH_DIR=1 keeps the parts and merged reports, to rerun the merge by hand (e.g. under a heap limit).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CONFIG } from '../src/config/schema.js';
import { writeReport } from '../src/report/io.js';
import { buildReport } from '../src/report/report.js';
import { catalog } from '../src/rules/catalog/index.js';
import { runRules } from '../src/rules/engine.js';
import { SEVENTEEN_REGIONS } from './generate.js';
import { syntheticInventory } from './synthetic-inventory.js';
import { peakRssKb } from './time-v.js';

const { values } = parseArgs({
  options: { parts: { type: 'string', default: '100' }, findings: { type: 'string', default: '1000' } },
});
const partCount = Number(values.parts);
const perPart = Number(values.findings);
/** The MB (10^6 bytes) set for the audit of 100,000 resources: the merge of as many findings is held to it. */
const TARGET_MB = 400;
const mib = (bytes: number) => (bytes / 1048576).toFixed(0);

const dir = mkdtempSync(join(tmpdir(), 'merge-bench-'));
try {
  const at = new Date('2026-11-25T12:00:00Z');
  const parts: string[] = [];
  let bytes = 0;
  for (let k = 0; k < partCount; k += 1) {
    const account = String(100_000_000_000 + k);
    // About 0.54 findings per synthetic resource: enough resources for `perPart` findings.
    const inventory = syntheticInventory(Math.ceil(perPart / 0.5), SEVENTEEN_REGIONS, account);
    const report = buildReport(
      inventory,
      runRules(inventory, DEFAULT_CONFIG, catalog, at),
      DEFAULT_CONFIG,
      at,
    );
    if (report.findings.length < perPart)
      throw new Error(`part ${k}: only ${report.findings.length} findings`);
    report.findings = report.findings.slice(0, perPart);
    const path = join(dir, `part-${k + 1}`, 'report.json');
    await writeReport(path, report);
    bytes += statSync(path).size;
    parts.push(path);
  }

  const cli = join(import.meta.dirname, '..', 'dist', 'cli', 'index.js');
  const merge = (outputDir: string, extra: string[]) => {
    const started = performance.now();
    const { status, stderr } = spawnSync(
      '/usr/bin/time',
      ['-v', process.execPath, cli, 'merge', '--output-dir', outputDir, ...extra, ...parts],
      { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] },
    );
    if (status !== 0) throw new Error(`the merge failed (exit ${String(status)}):\n${stderr}`);
    const seconds = (performance.now() - started) / 1000;
    const peakKb = peakRssKb(stderr);
    return { seconds, peakKb, size: statSync(join(outputDir, 'report.json')).size };
  };
  const firstDir = join(dir, 'merged-1');
  const first = merge(firstDir, []);
  const second = merge(join(dir, 'merged-2'), ['--previous-report', join(firstDir, 'report.json')]);
  const line = (label: string, value: string) => `${label.padEnd(34)} ${value}\n`;
  const run = (label: string, r: typeof first) =>
    line(`${label} wall time`, `${r.seconds.toFixed(1)} s`) +
    line(
      `${label} peak RSS`,
      `${mib(r.peakKb * 1024)} MiB (${(r.peakKb / 1000).toFixed(0)} MB; target <= ${TARGET_MB} MB: ${r.peakKb / 1000 <= TARGET_MB ? 'met' : 'NOT met'})`,
    );
  process.stdout.write(
    `\naws-audit merge (bundled CLI)\n` +
      line('parts', `${partCount} (one account each)`) +
      line('findings', `${partCount * perPart} (${perPart} per part)`) +
      line('parts on disk', `${mib(bytes)} MiB`) +
      line('merged report', `${mib(second.size)} MiB`) +
      run('first run', first) +
      run('diffed against the first', second),
  );
} finally {
  if (!process.env.KEEP_BENCH_DIR) rmSync(dir, { recursive: true, force: true });
  else process.stdout.write(`kept ${dir}\n`);
}
