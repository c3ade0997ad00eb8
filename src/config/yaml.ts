import type { ErrorObject, ValidateFunction } from 'ajv';
import { LineCounter, isMap, isPair, isScalar, parseDocument, type Document, type Node } from 'yaml';
import { ConfigError } from './errors.js';

function pathOf(instancePath: string): (string | number)[] {
  return instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The YAML node an error is about: for an unexpected key, the key itself. */
function nodeFor(document: Document, error: ErrorObject): Node | undefined {
  const path = pathOf(error.instancePath);
  const node = (path.length === 0 ? document.contents : document.getIn(path, true)) as Node | undefined;
  const extra =
    error.keyword === 'additionalProperties' ? String(error.params.additionalProperty) : undefined;
  if (extra !== undefined && isMap(node)) {
    const pair = node.items.find(
      (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === extra,
    );
    if (pair && isPair(pair) && isScalar(pair.key)) return pair.key;
  }
  return node ?? undefined;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath ? error.instancePath.slice(1).replace(/\//g, '.') : 'the file';
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown key '${String(error.params.additionalProperty)}' in ${where}`;
    case 'required':
      return `${where} is missing '${String(error.params.missingProperty)}'`;
    case 'enum':
      return `${where} ${error.message ?? 'is not an allowed value'}`;
    case 'format':
      return `${where} must be a ${String(error.params.format)}${error.params.format === 'date' ? ' (YYYY-MM-DD)' : ''}`;
    default:
      return `${where} ${error.message ?? error.keyword}`;
  }
}

/**
 * A value that must be one of several constants (a severity) fails every branch of an anyOf: say
 * "must be one of ..." once instead of once per branch.
 */
function collapse(errors: ErrorObject[]): ErrorObject[] {
  const choices = new Map<string, string[]>();
  for (const e of errors) {
    if (e.keyword === 'const')
      choices.set(e.instancePath, [...(choices.get(e.instancePath) ?? []), String(e.params.allowedValue)]);
  }
  const seen = new Set<string>();
  return errors.flatMap((e) => {
    const allowed = choices.get(e.instancePath);
    if (!allowed) return [e];
    if (seen.has(e.instancePath)) return [];
    seen.add(e.instancePath);
    return [{ ...e, keyword: 'enum', message: `must be one of ${allowed.join(', ')}` }];
  });
}

export interface ValidatedYaml<T> {
  document: Document;
  value: T;
  /** `file:line:col` of an offset in the text. */
  at(offset: number | undefined): string;
}

/**
 * Parses YAML and validates it against a schema; every problem names the file, line and column,
 * all of them at once (a ConfigError).
 */
export function parseValidatedYaml<T>(
  text: string,
  file: string,
  validate: ValidateFunction<T>,
  /** Normalises what YAML makes of an empty section (null) before validation. */
  prepare: (value: unknown) => unknown = (value) => value,
): ValidatedYaml<T> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number | undefined) => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return `${file}:${line}:${col}`;
  };
  if (document.errors.length > 0) {
    throw new ConfigError(document.errors.map((e) => `${at(e.pos[0])}: ${e.message.split('\n')[0]}`));
  }
  const value: unknown = prepare(document.toJS() ?? {});
  if (!validate(value)) {
    throw new ConfigError(
      collapse(validate.errors ?? []).map((e) => `${at(nodeFor(document, e)?.range?.[0])}: ${describe(e)}`),
    );
  }
  return { document, value, at };
}
