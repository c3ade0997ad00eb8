import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  INVENTORY_SCHEMA_VERSION,
  type Coverage,
  type Inventory,
  type ScanError,
} from '../../src/inventory/document.js';
import { readInventory, writeInventory } from '../../src/inventory/io.js';
import { canonicalize, sortCoverage, sortErrors, sortResources } from '../../src/inventory/order.js';
import type { Resource, ResourceOfType } from '../../src/inventory/resources/index.js';
import { InventoryValidationError, validateInventory } from '../../src/inventory/validate.js';

const ACCOUNT = '111122223333';

function table(
  name: string,
  overrides: Partial<ResourceOfType<'dynamodb:table'>> = {},
): ResourceOfType<'dynamodb:table'> {
  return {
    type: 'dynamodb:table',
    arn: `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/${name}`,
    id: name,
    name,
    account: ACCOUNT,
    region: 'us-east-1',
    tags: { team: 'data' },
    state: 'ACTIVE',
    createdAt: '2026-01-02T03:04:05.000Z',
    unknownAttributes: [],
    attributes: {
      billingMode: 'PAY_PER_REQUEST',
      itemCount: 3,
      sizeBytes: 120,
      sse: null,
      kmsKeyManager: null,
      pointInTimeRecovery: false,
      ttl: { status: 'ENABLED', attributeName: 'expiresAt' },
      deletionProtection: true,
      stream: null,
      provisionedThroughput: null,
    },
    ...overrides,
  };
}

function validInventory(): Inventory {
  return {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    generator: { name: 'aws-audit-action', version: '0.1.0' },
    scan: {
      startedAt: '2026-01-02T03:04:05.000Z',
      finishedAt: '2026-01-02T03:04:07.500Z',
      durationMs: 2500,
      services: ['dynamodb'],
      stats: { apiCalls: 4, retries: 0, throttles: 0, errors: 1, longestCallChain: 3 },
    },
    accounts: [
      {
        id: ACCOUNT,
        alias: null,
        partition: 'aws',
        scannedAs: `arn:aws:sts::${ACCOUNT}:assumed-role/reader/session`,
        regions: ['us-east-1'],
        coverage: [
          {
            service: 'dynamodb',
            resourceType: 'dynamodb:table',
            region: 'us-east-1',
            status: 'partial',
            resourceCount: 2,
          },
        ],
      },
    ],
    resources: [table('orders'), table('users')],
    errors: [
      {
        account: ACCOUNT,
        service: 'dynamodb',
        region: 'us-east-1',
        operation: 'DescribeContinuousBackups',
        code: 'AccessDeniedException',
        message: 'denied',
        resourceId: 'users',
        missingPermission: 'dynamodb:DescribeContinuousBackups',
      },
    ],
  };
}

/** A JSON copy to break on purpose. */
function mutable(): Record<string, unknown> & {
  resources: Record<string, unknown>[];
  accounts: Record<string, unknown>[];
} {
  return JSON.parse(JSON.stringify(validInventory())) as ReturnType<typeof mutable>;
}

function problemsOf(value: unknown): InventoryValidationError {
  try {
    validateInventory(value, 'test.json');
  } catch (error) {
    if (error instanceof InventoryValidationError) return error;
    throw error;
  }
  throw new Error('expected the inventory to be invalid');
}

