import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { DEFAULT_CONFIG_PATH } from '../../src/config/schema.js';
import { startCountingAws, type CountingAws } from '../support/counting-aws.js';
import { restoreEnv } from '../support/process-env.js';

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/**
 * Every mistake in the command, its options, AWS_PROFILE or the config file exits 2 before the
 * first AWS call: the endpoint counts the requests, and must see none.
 */
describe('aws-audit scan: mistakes fail before the scan, with exit 2 and no AWS call', () => {
  let aws: CountingAws;
  let dir: string;
  let outputDir: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    aws = await startCountingAws();
    dir = await mkdtemp(join(tmpdir(), 'aws-audit-preflight-'));
    outputDir = join(dir, 'out');
    await writeFile(join(dir, 'bad-schema.yml'), 'thresholds:\n  snapshotAgeDays: soon\n');
    await writeFile(join(dir, 'bad-rule.yml'), 'rules:\n  disable: [ec2.no-such-rule]\n');
    await writeFile(join(dir, 'a-file'), 'not a directory');
    const keys = 'aws_access_key_id = testing\naws_secret_access_key = testing\n';
    await writeFile(join(dir, 'config'), `[profile other]\nregion = us-east-1\n${keys}`);
    await writeFile(join(dir, 'credentials'), `[another]\n${keys}`);
  });

  afterEach(() => restoreEnv(saved));

  afterAll(async () => {
    await aws.close();
  });

  async function scan(args: string[], env: Record<string, string> = {}) {
    Object.assign(process.env, { AWS_ENDPOINT_URL: aws.endpoint }, env);
    const before = aws.requests;
    const result = await run(['scan', '--output-dir', outputDir, '--max-attempts', '1', ...args]);
    return { ...result, requests: aws.requests - before };
  }

  it.each([
    [['--config', 'missing.yml'], '--config: cannot read missing.yml: ENOENT'],
    [
      ['--config', '<dir>/bad-schema.yml'],
      '<dir>/bad-schema.yml:2:20: thresholds.snapshotAgeDays must be integer',
    ],
    [
      ['--config', '<dir>/bad-rule.yml'],
      "<dir>/bad-rule.yml:2:13: rules.disable names no rule: 'ec2.no-such-rule'",
    ],
    [
      ['--services', 's3', '--exclude-services', 's3'],
      '--exclude-services excludes every service --services lists (s3): nothing to scan',
    ],
    [['--services', 'nope'], '--services: unknown service(s): nope. Available: '],
    [['--regions', ' , '], "--regions lists no entries (','); give names, or all"],
    [
      ['--regions', 'us-est-1'],
      "--regions: 'us-est-1' is not an AWS region (did you mean us-east-1 or us-west-1?)",
    ],
    [['--regions', 'us-east'], "--regions: 'us-east' is not a region code like us-east-1 or eu-west-2"],
    [
      ['--exclude-regions', 'eu-wset-1'],
      "--exclude-regions: 'eu-wset-1' is not an AWS region (did you mean eu-west-1?)",
    ],
    [
      ['--region', 'us-est-1'],
      "--region: 'us-est-1' is not an AWS region (did you mean us-east-1 or us-west-1?)",
    ],
    [['--output-dir', '<dir>/a-file'], '--output-dir: <dir>/a-file exists and is not a directory'],
    [
      ['--output-dir', '<dir>/a-file/inside'],
      '--output-dir: <dir>/a-file/inside is inside a file, not a directory',
    ],
    [['--max-concurrency', 'abc'], "--max-concurrency must be a whole number, got 'abc'"],
    [['--max-attempts', '0'], '--max-attempts must be between 1 and 20, got 0'],
    [
      ['--fail-on', 'severe'],
      "--fail-on must be one of none, critical, high, medium, low, info; got 'severe'",
    ],
    [
      ['--role-arn', 'arn:aws:iam::123:role/x'],
      "--role-arn: 'arn:aws:iam::123:role/x' is not an IAM role ARN",
    ],
    [['--additional-role-arns', 'nope'], "--additional-role-arns entry 1: 'nope' is not an IAM role ARN"],
    [['--session-name', 'bad name'], "--session-name: 'bad name' is not a valid role session name"],
  ])('%j', async (args, message) => {
    const { code, stderr, stdout, requests } = await scan(args.map((a) => a.replace('<dir>', dir)));
    expect({ code, requests, stdout }).toEqual({ code: 2, requests: 0, stdout: '' });
    expect(stderr).toMatch(/^aws-audit: /);
    expect(stderr).toContain(message.replace(/<dir>/g, dir));
    await expect(readdir(outputDir)).rejects.toThrow('ENOENT');
  });

  it('checks the STS region from AWS_REGION when --region is not given, naming the variable', async () => {
    try {
      const { code, stderr, requests } = await scan([], { AWS_REGION: 'us-est-1' });
      expect({ code, requests }).toEqual({ code: 2, requests: 0 });
      expect(stderr).toContain("aws-audit: AWS_REGION: 'us-est-1' is not an AWS region");
    } finally {
      restoreEnv(saved, ['AWS_REGION']);
    }
  });

  it('AWS_PROFILE naming a profile in neither shared file, naming the profile and both files', async () => {
    const env = {
      AWS_PROFILE: 'typo',
      AWS_CONFIG_FILE: join(dir, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
    };
    const { code, stderr, requests } = await scan(['--regions', 'us-east-1', '--services', 's3'], env);
    expect({ code, requests }).toEqual({ code: 2, requests: 0 });
    expect(stderr).toContain(
      `aws-audit: AWS_PROFILE is 'typo', a profile in neither ${env.AWS_CONFIG_FILE} nor ${env.AWS_SHARED_CREDENTIALS_FILE}`,
    );
  });

  it('AWS_PROFILE not found in the default files names ~/.aws/config and ~/.aws/credentials', async () => {
    const home = await mkdtemp(join(tmpdir(), 'aws-audit-home-'));
    const previousHome = process.env.HOME;
    process.env.HOME = home;
    try {
      const { code, stderr } = await scan([], { AWS_PROFILE: 'nowhere' });
      expect(code).toBe(2);
      expect(stderr).toContain(
        `a profile in neither ${join(home, '.aws', 'config')} nor ${join(home, '.aws', 'credentials')}`,
      );
    } finally {
      process.env.HOME = previousHome;
    }
  });

  // The controls: the same endpoint does see the calls of a run that passes the checks, and a
  // failure there (credentials rejected) is a runtime failure, exit 1.
  it.each([
    ['a profile in the config file', 'other'],
    ['a profile in the credentials file', 'another'],
  ])('lets AWS_PROFILE name %s, and then a rejected call exits 1', async (_what, profile) => {
    const env = {
      AWS_PROFILE: profile,
      AWS_CONFIG_FILE: join(dir, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
    };
    const { code, stderr, requests } = await scan(['--regions', 'us-east-1', '--services', 's3'], env);
    expect(stderr).not.toContain('AWS_PROFILE is');
    expect(requests).toBeGreaterThan(0);
    expect(code).toBe(1);
  });

  it('exits 1, after calling AWS, when AWS rejects the credentials', async () => {
    const { code, stderr, requests } = await scan(['--regions', 'us-east-1', '--services', 's3']);
    expect(requests).toBeGreaterThan(0);
    expect(code).toBe(1);
    expect(stderr).toContain('aws-audit: ');
    expect(stderr).toContain('The security token included in the request is invalid');
  });

  it('says in one line that the absent default config means the defaults', async () => {
    const { stderr } = await scan(['--regions', 'us-east-1', '--services', 's3']);
    expect(stderr.split('\n').filter((l) => l.includes(DEFAULT_CONFIG_PATH))).toEqual([
      `No ${DEFAULT_CONFIG_PATH}: the audit uses the default rules and thresholds.`,
    ]);
  });
});

describe('aws-audit audit: the same config rule, and clear messages for wrong files', () => {
  it('treats --config .github/aws-audit.yml as the default: absent is fine, with one info line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aws-audit-preflight-'));
    await mkdir(join(dir, 'x'));
    // README's example command, run where there is no config file.
    const { code, stderr } = await run([
      'audit',
      '--inventory',
      join(dir, 'missing-inventory.json'),
      '--config',
      DEFAULT_CONFIG_PATH,
      '--output-dir',
      dir,
    ]);
    expect(stderr).toContain(`No ${DEFAULT_CONFIG_PATH}: the audit uses the default rules and thresholds.`);
    expect(stderr).not.toContain('cannot read .github');
    // It got as far as the inventory.
    expect(stderr).toContain(`Cannot read inventory ${join(dir, 'missing-inventory.json')}`);
    expect(code).toBe(2);
  });
});
