import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { readInventory, writeInventory } from '../../src/inventory/io.js';
import { canonicalize } from '../../src/inventory/order.js';
import { validateInventory } from '../../src/inventory/validate.js';
import { accountCredentials, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aws-audit-inventory-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('an inventory scanned from moto', () => {
  it('validates, and round-trips through the file', async () => {
    const account = uniqueAccountId();
    const credentials = await accountCredentials(account);
    const dynamodb = new DynamoDBClient(seedConfig('eu-west-1', credentials));
    await dynamodb.send(
      new CreateTableCommand({
        TableName: 'scanned',
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      }),
    );
    dynamodb.destroy();
    const inventory = await scanForTest(credentials, { regions: ['eu-west-1'], services: ['dynamodb'] });
    expect(validateInventory(JSON.parse(JSON.stringify(inventory)))).toEqual(inventory);
    expect(inventory.resources.map((r) => `${r.type} ${r.account} ${r.region} ${r.id}`)).toEqual([
      `dynamodb:table ${account} eu-west-1 scanned`,
    ]);
    // the scan's output is already in canonical order
    expect(JSON.stringify(canonicalize(inventory))).toBe(JSON.stringify(inventory));

    const path = join(dir, 'scanned', 'inventory.json');
    await writeInventory(path, inventory);
    expect(await readInventory(path)).toEqual(inventory);
    expect(await readdir(join(dir, 'scanned'))).toEqual(['inventory.json']);
  });
});
