import { Type, type Static } from '@sinclair/typebox';
import { compileSchema } from '../shared/ajv.js';
import { UsageError } from '../usage-error.js';
import type { AuditReport } from './schema.js';

/** GitHub runs at most 256 jobs per matrix. */
export const MAX_JOBS_LIMIT = 256;

/**
 * What one account costs to scan besides its resources, in resources: every service is listed in
 * every region even where it holds nothing, so an empty account is not free.
 */
const ACCOUNT_FIXED_WEIGHT = 50;

/**
 * One matrix job: its group's name (the part artifact's suffix), its accounts (comma-separated, as
 * the `accounts` input takes them) and the resources they held in the previous merged report.
 */
export const PlanGroup = Type.Object(
  {
    group: Type.String({ pattern: '^[1-9][0-9]{0,2}$' }),
    accounts: Type.String({ pattern: '^\\d{12}(,\\d{12})*$' }),
    resources: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);
export type PlanGroup = Static<typeof PlanGroup>;

/**
 * The plan is the matrix itself (`strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`): any
 * other top-level key would become a matrix dimension, so there is none.
 */
export const ScanPlan = Type.Object(
  { include: Type.Array(PlanGroup, { minItems: 1, maxItems: MAX_JOBS_LIMIT }) },
  { additionalProperties: false },
);
export type ScanPlan = Static<typeof ScanPlan>;

const validatePlan = compileSchema(ScanPlan);

/** Resources per account in a report (what its scan read), for balancing the next plan. */
export function resourcesByAccount(report: AuditReport | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const account of report?.accounts ?? [])
    counts.set(
      account.id,
      account.coverage.reduce((sum, scope) => sum + scope.resourceCount, 0),
    );
  return counts;
}

/**
 * Splits the accounts into at most `maxJobs` groups of about equal work: the heaviest account first,
 * each into the lightest group so far (longest-processing-time first, within 4/3 of the best split).
 * An account the previous report does not know weighs the median of those it does.
 */
export function planGroups(
  accounts: readonly string[],
  resources: ReadonlyMap<string, number>,
  maxJobs: number,
): ScanPlan {
  const unique = [...new Set(accounts)].sort();
  if (unique.length === 0) throw new UsageError('there are no accounts to plan a scan of');
  const known = unique.map((id) => resources.get(id)).filter((n): n is number => n !== undefined);
  const median = known.length > 0 ? ([...known].sort((a, b) => a - b)[Math.floor(known.length / 2)] ?? 0) : 0;
  const estimate = (id: string) => resources.get(id) ?? median;
  const weighted = unique
    .map((id) => ({ id, resources: estimate(id), weight: estimate(id) + ACCOUNT_FIXED_WEIGHT }))
    .sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
  const groups = Array.from({ length: Math.min(maxJobs, unique.length) }, () => ({
    ids: [] as string[],
    weight: 0,
    resources: 0,
  }));
  for (const account of weighted) {
    const lightest = groups.reduce((best, group) =>
      group.weight < best.weight || (group.weight === best.weight && group.ids.length < best.ids.length)
        ? group
        : best,
    );
    lightest.ids.push(account.id);
    lightest.weight += account.weight;
    lightest.resources += account.resources;
  }
  return {
    include: groups.map((group, index) => ({
      group: String(index + 1),
      accounts: group.ids.sort().join(','),
      resources: Math.round(group.resources),
    })),
  };
}

/** A plan from its JSON (the `matrix` output or a plan file); every account in one group only. */
export function parsePlan(text: string, source: string): ScanPlan {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${source} is not JSON: ${(error as Error).message}`);
  }
  if (!validatePlan(parsed)) {
    const problem = validatePlan.errors?.[0];
    throw new UsageError(
      `${source} is not an aws-audit plan (the plan step's matrix): ${problem?.instancePath || '(root)'} ${problem?.message ?? ''}`.trim(),
    );
  }
  const seen = new Map<string, string>();
  for (const { group, accounts } of parsed.include) {
    for (const id of accounts.split(',')) {
      const other = seen.get(id);
      if (other !== undefined)
        throw new UsageError(`${source}: account ${id} is in group ${other} and group ${group}`);
      seen.set(id, group);
    }
  }
  const groups = parsed.include.map((g) => g.group);
  const duplicate = groups.find((g, i) => groups.indexOf(g) !== i);
  if (duplicate) throw new UsageError(`${source}: group ${duplicate} is planned twice`);
  return parsed;
}

/** The accounts of each planned group. */
export const planAccounts = (plan: ScanPlan): Map<string, string[]> =>
  new Map(plan.include.map((g) => [g.group, g.accounts.split(',')]));

/** A group name as the `group` input takes it: what names the part artifact. */
export function checkGroupName(value: string, label: string): string {
  if (!/^[1-9][0-9]{0,2}$/.test(value))
    throw new UsageError(`${label}: '${value}' is not a group number of a plan (1 to ${MAX_JOBS_LIMIT})`);
  return value;
}
