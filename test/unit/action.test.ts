import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { declaredInputs, loadAction } from '../support/action-core.js';
import { startCountingAws, type CountingAws } from '../support/counting-aws.js';
import { restoreEnv } from '../support/process-env.js';

const runAction = await loadAction();
const saved = { ...process.env };
const restore = () => restoreEnv(saved);

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
    [{ dashboard: 'org' }, "dashboard must be one of account, organization, got 'org'"],
    [
      { dashboard: 'organization', cleanup: 'dry-run' },
      'cleanup: dry-run reads approvals from the per-account dashboard issues: it needs dashboard: account',
    ],
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

describe('action.yml and the inputs the Action reads', () => {
  let aws: CountingAws;
  afterAll(async () => {
    await aws?.close();
  });
  afterEach(restore);

  // The runner passes every declared input, its default where the workflow gives none. An input
  // declared and never read is ignored silently; one read and never declared is always ''.
  it('a run with the declared defaults reads every input action.yml declares, and no other', async () => {
    aws = await startCountingAws();
    process.env.AWS_ENDPOINT_URL = aws.endpoint;
    const declared = declaredInputs();
    const dir = await mkdtemp(join(tmpdir(), 'aws-audit-action-'));
    const result = await runAction({ ...declared, 'output-dir': join(dir, 'out') });
    // It got as far as the first AWS call, which the endpoint rejects: everything read before the
    // scan was read (test/e2e/action.e2e.test.ts checks a whole run).
    expect(aws.requests).toBeGreaterThan(0);
    expect(result.failed).toEqual([
      expect.stringContaining('The security token included in the request is invalid'),
    ]);
    expect([...new Set(result.asked)].sort()).toEqual(Object.keys(declared).sort());
  });
});
