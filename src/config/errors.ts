import { UsageError } from '../usage-error.js';

/** Every problem of a configuration file, each naming file:line:col; exits 2 like any usage error. */
export class ConfigError extends UsageError {
  override readonly name = 'ConfigError';
  constructor(
    readonly problems: string[],
    title = 'Invalid aws-audit configuration:',
  ) {
    super([title, ...problems.map((p) => `  ${p}`)].join('\n'));
  }
}
