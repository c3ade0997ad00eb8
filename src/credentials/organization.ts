import {
  OrganizationsClient,
  paginateListAccounts,
  paginateListAccountsForParent,
  paginateListOrganizationalUnitsForParent,
  type Account,
} from '@aws-sdk/client-organizations';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { UsageError } from '../usage-error.js';
import { withRetry } from './retry.js';
import { boundedClient, type CallLimits } from './sts-client.js';
import { isRetryableStsError, stsErrorCode } from './sts-errors.js';
import { CredentialsError } from './oidc.js';
import { errorMessage } from '../shared/errors.js';

/** `accounts: organization`: which of the organization's accounts to scan, and how to get in. */
export interface OrganizationOptions {
  /** The role assumed in each member account (the same name everywhere, e.g. from a StackSet). */
  memberRoleName: string;
  /** OU ids (or the root's) whose accounts, nested OUs included, are scanned; empty: all. */
  organizationalUnits: readonly string[];
  /** Account ids to scan; empty: every one listed. */
  includeAccounts: readonly string[];
  excludeAccounts: readonly string[];
  /**
   * The accounts given outright (a plan's group, `accounts: 111111111111,222222222222`): nothing is
   * listed, each is reached through the member role.
   */
  accounts?: readonly string[];
}

export interface OrganizationAccount {
  id: string;
  name: string | null;
}

export interface OrganizationListing {
  accounts: OrganizationAccount[];
  /** Listed but not scanned: suspended or closing accounts, and those the filters leave out. */
  skipped: (OrganizationAccount & { reason: string })[];
}

const ACCOUNT_ID = /^\d{12}$/;
const OU_ID = /^(ou-[0-9a-z]{4,32}-[0-9a-z]{8,32}|r-[0-9a-z]{4,32})$/;
/** IAM role names, optionally with a path: `aws-audit-readonly`, `audit/aws-audit-readonly`. */
const ROLE_NAME = /^([\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
/** Organizations nests OUs at most five levels below the root. */
const MAX_OU_DEPTH = 5;

/** Checks the options before any call: a typo costs no AWS call. */
export function checkOrganizationOptions(
  options: OrganizationOptions,
  label: (name: string) => string,
): void {
  if (!ROLE_NAME.test(options.memberRoleName))
    throw new UsageError(`${label('member-role-name')}: '${options.memberRoleName}' is not an IAM role name`);
  for (const ou of options.organizationalUnits)
    if (!OU_ID.test(ou))
      throw new UsageError(
        `${label('organizational-units')}: '${ou}' is not an OU id (ou-...) or a root id (r-...)`,
      );
  for (const [name, ids] of [
    ['include-accounts', options.includeAccounts],
    ['exclude-accounts', options.excludeAccounts],
    ['accounts', options.accounts ?? []],
  ] as const)
    for (const id of ids)
      if (!ACCOUNT_ID.test(id)) throw new UsageError(`${label(name)}: '${id}' is not a 12-digit account id`);
}

/** The role ARN to assume in a member account. */
export const memberRoleArn = (partition: string, account: string, roleName: string): string =>
  `arn:${partition}:iam::${account}:role/${roleName}`;

/** Accounts of the OUs and every OU below them, each listed once. */
async function accountsUnder(client: OrganizationsClient, parents: readonly string[]): Promise<Account[]> {
  const found = new Map<string, Account>();
  let level = [...parents];
  for (let depth = 0; level.length > 0 && depth <= MAX_OU_DEPTH; depth += 1) {
    const next: string[] = [];
    for (const parent of level) {
      for await (const page of paginateListAccountsForParent({ client }, { ParentId: parent }))
        for (const account of page.Accounts ?? []) if (account.Id) found.set(account.Id, account);
      for await (const page of paginateListOrganizationalUnitsForParent({ client }, { ParentId: parent }))
        for (const ou of page.OrganizationalUnits ?? []) if (ou.Id) next.push(ou.Id);
    }
    level = next;
  }
  return [...found.values()];
}

async function listAll(client: OrganizationsClient): Promise<Account[]> {
  const accounts: Account[] = [];
  for await (const page of paginateListAccounts({ client }, {})) accounts.push(...(page.Accounts ?? []));
  return accounts;
}

/**
 * The organization's accounts to scan, listed with the given (management or delegated
 * administrator) credentials: active ones only, filtered; the others are returned as skipped with
 * the reason, so the run can say so. Each listing is retried a few times, each call bounded.
 */
export async function listOrganizationAccounts(
  credentials: AwsCredentialIdentityProvider,
  options: OrganizationOptions,
  limits: CallLimits & { region: string },
): Promise<OrganizationListing> {
  const client = boundedClient(OrganizationsClient, 'organizations', limits.region, limits, credentials);
  try {
    const listed = await withRetry(
      () =>
        options.organizationalUnits.length > 0
          ? accountsUnder(client, options.organizationalUnits)
          : listAll(client),
      { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 5_000, isRetryable: isRetryableStsError },
    ).catch((error: unknown) => {
      throw new CredentialsError(
        `Could not list the organization's accounts: ${stsErrorCode(error)}: ${errorMessage(error)}. The first credentials must be the management account's or a delegated administrator's, with organizations:ListAccounts${options.organizationalUnits.length > 0 ? ', organizations:ListAccountsForParent and organizations:ListOrganizationalUnitsForParent' : ''}.`,
        { cause: error },
      );
    });
    const listing: OrganizationListing = { accounts: [], skipped: [] };
    const include = new Set(options.includeAccounts);
    const exclude = new Set(options.excludeAccounts);
    for (const account of listed.sort((a, b) => (a.Id ?? '').localeCompare(b.Id ?? ''))) {
      const entry = { id: account.Id ?? '', name: account.Name ?? null };
      const state = account.State ?? account.Status ?? 'unknown';
      if (state !== 'ACTIVE') listing.skipped.push({ ...entry, reason: `its state is ${state}` });
      else if (exclude.has(entry.id)) listing.skipped.push({ ...entry, reason: 'exclude-accounts lists it' });
      else if (include.size > 0 && !include.has(entry.id))
        listing.skipped.push({ ...entry, reason: 'include-accounts does not list it' });
      else listing.accounts.push(entry);
    }
    return listing;
  } finally {
    client.destroy();
  }
}
