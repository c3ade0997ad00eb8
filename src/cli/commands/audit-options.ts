export { failOnVerdict, parseFailOn } from '../../findings/fail-on.js';

export const auditOptions = {
  config: { type: 'string' },
  'fail-on': { type: 'string' },
} as const;
