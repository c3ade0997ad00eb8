import { readFile } from 'node:fs/promises';
import { normalize } from 'node:path';
import type { ErrorObject } from 'ajv';
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { compileSchema } from '../shared/ajv.js';
import { UsageError } from '../usage-error.js';
import { ConfigError } from './errors.js';
import { regexFromSlashes } from './patterns.js';
import {
  AuditConfigFile,
  DEFAULT_CONFIG,
  DEFAULT_CONFIG_PATH,
  DEFAULT_THRESHOLDS,
  type AuditConfig,
  type LocatedSuppression,
} from './schema.js';
import { errorMessage } from '../shared/errors.js';

export { ConfigError, regexFromSlashes };

const validate = compileSchema(AuditConfigFile);

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

/** Parses and validates the config text; every problem names the file, line and column. */
export function parseAuditConfig(text: string, file: string): AuditConfig {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number | undefined) => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return `${file}:${line}:${col}`;
  };
  if (document.errors.length > 0) {
    throw new ConfigError(document.errors.map((e) => `${at(e.pos[0])}: ${e.message.split('\n')[0]}`));
  }
  const value: unknown = document.toJS() ?? {};
  if (!validate(value)) {
    throw new ConfigError(
      collapse(validate.errors ?? []).map((e) => `${at(nodeFor(document, e)?.range?.[0])}: ${describe(e)}`),
    );
  }
  const problems: string[] = [];
  const suppressions: LocatedSuppression[] = (value.suppressions ?? []).map((suppression, index) => {
    const source = at((document.getIn(['suppressions', index], true) as Node | undefined)?.range?.[0]);
    if (suppression.resource?.startsWith('/')) {
      try {
        regexFromSlashes(suppression.resource);
      } catch (error) {
        problems.push(
          `${source}: suppressions.${index}.resource is not a valid regular expression: ${errorMessage(error)}`,
        );
      }
    }
    return { ...suppression, source };
  });
  if (problems.length > 0) throw new ConfigError(problems);
  const locations: Record<string, string> = {};
  const locate = (path: (string | number)[], node: Node | null | undefined) => {
    if (node?.range) locations[path.join('.')] = at(node.range[0]);
  };
  for (const list of [
    ['rules', 'disable'],
    ['rules', 'enable'],
    ['scope', 'services'],
  ] as const) {
    const items = document.getIn(list, true);
    if (isSeq(items)) items.items.forEach((item, i) => locate([...list, i], item as Node));
  }
  const severities = document.getIn(['rules', 'severity'], true);
  if (isMap(severities)) {
    for (const pair of severities.items) {
      if (isScalar(pair.key)) locate(['rules', 'severity', String(pair.key.value)], pair.key);
    }
  }
  return {
    source: file,
    disable: value.rules?.disable ?? [],
    enable: value.rules?.enable ?? [],
    severity: value.rules?.severity ?? {},
    thresholds: { ...DEFAULT_THRESHOLDS, ...value.thresholds },
    scope: { regions: value.scope?.regions ?? null, services: value.scope?.services ?? null },
    suppressions,
    locations,
  };
}

/**
 * Reads the config file named by the `config` input or `--config` flag (`label`), the same way in
 * both: the default path may be absent (the defaults apply, and `info` says so once); any other
 * path must exist, since a path someone wrote down and mistyped must not silently mean defaults.
 */
export async function loadAuditConfig(
  option: string | undefined,
  label: string,
  info: (message: string) => void,
): Promise<AuditConfig> {
  const path = option?.trim() || DEFAULT_CONFIG_PATH;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (
      (error as NodeJS.ErrnoException).code === 'ENOENT' &&
      normalize(path) === normalize(DEFAULT_CONFIG_PATH)
    ) {
      info(`No ${DEFAULT_CONFIG_PATH}: the audit uses the default rules and thresholds.`);
      return DEFAULT_CONFIG;
    }
    throw new UsageError(`${label}: cannot read ${path}: ${errorMessage(error)}`);
  }
  return parseAuditConfig(text, path);
}
