import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, DeleteBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { startAwsProxy, type AwsProxy } from '../../bench/aws-proxy.js';
import { main } from '../../src/cli/main.js';
import { readReport } from '../../src/report/io.js';
import { readInventory } from '../../src/inventory/io.js';
import { seedConfig } from '../support/aws.js';
import { restoreEnv } from '../support/process-env.js';

/** The CLI's main() in this process, over moto, with what it writes kept. */
async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('aws-audit scan', () => {
  let outputDir: string;
  const bucket = `cli-test-${Date.now()}`;
  const s3 = new S3Client(seedConfig('us-east-1', { accessKeyId: 'testing', secretAccessKey: 'testing' }));

  beforeAll(async () => {
    outputDir = await mkdtemp(join(tmpdir(), 'aws-audit-cli-'));
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  });

  afterAll(async () => {
    await s3.send(new DeleteBucketCommand({ Bucket: bucket }));
    s3.destroy();
    await rm(outputDir, { recursive: true, force: true });
  });

  it('scans S3 on moto, prints the summary and writes a valid inventory', async () => {
    const { code, stdout, stderr } = await run([
      'scan',
      '--regions',
      'us-east-1',
      '--services',
      's3',
      '--output-dir',
      outputDir,
    ]);
    expect({ code, stderr }).toMatchObject({ code: 0 });
    const inventoryPath = join(outputDir, 'inventory.json');
    expect(stdout).toContain('Scanned 1 account(s): 123456789012');
    expect(stdout).toMatch(/^s3\s+\d+\s+\d+$/m);
    expect(stdout).toContain(`Inventory written to ${inventoryPath}`);
    expect(stderr).toContain('Credentials: default-chain; scanning 1 account(s), services: s3');

    const inventory = await readInventory(inventoryPath);
    expect(inventory.scan.services).toEqual(['s3']);
    expect(inventory.accounts.map((a) => a.id)).toEqual(['123456789012']);
    expect(inventory.resources.length).toBeGreaterThan(0);
    expect(inventory.resources.every((r) => r.type.startsWith('s3:'))).toBe(true);
    expect(inventory.resources.some((r) => r.type === 's3:bucket' && r.name === bucket)).toBe(true);
    expect(stdout).toContain(`${inventory.resources.length} resources`);
    expect((await readdir(outputDir)).sort()).toEqual(['inventory.json', 'report.json']);
    const report = await readReport(join(outputDir, 'report.json'));
    expect(report.summary.total).toBe(report.findings.length);
    expect(stdout).toContain(`Report written to ${join(outputDir, 'report.json')}`);
  });

  it('prints the scanned inventory as tables and filters it', async () => {
    const inventoryPath = join(outputDir, 'inventory.json');
    const tables = await run([
      'inventory',
      '--inventory',
      inventoryPath,
      '--filter',
      `type=s3:bucket,name=${bucket}`,
    ]);
    expect(tables).toMatchObject({ code: 0, stderr: '' });
    expect(tables.stdout).toContain('### s3:bucket (1)');
    expect(tables.stdout).toMatch(new RegExp(`^\\| us-east-1 \\| ${bucket} \\| `, 'm'));
    const none = await run([
      'inventory',
      '--inventory',
      inventoryPath,
      '--format',
      'csv',
      '--filter',
      'tag:env=prod',
    ]);
    expect(none.stdout.split('\r\n')).toHaveLength(1);
  });
});

describe('aws-audit scan: denied calls', () => {
  const saved = { ...process.env };
  let proxy: AwsProxy | undefined;

  afterEach(async () => {
    restoreEnv(saved);
    await proxy?.close();
  });

  it.each([
    ['the role lacks the permissions', undefined, 'denied; the role needs ec2:Describe'],
    [
      'a service control policy denies them',
      'a service control policy',
      'denied by an explicit Deny (in a service control policy), which no permission added to the role can override: ec2:Describe',
    ],
  ])('warns once per region when %s, with the count and the actions', async (_what, explicitDenyIn, text) => {
    proxy = await startAwsProxy({
      upstream: saved.AWS_ENDPOINT_URL ?? '',
      denyServices: ['ec2'],
      explicitDenyIn,
    });
    process.env.AWS_ENDPOINT_URL = proxy.endpoint;
    const outputDir = await mkdtemp(join(tmpdir(), 'aws-audit-denied-'));
    const { code, stderr } = await run([
      'scan',
      '--regions',
      'us-east-1,eu-west-3',
      '--services',
      'ec2',
      '--output-dir',
      outputDir,
    ]);
    expect(code).toBe(0);
    const warnings = stderr.split('\n').filter((line) => line.startsWith('warning: '));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(new RegExp(`^warning: \\d{12} eu-west-3: \\d+ calls ${escapeRegExp(text)}`));
    expect(warnings[1]).toMatch(new RegExp(`^warning: \\d{12} us-east-1: \\d+ calls ${escapeRegExp(text)}`));
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
