import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { Inventory } from '../../../src/inventory/document.js';
import { guarddutyNotEnabled, protectionPlanOff } from '../../../src/rules/catalog/guardduty.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import { ACCOUNT, bareBucket, bareFunction, inventoryOf, resource } from '../../support/inventory-builder.js';

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

describe('guardduty.protection-plan-off', () => {
  const withPlans = (region: string, features: Record<string, string>, unknownAttributes: string[] = []) =>
    resource(
      'guardduty:detector',
      `det-${region}`,
      {
        status: 'ENABLED',
        findingPublishingFrequency: 'SIX_HOURS',
        features: Object.entries(features).map(([name, status]) => ({ name, status })),
      },
      { region, unknownAttributes },
    );
  const fn = (region: string) => bareFunction(`fn-${region}`, region);

  it('advises a plan that is off where the account runs what it protects, citing only its control', () => {
    const inventory = inventoryOf([
      withPlans('eu-west-1', { LAMBDA_NETWORK_LOGS: 'DISABLED', S3_DATA_EVENTS: 'DISABLED' }),
      fn('eu-west-1'),
      bareBucket('data', 'us-east-1'),
    ]);
    const findings = run(protectionPlanOff, inventory);
    expect(findings.map((f) => [f.subKey, f.severity, f.references.fsbp])).toEqual([
      ['LAMBDA_NETWORK_LOGS', 'low', ['GuardDuty.6']],
      ['S3_DATA_EVENTS', 'low', ['GuardDuty.10']],
    ]);
    expect(findings[0]?.message).toContain('a paid add-on');
  });

  it('advises EKS Audit Log Monitoring (GuardDuty.5) where the region runs an EKS cluster, and not elsewhere', () => {
    const cluster = (region: string) =>
      resource(
        'eks:cluster',
        `k8s-${region}`,
        {
          version: '1.31',
          platformVersion: null,
          endpointPublicAccess: false,
          publicAccessCidrs: [],
          endpointPrivateAccess: true,
          enabledLogTypes: [],
          secretsEncrypted: true,
          secretsKmsKeyArn: null,
          supportType: null,
        },
        { region },
      );
    const inventory = inventoryOf([
      withPlans('eu-west-1', { EKS_AUDIT_LOGS: 'DISABLED' }),
      cluster('eu-west-1'),
      withPlans('eu-west-2', { EKS_AUDIT_LOGS: 'DISABLED' }),
      withPlans('eu-west-3', { EKS_AUDIT_LOGS: 'ENABLED' }),
      cluster('eu-west-3'),
    ]);
    const findings = run(protectionPlanOff, inventory);
    expect(findings.map((f) => [f.resource.id, f.subKey, f.references.fsbp])).toEqual([
      ['det-eu-west-1', 'EKS_AUDIT_LOGS', ['GuardDuty.5']],
    ]);
    expect(findings[0]?.message).toBe(
      'GuardDuty EKS Audit Log Monitoring is off in eu-west-1 while 1 eks:cluster resource(s) run in eu-west-1: a paid add-on worth weighing.',
    );
  });

  it('is quiet where nothing is protected, the plan is on or unlisted, or the detector is off or unread', () => {
    const inventory = inventoryOf([
      withPlans('eu-west-1', { LAMBDA_NETWORK_LOGS: 'DISABLED', EBS_MALWARE_PROTECTION: 'DISABLED' }),
      withPlans('eu-west-2', { LAMBDA_NETWORK_LOGS: 'ENABLED' }),
      fn('eu-west-2'),
      withPlans('eu-west-3', {}),
      fn('eu-west-3'),
      withPlans('eu-central-1', { LAMBDA_NETWORK_LOGS: 'DISABLED' }, ['features']),
      fn('eu-central-1'),
      detector('det-off', 'ap-south-1', 'DISABLED'),
    ]);
    expect(run(protectionPlanOff, inventory)).toEqual([]);
  });
});
