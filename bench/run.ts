/**
 * `npm run bench`: the scan benchmark. Seeds moto with a large account, puts a proxy with AWS-like
 * latency and rate limits in front of it, runs the bundled CLI under /usr/bin/time -v, and
 * compares the wall time with a lower bound no scanner could beat.
 *
 *   npm run bench -- [--resources 10000] [--regions 17] [--latency 60] [--concurrency 64] [--cli FILE]
 *
 * --cli runs another bundle of the CLI than dist/cli/index.js (e.g. one built elsewhere with
 * `ncc build src/cli/index.ts -o /tmp/cli`, to measure a change without rebuilding dist/).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readInventory } from '../src/inventory/io.js';
import { projectRoot, startMoto } from '../scripts/moto.js';
import { AWS_LIKE_RATES, startAwsProxy, type BucketCount } from './aws-proxy.js';
import { SEVENTEEN_REGIONS, seedBenchAccount } from './generate.js';
import { peakRssKb } from './time-v.js';

const { values } = parseArgs({
  options: {
    resources: { type: 'string', default: '10000' },
    regions: { type: 'string', default: '17' },
    latency: { type: 'string', default: '60' },
    concurrency: { type: 'string', default: '64' },
    cli: { type: 'string' },
  },
});
const total = Number(values.resources);
const regionCount = Number(values.regions);
const latencyMs = Number(values.latency);
const concurrency = Number(values.concurrency);
if (regionCount < 1 || regionCount > SEVENTEEN_REGIONS.length)
  throw new Error(`--regions must be 1..${SEVENTEEN_REGIONS.length}`);
const regions = SEVENTEEN_REGIONS.slice(0, regionCount);
const cli = values.cli ?? join(projectRoot, 'dist', 'cli', 'index.js');
if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build`);

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stderr }));
  });
}

/** calls/rate for the busiest (service, region) bucket, after its burst. */
function rateBound(counts: BucketCount[]): { seconds: number; bucket: string } {
  let worst = { seconds: 0, bucket: 'none' };
  for (const count of counts) {
    const rate = AWS_LIKE_RATES[count.service];
    if (!rate) continue;
    const seconds = Math.max(0, count.accepted - rate.burst) / rate.perSecond;
    if (seconds > worst.seconds)
      worst = { seconds, bucket: `${count.service} ${count.region} (${count.accepted} calls)` };
  }
  return worst;
}

