import { describe, expect, it } from '@jest/globals';
import type { Inventory } from '../../../src/inventory/document.js';
import { coversBroadly } from '../../../src/policy/index.js';
import {
  rolePrivilegeEscalation,
  userPrivilegeEscalation,
} from '../../../src/rules/catalog/iam-escalation.js';
import { ACCOUNT, inventoryOf } from '../../support/inventory-builder.js';
import { ADMIN_ARN, doc, group, policy, role, run, user } from '../../support/iam-inventory.js';

/** Every IAM type the rules read is listed, even when the test has none of it. */
const iam = (resources: Inventory['resources']) =>
  inventoryOf(resources, {
    emptyScopes: (['iam:user', 'iam:group', 'iam:role', 'iam:policy'] as const).map((type) => ({
      type,
      region: 'global',
    })),
  });
const inline = (name: string, ...statements: unknown[]) => ({ name, document: doc(...statements) });
const allow = (Action: string | string[], Resource: string | string[] = '*', extra: object = {}) => ({
  Effect: 'Allow',
  Action,
  Resource,
  ...extra,
});
const pathsOf = (findings: { evidence: Record<string, unknown> }[]) =>
  findings.map((f) => (f.evidence.paths as { path: string }[]).map((p) => p.path));

describe('iam.user-privilege-escalation', () => {
  it('flags a user that can rewrite a policy version, with the statement that grants it, as high', () => {
    const findings = run(
      userPrivilegeEscalation,
      iam([
        user('dev', {
          inlinePolicies: [inline('tools', allow(['iam:CreatePolicyVersion', 's3:GetObject']))],
        }),
      ]),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'high',
      resource: { type: 'iam:user', id: 'dev' },
      evidence: {
        paths: [
          {
            path: 'CreatePolicyVersion',
            actions: ['iam:CreatePolicyVersion'],
            grantedBy: [{ action: 'iam:CreatePolicyVersion', policy: 'inline tools', statement: '#1' }],
          },
        ],
      },
      references: { fsbp: [], cis: [] },
    });
    expect(findings[0]?.message).toContain(
      'IAM user dev can raise its own permissions: iam:CreatePolicyVersion',
    );
  });

  it("finds paths through a group's and a customer-managed policy's grants (PassRole + Lambda, AddUserToGroup)", () => {
    const findings = run(
      userPrivilegeEscalation,
      iam([
        user('ci', {
          groups: ['deployers'],
          attachedPolicyArns: [`arn:aws:iam::${ACCOUNT}:policy/lambda-deploy`],
        }),
        group('deployers', {
          inlinePolicies: [inline('pass', allow('iam:PassRole', `arn:aws:iam::${ACCOUNT}:role/*`))],
          attachedPolicyArns: [`arn:aws:iam::${ACCOUNT}:policy/groups`],
        }),
        policy(
          'lambda-deploy',
          doc(allow(['lambda:CreateFunction', 'lambda:InvokeFunction'], 'arn:aws:lambda:*:*:function:*')),
        ),
        policy('groups', doc(allow('iam:AddUserToGroup', `arn:aws:iam::${ACCOUNT}:group/*`))),
      ]),
    );
    expect(pathsOf(findings)).toEqual([['AddUserToGroup', 'PassRole+Lambda+Invoke']]);
    expect(findings[0]?.evidence.paths).toContainEqual(
      expect.objectContaining({
        grantedBy: [
          { action: 'iam:PassRole', policy: 'group deployers inline pass', statement: '#1' },
          { action: 'lambda:CreateFunction', policy: 'managed lambda-deploy', statement: '#1' },
          { action: 'lambda:InvokeFunction', policy: 'managed lambda-deploy', statement: '#1' },
        ],
      }),
    );
  });

  it('counts wildcards and NotAction, and IAMFullAccess (iam:* on *)', () => {
    const findings = run(
      userPrivilegeEscalation,
      iam([
        user('wild', { inlinePolicies: [inline('p', allow('iam:Create*'))] }),
        user('not', { inlinePolicies: [inline('p', { Effect: 'Allow', NotAction: 's3:*', Resource: '*' })] }),
        user('full', { attachedPolicyArns: ['arn:aws:iam::aws:policy/IAMFullAccess'] }),
      ]),
    );
    expect(findings.map((f) => f.resource.id).sort()).toEqual(['full', 'not', 'wild']);
    expect(pathsOf(findings.filter((f) => f.resource.id === 'wild'))).toEqual([
      ['CreatePolicyVersion', 'CreateAccessKey', 'CreateLoginProfile'],
    ]);
  });

  it('does not report narrowed, conditional, denied, bounded or administrator users', () => {
    const findings = run(
      userPrivilegeEscalation,
      iam([
        // PassRole on one named role, and keys for itself only.
        user('narrow', {
          inlinePolicies: [
            inline(
              'p',
              allow('iam:PassRole', `arn:aws:iam::${ACCOUNT}:role/app-runtime`),
              allow(['lambda:CreateFunction', 'lambda:InvokeFunction']),
              allow('iam:CreateAccessKey', `arn:aws:iam::${ACCOUNT}:user/\${aws:username}`),
              allow('iam:AttachUserPolicy', 'arn:aws:s3:::*'),
            ),
          ],
        }),
        // PassRole only to one service: conditions are not judged.
        user('conditional', {
          inlinePolicies: [
            inline(
              'p',
              allow('iam:PassRole', '*', {
                Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } },
              }),
              allow('ec2:RunInstances'),
            ),
          ],
        }),
        // Allowed in one policy, denied in its group's.
        user('denied', {
          groups: ['guarded'],
          inlinePolicies: [inline('p', allow('iam:CreatePolicyVersion'))],
        }),
        group('guarded', {
          inlinePolicies: [inline('deny', { Effect: 'Deny', Action: 'iam:*', Resource: '*' })],
        }),
        // Within a boundary that leaves IAM out.
        user('bounded', {
          inlinePolicies: [inline('p', allow('iam:CreateAccessKey'))],
          permissionsBoundaryArn: `arn:aws:iam::${ACCOUNT}:policy/no-iam`,
        }),
        policy('no-iam', doc(allow('s3:*'))),
        // An administrator: reported by iam.user-full-admin.
        user('admin', {
          attachedPolicyArns: [ADMIN_ARN],
          inlinePolicies: [inline('p', allow('iam:CreateAccessKey'))],
        }),
        // A group that could not be resolved, and an AWS-managed boundary: unknown, not judged.
        user('orphan', { groups: ['gone'], inlinePolicies: [inline('p', allow('iam:CreateAccessKey'))] }),
        user('aws-bounded', {
          inlinePolicies: [inline('p', allow('iam:CreateAccessKey'))],
          permissionsBoundaryArn: 'arn:aws:iam::aws:policy/PowerUserAccess',
        }),
        user('quarantined', {
          inlinePolicies: [inline('p', allow('iam:CreateAccessKey'))],
          attachedPolicyArns: ['arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV3'],
        }),
      ]),
    );
    expect(findings).toEqual([]);
  });

  it('needs sts:AssumeRole for a user to gain from rewriting a role', () => {
    const without = run(
      userPrivilegeEscalation,
      iam([user('u', { inlinePolicies: [inline('p', allow('iam:PutRolePolicy'))] })]),
    );
    expect(without).toEqual([]);
    const withAssume = run(
      userPrivilegeEscalation,
      iam([user('u', { inlinePolicies: [inline('p', allow(['iam:PutRolePolicy', 'sts:AssumeRole']))] })]),
    );
    expect(pathsOf(withAssume)).toEqual([['PutRolePolicy+AssumeRole']]);
  });
});

