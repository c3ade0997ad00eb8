import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { randomInt } from 'node:crypto';
import {
  DescribeClustersCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  ListClustersCommand,
  ListServicesCommand,
  ListTaskDefinitionFamiliesCommand,
  type Service,
} from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';
import { ecsCollector } from '../../../src/scan/collectors/ecs.js';
import { accessDenied, collect, ofType } from '../../support/collector-harness.js';

const ecs = mockClient(ECSClient);
afterEach(() => {
  ecs.reset();
});
afterAll(() => {
  ecs.restore();
});

const PREFIX = 'arn:aws:ecs:eu-west-2:111122223333';
const clusterArn = (name: string) => `${PREFIX}:cluster/${name}`;
const serviceArn = (cluster: string, name: string) => `${PREFIX}:service/${cluster}/${name}`;

const service = (cluster: string, name: string, more: Partial<Service> = {}): Service => ({
  serviceArn: serviceArn(cluster, name),
  serviceName: name,
  clusterArn: clusterArn(cluster),
  status: 'ACTIVE',
  desiredCount: 1,
  runningCount: 1,
  launchType: 'FARGATE',
  platformVersion: '1.3.0',
  platformFamily: 'Linux',
  taskDefinition: `${PREFIX}:task-definition/web:4`,
  networkConfiguration: {
    awsvpcConfiguration: {
      subnets: ['subnet-b', 'subnet-a'],
      securityGroups: ['sg-1'],
      assignPublicIp: 'ENABLED',
    },
  },
  deploymentController: { type: 'ECS' },
  tags: [{ key: 'team', value: 'web' }],
  ...more,
});

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const random = (length: number, alphabet = `${UPPER}abcdefghijklmnopqrstuvwxyz0123456789`) =>
  Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');
// Fake secrets, made up per run (no key-shaped literal in the repository).
const stripeKey = ['sk', 'live', random(24)].join('_');
const accessKeyId = ['AK', 'IA', random(16, `${UPPER}234567`)].join('');

/** Every family's definition answers the same unless a test says otherwise. */
function noTaskDefinitions(): void {
  ecs.on(ListTaskDefinitionFamiliesCommand).resolves({ families: [] });
}

