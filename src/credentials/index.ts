import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { chainedRoleProvider } from './chain.js';
import { assumeRoleWithGitHubOidc, type CredentialDeps } from './oidc.js';
import { parseRoleArn, type RoleArn } from './role-arn.js';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { listOrganizationAccounts, memberRoleArn, type OrganizationOptions } from './organization.js';
import { stsClient } from './sts-client.js';
import { withRetry } from './retry.js';
import { isRetryableStsError } from './sts-errors.js';

export { CredentialsError } from './oidc.js';
export type { CredentialDeps } from './oidc.js';

export interface CredentialInputs {
  /** Assume this role with GitHub OIDC; without it, the SDK's default chain is used. */
  roleToAssume?: string;
  /** Assume this role from the ambient credentials (the CLI's --role-arn). */
  roleFromAmbient?: string;
  audience: string;
  sessionName: string;
  durationSeconds: number;
  stsRegion: string;
  /** Roles in more accounts, assumed from the first credentials and scanned too. */
  additionalRoles: readonly string[];
  externalId?: string;
  /** `accounts: organization`: the organization's accounts, each through its member role. */
  organization?: OrganizationOptions;
}

/** One account to scan: how to get its credentials. */
export interface ScanTarget {
  credentials: AwsCredentialIdentityProvider;
  /** Known ahead for assumed roles, so a failure to get in is still recorded against the account. */
  expectedAccountId?: string;
  /**
   * The first credentials themselves: failing to identify them fails the run. Any other target
   * that cannot be entered is recorded against its account and the scan goes on. Unset: the first
   * target is.
   */
  primary?: boolean;
}

export interface ResolvedCredentials {
  method: 'github-oidc' | 'assume-role' | 'default-chain';
  targets: ScanTarget[];
}

/** Turns the inputs into one scan target per account, validating every role ARN before calling STS. */
export async function resolveCredentials(
  inputs: CredentialInputs,
  deps: CredentialDeps,
): Promise<ResolvedCredentials> {
  if (
    inputs.durationSeconds < 900 ||
    inputs.durationSeconds > 43_200 ||
    !Number.isInteger(inputs.durationSeconds)
  ) {
    throw new Error(
      `role-duration-seconds must be a whole number from 900 to 43200, got ${inputs.durationSeconds}`,
    );
  }
  const additional = inputs.additionalRoles.map((arn, index) =>
    parseRoleArn(arn, `additional-role-arns entry ${index + 1}`),
  );
  const chainOptions = {
    sessionName: inputs.sessionName,
    stsRegion: inputs.stsRegion,
    externalId: inputs.externalId,
  };

  let method: ResolvedCredentials['method'];
  let primary: AwsCredentialIdentityProvider;
  let expectedAccountId: string | undefined;
  if (inputs.roleToAssume) {
    const role = parseRoleArn(inputs.roleToAssume, 'role-to-assume');
    deps.info(
      `Assuming ${role.arn} with GitHub OIDC (audience ${inputs.audience}, session ${inputs.sessionName})`,
    );
    const identity = await assumeRoleWithGitHubOidc(
      {
        role,
        audience: inputs.audience,
        sessionName: inputs.sessionName,
        durationSeconds: inputs.durationSeconds,
        stsRegion: inputs.stsRegion,
      },
      deps,
    );
    primary = async () => identity;
    method = 'github-oidc';
    expectedAccountId = role.accountId;
  } else if (inputs.roleFromAmbient) {
    const role = parseRoleArn(inputs.roleFromAmbient, '--role-arn');
    primary = chainedRoleProvider(role, fromNodeProviderChain(), chainOptions, deps);
    method = 'assume-role';
    expectedAccountId = role.accountId;
  } else {
    primary = fromNodeProviderChain();
    method = 'default-chain';
  }
  const chained = (role: RoleArn): ScanTarget => ({
    credentials: chainedRoleProvider(role, primary, chainOptions, deps),
    expectedAccountId: role.accountId,
    primary: false,
  });
  if (!inputs.organization) {
    return {
      method,
      targets: [{ credentials: primary, expectedAccountId, primary: true }, ...additional.map(chained)],
    };
  }
  const organization = inputs.organization;
  const own = await callerIdentity(primary, inputs.stsRegion, deps);
  const listing = organization.accounts
    ? { accounts: organization.accounts.map((id) => ({ id, name: null })), skipped: [] }
    : await listOrganizationAccounts(primary, organization, { ...deps, region: inputs.stsRegion });
  for (const skipped of listing.skipped)
    deps.info(
      `Organization account ${skipped.id}${skipped.name ? ` (${skipped.name})` : ''} is not scanned: ${skipped.reason}.`,
    );
  deps.info(
    `Organization: ${listing.accounts.length} account(s) to scan, each through the role ${organization.memberRoleName}` +
      (listing.accounts.some((a) => a.id === own.account)
        ? ` (this account ${own.account} with the first credentials)`
        : ''),
  );
  const targets = listing.accounts.map((account) =>
    account.id === own.account
      ? { credentials: primary, expectedAccountId: own.account, primary: true }
      : chained(
          parseRoleArn(
            memberRoleArn(own.partition, account.id, organization.memberRoleName),
            'member-role-name',
          ),
        ),
  );
  const listed = new Set(listing.accounts.map((a) => a.id));
  return {
    method,
    targets: [...targets, ...additional.filter((r) => !listed.has(r.accountId)).map(chained)],
  };
}

/** The first credentials' account and partition (GetCallerIdentity needs no permission). */
async function callerIdentity(
  credentials: AwsCredentialIdentityProvider,
  region: string,
  deps: CredentialDeps,
): Promise<{ account: string; partition: string }> {
  const sts = stsClient(region, deps, credentials);
  try {
    const answer = await withRetry(() => sts.send(new GetCallerIdentityCommand({})), {
      maxAttempts: 4,
      baseDelayMs: 200,
      maxDelayMs: 5_000,
      isRetryable: isRetryableStsError,
    });
    return { account: answer.Account ?? '', partition: answer.Arn?.split(':')[1] ?? 'aws' };
  } finally {
    sts.destroy();
  }
}
