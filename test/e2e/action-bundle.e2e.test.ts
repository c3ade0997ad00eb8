import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateVolumeCommand, EC2Client } from '@aws-sdk/client-ec2';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { readInventory } from '../../src/inventory/io.js';
import { accountCredentials, seedConfig, uniqueAccountId } from '../support/aws.js';
import { startOidcTokenServer, type OidcTokenServer } from '../support/oidc-server.js';

const bundle = join(process.cwd(), 'dist', 'index.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runBundle(env: NodeJS.ProcessEnv, cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Parses GITHUB_OUTPUT's `name<<delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1] as string] = match[3] as string;
  return outputs;
}

describe('the bundled Action (dist/index.js) run as the runner runs it', () => {
  const oidcAccount = uniqueAccountId();
  const chainedAccount = uniqueAccountId();
  const requestToken = 'runtime-request-token';
  let oidc: OidcTokenServer;
  let run: Run;
  let workspace: string;
  let outputs: Record<string, string>;

  beforeAll(async () => {
    if (!existsSync(bundle)) throw new Error('dist/index.js is missing: run npm run build first');
    const first = await accountCredentials(oidcAccount);
    await new EC2Client(seedConfig('us-east-1', first)).send(
      new CreateVolumeCommand({ AvailabilityZone: 'us-east-1a', Size: 8, VolumeType: 'gp2' }),
    );
    await new EC2Client(seedConfig('eu-west-2', first)).send(
      new CreateVolumeCommand({ AvailabilityZone: 'eu-west-2a', Size: 20, VolumeType: 'gp3' }),
    );
    await new S3Client(seedConfig('us-east-1', first)).send(
      new CreateBucketCommand({ Bucket: `audit-bundle-${oidcAccount}` }),
    );
    const second = await accountCredentials(chainedAccount);
    await new EC2Client(seedConfig('eu-west-2', second)).send(
      new CreateVolumeCommand({ AvailabilityZone: 'eu-west-2b', Size: 30, VolumeType: 'io1', Iops: 300 }),
    );

    oidc = await startOidcTokenServer(requestToken, { sub: 'repo:acme/infra:ref:refs/heads/main' });
    workspace = await mkdtemp(join(tmpdir(), 'aws-audit-action-'));
    const outputFile = join(workspace, 'github-output');
    const summaryFile = join(workspace, 'step-summary.md');
    await writeFile(outputFile, '');
    await writeFile(summaryFile, '');
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      AWS_ENDPOINT_URL: process.env.MOTO_ENDPOINT,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      // No AWS keys: the only way in is the OIDC token.
      ACTIONS_ID_TOKEN_REQUEST_URL: oidc.url,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_REPOSITORY: 'acme/infra',
      GITHUB_RUN_ID: '4242',
      'INPUT_ROLE-TO-ASSUME': `arn:aws:iam::${oidcAccount}:role/aws-audit`,
      'INPUT_ADDITIONAL-ROLE-ARNS': `arn:aws:iam::${chainedAccount}:role/aws-audit`,
      'INPUT_AWS-REGION': 'us-east-1',
      INPUT_AUDIENCE: 'sts.amazonaws.com',
      INPUT_REGIONS: 'us-east-1, eu-west-2',
      INPUT_SERVICES: 'ec2,s3',
      'INPUT_OUTPUT-DIR': 'audit-out',
    };
    run = await runBundle(env, workspace);
    outputs = parseOutputs(await readFile(outputFile, 'utf8'));
  }, 120_000);

  afterAll(async () => {
    await oidc?.close();
  });

  it('exits successfully after asking the token service for the sts.amazonaws.com audience', () => {
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.code).toBe(0);
    expect(oidc.requests).toEqual([
      { audience: 'sts.amazonaws.com', authorization: `Bearer ${requestToken}` },
    ]);
  });

  it('masks every credential before anything else is printed, and never prints them otherwise', () => {
    const masked = [...run.stdout.matchAll(/^::add-mask::(.+)$/gm)].map((m) => m[1] as string);
    // The OIDC token, then key id, secret and session token for each of the two assumed roles.
    expect(masked.length).toBeGreaterThanOrEqual(7);
    const firstMask = run.stdout.indexOf('::add-mask::');
    expect(run.stdout.slice(0, firstMask)).not.toMatch(/Scanning/);
    const outsideMasks = run.stdout.replace(/^::add-mask::.+$/gm, '');
    for (const secret of masked) expect(outsideMasks).not.toContain(secret);
  });

  it('writes the outputs and the job summary', async () => {
    expect(outputs['inventory-path']).toBe(join('audit-out', 'inventory.json'));
    expect(outputs['account-ids']?.split(',').sort()).toEqual([oidcAccount, chainedAccount].sort());
    expect(Number(outputs['resource-count'])).toBeGreaterThan(0);
    expect(outputs['error-count']).toBe('0');
    const summary = await readFile(join(workspace, 'step-summary.md'), 'utf8');
    expect(summary).toContain('## AWS inventory');
    expect(summary).toContain(oidcAccount);
    // The inventory as tables, collapsed, and in full beside inventory.json for the artifact.
    expect(summary).toMatch(
      /<details><summary>Inventory: [\d,]+ resources, \$[\d,.]+ a month where priced<\/summary>/,
    );
    expect(summary).toContain('#### ec2:volume (');
    const csv = await readFile(join(workspace, 'audit-out', 'inventory.csv'), 'utf8');
    expect(csv.split('\r\n').length - 2).toBe(Number(outputs['resource-count']));
    expect(await readFile(join(workspace, 'audit-out', 'inventory.md'), 'utf8')).toContain('# Inventory');
  });

  it('scans both accounts in both regions into a valid inventory file', async () => {
    const inventory = await readInventory(join(workspace, outputs['inventory-path'] ?? ''));
    expect(inventory.accounts.map((a) => [a.id, a.regions])).toEqual(
      [
        [oidcAccount, ['eu-west-2', 'us-east-1']],
        [chainedAccount, ['eu-west-2', 'us-east-1']],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect(inventory.accounts.find((a) => a.id === oidcAccount)?.scannedAs).toContain(
      'aws-audit-acme-infra-4242',
    );
    const volumes = inventory.resources
      .filter((r) => r.type === 'ec2:volume')
      .map((r) => [r.account, r.region]);
    expect(volumes).toEqual(
      expect.arrayContaining([
        [oidcAccount, 'us-east-1'],
        [oidcAccount, 'eu-west-2'],
        [chainedAccount, 'eu-west-2'],
      ]),
    );
    expect(
      inventory.resources.some((r) => r.type === 's3:bucket' && r.id === `audit-bundle-${oidcAccount}`),
    ).toBe(true);
  });
});
