import {
  BudgetsClient,
  paginateDescribeBudgets,
  paginateDescribeNotificationsForBudget,
  type Budget,
  type DescribeBudgetsCommandOutput,
  type Notification,
  type Spend,
} from '@aws-sdk/client-budgets';
import type { AttributesOf } from '../../inventory/resources/index.js';
import type { Collector, CollectorContext } from '../collector.js';
import { hasCode } from '../errors.js';
import { makeResource, text } from '../normalize.js';

const permissions = {
  DescribeBudgets: 'budgets:ViewBudget',
  DescribeNotificationsForBudget: 'budgets:ViewBudget',
} as const;
type Operation = keyof typeof permissions;
type Context = CollectorContext<Operation>;
type BudgetNotification = AttributesOf<'budgets:budget'>['notifications'][number];

/** Budgets answers NotFoundException, not an empty list, when there is nothing to list. */
const NOTHING_THERE = ['NotFoundException'];

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A Spend's amount is a decimal string; anything else is null (the caller records the problem). */
export function parseAmount(amount: string | undefined): number | null {
  const trimmed = amount?.trim() ?? '';
  if (!DECIMAL.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

function spend(ctx: Context, budgetName: string, field: string, value: Spend | undefined) {
  if (!value) return null;
  const amount = parseAmount(value.Amount);
  if (amount === null || !value.Unit) {
    ctx.recordProblem(
      'DescribeBudgets',
      'UnparseableAmount',
      `${field} of budget ${budgetName} is not an amount with a unit: ${JSON.stringify(value)}`,
      budgetName,
    );
    return null;
  }
  return { amount, unit: value.Unit };
}

export function normalizeNotification(n: Notification): BudgetNotification {
  return {
    notificationType: n.NotificationType ?? 'unknown',
    comparisonOperator: n.ComparisonOperator ?? 'unknown',
    threshold: n.Threshold ?? 0,
    // AWS omits it for the default, PERCENTAGE.
    thresholdType: text(n.ThresholdType),
    state: text(n.NotificationState),
  };
}

function compareNotifications(a: BudgetNotification, b: BudgetNotification): number {
  return (
    a.notificationType.localeCompare(b.notificationType) ||
    a.comparisonOperator.localeCompare(b.comparisonOperator) ||
    a.threshold - b.threshold ||
    (a.thresholdType ?? '').localeCompare(b.thresholdType ?? '')
  );
}

/** The listing's pages, ending quietly at the NotFoundException an account without budgets may get. */
async function* budgetPages(
  budgets: BudgetsClient,
  account: string,
): AsyncGenerator<DescribeBudgetsCommandOutput> {
  try {
    yield* paginateDescribeBudgets({ client: budgets, pageSize: 100 }, { AccountId: account });
  } catch (error) {
    if (!hasCode(error, NOTHING_THERE)) throw error;
  }
}

async function collectBudget(ctx: Context, budgets: BudgetsClient, budget: Budget): Promise<void> {
  const name = budget.BudgetName;
  if (!name) return;
  const notifications = await ctx.read(
    'DescribeNotificationsForBudget',
    async () => {
      const all: Notification[] = [];
      const pages = paginateDescribeNotificationsForBudget(
        { client: budgets, pageSize: 100 },
        { AccountId: ctx.account, BudgetName: name },
      );
      for await (const page of pages) all.push(...(page.Notifications ?? []));
      return all;
    },
    { absentWhen: NOTHING_THERE, resourceId: name },
  );
  ctx.emit(
    makeResource(
      'budgets:budget',
      {
        arn: `arn:${ctx.partition}:budgets::${ctx.account}:budget/${name}`,
        id: name,
        name,
        account: ctx.account,
        region: ctx.scopeRegion,
      },
      {
        budgetType: budget.BudgetType ?? 'unknown',
        timeUnit: text(budget.TimeUnit),
        limit: spend(ctx, name, 'BudgetLimit', budget.BudgetLimit),
        actualSpend: spend(ctx, name, 'ActualSpend', budget.CalculatedSpend?.ActualSpend),
        forecastedSpend: spend(ctx, name, 'ForecastedSpend', budget.CalculatedSpend?.ForecastedSpend),
        // null: NotFoundException, the budget has no notifications.
        notifications: (notifications ?? []).map(normalizeNotification).sort(compareNotifications),
      },
      notifications === undefined ? ['notifications'] : [],
    ),
  );
}

export const budgetsCollector: Collector<Operation> = {
  service: 'budgets',
  scope: 'global',
  permissions,
  resourceTypes: ['budgets:budget'],
  async collect(ctx) {
    const budgets = ctx.client(BudgetsClient);
    const all = await ctx.list(
      'DescribeBudgets',
      'budgets:budget',
      budgetPages(budgets, ctx.account),
      (page) => page.Budgets,
    );
    await ctx.each(all, (budget) => collectBudget(ctx, budgets, budget));
  },
};