async function readError(path: string): Promise<Error> {
  try {
    await readInventory(path);
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected readInventory to fail');
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aws-audit-inventory-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('validateInventory', () => {
  it('accepts a valid inventory and returns it', () => {
    const inventory = validInventory();
    expect(validateInventory(inventory)).toBe(inventory);
  });

  it('names the versions for an inventory of another schema version, older or newer', () => {
    const older = problemsOf({ ...mutable(), schemaVersion: 1 });
    expect(older.source).toBe('test.json');
    expect(older.problems).toEqual([
      '/schemaVersion: the inventory has schema version 1; this aws-audit reads version 2. Scan again to audit it.',
    ]);
    expect(older.message).toBe(`test.json is not a valid aws-audit inventory:\n  - ${older.problems[0]}`);
    expect(problemsOf({ ...mutable(), schemaVersion: 3 }).problems[0]).toContain(
      'Use the aws-audit that wrote it, or a newer one',
    );
    expect(problemsOf({ ...mutable(), schemaVersion: '2' }).problems).toContain(
      '/schemaVersion: must be equal to constant',
    );
  });

  it('names /resources/<index>/type for an unknown resource type', () => {
    const doc = mutable();
    doc.resources.push({ ...doc.resources[0], type: 'ec2:spaceship' });
    const error = problemsOf(doc);
    expect(error.problems).toEqual(["/resources/2/type: unknown resource type 'ec2:spaceship'"]);
  });

  it('names the JSON path of a missing attribute', () => {
    const doc = mutable();
    delete (doc.resources[1]?.attributes as Record<string, unknown>).billingMode;
    const error = problemsOf(doc);
    expect(error.problems).toEqual(["/resources/1/attributes: must have required property 'billingMode'"]);
  });

  it('names the JSON path of an attribute of the wrong type', () => {
    const doc = mutable();
    (doc.resources[0]?.attributes as Record<string, unknown>).itemCount = 'many';
    expect(problemsOf(doc).problems).toEqual(['/resources/0/attributes/itemCount: must be number']);
  });

  it('names an extra property on a resource, its attributes and the envelope', () => {
    const doc = mutable();
    (doc.resources[0]?.attributes as Record<string, unknown>).colour = 'blue';
    expect(problemsOf(doc).problems).toEqual([
      "/resources/0/attributes: must NOT have additional properties 'colour'",
    ]);

    const top = { ...mutable(), extra: true };
    expect(problemsOf(top).problems).toEqual([
      "(document root): must NOT have additional properties 'extra'",
    ]);

    const account = mutable();
    (account.accounts[0] as Record<string, unknown>).owner = 'me';
    expect(problemsOf(account).problems).toEqual([
      "/accounts/0: must NOT have additional properties 'owner'",
    ]);
  });

  it('checks account ids and timestamps in the envelope', () => {
    const doc = mutable();
    (doc.accounts[0] as Record<string, unknown>).id = '1234';
    (doc.scan as Record<string, unknown>).startedAt = 'yesterday';
    const problems = problemsOf(doc).problems;
    expect(problems).toContain('/accounts/0/id: must match pattern "^[0-9]{12}$"');
    expect(problems).toContain('/scan/startedAt: must match format "date-time"');
  });

  it('checks the account id of every resource', () => {
    const doc = mutable();
    (doc.resources[1] as Record<string, unknown>).account = 'not-an-account';
    expect(problemsOf(doc).problems).toEqual(['/resources/1/account: must match pattern "^[0-9]{12}$"']);
  });

  it('reports problems in every resource, not just the first', () => {
    const doc = mutable();
    (doc.resources[0] as Record<string, unknown>).type = 'nope:a';
    (doc.resources[1]?.attributes as Record<string, unknown>).deletionProtection = 'yes';
    expect(problemsOf(doc).problems).toEqual([
      "/resources/0/type: unknown resource type 'nope:a'",
      '/resources/1/attributes/deletionProtection: must be boolean',
    ]);
  });

  it('shows at most 10 problems and counts the rest', () => {
    const doc = mutable();
    doc.resources = Array.from({ length: 13 }, (_, i) => ({ ...doc.resources[0], type: `bogus:t${i}` }));
    const error = problemsOf(doc);
    expect(error.problems).toHaveLength(13);
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('test.json is not a valid aws-audit inventory:');
    expect(lines.slice(1, 11)).toEqual(
      Array.from({ length: 10 }, (_, i) => `  - /resources/${i}/type: unknown resource type 'bogus:t${i}'`),
    );
    expect(lines[11]).toBe('  - ... and 3 more');
    expect(lines).toHaveLength(12);
    expect(error.message).not.toContain('bogus:t10');
  });

  it('lists exactly 10 problems without a count', () => {
    const doc = mutable();
    doc.resources = Array.from({ length: 10 }, (_, i) => ({ ...doc.resources[0], type: `bogus:t${i}` }));
    const lines = problemsOf(doc).message.split('\n');
    expect(lines).toHaveLength(11);
    expect(lines.join('\n')).not.toContain('more');
  });

  it('rejects a document that is not an object', () => {
    expect(problemsOf([]).problems).toEqual(['(document root): must be object']);
    expect(problemsOf(null).problems).toEqual(['(document root): must be object']);
  });
});

describe('readInventory', () => {
  it('names the path of a file that is not JSON', async () => {
    const path = join(dir, 'corrupt.json');
    await writeFile(path, '{"schemaVersion": 1, "resources": [', 'utf8');
    const error = await readError(path);
    expect(error).toBeInstanceOf(InventoryValidationError);
    expect(error.message.startsWith(`${path} is not a valid aws-audit inventory:\n  - not JSON: `)).toBe(
      true,
    );
    expect((error as InventoryValidationError).source).toBe(path);
  });

  it('names the path of a missing file', async () => {
    const path = join(dir, 'missing', 'inventory.json');
    const error = await readError(path);
    expect(error.message).toContain(`Cannot read inventory ${path}: `);
    expect(error.message).toContain('ENOENT');
  });

  it('names the path and the problem of an invalid inventory', async () => {
    const path = join(dir, 'old.json');
    await writeFile(path, JSON.stringify({ ...mutable(), schemaVersion: 0 }), 'utf8');
    const error = await readError(path);
    expect(error.message).toBe(
      `${path} is not a valid aws-audit inventory:\n  - /schemaVersion: the inventory has schema version 0; this aws-audit reads version 2. Scan again to audit it.`,
    );
  });
});

describe('writeInventory', () => {
  it('round-trips through readInventory and leaves no temporary file', async () => {
    const target = join(dir, 'round-trip', 'nested', 'inventory.json');
    const inventory = validInventory();
    await writeInventory(target, inventory);
    expect(await readdir(join(dir, 'round-trip', 'nested'))).toEqual(['inventory.json']);
    expect(await readInventory(target)).toEqual(inventory);
    const text = await readFile(target, 'utf8');
    // One resource a line, so a 100,000-resource inventory stays readable with grep and diff.
    const lines = text.split('\n').map((line) => line.replace(/,$/, ''));
    for (const resource of inventory.resources) expect(lines).toContain(`    ${JSON.stringify(resource)}`);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('replaces an existing inventory', async () => {
    const target = join(dir, 'replace', 'inventory.json');
    await writeInventory(target, validInventory());
    const smaller = { ...validInventory(), resources: [table('only')] };
    await writeInventory(target, smaller);
    const read = await readInventory(target);
    expect(read.resources.map((r) => r.id)).toEqual(['only']);
    expect(await readdir(join(dir, 'replace'))).toEqual(['inventory.json']);
  });
});

describe('canonicalize', () => {
  it('sorts object keys recursively and keeps array order', () => {
    const value = {
      b: 1,
      a: { z: [3, 1, 2], y: [{ d: 1, c: 2 }, 'x'], x: null },
      C: 'upper before lower',
    };
    const result = canonicalize(value);
    expect(JSON.stringify(result)).toBe(
      '{"C":"upper before lower","a":{"x":null,"y":[{"c":2,"d":1},"x"],"z":[3,1,2]},"b":1}',
    );
    expect(result).toEqual(value);
    // not mutated in place
    expect(Object.keys(value)).toEqual(['b', 'a', 'C']);
  });

  it('leaves dates and primitives alone', () => {
    const date = new Date('2026-01-02T03:04:05.000Z');
    expect(canonicalize({ when: date }).when).toBe(date);
    expect(canonicalize('text')).toBe('text');
    expect(canonicalize(null)).toBeNull();
    expect(canonicalize([{ b: 1, a: 2 }])).toEqual([{ a: 2, b: 1 }]);
  });

  it('makes equal content serialize to equal text', () => {
    const one = { tags: { b: '2', a: '1' }, list: [{ y: 1, x: 2 }] };
    const two = { list: [{ x: 2, y: 1 }], tags: { a: '1', b: '2' } };
    expect(JSON.stringify(canonicalize(one))).toBe(JSON.stringify(canonicalize(two)));
    expect(JSON.stringify(one)).not.toBe(JSON.stringify(two));
  });
});

describe('sorting', () => {
  it('sorts resources by account, type, region, id, then arn, without mutating the input', () => {
    const r = (account: string, name: string, region: string, arnSuffix = '') =>
      table(name, {
        account,
        region,
        arn: `arn:aws:dynamodb:${region}:${account}:table/${name}${arnSuffix}`,
      });
    const settings: Resource = {
      type: 's3:account-settings',
      arn: `arn:aws:s3::${ACCOUNT}:account`,
      id: ACCOUNT,
      name: null,
      account: ACCOUNT,
      region: 'global',
      tags: {},
      state: null,
      createdAt: null,
      unknownAttributes: [],
      attributes: { publicAccessBlock: null },
    };
    const otherAccount = r('222222222222', 'a', 'us-east-1');
    const lowerB = r(ACCOUNT, 'b', 'us-east-1');
    const secondArn = r(ACCOUNT, 'a', 'us-east-1', '-2');
    const ireland = r(ACCOUNT, 'a', 'eu-west-1');
    const firstArn = r(ACCOUNT, 'a', 'us-east-1', '-1');
    const upperB = r(ACCOUNT, 'B', 'us-east-1');
    const input = [otherAccount, settings, lowerB, secondArn, ireland, firstArn, upperB];
    const before = [...input];
    const sorted = sortResources(input);
    // code-unit order, independent of locale: 'B' < 'a' < 'b'
    expect(sorted).toEqual([ireland, upperB, firstArn, secondArn, lowerB, settings, otherAccount]);
    sorted.forEach((resource, index) =>
      expect(resource).toBe([ireland, upperB, firstArn, secondArn, lowerB, settings, otherAccount][index]),
    );
    expect(input).toEqual(before);
    expect(input[0]).toBe(otherAccount);
  });

  it('sorts errors by account, service, region, operation, code, then message', () => {
    const e = (overrides: Partial<ScanError>): ScanError => ({
      account: ACCOUNT,
      service: 's3',
      region: 'us-east-1',
      operation: 'GetBucketPolicy',
      code: 'AccessDenied',
      message: 'm',
      resourceId: null,
      missingPermission: null,
      ...overrides,
    });
    const input = [
      e({ message: 'z' }),
      e({ code: 'A' }),
      e({ operation: 'GetBucketAcl' }),
      e({ region: 'global' }),
      e({ service: 'ec2' }),
      e({ account: '000000000000' }),
      e({ message: 'a' }),
    ];
    expect(
      sortErrors(input).map((x) => [x.account, x.service, x.region, x.operation, x.code, x.message]),
    ).toEqual([
      ['000000000000', 's3', 'us-east-1', 'GetBucketPolicy', 'AccessDenied', 'm'],
      [ACCOUNT, 'ec2', 'us-east-1', 'GetBucketPolicy', 'AccessDenied', 'm'],
      [ACCOUNT, 's3', 'global', 'GetBucketPolicy', 'AccessDenied', 'm'],
      [ACCOUNT, 's3', 'us-east-1', 'GetBucketAcl', 'AccessDenied', 'm'],
      [ACCOUNT, 's3', 'us-east-1', 'GetBucketPolicy', 'A', 'm'],
      [ACCOUNT, 's3', 'us-east-1', 'GetBucketPolicy', 'AccessDenied', 'a'],
      [ACCOUNT, 's3', 'us-east-1', 'GetBucketPolicy', 'AccessDenied', 'z'],
    ]);
  });

  it('sorts coverage by service, resource type, then region', () => {
    const c = (service: string, resourceType: string, region: string): Coverage => ({
      service,
      resourceType,
      region,
      status: 'complete',
      resourceCount: 0,
    });
    const sorted = sortCoverage([
      c('s3', 's3:bucket', 'global'),
      c('ec2', 'ec2:volume', 'us-east-1'),
      c('ec2', 'ec2:instance', 'us-west-2'),
      c('ec2', 'ec2:instance', 'eu-west-1'),
    ]);
    expect(sorted.map((x) => `${x.service} ${x.resourceType} ${x.region}`)).toEqual([
      'ec2 ec2:instance eu-west-1',
      'ec2 ec2:instance us-west-2',
      'ec2 ec2:volume us-east-1',
      's3 s3:bucket global',
    ]);
  });
});
