import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ListAccountsCommand,
  ListAccountsForParentCommand,
  ListOrganizationalUnitsForParentCommand,
  OrganizationsClient,
  type AccountState,
} from '@aws-sdk/client-organizations';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { CredentialsError, resolveCredentials } from '../../src/credentials/index.js';
import { listOrganizationAccounts, type OrganizationOptions } from '../../src/credentials/organization.js';
import { readOrganization } from '../../src/settings.js';
import { recordingDeps, rejectionOf, stsError } from '../support/credentials.js';

const organizations = mockClient(OrganizationsClient);
const sts = mockClient(STSClient);
afterEach(() => {
  organizations.reset();
  sts.reset();
});
afterAll(() => {
  organizations.restore();
  sts.restore();
});

const OWN = '111111111111';
const MEMBER = '222222222222';
const OTHER = '333333333333';
const SUSPENDED = '444444444444';
const options = (more: Partial<OrganizationOptions> = {}): OrganizationOptions => ({
  memberRoleName: 'aws-audit-readonly',
  organizationalUnits: [],
  includeAccounts: [],
  excludeAccounts: [],
  ...more,
});
const account = (Id: string, State: AccountState = 'ACTIVE') => ({ Id, Name: `account ${Id}`, State });
const credentials = async () => ({ accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'secret' });
const limits = { region: 'us-east-1' };

describe('listOrganizationAccounts', () => {
  it('lists every page, skips suspended accounts and applies the filters, saying why', async () => {
    organizations
      .on(ListAccountsCommand, { NextToken: undefined })
      .resolves({ Accounts: [account(OWN), account(SUSPENDED, 'SUSPENDED')], NextToken: 't2' })
      .on(ListAccountsCommand, { NextToken: 't2' })
      .resolves({ Accounts: [account(MEMBER), account(OTHER)] });
    const listing = await listOrganizationAccounts(
      credentials,
      options({ excludeAccounts: [OTHER] }),
      limits,
    );
    expect(listing.accounts.map((a) => a.id)).toEqual([OWN, MEMBER]);
    expect(listing.skipped).toEqual([
      { id: OTHER, name: `account ${OTHER}`, reason: 'exclude-accounts lists it' },
      { id: SUSPENDED, name: `account ${SUSPENDED}`, reason: 'its state is SUSPENDED' },
    ]);
    const included = await listOrganizationAccounts(
      credentials,
      options({ includeAccounts: [MEMBER] }),
      limits,
    );
    expect(included.accounts.map((a) => a.id)).toEqual([MEMBER]);
  });

  it('lists the accounts of the OUs and of every OU below them, each once', async () => {
    organizations
      .on(ListAccountsForParentCommand, { ParentId: 'ou-abcd-11111111' })
      .resolves({ Accounts: [account(MEMBER)] })
      .on(ListAccountsForParentCommand, { ParentId: 'ou-abcd-22222222' })
      .resolves({ Accounts: [account(OTHER), account(MEMBER)] })
      .on(ListOrganizationalUnitsForParentCommand, { ParentId: 'ou-abcd-11111111' })
      .resolves({ OrganizationalUnits: [{ Id: 'ou-abcd-22222222' }] })
      .on(ListOrganizationalUnitsForParentCommand, { ParentId: 'ou-abcd-22222222' })
      .resolves({ OrganizationalUnits: [] });
    const listing = await listOrganizationAccounts(
      credentials,
      options({ organizationalUnits: ['ou-abcd-11111111'] }),
      limits,
    );
    expect(listing.accounts.map((a) => a.id)).toEqual([MEMBER, OTHER]);
    expect(organizations.commandCalls(ListAccountsCommand)).toHaveLength(0);
  });

  it('says which credentials and permissions listing needs when it is denied', async () => {
    organizations
      .on(ListAccountsCommand)
      .rejects(stsError('AccessDeniedException', 400, 'not the management account'));
    const error = await rejectionOf(listOrganizationAccounts(credentials, options(), limits));
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error.message).toContain("Could not list the organization's accounts: AccessDeniedException");
    expect(error.message).toContain('management account');
    expect(error.message).toContain('organizations:ListAccounts');
  });
});

