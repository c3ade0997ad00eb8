import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateVolumeCommand, EC2Client } from '@aws-sdk/client-ec2';
import { startAwsProxy, type AwsProxy } from '../../bench/aws-proxy.js';
import { DEFAULT_CONFIG_PATH } from '../../src/config/schema.js';
import { accountCredentials, seedConfig, uniqueAccountId } from '../support/aws.js';
import { startCountingAws, type CountingAws } from '../support/counting-aws.js';
import { restoreEnv } from '../support/process-env.js';

/** @actions/core, recorded: the inputs come from `inputs`, everything else is kept for the asserts. */
let inputs: Record<string, string> = {};
const calls = {
  info: [] as string[],
  warning: [] as string[],
  failed: [] as string[],
  outputs: {} as Record<string, string>,
  summaries: 0,
};
const summary = {
  addRaw: () => summary,
  write: async () => {
    calls.summaries += 1;
    return summary;
  },
};
jest.unstable_mockModule('@actions/core', () => ({
  getInput: (name: string) => inputs[name] ?? '',
  info: (message: string) => void calls.info.push(message),
  warning: (message: string) => void calls.warning.push(message),
  setFailed: (message: string) => void calls.failed.push(message),
  setOutput: (name: string, value: string) => void (calls.outputs[name] = value),
  setSecret: () => undefined,
  getIDToken: () => Promise.reject(new Error('no OIDC in tests')),
  summary,
}));
const { run } = await import('../../src/main.js');

const saved = { ...process.env };
const restore = () => restoreEnv(saved);

async function runAction(given: Record<string, string>) {
  inputs = given;
  calls.info = [];
  calls.warning = [];
  calls.failed = [];
  calls.outputs = {};
  calls.summaries = 0;
  process.env.GITHUB_STEP_SUMMARY = join(tmpdir(), 'unused-summary.md');
  await run();
  return calls;
}

describe('the Action: mistakes fail before the scan, with nothing half done', () => {
  let aws: CountingAws;
  let dir: string;

  beforeAll(async () => {
    aws = await startCountingAws();
    dir = await mkdtemp(join(tmpdir(), 'aws-audit-action-'));
    await writeFile(join(dir, 'bad-rule.yml'), 'rules:\n  severity: { s3.no-such-rule: low }\n');
    await writeFile(join(dir, 'a-file'), 'not a directory');
    await writeFile(join(dir, 'config'), '[profile other]\n');
    await writeFile(join(dir, 'credentials'), '[default]\n');
  });
  afterEach(restore);
  afterAll(async () => {
    await aws.close();
  });

  it.each([
    [{ config: '<dir>/missing.yml' }, 'config: cannot read <dir>/missing.yml: ENOENT'],
    [
      { config: '<dir>/bad-rule.yml' },
      "<dir>/bad-rule.yml:2:15: rules.severity names no rule: 's3.no-such-rule'",
    ],
    [{ regions: ' , ' }, "regions lists no entries (','); give names, or all"],
    [
      { regions: 'us-est-1' },
      "regions: 'us-est-1' is not an AWS region (did you mean us-east-1 or us-west-1?)",
    ],
    [{ 'exclude-regions': 'eu-wset-1' }, "exclude-regions: 'eu-wset-1' is not an AWS region"],
    [
      { services: 's3,ec2', 'exclude-services': 'ec2, s3' },
      'exclude-services excludes every service services lists (ec2, s3): nothing to scan',
    ],
    [{ 'aws-region': 'eu-wset-1' }, "aws-region: 'eu-wset-1' is not an AWS region (did you mean eu-west-1?)"],
    [{ 'output-dir': '<dir>/a-file' }, 'output-dir: <dir>/a-file exists and is not a directory'],
    [{ 'max-concurrency': 'abc' }, "max-concurrency must be a whole number, got 'abc'"],
    [{ 'fail-on': 'severe' }, "fail-on must be one of none, critical, high, medium, low, info; got 'severe'"],
    [
      { 'role-to-assume': 'arn:aws:iam::1:role/x' },
      "role-to-assume: 'arn:aws:iam::1:role/x' is not an IAM role ARN",
    ],
  ])('%j', async (given, message) => {
    process.env.AWS_ENDPOINT_URL = aws.endpoint;
    const before = aws.requests;
    const withDir = Object.fromEntries(Object.entries(given).map(([k, v]) => [k, v.replace('<dir>', dir)]));
    const result = await runAction({ 'output-dir': join(dir, 'out'), ...withDir });
    expect(result.failed).toHaveLength(1);
    expect(result.failed[0]).toContain(message.replace(/<dir>/g, dir));
    expect({ requests: aws.requests - before, outputs: result.outputs, summaries: result.summaries }).toEqual(
      {
        requests: 0,
        outputs: {},
        summaries: 0,
      },
    );
  });

  it('fails on an AWS_PROFILE in neither shared file, naming the profile and the files', async () => {
    Object.assign(process.env, {
      AWS_ENDPOINT_URL: aws.endpoint,
      AWS_PROFILE: 'prod',
      AWS_CONFIG_FILE: join(dir, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
    });
    const before = aws.requests;
    const result = await runAction({ 'output-dir': join(dir, 'out') });
    expect(result.failed).toEqual([
      `AWS_PROFILE is 'prod', a profile in neither ${join(dir, 'config')} nor ${join(dir, 'credentials')} ` +
        '(AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE choose other files); unset it or add the profile',
    ]);
    expect(aws.requests - before).toBe(0);
    expect(result.outputs).toEqual({});
  });
});

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
    expect(await readdir(join(dir, 'sup'))).toEqual(['inventory.json', 'report.json']);
  });
});
