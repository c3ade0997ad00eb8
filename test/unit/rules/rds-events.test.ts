import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { AttributesOf } from '../../../src/inventory/resources/index.js';
import { eventSubscriptionsMissCriticalEvents } from '../../../src/rules/catalog/rds-events.js';
import { runRules } from '../../../src/rules/engine.js';
import { inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const subscription = (id: string, attributes: Partial<AttributesOf<'rds:event-subscription'>> = {}) =>
  resource('rds:event-subscription', id, {
    sourceType: 'db-instance',
    eventCategories: [],
    sourceIds: [],
    enabled: true,
    snsTopicArn: 'arn:aws:sns:us-east-1:111111111111:ops',
    ...attributes,
  });
const cited = (...subscriptions: ReturnType<typeof subscription>[]) =>
  runRules(
    inventoryOf(subscriptions),
    DEFAULT_CONFIG,
    [eventSubscriptionsMissCriticalEvents],
    NOW,
  ).findings.map((f) => f.references.fsbp);

describe('rds.event-subscriptions-miss-critical-events (FSBP RDS.19-RDS.22)', () => {
  it('cites each control whose source type no enabled subscription covers with its categories', () => {
    expect(cited(subscription('instances'))).toEqual([['RDS.19', 'RDS.21', 'RDS.22']]);
    expect(
      cited(
        subscription('instances', { eventCategories: ['failure', 'maintenance'] }),
        subscription('clusters', { sourceType: 'db-cluster', eventCategories: ['failure', 'maintenance'] }),
        subscription('groups', { sourceType: 'db-parameter-group', enabled: false }),
      ),
    ).toEqual([['RDS.20', 'RDS.21', 'RDS.22']]);
  });

  it('passes a region with no subscription, or with subscriptions covering every source type', () => {
    expect(cited()).toEqual([]);
    // No source type: events of every type; no categories: every category.
    expect(cited(subscription('everything', { sourceType: null }))).toEqual([]);
    expect(
      cited(
        subscription('instances', {
          sourceIds: ['db-1'],
          eventCategories: ['configuration change', 'failure', 'maintenance'],
        }),
        subscription('clusters', { sourceType: 'db-cluster' }),
        subscription('parameters', {
          sourceType: 'db-parameter-group',
          eventCategories: ['configuration change'],
        }),
        subscription('groups', { sourceType: 'db-security-group' }),
      ),
    ).toEqual([]);
  });
});
