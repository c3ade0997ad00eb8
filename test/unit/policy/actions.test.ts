import { describe, expect, it } from '@jest/globals';
import {
  actionMatches,
  actionScope,
  actionsGranted,
  allowsAction,
  allowsEverything,
  statementsOf,
  type Statement,
} from '../../../src/policy/index.js';

/** The one statement of a document holding it. */
function statement(fields: Record<string, unknown>): Statement {
  const [only] = statementsOf({ Statement: [fields] });
  if (!only) throw new Error('no statement');
  return only;
}

describe('actionMatches', () => {
  it('matches IAM action patterns, ignoring case', () => {
    expect(actionMatches('*', 'lambda:InvokeFunctionUrl')).toBe(true);
    expect(actionMatches('lambda:*', 'lambda:InvokeFunctionUrl')).toBe(true);
    expect(actionMatches('lambda:Invoke*', 'lambda:InvokeFunctionUrl')).toBe(true);
    expect(actionMatches('LAMBDA:invokefunctionurl', 'lambda:InvokeFunctionUrl')).toBe(true);
    expect(actionMatches('s3:?etObject', 's3:GetObject')).toBe(true);
  });

  it('does not match another action or service', () => {
    expect(actionMatches('lambda:InvokeFunction', 'lambda:InvokeFunctionUrl')).toBe(false);
    expect(actionMatches('lambda:Get*', 'lambda:InvokeFunctionUrl')).toBe(false);
    expect(actionMatches('s3:*', 'lambda:InvokeFunctionUrl')).toBe(false);
  });
});

describe('actionScope', () => {
  it.each([
    ['*', 'all'],
    ['*:*', 'all'],
    ['s3:*', 'service'],
    ['dynamodb:*', 'service'],
    ['ec2:Describe*', 'some'],
    ['s3:?etObject', 'some'],
    ['s*:*', 'some'],
    ['s3:GetObject', 'one'],
  ])('classifies %s as %s', (pattern, scope) => {
    expect(actionScope(pattern)).toBe(scope);
  });
});

describe('allowsAction', () => {
  it('grants through Action patterns and through what NotAction leaves out', () => {
    expect(allowsAction(statement({ Effect: 'Allow', Action: ['s3:Get*'] }), 's3:GetObject')).toBe(true);
    expect(allowsAction(statement({ Effect: 'Allow', NotAction: 'iam:*' }), 's3:GetObject')).toBe(true);
  });

  it('grants nothing through a Deny, other actions or an excluded action', () => {
    expect(allowsAction(statement({ Effect: 'Deny', Action: '*' }), 's3:GetObject')).toBe(false);
    expect(allowsAction(statement({ Effect: 'Allow', Action: 's3:Put*' }), 's3:GetObject')).toBe(false);
    expect(allowsAction(statement({ Effect: 'Allow', NotAction: 's3:*' }), 's3:GetObject')).toBe(false);
    expect(allowsAction(statement({ Effect: 'Allow' }), 's3:GetObject')).toBe(false);
  });
});

describe('actionsGranted', () => {
  it('lists the Action patterns once each, sorted; * for NotAction', () => {
    expect(actionsGranted(statement({ Action: ['s3:PutObject', 's3:GetObject', 's3:PutObject'] }))).toEqual([
      's3:GetObject',
      's3:PutObject',
    ]);
    expect(actionsGranted(statement({ NotAction: 's3:DeleteObject' }))).toEqual(['*']);
    expect(actionsGranted(statement({ Action: 42 }))).toEqual([]);
  });
});

describe('allowsEverything', () => {
  it('is an Allow of every action on Resource *', () => {
    expect(allowsEverything(statement({ Effect: 'Allow', Action: '*', Resource: '*' }))).toBe(true);
    expect(allowsEverything(statement({ Effect: 'Allow', Action: ['s3:*', '*:*'], Resource: ['*'] }))).toBe(
      true,
    );
  });

  it('is not a Deny, a narrower action or a narrower resource', () => {
    expect(allowsEverything(statement({ Effect: 'Deny', Action: '*', Resource: '*' }))).toBe(false);
    expect(allowsEverything(statement({ Effect: 'Allow', Action: 's3:*', Resource: '*' }))).toBe(false);
    expect(allowsEverything(statement({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b' }))).toBe(
      false,
    );
  });
});
