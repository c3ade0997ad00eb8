import { allowsAction } from './actions.js';
import { statementsOf, type ConditionClause, type Statement } from './document.js';

/** The CI systems whose OIDC tokens AWS roles commonly trust, and how their `sub` names who asks. */
export type OidcProvider = 'github' | 'gitlab' | 'terraform-cloud' | 'bitbucket';

/** How far a trust statement's `sub` conditions narrow who may assume the role. */
export type SubjectReach =
  /** Any user of the CI service: no `sub` condition, or one whose owner part is a wildcard. */
  | 'any-owner'
  /** Every repository (project, workspace) of one owner: the owner is pinned, the rest is `*`. */
  | 'any-repository'
  /** Narrowed below one owner's repositories, or in a form this check cannot read (not judged). */
  | 'pinned';

export interface OidcTrust {
  /** The statement, as messages name it. */
  statement: Statement;
  provider: OidcProvider;
  /** The provider as IAM names it: `token.actions.githubusercontent.com`. */
  issuer: string;
  subjects: string[];
  reach: SubjectReach;
  /** The `aud` values a positive condition requires; empty when aud is not pinned. */
  audiences: string[];
}

/** Where each provider's `sub` names the owner: GitHub `repo:OWNER/REPO:...`, GitLab `project_path:GROUP/PROJECT:...`. */
const OWNER_PREFIX: Readonly<Record<OidcProvider, string | null>> = {
  github: 'repo:',
  gitlab: 'project_path:',
  'terraform-cloud': 'organization:',
  // The issuer URL already names the workspace; `sub` is `{repository uuid}:{step uuid}`.
  bitbucket: null,
};

/** The provider an issuer belongs to, or null for issuers this check does not know. */
export function providerOf(issuer: string): OidcProvider | null {
  const host = issuer.toLowerCase();
  // GitHub Enterprise Cloud with a unique issuer adds `/<enterprise>` to the host.
  if (
    host === 'token.actions.githubusercontent.com' ||
    host.startsWith('token.actions.githubusercontent.com/')
  )
    return 'github';
  if (host === 'gitlab.com') return 'gitlab';
  if (host === 'app.terraform.io') return 'terraform-cloud';
  if (/^api\.bitbucket\.org\/2\.0\/workspaces\/[^/]+\/pipelines-config\/identity\/oidc$/.test(host))
    return 'bitbucket';
  return null;
}

/** Operators that let a request through only when the claim matches a value (a missing claim fails). */
const PINNING = /^(foranyvalue:|forallvalues:)?(stringequals|stringequalsignorecase|stringlike)(ifexists)?$/;

const isWildcard = (text: string) => /[*?]/.test(text);

/** What one `sub` value admits under its provider's format (before the issuer's own limit). */
function reachOf(provider: OidcProvider, value: string): SubjectReach {
  const text = value.trim();
  if (/^[*?]*$/.test(text)) return 'any-owner';
  const prefix = OWNER_PREFIX[provider];
  // Bitbucket: `{repository uuid}:{step uuid}`, the repository first.
  if (prefix === null) return isWildcard(text.split(':')[0] ?? '') ? 'any-repository' : 'pinned';
  // Another claim first (a customised GitHub subject) is read as pinned unless it starts wild.
  if (!text.startsWith(prefix)) return /^[*?]/.test(text) ? 'any-owner' : 'pinned';
  const rest = text.slice(prefix.length);
  const cut = rest.indexOf(provider === 'terraform-cloud' ? ':' : '/');
  if (cut < 0 || isWildcard(rest.slice(0, cut))) return 'any-owner';
  const below = rest.slice(cut + 1);
  if (provider === 'terraform-cloud') {
    const [projectKey, project, workspaceKey, workspace] = below.split(':');
    const named = projectKey === 'project' && workspaceKey === 'workspace' && project && workspace;
    return named && !isWildcard(project) && !isWildcard(workspace) ? 'pinned' : 'any-repository';
  }
  // GitHub `OWNER/REPO:...`, GitLab `GROUP/SUBGROUP/PROJECT:...`: a wildcard in the name admits repositories anyone in the owner can create.
  return isWildcard(below.split(':')[0] ?? '') ? 'any-repository' : 'pinned';
}

const RANK: Readonly<Record<SubjectReach, number>> = { 'any-owner': 2, 'any-repository': 1, pinned: 0 };

/**
 * The narrowest reach among a statement's pinning `sub` clauses (conditions are ANDed), each clause
 * as wide as its widest value (values are ORed); `any-owner` when no clause pins `sub`.
 */
function subjectReach(provider: OidcProvider, clauses: ConditionClause[]): SubjectReach {
  const widest = (a: SubjectReach, b: SubjectReach) => (RANK[b] > RANK[a] ? b : a);
  const narrowest = (a: SubjectReach, b: SubjectReach) => (RANK[b] < RANK[a] ? b : a);
  const reach = clauses
    .map((clause) => clause.values.map((value) => reachOf(provider, value)).reduce(widest, 'pinned'))
    .reduce(narrowest, 'any-owner');
  // A Bitbucket issuer is one workspace's: at worst, every repository of it.
  return provider === 'bitbucket' ? narrowest(reach, 'any-repository') : reach;
}

const pinningClauses = (statement: Statement, key: string) =>
  statement.condition.filter(
    (clause) =>
      clause.key.toLowerCase() === key.toLowerCase() &&
      PINNING.test(clause.operator.toLowerCase()) &&
      clause.values.length > 0,
  );

/**
 * Every Allow statement of a trust policy that lets a known CI provider's OIDC tokens assume the
 * role (sts:AssumeRoleWithWebIdentity), with how far its `sub` and `aud` conditions narrow it.
 */
export function oidcTrusts(document: unknown): OidcTrust[] {
  return statementsOf(document).flatMap((statement): OidcTrust[] => {
    if (statement.effect !== 'Allow' || statement.principal === null || statement.principal === '*')
      return [];
    if (!allowsAction(statement, 'sts:AssumeRoleWithWebIdentity')) return [];
    return (statement.principal.Federated ?? []).flatMap((federated): OidcTrust[] => {
      const issuer = federated.replace(/^arn:aws[a-z-]*:iam::\d{12}:oidc-provider\//, '');
      const provider = providerOf(issuer);
      if (!provider) return [];
      const subClauses = pinningClauses(statement, `${issuer}:sub`);
      return [
        {
          statement,
          provider,
          issuer,
          subjects: subClauses.flatMap((clause) => clause.values),
          reach: subjectReach(provider, subClauses),
          audiences: pinningClauses(statement, `${issuer}:aud`)
            .flatMap((clause) => clause.values)
            .filter((value) => !isWildcard(value)),
        },
      ];
    });
  });
}
