import { describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadAuditConfig, parseAuditConfig } from '../../src/config/load.js';
import { DEFAULT_CONFIG, DEFAULT_CONFIG_PATH, DEFAULT_THRESHOLDS } from '../../src/config/schema.js';
import { catalog } from '../../src/rules/catalog/index.js';
import { selectRules } from '../../src/rules/select.js';
import { UsageError } from '../../src/usage-error.js';

const problems = (text: string): string[] => {
  try {
    parseAuditConfig(text, 'aws-audit.yml');
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('parseAuditConfig', () => {
  it('reads rules, thresholds over the defaults, scope and located suppressions', () => {
    const config = parseAuditConfig(
      [
        'version: 1',
        'rules:',
        '  disable: [ec2.instance-public-ip]',
        '  severity: { ec2.volume-gp2: medium }',
        'thresholds:',
        '  stoppedInstanceDays: 14',
        '  requiredTags: [owner]',
        'scope:',
        '  regions: [us-east-1]',
        'suppressions:',
        '  - rule: s3.*',
        '    resource: /^arn:aws:s3:::public-site-.*$/',
        '    reason: static website, reviewed by security',
        '    expires: 2027-01-31',
      ].join('\n'),
      'aws-audit.yml',
    );
    expect(config.disable).toEqual(['ec2.instance-public-ip']);
    expect(config.severity).toEqual({ 'ec2.volume-gp2': 'medium' });
    expect(config.thresholds).toEqual({
      ...DEFAULT_THRESHOLDS,
      stoppedInstanceDays: 14,
      requiredTags: ['owner'],
    });
    expect(config.scope).toEqual({ regions: ['us-east-1'], services: null });
    expect(config.suppressions[0]).toMatchObject({
      rule: 's3.*',
      expires: '2027-01-31',
      source: 'aws-audit.yml:11:5',
    });
  });

  it('an empty file is the defaults', () => {
    expect(parseAuditConfig('', 'x.yml')).toMatchObject({
      disable: [],
      thresholds: DEFAULT_THRESHOLDS,
      suppressions: [],
    });
  });

  it('names file, line and column: unknown keys, wrong types, bad dates and severities, missing reasons', () => {
    const found = problems(
      [
        'rulez: {}',
        'thresholds:',
        '  allowedPublicPorts: [80, 70000]',
        'rules:',
        '  severity: { ec2.volume-gp2: urgent }',
        'suppressions:',
        '  - rule: ec2.*',
        '    expires: next week',
        '    reason: ""',
      ].join('\n'),
    );
    expect([...found].sort()).toEqual([
      "aws-audit.yml:1:1: unknown key 'rulez' in the file",
      'aws-audit.yml:3:28: thresholds.allowedPublicPorts.1 must be <= 65535',
      'aws-audit.yml:5:31: rules.severity.ec2.volume-gp2 must be one of critical, high, medium, low, info',
      'aws-audit.yml:8:14: suppressions.0.expires must be a date (YYYY-MM-DD)',
      'aws-audit.yml:9:13: suppressions.0.reason must NOT have fewer than 1 characters',
    ]);
  });

  it('reports YAML syntax errors with their position, and invalid regular expressions', () => {
    expect(problems('rules:\n  disable: [a, b\n')[0]).toMatch(/^aws-audit\.yml:\d+:\d+: /);
    expect(problems('suppressions:\n  - rule: x\n    resource: /[unclosed/\n    reason: r\n')).toEqual([
      expect.stringMatching(
        /^aws-audit\.yml:2:5: suppressions\.0\.resource is not a valid regular expression/,
      ),
    ]);
  });
});

describe('names that match nothing', () => {
  it('are errors naming the file, line and column of each one', () => {
    const config = parseAuditConfig(
      [
        'rules:',
        '  disable: [ec2.volume-gp2, s3.bucket-versoning-disabled]',
        '  enable:',
        '    - dynamodb.table-not-cmk-encrypted',
        '    - lambda.nope',
        '  severity: { "iam.*": high, "iamm.*": low }',
        'scope:',
        '  services: [ec2, ec2s]',
        '  regions: [us-east-1]',
      ].join('\n'),
      'aws-audit.yml',
    );
    let thrown: unknown;
    try {
      selectRules(catalog, config);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).problems).toEqual([
      "aws-audit.yml:2:29: rules.disable names no rule: 's3.bucket-versoning-disabled' (list them with: aws-audit rules)",
      "aws-audit.yml:5:7: rules.enable names no rule: 'lambda.nope' (list them with: aws-audit rules)",
      "aws-audit.yml:6:30: rules.severity names no rule: 'iamm.*' (list them with: aws-audit rules)",
      expect.stringMatching(
        /^aws-audit\.yml:8:19: scope\.services names no service the rules cover: 'ec2s' \(one of: account, acm, apigateway, budgets, cloudfront, cloudtrail, cloudwatch, cognito, config, dynamodb, ec2, ecr, ecs, eks, elb, elbv2, guardduty, iam, kms, lambda, rds, route53, s3, secretsmanager, sns, sqs, ssm, wafv2\)$/,
      ),
    ]);
  });

  it('rejects a region that is not a region code', () => {
    expect(problems('scope:\n  regions: [us-east-1, "US East"]\n')).toEqual([
      expect.stringMatching(/^aws-audit\.yml:2:24: scope\.regions\.1 must match pattern/),
    ]);
  });
});

describe('loadAuditConfig: one rule for the Action and the CLI', () => {
  /** Runs in a fresh directory, where the default path is relative to, and comes back. */
  async function inTemporaryDirectory<T>(body: (dir: string) => Promise<T>): Promise<T> {
    const previous = process.cwd();
    const dir = await mkdtemp(join(tmpdir(), 'aws-audit-config-'));
    process.chdir(dir);
    try {
      return await body(dir);
    } finally {
      process.chdir(previous);
    }
  }

  it.each([undefined, '', '  ', DEFAULT_CONFIG_PATH, `./${DEFAULT_CONFIG_PATH}`])(
    'takes the defaults, saying so once, when the default path %p is absent',
    async (option) => {
      await inTemporaryDirectory(async () => {
        const info: string[] = [];
        expect(await loadAuditConfig(option, '--config', (m) => info.push(m))).toBe(DEFAULT_CONFIG);
        expect(info).toEqual([`No ${DEFAULT_CONFIG_PATH}: the audit uses the default rules and thresholds.`]);
      });
    },
  );

  it('reads the default path when it is there', async () => {
    await inTemporaryDirectory(async (dir) => {
      await mkdir(join(dir, '.github'));
      await writeFile(join(dir, DEFAULT_CONFIG_PATH), 'thresholds:\n  snapshotAgeDays: 7\n');
      const info: string[] = [];
      const config = await loadAuditConfig(undefined, 'config', (m) => info.push(m));
      expect(config.thresholds.snapshotAgeDays).toBe(7);
      expect(config.source).toBe(DEFAULT_CONFIG_PATH);
      expect(info).toEqual([]);
    });
  });

  it('fails, naming the option, when any other path is absent', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aws-audit-config-'));
    const path = join(dir, 'aws-audit.yml');
    const load = loadAuditConfig(path, '--config', () => undefined);
    await expect(load).rejects.toThrow(UsageError);
    await expect(loadAuditConfig(path, 'config', () => undefined)).rejects.toThrow(
      `config: cannot read ${path}: ENOENT`,
    );
  });

  it('reports an invalid file as a ConfigError, which is a usage error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aws-audit-config-'));
    const path = join(dir, 'bad.yml');
    await writeFile(path, 'rules: [\n');
    const error = await loadAuditConfig(path, '--config', () => undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toBeInstanceOf(UsageError);
  });
});

describe('thresholds.lambdaRuntimes', () => {
  it('reads runtimes to add to the built-in table, with absent block dates as unknown', () => {
    const config = parseAuditConfig(
      'thresholds:\n  lambdaRuntimes:\n    nodejs26.x:\n      deprecation: 2027-04-30\n',
      'aws-audit.yml',
    );
    expect(config.thresholds.lambdaRuntimes).toEqual({ 'nodejs26.x': { deprecation: '2027-04-30' } });
  });

  it('names the line of a date that is not one', () => {
    expect(
      problems('thresholds:\n  lambdaRuntimes:\n    nodejs26.x:\n      deprecation: soon\n').join('\n'),
    ).toMatch(/aws-audit\.yml:4:\d+/);
  });
});
