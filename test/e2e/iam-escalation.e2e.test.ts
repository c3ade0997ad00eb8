import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  CreateGroupCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  IAMClient,
  PutRolePermissionsBoundaryCommand,
  PutRolePolicyCommand,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { Inventory } from '../../src/inventory/document.js';
import { runRules, type AuditOutcome } from '../../src/rules/engine.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';
import { rulesFrom } from '../support/rules.js';

const document = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });

describe('IAM privilege escalation paths, against moto', () => {
  const account = uniqueAccountId();
  let inventory: Inventory;
  let outcome: AuditOutcome;

  beforeAll(async () => {
    const credentials = await accountCredentials(account);
    const iam = new IAMClient(seedConfig('us-east-1', credentials));
    const trust = document({
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${account}:root` },
      Action: 'sts:AssumeRole',
    });
    // A user who can pass any role to an instance it launches.
    await iam.send(new CreateUserCommand({ UserName: 'launcher' }));
    await iam.send(
      new PutUserPolicyCommand({
        UserName: 'launcher',
        PolicyName: 'launch',
        PolicyDocument: document({
          Effect: 'Allow',
          Action: ['iam:PassRole', 'ec2:RunInstances'],
          Resource: '*',
        }),
      }),
    );
    // A user who gets iam:CreateAccessKey on every user from its group's managed policy.
    const keys = await iam.send(
      new CreatePolicyCommand({
        PolicyName: 'key-admin',
        PolicyDocument: document({
          Effect: 'Allow',
          Action: 'iam:CreateAccessKey',
          Resource: `arn:aws:iam::${account}:user/*`,
        }),
      }),
    );
    await iam.send(new CreateGroupCommand({ GroupName: 'helpdesk' }));
    await iam.send(
      new AttachGroupPolicyCommand({ GroupName: 'helpdesk', PolicyArn: keys.Policy?.Arn ?? '' }),
    );
    await iam.send(new CreateUserCommand({ UserName: 'helper' }));
    await iam.send(new AddUserToGroupCommand({ GroupName: 'helpdesk', UserName: 'helper' }));
    // A user whose PassRole names one role: no escalation.
    await iam.send(new CreateUserCommand({ UserName: 'narrow' }));
    await iam.send(
      new PutUserPolicyCommand({
        UserName: 'narrow',
        PolicyName: 'launch',
        PolicyDocument: document(
          { Effect: 'Allow', Action: 'iam:PassRole', Resource: `arn:aws:iam::${account}:role/app-runtime` },
          { Effect: 'Allow', Action: 'ec2:RunInstances', Resource: '*' },
        ),
      }),
    );
    // Two roles that may attach policies to themselves, one within a boundary that leaves IAM out.
    const boundary = await iam.send(
      new CreatePolicyCommand({
        PolicyName: 'no-iam',
        PolicyDocument: document({ Effect: 'Allow', Action: 's3:*', Resource: '*' }),
      }),
    );
    for (const RoleName of ['self-admin', 'bounded']) {
      await iam.send(new CreateRoleCommand({ RoleName, AssumeRolePolicyDocument: trust }));
      await iam.send(
        new PutRolePolicyCommand({
          RoleName,
          PolicyName: 'attach',
          PolicyDocument: document({ Effect: 'Allow', Action: 'iam:AttachRolePolicy', Resource: '*' }),
        }),
      );
    }
    await iam.send(
      new PutRolePermissionsBoundaryCommand({
        RoleName: 'bounded',
        PermissionsBoundary: boundary.Policy?.Arn ?? '',
      }),
    );
    inventory = await scanForTest(credentials, { regions: ['us-east-1'], services: ['iam'] });
    outcome = runRules(inventory, DEFAULT_CONFIG, rulesFrom('iam-escalation'));
  });

  it('scans without errors, and reads the role permissions boundary', () => {
    expect(inventory.errors).toEqual([]);
    const bounded = ofType(inventory, 'iam:role').find((r) => r.id === 'bounded');
    expect(bounded?.attributes.permissionsBoundaryArn).toBe(`arn:aws:iam::${account}:policy/no-iam`);
  });

  it('reports the users and the role with a path, and not the narrowed or bounded ones', () => {
    const found = outcome.findings
      .filter((f) => f.ruleId.endsWith('-privilege-escalation'))
      .map((f) => [f.ruleId, f.resource.id, (f.evidence.paths as { path: string }[]).map((p) => p.path)])
      .sort();
    expect(found).toEqual([
      ['iam.role-privilege-escalation', 'self-admin', ['AttachRolePolicy']],
      ['iam.user-privilege-escalation', 'helper', ['CreateAccessKey']],
      ['iam.user-privilege-escalation', 'launcher', ['PassRole+EC2']],
    ]);
  });
});
