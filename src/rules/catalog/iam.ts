import type { ResourceOfType } from '../../inventory/resources/index.js';
import type { RuleContext } from '../context.js';
import { defineRule, type Rule, type RuleHit } from '../model.js';

type Account = ResourceOfType<'iam:account'>;
type User = ResourceOfType<'iam:user'>;
type Role = ResourceOfType<'iam:role'>;
type Group = ResourceOfType<'iam:group'>;
type Policy = ResourceOfType<'iam:policy'>;
type PrincipalType = 'iam:user' | 'iam:role' | 'iam:group';
type Principal = User | Role | Group;

// ---------------------------------------------------------------------------------------------
// Policy documents
// ---------------------------------------------------------------------------------------------

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A policy element written as one value or an array of them. */
const list = (value: unknown): unknown[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];

const strings = (value: unknown): string[] => list(value).filter((v): v is string => typeof v === 'string');

/** Element names are case-insensitive in practice (`effect`, `Effect`). */
function field(object: Json, name: string): unknown {
  if (name in object) return object[name];
  const key = Object.keys(object).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : object[key];
}

/** An Allow statement of an identity policy, with its elements as lists (null when absent). */
export interface AllowStatement {
  /** The Sid, or `#n` (1-based position) when the statement has none. */
  label: string;
  actions: string[] | null;
  notActions: string[] | null;
  resources: string[] | null;
  notResources: string[] | null;
}

export function allowStatements(document: unknown): AllowStatement[] {
  if (!isObject(document)) return [];
  return list(field(document, 'Statement')).flatMap((statement, index) => {
    if (!isObject(statement)) return [];
    const effect = field(statement, 'Effect');
    if (typeof effect !== 'string' || effect.toLowerCase() !== 'allow') return [];
    const sid = field(statement, 'Sid');
    const element = (name: string) =>
      field(statement, name) === undefined ? null : strings(field(statement, name));
    return [
      {
        label: typeof sid === 'string' && sid !== '' ? sid : `#${index + 1}`,
        actions: element('Action'),
        notActions: element('NotAction'),
        resources: element('Resource'),
        notResources: element('NotResource'),
      },
    ];
  });
}

const isAllActions = (action: string) => action === '*' || action === '*:*';

/** `Effect: Allow` with `Action: "*"` over `Resource: "*"`: every action on everything. */
export const isFullAdmin = (s: AllowStatement) =>
  (s.actions ?? []).some(isAllActions) && (s.resources ?? []).includes('*');

/** `service:*`: every action of one service (`ec2:Describe*` is not). */
const serviceOf = (action: string): string | null => /^([A-Za-z0-9-]+):\*$/.exec(action)?.[1] ?? null;

/**
 * A resource that names every resource of its kind: `*`, or an ARN whose resource part is a bare
 * wildcard, optionally after a resource type (`table/*`, `function:*`, `role/*`). S3 ARNs have no
 * resource type (`arn:aws:s3:::bucket/key`), so there only a leading wildcard counts.
 */
export function isBroadResource(resource: string): boolean {
  if (resource === '*') return true;
  const parts = resource.split(':');
  if (parts[0] !== 'arn' || parts.length < 6) return false;
  const resourcePart = parts.slice(5).join(':');
  if (parts[2] === 's3') return resourcePart.startsWith('*');
  return /^(?:[A-Za-z][A-Za-z0-9-]*[/:])?\*(?:[/:].*)?$/.test(resourcePart);
}

/** What a statement grants beyond named actions: a whole service, every action, or all but some. */
export interface WideGrant {
  statement: string;
  kind: 'service-wildcard' | 'all-actions' | 'not-action';
  /** The wildcard actions, or for `not-action` the actions it leaves out. */
  actions: string[];
  resources: string[];
  /** Resources are written as NotResource: everything except them. */
  resourcesExcluded: boolean;
  broad: boolean;
}

