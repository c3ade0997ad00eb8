import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  CreateRepositoryCommand,
  ECRClient,
  PutLifecyclePolicyCommand,
  PutRegistryScanningConfigurationCommand,
  SetRepositoryPolicyCommand,
} from '@aws-sdk/client-ecr';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { Inventory } from '../../src/inventory/document.js';
import { validateInventory } from '../../src/inventory/validate.js';
import {
  repositoryNoLifecyclePolicy,
  repositoryPolicyPublic,
  repositoryScanOnPushOff,
  repositoryTagsMutable,
} from '../../src/rules/catalog/ecr.js';
import { runRules } from '../../src/rules/engine.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';

const policy = (statement: Record<string, unknown>) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'S', Effect: 'Allow', ...statement }] });

/**
 * ECR against moto, in two regions. eu-west-1 (basic scanning, no registry rules): `good` is
 * immutable, scanned on push, with a lifecycle policy and a policy for one account; `open` is
 * mutable, unscanned, without lifecycle policy and lets anyone push; `pull` lets anyone pull.
 * eu-west-2 has a registry rule scanning `svc-*` on push: `svc-api` is scanned though its own flag is off.
 */
describe('ECR against moto', () => {
  const account = uniqueAccountId();
  let inventory: Inventory;

  beforeAll(async () => {
    const credentials = await accountCredentials(account);
    const west1 = new ECRClient(seedConfig('eu-west-1', credentials));
    await west1.send(
      new CreateRepositoryCommand({
        repositoryName: 'good',
        imageTagMutability: 'IMMUTABLE',
        imageScanningConfiguration: { scanOnPush: true },
      }),
    );
    await west1.send(
      new PutLifecyclePolicyCommand({
        repositoryName: 'good',
        lifecyclePolicyText: JSON.stringify({
          rules: [
            {
              rulePriority: 1,
              selection: {
                tagStatus: 'untagged',
                countType: 'sinceImagePushed',
                countUnit: 'days',
                countNumber: 14,
              },
              action: { type: 'expire' },
            },
          ],
        }),
      }),
    );
    await west1.send(
      new SetRepositoryPolicyCommand({
        repositoryName: 'good',
        policyText: policy({
          Principal: { AWS: 'arn:aws:iam::444455556666:root' },
          Action: 'ecr:BatchGetImage',
        }),
      }),
    );
    await west1.send(new CreateRepositoryCommand({ repositoryName: 'open' }));
    await west1.send(
      new SetRepositoryPolicyCommand({
        repositoryName: 'open',
        policyText: policy({ Principal: '*', Action: ['ecr:PutImage', 'ecr:BatchGetImage'] }),
      }),
    );
    await west1.send(
      new CreateRepositoryCommand({
        repositoryName: 'pull',
        imageTagMutability: 'IMMUTABLE',
        imageScanningConfiguration: { scanOnPush: true },
      }),
    );
    await west1.send(
      new SetRepositoryPolicyCommand({
        repositoryName: 'pull',
        policyText: policy({ Principal: '*', Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }),
      }),
    );
    const west2 = new ECRClient(seedConfig('eu-west-2', credentials));
    await west2.send(
      new PutRegistryScanningConfigurationCommand({
        scanType: 'BASIC',
        rules: [
          { scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [{ filter: 'svc-*', filterType: 'WILDCARD' }] },
        ],
      }),
    );
    await west2.send(
      new CreateRepositoryCommand({ repositoryName: 'svc-api', imageTagMutability: 'IMMUTABLE' }),
    );
    inventory = await scanForTest(credentials, { regions: ['eu-west-1', 'eu-west-2'], services: ['ecr'] });
  });

  it('reads each repository with its scanning, policy and lifecycle policy', () => {
    expect(inventory.errors).toEqual([]);
    validateInventory(inventory, 'ecr e2e');
    const repos = Object.fromEntries(ofType(inventory, 'ecr:repository').map((r) => [r.id, r]));
    expect(Object.keys(repos).sort()).toEqual(['good', 'open', 'pull', 'svc-api']);
    expect(repos.good?.attributes).toMatchObject({
      tagMutability: 'IMMUTABLE',
      scanOnPush: true,
      lifecyclePolicy: true,
    });
    expect(repos.good?.attributes.policy?.publicStatements).toEqual([]);
    expect(repos.open?.attributes).toMatchObject({
      tagMutability: 'MUTABLE',
      scanOnPush: false,
      lifecyclePolicy: false,
    });
    expect(repos['svc-api']?.region).toBe('eu-west-2');
    expect(repos['svc-api']?.attributes.scanning).toEqual({
      registryScanType: 'BASIC',
      frequency: 'SCAN_ON_PUSH',
      source: 'registry',
    });
  });

  it('reports what each rule should, and nothing on the good repository', () => {
    const found = runRules(inventory, DEFAULT_CONFIG, [
      repositoryScanOnPushOff,
      repositoryTagsMutable,
      repositoryNoLifecyclePolicy,
      repositoryPolicyPublic,
    ]).findings.map((f) => `${f.ruleId} ${f.resource.id} ${f.severity}`);
    expect(found.sort()).toEqual([
      'ecr.repository-no-lifecycle-policy open low',
      'ecr.repository-no-lifecycle-policy pull low',
      'ecr.repository-no-lifecycle-policy svc-api low',
      'ecr.repository-policy-public open critical',
      'ecr.repository-policy-public pull high',
      'ecr.repository-scan-on-push-off open medium',
      'ecr.repository-tags-mutable open low',
    ]);
  });
});
