import { describe, expect, it } from '@jest/globals';
import { parsePlan, planAccounts, planGroups, resourcesByAccount } from '../../src/report/plan.js';
import { UsageError } from '../../src/usage-error.js';

const ids = (n: number) => Array.from({ length: n }, (_, i) => String(100000000000 + i));
const totals = (plan: ReturnType<typeof planGroups>, weights: Map<string, number>) =>
  plan.include.map((g) => g.accounts.split(',').reduce((sum, id) => sum + (weights.get(id) ?? 0) + 50, 0));

describe('planGroups', () => {
  it('splits 12 accounts into 4 groups of 3 when nothing is known of them', () => {
    const plan = planGroups(ids(12), new Map(), 4);
    expect(plan.include.map((g) => g.group)).toEqual(['1', '2', '3', '4']);
    expect(plan.include.map((g) => g.accounts.split(',').length)).toEqual([3, 3, 3, 3]);
    expect(new Set(plan.include.flatMap((g) => g.accounts.split(','))).size).toBe(12);
  });

  it('balances by the resources of the previous report: one huge account gets a group of its own', () => {
    const accounts = ids(9);
    const weights = new Map(accounts.map((id, i) => [id, i === 0 ? 10_000 : 1_000]));
    const plan = planGroups(accounts, weights, 3);
    expect(plan.include[0]?.accounts).toBe(accounts[0]);
    const sums = totals(plan, weights);
    expect(Math.max(...sums) / Math.min(...sums)).toBeLessThan(2.6);
    expect(plan.include[0]?.resources).toBe(10_000);
  });

  it('never plans more groups than accounts, nor more than max-jobs', () => {
    expect(planGroups(ids(2), new Map(), 20).include).toHaveLength(2);
    expect(planGroups(ids(300), new Map(), 256).include).toHaveLength(256);
  });

  it('weighs an account the previous report does not know as the median of those it does', () => {
    const [a, b, c, d] = ids(4) as [string, string, string, string];
    const plan = planGroups(
      [a, b, c, d],
      new Map([
        [a, 100],
        [b, 300],
        [c, 900],
      ]),
      4,
    );
    expect(plan.include.find((g) => g.accounts === d)?.resources).toBe(300);
  });

  it('refuses an empty list', () => {
    expect(() => planGroups([], new Map(), 4)).toThrow(UsageError);
  });
});

describe('parsePlan', () => {
  const plan = planGroups(ids(6), new Map(), 3);

  it('reads back what planGroups wrote', () => {
    expect(parsePlan(JSON.stringify(plan), 'plan')).toEqual(plan);
    expect([...planAccounts(plan).keys()]).toEqual(['1', '2', '3']);
  });

  it.each([
    ['not json', 'plan is not JSON'],
    ['{"include":[]}', 'is not an aws-audit plan'],
    ['{"include":[{"group":"1","accounts":"12","resources":0}]}', 'is not an aws-audit plan'],
    ['{"include":[{"group":"1","accounts":"111111111111","resources":0}],"x":1}', 'is not an aws-audit plan'],
    [
      '{"include":[{"group":"1","accounts":"111111111111","resources":0},{"group":"2","accounts":"111111111111","resources":0}]}',
      'account 111111111111 is in group 1 and group 2',
    ],
    [
      '{"include":[{"group":"1","accounts":"111111111111","resources":0},{"group":"1","accounts":"222222222222","resources":0}]}',
      'group 1 is planned twice',
    ],
  ])('refuses %s', (text, message) => {
    expect(() => parsePlan(text, 'plan')).toThrow(message);
  });
});

describe('resourcesByAccount', () => {
  it('sums the resources each account held over its scopes', () => {
    const counts = resourcesByAccount({
      accounts: [
        {
          id: '111111111111',
          coverage: [{ resourceCount: 3 }, { resourceCount: 4 }],
        },
      ],
    } as unknown as Parameters<typeof resourcesByAccount>[0]);
    expect(counts.get('111111111111')).toBe(7);
    expect(resourcesByAccount(undefined).size).toBe(0);
  });
});