describe('resolveCredentials with accounts: organization', () => {
  const saved = { ...process.env };
  beforeAll(() => {
    Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret' });
    delete process.env.AWS_PROFILE;
  });
  afterAll(() => {
    process.env = saved;
  });

  it('scans its own account with the first credentials and the others through the member role', async () => {
    sts.on(GetCallerIdentityCommand).resolves({ Account: OWN, Arn: `arn:aws:iam::${OWN}:user/ci` });
    organizations
      .on(ListAccountsCommand)
      .resolves({ Accounts: [account(OWN), account(MEMBER), account(SUSPENDED, 'SUSPENDED')] });
    const { deps, infos } = recordingDeps();
    const resolved = await resolveCredentials(
      {
        audience: 'sts.amazonaws.com',
        sessionName: 'test',
        durationSeconds: 3600,
        stsRegion: 'us-east-1',
        additionalRoles: [`arn:aws:iam::${OTHER}:role/extra`, `arn:aws:iam::${MEMBER}:role/extra`],
        organization: options(),
      },
      deps,
    );
    expect(resolved.targets.map((t) => t.expectedAccountId)).toEqual([OWN, MEMBER, OTHER]);
    expect(infos).toContain(
      `Organization account ${SUSPENDED} (account ${SUSPENDED}) is not scanned: its state is SUSPENDED.`,
    );
    expect(infos.join('\n')).toContain('2 account(s) to scan, each through the role aws-audit-readonly');
    expect(resolved.targets.map((t) => t.primary)).toEqual([true, false, false]);
  });

  it('reaches the accounts of a plan group without listing the organization', async () => {
    sts.on(GetCallerIdentityCommand).resolves({ Account: OWN, Arn: `arn:aws:iam::${OWN}:user/ci` });
    organizations.on(ListAccountsCommand).rejects(new Error('must not list'));
    const { deps } = recordingDeps();
    const resolved = await resolveCredentials(
      {
        audience: 'sts.amazonaws.com',
        sessionName: 'test',
        durationSeconds: 3600,
        stsRegion: 'us-east-1',
        additionalRoles: [],
        organization: { ...options(), accounts: [MEMBER, OTHER] },
      },
      deps,
    );
    expect(resolved.targets.map((t) => [t.expectedAccountId, t.primary])).toEqual([
      [MEMBER, false],
      [OTHER, false],
    ]);
    expect(organizations.commandCalls(ListAccountsCommand)).toHaveLength(0);
  });
});

describe('readOrganization', () => {
  const read = (values: Record<string, string>) => () =>
    readOrganization(
      (name) => values[name],
      (name) => `--${name}`,
    );

  it('is undefined without accounts, and reads the options with it', () => {
    expect(read({})()).toBeUndefined();
    expect(
      read({
        accounts: 'organization',
        'member-role-name': 'audit/aws-audit-readonly',
        'organizational-units': 'ou-ab12-cdefgh34, r-ab12',
        'exclude-accounts': OTHER,
      })(),
    ).toEqual({
      memberRoleName: 'audit/aws-audit-readonly',
      organizationalUnits: ['ou-ab12-cdefgh34', 'r-ab12'],
      includeAccounts: [],
      excludeAccounts: [OTHER],
    });
  });

  it('reads a list of account ids (a plan group) to reach through the member role, listing nothing', () => {
    expect(read({ accounts: `${MEMBER}, ${OTHER}`, 'member-role-name': 'aws-audit-readonly' })()).toEqual({
      memberRoleName: 'aws-audit-readonly',
      organizationalUnits: [],
      includeAccounts: [],
      excludeAccounts: [],
      accounts: [MEMBER, OTHER],
    });
  });

  it.each([
    [{ 'member-role-name': 'x' }, '--member-role-name is only used with --accounts: organization'],
    [{ accounts: 'all' }, "--accounts: 'all' is neither 'organization'"],
    [{ accounts: '111111111111,2222' }, "--accounts: '111111111111,2222' is neither 'organization'"],
    [{ accounts: '111111111111' }, '--accounts: a list of accounts needs --member-role-name'],
    [
      { accounts: '111111111111', 'member-role-name': 'r', 'exclude-accounts': '222222222222' },
      '--exclude-accounts filters --accounts: organization, not a list of accounts',
    ],
    [{ accounts: 'organization' }, '--accounts: organization needs --member-role-name'],
    [
      { accounts: 'organization', 'member-role-name': 'bad name' },
      "--member-role-name: 'bad name' is not an IAM role name",
    ],
    [
      { accounts: 'organization', 'member-role-name': 'r', 'organizational-units': 'sales' },
      "--organizational-units: 'sales' is not an OU id",
    ],
    [
      { accounts: 'organization', 'member-role-name': 'r', 'include-accounts': '1234' },
      "--include-accounts: '1234' is not a 12-digit account id",
    ],
  ])('refuses %j before any call', (values, message) => {
    expect(read(values)).toThrow(message);
  });
});
