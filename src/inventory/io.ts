import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UsageError } from '../usage-error.js';
import type { Inventory } from './document.js';
import { InventoryValidationError, validateInventory } from './validate.js';
import { errorMessage } from '../shared/errors.js';
import { writeJsonFile } from '../shared/json-file.js';

const WHAT_TO_PASS = 'audit reads the inventory.json that aws-audit scan writes';

/**
 * A document that is not an inventory at all (rather than a broken one): a report, or some other
 * JSON. Listing schema errors against it would bury the point, so the message names what it is.
 */
function notAnInventory(path: string, value: unknown): UsageError | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const what = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
    return new UsageError(`${path} is not an aws-audit inventory but JSON ${what}: ${WHAT_TO_PASS}.`);
  }
  const document = value as Record<string, unknown>;
  // Reports of every version hold findings and a summary (version 1 named its rules rulesEvaluated, 2 rules).
  if (Array.isArray(document.findings) && typeof document.summary === 'object' && document.summary !== null) {
    const beside = join(dirname(path), 'inventory.json');
    return new UsageError(
      `${path} is an aws-audit report, not an inventory: ${WHAT_TO_PASS}` +
        `${existsSync(beside) ? `, here ${beside}` : ' (next to its report.json)'}.`,
    );
  }
  if (!('schemaVersion' in document) && !('resources' in document)) {
    const keys = Object.keys(document);
    const shown = `${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ', ...' : ''}`;
    return new UsageError(
      `${path} is not an aws-audit inventory (${keys.length > 0 ? `its keys are ${shown}` : 'it is an empty object'}; ` +
        `an inventory has schemaVersion, scan, accounts, resources): ${WHAT_TO_PASS}.`,
    );
  }
  return null;
}

export async function readInventory(path: string): Promise<Inventory> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read inventory ${path}: ${errorMessage(error)}`, { cause: error });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InventoryValidationError(path, [`not JSON: ${errorMessage(error)}`]);
  }
  const wrongDocument = notAnInventory(path, parsed);
  if (wrongDocument) throw wrongDocument;
  return validateInventory(parsed, path);
}

/** Streams through a temporary file and a rename, so a crash never leaves half an inventory. */
export async function writeInventory(path: string, inventory: Inventory): Promise<void> {
  await writeJsonFile(path, inventory);
}