const moto = await startMoto();
try {
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: moto.endpoint,
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_REGION: 'us-east-1',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  });
  delete process.env.AWS_PROFILE;
  delete process.env.AWS_SESSION_TOKEN;

  process.stderr.write(`Seeding ${total} resources over ${regions.length} regions into moto...\n`);
  const seedStart = Date.now();
  await seedBenchAccount(regions, total);
  process.stderr.write(`Seeded in ${((Date.now() - seedStart) / 1000).toFixed(1)} s\n`);

  const outputDir = join(projectRoot, 'out', 'bench');
  await mkdir(outputDir, { recursive: true });
  const scanArgs = (dir: string) => [
    '-v',
    process.execPath,
    cli,
    'scan',
    '--regions',
    regions.join(','),
    '--max-concurrency',
    String(concurrency),
    '--output-dir',
    dir,
  ];
  // The emulator's own floor: the same scan straight against moto, with no latency and no limits.
  process.stderr.write('Calibrating: the same scan straight against moto (no latency, no limits)...\n');
  const calibration = await run('/usr/bin/time', scanArgs(join(outputDir, 'calibration')), process.env);
  if (calibration.code !== 0) throw new Error(`the calibration scan failed:\n${calibration.stderr}`);
  const floorSeconds =
    (await readInventory(join(outputDir, 'calibration', 'inventory.json'))).scan.durationMs / 1000;

  const proxy = await startAwsProxy({ upstream: moto.endpoint, latencyMs, rates: AWS_LIKE_RATES });
  const args = scanArgs(outputDir);
  process.stderr.write(`Scanning through the proxy (${latencyMs} ms per call, AWS-like rate limits)...\n`);
  const started = Date.now();
  const scan = await run('/usr/bin/time', args, { ...process.env, AWS_ENDPOINT_URL: proxy.endpoint });
  const wallMs = Date.now() - started;
  const counts = proxy.counts();
  const operations = [...proxy.operations()].sort((a, b) => b[1] - a[1]);
  await proxy.close();
  if (scan.code !== 0) throw new Error(`the scan failed (exit ${scan.code}):\n${scan.stderr}`);

  const inventory = await readInventory(join(outputDir, 'inventory.json'));
  const stats = inventory.scan.stats;
  const peakRssMiB = peakRssKb(scan.stderr) / 1024;
  const cpuSeconds = ['User', 'System']
    .map((kind) => Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(scan.stderr)?.[1] ?? 0))
    .reduce((a, b) => a + b, 0);
  const chainSeconds = (stats.longestCallChain * latencyMs) / 1000;
  const rate = rateBound(counts);
  const boundSeconds = Math.max(chainSeconds, rate.seconds);
  const scanSeconds = inventory.scan.durationMs / 1000;
  const results = {
    resourcesSeeded: total,
    resourcesInInventory: inventory.resources.length,
    regions: regions.length,
    latencyMs,
    maxConcurrency: concurrency,
    processWallSeconds: wallMs / 1000,
    scanSeconds,
    apiCalls: stats.apiCalls,
    retries: stats.retries,
    throttles: stats.throttles,
    errors: stats.errors,
    peakRssMiB: Math.round(peakRssMiB),
    longestCallChain: stats.longestCallChain,
    chainBoundSeconds: chainSeconds,
    rateBoundSeconds: Number(rate.seconds.toFixed(2)),
    rateBoundBucket: rate.bucket,
    lowerBoundSeconds: Number(boundSeconds.toFixed(2)),
    ratio: Number((scanSeconds / boundSeconds).toFixed(2)),
    scannerCpuSeconds: Number(cpuSeconds.toFixed(2)),
    emulatorFloorSeconds: floorSeconds,
    ratioToBoundOrFloor: Number((scanSeconds / Math.max(boundSeconds, floorSeconds)).toFixed(2)),
    callsByOperation: Object.fromEntries(operations),
  };
  await writeFile(join(outputDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const line = (label: string, value: string | number) =>
    process.stdout.write(`${label.padEnd(34)} ${value}\n`);
  process.stdout.write('\naws-audit scan benchmark\n');
  line('resources (seeded / inventoried)', `${total} / ${inventory.resources.length}`);
  line('regions', regions.length);
  line('latency per call', `${latencyMs} ms`);
  line('wall time (scan / process)', `${scanSeconds.toFixed(1)} s / ${(wallMs / 1000).toFixed(1)} s`);
  line('API calls / retries / throttled', `${stats.apiCalls} / ${stats.retries} / ${stats.throttles}`);
  line('scan errors', stats.errors);
  line('peak RSS', `${peakRssMiB.toFixed(0)} MiB`);
  line('longest call chain', `${stats.longestCallChain} calls = ${chainSeconds.toFixed(2)} s`);
  line('rate bound (busiest bucket)', `${rate.seconds.toFixed(2)} s: ${rate.bucket}`);
  line('lower bound', `${boundSeconds.toFixed(2)} s`);
  line('ratio wall / bound', results.ratio);
  line('scanner CPU (user + system)', `${cpuSeconds.toFixed(1)} s`);
  line('emulator floor (no latency/limits)', `${floorSeconds.toFixed(1)} s`);
  line('ratio wall / max(bound, floor)', results.ratioToBoundOrFloor);
  process.stdout.write('\nbusiest operations (accepted by the proxy; all in results.json)\n');
  for (const [operation, calls] of operations.slice(0, 25)) line(`  ${operation}`, calls);
} finally {
  await moto.stop();
}
