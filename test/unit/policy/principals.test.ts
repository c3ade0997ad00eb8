import { describe, expect, it } from '@jest/globals';
import { isEveryone, namesOnlyServices, trustsOnlyServices } from '../../../src/policy/index.js';

const trust = (...statements: unknown[]) => ({ Version: '2012-10-17', Statement: statements });
const assume = (Principal: unknown, extra: Record<string, unknown> = {}) => ({
  Effect: 'Allow',
  Principal,
  Action: 'sts:AssumeRole',
  ...extra,
});

describe('isEveryone', () => {
  it('is *, {AWS: *} or an AWS list holding *', () => {
    expect(isEveryone('*')).toBe(true);
    expect(isEveryone({ AWS: ['*'] })).toBe(true);
    expect(isEveryone({ AWS: ['arn:aws:iam::1:root', '*'] })).toBe(true);
  });

  it('is not an account, a service, a wildcard of another type or no principal', () => {
    expect(isEveryone({ AWS: ['arn:aws:iam::1:root'] })).toBe(false);
    expect(isEveryone({ Service: ['*'] })).toBe(false);
    expect(isEveryone({})).toBe(false);
    expect(isEveryone(null)).toBe(false);
  });
});

describe('namesOnlyServices', () => {
  it('holds for service principals only', () => {
    expect(namesOnlyServices({ Service: ['lambda.amazonaws.com'] })).toBe(true);
    expect(namesOnlyServices({ Service: [], AWS: ['arn:aws:iam::1:root'] })).toBe(false);
    expect(namesOnlyServices('*')).toBe(false);
    expect(namesOnlyServices({})).toBe(false);
    expect(namesOnlyServices(null)).toBe(false);
  });
});

describe('trustsOnlyServices', () => {
  it('holds when every Allow names only services (any capitals)', () => {
    const lambda = { Service: 'lambda.amazonaws.com' };
    expect(trustsOnlyServices(trust(assume(lambda), assume({ service: ['ecs-tasks.amazonaws.com'] })))).toBe(
      true,
    );
    expect(trustsOnlyServices(trust(assume(lambda), { Effect: 'Deny', Principal: '*', Action: '*' }))).toBe(
      true,
    );
  });

  it('fails for accounts, federation, anyone, NotPrincipal, or no Allow at all', () => {
    const lambda = { Service: 'lambda.amazonaws.com' };
    expect(trustsOnlyServices(trust(assume(lambda), assume({ AWS: 'arn:aws:iam::1:root' })))).toBe(false);
    expect(trustsOnlyServices(trust(assume({ Federated: 'cognito-identity.amazonaws.com' })))).toBe(false);
    expect(trustsOnlyServices(trust(assume('*')))).toBe(false);
    expect(trustsOnlyServices(trust(assume(lambda, { NotPrincipal: { AWS: 'arn:aws:iam::1:root' } })))).toBe(
      false,
    );
    expect(trustsOnlyServices(trust(assume('arn:aws:iam::1:root')))).toBe(false);
    expect(trustsOnlyServices(trust())).toBe(false);
    expect(trustsOnlyServices(null)).toBe(false);
  });
});
