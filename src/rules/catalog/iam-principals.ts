/** IAM: users, groups and roles given administrator access or wildcard grants by their own policies. */
import type { ResourceOfType } from '../../inventory/resources/index.js';
import { trustsOnlyServices } from '../../policy/index.js';
import type { RuleContext } from '../context.js';
import { defineRule, type RuleHit } from '../model.js';
import {
  describeGrant,
  grantEvidence,
  grantsEverything,
  isExpectedAdminRole,
  wideSeverity,
  wildcardGrantsOf,
} from './iam-shared.js';

type User = ResourceOfType<'iam:user'>;
type Role = ResourceOfType<'iam:role'>;
type Group = ResourceOfType<'iam:group'>;
type Principal = User | Role | Group;

const AWS_ADMIN_POLICY = /^arn:aws[a-z-]*:iam::aws:policy\/AdministratorAccess$/;

/** Member count of a group, or null when the account's users were not all read. */
function memberCount(ctx: RuleContext, group: Group): number | null {
  if (!ctx.listed(group.account, 'iam:user', 'global')) return null;
  return ctx
    .resources('iam:user')
    .filter((u) => u.account === group.account && u.attributes.groups.includes(group.id)).length;
}

/**
 * Where a principal gets administrator access: inline *:* policies and AWS's AdministratorAccess,
 * with the controls each fails: CIS 2.15 judges attached managed policies, not inline ones.
 */
function adminSources(
  principal: Principal,
): { subKey: string; text: string; policy: string; references: RuleHit['references'] }[] {
  const inline = principal.attributes.inlinePolicies
    .filter((p) => grantsEverything(p.document))
    .map((p) => ({
      subKey: `inline:${p.name}`,
      text: `inline policy ${p.name} allows every action on every resource`,
      policy: p.name,
      references: { cis: [] },
    }));
  const managed = principal.attributes.attachedPolicyArns
    .filter((arn) => AWS_ADMIN_POLICY.test(arn))
    .map((arn) => ({
      subKey: arn,
      text: 'the AWS-managed AdministratorAccess policy is attached',
      policy: arn,
      references: { cis: ['2.15'] },
    }));
  return [...inline, ...managed];
}

const principalAdminRemediation = (kind: string) => ({
  text: `Grant the ${kind} only the permissions it needs: remove the inline policy (aws iam delete-${kind}-policy) or detach AdministratorAccess (aws iam detach-${kind}-policy), after putting a scoped policy in place.`,
  cli: `aws iam list-attached-${kind}-policies --${kind}-name {name}`,
  console: `IAM console > ${kind === 'user' ? 'Users' : kind === 'group' ? 'User groups' : 'Roles'} > the ${kind} > Permissions`,
});

export const userFullAdmin = defineRule(
  {
    id: 'iam.user-full-admin',
    title: 'IAM user has full administrator access',
    severity: 'high',
    category: 'security',
    resourceType: 'iam:user',
    reads: ['iam:user'],
    description:
      "An IAM user has an inline policy allowing every action on every resource, or AWS's AdministratorAccess attached. Customer-managed *:* policies are reported once, on the policy (iam.policy-full-admin).",
    risk: 'An IAM user’s long-lived password or keys with administrator rights are the most valuable credentials in the account: one leak is a full compromise.',
    remediation: principalAdminRemediation('user'),
    references: {
      cis: ['2.15'],
      docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'],
    },
  },
  (ctx) =>
    ctx
      .resources('iam:user')
      .filter((u) => ctx.known(u, 'inlinePolicies', 'attachedPolicyArns'))
      .flatMap((user) =>
        adminSources(user).map((source) => ({
          target: user,
          subKey: source.subKey,
          message: `IAM user ${user.id} has full administrator access: ${source.text}.`,
          evidence: { policy: source.policy },
          references: source.references,
        })),
      ),
);

