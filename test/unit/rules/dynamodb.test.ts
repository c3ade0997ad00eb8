import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { Inventory } from '../../../src/inventory/document.js';
import type { AttributesOf } from '../../../src/inventory/resources/index.js';
import { runRules } from '../../../src/rules/engine.js';
import {
  tableDeletionProtectionDisabled,
  tableNotCmkEncrypted,
  tablePitrDisabled,
} from '../../../src/rules/catalog/dynamodb.js';
import type { Rule } from '../../../src/rules/model.js';
import { inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');

/** A well-configured table; each test spoils what it is about. */
function table(
  name: string,
  attributes: Partial<AttributesOf<'dynamodb:table'>> = {},
  unknownAttributes: string[] = [],
) {
  return resource(
    'dynamodb:table',
    name,
    {
      billingMode: 'PAY_PER_REQUEST',
      itemCount: 1200,
      sizeBytes: 2_500_000,
      sse: {
        status: 'ENABLED',
        type: 'KMS',
        kmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      },
      kmsKeyManager: 'CUSTOMER',
      pointInTimeRecovery: true,
      ttl: null,
      deletionProtection: true,
      stream: null,
      provisionedThroughput: null,
      ...attributes,
    },
    { name, unknownAttributes },
  );
}

const run = (rule: Rule, inventory: Inventory) => runRules(inventory, DEFAULT_CONFIG, [rule], NOW).findings;

describe('dynamodb.pitr-disabled', () => {
  it('flags a table without PITR, with its size', () => {
    const [finding, ...rest] = run(
      tablePitrDisabled,
      inventoryOf([table('orders', { pointInTimeRecovery: false })]),
    );
    expect(rest).toEqual([]);
    expect(finding?.message).toBe(
      'DynamoDB table orders has point-in-time recovery off (1200 items, 2.5 MB, as DynamoDB last reported).',
    );
    expect(finding?.severity).toBe('medium');
    expect(finding?.references.fsbp).toEqual(['DynamoDB.2']);
    expect(finding?.remediation.cli).toContain('--region us-east-1 --table-name orders');
  });
  it('leaves the size out when DescribeTable failed', () => {
    const [finding] = run(
      tablePitrDisabled,
      inventoryOf([table('orders', { pointInTimeRecovery: false }, ['itemCount', 'sizeBytes', 'sse'])]),
    );
    expect(finding?.message).toBe('DynamoDB table orders has point-in-time recovery off.');
  });
  it('ignores tables with PITR and tables whose PITR status is unknown', () => {
    expect(
      run(
        tablePitrDisabled,
        inventoryOf([table('a'), table('b', { pointInTimeRecovery: false }, ['pointInTimeRecovery'])]),
      ),
    ).toEqual([]);
  });
});

describe('dynamodb.deletion-protection-disabled', () => {
  it('flags a table without deletion protection as medium, low when PITR keeps a backup', () => {
    const findings = run(
      tableDeletionProtectionDisabled,
      inventoryOf([
        table('bare', { deletionProtection: false, pointInTimeRecovery: false }),
        table('backed-up', { deletionProtection: false }),
      ]),
    );
    expect(findings.map((f) => [f.resource.id, f.severity])).toEqual([
      ['bare', 'medium'],
      ['backed-up', 'low'],
    ]);
    expect(findings[0]?.message).toBe('DynamoDB table bare has deletion protection off.');
  });
  it('ignores protected tables and unknown protection', () => {
    expect(
      run(
        tableDeletionProtectionDisabled,
        inventoryOf([table('a'), table('b', { deletionProtection: false }, ['deletionProtection'])]),
      ),
    ).toEqual([]);
  });
});

describe('dynamodb.table-not-cmk-encrypted', () => {
  it('is off by default', () => {
    expect(tableNotCmkEncrypted.metadata.defaultEnabled).toBe(false);
    const config = { ...DEFAULT_CONFIG, enable: [] };
    expect(
      runRules(inventoryOf([table('a', { sse: null })]), config, [tableNotCmkEncrypted], NOW).findings,
    ).toEqual([]);
  });

  const enabled = { ...DEFAULT_CONFIG, enable: ['dynamodb.table-not-cmk-encrypted'] };
  const runEnabled = (inventory: Inventory) =>
    runRules(inventory, enabled, [tableNotCmkEncrypted], NOW).findings;

  it('flags the AWS-owned key, the AWS managed key and KMS encryption being turned off', () => {
    const findings = runEnabled(
      inventoryOf([
        table('owned', { sse: null, kmsKeyManager: null }),
        table('aws-managed', { kmsKeyManager: 'AWS' }),
        table('disabling', {
          sse: { status: 'DISABLING', type: 'KMS', kmsKeyArn: null },
          kmsKeyManager: null,
        }),
      ]),
    );
    expect(findings.map((f) => f.message)).toEqual([
      'DynamoDB table aws-managed is encrypted with the AWS managed key aws/dynamodb, not a customer managed KMS key.',
      'DynamoDB table disabling is not encrypted with a customer managed KMS key (SSE type KMS, status DISABLING).',
      'DynamoDB table owned is encrypted with the AWS-owned key, not a customer managed KMS key.',
    ]);
    expect(findings[0]?.severity).toBe('low');
  });

  it('does not flag a customer managed key, nor a table whose encryption or key is unknown', () => {
    const inventory = inventoryOf([
      table('cmk'),
      table('unknown', { sse: null }, ['sse']),
      table('undescribed-key', { kmsKeyManager: null }, ['kmsKeyManager']),
    ]);
    expect(runEnabled(inventory)).toEqual([]);
  });
});
