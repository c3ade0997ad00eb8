import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { AttributesOf } from '../../../src/inventory/resources/index.js';
import { publicStatements } from '../../../src/policy/index.js';
import {
  repositoryNoLifecyclePolicy,
  repositoryPolicyPublic,
  repositoryScanOnPushOff,
  repositoryTagsMutable,
} from '../../../src/rules/catalog/ecr.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import { inventoryOf, resource } from '../../support/inventory-builder.js';

type Attributes = AttributesOf<'ecr:repository'>;

const repo = (id: string, more: Partial<Attributes> = {}, unknownAttributes: string[] = []) =>
  resource(
    'ecr:repository',
    id,
    {
      uri: null,
      tagMutability: 'IMMUTABLE',
      scanOnPush: true,
      scanning: { registryScanType: 'BASIC', frequency: 'SCAN_ON_PUSH', source: 'repository' },
      encryptionType: 'AES256',
      kmsKey: null,
      policy: null,
      lifecyclePolicy: true,
      ...more,
    },
    { unknownAttributes },
  );

const policy = (statement: Record<string, unknown>): Attributes['policy'] => {
  const document = { Version: '2012-10-17', Statement: [statement] };
  return { document, publicStatements: publicStatements(document) };
};

const run = (rule: Rule, resources: Parameters<typeof inventoryOf>[0]) =>
  runRules(inventoryOf(resources), DEFAULT_CONFIG, [rule]).findings;
const ids = (rule: Rule, resources: Parameters<typeof inventoryOf>[0]) =>
  run(rule, resources).map((f) => [f.resource.id, f.severity]);

describe('ecr.repository-scan-on-push-off', () => {
  it('flags repositories no scanning applies to', () => {
    const findings = run(repositoryScanOnPushOff, [
      repo('plain', {
        scanOnPush: false,
        scanning: { registryScanType: 'BASIC', frequency: 'MANUAL', source: 'none' },
      }),
    ]);
    expect(findings.map((f) => [f.resource.id, f.references.fsbp])).toEqual([['plain', ['ECR.1']]]);
  });

  it('leaves repositories scanned on push or continuously, and unknown scanning', () => {
    expect(
      ids(repositoryScanOnPushOff, [
        repo('own'),
        repo('rule', {
          scanOnPush: false,
          scanning: { registryScanType: 'BASIC', frequency: 'SCAN_ON_PUSH', source: 'registry' },
        }),
        repo('inspector', {
          scanOnPush: false,
          scanning: { registryScanType: 'ENHANCED', frequency: 'CONTINUOUS_SCAN', source: 'registry' },
        }),
        repo('unknown', { scanning: null }, ['scanning']),
      ]),
    ).toEqual([]);
  });
});

describe('ecr.repository-tags-mutable', () => {
  it('flags every mutability but IMMUTABLE (FSBP ECR.2 passes IMMUTABLE only)', () => {
    expect(
      ids(repositoryTagsMutable, [
        repo('m', { tagMutability: 'MUTABLE' }),
        repo('x', { tagMutability: 'IMMUTABLE_WITH_EXCLUSION' }),
      ]),
    ).toEqual([
      ['m', 'low'],
      ['x', 'low'],
    ]);
  });

  it('leaves immutable repositories and unknown settings', () => {
    expect(ids(repositoryTagsMutable, [repo('i'), repo('n', { tagMutability: null })])).toEqual([]);
  });
});

describe('ecr.repository-no-lifecycle-policy', () => {
  it('flags repositories without a lifecycle policy', () => {
    expect(
      run(repositoryNoLifecyclePolicy, [repo('keep-all', { lifecyclePolicy: false })]).map(
        (f) => f.references.fsbp,
      ),
    ).toEqual([['ECR.3']]);
  });

  it('leaves repositories with one, and those whose policy could not be read', () => {
    expect(
      ids(repositoryNoLifecyclePolicy, [
        repo('ok'),
        repo('denied', { lifecyclePolicy: false }, ['lifecyclePolicy']),
      ]),
    ).toEqual([]);
  });
});

describe('ecr.repository-policy-public', () => {
  it('is critical when anyone may push, high when anyone may only pull', () => {
    expect(
      ids(repositoryPolicyPublic, [
        repo('push', {
          policy: policy({ Effect: 'Allow', Principal: '*', Action: ['ecr:PutImage', 'ecr:BatchGetImage'] }),
        }),
        repo('all', { policy: policy({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'ecr:*' }) }),
        repo('pull', {
          policy: policy({
            Effect: 'Allow',
            Principal: '*',
            Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
          }),
        }),
      ]),
    ).toEqual([
      ['all', 'critical'],
      ['push', 'critical'],
      ['pull', 'high'],
    ]);
  });

  it('leaves policies for named accounts, those restricted to an organization, no policy, an unread one', () => {
    expect(
      ids(repositoryPolicyPublic, [
        repo('account', {
          policy: policy({
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::444455556666:root' },
            Action: 'ecr:*',
          }),
        }),
        repo('org', {
          policy: policy({
            Effect: 'Allow',
            Principal: '*',
            Action: 'ecr:BatchGetImage',
            Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } },
          }),
        }),
        repo('none'),
        repo('denied', { policy: null }, ['policy']),
      ]),
    ).toEqual([]);
  });
});
