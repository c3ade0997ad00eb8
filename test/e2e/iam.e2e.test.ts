import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  AddUserToGroupCommand,
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateAccountAliasCommand,
  CreateGroupCommand,
  CreateLoginProfileCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  IAMClient,
  PutUserPolicyCommand,
  UpdateAccountPasswordPolicyCommand,
} from '@aws-sdk/client-iam';
import type { Inventory } from '../../src/inventory/document.js';
import { validateInventory } from '../../src/inventory/validate.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';

const adminPolicy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const tablePolicy = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: 'dynamodb:*', Resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/*' },
  ],
};

describe('IAM collector against moto', () => {
  const account = uniqueAccountId();
  let inventory: Inventory;
  let adminPolicyArn = '';

  beforeAll(async () => {
    const credentials = await accountCredentials(account);
    const iam = new IAMClient(seedConfig('us-east-1', credentials));
    await iam.send(new CreateAccountAliasCommand({ AccountAlias: `acme-prod-${account.slice(-4)}` }));
    await iam.send(
      new UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 8, RequireNumbers: true }),
    );
    await iam.send(new CreateUserCommand({ UserName: 'alice', Tags: [{ Key: 'team', Value: 'ops' }] }));
    await iam.send(new CreateLoginProfileCommand({ UserName: 'alice', Password: 'Correct-Horse-9' }));
    await iam.send(new CreateAccessKeyCommand({ UserName: 'alice' }));
    await iam.send(new CreateUserCommand({ UserName: 'deploy-bot' }));
    await iam.send(new CreateGroupCommand({ GroupName: 'admins' }));
    await iam.send(new AddUserToGroupCommand({ GroupName: 'admins', UserName: 'alice' }));
    const policy = await iam.send(
      new CreatePolicyCommand({ PolicyName: 'everything', PolicyDocument: JSON.stringify(adminPolicy) }),
    );
    adminPolicyArn = policy.Policy?.Arn ?? '';
    await iam.send(new AttachUserPolicyCommand({ UserName: 'deploy-bot', PolicyArn: adminPolicyArn }));
    await iam.send(
      new PutUserPolicyCommand({
        UserName: 'deploy-bot',
        PolicyName: 'tables',
        PolicyDocument: JSON.stringify(tablePolicy),
      }),
    );
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'github-deploy',
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: {
                Federated: `arn:aws:iam::${account}:oidc-provider/token.actions.githubusercontent.com`,
              },
              Action: 'sts:AssumeRoleWithWebIdentity',
            },
          ],
        }),
      }),
    );
    await iam.send(new AttachRolePolicyCommand({ RoleName: 'github-deploy', PolicyArn: adminPolicyArn }));
    inventory = await scanForTest(credentials, { regions: ['us-east-1'], services: ['iam'] });
  });

  it('scans IAM once, globally, without errors, into a valid inventory', () => {
    expect(inventory.errors).toEqual([]);
    expect(() => validateInventory(JSON.parse(JSON.stringify(inventory)))).not.toThrow();
    expect(inventory.resources.every((r) => r.region === 'global')).toBe(true);
    expect(inventory.accounts[0]?.alias).toBe(`acme-prod-${account.slice(-4)}`);
  });

  it('records the account: alias, summary and password policy; the root user only when the report has it', () => {
    const [iamAccount] = ofType(inventory, 'iam:account');
    expect(iamAccount?.attributes.passwordPolicy).toMatchObject({
      minimumLength: 8,
      requireNumbers: true,
      requireSymbols: false,
    });
    expect(iamAccount?.attributes.summary.Users).toBe(2);
    // moto's credential report has no <root_account> row (AWS's always does, see credential-report.test.ts):
    // the root user is then unknown, never reported as "no MFA".
    expect(iamAccount?.attributes.root).toBeNull();
    expect(iamAccount?.unknownAttributes).toEqual(['root']);
  });

  it('records users with console access, keys, MFA, groups and policies', () => {
    const users = ofType(inventory, 'iam:user');
    const alice = users.find((u) => u.id === 'alice');
    expect(alice).toMatchObject({ tags: { team: 'ops' }, unknownAttributes: [] });
    expect(alice?.attributes).toMatchObject({ passwordEnabled: true, mfaActive: false, groups: ['admins'] });
    expect(alice?.attributes.accessKeys).toEqual([
      expect.objectContaining({ slot: 1, active: true, lastUsed: null }),
    ]);
    const bot = users.find((u) => u.id === 'deploy-bot');
    expect(bot?.attributes).toMatchObject({
      passwordEnabled: false,
      attachedPolicyArns: [adminPolicyArn],
      inlinePolicies: [{ name: 'tables', document: tablePolicy }],
    });
  });

  it('records roles with their trust policy and customer-managed policies with their default document', () => {
    const role = ofType(inventory, 'iam:role').find((r) => r.id === 'github-deploy');
    expect(role?.attributes).toMatchObject({ attachedPolicyArns: [adminPolicyArn], isServiceLinked: false });
    expect(role?.attributes.assumeRolePolicy).toMatchObject({
      Statement: [{ Action: 'sts:AssumeRoleWithWebIdentity' }],
    });
    const policy = ofType(inventory, 'iam:policy').find((p) => p.id === 'everything');
    expect(policy?.attributes).toMatchObject({
      document: adminPolicy,
      attachmentCount: 2,
      defaultVersionId: 'v1',
    });
    expect(ofType(inventory, 'iam:group').map((g) => g.id)).toEqual(['admins']);
  });
});
