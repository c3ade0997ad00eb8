import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  CreateSecretCommand,
  DeleteSecretCommand,
  RotateSecretCommand,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { Inventory } from '../../src/inventory/document.js';
import { validateInventory } from '../../src/inventory/validate.js';
import * as secretsRules from '../../src/rules/catalog/secretsmanager.js';
import { runRules } from '../../src/rules/engine.js';
import { isRule } from '../../src/rules/model.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';

const REGION = 'us-east-1';
const rules = Object.values(secretsRules).filter(isRule);

/**
 * moto serves ListSecrets with rotation settings, NextRotationDate, LastRotatedDate and DeletedDate,
 * but never a LastAccessedDate (AWS's answer is covered by the collector's mocked test), and dates
 * cannot be backdated: the rules run at a later "now" to see the secrets age.
 */
describe('Secrets Manager collector and rules against moto', () => {
  const account = uniqueAccountId();
  let inventory: Inventory;

  beforeAll(async () => {
    const sm = new SecretsManagerClient(seedConfig(REGION, await accountCredentials(account)));
    await sm.send(new CreateSecretCommand({ Name: 'plain', SecretString: 'not-read-by-the-scan' }));
    await sm.send(new CreateSecretCommand({ Name: 'rotating', SecretString: 'not-read-by-the-scan' }));
    // Rotation rules without a function: moto turns rotation on and sets NextRotationDate 30 days out.
    await sm.send(
      new RotateSecretCommand({ SecretId: 'rotating', RotationRules: { AutomaticallyAfterDays: 30 } }),
    );
    await sm.send(new CreateSecretCommand({ Name: 'going', SecretString: 'not-read-by-the-scan' }));
    await sm.send(new DeleteSecretCommand({ SecretId: 'going', RecoveryWindowInDays: 7 }));
    inventory = await scanForTest(await accountCredentials(account), {
      regions: [REGION],
      services: ['secretsmanager'],
    });
  });

  it('records each secret with its rotation and dates, the one pending deletion included, and no value', () => {
    expect(inventory.errors).toEqual([]);
    validateInventory(inventory, 'secretsmanager e2e');
    const secrets = ofType(inventory, 'secretsmanager:secret').sort((a, b) => a.id.localeCompare(b.id));
    expect(
      secrets.map((s) => [s.id, s.state, s.attributes.rotationEnabled, s.attributes.rotationDays]),
    ).toEqual([
      ['going', 'pending-deletion', false, null],
      ['plain', 'active', false, null],
      ['rotating', 'active', true, 30],
    ]);
    expect(secrets[2]?.attributes.nextRotationAt).not.toBeNull();
    expect(JSON.stringify(inventory)).not.toContain('not-read-by-the-scan');
  });

  const found = (now: Date) =>
    runRules(inventory, DEFAULT_CONFIG, rules, now)
      .findings.map((f) => [f.ruleId, f.resource.id])
      .sort();

  it('reports rotation off today, and nothing about the secret pending deletion', () => {
    expect(found(new Date())).toEqual([['secretsmanager.rotation-off', 'plain']]);
  });

  it('reports failing rotation, unused and unrotated secrets 200 days on', () => {
    const later = new Date(Date.now() + 200 * 86_400_000);
    expect(found(later)).toEqual([
      ['secretsmanager.rotation-failing', 'rotating'],
      ['secretsmanager.rotation-off', 'plain'],
      ['secretsmanager.secret-not-rotated', 'plain'],
      ['secretsmanager.secret-not-rotated', 'rotating'],
      ['secretsmanager.secret-unused', 'plain'],
      ['secretsmanager.secret-unused', 'rotating'],
    ]);
  });
});
