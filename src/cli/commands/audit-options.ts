import { DEFAULT_CONFIG_PATH } from '../../config/schema.js';
import type { AuditSettings } from '../../run-audit.js';

export { failOnVerdict, parseFailOn } from '../../findings/fail-on.js';

export const auditOptions = {
  config: { type: 'string' },
  'fail-on': { type: 'string' },
} as const;

export function auditSettings(config: string | undefined, outputDir: string): AuditSettings {
  return { configPath: config ?? DEFAULT_CONFIG_PATH, configRequired: config !== undefined, outputDir };
}
