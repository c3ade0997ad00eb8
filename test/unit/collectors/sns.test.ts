import { beforeEach, describe, expect, it } from '@jest/globals';
import { GetTopicAttributesCommand, ListTopicsCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { snsCollector } from '../../../src/scan/collectors/sns.js';
import { HARNESS, accessDenied, collect, ofType } from '../../support/collector-harness.js';

const { ACCOUNT, REGION } = HARNESS;
const sns = mockClient(SNSClient);
beforeEach(() => {
  sns.reset();
});

const arn = (name: string) => `arn:aws:sns:${REGION}:${ACCOUNT}:${name}`;
const open = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Sid: 'anyone', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'SNS:Publish', Resource: '*' },
  ],
});

describe('the SNS collector', () => {
  it('lists topics page by page and reads each one’s policy, key and display name', async () => {
    sns
      .on(ListTopicsCommand)
      .resolvesOnce({ Topics: [{ TopicArn: arn('alerts') }], NextToken: 'n' })
      .resolvesOnce({ Topics: [{ TopicArn: arn('orders.fifo') }] });
    sns
      .on(GetTopicAttributesCommand, { TopicArn: arn('alerts') })
      .resolves({ Attributes: { TopicArn: arn('alerts'), Policy: open, DisplayName: 'Alerts' } });
    sns.on(GetTopicAttributesCommand, { TopicArn: arn('orders.fifo') }).resolves({
      Attributes: { TopicArn: arn('orders.fifo'), KmsMasterKeyId: 'alias/aws/sns', FifoTopic: 'true' },
    });

    const outcome = await collect(snsCollector);
    expect(outcome.errors).toEqual([]);
    // The paginator reuses one input object: count the pages rather than compare inputs.
    expect(sns.commandCalls(ListTopicsCommand)).toHaveLength(2);
    expect(
      ofType(outcome, 'sns:topic').map((t) => [t.id, t.arn, t.region, t.unknownAttributes, t.attributes]),
    ).toEqual([
      [
        'alerts',
        arn('alerts'),
        REGION,
        [],
        {
          displayName: 'Alerts',
          fifo: false,
          kmsMasterKeyId: null,
          policy: {
            document: JSON.parse(open) as unknown,
            publicStatements: [{ sid: 'anyone', actions: ['SNS:Publish'], principal: '*' }],
          },
        },
      ],
      [
        'orders.fifo',
        arn('orders.fifo'),
        REGION,
        [],
        { displayName: null, fifo: true, kmsMasterKeyId: 'alias/aws/sns', policy: null },
      ],
    ]);
  });

  it('leaves policy, key and display name unknown where GetTopicAttributes is denied, never "none"', async () => {
    sns.on(ListTopicsCommand).resolves({ Topics: [{ TopicArn: arn('alerts') }] });
    sns.on(GetTopicAttributesCommand).rejects(accessDenied('sns:GetTopicAttributes', 'AuthorizationError'));
    const outcome = await collect(snsCollector);
    expect([...outcome.partialTypes]).toEqual(['sns:topic']);
    expect(outcome.errors.map((e) => [e.operation, e.resourceId, e.missingPermission])).toEqual([
      ['GetTopicAttributes', 'alerts', 'sns:GetTopicAttributes'],
    ]);
    expect(ofType(outcome, 'sns:topic')[0]).toMatchObject({
      unknownAttributes: ['displayName', 'kmsMasterKeyId', 'policy'],
      attributes: { kmsMasterKeyId: null, policy: null },
    });
  });

  it('skips a topic deleted since the listing, and records an unreadable policy as unknown', async () => {
    sns.on(ListTopicsCommand).resolves({ Topics: [{ TopicArn: arn('gone') }, { TopicArn: arn('odd') }] });
    sns
      .on(GetTopicAttributesCommand, { TopicArn: arn('gone') })
      .rejects(Object.assign(new Error('Topic does not exist'), { name: 'NotFoundException' }));
    sns
      .on(GetTopicAttributesCommand, { TopicArn: arn('odd') })
      .resolves({ Attributes: { Policy: '{not json' } });
    const outcome = await collect(snsCollector);
    expect(ofType(outcome, 'sns:topic').map((t) => [t.id, t.unknownAttributes])).toEqual([
      ['odd', ['policy']],
    ]);
    expect(outcome.errors.map((e) => [e.operation, e.code, e.resourceId])).toEqual([
      ['GetTopicAttributes', 'UnreadablePolicy', 'odd'],
    ]);
  });
});