function wideGrants(statements: AllowStatement[]): WideGrant[] {
  return statements
    .filter((s) => !isFullAdmin(s))
    .flatMap((s): WideGrant[] => {
      const resourcesExcluded = s.notResources !== null;
      const resources = s.notResources ?? s.resources ?? [];
      const broad = resourcesExcluded || resources.some(isBroadResource);
      const base = { statement: s.label, resources, resourcesExcluded, broad };
      if (s.notActions !== null) return [{ ...base, kind: 'not-action', actions: s.notActions }];
      const actions = s.actions ?? [];
      const all = actions.filter(isAllActions);
      if (all.length > 0) return [{ ...base, kind: 'all-actions', actions: all }];
      const services = actions.filter((a) => serviceOf(a) !== null);
      return services.length > 0 ? [{ ...base, kind: 'service-wildcard', actions: services }] : [];
    });
}

const quoted = (items: string[], max = 3) =>
  items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;

function describeGrant(grant: WideGrant): string {
  const what =
    grant.kind === 'not-action'
      ? `every action except ${quoted(grant.actions) || 'none'} (NotAction)`
      : grant.kind === 'all-actions'
        ? 'every action of every service (*)'
        : `every action of ${quoted(grant.actions)}`;
  const where = grant.resourcesExcluded
    ? `every resource except ${quoted(grant.resources)}`
    : quoted(grant.resources) || 'no resource';
  return `${what} on ${where}`;
}

const grantEvidence = (grants: WideGrant[]) =>
  grants.map((g) => ({
    statement: g.statement,
    kind: g.kind,
    [g.kind === 'not-action' ? 'notActions' : 'actions']: g.actions,
    [g.resourcesExcluded ? 'notResources' : 'resources']: g.resources,
    broadResources: g.broad,
  }));

/** medium for a whole service on broad resources, high for NotAction on broad ones, low otherwise. */
function wideSeverity(grants: WideGrant[]): 'high' | 'medium' | 'low' {
  if (grants.some((g) => g.broad && g.kind !== 'service-wildcard')) return 'high';
  return grants.some((g) => g.broad) ? 'medium' : 'low';
}

// ---------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------

const accountLabel = (account: Account) =>
  account.attributes.alias ? `${account.id} (${account.attributes.alias})` : account.id;

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : 'never');

const AWS_ADMIN_POLICY = /^arn:aws[a-z-]*:iam::aws:policy\/AdministratorAccess$/;

/** Roles that are administrators by design, managed by AWS services rather than by hand. */
const EXPECTED_ADMIN_ROLE_NAMES = new Set(['OrganizationAccountAccessRole', 'AWSControlTowerExecution']);

function isExpectedAdminRole(role: Role): boolean {
  return (
    role.attributes.isServiceLinked ||
    // IAM Identity Center creates AWSReservedSSO_* roles from permission sets, under this path.
    role.attributes.path.startsWith('/aws-reserved/') ||
    EXPECTED_ADMIN_ROLE_NAMES.has(role.id)
  );
}

/** True when only AWS services (never accounts, users, federated identities or anyone) may assume the role. */
function assumableOnlyByServices(role: Role): boolean {
  const document = role.attributes.assumeRolePolicy;
  if (!isObject(document)) return false;
  const statements = list(field(document, 'Statement')).filter(isObject);
  const allows = statements.filter((s) => {
    const effect = field(s, 'Effect');
    return typeof effect === 'string' && effect.toLowerCase() === 'allow';
  });
  if (allows.length === 0) return false;
  return allows.every((s) => {
    if (field(s, 'NotPrincipal') !== undefined) return false;
    const principal = field(s, 'Principal');
    if (!isObject(principal)) return false;
    return Object.keys(principal).every((key) => key.toLowerCase() === 'service');
  });
}

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

/** Member count of a group, or null when the account's users were not all read. */
function memberCount(ctx: RuleContext, group: Group): number | null {
  if (!ctx.listed(group.account, 'iam:user', 'global')) return null;
  return ctx
    .resources('iam:user')
    .filter((u) => u.account === group.account && u.attributes.groups.includes(group.id)).length;
}

const policyConsole = 'IAM console > Policies > the policy > Permissions / Entities attached';

// ---------------------------------------------------------------------------------------------
// Root user
// ---------------------------------------------------------------------------------------------

