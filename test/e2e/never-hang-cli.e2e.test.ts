import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateVolumeCommand, EC2Client } from '@aws-sdk/client-ec2';
import { startAwsProxy, type AwsProxy } from '../../bench/aws-proxy.js';
import { readReport } from '../../src/report/io.js';
import { readInventory } from '../../src/inventory/io.js';
import { accountCredentials, seedConfig, uniqueAccountId } from '../support/aws.js';
import { CLI_BUNDLE, runNode, type ProcessRun } from '../support/run-process.js';
import { startSilentServer, type SilentServer } from '../support/silent-server.js';

/**
 * The bundled CLI, in its own process, against endpoints that accept connections and never
 * answer: the process ends by itself within its configured limits and says what timed out.
 */
describe('aws-audit scan never hangs, and never reports what it did not read', () => {
  const account = uniqueAccountId();
  let proxy: AwsProxy;
  let silent: SilentServer;
  let html: AwsProxy | undefined;
  let workspace: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    if (!existsSync(CLI_BUNDLE)) throw new Error('dist/cli/index.js is missing: run npm run build first');
    const credentials = await accountCredentials(account);
    for (const region of ['us-east-1', 'eu-west-3']) {
      await new EC2Client(seedConfig(region, credentials)).send(
        new CreateVolumeCommand({ AvailabilityZone: `${region}a`, Size: 4, VolumeType: 'gp3' }),
      );
    }
    proxy = await startAwsProxy({ upstream: process.env.MOTO_ENDPOINT ?? '', hangRegions: ['eu-west-3'] });
    silent = await startSilentServer();
    workspace = await mkdtemp(join(tmpdir(), 'aws-audit-hang-'));
    env = {
      PATH: process.env.PATH,
      HOME: workspace,
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      AWS_SESSION_TOKEN: credentials.sessionToken,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    };
  });

  afterAll(async () => {
    await proxy?.close();
    await silent?.close();
    await html?.close();
  });

  describe('when every endpoint answers 200 with an HTML page', () => {
    let run: ProcessRun;
    beforeAll(async () => {
      html = await startAwsProxy({
        upstream: process.env.MOTO_ENDPOINT ?? '',
        htmlServices: ['sts', 'ec2', 's3'],
      });
      run = await runNode(CLI_BUNDLE, ['scan', '--regions', 'us-east-1', '--output-dir', 'html'], {
        env: { ...env, AWS_ENDPOINT_URL: html.endpoint },
        cwd: workspace,
        killAfterMs: 60_000,
      });
    }, 70_000);

    it('fails before scanning, saying the answer was not from AWS, and writes no report', () => {
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        'Cannot identify the AWS account (sts:GetCallerIdentity): UnparseableResponse: the answer to GetCallerIdentity was an HTML page',
      );
      expect(existsSync(join(workspace, 'html', 'report.json'))).toBe(false);
    });
  });

  describe('when STS is real but EC2 answers with an HTML page', () => {
    let run: ProcessRun;
    beforeAll(async () => {
      const ec2Html = await startAwsProxy({
        upstream: process.env.MOTO_ENDPOINT ?? '',
        htmlServices: ['ec2'],
      });
      run = await runNode(
        CLI_BUNDLE,
        ['scan', '--regions', 'us-east-1', '--services', 'ec2', '--output-dir', 'ec2-html'],
        { env: { ...env, AWS_ENDPOINT_URL: ec2Html.endpoint }, cwd: workspace, killAfterMs: 60_000 },
      );
      await ec2Html.close();
    }, 70_000);

    it('records every EC2 call as failed and reports no EC2 finding (no "EBS encryption off")', async () => {
      expect(run.killed).toBe(false);
      const report = await readReport(join(workspace, 'ec2-html', 'report.json'));
      expect(report.accounts[0]?.id).toBe(account);
      expect(report.findings).toEqual([]);
      expect(report.scanErrors.length).toBeGreaterThan(0);
      expect(report.scanErrors.every((e) => e.code === 'UnparseableResponse')).toBe(true);
      expect(report.accounts[0]?.coverage.every((c) => c.status === 'failed')).toBe(true);
      const ebs = report.rules.find((r) => r.id === 'ec2.ebs-default-encryption-off');
      expect(ebs?.scopes).toEqual([{ account, region: 'us-east-1', status: 'failed' }]);
    });
  });

  describe('when STS accepts the connection and never answers', () => {
    let run: ProcessRun;
    beforeAll(async () => {
      run = await runNode(
        CLI_BUNDLE,
        ['scan', '--regions', 'us-east-1', '--services', 'ec2', '--call-timeout-seconds', '1'],
        { env: { ...env, AWS_ENDPOINT_URL: silent.endpoint }, cwd: workspace, killAfterMs: 60_000 },
      );
    }, 70_000);

    it('exits 1 by itself, after its bounded attempts, naming the call and the limit', () => {
      expect(run.killed).toBe(false);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        'Cannot identify the AWS account (sts:GetCallerIdentity): TimeoutError: no complete answer from sts in us-east-1 within 1s (call-timeout-seconds)',
      );
      // Eight attempts of one second each, with the SDK's backoff between them.
      expect(run.elapsedMs).toBeLessThan(45_000);
    });

    it('scanned nothing and wrote nothing', () => {
      expect(existsSync(join(workspace, 'aws-audit-output', 'inventory.json'))).toBe(false);
    });
  });

  describe('when one region accepts the connection and never answers', () => {
    let run: ProcessRun;
    beforeAll(async () => {
      run = await runNode(
        CLI_BUNDLE,
        [
          'scan',
          ...['--regions', 'us-east-1,eu-west-3', '--services', 'ec2'],
          ...['--region-timeout-seconds', '10', '--output-dir', 'region-hang'],
        ],
        { env: { ...env, AWS_ENDPOINT_URL: proxy.endpoint }, cwd: workspace, killAfterMs: 90_000 },
      );
    }, 100_000);

    it('abandons the region at its time budget and the process ends by itself', () => {
      expect(run.killed).toBe(false);
      expect(run.code).toBe(0);
      expect(run.elapsedMs).toBeLessThan(40_000);
      expect(run.stdout).toMatch(
        /Not answered in time \(abandoned\): ec2 eu-west-3: \d+ call\(s\) \(region-timeout-seconds\)/,
      );
    });

    it('keeps what the other region answered and records the hung one as not read', async () => {
      const inventory = await readInventory(join(workspace, 'region-hang', 'inventory.json'));
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
    });
  });
});
