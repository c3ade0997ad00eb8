import { errorMessage } from '../../shared/errors.js';
import type { UnknownAttribute } from '../../inventory/resources/index.js';
import {
  GenerateCredentialReportCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  IAMClient,
  ListAccountAliasesCommand,
  paginateGetAccountAuthorizationDetails,
  type AttachedPolicy,
  type GetAccountAuthorizationDetailsCommandOutput,
  type PolicyDetail,
} from '@aws-sdk/client-iam';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Collector, CollectorContext } from '../collector.js';
import { ROOT_USER, parseCredentialReport, type CredentialReportRow } from '../credential-report.js';
import { isoDate, makeResource, sortedStrings, tagMap, text } from '../normalize.js';
import { parsePolicyDocument } from '../../policy/index.js';

const permissions = {
  GetAccountSummary: 'iam:GetAccountSummary',
  ListAccountAliases: 'iam:ListAccountAliases',
  GetAccountPasswordPolicy: 'iam:GetAccountPasswordPolicy',
  GenerateCredentialReport: 'iam:GenerateCredentialReport',
  GetCredentialReport: 'iam:GetCredentialReport',
  GetAccountAuthorizationDetails: 'iam:GetAccountAuthorizationDetails',
} as const;
type Operation = keyof typeof permissions;
type Context = CollectorContext<Operation>;

/** AWS builds the credential report in a few seconds: poll at 0.25, 0.5, 1, then every 2 s, for about 30 s. */
const REPORT_POLLS = 18;
const reportPollDelayMs = (poll: number) => Math.min(2_000, 250 * 2 ** poll);

type Details = GetAccountAuthorizationDetailsCommandOutput;

function policyDocument(ctx: Context, encoded: string | undefined, where: string): unknown {
  if (!encoded) return null;
  try {
    return parsePolicyDocument(encoded);
  } catch (error) {
    ctx.recordProblem('GetAccountAuthorizationDetails', 'UnreadablePolicy', errorMessage(error), where);
    return null;
  }
}

const attachedArns = (list: AttachedPolicy[] | undefined) =>
  sortedStrings((list ?? []).map((p) => p.PolicyArn));

