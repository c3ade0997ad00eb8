import { describe, expect, it } from '@jest/globals';
import { parseRoleArn } from '../../src/credentials/role-arn.js';
import { defaultRoleSessionName, validateRoleSessionName } from '../../src/credentials/session-name.js';

// ---------------------------------------------------------------------------------------------
// parseRoleArn
// ---------------------------------------------------------------------------------------------

describe('parseRoleArn', () => {
  it.each([
    [
      'arn:aws:iam::123456789012:role/aws-audit-readonly',
      { partition: 'aws', accountId: '123456789012', name: 'aws-audit-readonly' },
    ],
    [
      'arn:aws:iam::123456789012:role/service-role/team/Auditor+Ro=le,x.y@z_1',
      { partition: 'aws', accountId: '123456789012', name: 'Auditor+Ro=le,x.y@z_1' },
    ],
    [
      'arn:aws-cn:iam::000011112222:role/china/reader',
      { partition: 'aws-cn', accountId: '000011112222', name: 'reader' },
    ],
    [
      'arn:aws-us-gov:iam::210987654321:role/gov-reader',
      { partition: 'aws-us-gov', accountId: '210987654321', name: 'gov-reader' },
    ],
  ])('parses %s', (arn, expected) => {
    expect(parseRoleArn(arn, 'role-to-assume')).toEqual({ arn, ...expected });
  });

  it('trims surrounding whitespace and returns the trimmed ARN', () => {
    const parsed = parseRoleArn('  arn:aws:iam::123456789012:role/x \n', 'role-to-assume');
    expect(parsed.arn).toBe('arn:aws:iam::123456789012:role/x');
    expect(parsed.name).toBe('x');
  });

  it('accepts a 64-character role name but not 65', () => {
    expect(parseRoleArn(`arn:aws:iam::123456789012:role/${'r'.repeat(64)}`, 's').name).toHaveLength(64);
    expect(() => parseRoleArn(`arn:aws:iam::123456789012:role/${'r'.repeat(65)}`, 's')).toThrow(
      'is not an IAM role ARN',
    );
  });

  it.each([
    ['a role name only', 'aws-audit-readonly'],
    ['the wrong service', 'arn:aws:sts::123456789012:role/x'],
    ['a user instead of a role', 'arn:aws:iam::123456789012:user/x'],
    ['an 11-digit account', 'arn:aws:iam::12345678901:role/x'],
    ['a 13-digit account', 'arn:aws:iam::1234567890123:role/x'],
    ['an unknown partition', 'arn:aws-iso:iam::123456789012:role/x'],
    ['a region in an IAM ARN', 'arn:aws:iam:us-east-1:123456789012:role/x'],
    ['an empty role name', 'arn:aws:iam::123456789012:role/'],
    ['a path without a name', 'arn:aws:iam::123456789012:role/path/'],
    ['a space in the name', 'arn:aws:iam::123456789012:role/my role'],
    ['an empty string', ''],
  ])('rejects %s, naming the source and the expected form', (_what, value) => {
    expect(() => parseRoleArn(value, 'additional-role-arns line 3')).toThrow(
      `additional-role-arns line 3: '${value.trim()}' is not an IAM role ARN. ` +
        'Expected arn:aws:iam::<12-digit account id>:role/<name>, for example arn:aws:iam::123456789012:role/aws-audit-readonly.',
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Session names
// ---------------------------------------------------------------------------------------------

describe('validateRoleSessionName', () => {
  it.each(['ab', 'a'.repeat(64), 'user+x=y,z.w@q_r-s', 'aws-audit-octo-org-app-123'])(
    'accepts %s',
    (name) => {
      expect(validateRoleSessionName(name, 'role-session-name')).toBe(name);
    },
  );

  it.each([
    ['too short', 'a'],
    ['empty', ''],
    ['too long', 'a'.repeat(65)],
    ['a space', 'has space'],
    ['a slash', 'owner/repo'],
    ['a colon', 'a:b'],
    ['non-ASCII', 'ümlaut'],
  ])('rejects %s, naming the source and the value', (_what, name) => {
    expect(() => validateRoleSessionName(name, '--session-name')).toThrow(
      `--session-name: '${name}' is not a valid role session name (2-64 characters`,
    );
  });
});

describe('defaultRoleSessionName', () => {
  it('joins owner, repository and run id with dashes', () => {
    expect(
      defaultRoleSessionName({ GITHUB_REPOSITORY: 'octo-org/octo-app', GITHUB_RUN_ID: '9876543210' }),
    ).toBe('aws-audit-octo-org-octo-app-9876543210');
  });

  it('replaces characters STS does not allow', () => {
    const name = defaultRoleSessionName({ GITHUB_REPOSITORY: 'my org/répo name:x', GITHUB_RUN_ID: '42' });
    expect(name).toBe('aws-audit-my-org-r-po-name-x-42');
    expect(validateRoleSessionName(name, 'test')).toBe(name);
  });

  it('falls back to "local" and a timestamp outside GitHub Actions', () => {
    const before = Date.now();
    const name = defaultRoleSessionName({});
    const after = Date.now();
    const match = /^aws-audit-local-(\d+)$/.exec(name);
    expect(match).not.toBeNull();
    const stamp = Number(match?.[1]);
    expect(stamp).toBeGreaterThanOrEqual(before);
    expect(stamp).toBeLessThanOrEqual(after);
  });

  it('stays within 64 characters and keeps the whole run id for long repository names', () => {
    const runId = '12345678901';
    const name = defaultRoleSessionName({
      GITHUB_REPOSITORY: `octo-org/${'very-long-repository-name-'.repeat(5)}`,
      GITHUB_RUN_ID: runId,
    });
    expect(name).toHaveLength(64);
    expect(name.startsWith('aws-audit-octo-org-very-long')).toBe(true);
    expect(name.endsWith(`-${runId}`)).toBe(true);
    expect(validateRoleSessionName(name, 'test')).toBe(name);
  });

  it('leaves a name of exactly 64 characters alone', () => {
    // 'aws-audit-' (10) + repo + '-' + run id (5) = 64 -> repo of 48 characters
    const repository = `o/${'r'.repeat(46)}`;
    const name = defaultRoleSessionName({ GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: '12345' });
    expect(name).toBe(`aws-audit-o-${'r'.repeat(46)}-12345`);
    expect(name).toHaveLength(64);
  });
});
