/** IAM: users and roles whose own policies let them raise their own permissions. */
import type { ResourceOfType } from '../../inventory/resources/index.js';
import {
  anyAllowsEverything,
  escalationPaths,
  trustsOnlyServices,
  type NamedDocument,
} from '../../policy/index.js';
import type { RuleContext } from '../context.js';
import { defineRule, type RuleHit } from '../model.js';
import { isExpectedAdminRole, quoted } from './iam-shared.js';

type User = ResourceOfType<'iam:user'>;
type Role = ResourceOfType<'iam:role'>;
type Group = ResourceOfType<'iam:group'>;

const AWS_MANAGED = /^arn:aws[a-z-]*:iam::aws:policy\//;
const ADMIN = /^arn:aws[a-z-]*:iam::aws:policy\/AdministratorAccess$/;
/** AWS-managed policies whose documents are known here: IAMFullAccess allows iam:* on *. */
const KNOWN_AWS_MANAGED: Readonly<Record<string, unknown>> = {
  IAMFullAccess: { Statement: [{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }] },
};
/** AWS-managed policies that deny (AWSDenyAll, the quarantine AWS attaches to a leaked key's user). */
const DENYING_AWS_MANAGED = /^(AWSDenyAll|AWSCompromisedKeyQuarantine)/;

/**
 * The documents of the attached policies, or null when one that might deny could not be read
 * (a customer-managed policy not in the inventory or unread, an AWS-managed deny-all): not judged.
 * Other AWS-managed policies only allow; their documents are not read, so their grants are missed.
 */
function attachedDocuments(ctx: RuleContext, account: string, arns: readonly string[], holder: string) {
  const documents: NamedDocument[] = [];
  for (const arn of arns) {
    const name = arn.split('/').at(-1) ?? arn;
    if (AWS_MANAGED.test(arn)) {
      if (DENYING_AWS_MANAGED.test(name)) return null;
      const known = KNOWN_AWS_MANAGED[name];
      if (known) documents.push({ name: `${holder}AWS-managed ${name}`, document: known });
      continue;
    }
    const policy = ctx.resources('iam:policy').find((p) => p.account === account && p.arn === arn);
    if (!policy || !ctx.known(policy, 'document')) return null;
    documents.push({ name: `${holder}managed ${policy.id}`, document: policy.attributes.document });
  }
  return documents;
}

const inlineDocuments = (policies: { name: string; document: unknown }[], holder: string) =>
  policies.map((p) => ({ name: `${holder}inline ${p.name}`, document: p.document }));

/** The permissions boundary's document; undefined when there is none, null when it cannot be judged. */
function boundaryOf(
  ctx: RuleContext,
  account: string,
  arn: string | null,
): NamedDocument[] | null | undefined {
  if (arn === null) return undefined;
  const policy = ctx.resources('iam:policy').find((p) => p.account === account && p.arn === arn);
  if (!policy || !ctx.known(policy, 'document')) return null;
  return [{ name: `boundary ${policy.id}`, document: policy.attributes.document }];
}

/** Everything a user's policies and its groups' say, or null when some of it is unknown. */
function userDocuments(ctx: RuleContext, user: User): { documents: NamedDocument[]; admin: boolean } | null {
  if (!ctx.known(user, 'inlinePolicies', 'attachedPolicyArns', 'groups')) return null;
  const groups: Group[] = [];
  for (const name of user.attributes.groups) {
    const group = ctx.resources('iam:group').find((g) => g.account === user.account && g.id === name);
    if (!group || !ctx.known(group, 'inlinePolicies', 'attachedPolicyArns')) return null;
    groups.push(group);
  }
  const own = attachedDocuments(ctx, user.account, user.attributes.attachedPolicyArns, '');
  if (!own) return null;
  const documents = [...inlineDocuments(user.attributes.inlinePolicies, ''), ...own];
  for (const group of groups) {
    const holder = `group ${group.id} `;
    const attached = attachedDocuments(ctx, group.account, group.attributes.attachedPolicyArns, holder);
    if (!attached) return null;
    documents.push(...inlineDocuments(group.attributes.inlinePolicies, holder), ...attached);
  }
  const arns = [
    ...user.attributes.attachedPolicyArns,
    ...groups.flatMap((g) => g.attributes.attachedPolicyArns),
  ];
  return { documents, admin: arns.some((arn) => ADMIN.test(arn)) || anyAllowsEverything(documents) };
}

function roleDocuments(ctx: RuleContext, role: Role): { documents: NamedDocument[]; admin: boolean } | null {
  if (!ctx.known(role, 'inlinePolicies', 'attachedPolicyArns')) return null;
  const attached = attachedDocuments(ctx, role.account, role.attributes.attachedPolicyArns, '');
  if (!attached) return null;
  const documents = [...inlineDocuments(role.attributes.inlinePolicies, ''), ...attached];
  return {
    documents,
    admin:
      role.attributes.attachedPolicyArns.some((arn) => ADMIN.test(arn)) || anyAllowsEverything(documents),
  };
}

