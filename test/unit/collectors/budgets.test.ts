import { afterEach, describe, expect, it } from '@jest/globals';
import {
  AccessDeniedException as BudgetsAccessDenied,
  BudgetsClient,
  DescribeBudgetsCommand,
  DescribeNotificationsForBudgetCommand,
  NotFoundException as BudgetsNotFound,
} from '@aws-sdk/client-budgets';
import { mockClient } from 'aws-sdk-client-mock';
import { budgetsCollector, parseAmount } from '../../../src/scan/collectors/budgets.js';
import { HARNESS, collect, ofType } from '../../support/collector-harness.js';

const { ACCOUNT } = HARNESS;

describe('Budgets collector', () => {
  const budgets = mockClient(BudgetsClient);
  afterEach(() => {
    budgets.reset();
  });

  it('pages through budgets, records an unparseable amount as a problem, and a denied notification read', async () => {
    const budgetCalls: [string | undefined, string | undefined][] = [];
    const firstBudgetPage = {
      Budgets: [
        {
          BudgetName: 'total',
          BudgetType: 'COST',
          TimeUnit: 'MONTHLY',
          BudgetLimit: { Amount: '100.0', Unit: 'USD' },
          CalculatedSpend: {
            ActualSpend: { Amount: 'n/a', Unit: 'USD' },
            ForecastedSpend: { Amount: '120.75', Unit: 'USD' },
          },
        },
      ],
      NextToken: 'next',
    };
    const secondBudgetPage = {
      Budgets: [{ BudgetName: 'ri', BudgetType: 'RI_UTILIZATION', TimeUnit: 'DAILY' }],
    };
    budgets.on(DescribeBudgetsCommand).callsFake((input: { AccountId?: string; NextToken?: string }) => {
      budgetCalls.push([input.AccountId, input.NextToken]);
      return input.NextToken ? secondBudgetPage : firstBudgetPage;
    });
    budgets
      .on(DescribeNotificationsForBudgetCommand, { BudgetName: 'total' })
      .resolvesOnce({
        Notifications: [
          { NotificationType: 'FORECASTED', ComparisonOperator: 'GREATER_THAN', Threshold: 100 },
        ],
        NextToken: 'n2',
      })
      .resolvesOnce({
        Notifications: [
          {
            NotificationType: 'ACTUAL',
            ComparisonOperator: 'GREATER_THAN',
            Threshold: 80,
            ThresholdType: 'PERCENTAGE',
            NotificationState: 'ALARM',
          },
        ],
      });
    budgets
      .on(DescribeNotificationsForBudgetCommand, { BudgetName: 'ri' })
      .rejects(new BudgetsAccessDenied({ message: 'not authorized', $metadata: { httpStatusCode: 400 } }));

    const outcome = await collect(budgetsCollector, { scopeRegion: 'global' });

    expect(budgetCalls).toEqual([
      [ACCOUNT, undefined],
      [ACCOUNT, 'next'],
    ]);
    // Budgets are read in parallel: order the errors as the inventory does, by operation.
    const errors = [...outcome.errors].sort((a, b) => a.operation.localeCompare(b.operation));
    expect(errors).toEqual([
      {
        account: ACCOUNT,
        service: 'budgets',
        region: 'global',
        operation: 'DescribeBudgets',
        code: 'UnparseableAmount',
        message: expect.stringContaining('ActualSpend of budget total'),
        resourceId: 'total',
        missingPermission: null,
      },
      expect.objectContaining({
        operation: 'DescribeNotificationsForBudget',
        code: 'AccessDeniedException',
        resourceId: 'ri',
        missingPermission: 'budgets:ViewBudget',
      }),
    ]);
    const all = ofType(outcome, 'budgets:budget');
    expect(all.find((b) => b.id === 'total')).toMatchObject({
      arn: `arn:aws:budgets::${ACCOUNT}:budget/total`,
      region: 'global',
      unknownAttributes: [],
      attributes: {
        limit: { amount: 100, unit: 'USD' },
        actualSpend: null,
        forecastedSpend: { amount: 120.75, unit: 'USD' },
        notifications: [
          {
            notificationType: 'ACTUAL',
            comparisonOperator: 'GREATER_THAN',
            threshold: 80,
            thresholdType: 'PERCENTAGE',
            state: 'ALARM',
          },
          {
            notificationType: 'FORECASTED',
            comparisonOperator: 'GREATER_THAN',
            threshold: 100,
            thresholdType: null,
            state: null,
          },
        ],
      },
    });
    expect(all.find((b) => b.id === 'ri')).toMatchObject({
      unknownAttributes: ['notifications'],
      attributes: { budgetType: 'RI_UTILIZATION', limit: null, notifications: [] },
    });
  });

  it('reads the NotFoundException AWS may answer for an account without budgets as an empty list', async () => {
    budgets
      .on(DescribeBudgetsCommand)
      .rejects(new BudgetsNotFound({ message: 'no budgets', $metadata: { httpStatusCode: 400 } }));

    const outcome = await collect(budgetsCollector, { scopeRegion: 'global' });

    expect(outcome.errors).toEqual([]);
    expect(outcome.failedTypes.size).toBe(0);
    expect(outcome.resources).toEqual([]);
  });

  it('parses decimal amounts only', () => {
    expect(parseAmount('12.5')).toBe(12.5);
    expect(parseAmount(' 100 ')).toBe(100);
    expect(parseAmount('1.2E3')).toBe(1200);
    expect(parseAmount('')).toBeNull();
    expect(parseAmount(undefined)).toBeNull();
    expect(parseAmount('12 USD')).toBeNull();
    expect(parseAmount('Infinity')).toBeNull();
  });
});
