import { beforeEach, describe, expect, it } from '@jest/globals';
import { ListSecretsCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { secretsmanagerCollector } from '../../../src/scan/collectors/secretsmanager.js';
import { HARNESS, accessDenied, collect, ofType } from '../../support/collector-harness.js';

const { ACCOUNT, REGION } = HARNESS;
const sm = mockClient(SecretsManagerClient);
beforeEach(() => {
  sm.reset();
});

const arn = (name: string) => `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:${name}-AbCdEf`;

describe('the Secrets Manager collector', () => {
  it('reads rotation and dates from ListSecrets alone, page by page, secrets pending deletion included', async () => {
    sm.on(ListSecretsCommand)
      .resolvesOnce({
        SecretList: [
          {
            ARN: arn('prod/db'),
            Name: 'prod/db',
            RotationEnabled: true,
            RotationLambdaARN: 'arn:aws:lambda:eu-west-2:111122223333:function:rotate',
            RotationRules: { AutomaticallyAfterDays: 30 },
            LastRotatedDate: new Date('2026-10-01T00:00:00Z'),
            NextRotationDate: new Date('2026-10-31T00:00:00Z'),
            // AWS keeps the day only; moto never sets it (see the e2e test).
            LastAccessedDate: new Date('2026-11-20T00:00:00Z'),
            LastChangedDate: new Date('2026-10-01T00:00:00Z'),
            CreatedDate: new Date('2025-01-01T00:00:00Z'),
            KmsKeyId: 'alias/app',
            OwningService: 'rds',
            Tags: [{ Key: 'owner', Value: 'data' }],
          },
        ],
        NextToken: 'page-2',
      })
      .resolvesOnce({
        SecretList: [
          {
            ARN: arn('old'),
            Name: 'old',
            CreatedDate: new Date('2024-01-01T00:00:00Z'),
            DeletedDate: new Date('2026-11-20T00:00:00Z'),
          },
          {
            ARN: arn('replica'),
            Name: 'replica',
            RotationEnabled: true,
            RotationRules: { ScheduleExpression: 'rate(10 days)' },
            PrimaryRegion: 'us-east-1',
            CreatedDate: new Date('2026-01-01T00:00:00Z'),
          },
        ],
      });

    const outcome = await collect(secretsmanagerCollector);
    expect(outcome.errors).toEqual([]);
    // The paginator reuses one input object, so only the last call's NextToken can be seen.
    const calls = sm.commandCalls(ListSecretsCommand).map((c) => c.args[0].input);
    expect(calls).toHaveLength(2);
    expect(calls[1]).toEqual({ IncludePlannedDeletion: true, MaxResults: 100, NextToken: 'page-2' });
    const secrets = ofType(outcome, 'secretsmanager:secret');
    expect(secrets.map((s) => [s.id, s.state, s.createdAt, s.tags])).toEqual([
      ['prod/db', 'active', '2025-01-01T00:00:00.000Z', { owner: 'data' }],
      ['old', 'pending-deletion', '2024-01-01T00:00:00.000Z', {}],
      ['replica', 'active', '2026-01-01T00:00:00.000Z', {}],
    ]);
    expect(secrets[0]?.attributes).toEqual({
      rotationEnabled: true,
      rotationDays: 30,
      rotationSchedule: null,
      lastRotatedAt: '2026-10-01T00:00:00.000Z',
      nextRotationAt: '2026-10-31T00:00:00.000Z',
      lastAccessedAt: '2026-11-20T00:00:00.000Z',
      lastChangedAt: '2026-10-01T00:00:00.000Z',
      deletedAt: null,
      kmsKeyId: 'alias/app',
      owningService: 'rds',
      primaryRegion: null,
    });
    expect(secrets[1]?.attributes).toMatchObject({
      rotationEnabled: false,
      deletedAt: '2026-11-20T00:00:00.000Z',
    });
    expect(secrets[2]?.attributes).toMatchObject({
      rotationDays: null,
      rotationSchedule: 'rate(10 days)',
      primaryRegion: 'us-east-1',
    });
  });

  it('marks the secrets failed where ListSecrets is denied, and invents none', async () => {
    sm.on(ListSecretsCommand).rejects(accessDenied('secretsmanager:ListSecrets'));
    const outcome = await collect(secretsmanagerCollector);
    expect([...outcome.failedTypes]).toEqual(['secretsmanager:secret']);
    expect(outcome.errors.map((e) => [e.operation, e.missingPermission])).toEqual([
      ['ListSecrets', 'secretsmanager:ListSecrets'],
    ]);
    expect(ofType(outcome, 'secretsmanager:secret')).toEqual([]);
  });
});
