import { beforeAll, describe, expect, it } from '@jest/globals';
import { CreateClusterCommand, EKSClient, type CreateClusterCommandInput } from '@aws-sdk/client-eks';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { Inventory } from '../../src/inventory/document.js';
import { validateInventory } from '../../src/inventory/validate.js';
import * as eksRules from '../../src/rules/catalog/eks.js';
import { runRules } from '../../src/rules/engine.js';
import { isRule } from '../../src/rules/model.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';

/**
 * EKS against moto, in eu-west-1: `legacy` (Kubernetes 1.31, past the end of extended support on
 * 2026-11-26) with a public endpoint open to all, no logging and no secrets encryption; `locked`
 * (1.35) private, audited, its secrets encrypted with a KMS key; `bare` created with no endpoint
 * settings at all.
 *
 * moto differs from AWS: it answers resourcesVpcConfig as sent, so `bare` has no endpointPublicAccess
 * (AWS fills in its defaults: public true, private false, 0.0.0.0/0), recorded null and not judged;
 * and it answers no upgradePolicy (AWS: EXTENDED by default). AWS's full answer is covered by the
 * collector's mocks.
 */
describe('EKS against moto', () => {
  const account = uniqueAccountId();
  let inventory: Inventory;
  const arns: Record<string, string> = {};

  beforeAll(async () => {
    const credentials = await accountCredentials(account);
    const eks = new EKSClient(seedConfig('eu-west-1', credentials));
    const base = {
      roleArn: `arn:aws:iam::${account}:role/eks`,
      resourcesVpcConfig: { subnetIds: ['subnet-1', 'subnet-2'] },
    };
    const create = async (input: Partial<CreateClusterCommandInput> & { name: string }) =>
      (await eks.send(new CreateClusterCommand({ ...base, ...input }))).cluster?.arn ?? '';
    arns.legacy = await create({
      name: 'legacy',
      version: '1.31',
      resourcesVpcConfig: {
        subnetIds: ['subnet-1'],
        endpointPublicAccess: true,
        endpointPrivateAccess: false,
        publicAccessCidrs: ['0.0.0.0/0'],
      },
    });
    arns.locked = await create({
      name: 'locked',
      version: '1.35',
      resourcesVpcConfig: {
        subnetIds: ['subnet-1'],
        endpointPublicAccess: false,
        endpointPrivateAccess: true,
      },
      logging: { clusterLogging: [{ types: ['audit', 'api'], enabled: true }] },
      encryptionConfig: [
        { resources: ['secrets'], provider: { keyArn: `arn:aws:kms:eu-west-1:${account}:key/k1` } },
      ],
    });
    arns.bare = await create({ name: 'bare', version: '1.35' });
    inventory = await scanForTest(credentials, { regions: ['eu-west-1'], services: ['eks'] });
  });

  it('describes every cluster with what the rules need', () => {
    expect(inventory.errors).toEqual([]);
    validateInventory(inventory, 'eks e2e');
    const byName = new Map(ofType(inventory, 'eks:cluster').map((c) => [c.id, c]));
    expect([...byName.keys()].sort()).toEqual(['bare', 'legacy', 'locked']);
    expect(byName.get('legacy')).toMatchObject({
      arn: arns.legacy,
      region: 'eu-west-1',
      attributes: {
        version: '1.31',
        endpointPublicAccess: true,
        publicAccessCidrs: ['0.0.0.0/0'],
        enabledLogTypes: [],
        secretsEncrypted: false,
        supportType: null,
      },
    });
    expect(byName.get('locked')?.attributes).toMatchObject({
      endpointPublicAccess: false,
      enabledLogTypes: ['api', 'audit'],
      secretsEncrypted: true,
      secretsKmsKeyArn: `arn:aws:kms:eu-west-1:${account}:key/k1`,
    });
    expect(byName.get('bare')?.attributes.endpointPublicAccess).toBeNull();
  });

  it('reports the public, unsupported, unencrypted, unaudited cluster', () => {
    const rules = Object.values(eksRules).filter(isRule);
    const now = new Date('2026-12-06T00:00:00Z');
    const found = runRules(inventory, DEFAULT_CONFIG, rules, now).findings.map((f) => [
      f.ruleId,
      f.resource.arn,
    ]);
    expect(found.sort()).toEqual(
      [
        ['eks.audit-logging-off', arns.bare],
        ['eks.audit-logging-off', arns.legacy],
        ['eks.endpoint-public', arns.legacy],
        ['eks.secrets-not-encrypted', arns.bare],
        ['eks.secrets-not-encrypted', arns.legacy],
        ['eks.version-past-standard-support', arns.legacy],
      ].sort(),
    );
  });
});
