import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { Inventory } from '../../../src/inventory/document.js';
import { guarddutyNotEnabled } from '../../../src/rules/catalog/guardduty.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import { ACCOUNT, inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const run = (rule: Rule, inventory: Inventory) => runRules(inventory, DEFAULT_CONFIG, [rule], NOW).findings;

function detector(id: string, region: string, status: string | null, unknownAttributes: string[] = []) {
  return resource(
    'guardduty:detector',
    id,
    { status, findingPublishingFrequency: 'SIX_HOURS', features: [] },
    { region, unknownAttributes },
  );
}

describe('guardduty.not-enabled', () => {
  const regions = ['eu-west-2', 'us-east-1'];

  it('flags each listed region without a detector, and only those', () => {
    const findings = run(
      guarddutyNotEnabled,
      inventoryOf([detector('d-east', 'us-east-1', 'ENABLED')], {
        regions,
        emptyScopes: [{ type: 'guardduty:detector', region: 'eu-west-2' }],
      }),
    );
    expect(findings.map((f) => [f.region, f.resource.type, f.resource.id, f.severity])).toEqual([
      ['eu-west-2', 'aws:region', `${ACCOUNT}/eu-west-2`, 'high'],
    ]);
    expect(findings[0]?.message).toBe('GuardDuty is not enabled in eu-west-2: the region has no detector.');
    expect(findings[0]?.references.fsbp).toEqual(['GuardDuty.1']);
    expect(findings[0]?.remediation.cli).toBe('aws guardduty create-detector --region eu-west-2 --enable');
  });

  it('flags a suspended detector', () => {
    const [finding] = run(guarddutyNotEnabled, inventoryOf([detector('d-1', 'us-east-1', 'DISABLED')]));
    expect(finding?.message).toContain('GuardDuty is suspended in us-east-1: detector d-1 is DISABLED');
  });

  it('reports nothing where the detectors could not be listed or read, or were not scanned', () => {
    const inventory = inventoryOf([detector('d-1', 'us-east-1', null, ['status'])], {
      regions: ['eu-west-1', 'eu-west-2', 'us-east-1'],
      failedScopes: [{ type: 'guardduty:detector', region: 'eu-west-2' }],
    });
    expect(run(guarddutyNotEnabled, inventory)).toEqual([]);
  });
});
