import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  paginateListAliases,
  paginateListKeys,
  type KeyListEntry,
  type KeyMetadata,
} from '@aws-sdk/client-kms';
import type { AttributesOf, UnknownAttribute } from '../../inventory/resources/index.js';
import { resourcePolicy } from './resource-policy.js';
import type { Collector, CollectorContext } from '../collector.js';
import { isoDate, makeResource, text } from '../normalize.js';

const permissions = {
  ListKeys: 'kms:ListKeys',
  ListAliases: 'kms:ListAliases',
  DescribeKey: 'kms:DescribeKey',
  GetKeyRotationStatus: 'kms:GetKeyRotationStatus',
  GetKeyPolicy: 'kms:GetKeyPolicy',
} as const;
type Operation = keyof typeof permissions;
type Context = CollectorContext<Operation>;
type Attributes = AttributesOf<'kms:key'>;

/** Automatic rotation exists for symmetric keys whose material KMS generated, while they are usable. */
const rotationApplies = (m: KeyMetadata) =>
  m.KeySpec === 'SYMMETRIC_DEFAULT' &&
  m.Origin === 'AWS_KMS' &&
  m.KeyState !== 'PendingDeletion' &&
  m.KeyState !== 'PendingReplicaDeletion';

/** Reads the key policy (PolicyName `default`, the only one); undefined when it could not be read. */
async function keyPolicy(
  ctx: Context,
  kms: KMSClient,
  keyId: string,
): Promise<Attributes['policy'] | undefined> {
  const answer = await ctx.read(
    'GetKeyPolicy',
    () => kms.send(new GetKeyPolicyCommand({ KeyId: keyId, PolicyName: 'default' })),
    { resourceId: keyId },
  );
  if (answer === undefined) return undefined;
  return resourcePolicy(ctx, 'GetKeyPolicy', answer?.Policy, keyId);
}

async function collectKey(ctx: Context, kms: KMSClient, key: KeyListEntry, aliases: Map<string, string[]>) {
  const keyId = key.KeyId;
  if (!keyId) return;
  const described = await ctx.read('DescribeKey', () => kms.send(new DescribeKeyCommand({ KeyId: keyId })), {
    resourceId: keyId,
  });
  const m = described?.KeyMetadata;
  const unknown: UnknownAttribute<'kms:key'>[] = [];
  let rotationEnabled: boolean | null = null;
  let policy: Attributes['policy'] = null;
  if (!m) {
    unknown.push('keyManager', 'keySpec', 'keyUsage', 'keyState', 'origin', 'multiRegion', 'deletionDate');
    unknown.push('rotationEnabled', 'policy');
  } else if (m.KeyManager === 'CUSTOMER') {
    // AWS managed keys rotate yearly and keep AWS's policy: only customer keys are read further.
    const [rotation, read] = await Promise.all([
      rotationApplies(m)
        ? ctx.read(
            'GetKeyRotationStatus',
            () => kms.send(new GetKeyRotationStatusCommand({ KeyId: keyId })),
            {
              resourceId: keyId,
            },
          )
        : Promise.resolve(null),
      keyPolicy(ctx, kms, keyId),
    ]);
    if (rotation === undefined) unknown.push('rotationEnabled');
    else if (rotation !== null) rotationEnabled = rotation.KeyRotationEnabled === true;
    if (read === undefined) unknown.push('policy');
    else policy = read;
  }
  ctx.emit(
    makeResource(
      'kms:key',
      {
        arn: text(key.KeyArn) ?? `arn:${ctx.partition}:kms:${ctx.region}:${ctx.account}:key/${keyId}`,
        id: keyId,
        name: aliases.get(keyId)?.[0] ?? null,
        account: ctx.account,
        region: ctx.scopeRegion,
        state: m?.KeyState ?? null,
        createdAt: isoDate(m?.CreationDate),
      },
      {
        keyManager: m?.KeyManager ?? null,
        keySpec: m?.KeySpec ?? null,
        keyUsage: m?.KeyUsage ?? null,
        keyState: m?.KeyState ?? null,
        origin: m?.Origin ?? null,
        multiRegion: m?.MultiRegion === true,
        deletionDate: isoDate(m?.DeletionDate),
        aliases: aliases.get(keyId) ?? [],
        rotationEnabled,
        policy,
      },
      unknown,
    ),
  );
}

/**
 * KMS is regional: one ListKeys per 1,000 keys and one ListAliases per 100 aliases per region; one
 * DescribeKey per key; for customer managed keys, one GetKeyPolicy, and one GetKeyRotationStatus
 * where rotation applies (symmetric, KMS-generated material, not pending deletion). AWS managed
 * keys are listed and described only. Tags are not read (ListResourceTags would be one more call a key).
 */
export const kmsCollector: Collector<Operation> = {
  service: 'kms',
  scope: 'regional',
  permissions,
  resourceTypes: ['kms:key'],
  async collect(ctx) {
    const kms = ctx.client(KMSClient);
    const [keys, aliasList] = await Promise.all([
      ctx.list('ListKeys', 'kms:key', paginateListKeys({ client: kms, pageSize: 1000 }, {}), (p) => p.Keys),
      ctx.list(
        'ListAliases',
        'kms:key',
        paginateListAliases({ client: kms, pageSize: 100 }, {}),
        (p) => p.Aliases,
      ),
    ]);
    const aliases = new Map<string, string[]>();
    for (const alias of aliasList) {
      if (!alias.TargetKeyId || !alias.AliasName) continue;
      aliases.set(alias.TargetKeyId, [...(aliases.get(alias.TargetKeyId) ?? []), alias.AliasName].sort());
    }
    await ctx.each(keys, (key) => collectKey(ctx, kms, key, aliases));
  },
};
