import { beforeAll, describe, expect, it } from '@jest/globals';
import { BudgetsClient, CreateBudgetCommand } from '@aws-sdk/client-budgets';
import type { AwsCredentialIdentity } from '@smithy/types';
import type { Inventory } from '../../src/inventory/document.js';
import { validateInventory } from '../../src/inventory/validate.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';

describe('Budgets collector against moto', () => {
  const account = uniqueAccountId();
  let credentials: AwsCredentialIdentity;
  let inventory: Inventory;

  beforeAll(async () => {
    credentials = await accountCredentials(account);
    const budgets = new BudgetsClient(seedConfig('us-east-1', credentials));
    const subscribers = [{ SubscriptionType: 'EMAIL' as const, Address: 'ops@example.com' }];
    await budgets.send(
      new CreateBudgetCommand({
        AccountId: account,
        Budget: {
          BudgetName: 'monthly-cost',
          BudgetType: 'COST',
          TimeUnit: 'MONTHLY',
          BudgetLimit: { Amount: '250.5', Unit: 'USD' },
        },
        NotificationsWithSubscribers: [
          {
            Notification: {
              NotificationType: 'FORECASTED',
              ComparisonOperator: 'GREATER_THAN',
              Threshold: 100,
              ThresholdType: 'PERCENTAGE',
            },
            Subscribers: subscribers,
          },
          {
            Notification: { NotificationType: 'ACTUAL', ComparisonOperator: 'GREATER_THAN', Threshold: 80 },
            Subscribers: subscribers,
          },
        ],
      }),
    );
    await budgets.send(
      new CreateBudgetCommand({
        AccountId: account,
        Budget: {
          BudgetName: 'ec2-hours',
          BudgetType: 'USAGE',
          TimeUnit: 'ANNUALLY',
          BudgetLimit: { Amount: '1000', Unit: 'Hrs' },
        },
      }),
    );

    inventory = await scanForTest(credentials, {
      regions: ['eu-west-2', 'us-east-1'],
      services: ['budgets'],
    });
  });

  it('produces a valid inventory with no errors and complete coverage', () => {
    expect(inventory.errors).toEqual([]);
    expect(() => validateInventory(JSON.parse(JSON.stringify(inventory)))).not.toThrow();
    expect(inventory.accounts[0]?.coverage).toEqual([
      expect.objectContaining({ service: 'budgets', region: 'global', status: 'complete' }),
    ]);
    expect(ofType(inventory, 'budgets:budget').map((b) => b.id)).toEqual(['ec2-hours', 'monthly-cost']);
  });

  it('records a budget with its limit, spend and notifications', () => {
    expect(ofType(inventory, 'budgets:budget').find((b) => b.id === 'monthly-cost')).toEqual({
      type: 'budgets:budget',
      arn: `arn:aws:budgets::${account}:budget/monthly-cost`,
      id: 'monthly-cost',
      name: 'monthly-cost',
      account,
      region: 'global',
      tags: {},
      state: null,
      createdAt: null,
      unknownAttributes: [],
      attributes: {
        budgetType: 'COST',
        timeUnit: 'MONTHLY',
        limit: { amount: 250.5, unit: 'USD' },
        // moto reports zero spend for every budget.
        actualSpend: { amount: 0, unit: 'USD' },
        forecastedSpend: { amount: 0, unit: 'USD' },
        notifications: [
          {
            notificationType: 'ACTUAL',
            comparisonOperator: 'GREATER_THAN',
            threshold: 80,
            thresholdType: null,
            state: null,
          },
          {
            notificationType: 'FORECASTED',
            comparisonOperator: 'GREATER_THAN',
            threshold: 100,
            thresholdType: 'PERCENTAGE',
            state: null,
          },
        ],
      },
    });
  });

  it('records a budget without notifications', () => {
    expect(ofType(inventory, 'budgets:budget').find((b) => b.id === 'ec2-hours')).toMatchObject({
      region: 'global',
      unknownAttributes: [],
      attributes: {
        budgetType: 'USAGE',
        timeUnit: 'ANNUALLY',
        limit: { amount: 1000, unit: 'Hrs' },
        notifications: [],
      },
    });
  });
});