export const groupFullAdmin = defineRule(
  {
    id: 'iam.group-full-admin',
    title: 'IAM group grants full administrator access',
    severity: 'high',
    category: 'security',
    resourceType: 'iam:group',
    reads: ['iam:group'],
    consults: ['iam:user'],
    description:
      "An IAM group has an inline policy allowing every action on every resource, or AWS's AdministratorAccess attached, so every member is an administrator. Reported as medium while the group has no members. Customer-managed *:* policies are reported on the policy (iam.policy-full-admin).",
    risk: 'Every member’s password and keys become administrator credentials, and adding a user to the group silently makes them an administrator.',
    remediation: principalAdminRemediation('group'),
    references: {
      cis: ['2.15'],
      docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'],
    },
  },
  (ctx) =>
    ctx
      .resources('iam:group')
      .filter((g) => ctx.known(g, 'inlinePolicies', 'attachedPolicyArns'))
      .flatMap((group) => {
        const members = memberCount(ctx, group);
        const note =
          members === null
            ? ''
            : members === 0
              ? ' It has no members today.'
              : ` It has ${members} member(s).`;
        return adminSources(group).map((source) => ({
          target: group,
          subKey: source.subKey,
          message: `IAM group ${group.id} grants full administrator access: ${source.text}.${note}`,
          evidence: { policy: source.policy, members: members ?? 'unknown' },
          references: source.references,
          ...(members === 0 ? { severity: 'medium' as const } : {}),
        }));
      }),
);

export const roleFullAdmin = defineRule(
  {
    id: 'iam.role-full-admin',
    title: 'IAM role has full administrator access',
    severity: 'high',
    category: 'security',
    resourceType: 'iam:role',
    reads: ['iam:role'],
    description:
      "An IAM role has an inline policy allowing every action on every resource, or AWS's AdministratorAccess attached. Roles that are administrators by design are skipped: service-linked roles, IAM Identity Center roles (path /aws-reserved/), OrganizationAccountAccessRole and AWSControlTowerExecution. Roles only AWS services can assume (such as a CloudFormation execution role) are reported as medium.",
    risk: 'Whoever can assume the role, or any workload running with it, can do anything in the account; a compromised workload or a too-broad trust policy becomes a full compromise.',
    remediation: principalAdminRemediation('role'),
    references: {
      cis: ['2.15'],
      docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'],
    },
    deviations: {
      'CIS 2.15':
        'Roles that are administrators by design (service-linked, IAM Identity Center, OrganizationAccountAccessRole, AWSControlTowerExecution) are skipped; CIS 2.15 also fails AdministratorAccess attached to them.',
    },
  },
  (ctx) =>
    ctx
      .resources('iam:role')
      .filter((r) => ctx.known(r, 'inlinePolicies', 'attachedPolicyArns') && !isExpectedAdminRole(r))
      .flatMap((role) => {
        const servicesOnly =
          ctx.known(role, 'assumeRolePolicy') && trustsOnlyServices(role.attributes.assumeRolePolicy);
        const note = servicesOnly ? ' Only AWS services can assume it.' : '';
        return adminSources(role).map((source) => ({
          target: role,
          subKey: source.subKey,
          message: `IAM role ${role.id} has full administrator access: ${source.text}.${note}`,
          evidence: { policy: source.policy, assumableOnlyByServices: servicesOnly },
          references: source.references,
          ...(servicesOnly ? { severity: 'medium' as const } : {}),
        }));
      }),
);

/** Inline policies of a principal that grant whole services (or NotAction) on broad resources. */
function inlineWideHits(principal: Principal, kind: string): RuleHit[] {
  return principal.attributes.inlinePolicies.flatMap((policy): RuleHit[] => {
    if (grantsEverything(policy.document)) return [];
    const grants = wildcardGrantsOf(policy.document).filter((g) => g.broad);
    if (grants.length === 0) return [];
    return [
      {
        target: principal,
        subKey: `inline:${policy.name}`,
        message: `Inline policy ${policy.name} of IAM ${kind} ${principal.id} allows ${grants.map(describeGrant).join('; and ')}.`,
        evidence: { policy: policy.name, grants: grantEvidence(grants) },
        severity: wideSeverity(grants),
        templateValues: { policyName: policy.name },
      },
    ];
  });
}