export const rootMfaDisabled = defineRule(
  {
    id: 'iam.root-mfa-disabled',
    title: 'Root user has no MFA',
    severity: 'critical',
    category: 'security',
    resourceType: 'iam:account',
    reads: ['iam:account'],
    description:
      "The account's root user has a password but no MFA device, per the IAM credential report. Nothing is reported when the report lacks the root user, or when the account has no root password (centrally managed root access).",
    risk: 'The root user can do anything in the account, including closing it; a phished or reused root password is a full takeover.',
    remediation: {
      text: 'Sign in as the root user and assign an MFA device (a FIDO2 security key, or a virtual MFA device kept on a dedicated device). Then stop using the root user for daily work.',
      console:
        'Sign in as the root user > account menu > Security credentials > Multi-factor authentication (MFA) > Assign MFA device',
    },
    references: {
      fsbp: ['IAM.9'],
      cis: ['2.4'],
      docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html'],
    },
  },
  (ctx) =>
    ctx.resources('iam:account').flatMap((account): RuleHit[] => {
      const { root, summary } = account.attributes;
      if (!ctx.known(account, 'root') || root === null || root.mfaActive) return [];
      // Centralized root access removes the root password: nobody can sign in as root.
      if (ctx.known(account, 'summary') && summary.AccountPasswordPresent === 0) return [];
      return [
        {
          target: account,
          message: `The root user of account ${accountLabel(account)} has no MFA device (root password last used: ${day(root.passwordLastUsed)}).`,
          evidence: { mfaActive: false, passwordLastUsed: root.passwordLastUsed },
        },
      ];
    }),
);

export const rootAccessKeys = defineRule(
  {
    id: 'iam.root-access-keys',
    title: 'Root user has access keys',
    severity: 'critical',
    category: 'security',
    resourceType: 'iam:account',
    reads: ['iam:account'],
    description:
      'The root user has access keys: active ones per the credential report, or any per the account summary (AccountAccessKeysPresent). Inactive keys only are reported as high.',
    risk: 'A root access key gives unrestricted API access to the whole account and cannot be limited by any policy; leaked in code or a laptop, it is a full compromise.',
    remediation: {
      text: 'Sign in as the root user and delete (not just deactivate) its access keys; use IAM roles for automation instead.',
      console:
        'Sign in as the root user > account menu > Security credentials > Access keys > Actions > Delete',
    },
    references: {
      fsbp: ['IAM.4'],
      cis: ['2.3'],
      docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_delete-key.html'],
    },
  },
  (ctx) =>
    ctx.resources('iam:account').flatMap((account): RuleHit[] => {
      const { root, summary } = account.attributes;
      const active = ctx.known(account, 'root') && root !== null ? root.accessKeysActive : null;
      const present =
        ctx.known(account, 'summary') && summary.AccountAccessKeysPresent !== undefined
          ? summary.AccountAccessKeysPresent
          : null;
      const evidence = {
        activeKeys: active ?? 'unknown',
        keysPresent: present ?? 'unknown',
        lastUsed: root?.accessKeyLastUsed ?? null,
      };
      if (active !== null && active > 0) {
        return [
          {
            target: account,
            message: `The root user of account ${accountLabel(account)} has ${active} active access key(s) (last used: ${day(root?.accessKeyLastUsed ?? null)}).`,
            evidence,
          },
        ];
      }
      if (present === null || present === 0) return [];
      return [
        active === 0
          ? {
              target: account,
              message: `The root user of account ${accountLabel(account)} has access keys; all are inactive, but they can be reactivated.`,
              evidence,
              severity: 'high',
            }
          : {
              target: account,
              message: `The root user of account ${accountLabel(account)} has access keys (the credential report was unavailable, so whether they are active is unknown).`,
              evidence,
            },
      ];
    }),
);

// ---------------------------------------------------------------------------------------------
// Users' credentials
// ---------------------------------------------------------------------------------------------

