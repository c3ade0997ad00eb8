import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { Inventory } from '../../../src/inventory/document.js';
import type { AttributesOf } from '../../../src/inventory/resources/index.js';
import { runRules } from '../../../src/rules/engine.js';
import {
  accessKeyNotRotated,
  consoleUserWithoutMfa,
  credentialsUnused,
  groupFullAdmin,
  groupInlineServiceWildcard,
  isBroadResource,
  passwordPolicyMissing,
  passwordPolicyWeak,
  policyFullAdmin,
  policyServiceWildcard,
  roleFullAdmin,
  roleInlineServiceWildcard,
  rootAccessKeys,
  rootMfaDisabled,
  userFullAdmin,
  userInlineServiceWildcard,
} from '../../../src/rules/catalog/iam.js';
import type { Rule } from '../../../src/rules/model.js';
import { ACCOUNT, inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
const ADMIN_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess';

const run = (rule: Rule, inventory: Inventory, config = DEFAULT_CONFIG) =>
  runRules(inventory, config, [rule], NOW).findings;

const doc = (...statements: unknown[]) => ({ Version: '2012-10-17', Statement: statements });
const allowAll = { Effect: 'Allow', Action: '*', Resource: '*' };

type AccountAttributes = AttributesOf<'iam:account'>;
function account(attributes: Partial<AccountAttributes> = {}, unknownAttributes: string[] = []) {
  return resource(
    'iam:account',
    ACCOUNT,
    {
      alias: 'acme-prod',
      summary: { AccountMFAEnabled: 0, AccountAccessKeysPresent: 0, AccountPasswordPresent: 1 },
      passwordPolicy: null,
      root: { mfaActive: false, accessKeysActive: 0, passwordLastUsed: daysAgo(3), accessKeyLastUsed: null },
      ...attributes,
    },
    { region: 'global', arn: `arn:aws:iam::${ACCOUNT}:root`, name: 'acme-prod', unknownAttributes },
  );
}

type UserAttributes = AttributesOf<'iam:user'>;
type Key = UserAttributes['accessKeys'][number];
const key = (slot: number, fields: Partial<Key> = {}): Key => ({
  slot,
  active: true,
  lastRotated: daysAgo(10),
  lastUsed: daysAgo(1),
  lastUsedService: 's3',
  ...fields,
});

function user(name: string, attributes: Partial<UserAttributes> = {}, unknownAttributes: string[] = []) {
  return resource(
    'iam:user',
    name,
    {
      path: '/',
      userId: `AIDA${name.toUpperCase()}`,
      passwordEnabled: false,
      passwordLastUsed: null,
      passwordLastChanged: null,
      mfaActive: false,
      accessKeys: [],
      groups: [],
      attachedPolicyArns: [],
      inlinePolicies: [],
      permissionsBoundaryArn: null,
      ...attributes,
    },
    { region: 'global', arn: `arn:aws:iam::${ACCOUNT}:user/${name}`, name, unknownAttributes },
  );
}

function role(name: string, attributes: Partial<AttributesOf<'iam:role'>> = {}) {
  return resource(
    'iam:role',
    name,
    {
      path: '/',
      roleId: `AROA${name.toUpperCase()}`,
      assumeRolePolicy: doc({
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
        Action: 'sts:AssumeRole',
      }),
      lastUsedAt: null,
      lastUsedRegion: null,
      attachedPolicyArns: [],
      inlinePolicies: [],
      isServiceLinked: false,
      ...attributes,
    },
    { region: 'global', arn: `arn:aws:iam::${ACCOUNT}:role/${name}`, name },
  );
}

function group(name: string, attributes: Partial<AttributesOf<'iam:group'>> = {}) {
  return resource(
    'iam:group',
    name,
    { path: '/', attachedPolicyArns: [], inlinePolicies: [], ...attributes },
    { region: 'global', arn: `arn:aws:iam::${ACCOUNT}:group/${name}`, name },
  );
}

function policy(name: string, document: unknown, attachmentCount = 1) {
  return resource(
    'iam:policy',
    name,
    { path: '/', defaultVersionId: 'v2', document, attachmentCount, isAttachable: true },
    { region: 'global', arn: `arn:aws:iam::${ACCOUNT}:policy/${name}`, name },
  );
}

describe('iam.root-mfa-disabled', () => {
  it('flags a root user without MFA, naming the account', () => {
    const [finding, ...rest] = run(rootMfaDisabled, inventoryOf([account()]));
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('critical');
    expect(finding?.message).toContain(`root user of account ${ACCOUNT} (acme-prod) has no MFA device`);
    expect(finding?.resource.arn).toBe(`arn:aws:iam::${ACCOUNT}:root`);
    expect(finding?.references.fsbp).toEqual(['IAM.9']);
  });

  it('says nothing when root has MFA, when the credential report lacked root, or when root has no password', () => {
    expect(
      run(
        rootMfaDisabled,
        inventoryOf([
          account({
            root: { mfaActive: true, accessKeysActive: 0, passwordLastUsed: null, accessKeyLastUsed: null },
          }),
        ]),
      ),
    ).toEqual([]);
    expect(run(rootMfaDisabled, inventoryOf([account({ root: null }, ['root'])]))).toEqual([]);
    expect(
      run(
        rootMfaDisabled,
        inventoryOf([account({ summary: { AccountMFAEnabled: 0, AccountPasswordPresent: 0 } })]),
      ),
    ).toEqual([]);
  });
});

describe('iam.root-access-keys', () => {
  const root = (accessKeysActive: number) => ({
    mfaActive: true,
    accessKeysActive,
    passwordLastUsed: null,
    accessKeyLastUsed: accessKeysActive > 0 ? daysAgo(2) : null,
  });

  it('flags active root keys as critical', () => {
    const [finding] = run(rootAccessKeys, inventoryOf([account({ root: root(1) })]));
    expect(finding?.severity).toBe('critical');
    expect(finding?.message).toContain('has 1 active access key(s)');
  });

  it('reports inactive-only keys as high, and keys with an unknown state as critical', () => {
    const summary = { AccountAccessKeysPresent: 1 };
    const [inactive] = run(rootAccessKeys, inventoryOf([account({ root: root(0), summary })]));
    expect(inactive?.severity).toBe('high');
    expect(inactive?.message).toContain('all are inactive');
    const [unknown] = run(rootAccessKeys, inventoryOf([account({ root: null, summary }, ['root'])]));
    expect(unknown?.severity).toBe('critical');
    expect(unknown?.message).toContain('whether they are active is unknown');
  });

  it('says nothing without keys, or when neither source could be read', () => {
    expect(run(rootAccessKeys, inventoryOf([account({ root: root(0) })]))).toEqual([]);
    expect(
      run(rootAccessKeys, inventoryOf([account({ root: null, summary: {} }, ['root', 'summary'])])),
    ).toEqual([]);
  });
});

describe('iam.user-console-without-mfa', () => {
  it('flags a console user without MFA', () => {
    const [finding] = run(
      consoleUserWithoutMfa,
      inventoryOf([user('alice', { passwordEnabled: true, passwordLastUsed: daysAgo(2) })]),
    );
    expect(finding?.message).toContain(
      'IAM user alice can sign in to the console with a password and has no MFA',
    );
    expect(finding?.remediation.cli).toBe('aws iam delete-login-profile --user-name alice');
  });

  it('ignores users with MFA, without a password, or missing from the credential report', () => {
    const inventory = inventoryOf([
      user('bob', { passwordEnabled: true, mfaActive: true }),
      user('bot', { passwordEnabled: false }),
      user('new', { passwordEnabled: false, mfaActive: false }, ['mfaActive', 'passwordEnabled']),
    ]);
    expect(run(consoleUserWithoutMfa, inventory)).toEqual([]);
  });
});

describe('iam.access-key-not-rotated', () => {
  it('flags an active key older than 90 days, per slot', () => {
    const findings = run(
      accessKeyNotRotated,
      inventoryOf([user('ci', { accessKeys: [key(1, { lastRotated: daysAgo(200) }), key(2)] })]),
    );
    expect(findings.map((f) => f.subKey)).toEqual(['key-1']);
    expect(findings[0]?.message).toContain(
      'Access key 1 of IAM user ci is active and was created 200 days ago',
    );
    expect(findings[0]?.evidence).toMatchObject({ ageDays: 200, maxAgeDays: 90 });
  });

  it('allows exactly 90 days, inactive keys, a raised threshold and unknown keys', () => {
    const inventory = inventoryOf([
      user('a', { accessKeys: [key(1, { lastRotated: daysAgo(90) })] }),
      user('b', { accessKeys: [key(1, { active: false, lastRotated: daysAgo(400) })] }),
      user('c', { accessKeys: [] }, ['accessKeys']),
    ]);
    expect(run(accessKeyNotRotated, inventory)).toEqual([]);
    const old = inventoryOf([user('d', { accessKeys: [key(1, { lastRotated: daysAgo(100) })] })]);
    expect(run(accessKeyNotRotated, old)).toHaveLength(1);
    const config = {
      ...DEFAULT_CONFIG,
      thresholds: { ...DEFAULT_CONFIG.thresholds, accessKeyMaxAgeDays: 180 },
    };
    expect(run(accessKeyNotRotated, old, config)).toEqual([]);
  });
});

describe('iam.credentials-unused', () => {
  it('flags a password unused for 45 days, and a never-used password set long ago', () => {
    const findings = run(
      credentialsUnused,
      inventoryOf([
        user('alice', {
          passwordEnabled: true,
          passwordLastUsed: daysAgo(45),
          passwordLastChanged: daysAgo(300),
        }),
        user('bob', { passwordEnabled: true, passwordLastUsed: null, passwordLastChanged: daysAgo(60) }),
      ]),
    );
    expect(findings.map((f) => [f.resource.id, f.subKey])).toEqual([
      ['alice', 'password'],
      ['bob', 'password'],
    ]);
    expect(findings[1]?.message).toContain('was never used; it was set 60 days ago');
  });

  it('flags active keys by last use, or by creation when never used', () => {
    const findings = run(
      credentialsUnused,
      inventoryOf([
        user('ci', {
          accessKeys: [
            key(1, { lastUsed: daysAgo(100), lastRotated: daysAgo(400) }),
            key(2, { lastUsed: null, lastRotated: daysAgo(50) }),
          ],
        }),
      ]),
    );
    // Unused for 90 days or more is high (FSBP IAM.8); from 45 days, medium (CIS 2.11, IAM.22).
    expect(findings.map((f) => [f.subKey, f.severity])).toEqual([
      ['key-1', 'high'],
      ['key-2', 'medium'],
    ]);
    expect(findings[0]?.message).toContain('last used 100 days ago');
    expect(findings[1]?.message).toContain('was never used; it was created 50 days ago');
  });

  it('is high past the high threshold even when the base threshold is set above it', () => {
    const config = {
      ...DEFAULT_CONFIG,
      thresholds: { ...DEFAULT_CONFIG.thresholds, unusedCredentialDays: 120, unusedCredentialHighDays: 90 },
    };
    const findings = run(
      credentialsUnused,
      inventoryOf([
        user('ci', { accessKeys: [key(1, { lastUsed: daysAgo(130), lastRotated: daysAgo(400) })] }),
      ]),
      config,
    );
    expect(findings.map((f) => f.severity)).toEqual(['high']);
    const below = run(
      credentialsUnused,
      inventoryOf([
        user('ci', { accessKeys: [key(1, { lastUsed: daysAgo(100), lastRotated: daysAgo(400) })] }),
      ]),
      config,
    );
    expect(below).toEqual([]);
  });

  it('ignores recent use, inactive keys, users without a password and unknown report data', () => {
    const inventory = inventoryOf([
      user('a', { passwordEnabled: true, passwordLastUsed: daysAgo(44), passwordLastChanged: daysAgo(400) }),
      user('b', {
        accessKeys: [key(1, { active: false, lastUsed: daysAgo(400) }), key(2, { lastUsed: daysAgo(3) })],
      }),
      user('c', { passwordEnabled: false, passwordLastChanged: daysAgo(400) }),
      user('d', { passwordEnabled: true, passwordLastChanged: daysAgo(400) }, ['passwordLastUsed']),
    ]);
    expect(run(credentialsUnused, inventory)).toEqual([]);
  });
});

describe('iam.policy-full-admin', () => {
  it('flags an attached *:* policy as high and names who attaches it', () => {
    const everything = policy('everything', doc({ Sid: 'Admin', ...allowAll }), 2);
    const [finding] = run(
      policyFullAdmin,
      inventoryOf([
        everything,
        user('deploy-bot', { attachedPolicyArns: [everything.arn] }),
        role('github-deploy', { attachedPolicyArns: [everything.arn] }),
      ]),
    );
    expect(finding?.severity).toBe('high');
    expect(finding?.message).toContain('Customer-managed policy everything (version v2) allows every action');
    expect(finding?.evidence.attachedTo).toEqual(['role github-deploy', 'user deploy-bot']);
    expect(finding?.remediation.cli).toBe(`aws iam list-entities-for-policy --policy-arn ${everything.arn}`);
  });

  it('reads Statement, Action and Resource as a value or a list, and lowers unattached policies to medium', () => {
    const single = {
      Version: '2012-10-17',
      Statement: { Effect: 'Allow', Action: ['s3:GetObject', '*'], Resource: ['*'] },
    };
    const [finding] = run(policyFullAdmin, inventoryOf([policy('unused', single, 0)]));
    expect(finding?.severity).toBe('medium');
    expect(finding?.message).toContain('attached to nothing today');
  });

  it('ignores Deny statements, * on named resources and unreadable documents', () => {
    const inventory = inventoryOf([
      policy('deny', doc({ Effect: 'Deny', Action: '*', Resource: '*' })),
      policy('scoped', doc({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::logs/*' })),
      policy('broken', null),
    ]);
    expect(run(policyFullAdmin, inventory)).toEqual([]);
  });
});

describe('iam.policy-service-wildcard', () => {
  it('flags service wildcards with severity by resource breadth', () => {
    const findings = run(
      policyServiceWildcard,
      inventoryOf([
        policy(
          'tables',
          doc({ Effect: 'Allow', Action: 'dynamodb:*', Resource: 'arn:aws:dynamodb:us-east-1:1:table/*' }),
        ),
        policy('bucket', doc({ Effect: 'Allow', Action: ['s3:*'], Resource: 'arn:aws:s3:::reports/*' })),
        policy('power', doc({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' })),
      ]),
    );
    expect(findings.map((f) => [f.resource.id, f.severity])).toEqual([
      ['power', 'high'],
      ['tables', 'medium'],
      ['bucket', 'low'],
    ]);
    expect(findings[1]?.message).toContain(
      'allows every action of dynamodb:* on arn:aws:dynamodb:us-east-1:1:table/*',
    );
    expect(findings[0]?.message).toContain('every action except iam:*, organizations:* (NotAction) on *');
  });

  it('ignores prefix wildcards, named actions and policies already reported as full admin', () => {
    const inventory = inventoryOf([
      policy('read', doc({ Effect: 'Allow', Action: ['ec2:Describe*', 's3:GetObject'], Resource: '*' })),
      policy('admin', doc(allowAll, { Effect: 'Allow', Action: 's3:*', Resource: '*' })),
    ]);
    expect(run(policyServiceWildcard, inventory)).toEqual([]);
  });

  it('knows broad resources', () => {
    expect(
      [
        '*',
        'arn:aws:s3:::*',
        'arn:aws:s3:::*/*',
        'arn:aws:lambda:*:1:function:*',
        'arn:aws:iam::1:role/*',
      ].every(isBroadResource),
    ).toBe(true);
    expect(
      ['arn:aws:s3:::bucket/*', 'arn:aws:dynamodb:*:*:table/orders', 'arn:aws:sqs:us-east-1:1:jobs'].some(
        isBroadResource,
      ),
    ).toBe(false);
  });
});

describe('iam.user-full-admin / group / role', () => {
  it('flags inline *:* and AdministratorAccess on users, one finding per source', () => {
    const findings = run(
      userFullAdmin,
      inventoryOf([
        user('root-ish', {
          attachedPolicyArns: [ADMIN_ARN],
          inlinePolicies: [{ name: 'god', document: doc(allowAll) }],
        }),
      ]),
    );
    expect(findings.map((f) => f.subKey)).toEqual([ADMIN_ARN, 'inline:god']);
    expect(findings[1]?.message).toBe(
      'IAM user root-ish has full administrator access: inline policy god allows every action on every resource.',
    );
  });

  it('leaves customer-managed policies to iam.policy-full-admin and ignores scoped users', () => {
    const inventory = inventoryOf([
      user('a', { attachedPolicyArns: [`arn:aws:iam::${ACCOUNT}:policy/everything`] }),
      user('b', {
        inlinePolicies: [
          { name: 'read', document: doc({ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }) },
        ],
      }),
    ]);
    expect(run(userFullAdmin, inventory)).toEqual([]);
  });

  it('lowers a group without members to medium', () => {
    const findings = run(
      groupFullAdmin,
      inventoryOf([
        group('admins', { attachedPolicyArns: [ADMIN_ARN] }),
        group('empty', { attachedPolicyArns: [ADMIN_ARN] }),
        user('alice', { groups: ['admins'] }),
      ]),
    );
    expect(findings.map((f) => [f.resource.id, f.severity])).toEqual([
      ['admins', 'high'],
      ['empty', 'medium'],
    ]);
    expect(findings[0]?.message).toContain('It has 1 member(s).');
  });

  it('skips roles that are administrators by design and lowers service-only roles to medium', () => {
    const findings = run(
      roleFullAdmin,
      inventoryOf([
        role('OrganizationAccountAccessRole', {
          inlinePolicies: [{ name: 'AdministratorAccess', document: doc(allowAll) }],
        }),
        role('AWSServiceRoleForSupport', { attachedPolicyArns: [ADMIN_ARN], isServiceLinked: true }),
        role('AWSReservedSSO_Admin_1234', {
          attachedPolicyArns: [ADMIN_ARN],
          path: '/aws-reserved/sso.amazonaws.com/',
        }),
        role('cfn-exec', {
          attachedPolicyArns: [ADMIN_ARN],
          assumeRolePolicy: doc({
            Effect: 'Allow',
            Principal: { Service: 'cloudformation.amazonaws.com' },
            Action: 'sts:AssumeRole',
          }),
        }),
        role('break-glass', { attachedPolicyArns: [ADMIN_ARN] }),
      ]),
    );
    expect(findings.map((f) => [f.resource.id, f.severity])).toEqual([
      ['break-glass', 'high'],
      ['cfn-exec', 'medium'],
    ]);
  });
});

describe('iam.*-inline-service-wildcard', () => {
  it('flags an inline dynamodb:* on every table', () => {
    const [finding] = run(
      userInlineServiceWildcard,
      inventoryOf([
        user('deploy-bot', {
          inlinePolicies: [
            {
              name: 'tables',
              document: doc({
                Effect: 'Allow',
                Action: 'dynamodb:*',
                Resource: 'arn:aws:dynamodb:us-east-1:1:table/*',
              }),
            },
          ],
        }),
      ]),
    );
    expect(finding?.subKey).toBe('inline:tables');
    expect(finding?.severity).toBe('medium');
    expect(finding?.message).toContain(
      'Inline policy tables of IAM user deploy-bot allows every action of dynamodb:*',
    );
  });

  it('ignores service wildcards on named resources and skips service-linked roles', () => {
    const s3Bucket = doc({
      Effect: 'Allow',
      Action: 's3:*',
      Resource: ['arn:aws:s3:::reports', 'arn:aws:s3:::reports/*'],
    });
    expect(
      run(
        userInlineServiceWildcard,
        inventoryOf([user('a', { inlinePolicies: [{ name: 'p', document: s3Bucket }] })]),
      ),
    ).toEqual([]);
    const everything = doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' });
    expect(
      run(
        roleInlineServiceWildcard,
        inventoryOf([
          role('AWSServiceRoleForX', {
            isServiceLinked: true,
            inlinePolicies: [{ name: 'p', document: everything }],
          }),
        ]),
      ),
    ).toEqual([]);
  });
});

describe('iam.role-inline-service-wildcard and iam.group-inline-service-wildcard', () => {
  const tables = doc({
    Effect: 'Allow',
    Action: 'dynamodb:*',
    Resource: 'arn:aws:dynamodb:eu-west-2:*:table/*',
  });
  const scoped = doc({
    Effect: 'Allow',
    Action: ['dynamodb:GetItem', 'dynamodb:PutItem'],
    Resource: `arn:aws:dynamodb:eu-west-2:${ACCOUNT}:table/Users`,
  });

  it('flags a role and a group whose inline policy grants dynamodb:* on every table', () => {
    const [onRole] = run(
      roleInlineServiceWildcard,
      inventoryOf([role('lambda-exec', { inlinePolicies: [{ name: 'data', document: tables }] })]),
    );
    expect(onRole?.subKey).toBe('inline:data');
    expect(onRole?.remediation.cli).toBe(
      'aws iam get-role-policy --role-name lambda-exec --policy-name data',
    );
    expect(onRole?.message).toContain(
      'Inline policy data of IAM role lambda-exec allows every action of dynamodb:*',
    );
    const [onGroup] = run(
      groupInlineServiceWildcard,
      inventoryOf([group('developers', { inlinePolicies: [{ name: 'data', document: tables }] })]),
    );
    expect(onGroup?.message).toContain('IAM group developers');
  });

  it('ignores named actions on named tables', () => {
    expect(
      run(
        roleInlineServiceWildcard,
        inventoryOf([role('r', { inlinePolicies: [{ name: 'p', document: scoped }] })]),
      ),
    ).toEqual([]);
    expect(
      run(
        groupInlineServiceWildcard,
        inventoryOf([group('g', { inlinePolicies: [{ name: 'p', document: scoped }] })]),
      ),
    ).toEqual([]);
  });
});

describe('iam.group-full-admin', () => {
  it('ignores groups with scoped or customer-managed policies (left to iam.policy-full-admin)', () => {
    const inventory = inventoryOf([
      group('readers', { attachedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] }),
      group('ops', { attachedPolicyArns: [`arn:aws:iam::${ACCOUNT}:policy/everything`] }),
      group('s3', {
        inlinePolicies: [{ name: 'p', document: doc({ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }) }],
      }),
      user('alice', { groups: ['readers', 'ops', 's3'] }),
    ]);
    expect(run(groupFullAdmin, inventory)).toEqual([]);
  });
});

describe('iam.password-policy-missing', () => {
  it('flags a missing policy as medium while IAM users have console passwords', () => {
    const [finding] = run(
      passwordPolicyMissing,
      inventoryOf([account(), user('alice', { passwordEnabled: true })]),
    );
    expect(finding?.severity).toBe('medium');
    expect(finding?.message).toContain(`Account ${ACCOUNT} (acme-prod) has no IAM password policy`);
  });

  it('is low when every user was read and none has a password; silent when the policy is unknown', () => {
    const [low] = run(
      passwordPolicyMissing,
      inventoryOf([account()], { emptyScopes: [{ type: 'iam:user', region: 'global' }] }),
    );
    expect(low?.severity).toBe('low');
    expect(low?.message).toContain('No IAM user of the account has a console password today.');
    expect(run(passwordPolicyMissing, inventoryOf([account({}, ['passwordPolicy'])]))).toEqual([]);
  });
});

describe('iam.password-policy-weak', () => {
  const strong: NonNullable<AccountAttributes['passwordPolicy']> = {
    minimumLength: 14,
    requireUppercase: true,
    requireLowercase: true,
    requireNumbers: true,
    requireSymbols: true,
    maxAgeDays: null,
    reusePrevention: 24,
    hardExpiry: false,
    allowUsersToChangePassword: true,
  };

  it('lists every weakness in one finding', () => {
    const [finding, ...rest] = run(
      passwordPolicyWeak,
      inventoryOf([
        account({
          passwordPolicy: {
            ...strong,
            minimumLength: 8,
            reusePrevention: null,
            requireSymbols: false,
            requireUppercase: false,
          },
        }),
      ]),
    );
    expect(rest).toEqual([]);
    expect(finding?.evidence.weaknesses).toEqual([
      'minimum length 8 (< 14)',
      'reuse prevention off (< 24 passwords)',
      'does not require uppercase letters, symbols',
    ]);
  });

  it('accepts a strong policy and leaves a missing one to iam.password-policy-missing', () => {
    expect(run(passwordPolicyWeak, inventoryOf([account({ passwordPolicy: strong })]))).toEqual([]);
    expect(run(passwordPolicyWeak, inventoryOf([account({ passwordPolicy: null })]))).toEqual([]);
  });
});
