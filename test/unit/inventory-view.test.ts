import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { parseFilters } from '../../src/inventory/filter.js';
import { writeInventory } from '../../src/inventory/io.js';
import {
  CSV_COLUMNS,
  inventoryCsv,
  inventoryMarkdown,
  inventoryRows,
} from '../../src/render/inventory-view.js';
import { UsageError } from '../../src/usage-error.js';
import { ACCOUNT, inventoryOf, resource } from '../support/inventory-builder.js';
import { HOSTILE, githubLinks, rawMarkup } from '../support/markup.js';

const volume = (
  id: string,
  sizeGiB: number,
  state: string,
  tags: Record<string, string> = {},
  region = 'us-east-1',
) =>
  resource(
    'ec2:volume',
    id,
    {
      sizeGiB,
      volumeType: 'gp3',
      iops: 3000,
      throughput: 125,
      encrypted: true,
      kmsKeyId: null,
      availabilityZone: `${region}a`,
      snapshotId: null,
      attachments: [],
    },
    { state, tags, region, name: tags.Name ?? null, createdAt: '2026-10-02T00:00:00.000Z' },
  );

const eip = (id: string) =>
  resource('ec2:elastic-ip', id, {
    publicIp: '3.4.5.6',
    allocationId: id,
    associationId: null,
    instanceId: null,
    networkInterfaceId: null,
    domain: 'vpc',
  });

const logGroup = (name: string, storedBytes: number) =>
  resource(
    'logs:log-group',
    name,
    { retentionDays: null, storedBytes, kmsKeyId: null, logGroupClass: null },
    { name },
  );

function sample() {
  return inventoryOf([
    volume('vol-big', 500, 'available', { env: 'prod', Name: 'data' }),
    volume('vol-small', 10, 'in-use', { env: 'dev' }, 'eu-west-1'),
    volume('vol-untagged', 20, 'available'),
    eip('eipalloc-1'),
    logGroup('/aws/lambda/api', 5e9),
  ]);
}

describe('inventory filters', () => {
  const ids = (filters: string[]) => inventoryRows(sample(), parseFilters(filters)).map((r) => r.id);

  it('keeps what every term of every filter matches', () => {
    expect(ids(['type=ec2:volume,state=available'])).toEqual(['vol-big', 'vol-untagged']);
    expect(ids(['type=ec2:volume', 'region=eu-*'])).toEqual(['vol-small']);
    expect(ids(['service=ec2', 'state=available|in-use'])).toEqual(['vol-big', 'vol-untagged', 'vol-small']);
    expect(ids(['name=/aws/lambda/*'])).toEqual(['/aws/lambda/api']);
    expect(ids([])).toHaveLength(5);
  });

  it('matches tags by value, by presence and by absence', () => {
    expect(ids(['tag:env=prod'])).toEqual(['vol-big']);
    expect(ids(['tag:env=PROD'])).toEqual(['vol-big']);
    expect(ids(['tag:env'])).toEqual(['vol-big', 'vol-small']);
    expect(ids(['type=ec2:volume,tag:env!='])).toEqual(['vol-untagged']);
    expect(ids(['type=ec2:volume,tag:env!=prod'])).toEqual(['vol-untagged', 'vol-small']);
  });

  it.each([
    ['colour=red', /unknown key 'colour'/],
    ['type=ec2:volumes', /no type matches 'ec2:volumes'/],
    ['service=ec3', /no service matches 'ec3'/],
    ['state=', /'state' needs a value/],
    ['type=ec2:volume,', /an empty term/],
  ])('refuses %s before anything is read', (filter, message) => {
    expect(() => parseFilters([filter])).toThrow(UsageError);
    expect(() => parseFilters([filter])).toThrow(message);
  });
});

describe('inventory rows', () => {
  it('prices what the table knows, dearest first within a type, and leaves the rest unpriced', () => {
    const rows = inventoryRows(sample());
    const volumes = rows.filter((r) => r.type === 'ec2:volume');
    expect(volumes.map((r) => [r.id, r.monthlyUsd])).toEqual(
      [
        ['vol-big', 40],
        ['vol-small', 0.8],
        ['vol-untagged', 1.6],
      ].sort((a, b) => (b[1] as number) - (a[1] as number)),
    );
    expect(rows.find((r) => r.type === 'ec2:elastic-ip')).toMatchObject({ monthlyUsd: 3.65 });
    expect(rows.find((r) => r.type === 'logs:log-group')).toMatchObject({ monthlyUsd: 0.15, size: '5.0 GB' });
    const big = volumes[0];
    expect(big).toMatchObject({ size: '500 GiB gp3', ageDays: 30, state: 'available', name: 'data' });
    expect(big?.costBasis).toContain('500 GiB x $0.08');
  });

  it('gives no cost rather than a guess where the price table lacks the resource', () => {
    const odd = resource(
      'ec2:volume',
      'vol-odd',
      { ...volume('x', 1, 'available').attributes, volumeType: 'future-type' },
      { state: 'available' },
    );
    expect(inventoryRows(inventoryOf([odd]))[0]).toMatchObject({ monthlyUsd: null, costBasis: null });
  });
});

