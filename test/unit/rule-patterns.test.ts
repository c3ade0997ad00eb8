import { describe, expect, it } from '@jest/globals';
import { catalog } from '../../src/rules/catalog/index.js';
import { matchesPattern, patternMatcher, ruleMatches } from '../../src/rules/select.js';

const rule = (id: string) => {
  const found = catalog.find((r) => r.metadata.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};

describe('patterns in the configuration (rules, suppressions)', () => {
  it('match globs over whole rule ids, ARNs and regions, case-sensitively', () => {
    expect(ruleMatches('s3.*', rule('s3.bucket-public'))).toBe(true);
    expect(ruleMatches('s3.bucket-p?blic', rule('s3.bucket-public'))).toBe(true);
    expect(ruleMatches('S3.*', rule('s3.bucket-public'))).toBe(false);
    expect(ruleMatches('s3', rule('s3.bucket-public'))).toBe(false);
    expect(matchesPattern('arn:aws:s3:::logs-*', 'arn:aws:s3:::logs-2026/key')).toBe(true);
    expect(matchesPattern('arn:aws:s3:::logs-*', 'arn:aws:s3:::LOGS-2026')).toBe(false);
    expect(matchesPattern('eu-*', 'eu-west-2')).toBe(true);
    expect(matchesPattern('eu-*', 'us-east-1')).toBe(false);
  });

  it('read everything but * and ? literally', () => {
    expect(matchesPattern('arn:aws:iam::1:role/(admin)', 'arn:aws:iam::1:role/(admin)')).toBe(true);
    expect(matchesPattern('arn:aws:iam::1:role/{a,b}', 'arn:aws:iam::1:role/a')).toBe(false);
    expect(matchesPattern('arn:aws:s3:::a.b', 'arn:aws:s3:::axb')).toBe(false);
  });

  it('take /pattern/flags as a regular expression', () => {
    expect(matchesPattern('/^arn:aws:s3:::logs-[0-9]+$/', 'arn:aws:s3:::logs-42')).toBe(true);
    expect(matchesPattern('/^arn:aws:s3:::logs-[0-9]+$/', 'arn:aws:s3:::logs-x')).toBe(false);
    expect(matchesPattern('/LOGS/i', 'arn:aws:s3:::logs')).toBe(true);
    expect(matchesPattern('/LOGS/', 'arn:aws:s3:::logs')).toBe(false);
    // Unanchored, as a regular expression is.
    expect(matchesPattern('/logs/', 'arn:aws:s3:::my-logs-bucket')).toBe(true);
  });

  it('take a slash-led pattern without closing flags as a glob', () => {
    expect(matchesPattern('/aws/lambda/*', '/aws/lambda/f')).toBe(true);
    expect(matchesPattern('/', '/')).toBe(true);
  });

  it('give the same answer on every call of a compiled /g or /y expression', () => {
    for (const pattern of ['/logs/g', '/logs/y']) {
      const matches = patternMatcher(pattern);
      const value = pattern.endsWith('y') ? 'logs-1' : 'arn:aws:s3:::logs';
      expect([matches(value), matches(value), matches(value)]).toEqual([true, true, true]);
    }
  });
});