describe('the ECS collector', () => {
  it('describes clusters with their settings, services per 10, and each family’s latest ACTIVE revision', async () => {
    ecs
      .on(ListClustersCommand, { nextToken: undefined })
      .resolves({ clusterArns: [clusterArn('main')], nextToken: 'c2' })
      .on(ListClustersCommand, { nextToken: 'c2' })
      .resolves({ clusterArns: [clusterArn('batch')] });
    ecs.on(DescribeClustersCommand).resolves({
      clusters: [
        {
          clusterArn: clusterArn('main'),
          clusterName: 'main',
          status: 'ACTIVE',
          activeServicesCount: 12,
          runningTasksCount: 3,
          settings: [{ name: 'containerInsights', value: 'enhanced' }],
          capacityProviders: ['FARGATE_SPOT', 'FARGATE'],
        },
        { clusterArn: clusterArn('batch'), clusterName: 'batch', status: 'ACTIVE', settings: [] },
      ],
    });
    // Twelve services in main over two pages: DescribeServices takes ten at a time.
    const names = Array.from({ length: 12 }, (_, i) => `svc${String(i).padStart(2, '0')}`);
    ecs
      .on(ListServicesCommand, { cluster: clusterArn('main'), nextToken: undefined })
      .resolves({ serviceArns: names.slice(0, 7).map((n) => serviceArn('main', n)), nextToken: 's2' })
      .on(ListServicesCommand, { cluster: clusterArn('main'), nextToken: 's2' })
      .resolves({ serviceArns: names.slice(7).map((n) => serviceArn('main', n)) })
      .on(ListServicesCommand, { cluster: clusterArn('batch') })
      .resolves({ serviceArns: [] });
    ecs.on(DescribeServicesCommand).callsFake((input: { services: string[] }) => ({
      services: input.services.map((arn) => {
        const name = arn.slice(arn.lastIndexOf('/') + 1);
        if (name !== 'svc00') return service('main', name);
        // A blue/green service on a capacity provider strategy: no launch type on AWS, task sets.
        return service('main', name, {
          launchType: undefined,
          capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }],
          networkConfiguration: undefined,
          deploymentController: { type: 'CODE_DEPLOY' },
          taskSets: [
            {
              id: 'ecs-svc/1',
              taskSetArn: `${PREFIX}:task-set/main/svc00/ecs-svc/1`,
              status: 'PRIMARY',
              launchType: 'FARGATE',
              platformVersion: 'LATEST',
              networkConfiguration: {
                awsvpcConfiguration: { subnets: ['subnet-a'], assignPublicIp: 'ENABLED' },
              },
            },
          ],
        });
      }),
      failures: [],
    }));
    ecs
      .on(ListTaskDefinitionFamiliesCommand, { status: 'ACTIVE', nextToken: undefined })
      .resolves({ families: ['web'], nextToken: 'f2' })
      .on(ListTaskDefinitionFamiliesCommand, { status: 'ACTIVE', nextToken: 'f2' })
      .resolves({ families: ['worker'] });
    ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: 'web' }).resolves({
      taskDefinition: {
        taskDefinitionArn: `${PREFIX}:task-definition/web:4`,
        family: 'web',
        revision: 4,
        status: 'ACTIVE',
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        runtimePlatform: { operatingSystemFamily: 'LINUX' },
        containerDefinitions: [
          {
            name: 'app',
            user: '1000',
            readonlyRootFilesystem: true,
            logConfiguration: { logDriver: 'awslogs' },
            environment: [
              { name: 'PORT', value: '8080' },
              { name: 'STRIPE_KEY', value: stripeKey },
              { name: 'AWS_ACCESS_KEY_ID', value: accessKeyId },
            ],
            secrets: [
              { name: 'DB_PASSWORD', valueFrom: 'arn:aws:secretsmanager:eu-west-2:111122223333:secret:db' },
            ],
            environmentFiles: [{ type: 's3', value: 'arn:aws:s3:::bucket/app.env' }],
          },
        ],
        volumes: [
          { name: 'data', efsVolumeConfiguration: { fileSystemId: 'fs-1', transitEncryption: 'ENABLED' } },
          { name: 'scratch', host: {} },
        ],
      },
      tags: [{ key: 'team', value: 'web' }],
    });
    ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: 'worker' }).resolves({
      taskDefinition: {
        taskDefinitionArn: `${PREFIX}:task-definition/worker:9`,
        family: 'worker',
        revision: 9,
        status: 'ACTIVE',
        networkMode: 'host',
        pidMode: 'host',
        containerDefinitions: [{ name: 'agent', privileged: true }],
      },
    });

    const outcome = await collect(ecsCollector);
    expect(outcome.errors).toEqual([]);
    expect(ecs.commandCalls(DescribeClustersCommand)).toHaveLength(1);
    expect(ecs.commandCalls(DescribeClustersCommand)[0]?.args[0].input.include).toEqual(['SETTINGS', 'TAGS']);
    expect(ecs.commandCalls(DescribeServicesCommand).map((c) => c.args[0].input.services?.length)).toEqual([
      10, 2,
    ]);

    const clusters = ofType(outcome, 'ecs:cluster').sort((a, b) => a.id.localeCompare(b.id));
    expect(
      clusters.map((c) => [c.id, c.attributes.containerInsights, c.attributes.capacityProviders]),
    ).toEqual([
      ['batch', null, []],
      ['main', 'enhanced', ['FARGATE', 'FARGATE_SPOT']],
    ]);
    expect(clusters[1]?.attributes.activeServicesCount).toBe(12);

    const services = ofType(outcome, 'ecs:service').sort((a, b) => a.id.localeCompare(b.id));
    expect(services).toHaveLength(12);
    expect(services[0]?.attributes).toMatchObject({
      launchType: null,
      capacityProviders: ['FARGATE_SPOT'],
      assignPublicIp: null,
      deploymentController: 'CODE_DEPLOY',
    });
    expect(services[1]).toMatchObject({
      id: 'main/svc01',
      name: 'svc01',
      tags: { team: 'web' },
      attributes: {
        clusterName: 'main',
        launchType: 'FARGATE',
        platformVersion: '1.3.0',
        assignPublicIp: 'ENABLED',
        subnets: ['subnet-a', 'subnet-b'],
      },
    });
    expect(
      ofType(outcome, 'ecs:task-set').map((s) => [s.id, s.attributes.service, s.attributes.assignPublicIp]),
    ).toEqual([['main/svc00/ecs-svc/1', 'main/svc00', 'ENABLED']]);

    const definitions = ofType(outcome, 'ecs:task-definition').sort((a, b) => a.id.localeCompare(b.id));
    expect(definitions.map((d) => [d.id, d.attributes.revision, d.unknownAttributes])).toEqual([
      ['web', 4, []],
      ['worker', 9, []],
    ]);
    expect(definitions[0]?.attributes.containers).toEqual([
      {
        name: 'app',
        privileged: null,
        user: '1000',
        readonlyRootFilesystem: true,
        logDriver: 'awslogs',
        environmentVariableNames: ['AWS_ACCESS_KEY_ID', 'PORT', 'STRIPE_KEY'],
        secretsInEnvironment: [
          { variable: 'AWS_ACCESS_KEY_ID', kind: 'aws-access-key-id' },
          { variable: 'STRIPE_KEY', kind: 'stripe-live-key' },
        ],
        secretNames: ['DB_PASSWORD'],
        environmentFiles: 1,
      },
    ]);
    expect(definitions[0]?.attributes.efsVolumes).toEqual([{ name: 'data', transitEncryption: 'ENABLED' }]);
    expect(definitions[1]?.attributes).toMatchObject({ networkMode: 'host', pidMode: 'host' });
    // Values never reach the inventory.
    const stored = JSON.stringify(outcome.resources);
    for (const value of [stripeKey, accessKeyId, '8080']) expect(stored).not.toContain(value);
  });

  it('leaves a denied task definition unknown, never "nothing wrong", and the others read', async () => {
    ecs.on(ListClustersCommand).resolves({ clusterArns: [] });
    ecs.on(ListTaskDefinitionFamiliesCommand).resolves({ families: ['web', 'worker'] });
    ecs
      .on(DescribeTaskDefinitionCommand, { taskDefinition: 'web' })
      .rejects(accessDenied('ecs:DescribeTaskDefinition'));
    ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: 'worker' }).resolves({
      taskDefinition: {
        family: 'worker',
        revision: 1,
        status: 'ACTIVE',
        containerDefinitions: [{ name: 'a' }],
      },
    });
    const outcome = await collect(ecsCollector);
    const definitions = ofType(outcome, 'ecs:task-definition').sort((a, b) => a.id.localeCompare(b.id));
    expect(definitions.map((d) => [d.id, d.unknownAttributes.includes('containers')])).toEqual([
      ['web', true],
      ['worker', false],
    ]);
    expect(definitions[0]?.arn).toBe(`${PREFIX}:task-definition/web`);
    expect([...outcome.partialTypes]).toEqual(['ecs:task-definition']);
    expect(outcome.errors.map((e) => e.operation)).toEqual(['DescribeTaskDefinition']);
  });

  it('marks services failed when a cluster’s services cannot be described, keeping clusters', async () => {
    ecs.on(ListClustersCommand).resolves({ clusterArns: [clusterArn('main')] });
    ecs.on(DescribeClustersCommand).resolves({
      clusters: [
        {
          clusterArn: clusterArn('main'),
          clusterName: 'main',
          settings: [{ name: 'containerInsights', value: 'disabled' }],
        },
      ],
    });
    ecs.on(ListServicesCommand).resolves({ serviceArns: [serviceArn('main', 'web')] });
    ecs.on(DescribeServicesCommand).rejects(accessDenied('ecs:DescribeServices'));
    noTaskDefinitions();
    const outcome = await collect(ecsCollector);
    expect(ofType(outcome, 'ecs:cluster')).toHaveLength(1);
    expect(ofType(outcome, 'ecs:service')).toEqual([]);
    expect([...outcome.failedTypes].sort()).toEqual(['ecs:service', 'ecs:task-set']);
  });

  it('skips an inactive answer (moto describes a family with no ACTIVE revision; AWS lists none)', async () => {
    ecs.on(ListClustersCommand).resolves({ clusterArns: [] });
    ecs.on(ListTaskDefinitionFamiliesCommand).resolves({ families: ['gone'] });
    ecs.on(DescribeTaskDefinitionCommand).resolves({
      taskDefinition: { family: 'gone', revision: 1, status: 'INACTIVE', containerDefinitions: [] },
    });
    const outcome = await collect(ecsCollector);
    expect(ofType(outcome, 'ecs:task-definition')).toEqual([]);
    expect(outcome.errors).toEqual([]);
  });
});
