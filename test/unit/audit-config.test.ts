import { describe, expect, it } from '@jest/globals';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadAuditConfig, parseAuditConfig } from '../../src/config/load.js';
import { DEFAULT_CONFIG, DEFAULT_THRESHOLDS } from '../../src/config/schema.js';
import { catalog } from '../../src/rules/catalog/index.js';
import { selectRules } from '../../src/rules/select.js';

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
        /^aws-audit\.yml:8:19: scope\.services names no service the rules cover: 'ec2s' \(one of: apigateway, budgets, cloudtrail, cloudwatch, config, dynamodb, ec2, guardduty, iam, lambda, rds, s3\)$/,
      ),
    ]);
  });

  it('rejects a region that is not a region code', () => {
    expect(problems('scope:\n  regions: [us-east-1, "US East"]\n')).toEqual([
      expect.stringMatching(/^aws-audit\.yml:2:24: scope\.regions\.1 must match pattern/),
    ]);
  });
});

describe('loadAuditConfig', () => {
  it('uses the defaults when the default file is absent, and fails when a given file is', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aws-audit-config-'));
    expect(await loadAuditConfig(join(dir, 'aws-audit.yml'), { required: false })).toBe(DEFAULT_CONFIG);
    await expect(loadAuditConfig(join(dir, 'aws-audit.yml'), { required: true })).rejects.toThrow(
      /cannot read the file/,
    );
  });
});
