import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateVolumeCommand, EC2Client } from '@aws-sdk/client-ec2';
import { startAwsProxy, type AwsProxy } from '../../bench/aws-proxy.js';
import { readInventory } from '../../src/inventory/io.js';
import { accountCredentials, seedConfig, uniqueAccountId } from '../support/aws.js';
import { startOidcTokenServer, type OidcTokenServer } from '../support/oidc-server.js';
import { ACTION_BUNDLE, parseOutputs, runNode, type ProcessRun } from '../support/run-process.js';

/**
 * The bundled Action, run as the runner runs it, against AWS endpoints that accept connections
 * and never answer: at STS (the OIDC exchange), and in one region until the run's own time limit.
 */
describe('the bundled Action never hangs', () => {
  const account = uniqueAccountId();
  const requestToken = 'runtime-request-token';
  let oidc: OidcTokenServer;
  const proxies: AwsProxy[] = [];

  async function runAction(
    proxyOptions: Omit<Parameters<typeof startAwsProxy>[0], 'upstream'>,
    inputs: Record<string, string>,
    killAfterMs: number,
  ): Promise<{ run: ProcessRun; workspace: string; outputs: Record<string, string>; summary: string }> {
    const proxy = await startAwsProxy({ upstream: process.env.MOTO_ENDPOINT ?? '', ...proxyOptions });
    proxies.push(proxy);
    const workspace = await mkdtemp(join(tmpdir(), 'aws-audit-action-hang-'));
    const outputFile = join(workspace, 'github-output');
    const summaryFile = join(workspace, 'step-summary.md');
    await writeFile(outputFile, '');
    await writeFile(summaryFile, '');
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: workspace,
      AWS_ENDPOINT_URL: proxy.endpoint,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      ACTIONS_ID_TOKEN_REQUEST_URL: oidc.url,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_REPOSITORY: 'acme/infra',
      GITHUB_RUN_ID: '77',
      'INPUT_ROLE-TO-ASSUME': `arn:aws:iam::${account}:role/aws-audit`,
      'INPUT_AWS-REGION': 'us-east-1',
      ...Object.fromEntries(
        Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
      ),
    };
    const run = await runNode(ACTION_BUNDLE, [], { env, cwd: workspace, killAfterMs });
    return {
      run,
      workspace,
      outputs: parseOutputs(await readFile(outputFile, 'utf8')),
      summary: await readFile(summaryFile, 'utf8'),
    };
  }

  beforeAll(async () => {
    if (!existsSync(ACTION_BUNDLE)) throw new Error('dist/index.js is missing: run npm run build first');
    const credentials = await accountCredentials(account);
    for (const region of ['us-east-1', 'eu-west-3']) {
      await new EC2Client(seedConfig(region, credentials)).send(
        new CreateVolumeCommand({ AvailabilityZone: `${region}a`, Size: 4, VolumeType: 'gp3' }),
      );
    }
    oidc = await startOidcTokenServer(requestToken, { sub: 'repo:acme/infra:ref:refs/heads/main' });
  });

  afterAll(async () => {
    await oidc?.close();
    await Promise.all(proxies.map((proxy) => proxy.close()));
  });

  it('fails, by itself and naming the timeout, when STS never answers the OIDC exchange', async () => {
    const { run, workspace } = await runAction(
      { hangServices: ['sts'] },
      { 'call-timeout-seconds': '1', services: 'ec2', regions: 'us-east-1' },
      60_000,
    );
    expect(run.killed).toBe(false);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::Could not assume arn:aws:iam::\d{12}:role\/aws-audit with GitHub OIDC: TimeoutError: no complete answer from sts in us-east-1 within 1s/,
    );
    expect(run.elapsedMs).toBeLessThan(45_000);
    expect(existsSync(join(workspace, 'aws-audit-output', 'inventory.json'))).toBe(false);
  }, 70_000);

  it('fails before scanning when STS answers the OIDC exchange with an HTML page', async () => {
    const { run, workspace, outputs } = await runAction(
      { htmlServices: ['sts'] },
      { services: 'ec2', regions: 'us-east-1' },
      60_000,
    );
    expect(run.killed).toBe(false);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::Could not assume arn:aws:iam::\d{12}:role\/aws-audit with GitHub OIDC: UnparseableResponse: the answer to AssumeRoleWithWebIdentity was an HTML page/,
    );
    expect(outputs).toEqual({});
    expect(existsSync(join(workspace, 'aws-audit-output', 'inventory.json'))).toBe(false);
  }, 70_000);

  describe('at its overall time limit, with one region that never answers', () => {
    let result: Awaited<ReturnType<typeof runAction>>;
    beforeAll(async () => {
      result = await runAction(
        { hangRegions: ['eu-west-3'] },
        {
          'timeout-minutes': '1',
          'region-timeout-seconds': '3600',
          'call-timeout-seconds': '600',
          services: 'ec2',
          regions: 'us-east-1, eu-west-3',
        },
        120_000,
      );
    }, 130_000);

    it('ends the run at the limit and fails the step with a clear message', () => {
      const { run } = result;
      expect(run.killed).toBe(false);
      expect(run.code).toBe(1);
      expect(run.elapsedMs).toBeGreaterThanOrEqual(60_000);
      expect(run.elapsedMs).toBeLessThan(90_000);
      expect(run.stdout).toMatch(
        /::error::The run reached its time limit of 1 minute\(s\) \(timeout-minutes\) before the scan finished\. .* Calls abandoned in: ec2 eu-west-3\./,
      );
    });

    it('still writes the inventory, the report, the outputs and the job summary with what it read', async () => {
      const { workspace, outputs, summary } = result;
      const inventory = await readInventory(join(workspace, 'aws-audit-output', 'inventory.json'));
      expect(inventory.resources.filter((r) => r.type === 'ec2:volume').map((r) => r.region)).toEqual([
        'us-east-1',
      ]);
      const coverage = inventory.accounts[0]?.coverage ?? [];
      expect(coverage.filter((c) => c.region === 'eu-west-3').every((c) => c.status === 'failed')).toBe(true);
      expect(
        coverage
          // moto does not serve the block public access settings: the region settings are partial there.
          .filter((c) => c.region === 'us-east-1' && c.resourceType !== 'ec2:region-settings')
          .every((c) => c.status === 'complete'),
      ).toBe(true);
      expect(inventory.errors.filter((e) => e.region === 'eu-west-3').map((e) => e.code)).toContain(
        'RunDeadlineExceeded',
      );
      expect(outputs['report-path']).toBe(join('aws-audit-output', 'report.json'));
      expect(existsSync(join(workspace, 'aws-audit-output', 'report.json'))).toBe(true);
      expect(summary).toContain('## AWS inventory');
      expect(summary).toContain('RunDeadlineExceeded');
    });
  });
});
