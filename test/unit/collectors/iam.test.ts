import { afterEach, describe, expect, it } from '@jest/globals';
import {
  GenerateCredentialReportCommand,
  GetAccountAuthorizationDetailsCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  IAMClient,
  ListAccountAliasesCommand,
  NoSuchEntityException,
  type GetAccountAuthorizationDetailsCommandOutput,
  type UserDetail,
} from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { iamCollector } from '../../../src/scan/collectors/iam.js';
import { HARNESS, accessDenied, collect, ofType } from '../../support/collector-harness.js';

const { ACCOUNT } = HARNESS;
const iam = mockClient(IAMClient);
afterEach(() => {
  iam.reset();
});

/** IAM is scanned once per account, from the partition's home region. */
const collectIam = () => collect(iamCollector, { region: 'us-east-1', scopeRegion: 'global' });

/** IAM returns policy documents URL-encoded. */
const encoded = (document: unknown) => encodeURIComponent(JSON.stringify(document));
const TRUST = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};
const READ_LOGS = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'logs:Get*', Resource: '*' }],
};

// The report's columns as AWS sends them; bob, created since, is not in it yet.
const REPORT = [
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated',
  `<root_account>,arn:aws:iam::${ACCOUNT}:root,2019-01-01T00:00:00+00:00,not_supported,2024-05-01T10:00:00+00:00,not_supported,not_supported,false,true,2019-02-01T00:00:00+00:00,2024-04-01T00:00:00+00:00,us-east-1,s3,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`,
  `alice,arn:aws:iam::${ACCOUNT}:user/alice,2020-01-01T00:00:00+00:00,true,no_information,2020-01-02T00:00:00+00:00,N/A,true,true,2020-01-03T00:00:00+00:00,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`,
].join('\n');

const user = (name: string, extra: Partial<UserDetail> = {}): UserDetail => ({
  UserName: name,
  Arn: `arn:aws:iam::${ACCOUNT}:user/${name}`,
  UserId: `AIDA${name.toUpperCase()}`,
  Path: '/',
  CreateDate: new Date('2020-01-01T00:00:00Z'),
  ...extra,
});

