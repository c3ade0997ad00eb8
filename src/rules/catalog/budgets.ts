import type { ResourceOfType } from '../../inventory/resources/index.js';
import { defineRule, type RuleHit } from '../model.js';

type Budget = ResourceOfType<'budgets:budget'>;
type Spend = NonNullable<Budget['attributes']['limit']>;

const budgetsConsole = 'Billing and Cost Management console > Budgets';
const budgetDocs = 'https://docs.aws.amazon.com/cost-management/latest/userguide/budgets-managing-costs.html';

/** Budgets whose limit is a spending ceiling. Utilization and coverage budgets alert when actuals fall
 * below their target, so "above the limit" is good news for them. */
const SPEND_BUDGET_TYPES = ['COST', 'USAGE'];

const amountText = (spend: Spend) =>
  `${Number.isInteger(spend.amount) ? spend.amount : spend.amount.toFixed(2)} ${spend.unit}`;

/** A spend above its budget's limit, in the same unit; null when not comparable or not above. */
function overLimit(
  budget: Budget,
  spend: Spend | null,
): { spend: Spend; limit: Spend; percent: number | null } | null {
  const { limit, budgetType } = budget.attributes;
  if (!limit || !spend || !SPEND_BUDGET_TYPES.includes(budgetType.toUpperCase())) return null;
  // Different units (USD vs EUR, Hrs vs GB) cannot be compared: skip rather than guess.
  if (spend.unit !== limit.unit || spend.amount <= limit.amount) return null;
  return { spend, limit, percent: limit.amount > 0 ? Math.round((spend.amount / limit.amount) * 100) : null };
}

const periodText = (budget: Budget) =>
  budget.attributes.timeUnit ? `this ${budget.attributes.timeUnit.toLowerCase()} period` : 'this period';

export const accountWithoutBudget = defineRule(
  {
    id: 'budgets.account-has-no-budget',
    title: 'Account has no AWS Budget',
    severity: 'medium',
    category: 'cost',
    resourceType: 'aws:account',
    reads: ['budgets:budget'],
    description:
      'AWS Budgets lists no budget for the account. Reported only when the budgets were listed successfully; a failed listing is never read as "none".',
    risk: 'A runaway workload, a leaked access key mining crypto, or a forgotten test cluster runs up the bill for weeks before the invoice arrives.',
    remediation: {
      text: "Create a monthly cost budget with notifications on forecasted and actual spend. An account whose spend is watched by a budget in the organization's management account can suppress this finding.",
      cli: `aws budgets create-budget --account-id {account} --budget '{"BudgetName":"monthly-cost","BudgetType":"COST","TimeUnit":"MONTHLY","BudgetLimit":{"Amount":"MONTHLY-LIMIT-USD","Unit":"USD"}}' --notifications-with-subscribers '[{"Notification":{"NotificationType":"FORECASTED","ComparisonOperator":"GREATER_THAN","Threshold":100,"ThresholdType":"PERCENTAGE"},"Subscribers":[{"SubscriptionType":"EMAIL","Address":"YOU@EXAMPLE.COM"}]}]'`,
      console: `${budgetsConsole} > Create budget`,
    },
    references: { docs: [budgetDocs] },
  },
  (ctx) =>
    ctx
      .accounts()
      .filter(
        (account) =>
          ctx.listed(account, 'budgets:budget', 'global') &&
          !ctx.resources('budgets:budget').some((b) => b.account === account),
      )
      .map((account): RuleHit => ({
        target: ctx.accountTarget(account),
        message: `Account ${account} has no AWS Budget: nothing alerts anyone when its spending runs away.`,
        evidence: { budgets: 0 },
      })),
);

