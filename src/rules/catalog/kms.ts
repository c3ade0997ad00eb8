/** KMS: customer managed keys' rotation, public key policies, deletion of keys in use, disabled keys billed. */
import type { ResourceOfType, ResourceType } from '../../inventory/resources/index.js';
import { SAME_AS_US_EAST_1, quote } from '../../prices/table.js';
import type { RuleContext } from '../context.js';
import { defineRule, type RuleHit } from '../model.js';

type Key = ResourceOfType<'kms:key'>;

const DOCS = 'https://docs.aws.amazon.com/kms/latest/developerguide';
const CONSOLE = 'KMS console > Customer managed keys > the key';
const label = (k: Key) => (k.name ? `${k.id} (${k.name})` : k.id);

const customerKeys = (ctx: RuleContext): Key[] =>
  ctx.resources('kms:key').filter((k) => k.attributes.keyManager === 'CUSTOMER');

export const keyRotationOff = defineRule(
  {
    id: 'kms.key-rotation-off',
    title: 'Customer managed KMS key has no automatic rotation',
    severity: 'medium',
    category: 'security',
    resourceType: 'kms:key',
    reads: ['kms:key'],
    description:
      'An enabled customer managed symmetric key (SYMMETRIC_DEFAULT) whose material KMS generated has automatic key rotation off. Asymmetric and HMAC keys, imported material and custom key stores (where automatic rotation does not exist), AWS managed keys (rotated by AWS) and disabled keys are not judged.',
    risk: 'Data encrypted over years under one key material is all exposed if that material is ever compromised; rotation limits what one material protects.',
    remediation: {
      text: 'Turn on automatic rotation (yearly by default, 90 to 2560 days). Old material is kept, so existing data still decrypts.',
      cli: 'aws kms enable-key-rotation --region {region} --key-id {id}',
      console: `${CONSOLE} > Key rotation > Automatically rotate this KMS key`,
    },
    references: { cis: ['4.6'], docs: [`${DOCS}/rotate-keys.html`] },
  },
  (ctx) =>
    customerKeys(ctx)
      .filter(
        (k) =>
          ctx.known(k, 'rotationEnabled') &&
          k.attributes.rotationEnabled === false &&
          k.attributes.keyState === 'Enabled' &&
          k.attributes.keySpec === 'SYMMETRIC_DEFAULT',
      )
      .map((k) => ({
        target: k,
        message: `Customer managed KMS key ${label(k)} does not rotate its key material automatically.`,
        evidence: { rotationEnabled: false, keySpec: k.attributes.keySpec, origin: k.attributes.origin },
      })),
);

export const keyPolicyPublic = defineRule(
  {
    id: 'kms.key-policy-public',
    title: 'KMS key policy allows anyone',
    severity: 'critical',
    category: 'security',
    resourceType: 'kms:key',
    reads: ['kms:key'],
    description:
      "A customer managed key's policy has an Allow statement for Principal `*` (or NotPrincipal) with no condition that narrows the caller to accounts, an organization, sources or networks (kms:CallerAccount counts as one). AWS managed keys' policies are AWS's and not read.",
    risk: 'Anyone with an AWS account may use the key as the statement allows: decrypt data encrypted under it, or change its policy.',
    remediation: {
      text: 'Replace `*` with the account or role ARNs that need the key, or add a condition such as kms:CallerAccount, aws:PrincipalOrgID or kms:ViaService.',
      cli: 'aws kms get-key-policy --region {region} --key-id {id} --policy-name default --output text',
      console: `${CONSOLE} > Key policy > Edit`,
    },
    references: { fsbp: ['KMS.5'], docs: [`${DOCS}/key-policies.html`] },
  },
  (ctx) =>
    customerKeys(ctx)
      .filter((k) => ctx.known(k, 'policy') && (k.attributes.policy?.publicStatements.length ?? 0) > 0)
      .map((k) => {
        const statements = k.attributes.policy?.publicStatements ?? [];
        return {
          target: k,
          message: `The policy of KMS key ${label(k)} allows anyone: ${statements.map((s) => `${s.sid ?? 'a statement without Sid'} (${s.actions.join(', ')})`).join('; ')}.`,
          evidence: { publicStatements: statements },
        };
      }),
);

/** Where scanned resources name a KMS key (an id, key ARN, alias name or alias ARN). */
const REFERENCING: readonly ResourceType[] = [
  'ec2:volume',
  's3:bucket',
  'rds:db-instance',
  'dynamodb:table',
  'logs:log-group',
  'cloudtrail:trail',
  'secretsmanager:secret',
];

/** The key references scanned resources hold, each resolved to a key or alias ARN. */
function keyReferences(ctx: RuleContext): { ref: string; resource: { type: string; id: string } }[] {
  const refs: {
    ref: string | null;
    r: { type: string; id: string; arn: string; account: string; region: string };
  }[] = [
    ...ctx
      .resources('ec2:volume')
      .filter((r) => ctx.known(r, 'kmsKeyId'))
      .map((r) => ({ ref: r.attributes.kmsKeyId, r })),
    ...ctx
      .resources('s3:bucket')
      .filter((r) => ctx.known(r, 'encryption'))
      .map((r) => ({ ref: r.attributes.encryption?.kmsKeyId ?? null, r })),
    ...ctx
      .resources('rds:db-instance')
      .filter((r) => ctx.known(r, 'kmsKeyId'))
      .map((r) => ({ ref: r.attributes.kmsKeyId, r })),
    ...ctx
      .resources('dynamodb:table')
      .filter((r) => ctx.known(r, 'sse'))
      .map((r) => ({ ref: r.attributes.sse?.kmsKeyArn ?? null, r })),
    ...ctx
      .resources('logs:log-group')
      .filter((r) => ctx.known(r, 'kmsKeyId'))
      .map((r) => ({ ref: r.attributes.kmsKeyId, r })),
    ...ctx
      .resources('cloudtrail:trail')
      .filter((r) => ctx.known(r, 'kmsKeyId'))
      .map((r) => ({ ref: r.attributes.kmsKeyId, r })),
    ...ctx.resources('secretsmanager:secret').map((r) => ({ ref: r.attributes.kmsKeyId, r })),
  ];
  return refs.flatMap(({ ref, r }) => {
    if (!ref) return [];
    if (ref.startsWith('arn:')) return [{ ref, resource: { type: r.type, id: r.id } }];
    // A bare id or alias name is the referencing resource's own account and region.
    const partition = r.arn.split(':')[1] ?? 'aws';
    const region = r.region === 'global' ? '' : r.region;
    const base = `arn:${partition}:kms:${region}:${r.account}:`;
    return [
      {
        ref: ref.startsWith('alias/') ? base + ref : `${base}key/${ref}`,
        resource: { type: r.type, id: r.id },
      },
    ];
  });
}

