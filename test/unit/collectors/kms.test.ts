import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  ListAliasesCommand,
  ListKeysCommand,
} from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { kmsCollector } from '../../../src/scan/collectors/kms.js';
import { HARNESS, accessDenied, collect, ofType } from '../../support/collector-harness.js';

const { ACCOUNT, REGION } = HARNESS;
const kms = mockClient(KMSClient);
beforeEach(() => {
  kms.reset();
});

const arn = (id: string) => `arn:aws:kms:${REGION}:${ACCOUNT}:key/${id}`;
const meta = (id: string, more: Record<string, unknown> = {}) => ({
  KeyMetadata: {
    KeyId: id,
    Arn: arn(id),
    KeyManager: 'CUSTOMER' as const,
    KeySpec: 'SYMMETRIC_DEFAULT' as const,
    KeyUsage: 'ENCRYPT_DECRYPT' as const,
    KeyState: 'Enabled' as const,
    Origin: 'AWS_KMS' as const,
    MultiRegion: false,
    CreationDate: new Date('2025-01-01T00:00:00Z'),
    ...more,
  },
});
const OPEN = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Sid: 'Open', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kms:Decrypt', Resource: '*' },
  ],
});

describe('the KMS collector', () => {
  it('lists keys page by page, describes each, and reads rotation and policy of customer keys only', async () => {
    kms
      .on(ListKeysCommand)
      .resolvesOnce({ Keys: [{ KeyId: 'cust', KeyArn: arn('cust') }], NextMarker: 'm', Truncated: true })
      .resolvesOnce({
        Keys: [
          { KeyId: 'aws', KeyArn: arn('aws') },
          { KeyId: 'rsa', KeyArn: arn('rsa') },
          { KeyId: 'gone', KeyArn: arn('gone') },
        ],
      });
    kms.on(ListAliasesCommand).resolves({ Aliases: [{ AliasName: 'alias/app', TargetKeyId: 'cust' }] });
    kms.on(DescribeKeyCommand, { KeyId: 'cust' }).resolves(meta('cust'));
    // An AWS managed key (aws/s3...): listed and described only.
    kms.on(DescribeKeyCommand, { KeyId: 'aws' }).resolves(meta('aws', { KeyManager: 'AWS' }));
    kms
      .on(DescribeKeyCommand, { KeyId: 'rsa' })
      .resolves(meta('rsa', { KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }));
    kms
      .on(DescribeKeyCommand, { KeyId: 'gone' })
      .resolves(
        meta('gone', { KeyState: 'PendingDeletion', DeletionDate: new Date('2026-12-10T00:00:00Z') }),
      );
    kms.on(GetKeyRotationStatusCommand, { KeyId: 'cust' }).resolves({ KeyRotationEnabled: false });
    kms.on(GetKeyPolicyCommand).resolves({ Policy: OPEN });

    const outcome = await collect(kmsCollector);
    expect(outcome.errors).toEqual([]);
    expect(kms.commandCalls(ListKeysCommand)).toHaveLength(2);
    // Rotation only where it applies: not asymmetric, not pending deletion, not AWS managed.
    expect(kms.commandCalls(GetKeyRotationStatusCommand).map((c) => c.args[0].input.KeyId)).toEqual(['cust']);
    expect(
      kms
        .commandCalls(GetKeyPolicyCommand)
        .map((c) => c.args[0].input)
        .sort((a, b) => String(a.KeyId).localeCompare(String(b.KeyId))),
    ).toEqual([
      { KeyId: 'cust', PolicyName: 'default' },
      { KeyId: 'gone', PolicyName: 'default' },
      { KeyId: 'rsa', PolicyName: 'default' },
    ]);
    const byId = (id: string) => ofType(outcome, 'kms:key').find((k) => k.id === id);
    const keys = ['cust', 'aws', 'rsa', 'gone'].map(byId);
    expect(
      keys.map((k) => [k?.id, k?.name, k?.state, k?.attributes.keyManager, k?.attributes.rotationEnabled]),
    ).toEqual([
      ['cust', 'alias/app', 'Enabled', 'CUSTOMER', false],
      ['aws', null, 'Enabled', 'AWS', null],
      ['rsa', null, 'Enabled', 'CUSTOMER', null],
      ['gone', null, 'PendingDeletion', 'CUSTOMER', null],
    ]);
    expect(keys[0]?.attributes.aliases).toEqual(['alias/app']);
    expect(keys[0]?.attributes.policy?.publicStatements).toEqual([
      { sid: 'Open', actions: ['kms:Decrypt'], principal: '*' },
    ]);
    expect(keys[1]?.attributes.policy).toBeNull();
    expect(keys[3]?.attributes.deletionDate).toBe('2026-12-10T00:00:00.000Z');
  });

  it('leaves rotation and policy unknown where their reads are denied, and a key undescribed unknown', async () => {
    kms.on(ListKeysCommand).resolves({ Keys: [{ KeyId: 'cust', KeyArn: arn('cust') }, { KeyId: 'hidden' }] });
    kms.on(ListAliasesCommand).resolves({ Aliases: [] });
    kms.on(DescribeKeyCommand, { KeyId: 'cust' }).resolves(meta('cust'));
    kms.on(DescribeKeyCommand, { KeyId: 'hidden' }).rejects(accessDenied('kms:DescribeKey'));
    kms.on(GetKeyRotationStatusCommand).rejects(accessDenied('kms:GetKeyRotationStatus'));
    kms.on(GetKeyPolicyCommand).rejects(accessDenied('kms:GetKeyPolicy'));

    const outcome = await collect(kmsCollector);
    expect([...outcome.partialTypes]).toEqual(['kms:key']);
    expect(outcome.errors.map((e) => [e.operation, e.resourceId]).sort()).toEqual([
      ['DescribeKey', 'hidden'],
      ['GetKeyPolicy', 'cust'],
      ['GetKeyRotationStatus', 'cust'],
    ]);
    const cust = ofType(outcome, 'kms:key').find((k) => k.id === 'cust');
    const hidden = ofType(outcome, 'kms:key').find((k) => k.id === 'hidden');
    expect(cust).toMatchObject({
      unknownAttributes: ['policy', 'rotationEnabled'],
      attributes: { rotationEnabled: null, policy: null },
    });
    expect(hidden?.unknownAttributes).toContain('keyManager');
    expect(hidden?.arn).toBe(arn('hidden'));
  });
});
