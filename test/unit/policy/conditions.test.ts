import { describe, expect, it } from '@jest/globals';
import {
  appliesWithoutTls,
  conditionValues,
  restrictsCaller,
  statementsOf,
  type Statement,
} from '../../../src/policy/index.js';

/** An Allow for anyone with this Condition (more cases through publicStatements, in public.test.ts). */
function withCondition(Condition: unknown): Statement {
  const [only] = statementsOf({ Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Condition }] });
  if (!only) throw new Error('no statement');
  return only;
}

describe('restrictsCaller', () => {
  it('holds for a positive operator on a key that names the caller', () => {
    expect(restrictsCaller(withCondition({ StringEquals: { 'aws:SourceAccount': '111122223333' } }))).toBe(
      true,
    );
    expect(
      restrictsCaller(withCondition({ 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': ['o-a/*'] } })),
    ).toBe(true);
  });

  it('fails for IfExists, ForAllValues, negations, open values and other keys', () => {
    for (const condition of [
      { StringEqualsIfExists: { 'aws:SourceAccount': '1' } },
      { 'ForAllValues:StringEquals': { 'aws:PrincipalAccount': '1' } },
      { StringNotEquals: { 'aws:SourceAccount': '1' } },
      { StringLike: { 'aws:SourceAccount': '*' } },
      { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } },
      { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } },
      undefined,
    ]) {
      expect([condition, restrictsCaller(withCondition(condition))]).toEqual([condition, false]);
    }
  });
});

describe('conditionValues', () => {
  it('collects the values of a key under every operator, the key in any capitals', () => {
    const statement = withCondition({
      StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' },
      Bool: { 'LAMBDA:InvokedViaFunctionUrl': true },
    });
    expect(conditionValues(statement, 'lambda:InvokedViaFunctionUrl')).toEqual(['true']);
    expect(conditionValues(statement, 'lambda:functionurlauthtype')).toEqual(['NONE']);
    expect(conditionValues(statement, 'aws:SourceArn')).toEqual([]);
  });
});

describe('appliesWithoutTls', () => {
  it('holds for Bool or BoolIfExists aws:SecureTransport false, as text or boolean', () => {
    expect(appliesWithoutTls(withCondition({ Bool: { 'aws:SecureTransport': 'false' } }))).toBe(true);
    expect(appliesWithoutTls(withCondition({ BoolIfExists: { 'AWS:SecureTransport': false } }))).toBe(true);
  });

  it('fails for true, another operator or another key', () => {
    expect(appliesWithoutTls(withCondition({ Bool: { 'aws:SecureTransport': 'true' } }))).toBe(false);
    expect(appliesWithoutTls(withCondition({ StringEquals: { 'aws:SecureTransport': 'false' } }))).toBe(
      false,
    );
    expect(appliesWithoutTls(withCondition({ Bool: { 'aws:MultiFactorAuthPresent': 'false' } }))).toBe(false);
  });
});
