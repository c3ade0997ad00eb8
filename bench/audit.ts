/**
 * `npm run bench:audit`: times the rule engine over a 100,000-resource inventory held in memory.
 *   npm run bench:audit -- [--resources 100000]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { DEFAULT_CONFIG } from '../src/config/schema.js';
import { buildReport } from '../src/report/report.js';
import { catalog } from '../src/rules/catalog/index.js';
import { runRules } from '../src/rules/engine.js';
import { syntheticInventory } from './synthetic-inventory.js';

const { values } = parseArgs({ options: { resources: { type: 'string', default: '100000' } } });
const count = Number(values.resources);
const inventory = syntheticInventory(count);
const now = new Date('2026-11-25T12:00:00Z');

runRules(inventory, DEFAULT_CONFIG, catalog, now); // warm-up: JIT, as a long-lived process would be
const times: number[] = [];
let findings = 0;
for (let round = 0; round < 5; round += 1) {
  const started = performance.now();
  const outcome = runRules(inventory, DEFAULT_CONFIG, catalog, now);
  buildReport(inventory, outcome, DEFAULT_CONFIG, now);
  times.push(performance.now() - started);
  findings = outcome.findings.length;
}
const sorted = [...times].sort((a, b) => a - b);
process.stdout.write(
  `\naws-audit rule benchmark\n` +
    `${'resources'.padEnd(34)} ${count}\n` +
    `${'rules'.padEnd(34)} ${catalog.length}\n` +
    `${'findings'.padEnd(34)} ${findings}\n` +
    `${'audit time (median of 5 / worst)'.padEnd(34)} ${(sorted[2] ?? 0).toFixed(0)} ms / ${(sorted[4] ?? 0).toFixed(0)} ms\n` +
    `${'heap used'.padEnd(34)} ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MiB\n`,
);
