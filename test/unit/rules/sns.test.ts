import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { Inventory } from '../../../src/inventory/document.js';
import type { AttributesOf } from '../../../src/inventory/resources/index.js';
import { publicStatements } from '../../../src/policy/index.js';
import { topicPolicyPublic, topicUnencrypted } from '../../../src/rules/catalog/sns.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import { ACCOUNT, inventoryOf, resource } from '../../support/inventory-builder.js';

const run = (rule: Rule, inventory: Inventory) =>
  runRules(inventory, DEFAULT_CONFIG, [rule], new Date('2026-11-25T12:00:00Z')).findings;

const ARN = `arn:aws:sns:us-east-1:${ACCOUNT}:alerts`;
const policyOf = (...Statement: unknown[]) => {
  const document = { Version: '2012-10-17', Statement };
  return { document, publicStatements: publicStatements(document) };
};
/** What SNS writes on a new topic: open to `*`, but only to callers of the owner account. */
const defaultStatement = {
  Sid: '__default_statement_ID',
  Effect: 'Allow',
  Principal: { AWS: '*' },
  Action: ['SNS:GetTopicAttributes', 'SNS:Subscribe', 'SNS:Publish'],
  Resource: ARN,
  Condition: { StringEquals: { 'AWS:SourceOwner': ACCOUNT } },
};
const openPublish = { Sid: 'anyone', Effect: 'Allow', Principal: '*', Action: 'sns:Publish', Resource: ARN };

type Attributes = AttributesOf<'sns:topic'>;
const topic = (name: string, attributes: Partial<Attributes> = {}, unknownAttributes: string[] = []) =>
  resource(
    'sns:topic',
    name,
    { displayName: null, fifo: false, kmsMasterKeyId: 'alias/aws/sns', policy: null, ...attributes },
    { unknownAttributes },
  );

describe('sns.topic-policy-public', () => {
  it('flags a statement that lets any principal publish, and lists its actions', () => {
    const findings = run(
      topicPolicyPublic,
      inventoryOf([topic('alerts', { policy: policyOf(defaultStatement, openPublish) })]),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('critical');
    expect(findings[0]?.references.fsbp).toEqual(['SNS.4']);
    expect(findings[0]?.message).toBe(
      'The access policy of SNS topic alerts allows public access: anyone (sns:Publish for any principal).',
    );
    expect(findings[0]?.evidence).toEqual({
      publicStatements: [{ sid: 'anyone', actions: ['sns:Publish'], principal: '*' }],
    });
  });

  it('passes the default policy, a service principal narrowed by source, and topics without a policy', () => {
    const fromBucket = {
      Effect: 'Allow',
      Principal: { Service: 's3.amazonaws.com' },
      Action: 'SNS:Publish',
      Resource: ARN,
    };
    const anyoneFromBucket = {
      ...openPublish,
      Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::uploads' } },
    };
    const inventory = inventoryOf([
      topic('default', { policy: policyOf(defaultStatement) }),
      topic('service', { policy: policyOf(fromBucket, anyoneFromBucket) }),
      topic('none'),
    ]);
    expect(run(topicPolicyPublic, inventory)).toEqual([]);
  });

  it('does not judge a topic whose policy could not be read', () => {
    const inventory = inventoryOf([topic('alerts', { policy: policyOf(openPublish) }, ['policy'])]);
    expect(run(topicPolicyPublic, inventory)).toEqual([]);
  });
});

describe('sns.topic-unencrypted', () => {
  it('flags a topic without a KMS key', () => {
    const findings = run(topicUnencrypted, inventoryOf([topic('plain', { kmsMasterKeyId: null })]));
    expect(findings.map((f) => [f.resource.id, f.severity, f.references.fsbp])).toEqual([
      ['plain', 'low', []],
    ]);
  });

  it('passes a topic with a key, and does not judge one whose attributes could not be read', () => {
    const inventory = inventoryOf([
      topic('kms'),
      topic('unread', { kmsMasterKeyId: null }, ['kmsMasterKeyId']),
    ]);
    expect(run(topicUnencrypted, inventory)).toEqual([]);
  });
});
