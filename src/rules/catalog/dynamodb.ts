import { defineRule, type RuleHit } from '../model.js';

const tableConsole = 'DynamoDB console > Tables > the table';

const sizeText = (bytes: number) =>
  bytes >= 1e9
    ? `${(bytes / 1e9).toFixed(1)} GB`
    : bytes >= 1e6
      ? `${(bytes / 1e6).toFixed(1)} MB`
      : `${bytes} bytes`;

export const tablePitrDisabled = defineRule(
  {
    id: 'dynamodb.pitr-disabled',
    title: 'DynamoDB table does not have point-in-time recovery enabled',
    severity: 'medium',
    category: 'reliability',
    resourceType: 'dynamodb:table',
    description: 'Point-in-time recovery (continuous backups) is off for the table.',
    risk: 'A bad deploy, a buggy batch job or a mistaken delete cannot be undone: without PITR the table can only be restored from on-demand backups, if any were taken.',
    remediation: {
      text: 'Enable point-in-time recovery; it keeps a restorable state for every second of the recovery period (up to 35 days).',
      cli: 'aws dynamodb update-continuous-backups --region {region} --table-name {name} --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true',
      console: `${tableConsole} > Backups > Point-in-time recovery > Edit`,
    },
    references: {
      fsbp: ['DynamoDB.2'],
      docs: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Point-in-time-recovery.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('dynamodb:table')
      .filter((t) => ctx.known(t, 'pointInTimeRecovery') && !t.attributes.pointInTimeRecovery)
      .map((table): RuleHit => {
        const size = ctx.known(table, 'itemCount', 'sizeBytes')
          ? { itemCount: table.attributes.itemCount, sizeBytes: table.attributes.sizeBytes }
          : null;
        return {
          target: table,
          message: `DynamoDB table ${table.id} has point-in-time recovery off${size ? ` (${size.itemCount} items, ${sizeText(size.sizeBytes)}, as DynamoDB last reported)` : ''}.`,
          evidence: { pointInTimeRecovery: false, ...size },
        };
      }),
);

/**
 * Lowered to low when PITR is on: deleting such a table leaves a system backup that is kept for 35
 * days, so the data survives a mistaken delete (the table's availability does not).
 */
export const tableDeletionProtectionDisabled = defineRule(
  {
    id: 'dynamodb.deletion-protection-disabled',
    title: 'DynamoDB table does not have deletion protection enabled',
    severity: 'medium',
    category: 'reliability',
    resourceType: 'dynamodb:table',
    description:
      'Deletion protection is off, so one DeleteTable call removes the table. Reported as low when point-in-time recovery is on, as a deleted table then leaves a 35-day system backup.',
    risk: 'A mistaken console click, script or infrastructure-as-code change deletes the table and takes the application down with it.',
    remediation: {
      text: 'Enable deletion protection; turn it off deliberately when a table really is to be deleted.',
      cli: 'aws dynamodb update-table --region {region} --table-name {name} --deletion-protection-enabled',
      console: `${tableConsole} > Additional settings > Deletion protection > Turn on`,
    },
    references: {
      fsbp: ['DynamoDB.6'],
      docs: [
        'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.Basics.html#WorkingWithTables.Basics.DeletionProtection',
      ],
    },
  },
  (ctx) =>
    ctx
      .resources('dynamodb:table')
      .filter((t) => ctx.known(t, 'deletionProtection') && !t.attributes.deletionProtection)
      .map((table): RuleHit => {
        const pitr = ctx.known(table, 'pointInTimeRecovery') ? table.attributes.pointInTimeRecovery : null;
        return {
          target: table,
          message: `DynamoDB table ${table.id} has deletion protection off${pitr ? '; point-in-time recovery is on, so its data would survive a deletion in a 35-day system backup' : ''}.`,
          evidence: { deletionProtection: false, pointInTimeRecovery: pitr ?? 'unknown' },
          ...(pitr ? { severity: 'low' as const } : {}),
        };
      }),
);

/**
 * Flags tables on the AWS-owned key (no SSE description) and tables whose KMS encryption is being
 * or has been turned off. A table on KMS is not flagged: DescribeTable gives a key ARN, and an ARN
 * does not say whether the key is customer managed or the AWS managed aws/dynamodb key (that takes
 * a KMS DescribeKey call the scan does not make), so the rule errs toward silence.
 *
 * Off by default: the AWS-owned key is a sound default, and a customer managed key is a compliance
 * requirement for some workloads, not a gap in all of them (S3's equivalent is opt-in too).
 */
export const tableNotCmkEncrypted = defineRule(
  {
    id: 'dynamodb.table-not-cmk-encrypted',
    title: 'DynamoDB table is not encrypted with a KMS key',
    severity: 'low',
    category: 'security',
    resourceType: 'dynamodb:table',
    description:
      'The table is encrypted with the AWS-owned key (the default) rather than a KMS key. Tables on KMS are not reported, as the scan cannot tell a customer managed key from the AWS managed one. Off by default: enable it where a customer managed key is required.',
    risk: 'With the AWS-owned key you cannot restrict or audit decryption with a key policy and CloudTrail, nor revoke access to the data by disabling the key.',
    remediation: {
      text: 'Switch the table to a customer managed KMS key; the change runs online.',
      cli: 'aws dynamodb update-table --region {region} --table-name {name} --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=KEY-ARN',
      console: `${tableConsole} > Additional settings > Encryption > Manage encryption`,
    },
    references: {
      docs: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html'],
    },
    defaultEnabled: false,
  },
  (ctx) =>
    ctx.resources('dynamodb:table').flatMap((table): RuleHit[] => {
      if (!ctx.known(table, 'sse')) return [];
      const { sse } = table.attributes;
      const status = sse?.status?.toUpperCase() ?? null;
      const onKms = sse !== null && sse.type?.toUpperCase() === 'KMS';
      if (onKms && status !== 'DISABLED' && status !== 'DISABLING') return [];
      return [
        {
          target: table,
          message:
            sse === null
              ? `DynamoDB table ${table.id} is encrypted with the AWS-owned key, not a KMS key.`
              : `DynamoDB table ${table.id} is not encrypted with a KMS key (SSE type ${sse.type ?? 'not reported'}, status ${sse.status ?? 'not reported'}).`,
          evidence: { sse },
        },
      ];
    }),
);

export const dynamodbRules = [tablePitrDisabled, tableDeletionProtectionDisabled, tableNotCmkEncrypted];
