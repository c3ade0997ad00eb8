import { describe, expect, it, jest } from '@jest/globals';
import { Ajv } from 'ajv';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalog, rulesByFile } from '../../src/rules/catalog/index.js';
import { citationProblems, STANDARD_KEYS } from '../../src/rules/compliance.js';
import { RuleContext } from '../../src/rules/context.js';
import { runRules } from '../../src/rules/engine.js';
import { isRule, RuleMetadata, type RuleHit } from '../../src/rules/model.js';
import { resourceSchemas, resourceTypeOf } from '../../src/inventory/resources/index.js';
import { RICH_CONFIG, RICH_NOW, richInventory } from '../support/rich-inventory.js';

const validate = new Ajv({ allErrors: true, strict: false }).compile(RuleMetadata);
const inventoryTypes = new Set<string>(resourceSchemas.map(resourceTypeOf));
const resourceTypes = new Set<string>([...inventoryTypes, 'aws:account', 'aws:region', '*']);

describe('the rule catalog', () => {
  it.each(catalog.map((rule) => [rule.metadata.id, rule] as const))('%s has valid metadata', (_id, rule) => {
    expect(validate(rule.metadata) ? [] : validate.errors).toEqual([]);
    expect(resourceTypes.has(rule.metadata.resourceType)).toBe(true);
    expect(rule.metadata.reads.filter((type) => !inventoryTypes.has(type))).toEqual([]);
    // A rule about a resource reads that resource's type.
    if (inventoryTypes.has(rule.metadata.resourceType)) {
      expect(rule.metadata.reads).toContain(rule.metadata.resourceType);
    }
  });

  it.each(catalog.map((rule) => [rule.metadata.id, rule] as const))(
    '%s fills only known values into its CLI template',
    (_id, rule) => {
      // Standard values, plus those a rule passes with each hit (RuleHit.templateValues).
      const known = new Set([
        'id',
        'name',
        'region',
        'account',
        'arn',
        'ipPermissions',
        'policyName',
        'statementId',
        'runtime',
        'feature',
        'bucket',
        'record',
        'logTypes',
        'port',
        'denyRuleNumber',
        'apiId',
        'routeId',
        'recorder',
        'integrationId',
        'cluster',
        'listenerArn',
      ]);
      const names = [...(rule.metadata.remediation.cli ?? '').matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]);
      expect(names.filter((name) => !known.has(name ?? ''))).toEqual([]);
      if (rule.metadata.resourceType === 'aws:account') expect(names).not.toContain('region');
      // Placeholders for the user to fill are UPPER-CASE words: a <placeholder> is a shell redirect.
      expect(rule.metadata.remediation.cli ?? '').not.toMatch(/[<>]/);
      // Outside single quotes, [ ] * ? are globs (zsh aborts on no match; bash may expand them).
      expect((rule.metadata.remediation.cli ?? '').replace(/'[^']*'/g, "''")).not.toMatch(/[[\]*?]/);
    },
  );

  it('has unique ids and aliases', () => {
    const names = catalog.flatMap((rule) => [rule.metadata.id, ...rule.metadata.aliases]);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it.each(catalog.map((rule) => [rule.metadata.id, rule] as const))(
    '%s cites only controls of its standards, about what it checks',
    (_id, rule) => {
      expect(citationProblems(rule.metadata)).toEqual([]);
    },
  );

  it('finds a cited id its standard lacks, a control about another resource, a stray deviation', () => {
    const base = { id: 'ec2.example', resourceType: 'ec2:security-group', deviations: {} };
    expect(citationProblems({ ...base, references: { fsbp: ['EC2.19'], cis: ['6.3'] } })).toEqual([]);
    expect(citationProblems({ ...base, references: { fsbp: ['EC2.999', 'EC2.13'], cis: ['6.99'] } })).toEqual(
      [
        'FSBP EC2.999 is not a control of AWS Foundational Security Best Practices (Security Hub) v1.0.0',
        // A Security Hub control, but not one of FSBP.
        'FSBP EC2.13 is not a control of AWS Foundational Security Best Practices (Security Hub) v1.0.0',
        'CIS 6.99 is not a control of CIS Amazon Web Services Foundations Benchmark v6.0.0',
      ],
    );
    expect(citationProblems({ ...base, references: { fsbp: ['EC2.8'], cis: [] } })).toEqual([
      'FSBP EC2.8 judges AWS::EC2::Instance, not ec2:security-group',
    ]);
    expect(
      citationProblems({
        ...base,
        references: { fsbp: [], cis: [] },
        deviations: { 'CIS 6.3': 'x'.repeat(20) },
      }),
    ).toEqual(['a deviation is noted for CIS 6.3, which the rule does not cite']);
  });
});

describe('where rules are defined', () => {
  const folder = fileURLToPath(new URL('../../src/rules/catalog/', import.meta.url));
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
    .map((name) => name.slice(0, -'.ts'.length));
  /** Each file's module, imported by its name on disk, and the rules it exports. */
  const exported = async (file: string) => {
    const module = (await import(`../../src/rules/catalog/${file}.js`)) as Record<string, unknown>;
    return Object.values(module).filter(isRule);
  };

  it('collects every file that exports rules, under its own name and with its own rules', async () => {
    const withRules: string[] = [];
    for (const file of files) {
      const rules = await exported(file);
      if (rules.length > 0) withRules.push(file);
      expect([file, rulesByFile[file] ?? []]).toEqual([file, rules]);
    }
    expect(Object.keys(rulesByFile).sort()).toEqual(withRules.sort());
  });

  it('has the catalog made of those rules, each once', () => {
    const collected = Object.values(rulesByFile).flat();
    expect(new Set(collected).size).toBe(collected.length);
    expect(new Set(catalog)).toEqual(new Set(collected));
    expect(catalog).toHaveLength(collected.length);
  });

  it.each(
    Object.entries(rulesByFile).flatMap(([file, rules]) => rules.map((r) => [r.metadata.id, file] as const)),
  )('%s is defined in a file of its service (%s.ts)', (id, file) => {
    const service = id.split('.')[0] ?? '';
    expect(file === service || file.startsWith(`${service}-`)).toBe(true);
  });
});

describe('what the rules read', () => {
  const inventory = richInventory();

  it('is tried on an inventory that holds every resource type', () => {
    expect(new Set(inventory.resources.map((r) => r.type))).toEqual(inventoryTypes);
  });

  // Each rule reports on the rich inventory, so its reading paths ran: what it read (spied on the
  // context every rule reads through) must be what it declares, no more (the context would refuse
  // it: a warning) and no less (a declaration that would make it judge less than it could).
  it.each(catalog.map((rule) => [rule.metadata.id, rule] as const))(
    '%s reads exactly the types it declares (reads and consults)',
    (_id, rule) => {
      const evaluate = jest.spyOn(rule, 'evaluate');
      const resources = jest.spyOn(RuleContext.prototype, 'resources');
      const listed = jest.spyOn(RuleContext.prototype, 'listed');
      try {
        const config = { ...RICH_CONFIG, enable: rule.metadata.defaultEnabled ? [] : [rule.metadata.id] };
        const outcome = runRules(inventory, config, [rule], RICH_NOW);
        expect(outcome.warnings).toEqual([]);
        expect(outcome.findings.length).toBeGreaterThan(0);
        const read = new Set([
          ...resources.mock.calls.map(([type]) => type),
          ...listed.mock.calls.map(([, type]) => type),
        ]);
        expect(read).toEqual(new Set([...rule.metadata.reads, ...rule.metadata.consults]));
        // A hit narrows the rule's citations, never adds to them.
        const hits = evaluate.mock.results.flatMap((r) =>
          r.type === 'return' ? (r.value as RuleHit[]) : [],
        );
        for (const hit of hits)
          for (const standard of STANDARD_KEYS)
            expect(
              (hit.references?.[standard] ?? []).filter(
                (id) => !rule.metadata.references[standard].includes(id),
              ),
            ).toEqual([]);
        // A type is either one the judgement rests on or one it only consults.
        expect(rule.metadata.consults.filter((type) => rule.metadata.reads.includes(type))).toEqual([]);
      } finally {
        evaluate.mockRestore();
        resources.mockRestore();
        listed.mockRestore();
      }
    },
  );
});
