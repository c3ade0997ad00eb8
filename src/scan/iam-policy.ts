import type { Collector } from './collector.js';
import { collectors as allCollectors, orchestratorPermissions } from './registry.js';

/** The least-privilege read-only policy a scan needs, from what the collectors declare. */
export function scanPolicy(collectors: readonly Collector[] = allCollectors) {
  const actions = new Set<string>(Object.values(orchestratorPermissions));
  for (const collector of collectors)
    for (const action of Object.values(collector.permissions)) actions.add(action);
  // GetCallerIdentity needs no permission; listing it would only confuse reviewers.
  actions.delete('sts:GetCallerIdentity');
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: 'AwsAuditReadOnlyScan', Effect: 'Allow', Action: [...actions].sort(), Resource: '*' }],
  };
}
