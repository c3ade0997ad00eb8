/** IAM roles trusted by CI systems' OIDC tokens: who, outside the account, can become them. */
import { labelOf, oidcTrusts, type OidcProvider, type OidcTrust } from '../../policy/index.js';
import { defineRule, type RuleHit } from '../model.js';

const NAMES: Readonly<Record<OidcProvider, { service: string; unit: string; owner: string }>> = {
  github: { service: 'GitHub Actions', unit: 'repository', owner: 'owner' },
  gitlab: { service: 'GitLab CI', unit: 'project', owner: 'group' },
  'terraform-cloud': { service: 'HCP Terraform', unit: 'workspace', owner: 'organization' },
  bitbucket: { service: 'Bitbucket Pipelines', unit: 'repository', owner: 'workspace' },
};

/** What a pinned subject looks like for each provider, for the remediation. */
const EXAMPLE_SUBJECT: Readonly<Record<OidcProvider, string>> = {
  github: 'repo:your-org/your-repo:environment:production',
  gitlab: 'project_path:your-group/your-project:ref_type:branch:ref:main',
  'terraform-cloud': 'organization:your-org:project:your-project:workspace:your-workspace:run_phase:apply',
  bitbucket: '{repository-uuid}:*',
};

const subjectsText = (trust: OidcTrust) =>
  trust.subjects.length === 0
    ? 'no condition on sub'
    : `sub limited to ${trust.subjects.map((s) => JSON.stringify(s)).join(', ')}`;

const trustEvidence = (trust: OidcTrust) => ({
  statement: labelOf(trust.statement),
  issuer: trust.issuer,
  provider: trust.provider,
  subjects: trust.subjects,
  audiences: trust.audiences,
});

const TRUST_DOCS = [
  'https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services',
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html',
];

export const roleOidcSubjectUnpinned = defineRule(
  {
    id: 'iam.role-oidc-subject-unpinned',
    title: "IAM role trusts a CI system's OIDC tokens without pinning who",
    severity: 'critical',
    category: 'security',
    resourceType: 'iam:role',
    reads: ['iam:role'],
    description:
      "A role's trust policy lets OIDC tokens of GitHub Actions (token.actions.githubusercontent.com), GitLab CI (gitlab.com), HCP Terraform (app.terraform.io) or Bitbucket Pipelines assume it (sts:AssumeRoleWithWebIdentity) with no StringEquals/StringLike condition on the token's sub, or with one whose owner part is a wildcard: critical, since any user of that service can assume it. A sub that pins the owner but leaves the repository (project, workspace) a wildcard is medium: any repository of that owner, including ones its members create. Subjects in a customised form this check cannot read are not judged.",
    risk: "Anyone who can run a workflow on the CI service (which is anyone with a free account) can mint a token the role accepts and act with the role's permissions in this account. The aud condition does not help: every token of the service carries the same audience.",
    remediation: {
      text: 'Add a StringEquals (or StringLike with no wildcard in the owner and repository) condition on the provider’s sub claim naming the exact repository and, better, the branch or GitHub environment that deploys, for example sub = repo:your-org/your-repo:environment:production, and keep the aud condition.',
      cli: 'aws iam get-role --role-name {name} --query Role.AssumeRolePolicyDocument',
      console: 'IAM console > Roles > the role > Trust relationships > Edit trust policy',
    },
    references: { docs: TRUST_DOCS },
  },
  (ctx) =>
    ctx.resources('iam:role').flatMap((role) =>
      oidcTrusts(role.attributes.assumeRolePolicy)
        .filter((trust) => trust.reach !== 'pinned')
        .map((trust): RuleHit => {
          const { service, unit, owner } = NAMES[trust.provider];
          const who =
            trust.reach === 'any-owner'
              ? `any ${service} ${unit} of any ${owner} can assume it`
              : `any ${unit} of the named ${owner} can assume it, including new ones its members create`;
          return {
            target: role,
            subKey: `${labelOf(trust.statement)}:${trust.issuer}`,
            message: `Role ${role.id} trusts ${service} OIDC tokens (${trust.issuer}) in statement ${labelOf(trust.statement)} with ${subjectsText(trust)}: ${who}.`,
            evidence: {
              ...trustEvidence(trust),
              reach: trust.reach,
              example: EXAMPLE_SUBJECT[trust.provider],
            },
            ...(trust.reach === 'any-repository' ? { severity: 'medium' as const } : {}),
          };
        }),
    ),
);

export const roleOidcAudienceUnpinned = defineRule(
  {
    id: 'iam.role-oidc-audience-unpinned',
    title: "IAM role trusts a CI system's OIDC tokens without pinning the audience",
    severity: 'low',
    category: 'security',
    resourceType: 'iam:role',
    reads: ['iam:role'],
    description:
      "A role's trust policy lets OIDC tokens of GitHub Actions, GitLab CI, HCP Terraform or Bitbucket Pipelines assume it with no StringEquals/StringLike condition on the token's aud (a wildcard value does not count). STS still checks the audience against the identity provider's client ID list, so this is defence in depth.",
    risk: 'Without an aud condition, a token minted for another audience that the identity provider also lists is accepted, and the trust policy no longer says on its own which tokens it takes.',
    remediation: {
      text: 'Add a StringEquals condition on the provider’s aud claim: sts.amazonaws.com for GitHub Actions (its default), aws.workload.identity for HCP Terraform, and the audience your GitLab or Bitbucket pipeline requests.',
      cli: 'aws iam get-role --role-name {name} --query Role.AssumeRolePolicyDocument',
      console: 'IAM console > Roles > the role > Trust relationships > Edit trust policy',
    },
    references: { docs: TRUST_DOCS },
  },
  (ctx) =>
    ctx.resources('iam:role').flatMap((role) =>
      oidcTrusts(role.attributes.assumeRolePolicy)
        .filter((trust) => trust.audiences.length === 0)
        .map((trust): RuleHit => ({
          target: role,
          subKey: `${labelOf(trust.statement)}:${trust.issuer}`,
          message: `Role ${role.id} trusts ${NAMES[trust.provider].service} OIDC tokens (${trust.issuer}) in statement ${labelOf(trust.statement)} without a condition on aud.`,
          evidence: trustEvidence(trust),
        })),
    ),
);
