import { describe, expect, it, jest } from '@jest/globals';
import { Ajv } from 'ajv';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalog, rulesByFile } from '../../src/rules/catalog/index.js';
import { CIS_SECTIONS, FSBP_CONTROLS } from '../../src/rules/compliance.js';
import { RuleContext } from '../../src/rules/context.js';
import { runRules } from '../../src/rules/engine.js';
import { isRule, RuleMetadata } from '../../src/rules/model.js';
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
    '%s cites only controls about what it checks',
    (_id, rule) => {
      const { fsbp, cis } = rule.metadata.references;
      for (const control of fsbp) {
        expect([control, FSBP_CONTROLS[control]?.resourceTypes.includes(rule.metadata.resourceType)]).toEqual(
          [control, true],
        );
      }
      for (const section of cis) {
        expect([section, CIS_SECTIONS[section]?.resourceTypes.includes(rule.metadata.resourceType)]).toEqual([
          section,
          true,
        ]);
      }
    },
  );

  it('lists no control that no rule cites', () => {
    const cited = new Set(
      catalog.flatMap((rule) => [...rule.metadata.references.fsbp, ...rule.metadata.references.cis]),
    );
    expect(Object.keys(FSBP_CONTROLS).filter((id) => !cited.has(id))).toEqual([]);
    expect(Object.keys(CIS_SECTIONS).filter((id) => !cited.has(id))).toEqual([]);
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
        // A type is either one the judgement rests on or one it only consults.
        expect(rule.metadata.consults.filter((type) => rule.metadata.reads.includes(type))).toEqual([]);
      } finally {
        resources.mockRestore();
        listed.mockRestore();
      }
    },
  );
});