describe('inventory Markdown', () => {
  it('has a section per service and a table per type, with counts, totals and the price date', () => {
    const inventory = sample();
    const text = inventoryMarkdown(inventory, inventoryRows(inventory));
    expect(text).toContain('## ec2');
    expect(text).toContain('### ec2:volume (3 · $42.40 a month)');
    expect(text).toContain('## cloudwatch');
    expect(text).toMatch(/as of \d{4}-\d{2}-\d{2}/);
    const table = text.split('\n').filter((l) => l.startsWith('| '));
    expect(table[0]).toBe('| Region | Name | ID | State | Size | Age (days) | Tags | Monthly |');
    expect(table).toContain(
      '| us-east-1 | data | vol-big | available | 500 GiB gp3 | 30 | env=prod, Name=data | $40.00 |',
    );
  });

  it('says which scopes were not read, for types listed and for types with nothing listed', () => {
    const inventory = inventoryOf([volume('vol-1', 1, 'available')], {
      failedScopes: [
        { type: 'ec2:volume', region: 'eu-west-1' },
        { type: 'rds:db-instance', region: 'us-east-1' },
      ],
    });
    const text = inventoryMarkdown(inventory, inventoryRows(inventory));
    expect(text).toContain('Not completely read, so this table may lack resources: eu-west-1 (failed).');
    expect(text).toContain('(unknown, not empty): rds:db-instance.');
  });

  it('shows at most the rows asked per type and counts the rest', () => {
    const inventory = sample();
    const text = inventoryMarkdown(inventory, inventoryRows(inventory), {
      maxRowsPerType: 1,
      fullListAt: 'inventory.csv',
    });
    expect(text).toContain('... and 2 more (all in inventory.csv).');
    expect(text.split('\n').filter((l) => l.startsWith('| ') && l.includes('vol-'))).toHaveLength(1);
  });

  it.each(HOSTILE)('keeps a hostile name and tag inert: %j', (hostile) => {
    const inventory = inventoryOf([volume('vol-h', 1, 'available', { Name: hostile, [hostile]: hostile })]);
    const text = inventoryMarkdown(inventory, inventoryRows(inventory));
    expect(githubLinks(text)).toEqual([]);
    const rows = text
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| Region') && !l.startsWith('| ---'));
    expect(rows).toHaveLength(1);
    // Eight cells: nine unescaped pipes, and no other markup character left raw.
    expect(rawMarkup((rows[0] ?? '').replace(/\$\d[\d,.]*/g, ''))).toBe('|'.repeat(9));
  });
});

describe('inventory CSV', () => {
  it('quotes what needs quoting and keeps formulas from running', () => {
    const inventory = inventoryOf([
      volume('vol-1', 8, 'available', { Name: '=HYPERLINK("x")', note: 'a, "b"\nc' }),
    ]);
    const csv = inventoryCsv(inventoryRows(inventory));
    const [header, row] = csv.split('\r\n');
    expect(header).toBe(CSV_COLUMNS.join(','));
    expect(row).toContain(`,"'=HYPERLINK(""x"")",`);
    expect(row).toContain('"Name==HYPERLINK(""x""); note=a, ""b""\nc"');
    expect(row?.startsWith(`${ACCOUNT},us-east-1,ec2,ec2:volume,vol-1,`)).toBe(true);
    expect(
      row?.endsWith(
        ',0.64,8 GiB x $0.08 per GB-month (gp3),false,arn:aws:ec2:us-east-1:111122223333:volume/vol-1',
      ),
    ).toBe(true);
  });
});

describe('aws-audit inventory', () => {
  let dir: string;
  let path: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aws-audit-inventory-'));
    path = join(dir, 'inventory.json');
    await writeInventory(path, sample());
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function run(argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(argv, { out: (t) => void out.push(t), err: (t) => void err.push(t) });
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  }

  it('prints the filtered tables, as Markdown, CSV or JSON', async () => {
    const markdown = await run([
      'inventory',
      '--inventory',
      path,
      '--filter',
      'type=ec2:volume,state=available',
    ]);
    expect(markdown.stderr).toBe('');
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain('### ec2:volume (2 · $41.60 a month)');
    expect(markdown.stdout).not.toContain('vol-small');
    const csv = await run(['inventory', '--inventory', path, '--format', 'csv', '--filter', 'tag:env=prod']);
    expect(csv.stdout.split('\r\n')).toHaveLength(2);
    const json = await run([
      'inventory',
      '--inventory',
      path,
      '--format',
      'json',
      '--filter',
      'service=cloudwatch',
    ]);
    expect(JSON.parse(json.stdout)).toEqual([
      expect.objectContaining({ id: '/aws/lambda/api', monthlyUsd: 0.15 }),
    ]);
  });

  it('refuses a bad filter or format before reading the file (exit 2)', async () => {
    const missing = join(dir, 'absent.json');
    const filter = await run(['inventory', '--inventory', missing, '--filter', 'typ=ec2:volume']);
    expect(filter).toMatchObject({ code: 2, stdout: '' });
    expect(filter.stderr).toContain("unknown key 'typ'");
    const format = await run(['inventory', '--inventory', missing, '--format', 'xlsx']);
    expect(format.stderr).toContain('--format xlsx is not a format');
    const file = await run(['inventory', '--inventory', missing]);
    expect(file).toMatchObject({ code: 2 });
    expect(file.stderr).toContain('Cannot read inventory');
  });
});
