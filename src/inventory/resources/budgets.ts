import { Type } from '@sinclair/typebox';
import { Nullable, resourceSchema } from '../schema-helpers.js';

const Spend = Nullable(Type.Object({ amount: Type.Number(), unit: Type.String() }));

export const Budget = resourceSchema('budgets:budget', {
  budgetType: Type.String(),
  timeUnit: Nullable(Type.String()),
  limit: Spend,
  actualSpend: Spend,
  forecastedSpend: Spend,
  notifications: Type.Array(
    Type.Object({
      notificationType: Type.String(),
      comparisonOperator: Type.String(),
      threshold: Type.Number(),
      thresholdType: Nullable(Type.String()),
      state: Nullable(Type.String()),
    }),
  ),
});

export const budgetsSchemas = [Budget] as const;
