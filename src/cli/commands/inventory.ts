import { parseArgs } from 'node:util';
import { parseFilters } from '../../inventory/filter.js';
import { readInventory } from '../../inventory/io.js';
import { inventoryCsv, inventoryMarkdown, inventoryRows } from '../../render/inventory-view.js';
import { UsageError } from '../../usage-error.js';
import { HELP } from '../help.js';
import { EXIT, type Io } from '../io.js';

const FORMATS = ['markdown', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

const options = {
  inventory: { type: 'string' },
  format: { type: 'string' },
  filter: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

function formatOption(value: string | undefined): Format {
  const format = value ?? 'markdown';
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format ${format} is not a format; the formats are ${FORMATS.join(', ')}`);
  return format as Format;
}

/**
 * A saved inventory as people read it: a table per resource type (name, region, state, size, age,
 * tags, monthly cost where a price is known), as Markdown, CSV or JSON rows, filtered. No AWS call;
 * every option and filter is checked before the file is read.
 */
export async function inventoryCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options, strict: true, allowPositionals: false });
  if (values.help) {
    io.out(HELP);
    return EXIT.ok;
  }
  const format = formatOption(values.format);
  const keep = parseFilters(values.filter ?? []);
  if (!values.inventory)
    throw new UsageError('inventory needs --inventory FILE (an inventory.json written by aws-audit scan)');
  const inventory = await readInventory(values.inventory);
  const rows = inventoryRows(inventory, keep);
  if (format === 'csv') io.out(inventoryCsv(rows).trimEnd());
  else if (format === 'json') io.out(JSON.stringify(rows, null, 2));
  else io.out(inventoryMarkdown(inventory, rows).trimEnd());
  return EXIT.ok;
}
