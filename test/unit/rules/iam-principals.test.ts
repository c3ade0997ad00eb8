import { describe, expect, it } from '@jest/globals';
import {
  groupFullAdmin,
  groupInlineServiceWildcard,
  roleFullAdmin,
  roleInlineServiceWildcard,
  userFullAdmin,
  userInlineServiceWildcard,
} from '../../../src/rules/catalog/iam-principals.js';
import { ADMIN_ARN, run, doc, allowAll, user, role, group } from '../../support/iam-inventory.js';
import { ACCOUNT, inventoryOf } from '../../support/inventory-builder.js';

describe('iam.user-full-admin / group / role', () => {
  it('flags inline *:* and AdministratorAccess on users, one finding per source', () => {
    const findings = run(
      userFullAdmin,
      inventoryOf([
        user('root-ish', {
          attachedPolicyArns: [ADMIN_ARN],
          inlinePolicies: [{ name: 'god', document: doc(allowAll) }],
        }),
      ]),
    );
    expect(findings.map((f) => f.subKey)).toEqual([ADMIN_ARN, 'inline:god']);
    // CIS 2.15 judges attached managed policies, so AdministratorAccess and not the inline policy.
    expect(findings.map((f) => f.references.cis)).toEqual([['2.15'], []]);
    expect(findings[1]?.message).toBe(
      'IAM user root-ish has full administrator access: inline policy god allows every action on every resource.',
    );
  });

  it('leaves customer-managed policies to iam.policy-full-admin and ignores scoped users', () => {
    const inventory = inventoryOf([
      user('a', { attachedPolicyArns: [`arn:aws:iam::${ACCOUNT}:policy/everything`] }),
      user('b', {
        inlinePolicies: [
          { name: 'read', document: doc({ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }) },
        ],
      }),
    ]);
    expect(run(userFullAdmin, inventory)).toEqual([]);
  });

  it('lowers a group without members to medium', () => {
    const findings = run(
      groupFullAdmin,
      inventoryOf([
        group('admins', { attachedPolicyArns: [ADMIN_ARN] }),
        group('empty', { attachedPolicyArns: [ADMIN_ARN] }),
        user('alice', { groups: ['admins'] }),
      ]),
    );
    expect(findings.map((f) => [f.resource.id, f.severity])).toEqual([
      ['admins', 'high'],
      ['empty', 'medium'],
    ]);
    expect(findings[0]?.message).toContain('It has 1 member(s).');
  });

  it('skips roles that are administrators by design and lowers service-only roles to medium', () => {
    const findings = run(
      roleFullAdmin,
      inventoryOf([
        role('OrganizationAccountAccessRole', {
          inlinePolicies: [{ name: 'AdministratorAccess', document: doc(allowAll) }],
        }),
        role('AWSServiceRoleForSupport', { attachedPolicyArns: [ADMIN_ARN], isServiceLinked: true }),
        role('AWSReservedSSO_Admin_1234', {
          attachedPolicyArns: [ADMIN_ARN],
          path: '/aws-reserved/sso.amazonaws.com/',
        }),
        role('cfn-exec', {
          attachedPolicyArns: [ADMIN_ARN],
          assumeRolePolicy: doc({
            Effect: 'Allow',
            Principal: { Service: 'cloudformation.amazonaws.com' },
            Action: 'sts:AssumeRole',
          }),
        }),
        role('break-glass', { attachedPolicyArns: [ADMIN_ARN] }),
      ]),
    );
    expect(findings.map((f) => [f.resource.id, f.severity])).toEqual([
      ['break-glass', 'high'],
      ['cfn-exec', 'medium'],
    ]);
  });
});

describe('iam.*-inline-service-wildcard', () => {
  it('flags an inline dynamodb:* on every table', () => {
    const [finding] = run(
      userInlineServiceWildcard,
      inventoryOf([
        user('deploy-bot', {
          inlinePolicies: [
            {
              name: 'tables',
              document: doc({
                Effect: 'Allow',
                Action: 'dynamodb:*',
                Resource: 'arn:aws:dynamodb:us-east-1:1:table/*',
              }),
            },
          ],
        }),
      ]),
    );
    expect(finding?.subKey).toBe('inline:tables');
    expect(finding?.severity).toBe('medium');
    expect(finding?.message).toContain(
      'Inline policy tables of IAM user deploy-bot allows every action of dynamodb:*',
    );
  });

  it('ignores service wildcards on named resources and skips service-linked roles', () => {
    const s3Bucket = doc({
      Effect: 'Allow',
      Action: 's3:*',
      Resource: ['arn:aws:s3:::reports', 'arn:aws:s3:::reports/*'],
    });
    expect(
      run(
        userInlineServiceWildcard,
        inventoryOf([user('a', { inlinePolicies: [{ name: 'p', document: s3Bucket }] })]),
      ),
    ).toEqual([]);
    const everything = doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' });
    expect(
      run(
        roleInlineServiceWildcard,
        inventoryOf([
          role('AWSServiceRoleForX', {
            isServiceLinked: true,
            inlinePolicies: [{ name: 'p', document: everything }],
          }),
        ]),
      ),
    ).toEqual([]);
  });
});

describe('iam.role-inline-service-wildcard and iam.group-inline-service-wildcard', () => {
  const tables = doc({
    Effect: 'Allow',
    Action: 'dynamodb:*',
    Resource: 'arn:aws:dynamodb:eu-west-2:*:table/*',
  });
  const scoped = doc({
    Effect: 'Allow',
    Action: ['dynamodb:GetItem', 'dynamodb:PutItem'],
    Resource: `arn:aws:dynamodb:eu-west-2:${ACCOUNT}:table/Users`,
  });

  it('flags a role and a group whose inline policy grants dynamodb:* on every table', () => {
    const [onRole] = run(
      roleInlineServiceWildcard,
      inventoryOf([role('lambda-exec', { inlinePolicies: [{ name: 'data', document: tables }] })]),
    );
    expect(onRole?.subKey).toBe('inline:data');
    expect(onRole?.remediation.cli).toBe(
      'aws iam get-role-policy --role-name lambda-exec --policy-name data',
    );
    expect(onRole?.message).toContain(
      'Inline policy data of IAM role lambda-exec allows every action of dynamodb:*',
    );
    const [onGroup] = run(
      groupInlineServiceWildcard,
      inventoryOf([group('developers', { inlinePolicies: [{ name: 'data', document: tables }] })]),
    );
    expect(onGroup?.message).toContain('IAM group developers');
  });

  it('ignores named actions on named tables', () => {
    expect(
      run(
        roleInlineServiceWildcard,
        inventoryOf([role('r', { inlinePolicies: [{ name: 'p', document: scoped }] })]),
      ),
    ).toEqual([]);
    expect(
      run(
        groupInlineServiceWildcard,
        inventoryOf([group('g', { inlinePolicies: [{ name: 'p', document: scoped }] })]),
      ),
    ).toEqual([]);
  });
});

describe('iam.group-full-admin', () => {
  it('ignores groups with scoped or customer-managed policies (left to iam.policy-full-admin)', () => {
    const inventory = inventoryOf([
      group('readers', { attachedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] }),
      group('ops', { attachedPolicyArns: [`arn:aws:iam::${ACCOUNT}:policy/everything`] }),
      group('s3', {
        inlinePolicies: [{ name: 'p', document: doc({ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }) }],
      }),
      user('alice', { groups: ['readers', 'ops', 's3'] }),
    ]);
    expect(run(groupFullAdmin, inventory)).toEqual([]);
  });
});
