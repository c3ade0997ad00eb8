import { describe, expect, it } from '@jest/globals';
import { hasWildcard, wildcardMatcher } from '../../../src/policy/index.js';

const matches = (pattern: string, value: string, ignoreCase = false) =>
  wildcardMatcher(pattern, { ignoreCase })(value);

describe('wildcardMatcher', () => {
  it('lets * match any run of characters: none, slashes and dots included', () => {
    expect(matches('*', '')).toBe(true);
    expect(matches('*', '.')).toBe(true);
    expect(matches('*', '..')).toBe(true);
    expect(matches('s3.*', 's3.')).toBe(true);
    expect(matches('arn:aws:s3:::logs-*', 'arn:aws:s3:::logs-2026/01/./x')).toBe(true);
    expect(matches('arn:*:role/*', 'arn:aws:iam::1:role/path/to/admin')).toBe(true);
    expect(matches('a*b*c', 'a/b/c')).toBe(true);
    expect(matches('a*b', 'ba')).toBe(false);
  });

  it('lets ? match exactly one character, a slash or a dot too', () => {
    expect(matches('a?c', 'a/c')).toBe(true);
    expect(matches('a?c', 'a.c')).toBe(true);
    expect(matches('?', '')).toBe(false);
    expect(matches('a?c', 'abbc')).toBe(false);
    expect(matches('eu-west-?', 'eu-west-2')).toBe(true);
  });

  it.each([
    ['.', 'a.c', 'a.c', 'abc'],
    ['+', 'a+', 'a+', 'aa'],
    ['parentheses and |', '(a|b)', '(a|b)', 'a'],
    ['brackets', '[ab]', '[ab]', 'a'],
    ['braces', '{a,b}', '{a,b}', 'a'],
    ['a leading !', '!a', '!a', 'b'],
    ['an extglob', '+(a)', '+(a)', 'aa'],
    ['^ and $', '^a$', '^a$', 'a'],
    ['a leading ./', './a', './a', 'a'],
    // Not an escape: the backslash is itself, the ? after it still any one character.
    ['a backslash', 'a\\?', 'a\\b', 'a?'],
  ])('reads %s literally', (_label, pattern, literal, asSyntax) => {
    expect(matches(pattern, literal)).toBe(true);
    expect(matches(pattern, asSyntax)).toBe(false);
  });

  it('reads ** as two stars, not as a path globstar', () => {
    expect(matches('a/**/b', 'a//b')).toBe(true);
    expect(matches('a**', 'a/b/c')).toBe(true);
  });

  it('matches the whole value, not a part of it', () => {
    expect(matches('s3.bucket', 'x-s3.bucket-y')).toBe(false);
    expect(matches('s3', 's3.bucket-public')).toBe(false);
  });

  it('is case-sensitive unless told otherwise', () => {
    expect(matches('S3.*', 's3.bucket-public')).toBe(false);
    expect(matches('s3:getobject', 's3:GetObject', true)).toBe(true);
    expect(matches('S3:Get*', 's3:getobject', true)).toBe(true);
  });
});

describe('hasWildcard', () => {
  it('tells patterns from names', () => {
    expect(['s3.*', 'eu-west-?', '*'].every(hasWildcard)).toBe(true);
    expect(['s3.bucket-public', 'arn:aws:s3:::b', ''].some(hasWildcard)).toBe(false);
  });
});
