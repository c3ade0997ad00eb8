/** IAM: customer-managed policies that allow everything, or every action of a service. */
import type { ResourceOfType } from '../../inventory/resources/index.js';
import { allowsEverything, labelOf, statementsOf } from '../../policy/index.js';
import type { RuleContext } from '../context.js';
import { defineRule, type RuleHit } from '../model.js';
import {
  describeGrant,
  grantEvidence,
  grantsEverything,
  quoted,
  wideSeverity,
  wildcardGrantsOf,
} from './iam-shared.js';

type Policy = ResourceOfType<'iam:policy'>;
type PrincipalType = 'iam:user' | 'iam:role' | 'iam:group';
type Principal = ResourceOfType<PrincipalType>;

const KIND_NAME: Record<PrincipalType, string> = {
  'iam:user': 'user',
  'iam:role': 'role',
  'iam:group': 'group',
};

/** Users, groups and roles of the account that attach a managed policy. */
function attachedTo(ctx: RuleContext, policy: Policy): string[] {
  const principals: Principal[] = [
    ...ctx.resources('iam:user'),
    ...ctx.resources('iam:group'),
    ...ctx.resources('iam:role'),
  ];
  return principals
    .filter((p) => p.account === policy.account && p.attributes.attachedPolicyArns.includes(policy.arn))
    .map((p) => `${KIND_NAME[p.type]} ${p.id}`)
    .sort();
}

const policyConsole = 'IAM console > Policies > the policy > Permissions / Entities attached';

export const policyFullAdmin = defineRule(
  {
    id: 'iam.policy-full-admin',
    title: 'Customer-managed policy allows every action on every resource',
    severity: 'high',
    category: 'security',
    resourceType: 'iam:policy',
    reads: ['iam:policy'],
    consults: ['iam:user', 'iam:group', 'iam:role'],
    description:
      'The default version of a customer-managed policy has an Allow statement with Action "*" on Resource "*". Reported as medium while it is attached to nothing. Users, groups and roles that attach it are listed in the evidence; they get no separate finding for it.',
    risk: 'Whoever holds the policy can do anything in the account, including granting themselves more and erasing their tracks; one compromised principal is a full compromise.',
    remediation: {
      text: 'Replace the statement with the actions and resources the holders need (IAM Access Analyzer can generate a policy from CloudTrail activity), or detach the policy and keep administrator access for a few break-glass roles.',
      cli: 'aws iam list-entities-for-policy --policy-arn {arn}',
      console: policyConsole,
    },
    references: {
      fsbp: ['IAM.1'],
      cis: ['2.15'],
      docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'],
    },
    deviations: {
      'FSBP IAM.1':
        'IAM.1 leaves out policies used as permissions boundaries (excludePermissionBoundaryPolicy); the inventory does not record which policies are boundaries, so such a policy is reported here.',
    },
  },
  (ctx) =>
    ctx
      .resources('iam:policy')
      .filter((p) => ctx.known(p, 'document'))
      .flatMap((policy): RuleHit[] => {
        const admin = statementsOf(policy.attributes.document).filter(allowsEverything).map(labelOf);
        if (admin.length === 0) return [];
        const holders = attachedTo(ctx, policy);
        const attached = policy.attributes.attachmentCount;
        const note =
          attached === 0
            ? ' It is attached to nothing today.'
            : ` It is attached ${attached} time(s)${holders.length > 0 ? `: ${quoted(holders, 5)}` : ''}.`;
        return [
          {
            target: policy,
            message: `Customer-managed policy ${policy.id} (version ${policy.attributes.defaultVersionId ?? 'unknown'}) allows every action on every resource (statement ${admin.join(', ')}).${note}`,
            evidence: {
              policyArn: policy.arn,
              defaultVersionId: policy.attributes.defaultVersionId,
              statements: admin,
              attachmentCount: attached,
              attachedTo: holders,
            },
            ...(attached === 0 ? { severity: 'medium' as const } : {}),
            // CIS 2.15 judges attached policies; IAM.1 every customer-managed one.
            references: { cis: attached > 0 ? ['2.15'] : [] },
          },
        ];
      }),
);

export const policyServiceWildcard = defineRule(
  {
    id: 'iam.policy-service-wildcard',
    title: 'Customer-managed policy allows every action of a service',
    severity: 'medium',
    category: 'security',
    resourceType: 'iam:policy',
    reads: ['iam:policy'],
    description:
      'The default version of a customer-managed policy allows "service:*" (every action of a service, such as s3:* or dynamodb:*), Action "*" on specific resources, or NotAction. Medium when the resources are broad (*, table/*, arn:aws:s3:::*), high for NotAction on broad resources, low on named resources. Policies that already allow *:* are left to iam.policy-full-admin.',
    risk: 'A service wildcard grants today’s and tomorrow’s actions of the service, including destructive and permission-changing ones (s3:PutBucketPolicy, dynamodb:DeleteTable, iam:*), far beyond what the workload uses.',
    remediation: {
      text: 'List the actions the holders use (IAM Access Analyzer policy generation or last-accessed data) and allow those; prefix wildcards such as dynamodb:Get* are acceptable where needed.',
      cli: 'aws iam get-policy-version --policy-arn {arn} --version-id $(aws iam get-policy --policy-arn {arn} --query Policy.DefaultVersionId --output text)',
      console: policyConsole,
    },
    references: {
      fsbp: ['IAM.21'],
      docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('iam:policy')
      .filter((p) => ctx.known(p, 'document'))
      .flatMap((policy): RuleHit[] => {
        const { document } = policy.attributes;
        if (grantsEverything(document)) return [];
        const grants = wildcardGrantsOf(document);
        if (grants.length === 0) return [];
        return [
          {
            target: policy,
            message: `Customer-managed policy ${policy.id} allows ${grants.map(describeGrant).join('; and ')}. It is attached ${policy.attributes.attachmentCount} time(s).`,
            evidence: {
              policyArn: policy.arn,
              grants: grantEvidence(grants),
              attachmentCount: policy.attributes.attachmentCount,
            },
            severity: wideSeverity(grants),
          },
        ];
      }),
);