export const consoleUserWithoutMfa = defineRule(
  {
    id: 'iam.user-console-without-mfa',
    title: 'IAM user with a console password has no MFA',
    severity: 'high',
    category: 'security',
    resourceType: 'iam:user',
    reads: ['iam:user'],
    description: 'An IAM user can sign in to the console with a password and has no MFA device.',
    risk: 'A guessed, phished or reused password alone opens the console with all of the user’s permissions.',
    remediation: {
      text: 'Have the user assign an MFA device (or assign one for them), and enforce it with a policy that denies actions when aws:MultiFactorAuthPresent is false. If the user does not need the console, delete the password.',
      cli: 'aws iam delete-login-profile --user-name {name}',
      console:
        'IAM console > Users > the user > Security credentials > Multi-factor authentication (MFA) > Assign MFA device',
    },
    references: {
      fsbp: ['IAM.5'],
      cis: ['2.9'],
      docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('iam:user')
      .filter(
        (u) =>
          ctx.known(u, 'passwordEnabled', 'mfaActive') &&
          u.attributes.passwordEnabled &&
          !u.attributes.mfaActive,
      )
      .map((user) => ({
        target: user,
        message: `IAM user ${user.id} can sign in to the console with a password and has no MFA device (password last used: ${day(user.attributes.passwordLastUsed)}).`,
        evidence: {
          passwordEnabled: true,
          mfaActive: false,
          passwordLastUsed: user.attributes.passwordLastUsed,
        },
      })),
);

export const accessKeyNotRotated = defineRule(
  {
    id: 'iam.access-key-not-rotated',
    title: 'Active access key older than the rotation limit',
    severity: 'medium',
    category: 'security',
    resourceType: 'iam:user',
    reads: ['iam:user'],
    description:
      'An active access key of an IAM user was created (last rotated) more than thresholds.accessKeyMaxAgeDays ago (default 90). The FSBP and CIS references hold for the default of 90 days.',
    risk: 'Old keys have had more time to be copied into scripts, CI systems and laptops; a leaked key stays valid until it is rotated.',
    remediation: {
      text: 'Create a second key, move every consumer to it, deactivate the old key, then delete it. Better: replace long-lived keys with IAM roles (OIDC for CI, instance profiles, IAM Identity Center for people).',
      cli: 'aws iam list-access-keys --user-name {name}',
      console: 'IAM console > Users > the user > Security credentials > Access keys',
    },
    references: {
      fsbp: ['IAM.3'],
      cis: ['2.13'],
      docs: [
        'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console',
      ],
    },
  },
  (ctx) => {
    const maxAge = ctx.thresholds.accessKeyMaxAgeDays;
    return ctx
      .resources('iam:user')
      .filter((u) => ctx.known(u, 'accessKeys'))
      .flatMap((user) =>
        user.attributes.accessKeys.flatMap((key): RuleHit[] => {
          const age = ctx.daysSince(key.lastRotated);
          if (!key.active || age === null || age <= maxAge) return [];
          return [
            {
              target: user,
              subKey: `key-${key.slot}`,
              message: `Access key ${key.slot} of IAM user ${user.id} is active and was created ${age} days ago (${day(key.lastRotated)}), past the ${maxAge}-day rotation limit; last used: ${day(key.lastUsed)}.`,
              evidence: {
                slot: key.slot,
                lastRotated: key.lastRotated,
                ageDays: age,
                maxAgeDays: maxAge,
                lastUsed: key.lastUsed,
              },
            },
          ];
        }),
      );
  },
);

export const credentialsUnused = defineRule(
  {
    id: 'iam.credentials-unused',
    title: 'IAM user credential unused for too long',
    severity: 'medium',
    category: 'security',
    resourceType: 'iam:user',
    reads: ['iam:user'],
    description:
      "A console password or an active access key has not been used for thresholds.unusedCredentialDays or more (default 45, CIS 2.11 and FSBP IAM.22), and is high from thresholds.unusedCredentialHighDays (default 90, FSBP IAM.8). A password never used counts from when it was set, a key never used from when it was created, as in CIS 2.11's audit. The references hold for the defaults.",
    risk: 'Credentials nobody uses are credentials nobody watches: forgotten passwords and keys of people who left are a quiet way in.',
    remediation: {
      text: 'Delete the password (aws iam delete-login-profile) or deactivate the key (aws iam update-access-key --status Inactive), and delete it once nothing breaks.',
      cli: 'aws iam list-access-keys --user-name {name}',
      console: 'IAM console > Users > the user > Security credentials',
    },
    references: {
      fsbp: ['IAM.8', 'IAM.22'],
      cis: ['2.11'],
      docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html'],
    },
  },
  (ctx) => {
    const limit = ctx.thresholds.unusedCredentialDays;
    // Past the high threshold a credential is high, even when the base threshold is set above it.
    const high = ctx.thresholds.unusedCredentialHighDays;
    const severity = (days: number) => (days >= high ? { severity: 'high' as const } : {});
    return ctx.resources('iam:user').flatMap((user): RuleHit[] => {
      const hits: RuleHit[] = [];
      const a = user.attributes;
      if (
        ctx.known(user, 'passwordEnabled', 'passwordLastUsed', 'passwordLastChanged') &&
        a.passwordEnabled
      ) {
        const since = a.passwordLastUsed ?? a.passwordLastChanged;
        const days = ctx.daysSince(since);
        if (days !== null && days >= limit) {
          hits.push({
            target: user,
            subKey: 'password',
            message: a.passwordLastUsed
              ? `The console password of IAM user ${user.id} was last used ${days} days ago (${day(a.passwordLastUsed)}); the limit is ${limit} days.`
              : `The console password of IAM user ${user.id} was never used; it was set ${days} days ago (${day(a.passwordLastChanged)}); the limit is ${limit} days.`,
            evidence: {
              credential: 'password',
              lastUsed: a.passwordLastUsed,
              lastChanged: a.passwordLastChanged,
              unusedDays: days,
              limitDays: limit,
            },
            ...severity(days),
          });
        }
      }
      if (ctx.known(user, 'accessKeys')) {
        for (const key of a.accessKeys) {
          if (!key.active) continue;
          const days = ctx.daysSince(key.lastUsed ?? key.lastRotated);
          if (days === null || days < limit) continue;
          hits.push({
            target: user,
            subKey: `key-${key.slot}`,
            message: key.lastUsed
              ? `Active access key ${key.slot} of IAM user ${user.id} was last used ${days} days ago (${day(key.lastUsed)}${key.lastUsedService ? `, ${key.lastUsedService}` : ''}); the limit is ${limit} days.`
              : `Active access key ${key.slot} of IAM user ${user.id} was never used; it was created ${days} days ago (${day(key.lastRotated)}); the limit is ${limit} days.`,
            evidence: {
              credential: 'access-key',
              slot: key.slot,
              lastUsed: key.lastUsed,
              lastRotated: key.lastRotated,
              unusedDays: days,
              limitDays: limit,
            },
            ...severity(days),
          });
        }
      }
      return hits;
    });
  },
);

// ---------------------------------------------------------------------------------------------
// Administrator and wildcard permissions
// ---------------------------------------------------------------------------------------------

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
      docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'],
    },
  },
  (ctx) =>
    ctx
      .resources('iam:policy')
      .filter((p) => ctx.known(p, 'document'))
      .flatMap((policy): RuleHit[] => {
        const admin = allowStatements(policy.attributes.document).filter(isFullAdmin);
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
            message: `Customer-managed policy ${policy.id} (version ${policy.attributes.defaultVersionId ?? 'unknown'}) allows every action on every resource (statement ${admin.map((s) => s.label).join(', ')}).${note}`,
            evidence: {
              policyArn: policy.arn,
              defaultVersionId: policy.attributes.defaultVersionId,
              statements: admin.map((s) => s.label),
              attachmentCount: attached,
              attachedTo: holders,
            },
            ...(attached === 0 ? { severity: 'medium' as const } : {}),
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
        const statements = allowStatements(policy.attributes.document);
        if (statements.some(isFullAdmin)) return [];
        const grants = wideGrants(statements);
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

/** Where a principal gets administrator access: inline *:* policies and AWS's AdministratorAccess. */
function adminSources(principal: Principal): { subKey: string; text: string; policy: string }[] {
  const inline = principal.attributes.inlinePolicies
    .filter((p) => allowStatements(p.document).some(isFullAdmin))
    .map((p) => ({
      subKey: `inline:${p.name}`,
      text: `inline policy ${p.name} allows every action on every resource`,
      policy: p.name,
    }));
  const managed = principal.attributes.attachedPolicyArns
    .filter((arn) => AWS_ADMIN_POLICY.test(arn))
    .map((arn) => ({
      subKey: arn,
      text: 'the AWS-managed AdministratorAccess policy is attached',
      policy: arn,
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
      docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'],
    },
  },
  (ctx) =>
    ctx
      .resources('iam:role')
      .filter((r) => ctx.known(r, 'inlinePolicies', 'attachedPolicyArns') && !isExpectedAdminRole(r))
      .flatMap((role) => {
        const servicesOnly = ctx.known(role, 'assumeRolePolicy') && assumableOnlyByServices(role);
        const note = servicesOnly ? ' Only AWS services can assume it.' : '';
        return adminSources(role).map((source) => ({
          target: role,
          subKey: source.subKey,
          message: `IAM role ${role.id} has full administrator access: ${source.text}.${note}`,
          evidence: { policy: source.policy, assumableOnlyByServices: servicesOnly },
          ...(servicesOnly ? { severity: 'medium' as const } : {}),
        }));
      }),
);

/** Inline policies of a principal that grant whole services (or NotAction) on broad resources. */
function inlineWideHits(principal: Principal, kind: string): RuleHit[] {
  return principal.attributes.inlinePolicies.flatMap((policy): RuleHit[] => {
    const statements = allowStatements(policy.document);
    if (statements.some(isFullAdmin)) return [];
    const grants = wideGrants(statements).filter((g) => g.broad);
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

// ---------------------------------------------------------------------------------------------
// Password policy
// ---------------------------------------------------------------------------------------------

/** What the password rules require (CIS 2.7 / 2.8 and the FSBP password controls). */
export const PASSWORD_MIN_LENGTH = 14;
export const PASSWORD_REUSE_PREVENTION = 24;

const PASSWORD_CLI =
  'aws iam update-account-password-policy --minimum-password-length 14 --password-reuse-prevention 24 --require-uppercase-characters --require-lowercase-characters --require-numbers --require-symbols --allow-users-to-change-password';
const PASSWORD_REFERENCES = {
  fsbp: ['IAM.7', 'IAM.11', 'IAM.12', 'IAM.13', 'IAM.14', 'IAM.15', 'IAM.16'],
  cis: ['2.7', '2.8'],
  docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html'],
};

/**
 * Whether any IAM user of the account has a console password: false only when every user was read
 * and none has one (then password rules are low), null when unknown.
 */
function anyConsoleUser(ctx: RuleContext, account: string): boolean | null {
  if (!ctx.listed(account, 'iam:user', 'global')) return null;
  const users = ctx.resources('iam:user').filter((u) => u.account === account);
  if (users.some((u) => ctx.known(u, 'passwordEnabled') && u.attributes.passwordEnabled)) return true;
  return users.every((u) => ctx.known(u, 'passwordEnabled')) ? false : null;
}

const noConsoleUsersNote = ' No IAM user of the account has a console password today.';

export const passwordPolicyMissing = defineRule(
  {
    id: 'iam.password-policy-missing',
    title: 'Account has no IAM password policy',
    severity: 'medium',
    category: 'security',
    resourceType: 'iam:account',
    reads: ['iam:account'],
    consults: ['iam:user'],
    description:
      "The account has no custom IAM password policy, so AWS's default applies (8 characters, no character classes, reuse allowed). Reported as low when no IAM user of the account has a console password.",
    risk: 'IAM users can set short, simple and reused passwords, which fall to guessing and credential stuffing.',
    remediation: {
      text: `Set a password policy requiring at least ${PASSWORD_MIN_LENGTH} characters, all four character classes and preventing reuse of the last ${PASSWORD_REUSE_PREVENTION} passwords.`,
      cli: PASSWORD_CLI,
      console: 'IAM console > Account settings > Password policy > Edit',
    },
    references: PASSWORD_REFERENCES,
  },
  (ctx) =>
    ctx
      .resources('iam:account')
      .filter((a) => ctx.known(a, 'passwordPolicy') && a.attributes.passwordPolicy === null)
      .map((account) => {
        const consoleUsers = anyConsoleUser(ctx, account.account);
        return {
          target: account,
          message: `Account ${accountLabel(account)} has no IAM password policy; AWS's default allows 8-character passwords without character classes and reuse of old passwords.${consoleUsers === false ? noConsoleUsersNote : ''}`,
          evidence: { passwordPolicy: null, consoleUsers: consoleUsers ?? 'unknown' },
          ...(consoleUsers === false ? { severity: 'low' as const } : {}),
        };
      }),
);

export const passwordPolicyWeak = defineRule(
  {
    id: 'iam.password-policy-weak',
    title: 'IAM password policy is weaker than recommended',
    severity: 'medium',
    category: 'security',
    resourceType: 'iam:account',
    reads: ['iam:account'],
    consults: ['iam:user'],
    description: `The account's IAM password policy allows passwords shorter than ${PASSWORD_MIN_LENGTH} characters, remembers fewer than ${PASSWORD_REUSE_PREVENTION} previous passwords, or does not require uppercase letters, lowercase letters, numbers and symbols. One finding lists every weakness. Reported as low when no IAM user of the account has a console password.`,
    risk: 'Short or simple passwords fall to guessing; allowing reuse lets a leaked old password come back.',
    remediation: {
      text: 'Raise the policy to the recommended settings. The command replaces the whole policy: settings it leaves out return to their defaults.',
      cli: PASSWORD_CLI,
      console: 'IAM console > Account settings > Password policy > Edit',
    },
    references: PASSWORD_REFERENCES,
  },
  (ctx) =>
    ctx.resources('iam:account').flatMap((account): RuleHit[] => {
      const policy = account.attributes.passwordPolicy;
      if (!ctx.known(account, 'passwordPolicy') || policy === null) return [];
      const weaknesses: string[] = [];
      if ((policy.minimumLength ?? 0) < PASSWORD_MIN_LENGTH)
        weaknesses.push(`minimum length ${policy.minimumLength ?? 'unset'} (< ${PASSWORD_MIN_LENGTH})`);
      if ((policy.reusePrevention ?? 0) < PASSWORD_REUSE_PREVENTION)
        weaknesses.push(
          `reuse prevention ${policy.reusePrevention ?? 'off'} (< ${PASSWORD_REUSE_PREVENTION} passwords)`,
        );
      const classes: [boolean, string][] = [
        [policy.requireUppercase, 'uppercase letters'],
        [policy.requireLowercase, 'lowercase letters'],
        [policy.requireNumbers, 'numbers'],
        [policy.requireSymbols, 'symbols'],
      ];
      const missing = classes.filter(([required]) => !required).map(([, name]) => name);
      if (missing.length > 0) weaknesses.push(`does not require ${missing.join(', ')}`);
      if (weaknesses.length === 0) return [];
      const consoleUsers = anyConsoleUser(ctx, account.account);
      return [
        {
          target: account,
          message: `The IAM password policy of account ${accountLabel(account)} is weak: ${weaknesses.join('; ')}.${consoleUsers === false ? noConsoleUsersNote : ''}`,
          evidence: {
            weaknesses,
            minimumLength: policy.minimumLength,
            reusePrevention: policy.reusePrevention,
            requireUppercase: policy.requireUppercase,
            requireLowercase: policy.requireLowercase,
            requireNumbers: policy.requireNumbers,
            requireSymbols: policy.requireSymbols,
            consoleUsers: consoleUsers ?? 'unknown',
          },
          ...(consoleUsers === false ? { severity: 'low' as const } : {}),
        },
      ];
    }),
);

export const iamRules: Rule[] = [
  rootMfaDisabled,
  rootAccessKeys,
  consoleUserWithoutMfa,
  accessKeyNotRotated,
  credentialsUnused,
  policyFullAdmin,
  policyServiceWildcard,
  userFullAdmin,
  groupFullAdmin,
  roleFullAdmin,
  userInlineServiceWildcard,
  groupInlineServiceWildcard,
  roleInlineServiceWildcard,
  passwordPolicyMissing,
  passwordPolicyWeak,
];
