import { describe, expect, it } from '@jest/globals';
import { isBroadResource, statementsOf, wildcardGrant, type Statement } from '../../../src/policy/index.js';

function statement(fields: Record<string, unknown>): Statement {
  const [only] = statementsOf({ Statement: [fields] });
  if (!only) throw new Error('no statement');
  return only;
}

describe('isBroadResource', () => {
  it('knows resources that name every resource of their kind', () => {
    expect(
      [
        '*',
        'arn:aws:s3:::*',
        'arn:aws:s3:::*/*',
        'arn:aws:lambda:*:1:function:*',
        'arn:aws:iam::1:role/*',
        'arn:aws:dynamodb:eu-west-2:1:table/*',
      ].filter((r) => !isBroadResource(r)),
    ).toEqual([]);
  });

  it('knows named resources and prefixes', () => {
    expect(
      [
        'arn:aws:s3:::bucket/*',
        'arn:aws:dynamodb:*:*:table/orders',
        'arn:aws:sqs:us-east-1:1:jobs',
        'arn:aws:iam::1:role/app-*',
        'not-an-arn',
      ].filter(isBroadResource),
    ).toEqual([]);
  });
});

describe('wildcardGrant', () => {
  it('reports a whole service, every action, and NotAction, with their resources', () => {
    expect(
      wildcardGrant(
        statement({ Sid: 'S', Effect: 'Allow', Action: ['s3:*', 's3:GetObject'], Resource: '*' }),
      ),
    ).toEqual({
      statement: 'S',
      kind: 'service-wildcard',
      actions: ['s3:*'],
      resources: ['*'],
      resourcesExcluded: false,
      broad: true,
    });
    expect(
      wildcardGrant(statement({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::bucket/key' })),
    ).toMatchObject({ statement: '#1', kind: 'all-actions', actions: ['*'], broad: false });
    expect(
      wildcardGrant(statement({ Effect: 'Allow', NotAction: 'iam:*', NotResource: 'arn:aws:s3:::b' })),
    ).toMatchObject({
      kind: 'not-action',
      actions: ['iam:*'],
      resources: ['arn:aws:s3:::b'],
      resourcesExcluded: true,
      broad: true,
    });
  });

  it('reports nothing for named actions, prefixes, Deny, or * on * (allowsEverything answers that)', () => {
    expect(
      wildcardGrant(statement({ Effect: 'Allow', Action: ['ec2:Describe*', 's3:GetObject'], Resource: '*' })),
    ).toBeNull();
    expect(wildcardGrant(statement({ Effect: 'Deny', Action: 's3:*', Resource: '*' }))).toBeNull();
    expect(wildcardGrant(statement({ Effect: 'Allow', Action: '*', Resource: '*' }))).toBeNull();
  });
});
