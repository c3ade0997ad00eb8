export { failOnVerdict, parseFailOn } from '../../report/fail-on.js';

export const auditOptions = {
  config: { type: 'string' },
  'fail-on': { type: 'string' },
} as const;
