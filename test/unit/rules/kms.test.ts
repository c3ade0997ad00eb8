import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { AttributesOf } from '../../../src/inventory/resources/index.js';
import { publicStatements } from '../../../src/policy/index.js';
import {
  keyDisabledBilled,
  keyPendingDeletionInUse,
  keyPolicyPublic,
  keyRotationOff,
} from '../../../src/rules/catalog/kms.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import { ACCOUNT, bareBucket, inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
type Attributes = AttributesOf<'kms:key'>;
const keyArn = (id: string) => `arn:aws:kms:us-east-1:${ACCOUNT}:key/${id}`;

const BASE: Attributes = {
  keyManager: 'CUSTOMER',
  keySpec: 'SYMMETRIC_DEFAULT',
  keyUsage: 'ENCRYPT_DECRYPT',
  keyState: 'Enabled',
  origin: 'AWS_KMS',
  multiRegion: false,
  deletionDate: null,
  aliases: [],
  rotationEnabled: true,
  policy: null,
};
const key = (id: string, more: Partial<Attributes> = {}, unknownAttributes: string[] = []) =>
  resource('kms:key', id, { ...BASE, ...more }, { arn: keyArn(id), unknownAttributes });

const policyOf = (statement: Record<string, unknown>) => {
  const document = { Version: '2012-10-17', Statement: [statement] };
  return { document, publicStatements: publicStatements(document) };
};

const run = (rule: Rule, resources: Parameters<typeof inventoryOf>[0]) =>
  runRules(inventoryOf(resources), DEFAULT_CONFIG, [rule], NOW).findings;
const ids = (findings: ReturnType<typeof run>) => findings.map((f) => f.resource.id);

describe('kms.key-rotation-off', () => {
  it('reports an enabled customer symmetric key without rotation, citing CIS 4.6', () => {
    const findings = run(keyRotationOff, [key('k1', { rotationEnabled: false }), key('k2')]);
    expect(ids(findings)).toEqual(['k1']);
    expect(findings[0]?.references).toMatchObject({ cis: ['4.6'], fsbp: [] });
  });

  it('does not judge AWS managed, asymmetric, disabled keys or an unread rotation status', () => {
    expect(
      run(keyRotationOff, [
        key('aws', { keyManager: 'AWS', rotationEnabled: false }),
        key('rsa', { keySpec: 'RSA_2048', rotationEnabled: null }),
        key('off', { keyState: 'Disabled', rotationEnabled: false }),
        key('unread', { rotationEnabled: null }, ['rotationEnabled']),
      ]),
    ).toEqual([]);
  });
});

describe('kms.key-policy-public', () => {
  it('reports a key policy open to *, citing KMS.5', () => {
    const open = policyOf({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kms:Decrypt', Resource: '*' });
    const findings = run(keyPolicyPublic, [key('open', { policy: open })]);
    expect(ids(findings)).toEqual(['open']);
    expect(findings[0]?.references.fsbp).toEqual(['KMS.5']);
  });

  it('accepts * narrowed by kms:CallerAccount, and does not judge an unread policy', () => {
    const own = policyOf({
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: 'kms:Decrypt',
      Resource: '*',
      Condition: { StringEquals: { 'kms:CallerAccount': ACCOUNT } },
    });
    expect(run(keyPolicyPublic, [key('own', { policy: own }), key('unread', {}, ['policy'])])).toEqual([]);
  });
});

describe('kms.key-pending-deletion-in-use', () => {
  const pending = (id: string, aliases: string[] = []) =>
    key(id, {
      keyState: 'PendingDeletion',
      deletionDate: '2026-12-01T00:00:00.000Z',
      aliases,
      rotationEnabled: null,
    });
  const volume = (id: string, kmsKeyId: string | null) =>
    resource('ec2:volume', id, {
      sizeGiB: 8,
      volumeType: 'gp3',
      iops: null,
      throughput: null,
      encrypted: true,
      kmsKeyId,
      availabilityZone: 'us-east-1a',
      snapshotId: null,
      attachments: [],
    });

  it('reports a key pending deletion that a volume names by ARN or a bucket by alias, citing KMS.3', () => {
    const bucket = bareBucket('data', 'us-east-1');
    const encrypted = {
      ...bucket,
      attributes: {
        ...bucket.attributes,
        encryption: { algorithm: 'aws:kms', kmsKeyId: 'alias/app', bucketKeyEnabled: true },
      },
    };
    const findings = run(keyPendingDeletionInUse, [
      pending('k1'),
      pending('k2', ['alias/app']),
      volume('vol-1', keyArn('k1')),
      encrypted,
    ]);
    expect(findings.map((f) => [f.resource.id, f.evidence.usedBy])).toEqual([
      ['k1', [{ type: 'ec2:volume', id: 'vol-1' }]],
      ['k2', [{ type: 's3:bucket', id: 'data' }]],
    ]);
    expect(findings[0]?.references.fsbp).toEqual(['KMS.3']);
  });

  it('leaves a key pending deletion that nothing scanned uses, and enabled keys in use', () => {
    expect(run(keyPendingDeletionInUse, [pending('k1'), key('k2'), volume('vol-1', keyArn('k2'))])).toEqual(
      [],
    );
  });
});

describe('kms.key-disabled-billed', () => {
  it('reports a disabled customer key with its $1 a month', () => {
    const findings = run(keyDisabledBilled, [key('off', { keyState: 'Disabled' }), key('on')]);
    expect(ids(findings)).toEqual(['off']);
    expect(findings[0]?.cost).toMatchObject({ monthlyUsd: 1, avoidable: true });
    expect(findings[0]?.cost?.prices[0]).toMatchObject({ item: 'kms.customer-key', unit: 'key-month' });
  });

  it('leaves keys pending deletion (not billed) and AWS managed keys alone', () => {
    expect(
      run(keyDisabledBilled, [
        key('going', { keyState: 'PendingDeletion' }),
        key('aws', { keyManager: 'AWS' }),
      ]),
    ).toEqual([]);
  });
});
