import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Inventory } from './document.js';
import { InventoryValidationError, validateInventory } from './validate.js';

export async function readInventory(path: string): Promise<Inventory> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read inventory ${path}: ${(error as Error).message}`, { cause: error });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InventoryValidationError(path, [`not JSON: ${(error as Error).message}`]);
  }
  return validateInventory(parsed, path);
}

/** Writes through a temporary file and a rename, so a crash never leaves half an inventory. */
export async function writeInventory(path: string, inventory: Inventory): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(inventory, null, 2)}\n`, 'utf8');
  await rename(temporary, path);
}
