import type { Inventory } from '../inventory/document.js';
import { serviceOfType, type Resource } from '../inventory/resources/index.js';
import { monthlyCost } from '../prices/resource-cost.js';
import { PRICES_AS_OF, PRICE_SOURCE } from '../prices/table.js';
import { escapeMarkdown } from './escape.js';
import { formatUsd, plural, truncate } from './format.js';

/** One resource as a person reads it: the columns of the inventory's tables and CSV. */
export interface InventoryRow {
  account: string;
  region: string;
  service: string;
  type: string;
  id: string;
  name: string | null;
  state: string | null;
  size: string | null;
  createdAt: string | null;
  ageDays: number | null;
  tags: Record<string, string>;
  /** On-demand list price a month; null where the price table does not know it (never a guess). */
  monthlyUsd: number | null;
  costBasis: string | null;
  /** The region's own price is not in the table: us-east-1's was used. */
  priceFallback: boolean;
  arn: string;
}

const GB = 1e9;
const bytes = (n: number) => (n >= GB ? `${(n / GB).toFixed(1)} GB` : `${(n / 1e6).toFixed(1)} MB`);

/** The size a person would name: the instance type, the volume's GiB, the table's items... */
export function sizeOf(resource: Resource): string | null {
  switch (resource.type) {
    case 'ec2:instance':
      return resource.attributes.instanceType;
    case 'ec2:volume':
      return `${resource.attributes.sizeGiB} GiB ${resource.attributes.volumeType}`;
    case 'ec2:snapshot':
      return `${resource.attributes.sizeGiB} GiB`;
    case 'rds:db-instance': {
      const { instanceClass, allocatedStorageGiB } = resource.attributes;
      const parts = [instanceClass, allocatedStorageGiB ? `${allocatedStorageGiB} GiB` : null];
      return parts.filter((p) => p !== null).join(', ') || null;
    }
    case 'rds:db-snapshot':
    case 'rds:db-cluster-snapshot':
      return resource.attributes.allocatedStorageGiB === null
        ? null
        : `${resource.attributes.allocatedStorageGiB} GiB`;
    case 'lambda:function':
      return resource.attributes.memoryMb === null ? null : `${resource.attributes.memoryMb} MB`;
    case 'logs:log-group':
      return bytes(resource.attributes.storedBytes);
    case 'dynamodb:table':
      return `${resource.attributes.itemCount} items, ${bytes(resource.attributes.sizeBytes)}`;
    case 's3:bucket': {
      if (resource.unknownAttributes.includes('contents')) return null;
      const { objects, complete } = resource.attributes.contents;
      return `${complete ? '' : 'over '}${plural(objects, 'object')}`;
    }
    default:
      return null;
  }
}

const DAY_MS = 86_400_000;

export function inventoryRows(
  inventory: Inventory,
  keep: (r: Resource) => boolean = () => true,
): InventoryRow[] {
  const now = Date.parse(inventory.scan.finishedAt);
  const rows = inventory.resources.filter(keep).map((resource): InventoryRow => {
    const cost = monthlyCost(resource);
    const created = resource.createdAt ? Date.parse(resource.createdAt) : NaN;
    return {
      account: resource.account,
      region: resource.region,
      service: serviceOfType(resource.type),
      type: resource.type,
      id: resource.id,
      name: resource.name,
      state: resource.state,
      size: sizeOf(resource),
      createdAt: resource.createdAt,
      ageDays: Number.isNaN(created) ? null : Math.max(0, Math.floor((now - created) / DAY_MS)),
      tags: resource.tags,
      monthlyUsd: cost?.monthlyUsd ?? null,
      costBasis: cost?.basis ?? null,
      priceFallback: cost?.prices.some((p) => p.fallback) ?? false,
      arn: resource.arn,
    };
  });
  // Dearest first within a type, then by place and name: what a tracker's reader looks for first.
  return rows.sort(
    (a, b) =>
      a.type.localeCompare(b.type) ||
      (b.monthlyUsd ?? -1) - (a.monthlyUsd ?? -1) ||
      a.account.localeCompare(b.account) ||
      a.region.localeCompare(b.region) ||
      (a.name ?? a.id).localeCompare(b.name ?? b.id),
  );
}

/** Where a type was not read completely: its table may lack resources there. */
function unreadScopes(inventory: Inventory, type: string, accounts: number): string[] {
  return inventory.accounts.flatMap((account) =>
    account.coverage
      .filter((c) => c.resourceType === type && c.status !== 'complete')
      .map((c) => `${accounts > 1 ? `${account.id} ` : ''}${c.region} (${c.status})`),
  );
}

export interface InventoryMarkdownOptions {
  /** Rows shown per type; the rest are counted ("and N more"). Unlimited when absent. */
  maxRowsPerType?: number;
  /** Where the whole list is, for the "and N more" line. */
  fullListAt?: string;
  /** Inside another document (the job summary): no title, and headings one level lower. */
  nested?: boolean;
}

