import type { CleanupAction } from '../rules/model.js';
import { cleanupPermissions } from './actions/index.js';

/**
 * The cleanup role's policy, from what the actions declare (Cloud Custodian's way): reads, the
 * mutating calls, and tagging only on a snapshot as it is created, so the role can tag nothing else.
 */
export function cleanupPolicy(actions: Iterable<CleanupAction>) {
  const permissions = cleanupPermissions(actions);
  const reads = permissions.filter((p) => /^[a-z0-9]+:(Describe|Get|List)/.test(p));
  const tagging: string[] = permissions.filter((p) => p === 'ec2:CreateTags');
  const writes = permissions.filter((p) => !reads.includes(p) && !tagging.includes(p));
  return {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'AwsAuditCleanupRead', Effect: 'Allow', Action: reads, Resource: '*' },
      { Sid: 'AwsAuditCleanupAct', Effect: 'Allow', Action: writes, Resource: '*' },
      ...(tagging.length > 0
        ? [
            {
              Sid: 'AwsAuditCleanupTagSnapshotsOnCreate',
              Effect: 'Allow',
              Action: tagging,
              Resource: 'arn:aws:ec2:*:*:snapshot/*',
              Condition: { StringEquals: { 'ec2:CreateAction': 'CreateSnapshot' } },
            },
          ]
        : []),
    ].filter((statement) => statement.Action.length > 0),
  };
}
