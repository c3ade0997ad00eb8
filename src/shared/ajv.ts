import type { Static, TSchema } from '@sinclair/typebox';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsPlugin from 'ajv-formats';

/**
 * The one JSON Schema validator of the process: the inventory, the report and the configuration
 * are validated against their TypeBox schemas with it. `strict: false` because TypeBox adds
 * keywords of its own; `allErrors` so a message lists every problem at once.
 */
const ajv = new Ajv({ allErrors: true, strict: false });
addFormatsPlugin.default(ajv);

/** A validator for a TypeBox schema, typed by what the schema describes. */
export function compileSchema<T extends TSchema>(schema: T): ValidateFunction<Static<T>> {
  return ajv.compile<Static<T>>(schema);
}
