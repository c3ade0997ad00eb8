import { describe, expect, it } from '@jest/globals';
import { deniesInsecureTransport, publicStatements } from '../../../src/policy/index.js';

const policy = (...statements: unknown[]) => ({ Version: '2012-10-17', Statement: statements });
const allowAll = (extra: Record<string, unknown> = {}) => ({
  Sid: 'Open',
  Effect: 'Allow',
  Principal: '*',
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::bucket/*',
  ...extra,
});

describe('publicStatements', () => {
  it('reports Allow statements for Principal "*", {AWS: "*"} and an AWS list containing "*"', () => {
    const document = policy(
      allowAll({ Sid: 'A' }),
      allowAll({ Sid: 'B', Principal: { AWS: '*' }, Action: ['s3:PutObject', 's3:GetObject'] }),
      allowAll({ Sid: 'C', Principal: { AWS: ['arn:aws:iam::111122223333:root', '*'] } }),
    );
    expect(publicStatements(document)).toEqual([
      { sid: 'A', actions: ['s3:GetObject'], principal: '*' },
      { sid: 'B', actions: ['s3:GetObject', 's3:PutObject'], principal: '*' },
      { sid: 'C', actions: ['s3:GetObject'], principal: '*' },
    ]);
  });

  it('accepts a single Statement object, and a missing Sid', () => {
    const statement: Record<string, unknown> = allowAll();
    delete statement.Sid;
    expect(publicStatements({ Statement: statement })).toEqual([
      { sid: null, actions: ['s3:GetObject'], principal: '*' },
    ]);
  });

  it('reports NotPrincipal statements, and NotAction ones as all actions', () => {
    const document = policy(
      { Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:*' },
      allowAll({ Sid: 'N', Action: undefined, NotAction: 's3:DeleteObject' }),
    );
    expect(publicStatements(document)).toEqual([
      { sid: null, actions: ['s3:*'], principal: 'NotPrincipal' },
      { sid: 'N', actions: ['*'], principal: '*' },
    ]);
  });

  it('ignores Deny statements and specific principals', () => {
    const document = policy(
      allowAll({ Effect: 'Deny' }),
      allowAll({ Principal: { AWS: 'arn:aws:iam::111122223333:root' } }),
      allowAll({ Principal: { Service: 'lambda.amazonaws.com' } }),
      allowAll({ Principal: { AWS: ['arn:aws:iam::111122223333:root'] } }),
    );
    expect(publicStatements(document)).toEqual([]);
  });

  it.each([
    ['StringEquals aws:SourceAccount', { StringEquals: { 'aws:SourceAccount': '111122223333' } }],
    [
      'ArnLike AWS:SourceArn (Lambda writes the key capitalized)',
      { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::b' } },
    ],
    ['ArnEquals aws:SourceArn', { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:eu-west-2:111122223333:t' } }],
    ['StringEquals aws:SourceOwner', { StringEquals: { 'aws:SourceOwner': '111122223333' } }],
    ['StringEquals aws:SourceVpc', { StringEquals: { 'aws:SourceVpc': 'vpc-123' } }],
    ['StringEquals aws:SourceVpce', { StringEquals: { 'aws:sourcevpce': 'vpce-123' } }],
    ['StringEquals aws:PrincipalOrgID', { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } }],
    [
      'ForAnyValue:StringLike aws:PrincipalOrgPaths',
      { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': ['o-a/r-b/*'] } },
    ],
    ['ArnLike aws:PrincipalArn', { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/*' } }],
    ['StringLike aws:userid', { StringLike: { 'aws:userid': 'AROAEXAMPLE:*' } }],
    [
      'StringEqualsIgnoreCase aws:SourceAccount',
      { StringEqualsIgnoreCase: { 'aws:SourceAccount': '111122223333' } },
    ],
    ['IpAddress aws:SourceIp', { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } }],
    ['lowercase operator', { stringequals: { 'AWS:SOURCEACCOUNT': '111122223333' } }],
  ])('treats a condition with %s as restricting', (_label, Condition) => {
    expect(publicStatements(policy(allowAll({ Condition })))).toEqual([]);
  });

  it.each([
    ['an IfExists operator', { StringEqualsIfExists: { 'aws:SourceAccount': '111122223333' } }],
    // ForAllValues: holds when the request carries no value for the key, as an anonymous one does.
    [
      'ForAllValues:StringEquals aws:PrincipalAccount',
      { 'ForAllValues:StringEquals': { 'aws:PrincipalAccount': '1' } },
    ],
    ['ArnLikeIfExists', { ArnLikeIfExists: { 'aws:SourceArn': 'arn:aws:s3:::b' } }],
    ['a wildcard-only value', { StringLike: { 'aws:SourceAccount': '*' } }],
    [
      'a list with a wildcard-only value',
      { StringLike: { 'aws:PrincipalArn': ['arn:aws:iam::1:role/x', '*'] } },
    ],
    ['an open IPv4 range', { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } }],
    ['an open IPv6 range', { IpAddress: { 'aws:SourceIp': ['::/0'] } }],
    ['a negative operator', { StringNotEquals: { 'aws:SourceAccount': '111122223333' } }],
    ['NotIpAddress', { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }],
    ['a key that does not restrict the caller', { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } }],
    ['aws:SecureTransport', { Bool: { 'aws:SecureTransport': 'true' } }],
    ['an empty value list', { StringEquals: { 'aws:SourceAccount': [] } }],
  ])('still reports a statement whose condition uses %s', (_label, Condition) => {
    expect(publicStatements(policy(allowAll({ Condition })))).toHaveLength(1);
  });

  it('is restricted when any one condition restricts', () => {
    const Condition = {
      Bool: { 'aws:SecureTransport': 'true' },
      StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE', 'aws:SourceAccount': '111122223333' },
    };
    expect(publicStatements(policy(allowAll({ Condition })))).toEqual([]);
  });

  it('reads a Lambda function URL policy (AuthType NONE) as public', () => {
    const document = {
      Version: '2012-10-17',
      Id: 'default',
      Statement: [
        {
          Sid: 'FunctionURLAllowPublicAccess',
          Effect: 'Allow',
          Principal: '*',
          Action: 'lambda:InvokeFunctionUrl',
          Resource: 'arn:aws:lambda:eu-west-2:111122223333:function:f',
          Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } },
        },
        {
          Sid: 's3-invoke',
          Effect: 'Allow',
          Principal: { Service: 's3.amazonaws.com' },
          Action: 'lambda:InvokeFunction',
          Resource: 'arn:aws:lambda:eu-west-2:111122223333:function:f',
          Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::bucket' } },
        },
      ],
    };
    expect(publicStatements(document)).toEqual([
      { sid: 'FunctionURLAllowPublicAccess', actions: ['lambda:InvokeFunctionUrl'], principal: '*' },
    ]);
  });

  it('tolerates malformed documents', () => {
    for (const document of [null, 'text', 42, [], {}, { Statement: 'x' }, { Statement: [null, 1, 'a'] }]) {
      expect(publicStatements(document)).toEqual([]);
    }
    expect(publicStatements(policy(allowAll({ Action: 42 })))).toEqual([
      { sid: 'Open', actions: [], principal: '*' },
    ]);
  });
});

describe('deniesInsecureTransport', () => {
  const denies = (document: unknown) => deniesInsecureTransport(document, 's3');
  const denyHttp = (extra: Record<string, unknown> = {}) => ({
    Sid: 'DenyHttp',
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: ['arn:aws:s3:::bucket', 'arn:aws:s3:::bucket/*'],
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    ...extra,
  });

  it('recognizes the standard statement and its variants', () => {
    expect(denies(policy(denyHttp()))).toBe(true);
    expect(denies(policy(denyHttp({ Action: '*' })))).toBe(true);
    expect(denies(policy(denyHttp({ Action: ['s3:GetObject', 's3:*'] })))).toBe(true);
    expect(denies(policy(denyHttp({ Principal: { AWS: '*' } })))).toBe(true);
    expect(denies(policy(denyHttp({ Condition: { BoolIfExists: { 'aws:SecureTransport': false } } })))).toBe(
      true,
    );
    expect(denies({ Statement: denyHttp() })).toBe(true);
    expect(denies(policy(allowAll(), denyHttp()))).toBe(true);
  });

  it('rejects statements that do not deny all insecure requests', () => {
    expect(denies(policy(denyHttp({ Effect: 'Allow' })))).toBe(false);
    expect(denies(policy(denyHttp({ Action: 's3:GetObject' })))).toBe(false);
    expect(denies(policy(denyHttp({ Condition: { Bool: { 'aws:SecureTransport': 'true' } } })))).toBe(false);
    expect(
      denies(policy(denyHttp({ Condition: { StringEquals: { 'aws:SecureTransport': 'false' } } }))),
    ).toBe(false);
    expect(denies(policy(denyHttp({ Condition: undefined })))).toBe(false);
    expect(denies(policy(denyHttp({ Principal: { AWS: 'arn:aws:iam::111122223333:role/one' } })))).toBe(
      false,
    );
    expect(denies(policy())).toBe(false);
    expect(denies(null)).toBe(false);
  });

  it('asks about the service named: every action of it, or of every service', () => {
    const sqs = policy(denyHttp({ Action: 'sqs:*', Resource: 'arn:aws:sqs:eu-west-2:111122223333:q' }));
    expect(deniesInsecureTransport(sqs, 'sqs')).toBe(true);
    expect(deniesInsecureTransport(sqs, 's3')).toBe(false);
    expect(deniesInsecureTransport(policy(denyHttp()), 'sqs')).toBe(false);
    expect(deniesInsecureTransport(policy(denyHttp({ Action: '*' })), 'sns')).toBe(true);
    expect(deniesInsecureTransport(policy(denyHttp({ Action: 'S3:*' })), 's3')).toBe(true);
  });
});
