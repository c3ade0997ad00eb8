import type { CostEstimate, PriceQuote } from '../findings/finding.js';
import { cents } from './table.js';

/**
 * AWS WAF's fixed monthly charges, as data: every web ACL and every rule in it (a rule group
 * reference counts as one rule) is billed each month, prorated by the hour, whether or not it
 * inspects a request. The same in every commercial region. Requests ($0.60 per million) and paid
 * managed rule groups come on top and are not estimated. Update the values and the date together.
 */
export const WAF_PRICES = {
  webAclMonth: 5,
  ruleMonth: 1,
  source: 'https://aws.amazon.com/waf/pricing/',
  asOf: '2026-12-06',
} as const;

const quote = (item: string, usd: number, unit: string, region: string): PriceQuote => ({
  item,
  usd,
  unit,
  region,
  fallback: false,
  source: `AWS WAF pricing (${WAF_PRICES.source}): the same in every commercial region`,
  asOf: WAF_PRICES.asOf,
});

/** What a web ACL with `rules` rules costs a month before requests; `avoidable` when removing it. */
export function webAclMonthlyCost(rules: number, region: string, avoidable: boolean): CostEstimate {
  const { webAclMonth, ruleMonth } = WAF_PRICES;
  return {
    monthlyUsd: cents(webAclMonth + rules * ruleMonth),
    basis: `$${webAclMonth} per web ACL-month + ${rules} rule${rules === 1 ? '' : 's'} x $${ruleMonth} per rule-month (requests not counted)`,
    prices: [
      quote('wafv2.web-acl', webAclMonth, 'web ACL-month', region),
      quote('wafv2.rule', ruleMonth, 'rule-month', region),
    ],
    avoidable,
  };
}
