import { beforeEach, describe, expect, it } from '@jest/globals';
import { GetQueueAttributesCommand, ListQueuesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { sqsCollector } from '../../../src/scan/collectors/sqs.js';
import { HARNESS, accessDenied, collect, ofType } from '../../support/collector-harness.js';

const { ACCOUNT, REGION } = HARNESS;
const sqs = mockClient(SQSClient);
beforeEach(() => {
  sqs.reset();
});

const url = (name: string) => `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/${name}`;
const arn = (name: string) => `arn:aws:sqs:${REGION}:${ACCOUNT}:${name}`;
const open = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Sid: 'anyone', Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: arn('jobs') },
  ],
});

describe('the SQS collector', () => {
  it('lists queues page by page and reads each one’s ARN, policy and encryption', async () => {
    sqs
      .on(ListQueuesCommand)
      .resolvesOnce({ QueueUrls: [url('jobs')], NextToken: 'n' })
      .resolvesOnce({ QueueUrls: [url('orders.fifo'), url('old')] });
    sqs.on(GetQueueAttributesCommand, { QueueUrl: url('jobs') }).resolves({
      Attributes: {
        QueueArn: arn('jobs'),
        Policy: open,
        SqsManagedSseEnabled: 'true',
        CreatedTimestamp: '1767225600',
      },
    });
    sqs.on(GetQueueAttributesCommand, { QueueUrl: url('orders.fifo') }).resolves({
      Attributes: {
        QueueArn: arn('orders.fifo'),
        KmsMasterKeyId: 'alias/aws/sqs',
        SqsManagedSseEnabled: 'false',
      },
    });
    // A queue from before SSE-SQS existed, on an endpoint that does not send the attribute at all.
    sqs
      .on(GetQueueAttributesCommand, { QueueUrl: url('old') })
      .resolves({ Attributes: { QueueArn: arn('old') } });

    const outcome = await collect(sqsCollector);
    expect(outcome.errors).toEqual([]);
    expect(sqs.commandCalls(ListQueuesCommand)).toHaveLength(2);
    expect(sqs.commandCalls(GetQueueAttributesCommand)[0]?.args[0].input).toEqual({
      QueueUrl: url('jobs'),
      AttributeNames: ['QueueArn', 'Policy', 'KmsMasterKeyId', 'SqsManagedSseEnabled', 'CreatedTimestamp'],
    });
    expect(
      ofType(outcome, 'sqs:queue').map((q) => [q.id, q.arn, q.createdAt, q.unknownAttributes, q.attributes]),
    ).toEqual([
      [
        'jobs',
        arn('jobs'),
        '2026-01-01T00:00:00.000Z',
        [],
        {
          fifo: false,
          kmsMasterKeyId: null,
          sqsManagedSse: true,
          policy: {
            document: JSON.parse(open) as unknown,
            publicStatements: [{ sid: 'anyone', actions: ['sqs:SendMessage'], principal: '*' }],
          },
        },
      ],
      [
        'orders.fifo',
        arn('orders.fifo'),
        null,
        [],
        { fifo: true, kmsMasterKeyId: 'alias/aws/sqs', sqsManagedSse: false, policy: null },
      ],
      [
        'old',
        arn('old'),
        null,
        ['sqsManagedSse'],
        { fifo: false, kmsMasterKeyId: null, sqsManagedSse: false, policy: null },
      ],
    ]);
  });

  it('leaves policy and encryption unknown where GetQueueAttributes is denied, never "unencrypted"', async () => {
    sqs.on(ListQueuesCommand).resolves({ QueueUrls: [url('jobs')] });
    sqs.on(GetQueueAttributesCommand).rejects(accessDenied('sqs:GetQueueAttributes', 'AccessDenied'));
    const outcome = await collect(sqsCollector);
    expect([...outcome.partialTypes]).toEqual(['sqs:queue']);
    expect(outcome.errors.map((e) => [e.operation, e.resourceId, e.missingPermission])).toEqual([
      ['GetQueueAttributes', 'jobs', 'sqs:GetQueueAttributes'],
    ]);
    expect(ofType(outcome, 'sqs:queue')[0]).toMatchObject({
      arn: arn('jobs'),
      unknownAttributes: ['kmsMasterKeyId', 'policy', 'sqsManagedSse'],
      attributes: { kmsMasterKeyId: null, policy: null },
    });
  });

  it('skips a queue deleted since the listing', async () => {
    sqs.on(ListQueuesCommand).resolves({ QueueUrls: [url('gone')] });
    sqs
      .on(GetQueueAttributesCommand)
      .rejects(
        Object.assign(new Error('The specified queue does not exist.'), { name: 'QueueDoesNotExist' }),
      );
    const outcome = await collect(sqsCollector);
    expect(outcome.errors).toEqual([]);
    expect(ofType(outcome, 'sqs:queue')).toEqual([]);
  });
});