const inlineWildcardMetadata = (kind: 'user' | 'group' | 'role') => ({
  title: `IAM ${kind} inline policy allows every action of a service`,
  severity: 'medium' as const,
  category: 'security' as const,
  description: `An inline policy of an IAM ${kind} allows "service:*" (such as dynamodb:* or s3:*), Action "*", or NotAction on broad resources (*, table/*, arn:aws:s3:::*). High for NotAction. Grants on named resources are not reported for inline policies${kind === 'role' ? '; roles skipped by iam.role-full-admin are skipped here too' : ''}.`,
  risk: 'A service wildcard on every resource of the service grants destructive and permission-changing actions (deleting tables, rewriting bucket policies) on everything, far beyond what the workload uses.',
  remediation: {
    text: `Replace the wildcard with the actions the ${kind} uses (IAM last-accessed data and Access Analyzer policy generation show them), on the resources it needs.`,
    cli: `aws iam get-${kind}-policy --${kind}-name {name} --policy-name {policyName}`,
    console: `IAM console > ${kind === 'user' ? 'Users' : kind === 'group' ? 'User groups' : 'Roles'} > the ${kind} > Permissions > the inline policy > Edit`,
  },
  references: {
    docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor.html'],
  },
});

export const userInlineServiceWildcard = defineRule(
  {
    id: 'iam.user-inline-service-wildcard',
    resourceType: 'iam:user',
    reads: ['iam:user'],
    ...inlineWildcardMetadata('user'),
  },
  (ctx) =>
    ctx
      .resources('iam:user')
      .filter((u) => ctx.known(u, 'inlinePolicies'))
      .flatMap((u) => inlineWideHits(u, 'user')),
);

export const groupInlineServiceWildcard = defineRule(
  {
    id: 'iam.group-inline-service-wildcard',
    resourceType: 'iam:group',
    reads: ['iam:group'],
    ...inlineWildcardMetadata('group'),
  },
  (ctx) =>
    ctx
      .resources('iam:group')
      .filter((g) => ctx.known(g, 'inlinePolicies'))
      .flatMap((g) => inlineWideHits(g, 'group')),
);

export const roleInlineServiceWildcard = defineRule(
  {
    id: 'iam.role-inline-service-wildcard',
    resourceType: 'iam:role',
    reads: ['iam:role'],
    ...inlineWildcardMetadata('role'),
  },
  (ctx) =>
    ctx
      .resources('iam:role')
      .filter((r) => ctx.known(r, 'inlinePolicies') && !isExpectedAdminRole(r))
      .flatMap((r) => inlineWideHits(r, 'role')),
);

export const userPoliciesAttached = defineRule(
  {
    id: 'iam.user-policies-attached',
    title: 'IAM user has policies attached directly',
    severity: 'low',
    category: 'hygiene',
    resourceType: 'iam:user',
    reads: ['iam:user'],
    description:
      'An IAM user has managed policies attached or inline policies of its own, rather than receiving permissions only through groups (or roles).',
    risk: 'Permissions given user by user drift apart and outlive the job they were for: nobody can tell who may do what without reading every user, and leavers keep rights their group would have lost.',
    remediation: {
      text: 'Put the user in a group that carries the permissions (or move the workload to a role), then detach the managed policies and delete the inline ones.',
      cli: 'aws iam list-attached-user-policies --user-name {name}',
      console: 'IAM console > Users > the user > Permissions',
    },
    references: {
      fsbp: ['IAM.2'],
      cis: ['2.14'],
      docs: [
        'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#use-groups-for-permissions',
      ],
    },
  },
  (ctx) =>
    ctx
      .resources('iam:user')
      .filter((u) => ctx.known(u, 'attachedPolicyArns', 'inlinePolicies'))
      .flatMap((user): RuleHit[] => {
        const { attachedPolicyArns, inlinePolicies } = user.attributes;
        if (attachedPolicyArns.length + inlinePolicies.length === 0) return [];
        return [
          {
            target: user,
            message: `IAM user ${user.id} has ${attachedPolicyArns.length} managed and ${inlinePolicies.length} inline policies of its own.`,
            evidence: { attachedPolicyArns, inlinePolicies: inlinePolicies.map((p) => p.name) },
          },
        ];
      }),
);
