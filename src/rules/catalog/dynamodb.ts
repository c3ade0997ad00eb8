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
    reads: ['dynamodb:table'],
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
    reads: ['dynamodb:table'],
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
    title: 'DynamoDB table is not encrypted with a customer managed KMS key',
    severity: 'low',
    category: 'security',
    resourceType: 'dynamodb:table',
    reads: ['dynamodb:table'],
    description:
      'The table is encrypted with the AWS-owned key (the default) or the AWS managed aws/dynamodb key, not a customer managed KMS key. A table whose key could not be described is not judged. Off by default: enable it where a customer managed key is required.',
    risk: 'With an AWS-owned or AWS managed key you cannot restrict decryption with your own key policy, nor revoke access to the data by disabling the key; the AWS-owned key does not even show its use in CloudTrail.',
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
      if (!ctx.known(table, 'sse', 'kmsKeyManager')) return [];
      const { sse, kmsKeyManager } = table.attributes;
      const status = sse?.status?.toUpperCase() ?? null;
      const onKms =
        sse !== null && sse.type?.toUpperCase() === 'KMS' && status !== 'DISABLED' && status !== 'DISABLING';
      if (onKms && kmsKeyManager === 'CUSTOMER') return [];
      const message =
        sse === null
          ? `DynamoDB table ${table.id} is encrypted with the AWS-owned key, not a customer managed KMS key.`
          : onKms && kmsKeyManager === 'AWS'
            ? `DynamoDB table ${table.id} is encrypted with the AWS managed key aws/dynamodb, not a customer managed KMS key.`
            : `DynamoDB table ${table.id} is not encrypted with a customer managed KMS key (SSE type ${sse.type ?? 'not reported'}, status ${sse.status ?? 'not reported'}).`;
      return [{ target: table, message, evidence: { sse, kmsKeyManager } }];
    }),
);
