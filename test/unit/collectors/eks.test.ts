import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { DescribeClusterCommand, EKSClient, ListClustersCommand } from '@aws-sdk/client-eks';
import { mockClient } from 'aws-sdk-client-mock';
import { eksCollector } from '../../../src/scan/collectors/eks.js';
import { accessDenied, collect, ofType } from '../../support/collector-harness.js';

const eks = mockClient(EKSClient);
afterEach(() => {
  eks.reset();
});
afterAll(() => {
  eks.restore();
});

const arn = (name: string) => `arn:aws:eks:eu-west-2:111122223333:cluster/${name}`;

describe('the EKS collector', () => {
  it('reads every page of names and describes each cluster', async () => {
    eks
      .on(ListClustersCommand, { nextToken: undefined })
      .resolves({ clusters: ['prod'], nextToken: 't2' })
      .on(ListClustersCommand, { nextToken: 't2' })
      .resolves({ clusters: ['dev'] });
    eks
      .on(DescribeClusterCommand, { name: 'prod' })
      .resolves({
        cluster: {
          name: 'prod',
          arn: arn('prod'),
          version: '1.33',
          platformVersion: 'eks.20',
          status: 'ACTIVE',
          createdAt: new Date('2025-06-01T00:00:00Z'),
          tags: { team: 'platform' },
          resourcesVpcConfig: {
            endpointPublicAccess: true,
            endpointPrivateAccess: true,
            publicAccessCidrs: ['203.0.113.0/24'],
          },
          logging: {
            clusterLogging: [
              { types: ['api', 'audit'], enabled: true },
              { types: ['scheduler', 'controllerManager', 'authenticator'], enabled: false },
            ],
          },
          encryptionConfig: [
            { resources: ['secrets'], provider: { keyArn: 'arn:aws:kms:eu-west-2:111122223333:key/k1' } },
          ],
          upgradePolicy: { supportType: 'EXTENDED' },
        },
      })
      .on(DescribeClusterCommand, { name: 'dev' })
      .resolves({
        cluster: {
          name: 'dev',
          arn: arn('dev'),
          version: '1.35',
          resourcesVpcConfig: {
            endpointPublicAccess: false,
            endpointPrivateAccess: true,
            publicAccessCidrs: [],
          },
          logging: { clusterLogging: [{ types: ['api', 'audit'], enabled: false }] },
          encryptionConfig: [],
        },
      });
    const outcome = await collect(eksCollector);
    const clusters = ofType(outcome, 'eks:cluster');
    expect(clusters.map((c) => [c.id, c.arn, c.attributes, c.unknownAttributes])).toEqual([
      [
        'prod',
        arn('prod'),
        {
          version: '1.33',
          platformVersion: 'eks.20',
          endpointPublicAccess: true,
          publicAccessCidrs: ['203.0.113.0/24'],
          endpointPrivateAccess: true,
          enabledLogTypes: ['api', 'audit'],
          secretsEncrypted: true,
          secretsKmsKeyArn: 'arn:aws:kms:eu-west-2:111122223333:key/k1',
          supportType: 'EXTENDED',
        },
        [],
      ],
      [
        'dev',
        arn('dev'),
        {
          version: '1.35',
          platformVersion: null,
          endpointPublicAccess: false,
          publicAccessCidrs: [],
          endpointPrivateAccess: true,
          enabledLogTypes: [],
          secretsEncrypted: false,
          secretsKmsKeyArn: null,
          supportType: null,
        },
        [],
      ],
    ]);
    expect(clusters[0]).toMatchObject({
      tags: { team: 'platform' },
      state: 'ACTIVE',
      createdAt: '2025-06-01T00:00:00.000Z',
      region: 'eu-west-2',
    });
    expect(eks.commandCalls(ListClustersCommand)[0]?.args[0].input.maxResults).toBe(100);
    expect(outcome.errors).toEqual([]);
  });

  it('keeps a cluster whose DescribeCluster is denied, everything about it unknown', async () => {
    eks.on(ListClustersCommand).resolves({ clusters: ['prod', 'dev'] });
    eks
      .on(DescribeClusterCommand, { name: 'prod' })
      .rejects(accessDenied('eks:DescribeCluster'))
      .on(DescribeClusterCommand, { name: 'dev' })
      .resolves({
        cluster: { name: 'dev', arn: arn('dev'), version: '1.35', logging: { clusterLogging: [] } },
      });
    const outcome = await collect(eksCollector);
    const [prod, dev] = ofType(outcome, 'eks:cluster');
    expect(prod).toMatchObject({
      id: 'prod',
      arn: arn('prod'),
      attributes: {
        version: null,
        endpointPublicAccess: null,
        secretsEncrypted: null,
        enabledLogTypes: null,
      },
    });
    expect(prod?.unknownAttributes).toEqual(
      expect.arrayContaining(['version', 'endpointPublicAccess', 'tags']),
    );
    expect(dev?.unknownAttributes).toEqual([]);
    expect([...outcome.partialTypes]).toEqual(['eks:cluster']);
    expect(outcome.errors.map((e) => [e.operation, e.resourceId])).toEqual([['DescribeCluster', 'prod']]);
  });

  it('marks clusters failed, not absent, when the listing is denied', async () => {
    eks.on(ListClustersCommand).rejects(accessDenied('eks:ListClusters'));
    const outcome = await collect(eksCollector);
    expect(ofType(outcome, 'eks:cluster')).toEqual([]);
    expect([...outcome.failedTypes]).toEqual(['eks:cluster']);
  });
});