/** A key's ARN and its aliases' ARNs. */
function keyNames(k: Key): Set<string> {
  const base = k.arn.replace(/key\/[^/]+$/, '');
  return new Set([k.arn, ...k.attributes.aliases.map((a) => base + a)]);
}

export const keyPendingDeletionInUse = defineRule(
  {
    id: 'kms.key-pending-deletion-in-use',
    title: 'KMS key scheduled for deletion is still used by scanned resources',
    severity: 'critical',
    category: 'reliability',
    resourceType: 'kms:key',
    reads: ['kms:key'],
    consults: REFERENCING,
    description:
      'A customer managed key is pending deletion while scanned resources still name it (by id, ARN, alias name or alias ARN) as their encryption key: EBS volumes, S3 default encryption, RDS instances, DynamoDB tables, CloudWatch Logs log groups, CloudTrail trails and Secrets Manager secrets. A bucket whose default encryption names an alias resolves only where the alias is in the inventory; resources in accounts or regions not scanned are not seen.',
    risk: 'Once the waiting period ends the key is gone for good, and so is every piece of data encrypted under it: volumes, objects, databases and secrets can no longer be decrypted.',
    remediation: {
      text: 'Cancel the deletion (the key comes back disabled; enable it), then re-encrypt the data under another key before scheduling the deletion again.',
      cli: 'aws kms cancel-key-deletion --region {region} --key-id {id}',
      console: `${CONSOLE} > Key actions > Cancel key deletion`,
    },
    references: { fsbp: ['KMS.3'], docs: [`${DOCS}/deleting-keys-determining-usage.html`] },
    deviations: {
      'FSBP KMS.3':
        'KMS.3 fails every key scheduled for deletion; this rule reports only those a scanned resource still names, since deleting a key nothing uses is the intended clean-up.',
    },
  },
  (ctx) => {
    const pending = customerKeys(ctx).filter((k) => k.attributes.keyState === 'PendingDeletion');
    if (pending.length === 0) return [];
    const refs = keyReferences(ctx);
    return pending.flatMap((k): RuleHit[] => {
      const names = keyNames(k);
      const users = refs.filter((r) => names.has(r.ref)).map((r) => r.resource);
      if (users.length === 0) return [];
      return [
        {
          target: k,
          message: `KMS key ${label(k)} will be deleted on ${k.attributes.deletionDate?.slice(0, 10) ?? 'an unknown date'}, yet ${users.length} scanned resource(s) still use it: ${users.map((u) => `${u.type} ${u.id}`).join(', ')}.`,
          evidence: { deletionDate: k.attributes.deletionDate, usedBy: users },
        },
      ];
    });
  },
);

/** KMS's price for a customer managed key, prorated by the hour; rotations add to it. */
const keyPrice = (region: string) =>
  quote(
    {
      item: 'kms.customer-key',
      usd: 1,
      unit: 'key-month',
      source: 'AWS KMS pricing (aws.amazon.com/kms/pricing), per customer managed key per month',
    },
    region,
    SAME_AS_US_EAST_1.has(region),
  );

export const keyDisabledBilled = defineRule(
  {
    id: 'kms.key-disabled-billed',
    title: 'Disabled KMS key still billed',
    severity: 'low',
    category: 'cost',
    resourceType: 'kms:key',
    reads: ['kms:key'],
    description:
      'A customer managed key is disabled: nothing can use it, yet KMS bills it $1 a month (more with rotated material: each of its first two rotations adds $1) until it is deleted.',
    risk: 'A monthly charge for a key nothing can use; a forgotten disabled key also hides whether data still depends on it.',
    remediation: {
      text: 'Check that no data is still encrypted under it (CloudTrail Decrypt events, the resources that name it), then schedule its deletion with the longest waiting period (30 days).',
      cli: 'aws kms schedule-key-deletion --region {region} --key-id {id} --pending-window-in-days 30',
      console: `${CONSOLE} > Key actions > Schedule key deletion`,
    },
    references: { docs: ['https://aws.amazon.com/kms/pricing/', `${DOCS}/enabling-keys.html`] },
  },
  (ctx) =>
    customerKeys(ctx)
      .filter((k) => k.attributes.keyState === 'Disabled')
      .map((k) => {
        const price = keyPrice(k.region);
        return {
          target: k,
          message: `KMS key ${label(k)} is disabled and still costs at least $${price.usd} a month.`,
          evidence: { keyState: 'Disabled' },
          cost: {
            monthlyUsd: price.usd,
            basis: `$${price.usd} per key-month (rotated material adds $1 a month for each of the first two rotations)`,
            prices: [price],
            avoidable: true,
          },
        };
      }),
);
