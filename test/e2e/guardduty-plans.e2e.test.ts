import { beforeAll, describe, expect, it } from '@jest/globals';
import { CreateClusterCommand, EKSClient } from '@aws-sdk/client-eks';
import { CreateDetectorCommand, GuardDutyClient } from '@aws-sdk/client-guardduty';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { Inventory } from '../../src/inventory/document.js';
import { runRules } from '../../src/rules/engine.js';
import { accountCredentials, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';
import { rulesFrom } from '../support/rules.js';

describe('GuardDuty protection plans judged against what the regions run, against moto', () => {
  const account = uniqueAccountId();
  let inventory: Inventory;

  beforeAll(async () => {
    const credentials = await accountCredentials(account);
    // EKS Audit Log Monitoring off in both regions; only London runs an EKS cluster.
    for (const region of ['eu-west-2', 'us-east-1']) {
      await new GuardDutyClient(seedConfig(region, credentials)).send(
        new CreateDetectorCommand({
          Enable: true,
          Features: [{ Name: 'EKS_AUDIT_LOGS', Status: 'DISABLED' }],
        }),
      );
    }
    await new EKSClient(seedConfig('eu-west-2', credentials)).send(
      new CreateClusterCommand({
        name: 'payments',
        roleArn: `arn:aws:iam::${account}:role/eks`,
        resourcesVpcConfig: { subnetIds: ['subnet-1', 'subnet-2'] },
      }),
    );
    inventory = await scanForTest(credentials, {
      regions: ['eu-west-2', 'us-east-1'],
      services: ['guardduty', 'eks'],
    });
  });

  it('scans both without errors', () => {
    expect(inventory.errors).toEqual([]);
  });

  it('advises EKS Audit Log Monitoring (GuardDuty.5) only where a cluster runs', () => {
    const findings = runRules(inventory, DEFAULT_CONFIG, rulesFrom('guardduty'))
      .findings.filter((f) => f.ruleId === 'guardduty.protection-plan-off')
      .map((f) => [f.region, f.subKey, f.references.fsbp]);
    expect(findings).toEqual([['eu-west-2', 'EKS_AUDIT_LOGS', ['GuardDuty.5']]]);
  });
});