export const budgetWithoutNotifications = defineRule(
  {
    id: 'budgets.budget-without-notifications',
    title: 'AWS Budget has no notifications',
    severity: 'low',
    category: 'cost',
    resourceType: 'budgets:budget',
    reads: ['budgets:budget'],
    description: 'The budget has no notification, so crossing its limit alerts nobody.',
    risk: "The budget only tracks: an overrun shows up in the console, not in anyone's inbox, and is noticed late.",
    remediation: {
      text: 'Add notifications (e.g. forecasted spend above 100% and actual spend above 80% of the limit) with an email or SNS subscriber.',
      cli: 'aws budgets create-notification --account-id {account} --budget-name {name} --notification NotificationType=ACTUAL,ComparisonOperator=GREATER_THAN,Threshold=80,ThresholdType=PERCENTAGE --subscribers SubscriptionType=EMAIL,Address=YOU@EXAMPLE.COM',
      console: `${budgetsConsole} > the budget > Alerts > Edit`,
    },
    references: { docs: [budgetDocs] },
  },
  (ctx) =>
    ctx
      .resources('budgets:budget')
      .filter((b) => ctx.known(b, 'notifications') && b.attributes.notifications.length === 0)
      .map((budget): RuleHit => ({
        target: budget,
        message: `Budget ${budget.id} (${budget.attributes.budgetType}${budget.attributes.limit ? `, limit ${amountText(budget.attributes.limit)}` : ''}) has no notifications: crossing it alerts nobody.`,
        evidence: {
          budgetType: budget.attributes.budgetType,
          timeUnit: budget.attributes.timeUnit,
          limit: budget.attributes.limit,
          notifications: 0,
        },
      })),
);

export const actualSpendOverLimit = defineRule(
  {
    id: 'budgets.actual-spend-over-limit',
    title: 'Actual spend is above the AWS Budget limit',
    severity: 'high',
    category: 'cost',
    resourceType: 'budgets:budget',
    reads: ['budgets:budget'],
    description:
      "A cost or usage budget's actual spend for the current period is above its limit (compared only when both are in the same unit).",
    risk: 'The account is already spending more than was planned for this period, and keeps doing so until someone acts.',
    remediation: {
      text: 'Find what grew in Cost Explorer (group by service, then usage type), stop or right-size it, or raise the limit if the growth is expected.',
      console: 'Billing and Cost Management console > Cost Explorer',
    },
    references: { docs: [budgetDocs] },
  },
  (ctx) =>
    ctx.resources('budgets:budget').flatMap((budget): RuleHit[] => {
      const over = overLimit(budget, budget.attributes.actualSpend);
      if (!over) return [];
      return [
        {
          target: budget,
          message: `Budget ${budget.id}: actual spend ${periodText(budget)} is ${amountText(over.spend)}, above its limit of ${amountText(over.limit)}${over.percent === null ? '' : ` (${over.percent}%)`}.`,
          evidence: {
            budgetType: budget.attributes.budgetType,
            timeUnit: budget.attributes.timeUnit,
            limit: over.limit,
            actualSpend: over.spend,
            percentOfLimit: over.percent,
          },
        },
      ];
    }),
);

/** Not reported when actual spend is already above the limit: that finding says more. */
export const forecastOverLimit = defineRule(
  {
    id: 'budgets.forecast-over-limit',
    title: 'Forecasted spend is above the AWS Budget limit',
    severity: 'medium',
    category: 'cost',
    resourceType: 'budgets:budget',
    reads: ['budgets:budget'],
    description:
      "A cost or usage budget's forecasted spend for the current period is above its limit while actual spend is not yet (compared only when both are in the same unit).",
    risk: 'At the current rate the period ends over budget; acting now is cheaper than explaining the invoice.',
    remediation: {
      text: 'Check the trend in Cost Explorer, stop or right-size what drives it, or raise the limit if the growth is expected.',
      console: 'Billing and Cost Management console > Cost Explorer',
    },
    references: { docs: [budgetDocs] },
  },
  (ctx) =>
    ctx.resources('budgets:budget').flatMap((budget): RuleHit[] => {
      if (overLimit(budget, budget.attributes.actualSpend)) return [];
      const over = overLimit(budget, budget.attributes.forecastedSpend);
      if (!over) return [];
      return [
        {
          target: budget,
          message: `Budget ${budget.id}: forecasted spend ${periodText(budget)} is ${amountText(over.spend)}, above its limit of ${amountText(over.limit)}${over.percent === null ? '' : ` (${over.percent}%)`}.`,
          evidence: {
            budgetType: budget.attributes.budgetType,
            timeUnit: budget.attributes.timeUnit,
            limit: over.limit,
            forecastedSpend: over.spend,
            actualSpend: budget.attributes.actualSpend,
            percentOfLimit: over.percent,
          },
        },
      ];
    }),
);
