import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  CreateGroupCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  IAMClient,
  PutGroupPolicyCommand,
  PutRolePermissionsBoundaryCommand,
  PutRolePolicyCommand,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { Inventory } from '../../src/inventory/document.js';
import { runRules, type AuditOutcome } from '../../src/rules/engine.js';
import { accountCredentials, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';
import { rulesFrom } from '../support/rules.js';

const document = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const decryptAll = { Effect: 'Allow', Action: ['kms:Decrypt', 'kms:ReEncryptFrom'], Resource: '*' };

describe('IAM policies that decrypt with every KMS key (FSBP KMS.1, KMS.2), against moto', () => {
  const account = uniqueAccountId();
  let inventory: Inventory;
  let outcome: AuditOutcome;

  beforeAll(async () => {
    const credentials = await accountCredentials(account);
    const iam = new IAMClient(seedConfig('us-east-1', credentials));
    const create = (PolicyName: string, body: string) =>
      iam.send(new CreatePolicyCommand({ PolicyName, PolicyDocument: body }));
    await create('decrypt-everything', document(decryptAll));
    await create(
      'decrypt-one-key',
      document({
        ...decryptAll,
        Resource: `arn:aws:kms:us-east-1:${account}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
      }),
    );
    // Used as a permissions boundary: left out, as KMS.1 leaves boundaries out.
    const boundary = await create('boundary', document(decryptAll));
    const trust = document({
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${account}:root` },
      Action: 'sts:AssumeRole',
    });
    await iam.send(new CreateRoleCommand({ RoleName: 'bounded', AssumeRolePolicyDocument: trust }));
    await iam.send(
      new PutRolePermissionsBoundaryCommand({
        RoleName: 'bounded',
        PermissionsBoundary: boundary.Policy?.Arn,
      }),
    );
    await iam.send(new CreateUserCommand({ UserName: 'analyst' }));
    await iam.send(
      new PutUserPolicyCommand({
        UserName: 'analyst',
        PolicyName: 'kms-all',
        PolicyDocument: document(decryptAll),
      }),
    );
    await iam.send(new CreateGroupCommand({ GroupName: 'readers' }));
    await iam.send(
      new PutGroupPolicyCommand({
        GroupName: 'readers',
        PolicyName: 'kms-everywhere',
        PolicyDocument: document({ Effect: 'Allow', Action: 'kms:*', Resource: 'arn:aws:kms:*:*:key/*' }),
      }),
    );
    await iam.send(new CreateRoleCommand({ RoleName: 'app', AssumeRolePolicyDocument: trust }));
    // Denied on every key after all: not reported.
    await iam.send(
      new PutRolePolicyCommand({
        RoleName: 'app',
        PolicyName: 'denied',
        PolicyDocument: document(decryptAll, { Effect: 'Deny', Action: 'kms:*', Resource: '*' }),
      }),
    );
    inventory = await scanForTest(credentials, { regions: ['us-east-1'], services: ['iam'] });
    outcome = runRules(inventory, DEFAULT_CONFIG, rulesFrom('iam-kms'));
  });

  it('scans without errors', () => {
    expect(inventory.errors).toEqual([]);
  });

  it('reports the policy, the user and the group that decrypt with every key, and nothing else', () => {
    const found = outcome.findings.map((f) => [f.ruleId, f.resource.id, f.references.fsbp]).sort();
    expect(found).toEqual([
      ['iam.group-inline-kms-decrypt-all-keys', 'readers', ['KMS.2']],
      ['iam.policy-kms-decrypt-all-keys', 'decrypt-everything', ['KMS.1']],
      ['iam.user-inline-kms-decrypt-all-keys', 'analyst', ['KMS.2']],
    ]);
  });
});
