import {
  DescribeContinuousBackupsCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  ListTagsOfResourceCommand,
  paginateListTables,
  type TableDescription,
  type Tag,
} from '@aws-sdk/client-dynamodb';
import { DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import type { AttributesOf, UnknownAttribute } from '../../inventory/resources/index.js';
import type { Collector, CollectorContext } from '../collector.js';
import { isoDate, makeResource, tagMap, text } from '../normalize.js';
import { NO_LISTING, listingPays, tagsByArn, tagsOf, type TagsByArn } from './tagging.js';

const permissions = {
  ListTables: 'dynamodb:ListTables',
  DescribeTable: 'dynamodb:DescribeTable',
  DescribeContinuousBackups: 'dynamodb:DescribeContinuousBackups',
  DescribeTimeToLive: 'dynamodb:DescribeTimeToLive',
  // Tags come from one GetResources listing per region; ListTagsOfResource where there is none (one
  // table in the region) or it failed.
  GetResources: 'tag:GetResources',
  ListTagsOfResource: 'dynamodb:ListTagsOfResource',
  // Whether a table's KMS key is the AWS managed aws/dynamodb key or a customer managed one.
  DescribeKey: 'kms:DescribeKey',
} as const;
type Operation = keyof typeof permissions;
type Context = CollectorContext<Operation>;
type TableAttributes = AttributesOf<'dynamodb:table'>;

/** The table was deleted between ListTables and the per-table reads. */
const TABLE_GONE = ['ResourceNotFoundException', 'TableNotFoundException'];

/** Attributes that come from DescribeTable, unknown when that call fails. */
const DESCRIBE_TABLE_ATTRIBUTES = [
  'billingMode',
  'itemCount',
  'sizeBytes',
  'sse',
  'deletionProtection',
  'stream',
  'provisionedThroughput',
] as const satisfies readonly (keyof TableAttributes)[];

type KeyManager = TableAttributes['kmsKeyManager'];
/** One DescribeKey per key and region, shared by the tables on it; undefined when it failed. */
type KeyManagers = (keyArn: string) => Promise<KeyManager | undefined>;

function keyManagers(ctx: Context): KeyManagers {
  const answers = new Map<string, Promise<KeyManager | undefined>>();
  return (keyArn) => {
    let answer = answers.get(keyArn);
    if (!answer) {
      answer = ctx
        // The client is made on first use: most regions have no table on a KMS key.
        .read('DescribeKey', () => ctx.client(KMSClient).send(new DescribeKeyCommand({ KeyId: keyArn })), {
          resourceId: keyArn,
        })
        .then((described) => {
          const manager = described?.KeyMetadata?.KeyManager;
          return manager === 'AWS' || manager === 'CUSTOMER' ? manager : undefined;
        });
      answers.set(keyArn, answer);
    }
    return answer;
  };
}

export function tableAttributes(
  table: TableDescription | undefined,
): Omit<TableAttributes, 'pointInTimeRecovery' | 'ttl' | 'kmsKeyManager'> {
  // No BillingModeSummary means the table has always been provisioned.
  const billingMode = table ? (table.BillingModeSummary?.BillingMode ?? 'PROVISIONED') : 'unknown';
  const throughput = table?.ProvisionedThroughput;
  const sse = table?.SSEDescription;
  return {
    billingMode,
    itemCount: table?.ItemCount ?? 0,
    sizeBytes: table?.TableSizeBytes ?? 0,
    // No SSEDescription: encrypted with an AWS-owned key.
    sse: sse
      ? { status: text(sse.Status), type: text(sse.SSEType), kmsKeyArn: text(sse.KMSMasterKeyArn) }
      : null,
    deletionProtection: table?.DeletionProtectionEnabled ?? false,
    stream: table?.StreamSpecification?.StreamEnabled
      ? { viewType: text(table.StreamSpecification.StreamViewType) }
      : null,
    provisionedThroughput:
      billingMode === 'PROVISIONED' && throughput
        ? { read: throughput.ReadCapacityUnits ?? 0, write: throughput.WriteCapacityUnits ?? 0 }
        : null,
  };
}

async function collectTable(
  ctx: Context,
  dynamodb: DynamoDBClient,
  managerOf: KeyManagers,
  tagListing: Promise<TagsByArn | undefined>,
  name: string,
): Promise<void> {
  const tableArn = `arn:${ctx.partition}:dynamodb:${ctx.region}:${ctx.account}:table/${name}`;
  const options = { absentWhen: TABLE_GONE, resourceId: name };
  const [described, backups, ttl, tags] = await Promise.all([
    ctx.branch(() =>
      ctx.read('DescribeTable', () => dynamodb.send(new DescribeTableCommand({ TableName: name })), options),
    ),
    ctx.branch(() =>
      ctx.read(
        'DescribeContinuousBackups',
        () => dynamodb.send(new DescribeContinuousBackupsCommand({ TableName: name })),
        options,
      ),
    ),
    ctx.branch(() =>
      ctx.read(
        'DescribeTimeToLive',
        () => dynamodb.send(new DescribeTimeToLiveCommand({ TableName: name })),
        options,
      ),
    ),
    ctx.branch(() =>
      tagsOf(tagListing, tableArn, async () => {
        const all = await ctx.read(
          'ListTagsOfResource',
          async () => {
            // No SDK paginator for this operation: follow NextToken by hand.
            const read: Tag[] = [];
            let NextToken: string | undefined;
            do {
              const page = await dynamodb.send(
                new ListTagsOfResourceCommand({ ResourceArn: tableArn, NextToken }),
              );
              read.push(...(page.Tags ?? []));
              NextToken = page.NextToken;
            } while (NextToken);
            return read;
          },
          options,
        );
        return all === undefined || all === null ? all : tagMap(all);
      }),
    ),
  ]);
  // null: the table is gone, so there is nothing to record.
  if (described === null || backups === null || ttl === null || tags === null) return;

  const table = described?.Table;
  const unknown: UnknownAttribute<'dynamodb:table'>[] = [];
  if (!table) unknown.push(...DESCRIBE_TABLE_ATTRIBUTES, 'kmsKeyManager');
  const onKms = table?.SSEDescription?.SSEType === 'KMS';
  const keyArn = onKms ? text(table.SSEDescription?.KMSMasterKeyArn) : null;
  // On KMS without a key ARN in the answer, who manages the key is unknown, not "nobody".
  const kmsKeyManager = keyArn ? await managerOf(keyArn) : onKms ? undefined : null;
  if (kmsKeyManager === undefined) unknown.push('kmsKeyManager');
  if (!backups) unknown.push('pointInTimeRecovery');
  if (!ttl) unknown.push('ttl');
  const ttlDescription = ttl?.TimeToLiveDescription;
  ctx.emit(
    makeResource(
      'dynamodb:table',
      {
        arn: table?.TableArn ?? tableArn,
        id: name,
        name,
        account: ctx.account,
        region: ctx.scopeRegion,
        tags: tags ?? {},
        state: text(table?.TableStatus),
        createdAt: isoDate(table?.CreationDateTime),
      },
      {
        ...tableAttributes(table),
        kmsKeyManager: kmsKeyManager ?? null,
        pointInTimeRecovery:
          backups?.ContinuousBackupsDescription?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus ===
          'ENABLED',
        ttl: ttlDescription?.TimeToLiveStatus
          ? { status: ttlDescription.TimeToLiveStatus, attributeName: text(ttlDescription.AttributeName) }
          : null,
      },
      // Tags that could not be read are recorded as {} and named here.
      tags === undefined ? [...unknown, 'tags'] : unknown,
    ),
  );
}

export const dynamodbCollector: Collector<Operation> = {
  service: 'dynamodb',
  scope: 'regional',
  permissions,
  resourceTypes: ['dynamodb:table'],
  // Three calls per table (DescribeTable, DescribeContinuousBackups, DescribeTimeToLive), four when
  // its tags are not listed (ListTagsOfResource), and one DescribeKey per KMS key.
  async collect(ctx) {
    const dynamodb = ctx.client(DynamoDBClient);
    const names = await ctx.list(
      'ListTables',
      'dynamodb:table',
      paginateListTables({ client: dynamodb, pageSize: 100 }, {}),
      (page) => page.TableNames,
    );
    const managerOf = keyManagers(ctx);
    // One GetResources listing for the region's tags, beside the per-table reads.
    const tagListing = listingPays(names.length) ? tagsByArn(ctx, ctx.region, 'dynamodb:table') : NO_LISTING;
    await ctx.each(names, (name) => collectTable(ctx, dynamodb, managerOf, tagListing, name));
  },
};
