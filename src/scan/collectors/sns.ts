import { GetTopicAttributesCommand, SNSClient, paginateListTopics, type Topic } from '@aws-sdk/client-sns';
import type { UnknownAttribute } from '../../inventory/resources/index.js';
import type { Collector, CollectorContext } from '../collector.js';
import { makeResource, text } from '../normalize.js';
import { resourcePolicy } from './resource-policy.js';

const permissions = {
  ListTopics: 'sns:ListTopics',
  GetTopicAttributes: 'sns:GetTopicAttributes',
} as const;
type Operation = keyof typeof permissions;
type Context = CollectorContext<Operation>;

/** A topic deleted between the listing and the read. */
const NOT_FOUND = ['NotFoundException', 'NotFound'];

/** `arn:aws:sns:eu-west-2:111122223333:name` -> `name`. */
const topicName = (arn: string) => arn.split(':').slice(5).join(':');

/**
 * One topic: ListTopics gives only its ARN, so its policy, encryption key and display name come
 * from one GetTopicAttributes. A failed read leaves them unknown, never "no policy" or "unencrypted".
 * Tags are not read (ListTagsForResource would be one more call per topic, and no rule judges a
 * topic's tags): `tags` stays empty, as for CloudFront and Route 53.
 */
async function collectTopic(ctx: Context, sns: SNSClient, topic: Topic): Promise<void> {
  const arn = topic.TopicArn;
  if (!arn) return;
  const name = topicName(arn);
  const answer = await ctx.read(
    'GetTopicAttributes',
    () => sns.send(new GetTopicAttributesCommand({ TopicArn: arn })),
    { absentWhen: NOT_FOUND, resourceId: name },
  );
  if (answer === null) return;
  const attributes = answer?.Attributes ?? {};
  const unknown: UnknownAttribute<'sns:topic'>[] = [];
  if (answer === undefined) unknown.push('displayName', 'kmsMasterKeyId', 'policy');
  const policy =
    answer === undefined ? null : resourcePolicy(ctx, 'GetTopicAttributes', attributes.Policy, name);
  if (policy === undefined) unknown.push('policy');
  ctx.emit(
    makeResource(
      'sns:topic',
      { arn, id: name, name, account: ctx.account, region: ctx.scopeRegion },
      {
        displayName: text(attributes.DisplayName),
        fifo: name.endsWith('.fifo'),
        kmsMasterKeyId: text(attributes.KmsMasterKeyId),
        policy: policy ?? null,
      },
      unknown,
    ),
  );
}

/** One ListTopics per region (100 a page, no page size to set), and one GetTopicAttributes per topic. */
export const snsCollector: Collector<Operation> = {
  service: 'sns',
  scope: 'regional',
  permissions,
  resourceTypes: ['sns:topic'],
  async collect(ctx) {
    const sns = ctx.client(SNSClient);
    const topics = await ctx.list(
      'ListTopics',
      'sns:topic',
      paginateListTopics({ client: sns }, {}),
      (page) => page.Topics,
    );
    await ctx.each(topics, (topic) => collectTopic(ctx, sns, topic));
  },
};
