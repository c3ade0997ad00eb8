import { beforeAll, describe, expect, it } from '@jest/globals';
import { AccountClient, PutAlternateContactCommand } from '@aws-sdk/client-account';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { Inventory } from '../../src/inventory/document.js';
import { validateInventory } from '../../src/inventory/validate.js';
import { noSecurityContact } from '../../src/rules/catalog/account.js';
import { runRules } from '../../src/rules/engine.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';

describe('account collector against moto', () => {
  const bare = uniqueAccountId();
  const covered = uniqueAccountId();
  const inventories: Record<string, Inventory> = {};

  beforeAll(async () => {
    // One account never given a security contact, one that has one.
    const credentials = await accountCredentials(covered);
    await new AccountClient(seedConfig('us-east-1', credentials)).send(
      new PutAlternateContactCommand({
        AlternateContactType: 'SECURITY',
        Name: 'Security team',
        Title: 'Security',
        EmailAddress: 'security@example.com',
        PhoneNumber: '+15550100',
      }),
    );
    for (const account of [bare, covered]) {
      inventories[account] = await scanForTest(await accountCredentials(account), {
        regions: ['us-east-1'],
        services: ['account'],
      });
    }
  });

  it('records whether a security contact is set, and none of its details', () => {
    for (const [account, set] of [
      [bare, false],
      [covered, true],
    ] as const) {
      const inventory = inventories[account] as Inventory;
      expect(inventory.errors).toEqual([]);
      validateInventory(inventory, 'account e2e');
      expect(ofType(inventory, 'account:contacts').map((c) => [c.id, c.region, c.attributes])).toEqual([
        [account, 'global', { securityContact: set }],
      ]);
    }
    expect(JSON.stringify(inventories[covered])).not.toContain('security@example.com');
  });

  it('reports the account without a security contact only (FSBP Account.1)', () => {
    const found = (account: string) =>
      runRules(inventories[account] as Inventory, DEFAULT_CONFIG, [noSecurityContact]).findings.map((f) => [
        f.resource.type,
        f.resource.id,
      ]);
    expect(found(bare)).toEqual([['aws:account', bare]]);
    expect(found(covered)).toEqual([]);
  });
});
