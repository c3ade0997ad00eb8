import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { Inventory } from '../../../src/inventory/document.js';
import type { AttributesOf } from '../../../src/inventory/resources/index.js';
import { publicStatements } from '../../../src/policy/index.js';
import { queuePolicyPublic, queueUnencrypted } from '../../../src/rules/catalog/sqs.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import { ACCOUNT, inventoryOf, resource } from '../../support/inventory-builder.js';

const run = (rule: Rule, inventory: Inventory) =>
  runRules(inventory, DEFAULT_CONFIG, [rule], new Date('2026-11-25T12:00:00Z')).findings;

const ARN = `arn:aws:sqs:us-east-1:${ACCOUNT}:jobs`;
const policyOf = (...Statement: unknown[]) => {
  const document = { Version: '2012-10-17', Statement };
  return { document, publicStatements: publicStatements(document) };
};
const openReceive = {
  Sid: 'anyone',
  Effect: 'Allow',
  Principal: { AWS: '*' },
  Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage'],
  Resource: ARN,
};

type Attributes = AttributesOf<'sqs:queue'>;
const queue = (name: string, attributes: Partial<Attributes> = {}, unknownAttributes: string[] = []) =>
  resource(
    'sqs:queue',
    name,
    { fifo: false, kmsMasterKeyId: null, sqsManagedSse: true, policy: null, ...attributes },
    { unknownAttributes },
  );

describe('sqs.queue-policy-public', () => {
  it('flags a statement that lets any principal receive and delete messages, with its actions', () => {
    const findings = run(queuePolicyPublic, inventoryOf([queue('jobs', { policy: policyOf(openReceive) })]));
    expect(findings.map((f) => [f.resource.id, f.severity, f.references.fsbp])).toEqual([
      ['jobs', 'critical', ['SQS.3']],
    ]);
    expect(findings[0]?.message).toBe(
      'The access policy of SQS queue jobs allows public access: anyone (sqs:DeleteMessage, sqs:ReceiveMessage for any principal).',
    );
    expect(findings[0]?.evidence).toEqual({
      publicStatements: [
        { sid: 'anyone', actions: ['sqs:DeleteMessage', 'sqs:ReceiveMessage'], principal: '*' },
      ],
    });
  });

  it('passes `*` narrowed to one SNS topic, an account principal, no policy, and an unread policy', () => {
    const fromTopic = {
      Effect: 'Allow',
      Principal: '*',
      Action: 'sqs:SendMessage',
      Resource: ARN,
      Condition: { ArnEquals: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${ACCOUNT}:alerts` } },
    };
    const account = { ...openReceive, Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` } };
    const inventory = inventoryOf([
      queue('fanout', { policy: policyOf(fromTopic, account) }),
      queue('none'),
      queue('unread', { policy: policyOf(openReceive) }, ['policy']),
    ]);
    expect(run(queuePolicyPublic, inventory)).toEqual([]);
  });

  it('still flags a condition that narrows nothing (a bare wildcard source)', () => {
    const wildcard = { ...openReceive, Condition: { ArnLike: { 'aws:SourceArn': '*' } } };
    expect(run(queuePolicyPublic, inventoryOf([queue('jobs', { policy: policyOf(wildcard) })]))).toHaveLength(
      1,
    );
  });
});

describe('sqs.queue-unencrypted', () => {
  it('flags a queue with neither SSE-SQS nor SSE-KMS', () => {
    const findings = run(queueUnencrypted, inventoryOf([queue('plain', { sqsManagedSse: false })]));
    expect(findings.map((f) => [f.resource.id, f.severity, f.references.fsbp])).toEqual([
      ['plain', 'medium', ['SQS.1']],
    ]);
  });

  it('passes SSE-SQS and SSE-KMS (SQS.1 accepts either), and does not judge unread encryption', () => {
    const inventory = inventoryOf([
      queue('sse-sqs'),
      queue('sse-kms', { sqsManagedSse: false, kmsMasterKeyId: 'alias/aws/sqs' }),
      queue('unread', { sqsManagedSse: false }, ['sqsManagedSse']),
      queue('denied', { sqsManagedSse: false }, ['kmsMasterKeyId', 'sqsManagedSse', 'policy']),
    ]);
    expect(run(queueUnencrypted, inventory)).toEqual([]);
  });
});
