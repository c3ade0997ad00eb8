import { readFile } from 'node:fs/promises';
import { normalize } from 'node:path';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { compileSchema } from '../shared/ajv.js';
import { UsageError } from '../usage-error.js';
import { ConfigError } from './errors.js';
import { parseValidatedYaml } from './yaml.js';
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

/** Parses and validates the config text; every problem names the file, line and column. */
export function parseAuditConfig(text: string, file: string): AuditConfig {
  const { document, value, at } = parseValidatedYaml(text, file, validate);
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
