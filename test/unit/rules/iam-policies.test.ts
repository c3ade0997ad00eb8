import { describe, expect, it } from '@jest/globals';
import { policyFullAdmin, policyServiceWildcard } from '../../../src/rules/catalog/iam-policies.js';
import { run, doc, allowAll, user, role, policy } from '../../support/iam-inventory.js';
import { inventoryOf } from '../../support/inventory-builder.js';

describe('iam.policy-full-admin', () => {
  it('flags an attached *:* policy as high and names who attaches it', () => {
    const everything = policy('everything', doc({ Sid: 'Admin', ...allowAll }), 2);
    const [finding] = run(
      policyFullAdmin,
      inventoryOf([
        everything,
        user('deploy-bot', { attachedPolicyArns: [everything.arn] }),
        role('github-deploy', { attachedPolicyArns: [everything.arn] }),
      ]),
    );
    expect(finding?.severity).toBe('high');
    expect(finding?.message).toContain('Customer-managed policy everything (version v2) allows every action');
    expect(finding?.evidence.attachedTo).toEqual(['role github-deploy', 'user deploy-bot']);
    expect([finding?.references.fsbp, finding?.references.cis]).toEqual([['IAM.1'], ['2.15']]);
    expect(finding?.remediation.cli).toBe(`aws iam list-entities-for-policy --policy-arn ${everything.arn}`);
  });

  it('reads Statement, Action and Resource as a value or a list, and lowers unattached policies to medium', () => {
    const single = {
      Version: '2012-10-17',
      Statement: { Effect: 'Allow', Action: ['s3:GetObject', '*'], Resource: ['*'] },
    };
    const [finding] = run(policyFullAdmin, inventoryOf([policy('unused', single, 0)]));
    expect(finding?.severity).toBe('medium');
    expect(finding?.message).toContain('attached to nothing today');
    // CIS 2.15 judges attached policies only; FSBP IAM.1 every customer-managed one.
    expect([finding?.references.fsbp, finding?.references.cis]).toEqual([['IAM.1'], []]);
  });

  it('ignores Deny statements, * on named resources and unreadable documents', () => {
    const inventory = inventoryOf([
      policy('deny', doc({ Effect: 'Deny', Action: '*', Resource: '*' })),
      policy('scoped', doc({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::logs/*' })),
      policy('broken', null),
    ]);
    expect(run(policyFullAdmin, inventory)).toEqual([]);
  });
});

describe('iam.policy-service-wildcard', () => {
  it('flags service wildcards with severity by resource breadth', () => {
    const findings = run(
      policyServiceWildcard,
      inventoryOf([
        policy(
          'tables',
          doc({ Effect: 'Allow', Action: 'dynamodb:*', Resource: 'arn:aws:dynamodb:us-east-1:1:table/*' }),
        ),
        policy('bucket', doc({ Effect: 'Allow', Action: ['s3:*'], Resource: 'arn:aws:s3:::reports/*' })),
        policy('power', doc({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' })),
      ]),
    );
    expect(findings.map((f) => [f.resource.id, f.severity])).toEqual([
      ['power', 'high'],
      ['tables', 'medium'],
      ['bucket', 'low'],
    ]);
    expect(findings[1]?.message).toContain(
      'allows every action of dynamodb:* on arn:aws:dynamodb:us-east-1:1:table/*',
    );
    expect(findings[0]?.message).toContain('every action except iam:*, organizations:* (NotAction) on *');
  });

  it('ignores prefix wildcards, named actions and policies already reported as full admin', () => {
    const inventory = inventoryOf([
      policy('read', doc({ Effect: 'Allow', Action: ['ec2:Describe*', 's3:GetObject'], Resource: '*' })),
      policy('admin', doc(allowAll, { Effect: 'Allow', Action: 's3:*', Resource: '*' })),
    ]);
    expect(run(policyServiceWildcard, inventory)).toEqual([]);
  });
});