function inlinePolicies(ctx: Context, list: PolicyDetail[] | undefined, owner: string) {
  return (list ?? [])
    .filter((p) => p.PolicyName)
    .map((p) => ({ name: p.PolicyName as string, document: policyDocument(ctx, p.PolicyDocument, owner) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

async function credentialReport(ctx: Context, iam: IAMClient): Promise<CredentialReportRow[] | undefined> {
  for (let poll = 0; poll < REPORT_POLLS; poll += 1) {
    const generated = await ctx.read('GenerateCredentialReport', () =>
      iam.send(new GenerateCredentialReportCommand({})),
    );
    if (!generated) return undefined;
    if (generated.State === 'COMPLETE') break;
    await sleep(reportPollDelayMs(poll));
  }
  const report = await ctx.read('GetCredentialReport', () => iam.send(new GetCredentialReportCommand({})));
  if (!report?.Content) return undefined;
  try {
    return parseCredentialReport(new TextDecoder().decode(report.Content));
  } catch (error) {
    ctx.recordProblem('GetCredentialReport', 'UnreadableCredentialReport', errorMessage(error));
    return undefined;
  }
}

function readAccountSettings(ctx: Context, iam: IAMClient) {
  return Promise.all([
    ctx.branch(() => ctx.read('GetAccountSummary', () => iam.send(new GetAccountSummaryCommand({})))),
    ctx.branch(() => ctx.read('ListAccountAliases', () => iam.send(new ListAccountAliasesCommand({})))),
    ctx.branch(() =>
      ctx.read('GetAccountPasswordPolicy', () => iam.send(new GetAccountPasswordPolicyCommand({})), {
        absentWhen: ['NoSuchEntity', 'NoSuchEntityException'],
      }),
    ),
  ]);
}

function emitAccount(
  ctx: Context,
  [summary, aliases, passwordPolicy]: Awaited<ReturnType<typeof readAccountSettings>>,
  report: CredentialReportRow[] | undefined,
): void {
  const root = report?.find((row) => row.user === ROOT_USER);
  const policy = passwordPolicy?.PasswordPolicy;
  const unknown: UnknownAttribute<'iam:account'>[] = [
    ...(summary === undefined ? (['summary'] as const) : []),
    ...(aliases === undefined ? (['alias'] as const) : []),
    ...(passwordPolicy === undefined ? (['passwordPolicy'] as const) : []),
    ...(root === undefined ? (['root'] as const) : []),
  ];
  ctx.emit(
    makeResource(
      'iam:account',
      {
        arn: `arn:${ctx.partition}:iam::${ctx.account}:root`,
        id: ctx.account,
        name: aliases?.AccountAliases?.[0] ?? null,
        account: ctx.account,
        region: 'global',
      },
      {
        alias: aliases?.AccountAliases?.[0] ?? null,
        summary: Object.fromEntries(
          Object.entries(summary?.SummaryMap ?? {}).filter(
            (entry): entry is [string, number] => typeof entry[1] === 'number',
          ),
        ),
        passwordPolicy: policy
          ? {
              minimumLength: policy.MinimumPasswordLength ?? null,
              requireUppercase: policy.RequireUppercaseCharacters ?? false,
              requireLowercase: policy.RequireLowercaseCharacters ?? false,
              requireNumbers: policy.RequireNumbers ?? false,
              requireSymbols: policy.RequireSymbols ?? false,
              maxAgeDays: policy.MaxPasswordAge ?? null,
              reusePrevention: policy.PasswordReusePrevention ?? null,
              hardExpiry: policy.HardExpiry ?? false,
              allowUsersToChangePassword: policy.AllowUsersToChangePassword ?? false,
            }
          : null,
        root: root
          ? {
              mfaActive: root.mfaActive,
              accessKeysActive: root.accessKeys.filter((key) => key.active).length,
              passwordLastUsed: root.passwordLastUsed,
              accessKeyLastUsed:
                root.accessKeys
                  .map((key) => key.lastUsed)
                  .filter((d): d is string => d !== null)
                  .sort()
                  .at(-1) ?? null,
            }
          : null,
      },
      unknown,
    ),
  );
}

function emitPrincipals(ctx: Context, pages: Details[], report: CredentialReportRow[] | undefined): void {
  const reportByArn = new Map((report ?? []).map((row) => [row.arn, row]));
  const base = { account: ctx.account, region: 'global' };
  for (const user of pages.flatMap((p) => p.UserDetailList ?? [])) {
    if (!user.Arn || !user.UserName) continue;
    const row = reportByArn.get(user.Arn);
    ctx.emit(
      makeResource(
        'iam:user',
        {
          ...base,
          arn: user.Arn,
          id: user.UserName,
          name: user.UserName,
          tags: tagMap(user.Tags),
          createdAt: isoDate(user.CreateDate),
        },
        {
          path: user.Path ?? '/',
          userId: text(user.UserId),
          passwordEnabled: row?.passwordEnabled ?? false,
          passwordLastUsed: row?.passwordLastUsed ?? null,
          passwordLastChanged: row?.passwordLastChanged ?? null,
          mfaActive: row?.mfaActive ?? false,
          accessKeys: row?.accessKeys.filter((key) => key.active || key.lastRotated !== null) ?? [],
          groups: sortedStrings(user.GroupList ?? []),
          attachedPolicyArns: attachedArns(user.AttachedManagedPolicies),
          inlinePolicies: inlinePolicies(ctx, user.UserPolicyList, user.UserName),
          permissionsBoundaryArn: text(user.PermissionsBoundary?.PermissionsBoundaryArn),
        },
        // A user created after the last report is not in it yet (AWS builds it at most every 4 hours).
        row ? [] : ['passwordEnabled', 'passwordLastUsed', 'passwordLastChanged', 'mfaActive', 'accessKeys'],
      ),
    );
  }
  for (const role of pages.flatMap((p) => p.RoleDetailList ?? [])) {
    if (!role.Arn || !role.RoleName) continue;
    ctx.emit(
      makeResource(
        'iam:role',
        {
          ...base,
          arn: role.Arn,
          id: role.RoleName,
          name: role.RoleName,
          tags: tagMap(role.Tags),
          createdAt: isoDate(role.CreateDate),
        },
        {
          path: role.Path ?? '/',
          roleId: text(role.RoleId),
          assumeRolePolicy: policyDocument(ctx, role.AssumeRolePolicyDocument, role.RoleName),
          lastUsedAt: isoDate(role.RoleLastUsed?.LastUsedDate),
          lastUsedRegion: text(role.RoleLastUsed?.Region),
          attachedPolicyArns: attachedArns(role.AttachedManagedPolicies),
          inlinePolicies: inlinePolicies(ctx, role.RolePolicyList, role.RoleName),
          isServiceLinked: (role.Path ?? '').startsWith('/aws-service-role/'),
          permissionsBoundaryArn: text(role.PermissionsBoundary?.PermissionsBoundaryArn),
        },
      ),
    );
  }
  for (const group of pages.flatMap((p) => p.GroupDetailList ?? [])) {
    if (!group.Arn || !group.GroupName) continue;
    ctx.emit(
      makeResource(
        'iam:group',
        {
          ...base,
          arn: group.Arn,
          id: group.GroupName,
          name: group.GroupName,
          createdAt: isoDate(group.CreateDate),
        },
        {
          path: group.Path ?? '/',
          attachedPolicyArns: attachedArns(group.AttachedManagedPolicies),
          inlinePolicies: inlinePolicies(ctx, group.GroupPolicyList, group.GroupName),
        },
      ),
    );
  }
  for (const policy of pages.flatMap((p) => p.Policies ?? [])) {
    if (!policy.Arn) continue;
    // moto leaves PolicyName out of this answer; the ARN ends with it.
    const policyName = policy.PolicyName ?? policy.Arn.split('/').at(-1) ?? policy.Arn;
    const defaultVersion = (policy.PolicyVersionList ?? []).find((v) => v.IsDefaultVersion);
    ctx.emit(
      makeResource(
        'iam:policy',
        { ...base, arn: policy.Arn, id: policyName, name: policyName, createdAt: isoDate(policy.CreateDate) },
        {
          path: policy.Path ?? '/',
          defaultVersionId: text(policy.DefaultVersionId),
          document: policyDocument(ctx, defaultVersion?.Document, policyName),
          attachmentCount: policy.AttachmentCount ?? 0,
          isAttachable: policy.IsAttachable ?? true,
        },
      ),
    );
  }
}

export const iamCollector: Collector<Operation> = {
  service: 'iam',
  scope: 'global',
  permissions,
  resourceTypes: ['iam:account', 'iam:user', 'iam:role', 'iam:group', 'iam:policy'],
  // IAM's API rate is low and account-wide.
  maxConcurrency: 4,
  async collect(ctx) {
    const iam = ctx.client(IAMClient);
    const [settings, report, pages] = await Promise.all([
      readAccountSettings(ctx, iam),
      ctx.branch(() => credentialReport(ctx, iam)),
      ctx.branch(() =>
        ctx.list(
          'GetAccountAuthorizationDetails',
          ['iam:user', 'iam:role', 'iam:group', 'iam:policy'],
          paginateGetAccountAuthorizationDetails(
            { client: iam, pageSize: 1000 },
            { Filter: ['User', 'Role', 'Group', 'LocalManagedPolicy'] },
          ),
          (page) => [page],
        ),
      ),
    ]);
    emitAccount(ctx, settings, report);
    emitPrincipals(ctx, pages, report);
  },
};
