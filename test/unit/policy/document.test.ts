import { describe, expect, it } from '@jest/globals';
import { labelOf, parsePolicyDocument, statementsOf, statementWithSid } from '../../../src/policy/index.js';

const policy = (...statements: unknown[]) => ({ Version: '2012-10-17', Statement: statements });
const allowAll = (extra: Record<string, unknown> = {}) => ({
  Sid: 'Open',
  Effect: 'Allow',
  Principal: '*',
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::bucket/*',
  ...extra,
});

describe('parsePolicyDocument', () => {
  const document = policy(allowAll());

  it('parses JSON', () => {
    expect(parsePolicyDocument(JSON.stringify(document))).toEqual(document);
  });

  it('parses URL-encoded JSON (as IAM returns it)', () => {
    expect(parsePolicyDocument(encodeURIComponent(JSON.stringify(document)))).toEqual(document);
  });

  it('throws a clear error that does not echo the text', () => {
    expect(() => parsePolicyDocument('not a policy')).toThrow(/not valid JSON/);
    expect(() => parsePolicyDocument('%E0%A4%A')).toThrow(/neither JSON nor URL-encoded JSON/);
    const thrown = (() => {
      try {
        parsePolicyDocument('{"Statement": hunter2');
        return null;
      } catch (error) {
        return error as Error;
      }
    })();
    expect(thrown?.message).toMatch(/not valid JSON/);
    expect(thrown?.message).not.toContain('hunter2');
  });
});

describe('statementsOf', () => {
  it('normalises every element into lists, null where absent', () => {
    expect(statementsOf(policy(allowAll()))).toEqual([
      {
        position: 1,
        sid: 'Open',
        effect: 'Allow',
        principal: '*',
        notPrincipal: null,
        action: ['s3:GetObject'],
        notAction: null,
        resource: ['arn:aws:s3:::bucket/*'],
        notResource: null,
        condition: [],
      },
    ]);
  });

  it('reads element names in any capitals, and a single Statement object', () => {
    const [statement] = statementsOf({
      statement: { sid: 'x', effect: 'deny', notaction: ['iam:*', 3], notresource: 'arn:aws:iam::1:role/a' },
    });
    expect(statement).toMatchObject({
      sid: 'x',
      effect: 'Deny',
      action: null,
      notAction: ['iam:*'],
      notResource: ['arn:aws:iam::1:role/a'],
    });
  });

  it('spells principal types as AWS does, and keeps a malformed principal as present but naming nobody', () => {
    const [typed, malformed] = statementsOf(
      policy(
        { Effect: 'Allow', Principal: { aws: ['arn:aws:iam::1:root', 7], SERVICE: 'lambda.amazonaws.com' } },
        { Effect: 'Allow', NotPrincipal: 'arn:aws:iam::1:root', Principal: null },
      ),
    );
    expect(typed?.principal).toEqual({ AWS: ['arn:aws:iam::1:root'], Service: ['lambda.amazonaws.com'] });
    expect(malformed?.notPrincipal).toEqual({});
    expect(malformed?.principal).toEqual({});
  });

  it('flattens conditions into clauses, with values as text', () => {
    const [statement] = statementsOf(
      policy(
        allowAll({
          Condition: {
            Bool: { 'aws:SecureTransport': false },
            StringEquals: { 'aws:SourceAccount': ['1', '2'] },
            NumericLessThan: 'not a block',
          },
        }),
      ),
    );
    expect(statement?.condition).toEqual([
      { operator: 'Bool', key: 'aws:SecureTransport', values: ['false'] },
      { operator: 'StringEquals', key: 'aws:SourceAccount', values: ['1', '2'] },
    ]);
  });

  it('counts positions over the whole list and labels statements without a Sid by them', () => {
    const statements = statementsOf(policy(null, allowAll({ Sid: '' }), allowAll({ Effect: 'Maybe' })));
    expect(statements.map((s) => [s.position, s.sid, s.effect, labelOf(s)])).toEqual([
      [2, null, 'Allow', '#2'],
      [3, 'Open', null, 'Open'],
    ]);
  });

  it('finds nothing in what is not a policy document', () => {
    for (const document of [null, 'text', 42, [], {}, { Statement: 'x' }]) {
      expect(statementsOf(document)).toEqual([]);
    }
  });
});

describe('statementWithSid', () => {
  it('finds the first statement with the Sid, and none for a null Sid', () => {
    const document = policy(allowAll({ Sid: 'A', Action: 'a:1' }), allowAll({ Sid: 'A', Action: 'a:2' }));
    expect(statementWithSid(document, 'A')?.action).toEqual(['a:1']);
    expect(statementWithSid(document, 'B')).toBeUndefined();
    expect(statementWithSid(policy(allowAll({ Sid: undefined })), null)).toBeUndefined();
  });
});