const DETAILS: Omit<GetAccountAuthorizationDetailsCommandOutput, '$metadata'> = {
  UserDetailList: [
    user('alice', {
      GroupList: ['ops', 'admins'],
      AttachedManagedPolicies: [
        { PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
        { PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/read-logs` },
      ],
      UserPolicyList: [{ PolicyName: 'inline', PolicyDocument: encoded(READ_LOGS) }],
      Tags: [{ Key: 'team', Value: 'ops' }],
    }),
    user('bob'),
  ],
  RoleDetailList: [
    {
      RoleName: 'web',
      Arn: `arn:aws:iam::${ACCOUNT}:role/web`,
      RoleId: 'AROAWEB',
      Path: '/',
      AssumeRolePolicyDocument: encoded(TRUST),
      RoleLastUsed: { LastUsedDate: new Date('2024-06-01T00:00:00Z'), Region: 'eu-west-2' },
    },
  ],
  GroupDetailList: [{ GroupName: 'ops', Arn: `arn:aws:iam::${ACCOUNT}:group/ops`, Path: '/' }],
  Policies: [
    {
      PolicyName: 'read-logs',
      Arn: `arn:aws:iam::${ACCOUNT}:policy/read-logs`,
      DefaultVersionId: 'v2',
      AttachmentCount: 1,
      PolicyVersionList: [
        {
          VersionId: 'v1',
          IsDefaultVersion: false,
          Document: encoded({ Version: '2012-10-17', Statement: [] }),
        },
        { VersionId: 'v2', IsDefaultVersion: true, Document: encoded(READ_LOGS) },
      ],
    },
  ],
};

function accountAnswers(): void {
  iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { Users: 2, AccountMFAEnabled: 0 } });
  iam.on(ListAccountAliasesCommand).resolves({ AccountAliases: ['prod'] });
  iam.on(GetAccountPasswordPolicyCommand).resolves({
    PasswordPolicy: { MinimumPasswordLength: 14, RequireSymbols: true, MaxPasswordAge: 90 },
  });
  iam.on(GenerateCredentialReportCommand).resolves({ State: 'COMPLETE' });
  iam.on(GetCredentialReportCommand).resolves({ Content: new TextEncoder().encode(REPORT) });
}

describe('the IAM collector', () => {
  it('normalizes the account, its users, roles, groups and policies, with the credential report', async () => {
    accountAnswers();
    iam.on(GetAccountAuthorizationDetailsCommand).resolves(DETAILS);

    const outcome = await collectIam();

    expect(outcome.errors).toEqual([]);
    expect(outcome.partialTypes).toEqual(new Set());
    expect(ofType(outcome, 'iam:account')).toEqual([
      expect.objectContaining({
        arn: `arn:aws:iam::${ACCOUNT}:root`,
        name: 'prod',
        unknownAttributes: [],
        attributes: {
          alias: 'prod',
          summary: { Users: 2, AccountMFAEnabled: 0 },
          passwordPolicy: {
            minimumLength: 14,
            requireUppercase: false,
            requireLowercase: false,
            requireNumbers: false,
            requireSymbols: true,
            maxAgeDays: 90,
            reusePrevention: null,
            hardExpiry: false,
            allowUsersToChangePassword: false,
          },
          root: {
            mfaActive: false,
            accessKeysActive: 1,
            passwordLastUsed: '2024-05-01T10:00:00.000Z',
            accessKeyLastUsed: '2024-04-01T00:00:00.000Z',
          },
        },
      }),
    ]);
    const [alice, bob] = ofType(outcome, 'iam:user');
    expect(alice).toMatchObject({
      id: 'alice',
      tags: { team: 'ops' },
      createdAt: '2020-01-01T00:00:00.000Z',
      unknownAttributes: [],
      attributes: {
        userId: 'AIDAALICE',
        passwordEnabled: true,
        passwordLastUsed: null,
        passwordLastChanged: '2020-01-02T00:00:00.000Z',
        mfaActive: true,
        // The unused second key slot is left out.
        accessKeys: [
          expect.objectContaining({ slot: 1, active: true, lastRotated: '2020-01-03T00:00:00.000Z' }),
        ],
        groups: ['admins', 'ops'],
        attachedPolicyArns: [
          `arn:aws:iam::${ACCOUNT}:policy/read-logs`,
          'arn:aws:iam::aws:policy/ReadOnlyAccess',
        ],
        inlinePolicies: [{ name: 'inline', document: READ_LOGS }],
        permissionsBoundaryArn: null,
      },
    });
    // Not in the report yet: what only the report says is unknown, not "no password, no MFA".
    expect(bob?.unknownAttributes).toEqual([
      'accessKeys',
      'mfaActive',
      'passwordEnabled',
      'passwordLastChanged',
      'passwordLastUsed',
    ]);
    expect(ofType(outcome, 'iam:role')[0]?.attributes).toMatchObject({
      roleId: 'AROAWEB',
      assumeRolePolicy: TRUST,
      lastUsedAt: '2024-06-01T00:00:00.000Z',
      lastUsedRegion: 'eu-west-2',
      isServiceLinked: false,
      permissionsBoundaryArn: null,
    });
    expect(ofType(outcome, 'iam:group').map((g) => g.arn)).toEqual([`arn:aws:iam::${ACCOUNT}:group/ops`]);
    expect(ofType(outcome, 'iam:policy')[0]).toMatchObject({
      id: 'read-logs',
      attributes: { defaultVersionId: 'v2', document: READ_LOGS, attachmentCount: 1, isAttachable: true },
    });
  });

  it('records denied account reads with the missing action, and leaves what they tell unknown', async () => {
    accountAnswers();
    iam
      .on(GetAccountPasswordPolicyCommand)
      .rejects(accessDenied('iam:GetAccountPasswordPolicy', 'AccessDenied'));
    iam.on(GetCredentialReportCommand).rejects(accessDenied('iam:GetCredentialReport', 'AccessDenied'));
    iam.on(GetAccountAuthorizationDetailsCommand).resolves(DETAILS);

    const outcome = await collectIam();

    const errors = [...outcome.errors].sort((a, b) => a.operation.localeCompare(b.operation));
    expect(errors).toEqual([
      {
        account: ACCOUNT,
        service: 'iam',
        region: 'global',
        operation: 'GetAccountPasswordPolicy',
        code: 'AccessDenied',
        message: expect.stringContaining('(the scan needs iam:GetAccountPasswordPolicy)'),
        resourceId: null,
        missingPermission: 'iam:GetAccountPasswordPolicy',
      },
      expect.objectContaining({
        operation: 'GetCredentialReport',
        missingPermission: 'iam:GetCredentialReport',
      }),
    ]);
    const [account] = ofType(outcome, 'iam:account');
    expect(account?.unknownAttributes).toEqual(['passwordPolicy', 'root']);
    expect(account?.attributes).toMatchObject({ alias: 'prod', passwordPolicy: null, root: null });
    expect(ofType(outcome, 'iam:user').map((u) => [u.id, u.unknownAttributes.includes('mfaActive')])).toEqual(
      [
        ['alice', true],
        ['bob', true],
      ],
    );
    expect(outcome.failedTypes).toEqual(new Set());
    expect([...outcome.partialTypes]).toEqual(expect.arrayContaining(['iam:account', 'iam:user']));
  });

  it('follows GetAccountAuthorizationDetails across pages, and waits for the credential report', async () => {
    accountAnswers();
    // An account without a password policy: IAM answers NoSuchEntity, which is "none", not a failure.
    iam
      .on(GetAccountPasswordPolicyCommand)
      .rejects(new NoSuchEntityException({ message: 'no policy', $metadata: { httpStatusCode: 404 } }));
    iam
      .on(GenerateCredentialReportCommand)
      .resolvesOnce({ State: 'STARTED' })
      .resolves({ State: 'COMPLETE' });
    // Paginators reuse one input object, so the markers are recorded as each call is made.
    const markers: (string | undefined)[] = [];
    iam.on(GetAccountAuthorizationDetailsCommand).callsFake((input: { Marker?: string }) => {
      markers.push(input.Marker);
      return input.Marker
        ? { RoleDetailList: DETAILS.RoleDetailList, IsTruncated: false }
        : { UserDetailList: DETAILS.UserDetailList, IsTruncated: true, Marker: 'page-2' };
    });

    const outcome = await collectIam();

    expect(outcome.errors).toEqual([]);
    expect(markers).toEqual([undefined, 'page-2']);
    expect(iam.commandCalls(GetAccountAuthorizationDetailsCommand)[0]?.args[0].input).toMatchObject({
      MaxItems: 1000,
      Filter: ['User', 'Role', 'Group', 'LocalManagedPolicy'],
    });
    expect(outcome.resources.filter((r) => r.type !== 'iam:account').map((r) => r.id)).toEqual([
      'alice',
      'bob',
      'web',
    ]);
    expect(iam.commandCalls(GenerateCredentialReportCommand)).toHaveLength(2);
    expect(ofType(outcome, 'iam:account')[0]).toMatchObject({
      unknownAttributes: [],
      attributes: { passwordPolicy: null, root: expect.objectContaining({ mfaActive: false }) },
    });
  });
});