/** The hit for an identity with escalation paths, or none. */
function escalationHit(
  ctx: RuleContext,
  identity: User | Role,
  kind: 'user' | 'role',
  read: { documents: NamedDocument[]; admin: boolean } | null,
): RuleHit[] {
  // Full administrators are reported by the *-full-admin rules: nothing to escalate to.
  if (!read || read.admin) return [];
  const boundary = boundaryOf(ctx, identity.account, identity.attributes.permissionsBoundaryArn);
  if (boundary === null) return [];
  const found = escalationPaths(kind, read.documents, boundary ?? null);
  if (found.length === 0) return [];
  const servicesOnly =
    identity.type === 'iam:role' &&
    ctx.known(identity, 'assumeRolePolicy') &&
    trustsOnlyServices(identity.attributes.assumeRolePolicy);
  return [
    {
      target: identity,
      message: `IAM ${kind} ${identity.id} can raise its own permissions: ${quoted(
        found.map((f) => `${f.path.actions.join(' + ')} (${f.path.how})`),
        3,
      )}.${servicesOnly ? ' Only AWS services can assume it.' : ''}`,
      evidence: {
        paths: found.map((f) => ({
          path: f.path.id,
          actions: f.path.actions,
          grantedBy: f.grants.map((g) => ({ action: g.action, policy: g.policy, statement: g.statement })),
        })),
        permissionsBoundary: identity.attributes.permissionsBoundaryArn,
        ...(identity.type === 'iam:role' ? { assumableOnlyByServices: servicesOnly } : {}),
      },
      ...(servicesOnly ? { severity: 'medium' as const } : {}),
    },
  ];
}

const description = (kind: 'user' | 'role', extra: string) =>
  `The ${kind}'s effective policies (its inline and attached policies${kind === 'user' ? ", and its groups'" : ''}, within its permissions boundary) allow a known privilege-escalation combination (Rhino Security Labs' list, as Prowler's iam_policy_allows_privilege_escalation and iam_inline_policy_allows_privilege_escalation check it), such as iam:CreatePolicyVersion, iam:Attach/Put*Policy, iam:CreateAccessKey on other users, iam:UpdateAssumeRolePolicy with sts:AssumeRole, or iam:PassRole with lambda:CreateFunction and lambda:InvokeFunction, ec2:RunInstances or cloudformation:CreateStack. To stay precise it counts only Allow statements without a Condition whose Resource is * or a bare wildcard of the right type (role/*, user/*), and lets any Deny of the action on such resources (with or without a condition) cancel it. Full administrators are left to the *-full-admin rules. Not judged when a customer-managed policy, group or boundary could not be read, or an AWS-managed deny-all policy is attached; AWS-managed policies other than AdministratorAccess and IAMFullAccess are not read, and SCPs are not seen.${extra}`;

const remediation = (kind: 'user' | 'role') => ({
  text: `Remove the escalation actions from the ${kind}'s policies, or narrow them: iam:PassRole to the named roles it must pass (with iam:PassedToService), IAM write actions to named resources or behind an iam:PermissionsBoundary condition, and set a permissions boundary on the ${kind}.`,
  cli: `aws iam list-attached-${kind}-policies --${kind}-name {name}`,
  console: `IAM console > ${kind === 'user' ? 'Users' : 'Roles'} > the ${kind} > Permissions`,
});

const references = {
  docs: [
    'https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html',
  ],
};

export const userPrivilegeEscalation = defineRule(
  {
    id: 'iam.user-privilege-escalation',
    title: 'IAM user can escalate its own privileges',
    severity: 'high',
    category: 'security',
    resourceType: 'iam:user',
    reads: ['iam:user', 'iam:group', 'iam:policy'],
    description: description('user', ''),
    risk: "Whoever holds the user's password or keys can make themselves an administrator (or act as one) in a few calls: the user's apparent limits are not real ones.",
    remediation: remediation('user'),
    references,
  },
  (ctx) =>
    ctx
      .resources('iam:user')
      .filter((u) => ctx.known(u, 'permissionsBoundaryArn'))
      .flatMap((user) => escalationHit(ctx, user, 'user', userDocuments(ctx, user))),
);

export const rolePrivilegeEscalation = defineRule(
  {
    id: 'iam.role-privilege-escalation',
    title: 'IAM role can escalate its own privileges',
    severity: 'high',
    category: 'security',
    resourceType: 'iam:role',
    reads: ['iam:role', 'iam:policy'],
    description: description(
      'role',
      ' Roles skipped by iam.role-full-admin (service-linked, IAM Identity Center, OrganizationAccountAccessRole, AWSControlTowerExecution) are skipped; a role only AWS services can assume is reported as medium.',
    ),
    risk: 'Any workload running with the role, or anyone who can assume it, can make itself an administrator (or act as one) in a few calls.',
    remediation: remediation('role'),
    references,
  },
  (ctx) =>
    ctx
      .resources('iam:role')
      .filter((r) => !isExpectedAdminRole(r) && ctx.known(r, 'permissionsBoundaryArn'))
      .flatMap((role) => escalationHit(ctx, role, 'role', roleDocuments(ctx, role))),
);
