import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import {
  DescribeRepositoriesCommand,
  ECRClient,
  GetLifecyclePolicyCommand,
  GetRegistryScanningConfigurationCommand,
  GetRepositoryPolicyCommand,
  type Repository,
} from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';
import { ecrCollector, filterMatches, scanningOf } from '../../../src/scan/collectors/ecr.js';
import { accessDenied, collect, ofType } from '../../support/collector-harness.js';

const ecr = mockClient(ECRClient);
afterEach(() => {
  ecr.reset();
});
afterAll(() => {
  ecr.restore();
});

const notFound = (name: string) =>
  Object.assign(new Error(name), { name, $metadata: { httpStatusCode: 400 } });

const repository = (name: string, scanOnPush: boolean): Repository => ({
  repositoryName: name,
  repositoryArn: `arn:aws:ecr:eu-west-2:111122223333:repository/${name}`,
  repositoryUri: `111122223333.dkr.ecr.eu-west-2.amazonaws.com/${name}`,
  imageTagMutability: 'MUTABLE',
  imageScanningConfiguration: { scanOnPush },
  encryptionConfiguration: { encryptionType: 'AES256' },
  createdAt: new Date('2026-01-02T00:00:00Z'),
});

const PUBLIC_PULL = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'Pull', Effect: 'Allow', Principal: '*', Action: ['ecr:BatchGetImage'] }],
});

describe('the ECR collector', () => {
  it('reads every page, the registry scanning rules once, and each policy and lifecycle policy', async () => {
    ecr
      .on(DescribeRepositoriesCommand, { nextToken: undefined })
      .resolves({ nextToken: 'n2', repositories: [repository('web', false)] })
      .on(DescribeRepositoriesCommand, { nextToken: 'n2' })
      .resolves({ repositories: [repository('batch', true)] });
    ecr.on(GetRegistryScanningConfigurationCommand).resolves({
      scanningConfiguration: {
        scanType: 'BASIC',
        rules: [
          { scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [{ filter: 'we*', filterType: 'WILDCARD' }] },
        ],
      },
    });
    ecr.on(GetRepositoryPolicyCommand, { repositoryName: 'web' }).resolves({ policyText: PUBLIC_PULL });
    ecr
      .on(GetRepositoryPolicyCommand, { repositoryName: 'batch' })
      .rejects(notFound('RepositoryPolicyNotFoundException'));
    ecr
      .on(GetLifecyclePolicyCommand, { repositoryName: 'web' })
      .resolves({ lifecyclePolicyText: '{"rules":[]}' });
    ecr
      .on(GetLifecyclePolicyCommand, { repositoryName: 'batch' })
      .rejects(notFound('LifecyclePolicyNotFoundException'));
    const outcome = await collect(ecrCollector);
    expect(outcome.errors).toEqual([]);
    expect(ecr.commandCalls(GetRegistryScanningConfigurationCommand)).toHaveLength(1);
    const repos = ofType(outcome, 'ecr:repository').sort((a, b) => a.id.localeCompare(b.id));
    expect(
      repos.map((r) => [r.id, r.attributes.scanning, r.attributes.lifecyclePolicy, r.unknownAttributes]),
    ).toEqual([
      ['batch', { registryScanType: 'BASIC', frequency: 'SCAN_ON_PUSH', source: 'repository' }, false, []],
      ['web', { registryScanType: 'BASIC', frequency: 'SCAN_ON_PUSH', source: 'registry' }, true, []],
    ]);
    expect(repos[0]?.attributes.policy).toBeNull();
    expect(repos[1]?.attributes.policy?.publicStatements).toEqual([
      { sid: 'Pull', actions: ['ecr:BatchGetImage'], principal: '*' },
    ]);
    expect(repos[1]?.attributes).toMatchObject({
      tagMutability: 'MUTABLE',
      encryptionType: 'AES256',
      scanOnPush: false,
    });
  });

  it('leaves a denied policy, lifecycle policy or registry configuration unknown, never "none"', async () => {
    ecr.on(DescribeRepositoriesCommand).resolves({ repositories: [repository('web', false)] });
    ecr
      .on(GetRegistryScanningConfigurationCommand)
      .rejects(accessDenied('ecr:GetRegistryScanningConfiguration'));
    ecr.on(GetRepositoryPolicyCommand).rejects(accessDenied('ecr:GetRepositoryPolicy'));
    ecr.on(GetLifecyclePolicyCommand).rejects(accessDenied('ecr:GetLifecyclePolicy'));
    const outcome = await collect(ecrCollector);
    const [repo] = ofType(outcome, 'ecr:repository');
    expect(repo?.unknownAttributes).toEqual(['lifecyclePolicy', 'policy', 'scanning']);
    expect(repo?.attributes.scanning).toBeNull();
    expect([...outcome.partialTypes]).toEqual(['ecr:repository']);
    expect(outcome.errors.map((e) => e.operation).sort()).toEqual([
      'GetLifecyclePolicy',
      'GetRegistryScanningConfiguration',
      'GetRepositoryPolicy',
    ]);
  });

  it('takes an answer without a scanning configuration for AWS default, BASIC with no rules', async () => {
    ecr.on(DescribeRepositoriesCommand).resolves({ repositories: [repository('web', false)] });
    ecr.on(GetRegistryScanningConfigurationCommand).resolves({ registryId: '111122223333' });
    ecr.on(GetRepositoryPolicyCommand).rejects(notFound('RepositoryPolicyNotFoundException'));
    ecr.on(GetLifecyclePolicyCommand).rejects(notFound('LifecyclePolicyNotFoundException'));
    const [repo] = ofType(await collect(ecrCollector), 'ecr:repository');
    expect(repo?.attributes.scanning).toEqual({
      registryScanType: 'BASIC',
      frequency: 'MANUAL',
      source: 'none',
    });
  });
});

describe('registry scanning rules', () => {
  it('match names as ECR filters do: containing without a wildcard, whole name with one', () => {
    expect(filterMatches('prod', 'team/prod-api')).toBe(true);
    expect(filterMatches('prod*', 'team/prod-api')).toBe(false);
    expect(filterMatches('team/*', 'team/prod-api')).toBe(true);
    expect(filterMatches('*', 'anything')).toBe(true);
  });

  it('with enhanced scanning, count only the registry rules (continuous first), not the repository flag', () => {
    const enhanced = {
      scanType: 'ENHANCED' as const,
      rules: [
        {
          scanFrequency: 'SCAN_ON_PUSH' as const,
          repositoryFilters: [{ filter: '*', filterType: 'WILDCARD' as const }],
        },
        {
          scanFrequency: 'CONTINUOUS_SCAN' as const,
          repositoryFilters: [{ filter: 'prod', filterType: 'WILDCARD' as const }],
        },
      ],
    };
    expect(scanningOf(enhanced, 'prod-api', false).frequency).toBe('CONTINUOUS_SCAN');
    expect(scanningOf(enhanced, 'dev-api', false).frequency).toBe('SCAN_ON_PUSH');
    expect(scanningOf({ scanType: 'ENHANCED', rules: [] }, 'dev-api', true)).toEqual({
      registryScanType: 'ENHANCED',
      frequency: 'MANUAL',
      source: 'none',
    });
  });
});
