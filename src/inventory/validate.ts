import type { ErrorObject, ValidateFunction } from 'ajv';
import { compileSchema } from '../shared/ajv.js';
import { UsageError } from '../usage-error.js';
import { INVENTORY_SCHEMA_VERSION, InventoryEnvelope, type Inventory } from './document.js';
import { resourceSchemas, resourceTypeOf } from './resources/index.js';

/** A file given to audit that is not a valid inventory: the user's mistake, so a UsageError. */
export class InventoryValidationError extends UsageError {
  override readonly name = 'InventoryValidationError';
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    const shown = problems.slice(0, 10).map((p) => `  - ${p}`);
    const more = problems.length > 10 ? [`  - ... and ${problems.length - 10} more`] : [];
    super([`${source} is not a valid aws-audit inventory:`, ...shown, ...more].join('\n'));
  }
}

const validateEnvelope = compileSchema(InventoryEnvelope);
const validatorsByType = new Map<string, ValidateFunction>(
  resourceSchemas.map((schema) => [resourceTypeOf(schema), compileSchema(schema)]),
);

function describe(errors: ErrorObject[] | null | undefined, prefix: string): string[] {
  return (errors ?? []).map((e) => {
    const where = `${prefix}${e.instancePath}` || '(document root)';
    const extra = e.keyword === 'additionalProperties' ? ` '${String(e.params.additionalProperty)}'` : '';
    return `${where}: ${e.message ?? e.keyword}${extra}`;
  });
}

/** Validates parsed JSON as an inventory; every problem names its JSON path. */
export function validateInventory(value: unknown, source = 'inventory'): Inventory {
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version !== INVENTORY_SCHEMA_VERSION) {
    throw new InventoryValidationError(source, [
      `/schemaVersion: the inventory has schema version ${version}; this aws-audit reads version ${INVENTORY_SCHEMA_VERSION}. ${version < INVENTORY_SCHEMA_VERSION ? 'Scan again to audit it' : 'Use the aws-audit that wrote it, or a newer one'}.`,
    ]);
  }
  if (!validateEnvelope(value))
    throw new InventoryValidationError(source, describe(validateEnvelope.errors, ''));
  const problems: string[] = [];
  value.resources.forEach((resource, index) => {
    const validate = validatorsByType.get(resource.type);
    if (!validate) {
      problems.push(`/resources/${index}/type: unknown resource type '${resource.type}'`);
    } else if (!validate(resource)) {
      problems.push(...describe(validate.errors, `/resources/${index}`));
    }
  });
  if (problems.length > 0) throw new InventoryValidationError(source, problems);
  return value as unknown as Inventory;
}
