import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateVolumeCommand, EC2Client } from '@aws-sdk/client-ec2';
import { startAwsProxy, type AwsProxy } from '../../bench/aws-proxy.js';
import { DEFAULT_CONFIG_PATH } from '../../src/config/schema.js';
import { declaredInputs, loadAction } from '../support/action-core.js';
import { accountCredentials, seedConfig, uniqueAccountId } from '../support/aws.js';
import { restoreEnv } from '../support/process-env.js';

/** The Action's run(), in this process with a recording @actions/core, over moto. */
const runAction = await loadAction();
const saved = { ...process.env };
const restore = () => restoreEnv(saved);

describe('the Action over moto: config, grouped denials, suppressions', () => {
  const account = uniqueAccountId();
  let proxy: AwsProxy | undefined;
  let dir: string;

  beforeAll(async () => {
    const credentials = await accountCredentials(account);
    for (const region of ['us-east-1', 'eu-west-3']) {
      await new EC2Client(seedConfig(region, credentials)).send(
        new CreateVolumeCommand({ AvailabilityZone: `${region}a`, Size: 1, VolumeType: 'gp3' }),
      );
    }
    // The Action uses the job's credentials: the role's, in this test account.
    process.env.AWS_ACCESS_KEY_ID = credentials.accessKeyId;
    process.env.AWS_SECRET_ACCESS_KEY = credentials.secretAccessKey;
    process.env.AWS_SESSION_TOKEN = credentials.sessionToken;
    dir = await mkdtemp(join(tmpdir(), 'aws-audit-action-'));
  });
  afterEach(async () => {
    restore();
    await proxy?.close();
    proxy = undefined;
  });
  afterAll(() => {
    process.env.AWS_ACCESS_KEY_ID = saved.AWS_ACCESS_KEY_ID;
    process.env.AWS_SECRET_ACCESS_KEY = saved.AWS_SECRET_ACCESS_KEY;
    delete process.env.AWS_SESSION_TOKEN;
  });

  it('says once that the absent default config means the defaults, then scans and audits', async () => {
    const result = await runAction({
      regions: 'us-east-1',
      services: 's3',
      'output-dir': join(dir, 'plain'),
    });
    expect(result.failed).toEqual([]);
    expect(result.info.filter((line) => line.includes(DEFAULT_CONFIG_PATH))).toEqual([
      `No ${DEFAULT_CONFIG_PATH}: the audit uses the default rules and thresholds.`,
    ]);
    expect(result.outputs['report-path']).toBe(join(dir, 'plain', 'report.json'));
  });

  // The unit test stops at the first AWS call; a whole run reads whatever the Action ever reads.
  it('reads every input action.yml declares, and no other, in a whole run', async () => {
    const declared = declaredInputs();
    const result = await runAction({
      ...declared,
      regions: 'us-east-1',
      services: 's3',
      'output-dir': join(dir, 'inputs'),
    });
    expect(result.failed).toEqual([]);
    expect(result.outputs['report-path']).toBe(join(dir, 'inputs', 'report.json'));
    expect([...new Set(result.asked)].sort()).toEqual(Object.keys(declared).sort());
  });

  it.each([
    [
      'a missing permission',
      undefined,
      /^\d{12} (eu-west-3|us-east-1): \d+ calls denied; the role needs ec2:Describe/,
    ],
    [
      'an explicit deny',
      'a service control policy',
      /^\d{12} (eu-west-3|us-east-1): \d+ calls denied by an explicit Deny \(in a service control policy\), which no permission added to the role can override: ec2:Describe/,
    ],
  ])(
    'warns once per denied region for %s, with the count and the actions',
    async (_what, explicitDenyIn, line) => {
      proxy = await startAwsProxy({
        upstream: saved.AWS_ENDPOINT_URL ?? '',
        denyServices: ['ec2'],
        explicitDenyIn,
      });
      process.env.AWS_ENDPOINT_URL = proxy.endpoint;
      const result = await runAction({
        regions: 'us-east-1, eu-west-3',
        services: 'ec2',
        'output-dir': join(dir, 'denied'),
      });
      expect(result.failed).toEqual([]);
      const denied = result.warning.filter((w) => w.includes('denied'));
      expect(denied).toHaveLength(2);
      for (const warning of denied) expect(warning).toMatch(line);
      expect(Number(result.outputs['error-count'])).toBeGreaterThan(4);
    },
  );

  it('warns about a suppression that matches nothing, naming its file and line', async () => {
    await mkdir(join(dir, 'cfg'), { recursive: true });
    const config = join(dir, 'cfg', 'aws-audit.yml');
    await writeFile(
      config,
      [
        'suppressions:',
        '  - rule: s3.*',
        "    resource: 'arn:aws:s3:::no-such-bucket'",
        '    reason: gone',
        '',
      ].join('\n'),
    );
    const result = await runAction({
      regions: 'us-east-1',
      services: 's3',
      config,
      'output-dir': join(dir, 'sup'),
    });
    expect(result.failed).toEqual([]);
    expect(result.warning).toContain(
      `The suppression at ${config}:2:5 (rule s3.*) matches no resource in the inventory: resource 'arn:aws:s3:::no-such-bucket'. Check the pattern, or remove the suppression.`,
    );
    expect(await readdir(join(dir, 'sup'))).toEqual([
      'inventory.csv',
      'inventory.json',
      'inventory.md',
      'report.json',
    ]);
  });
});
