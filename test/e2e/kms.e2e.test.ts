import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  CreateAliasCommand,
  CreateKeyCommand,
  DisableKeyCommand,
  EnableKeyRotationCommand,
  KMSClient,
  ScheduleKeyDeletionCommand,
} from '@aws-sdk/client-kms';
import { CreateSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { Inventory } from '../../src/inventory/document.js';
import { validateInventory } from '../../src/inventory/validate.js';
import * as kmsRules from '../../src/rules/catalog/kms.js';
import { runRules } from '../../src/rules/engine.js';
import { isRule } from '../../src/rules/model.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';

const REGION = 'us-east-1';
const rules = Object.values(kmsRules).filter(isRule);

/** moto serves keys, rotation status, key policies, aliases, DisableKey and ScheduleKeyDeletion; it has no AWS managed keys (covered by the collector's mocked test). */
describe('KMS collector and rules against moto', () => {
  const account = uniqueAccountId();
  let inventory: Inventory;

  beforeAll(async () => {
    const credentials = await accountCredentials(account);
    const kms = new KMSClient(seedConfig(REGION, credentials));
    const key = async (alias: string, Policy?: string) => {
      const id = (await kms.send(new CreateKeyCommand(Policy ? { Policy } : {}))).KeyMetadata?.KeyId ?? '';
      await kms.send(new CreateAliasCommand({ AliasName: `alias/${alias}`, TargetKeyId: id }));
      return id;
    };
    await kms.send(new EnableKeyRotationCommand({ KeyId: await key('rotating') }));
    await key('plain');
    const open = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'Anyone', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kms:*', Resource: '*' },
      ],
    });
    await kms.send(new EnableKeyRotationCommand({ KeyId: await key('open', open) }));
    const disabled = await key('disabled');
    await kms.send(new EnableKeyRotationCommand({ KeyId: disabled }));
    await kms.send(new DisableKeyCommand({ KeyId: disabled }));
    const retired = await key('retired');
    await new SecretsManagerClient(seedConfig(REGION, credentials)).send(
      new CreateSecretCommand({ Name: 'uses-retired', SecretString: 'x', KmsKeyId: 'alias/retired' }),
    );
    await kms.send(new ScheduleKeyDeletionCommand({ KeyId: retired, PendingWindowInDays: 7 }));
    await kms.send(new ScheduleKeyDeletionCommand({ KeyId: await key('unused'), PendingWindowInDays: 7 }));
    inventory = await scanForTest(credentials, { regions: [REGION], services: ['kms', 'secretsmanager'] });
  });

  it('records each key with its state, alias, rotation and policy', () => {
    expect(inventory.errors).toEqual([]);
    validateInventory(inventory, 'kms e2e');
    const keys = ofType(inventory, 'kms:key')
      .map((k) => [
        k.name,
        k.state,
        k.attributes.rotationEnabled,
        k.attributes.policy?.publicStatements.length ?? null,
      ])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(keys).toEqual([
      ['alias/disabled', 'Disabled', true, 0],
      ['alias/open', 'Enabled', true, 1],
      ['alias/plain', 'Enabled', false, 0],
      ['alias/retired', 'PendingDeletion', null, 0],
      ['alias/rotating', 'Enabled', true, 0],
      ['alias/unused', 'PendingDeletion', null, 0],
    ]);
  });

  it('reports rotation off, the public policy, the disabled key and the key pending deletion a secret uses', () => {
    const found = runRules(inventory, DEFAULT_CONFIG, rules)
      .findings.map((f) => [f.ruleId, f.resource.name])
      .sort((a, b) => String(a).localeCompare(String(b)));
    expect(found).toEqual([
      ['kms.key-disabled-billed', 'alias/disabled'],
      ['kms.key-pending-deletion-in-use', 'alias/retired'],
      ['kms.key-policy-public', 'alias/open'],
      ['kms.key-rotation-off', 'alias/plain'],
    ]);
  });
});
