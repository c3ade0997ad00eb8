import { GetQueueAttributesCommand, SQSClient, paginateListQueues } from '@aws-sdk/client-sqs';
import type { UnknownAttribute } from '../../inventory/resources/index.js';
import type { Collector, CollectorContext } from '../collector.js';
import { isoDate, makeResource, text } from '../normalize.js';
import { resourcePolicy } from './resource-policy.js';

const permissions = {
  ListQueues: 'sqs:ListQueues',
  GetQueueAttributes: 'sqs:GetQueueAttributes',
} as const;
type Operation = keyof typeof permissions;
type Context = CollectorContext<Operation>;

/** A queue deleted between the listing and the read (JSON and older query-protocol codes). */
const NOT_FOUND = ['QueueDoesNotExist', 'AWS.SimpleQueueService.NonExistentQueue'];
/** Only what the rules and the envelope need. */
const ATTRIBUTES = [
  'QueueArn',
  'Policy',
  'KmsMasterKeyId',
  'SqsManagedSseEnabled',
  'CreatedTimestamp',
] as const;

/** `https://sqs.eu-west-2.amazonaws.com/111122223333/name` -> owner account and name. */
function parseQueueUrl(url: string): { account: string | undefined; name: string } {
  const parts = url.replace(/\/+$/, '').split('/');
  return { name: parts.at(-1) ?? url, account: parts.at(-2) };
}

/** CreatedTimestamp is epoch seconds as text (AWS: whole seconds; moto adds a fraction). */
const createdAt = (seconds: string | undefined) =>
  seconds && /^\d+(\.\d+)?$/.test(seconds) ? isoDate(Math.floor(Number(seconds)) * 1000) : null;

/**
 * One queue: ListQueues gives only its URL, so its ARN, policy and encryption come from one
 * GetQueueAttributes. A failed read leaves them unknown, never "no policy" or "unencrypted".
 * Tags are not read (ListQueueTags would be one more call per queue, and no rule judges a
 * queue's tags): `tags` stays empty, as for CloudFront and Route 53.
 */
async function collectQueue(ctx: Context, sqs: SQSClient, url: string): Promise<void> {
  const { name, account } = parseQueueUrl(url);
  const answer = await ctx.read(
    'GetQueueAttributes',
    () => sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: [...ATTRIBUTES] })),
    { absentWhen: NOT_FOUND, resourceId: name },
  );
  if (answer === null) return;
  const attributes = answer?.Attributes ?? {};
  const unknown: UnknownAttribute<'sqs:queue'>[] = [];
  if (answer === undefined) unknown.push('kmsMasterKeyId', 'sqsManagedSse', 'policy');
  // An answer without SqsManagedSseEnabled (older endpoints) says nothing about SSE-SQS.
  else if (attributes.SqsManagedSseEnabled === undefined) unknown.push('sqsManagedSse');
  const policy =
    answer === undefined ? null : resourcePolicy(ctx, 'GetQueueAttributes', attributes.Policy, name);
  if (policy === undefined) unknown.push('policy');
  const owner = account && /^\d{12}$/.test(account) ? account : ctx.account;
  ctx.emit(
    makeResource(
      'sqs:queue',
      {
        arn: text(attributes.QueueArn) ?? `arn:${ctx.partition}:sqs:${ctx.region}:${owner}:${name}`,
        id: name,
        name,
        account: ctx.account,
        region: ctx.scopeRegion,
        createdAt: createdAt(attributes.CreatedTimestamp),
      },
      {
        fifo: name.endsWith('.fifo'),
        kmsMasterKeyId: text(attributes.KmsMasterKeyId),
        sqsManagedSse: attributes.SqsManagedSseEnabled?.toLowerCase() === 'true',
        policy: policy ?? null,
      },
      unknown,
    ),
  );
}

/** One ListQueues per region (1,000 a page), and one GetQueueAttributes per queue. */
export const sqsCollector: Collector<Operation> = {
  service: 'sqs',
  scope: 'regional',
  permissions,
  resourceTypes: ['sqs:queue'],
  async collect(ctx) {
    const sqs = ctx.client(SQSClient);
    const urls = await ctx.list(
      'ListQueues',
      'sqs:queue',
      paginateListQueues({ client: sqs, pageSize: 1000 }, {}),
      (page) => page.QueueUrls,
    );
    await ctx.each(urls, (url) => collectQueue(ctx, sqs, url));
  },
};