const cell = (value: string | null) => (value === null || value === '' ? '' : escapeMarkdown(value));
const tagsText = (tags: Record<string, string>) =>
  truncate(
    Object.entries(tags)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k}=${v}`)
      .join(', '),
    80,
  );

/**
 * Markdown: a table per resource type, grouped by service, with totals where prices are known and
 * a line naming the scopes that were not read. Every AWS value is escaped (names and tags are
 * attacker-controlled).
 */
export function inventoryMarkdown(
  inventory: Inventory,
  rows: readonly InventoryRow[],
  options: InventoryMarkdownOptions = {},
): string {
  const accounts = inventory.accounts.length;
  const total = rows.reduce((sum, r) => sum + (r.monthlyUsd ?? 0), 0);
  const serviceHeading = options.nested ? '###' : '##';
  const lines = [
    ...(options.nested ? [] : ['# Inventory', '']),
    `${plural(rows.length, 'resource')} in ${plural(accounts, 'account')}, scanned ${inventory.scan.finishedAt}. ` +
      `Monthly costs are on-demand list prices as of ${PRICES_AS_OF} (${PRICE_SOURCE}) where the table knows the resource; ` +
      `usage-based charges (requests, data transfer) are not included. Priced total: ${formatUsd(total)} a month.`,
  ];
  const types = [...new Set([...rows.map((r) => r.type)])];
  let service = '';
  for (const type of types) {
    const ofType = rows.filter((r) => r.type === type);
    if (serviceOfType(type) !== service) {
      service = serviceOfType(type);
      lines.push('', `${serviceHeading} ${escapeMarkdown(service)}`);
    }
    const priced = ofType.filter((r) => r.monthlyUsd !== null);
    const cost =
      priced.length > 0 ? ` · ${formatUsd(priced.reduce((s, r) => s + (r.monthlyUsd ?? 0), 0))} a month` : '';
    lines.push('', `${serviceHeading}# ${escapeMarkdown(type)} (${ofType.length}${cost})`, '');
    const unread = unreadScopes(inventory, type, accounts);
    if (unread.length > 0)
      lines.push(
        `Not completely read, so this table may lack resources: ${unread.map(escapeMarkdown).join(', ')}.`,
        '',
      );
    const showAccount = accounts > 1;
    const showCost = priced.length > 0;
    const header = [
      ...(showAccount ? ['Account'] : []),
      'Region',
      'Name',
      'ID',
      'State',
      'Size',
      'Age (days)',
      'Tags',
      ...(showCost ? ['Monthly'] : []),
    ];
    lines.push(
      `| ${header.join(' | ')} |`,
      `| ${header.map((h) => (h === 'Monthly' || h === 'Age (days)' ? '---:' : '---')).join(' | ')} |`,
    );
    const shown = options.maxRowsPerType === undefined ? ofType : ofType.slice(0, options.maxRowsPerType);
    for (const row of shown) {
      const cells = [
        ...(showAccount ? [row.account] : []),
        cell(row.region),
        cell(row.name),
        row.name === row.id ? '' : cell(row.id),
        cell(row.state),
        cell(row.size),
        row.ageDays === null ? '' : String(row.ageDays),
        cell(tagsText(row.tags)),
        ...(showCost
          ? [
              row.monthlyUsd === null
                ? ''
                : `${formatUsd(row.monthlyUsd)}${row.priceFallback ? ' \u2020' : ''}`,
            ]
          : []),
      ];
      lines.push(`| ${cells.join(' | ')} |`);
    }
    const more = ofType.length - shown.length;
    if (more > 0)
      lines.push('', `... and ${more} more${options.fullListAt ? ` (all in ${options.fullListAt})` : ''}.`);
  }
  if (rows.some((r) => r.priceFallback)) {
    lines.push('', "\u2020 The region's own price is not in the table: us-east-1's is shown.");
  }
  const unreadOnly = inventory.accounts
    .flatMap((a) => a.coverage)
    .filter((c) => c.status !== 'complete' && !types.includes(c.resourceType))
    .map((c) => c.resourceType);
  if (unreadOnly.length > 0) {
    lines.push(
      '',
      `Types with nothing listed where a read failed (unknown, not empty): ${[...new Set(unreadOnly)].sort().map(escapeMarkdown).join(', ')}.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Spreadsheets run a cell that starts with these as a formula: a resource name must stay text. */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_COLUMNS = [
  'account',
  'region',
  'service',
  'type',
  'id',
  'name',
  'state',
  'size',
  'created_at',
  'age_days',
  'tags',
  'monthly_usd',
  'cost_basis',
  'price_fallback',
  'arn',
] as const;

/** RFC 4180 CSV, one row per resource; tags as `key=value` pairs joined by `; `. */
export function inventoryCsv(rows: readonly InventoryRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows) {
    const tags = Object.entries(r.tags)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
    const values = [
      r.account,
      r.region,
      r.service,
      r.type,
      r.id,
      r.name,
      r.state,
      r.size,
      r.createdAt,
      r.ageDays,
      tags,
      r.monthlyUsd,
      r.costBasis,
      String(r.priceFallback),
      r.arn,
    ];
    lines.push(values.map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Rows per type tried for the job summary, most first, until the section fits what is left of it. */
const SUMMARY_ROWS = [100, 25, 5, 0];

/**
 * The inventory as a collapsed section of the job summary, within `budgetBytes`: as many rows per
 * type as fit, the whole list being in the artifact's inventory.csv and inventory.md.
 */
export function inventorySummarySection(inventory: Inventory, budgetBytes: number): string | null {
  const rows = inventoryRows(inventory);
  const total = rows.reduce((sum, r) => sum + (r.monthlyUsd ?? 0), 0);
  const head = `<details><summary>Inventory: ${plural(rows.length, 'resource')}, ${formatUsd(total)} a month where priced</summary>\n\n`;
  for (const maxRowsPerType of SUMMARY_ROWS) {
    const body = inventoryMarkdown(inventory, rows, {
      nested: true,
      maxRowsPerType,
      fullListAt: 'inventory.csv of the report artifact',
    });
    const section = `${head}${body}\n</details>\n`;
    if (Buffer.byteLength(section, 'utf8') <= budgetBytes) return section;
  }
  return null;
}
