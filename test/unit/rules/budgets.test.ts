import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { Inventory } from '../../../src/inventory/document.js';
import type { AttributesOf } from '../../../src/inventory/resources/index.js';
import { runRules } from '../../../src/rules/engine.js';
import {
  accountWithoutBudget,
  actualSpendOverLimit,
  budgetWithoutNotifications,
  forecastOverLimit,
} from '../../../src/rules/catalog/budgets.js';
import type { Rule } from '../../../src/rules/model.js';
import { ACCOUNT, inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const OTHER = '444455556666';

const usd = (amount: number) => ({ amount, unit: 'USD' });
const notification = {
  notificationType: 'FORECASTED',
  comparisonOperator: 'GREATER_THAN',
  threshold: 100,
  thresholdType: 'PERCENTAGE',
  state: 'OK',
};

/** A monthly cost budget within its limit, with a notification; each test spoils what it is about. */
function budget(
  name: string,
  attributes: Partial<AttributesOf<'budgets:budget'>> = {},
  envelope: { account?: string; unknownAttributes?: string[] } = {},
) {
  const account = envelope.account ?? ACCOUNT;
  return resource(
    'budgets:budget',
    name,
    {
      budgetType: 'COST',
      timeUnit: 'MONTHLY',
      limit: usd(250),
      actualSpend: usd(120.5),
      forecastedSpend: usd(230),
      notifications: [notification],
      ...attributes,
    },
    {
      account,
      region: 'global',
      name,
      arn: `arn:aws:budgets::${account}:budget/${name}`,
      unknownAttributes: envelope.unknownAttributes ?? [],
    },
  );
}

const run = (rule: Rule, inventory: Inventory) => runRules(inventory, DEFAULT_CONFIG, [rule], NOW).findings;

describe('budgets.account-has-no-budget', () => {
  it('flags an account whose budgets were listed and hold none', () => {
    const [finding, ...rest] = run(
      accountWithoutBudget,
      inventoryOf([], { emptyScopes: [{ type: 'budgets:budget', region: 'global' }] }),
    );
    expect(rest).toEqual([]);
    expect(finding?.message).toBe(
      `Account ${ACCOUNT} has no AWS Budget: nothing alerts anyone when its spending runs away.`,
    );
    expect(finding?.resource).toMatchObject({ type: 'aws:account', id: ACCOUNT });
    expect(finding?.region).toBe('global');
    expect(finding?.remediation.cli).toContain(`--account-id ${ACCOUNT}`);
  });

  it('judges each account on its own', () => {
    const findings = run(
      accountWithoutBudget,
      inventoryOf([budget('monthly', {}, { account: OTHER })], {
        emptyScopes: [{ type: 'budgets:budget', region: 'global' }],
      }),
    );
    expect(findings.map((f) => f.account)).toEqual([ACCOUNT]);
  });

  it('says nothing when the listing failed or budgets were not scanned', () => {
    expect(
      run(
        accountWithoutBudget,
        inventoryOf([], { failedScopes: [{ type: 'budgets:budget', region: 'global' }] }),
      ),
    ).toEqual([]);
    expect(run(accountWithoutBudget, inventoryOf([]))).toEqual([]);
  });

  it('is satisfied by any budget', () => {
    expect(run(accountWithoutBudget, inventoryOf([budget('monthly', { notifications: [] })]))).toEqual([]);
  });
});

describe('budgets.budget-without-notifications', () => {
  it('flags a budget without notifications', () => {
    const [finding] = run(
      budgetWithoutNotifications,
      inventoryOf([budget('monthly', { notifications: [] })]),
    );
    expect(finding?.message).toBe(
      'Budget monthly (COST, limit 250 USD) has no notifications: crossing it alerts nobody.',
    );
    expect(finding?.remediation.cli).toContain(`--account-id ${ACCOUNT} --budget-name monthly`);
  });
  it('ignores budgets with notifications and budgets whose notifications could not be read', () => {
    expect(
      run(
        budgetWithoutNotifications,
        inventoryOf([
          budget('a'),
          budget('b', { notifications: [] }, { unknownAttributes: ['notifications'] }),
        ]),
      ),
    ).toEqual([]);
  });
});

describe('budgets.actual-spend-over-limit', () => {
  it('flags actual spend above the limit as high, with the percentage', () => {
    const [finding] = run(
      actualSpendOverLimit,
      inventoryOf([budget('monthly', { actualSpend: usd(312.4) })]),
    );
    expect(finding?.message).toBe(
      'Budget monthly: actual spend this monthly period is 312.40 USD, above its limit of 250 USD (125%).',
    );
    expect(finding?.severity).toBe('high');
    expect(finding?.evidence.percentOfLimit).toBe(125);
  });

  it('compares usage budgets in their own unit', () => {
    const findings = run(
      actualSpendOverLimit,
      inventoryOf([
        budget('hours', {
          budgetType: 'USAGE',
          limit: { amount: 1000, unit: 'Hrs' },
          actualSpend: { amount: 1200, unit: 'Hrs' },
        }),
      ]),
    );
    expect(findings.map((f) => f.resource.id)).toEqual(['hours']);
  });

  it('skips different units, missing amounts, spend at the limit and utilization budgets', () => {
    expect(
      run(
        actualSpendOverLimit,
        inventoryOf([
          budget('eur', { actualSpend: { amount: 900, unit: 'EUR' } }),
          budget('no-limit', { limit: null, actualSpend: usd(900) }),
          budget('at-limit', { actualSpend: usd(250) }),
          budget('ri', {
            budgetType: 'RI_UTILIZATION',
            limit: { amount: 80, unit: 'PERCENTAGE' },
            actualSpend: { amount: 95, unit: 'PERCENTAGE' },
          }),
        ]),
      ),
    ).toEqual([]);
  });
});

describe('budgets.forecast-over-limit', () => {
  it('flags a forecast above the limit as medium', () => {
    const [finding] = run(forecastOverLimit, inventoryOf([budget('monthly', { forecastedSpend: usd(400) })]));
    expect(finding?.message).toBe(
      'Budget monthly: forecasted spend this monthly period is 400 USD, above its limit of 250 USD (160%).',
    );
    expect(finding?.severity).toBe('medium');
  });
  it('leaves budgets already over their limit to the actual-spend rule, and skips other units', () => {
    expect(
      run(
        forecastOverLimit,
        inventoryOf([
          budget('over', { actualSpend: usd(300), forecastedSpend: usd(400) }),
          budget('eur', { forecastedSpend: { amount: 900, unit: 'EUR' } }),
          budget('fine'),
        ]),
      ),
    ).toEqual([]);
  });
});
