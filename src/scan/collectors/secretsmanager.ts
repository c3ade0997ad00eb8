import {
  SecretsManagerClient,
  paginateListSecrets,
  type SecretListEntry,
} from '@aws-sdk/client-secrets-manager';
import type { Collector } from '../collector.js';
import { isoDate, makeResource, tagMap, text } from '../normalize.js';

const permissions = {
  // The listing carries every rotation field and date: no per-secret call, and never the value.
  ListSecrets: 'secretsmanager:ListSecrets',
} as const;
type Operation = keyof typeof permissions;

/** One secret of the listing as the inventory keeps it. */
function secretResource(
  entry: SecretListEntry,
  where: { partition: string; account: string; region: string },
) {
  const { partition, account, region } = where;
  const name = entry.Name ?? '';
  const rules = entry.RotationRules;
  const primary = text(entry.PrimaryRegion);
  return makeResource(
    'secretsmanager:secret',
    {
      arn: entry.ARN ?? `arn:${partition}:secretsmanager:${region}:${account}:secret:${name}`,
      id: name,
      name,
      account,
      region,
      tags: tagMap(entry.Tags),
      state: entry.DeletedDate ? 'pending-deletion' : 'active',
      createdAt: isoDate(entry.CreatedDate),
    },
    {
      rotationEnabled: entry.RotationEnabled === true,
      rotationDays: rules?.AutomaticallyAfterDays ?? null,
      rotationSchedule: text(rules?.ScheduleExpression),
      lastRotatedAt: isoDate(entry.LastRotatedDate),
      nextRotationAt: isoDate(entry.NextRotationDate),
      lastAccessedAt: isoDate(entry.LastAccessedDate),
      lastChangedAt: isoDate(entry.LastChangedDate),
      deletedAt: isoDate(entry.DeletedDate),
      kmsKeyId: text(entry.KmsKeyId),
      owningService: text(entry.OwningService),
      primaryRegion: primary !== null && primary !== region ? primary : null,
    },
  );
}

/**
 * Secrets Manager is regional: one ListSecrets per 100 secrets, secrets scheduled for deletion
 * included (they still hold a key reference until deleted). Nothing per secret.
 */
export const secretsmanagerCollector: Collector<Operation> = {
  service: 'secretsmanager',
  scope: 'regional',
  permissions,
  resourceTypes: ['secretsmanager:secret'],
  async collect(ctx) {
    const client = ctx.client(SecretsManagerClient);
    const secrets = await ctx.list(
      'ListSecrets',
      'secretsmanager:secret',
      paginateListSecrets({ client, pageSize: 100 }, { IncludePlannedDeletion: true }),
      (page) => page.SecretList,
    );
    for (const entry of secrets) {
      if (entry.Name)
        ctx.emit(
          secretResource(entry, { partition: ctx.partition, account: ctx.account, region: ctx.scopeRegion }),
        );
    }
  },
};
