import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { Inventory } from '../../../src/inventory/document.js';
import type { NatTraffic } from '../../../src/inventory/resources/ec2.js';
import { buildReport } from '../../../src/report/report.js';
import { natGatewayCost, natGatewayIdle } from '../../../src/rules/catalog/ec2-nat.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import { inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const run = (rule: Rule, inventory: Inventory) => runRules(inventory, DEFAULT_CONFIG, [rule], NOW).findings;

const CREATED_LONG_AGO = '2026-06-01T00:00:00.000Z';
const CREATED_YESTERDAY = '2026-11-24T00:00:00.000Z';

function nat(
  id: string,
  traffic: NatTraffic | null,
  { state = 'available', createdAt = CREATED_LONG_AGO, unknown = false } = {},
) {
  return resource(
    'ec2:nat-gateway',
    id,
    {
      vpcId: 'vpc-1',
      subnetId: 'subnet-1',
      connectivityType: 'public',
      publicIps: ['3.3.3.3'],
      networkInterfaceIds: ['eni-1'],
      traffic,
    },
    { state, createdAt, unknownAttributes: unknown ? ['traffic'] : [] },
  );
}
const quiet = (daysWithData: number): NatTraffic => ({ windowDays: 14, daysWithData, bytesProcessed: 0 });
const busy: NatTraffic = { windowDays: 14, daysWithData: 14, bytesProcessed: 140e9 };

describe('ec2.nat-gateway-idle', () => {
  it('reports a gateway with no byte processed over the window, with its hourly cost as a saving', () => {
    const [finding] = run(natGatewayIdle, inventoryOf([nat('nat-1', quiet(14))]));
    expect(finding?.message).toContain('processed no traffic in the last 14 days');
    expect(finding?.cost).toMatchObject({ monthlyUsd: 32.85, avoidable: true });
    expect(finding?.cleanupAction).toBe('ec2.delete-nat-gateway');
  });
  it('reports an old gateway with no datapoint at all (CloudWatch has none when nothing flows)', () => {
    expect(run(natGatewayIdle, inventoryOf([nat('nat-1', quiet(0))]))).toHaveLength(1);
  });
  it('does not judge a gateway with traffic, too short a history, unknown traffic, or not available', () => {
    const inventory = inventoryOf([
      nat('nat-busy', busy),
      nat('nat-new', quiet(1), { createdAt: CREATED_YESTERDAY }),
      nat('nat-week-old', quiet(7), { createdAt: '2026-11-18T00:00:00.000Z' }),
      nat('nat-new-without-data', quiet(0), { createdAt: CREATED_YESTERDAY }),
      nat('nat-unknown', null, { unknown: true }),
      nat('nat-deleted', quiet(14), { state: 'deleted' }),
    ]);
    expect(run(natGatewayIdle, inventory)).toEqual([]);
  });
});

describe('ec2.nat-gateway-cost', () => {
  it('reports a gateway in use with its hours and projected data processing, not as a saving', () => {
    const inventory = inventoryOf([nat('nat-1', busy)]);
    const [finding] = run(natGatewayCost, inventory);
    // 140 GB over 14 days: 10 GB a day, 304.2 GB a month x $0.045 = $13.69, plus 730 h x $0.045.
    expect(finding?.cost).toMatchObject({ monthlyUsd: 46.54, avoidable: false });
    expect(finding?.message).toContain('it processed 140 GB in the last 14 days');
    expect(finding?.severity).toBe('info');
    const outcome = runRules(inventory, DEFAULT_CONFIG, [natGatewayCost], NOW);
    expect(buildReport(inventory, outcome, DEFAULT_CONFIG, NOW).summary.estimatedMonthlySavingsUsd).toBe(0);
  });
  it('spreads sparse traffic over the days the gateway existed, not over the days with data', () => {
    // A weekly job: 20 GB on 2 days of 14; 20/14 GB a day, 43.5 GB a month x $0.045, plus the hours.
    const weekly: NatTraffic = { windowDays: 14, daysWithData: 2, bytesProcessed: 20e9 };
    const [finding] = run(natGatewayCost, inventoryOf([nat('nat-1', weekly)]));
    expect(finding?.cost?.monthlyUsd).toBe(34.81);
  });

  it('states the hours only when the traffic is unknown', () => {
    const [finding] = run(natGatewayCost, inventoryOf([nat('nat-1', null, { unknown: true })]));
    expect(finding?.cost?.monthlyUsd).toBe(32.85);
    expect(finding?.evidence.traffic).toBe('unknown');
  });
  it('leaves idle gateways to ec2.nat-gateway-idle and ignores deleted ones', () => {
    const inventory = inventoryOf([nat('nat-idle', quiet(14)), nat('nat-gone', busy, { state: 'deleted' })]);
    expect(run(natGatewayCost, inventory)).toEqual([]);
  });
});