describe('iam.role-privilege-escalation', () => {
  it('flags a role that can attach policies to itself, as high, and as medium when only services assume it', () => {
    const serviceTrust = doc({
      Effect: 'Allow',
      Principal: { Service: 'lambda.amazonaws.com' },
      Action: 'sts:AssumeRole',
    });
    const findings = run(
      rolePrivilegeEscalation,
      iam([
        role('ops', {
          inlinePolicies: [inline('p', allow('iam:AttachRolePolicy', `arn:aws:iam::${ACCOUNT}:role/*`))],
        }),
        role('fn-exec', {
          assumeRolePolicy: serviceTrust,
          inlinePolicies: [inline('p', allow(['iam:PassRole', 'cloudformation:CreateStack']))],
        }),
      ]),
    );
    expect(
      findings
        .map((f) => [f.resource.id, f.severity, (f.evidence.paths as { path: string }[])[0]?.path])
        .sort(),
    ).toEqual([
      ['fn-exec', 'medium', 'PassRole+CloudFormation'],
      ['ops', 'high', 'AttachRolePolicy'],
    ]);
  });

  it('skips roles that are administrators by design, and roles bounded by a policy that denies the path', () => {
    const grant = [inline('p', allow('iam:UpdateLoginProfile'))];
    const findings = run(
      rolePrivilegeEscalation,
      iam([
        role('AWSServiceRoleForX', { isServiceLinked: true, inlinePolicies: grant }),
        role('OrganizationAccountAccessRole', { inlinePolicies: grant }),
        role('bounded', {
          inlinePolicies: grant,
          permissionsBoundaryArn: `arn:aws:iam::${ACCOUNT}:policy/boundary`,
        }),
        policy('boundary', doc(allow('*'), { Effect: 'Deny', Action: 'iam:*LoginProfile', Resource: '*' })),
      ]),
    );
    expect(findings).toEqual([]);
  });
});

describe('coversBroadly', () => {
  it('takes * and bare wildcards of the right service and type, nothing narrower', () => {
    expect(coversBroadly('*', 'iam:PassRole')).toBe(true);
    expect(coversBroadly('arn:aws:iam::*:role/*', 'iam:PassRole')).toBe(true);
    expect(coversBroadly('arn:aws:iam::1:role/service-role/*', 'iam:PassRole')).toBe(false);
    expect(coversBroadly('arn:aws:iam::1:user/*', 'iam:PassRole')).toBe(false);
    expect(coversBroadly('arn:aws:iam::1:*', 'iam:PassRole')).toBe(true);
    expect(coversBroadly('arn:aws:iam::1:role/*', 'sts:AssumeRole')).toBe(true);
    expect(coversBroadly('arn:aws:lambda:*:*:function:*', 'lambda:UpdateFunctionCode')).toBe(true);
    expect(coversBroadly('arn:aws:lambda:*:*:function:app-*', 'lambda:UpdateFunctionCode')).toBe(false);
    expect(coversBroadly('arn:aws:s3:::*', 'lambda:UpdateFunctionCode')).toBe(false);
  });
});
