import { describe, expect, it } from '@jest/globals';
import {
  groupInlineKmsDecryptAllKeys,
  policyKmsDecryptAllKeys,
  roleInlineKmsDecryptAllKeys,
  userInlineKmsDecryptAllKeys,
} from '../../../src/rules/catalog/iam-kms.js';
import { doc, group, policy, role, run, user } from '../../support/iam-inventory.js';
import { inventoryOf } from '../../support/inventory-builder.js';

const GLOBAL_SCOPES = [
  { type: 'iam:user' as const, region: 'global' },
  { type: 'iam:role' as const, region: 'global' },
];
const decryptAll = {
  Sid: 'Decrypt',
  Effect: 'Allow',
  Action: ['kms:Decrypt', 's3:GetObject'],
  Resource: '*',
};

describe('iam.policy-kms-decrypt-all-keys (FSBP KMS.1)', () => {
  it('flags kms:Decrypt and kms:ReEncryptFrom on every key, by Resource * or an every-account pattern', () => {
    const findings = run(
      policyKmsDecryptAllKeys,
      inventoryOf(
        [
          policy('star', doc(decryptAll)),
          policy('kms-star', doc({ Effect: 'Allow', Action: 'kms:*', Resource: 'arn:aws:kms:*:*:key/*' })),
          policy(
            'not-resource',
            doc({ Effect: 'Allow', Action: 'kms:ReEncrypt*', NotResource: 'arn:aws:s3:::*' }),
          ),
        ],
        { emptyScopes: GLOBAL_SCOPES },
      ),
    );
    expect(findings.map((f) => [f.resource.id, f.severity, f.evidence.grants])).toEqual([
      [
        'kms-star',
        'medium',
        [{ statement: '#1', actions: ['kms:Decrypt', 'kms:ReEncryptFrom'], conditioned: false }],
      ],
      ['not-resource', 'medium', [{ statement: '#1', actions: ['kms:ReEncryptFrom'], conditioned: false }]],
      ['star', 'medium', [{ statement: 'Decrypt', actions: ['kms:Decrypt'], conditioned: false }]],
    ]);
    expect(findings[2]?.message).toBe(
      'Customer-managed policy star allows decryption with every KMS key: kms:Decrypt (statement Decrypt). It is attached 1 time(s).',
    );
    expect(findings[0]?.references.fsbp).toEqual(['KMS.1']);
  });

  it('keeps the grant when the Deny on every key has a condition (it does not always apply)', () => {
    const guarded = doc(decryptAll, {
      Effect: 'Deny',
      Action: 'kms:*',
      Resource: '*',
      Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
    });
    const findings = run(
      policyKmsDecryptAllKeys,
      inventoryOf([policy('guarded', guarded)], { emptyScopes: GLOBAL_SCOPES }),
    );
    expect(findings.map((f) => f.resource.id)).toEqual(['guarded']);
  });

  it('lowers to low when every granting statement has a condition, which it names', () => {
    const [finding] = run(
      policyKmsDecryptAllKeys,
      inventoryOf(
        [
          policy(
            'via-s3',
            doc({
              ...decryptAll,
              Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } },
            }),
          ),
        ],
        { emptyScopes: GLOBAL_SCOPES },
      ),
    );
    expect(finding?.severity).toBe('low');
    expect(finding?.message).toContain('the control does not take conditions into account');
  });

  it('passes named keys, one account or region, other actions, Deny on every key, boundaries, and unknown boundaries', () => {
    const boundary = policy('boundary', doc(decryptAll));
    const judged = [
      policy(
        'one-key',
        doc({
          Effect: 'Allow',
          Action: 'kms:Decrypt',
          Resource: 'arn:aws:kms:us-east-1:111122223333:key/abc',
        }),
      ),
      policy(
        'own-account',
        doc({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:*:111122223333:key/*' }),
      ),
      policy(
        'encrypt-only',
        doc({ Effect: 'Allow', Action: ['kms:Encrypt', 'kms:GenerateDataKey'], Resource: '*' }),
      ),
      policy('denied', doc(decryptAll, { Effect: 'Deny', Action: 'kms:Decrypt', Resource: '*' })),
      policy('not-kms', doc({ Effect: 'Allow', Action: 'kms:Decrypt', NotResource: 'arn:aws:kms:*' })),
      // Full administrator access: reported once, by iam.policy-full-admin.
      policy('admin', doc({ Effect: 'Allow', Action: '*', Resource: '*' })),
      boundary,
      role('bounded', { permissionsBoundaryArn: boundary.arn }),
    ];
    expect(run(policyKmsDecryptAllKeys, inventoryOf(judged, { emptyScopes: GLOBAL_SCOPES }))).toEqual([]);
    // Users not read: whether a policy is a boundary is unknown, so none is judged.
    const unread = inventoryOf([policy('star', doc(decryptAll))], {
      emptyScopes: [{ type: 'iam:role', region: 'global' }],
      failedScopes: [{ type: 'iam:user', region: 'global' }],
    });
    expect(run(policyKmsDecryptAllKeys, unread)).toEqual([]);
  });
});

describe('the inline-policy rules (FSBP KMS.2)', () => {
  it('flag each inline policy of users, groups and roles that decrypts with every key', () => {
    const inline = (name: string, document: unknown) => ({ inlinePolicies: [{ name, document }] });
    const inventory = inventoryOf([
      user('alice', inline('decrypt', doc(decryptAll))),
      group('ops', inline('all-kms', doc({ Effect: 'Allow', Action: 'kms:*', Resource: '*' }))),
      role('app', {
        inlinePolicies: [
          {
            name: 'scoped',
            document: doc({
              Effect: 'Allow',
              Action: 'kms:Decrypt',
              Resource: 'arn:aws:kms:eu-west-1:111122223333:key/k',
            }),
          },
          { name: 'wide', document: doc(decryptAll) },
        ],
      }),
    ]);
    const findings = [
      userInlineKmsDecryptAllKeys,
      groupInlineKmsDecryptAllKeys,
      roleInlineKmsDecryptAllKeys,
    ].flatMap((rule) => run(rule, inventory));
    expect(findings.map((f) => [f.ruleId, f.resource.id, f.evidence.policy, f.references.fsbp])).toEqual([
      ['iam.user-inline-kms-decrypt-all-keys', 'alice', 'decrypt', ['KMS.2']],
      ['iam.group-inline-kms-decrypt-all-keys', 'ops', 'all-kms', ['KMS.2']],
      ['iam.role-inline-kms-decrypt-all-keys', 'app', 'wide', ['KMS.2']],
    ]);
    expect(findings[2]?.message).toBe(
      'IAM role app has inline policy wide allowing decryption with every KMS key: kms:Decrypt (statement Decrypt).',
    );
  });

  it('pass principals without such inline policies and those whose inline policies were not read', () => {
    const inventory = inventoryOf([
      user('bob', {
        inlinePolicies: [{ name: 'read', document: doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }) }],
      }),
      user('carol', { inlinePolicies: [{ name: 'decrypt', document: doc(decryptAll) }] }, ['inlinePolicies']),
    ]);
    expect(run(userInlineKmsDecryptAllKeys, inventory)).toEqual([]);
  });
});
