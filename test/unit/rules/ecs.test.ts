import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { AttributesOf } from '../../../src/inventory/resources/index.js';
import {
  clusterContainerInsightsOff,
  serviceFargatePlatformOutdated,
  servicePublicIp,
  taskDefinitionCredentialsInEnvironment,
  taskDefinitionEfsTransitUnencrypted,
  taskDefinitionHostPid,
  taskDefinitionNoLogConfiguration,
  taskDefinitionPrivileged,
  taskDefinitionRootUser,
  taskDefinitionSecretInEnvironment,
  taskDefinitionWritableRootFilesystem,
  taskSetPublicIp,
} from '../../../src/rules/catalog/ecs.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import { inventoryOf, resource } from '../../support/inventory-builder.js';

type Cluster = AttributesOf<'ecs:cluster'>;
type Service = AttributesOf<'ecs:service'>;
type TaskDefinition = AttributesOf<'ecs:task-definition'>;
type Container = TaskDefinition['containers'][number];

const cluster = (id: string, more: Partial<Cluster> = {}, unknownAttributes: string[] = []) =>
  resource(
    'ecs:cluster',
    id,
    {
      containerInsights: 'enabled',
      activeServicesCount: 1,
      runningTasksCount: 2,
      pendingTasksCount: 0,
      registeredContainerInstancesCount: 0,
      capacityProviders: ['FARGATE'],
      ...more,
    },
    { unknownAttributes },
  );

const service = (id: string, more: Partial<Service> = {}, unknownAttributes: string[] = []) =>
  resource(
    'ecs:service',
    `main/${id}`,
    {
      clusterArn: 'arn:aws:ecs:us-east-1:111122223333:cluster/main',
      clusterName: 'main',
      launchType: 'FARGATE',
      capacityProviders: [],
      platformVersion: 'LATEST',
      platformFamily: 'Linux',
      assignPublicIp: 'DISABLED',
      subnets: ['subnet-1'],
      securityGroups: ['sg-1'],
      desiredCount: 1,
      runningCount: 1,
      taskDefinitionArn: 'arn:aws:ecs:us-east-1:111122223333:task-definition/web:3',
      schedulingStrategy: 'REPLICA',
      deploymentController: 'ECS',
      ...more,
    },
    { unknownAttributes, name: id },
  );

const container = (name: string, more: Partial<Container> = {}): Container => ({
  name,
  privileged: null,
  user: '1000',
  readonlyRootFilesystem: true,
  logDriver: 'awslogs',
  environmentVariableNames: [],
  secretsInEnvironment: [],
  secretNames: [],
  environmentFiles: 0,
  ...more,
});

const definition = (id: string, more: Partial<TaskDefinition> = {}, unknownAttributes: string[] = []) =>
  resource(
    'ecs:task-definition',
    id,
    {
      family: id,
      revision: 3,
      networkMode: 'awsvpc',
      pidMode: null,
      operatingSystemFamily: 'LINUX',
      requiresCompatibilities: ['FARGATE'],
      taskRoleArn: null,
      executionRoleArn: null,
      containers: [container('app')],
      efsVolumes: [],
      ...more,
    },
    { unknownAttributes },
  );

const run = (rule: Rule, resources: Parameters<typeof inventoryOf>[0]) =>
  runRules(inventoryOf(resources), DEFAULT_CONFIG, [rule]).findings;
const ids = (rule: Rule, resources: Parameters<typeof inventoryOf>[0]) =>
  run(rule, resources).map((f) => [f.resource.id, f.severity]);

describe('ecs.cluster-container-insights-off', () => {
  it('flags clusters with the setting disabled or absent (FSBP ECS.12)', () => {
    const findings = run(clusterContainerInsightsOff, [
      cluster('off', { containerInsights: 'disabled' }),
      cluster('absent', { containerInsights: null }),
    ]);
    expect(findings.map((f) => [f.resource.id, f.references.fsbp])).toEqual([
      ['absent', ['ECS.12']],
      ['off', ['ECS.12']],
    ]);
  });

  it('leaves enabled, enhanced and unknown settings', () => {
    expect(
      ids(clusterContainerInsightsOff, [
        cluster('on'),
        cluster('enhanced', { containerInsights: 'enhanced' }),
        cluster('unknown', { containerInsights: null }, ['containerInsights']),
      ]),
    ).toEqual([]);
  });
});

describe('ecs.service-public-ip', () => {
  it('flags services assigning public IPs (FSBP ECS.2)', () => {
    const findings = run(servicePublicIp, [service('pub', { assignPublicIp: 'ENABLED' })]);
    expect(findings.map((f) => [f.resource.id, f.references.fsbp])).toEqual([['main/pub', ['ECS.2']]]);
  });

  it('leaves DISABLED, no awsvpc configuration, and unknown', () => {
    expect(
      ids(servicePublicIp, [
        service('private'),
        service('bridge', { assignPublicIp: null }),
        service('unknown', { assignPublicIp: null }, ['assignPublicIp']),
      ]),
    ).toEqual([]);
  });
});

const taskSet = (id: string, assignPublicIp: string | null, unknownAttributes: string[] = []) =>
  resource(
    'ecs:task-set',
    `main/bg/${id}`,
    {
      serviceArn: 'arn:aws:ecs:us-east-1:111122223333:service/main/bg',
      service: 'main/bg',
      clusterName: 'main',
      status: 'PRIMARY',
      launchType: 'FARGATE',
      platformVersion: 'LATEST',
      assignPublicIp,
      taskDefinitionArn: null,
    },
    { unknownAttributes, name: id },
  );

describe('ecs.task-set-public-ip', () => {
  it('flags task sets assigning public IPs (FSBP ECS.16)', () => {
    const findings = run(taskSetPublicIp, [taskSet('ecs-svc/1', 'ENABLED')]);
    expect(findings.map((f) => [f.resource.id, f.references.fsbp])).toEqual([
      ['main/bg/ecs-svc/1', ['ECS.16']],
    ]);
  });

  it('leaves DISABLED, no awsvpc configuration, and unknown', () => {
    expect(
      ids(taskSetPublicIp, [
        taskSet('ecs-svc/2', 'DISABLED'),
        taskSet('ecs-svc/3', null),
        taskSet('ecs-svc/4', null, ['assignPublicIp']),
      ]),
    ).toEqual([]);
  });
});

describe('ecs.service-fargate-platform-outdated', () => {
  it("flags Fargate services pinned below ECS.10's latest (1.4.0 Linux, 1.0.0 Windows)", () => {
    const findings = run(serviceFargatePlatformOutdated, [
      service('old', { platformVersion: '1.3.0' }),
      service('spot', { launchType: null, capacityProviders: ['FARGATE_SPOT'], platformVersion: '1.2.0' }),
    ]);
    expect(findings[0]?.remediation.cli).toContain('--cluster main --service old ');
    expect(findings.map((f) => [f.resource.id, f.evidence.latest, f.references.fsbp])).toEqual([
      ['main/old', '1.4.0', ['ECS.10']],
      ['main/spot', '1.4.0', ['ECS.10']],
    ]);
  });

  it('leaves LATEST, the latest versions, EC2 services and unknown versions', () => {
    expect(
      ids(serviceFargatePlatformOutdated, [
        service('latest'),
        service('pinned', { platformVersion: '1.4.0' }),
        service('windows', { platformVersion: '1.0.0', platformFamily: 'WINDOWS_SERVER_2019_CORE' }),
        service('ec2', { launchType: 'EC2', platformVersion: null }),
        service('asg', { launchType: null, capacityProviders: ['my-asg'], platformVersion: '1.3.0' }),
        service('unknown', { platformVersion: null }, ['platformVersion']),
      ]),
    ).toEqual([]);
  });
});

describe('ecs.task-definition-host-pid', () => {
  it('flags pidMode host (FSBP ECS.3)', () => {
    const findings = run(taskDefinitionHostPid, [definition('web', { pidMode: 'host' })]);
    expect(findings.map((f) => [f.resource.id, f.references.fsbp])).toEqual([['web', ['ECS.3']]]);
  });

  it('leaves task and absent pid modes, and unread definitions', () => {
    expect(
      ids(taskDefinitionHostPid, [
        definition('task', { pidMode: 'task' }),
        definition('none'),
        definition('unread', { pidMode: null }, ['pidMode', 'containers']),
      ]),
    ).toEqual([]);
  });
});

describe('ecs.task-definition-privileged', () => {
  it('flags a task definition with privileged containers, naming them (FSBP ECS.4)', () => {
    const findings = run(taskDefinitionPrivileged, [
      definition('agent', { containers: [container('app'), container('sidecar', { privileged: true })] }),
    ]);
    expect(findings.map((f) => [f.resource.id, f.evidence.privilegedContainers, f.references.fsbp])).toEqual([
      ['agent', ['sidecar'], ['ECS.4']],
    ]);
  });

  it('leaves privileged false or absent, and unread containers', () => {
    expect(
      ids(taskDefinitionPrivileged, [
        definition('off', { containers: [container('app', { privileged: false })] }),
        definition('absent'),
        definition('unread', { containers: [] }, ['containers']),
      ]),
    ).toEqual([]);
  });
});

describe('ecs.task-definition-writable-root-filesystem', () => {
  it('flags readonlyRootFilesystem false or left out (FSBP ECS.5)', () => {
    const findings = run(taskDefinitionWritableRootFilesystem, [
      definition('web', {
        containers: [
          container('a', { readonlyRootFilesystem: false }),
          container('b', { readonlyRootFilesystem: null }),
          container('c'),
        ],
      }),
    ]);
    expect(findings.map((f) => [f.resource.id, f.evidence.writableContainers, f.references.fsbp])).toEqual([
      ['web', ['a', 'b'], ['ECS.5']],
    ]);
  });

  it('leaves read-only containers and unread definitions', () => {
    expect(
      ids(taskDefinitionWritableRootFilesystem, [
        definition('ro'),
        definition('unread', { containers: [] }, ['containers']),
      ]),
    ).toEqual([]);
  });
});

describe('ecs.task-definition-no-log-configuration', () => {
  it('flags containers without a log driver (FSBP ECS.9)', () => {
    const findings = run(taskDefinitionNoLogConfiguration, [
      definition('web', { containers: [container('app'), container('proxy', { logDriver: null })] }),
    ]);
    expect(findings.map((f) => [f.resource.id, f.evidence.containersWithoutLogs, f.references.fsbp])).toEqual(
      [['web', ['proxy'], ['ECS.9']]],
    );
  });

  it('leaves containers that log', () => {
    expect(
      ids(taskDefinitionNoLogConfiguration, [
        definition('web', { containers: [container('a'), container('b', { logDriver: 'awsfirelens' })] }),
      ]),
    ).toEqual([]);
  });
});

describe('ecs.task-definition-credentials-in-environment', () => {
  it("flags ECS.8's key names whatever their value, one finding per variable", () => {
    const findings = run(taskDefinitionCredentialsInEnvironment, [
      definition('web', {
        containers: [
          container('app', {
            environmentVariableNames: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'PORT'],
          }),
          container('agent', { environmentVariableNames: ['ECS_ENGINE_AUTH_DATA'] }),
        ],
      }),
    ]);
    expect(findings.map((f) => [f.evidence.container, f.evidence.variable, f.references.fsbp])).toEqual([
      ['agent', 'ECS_ENGINE_AUTH_DATA', ['ECS.8']],
      ['app', 'AWS_ACCESS_KEY_ID', ['ECS.8']],
      ['app', 'AWS_SECRET_ACCESS_KEY', ['ECS.8']],
    ]);
  });

  it('leaves other names (ECS.8 matches the key exactly), secrets from Secrets Manager, and unread definitions', () => {
    expect(
      ids(taskDefinitionCredentialsInEnvironment, [
        definition('web', {
          containers: [
            container('app', {
              environmentVariableNames: ['AWS_REGION', 'MY_AWS_ACCESS_KEY_ID_PARAM'],
              secretNames: ['AWS_SECRET_ACCESS_KEY'],
            }),
          ],
        }),
        definition('unread', { containers: [] }, ['containers']),
      ]),
    ).toEqual([]);
  });
});

describe('ecs.task-definition-secret-in-environment', () => {
  it('flags what the detector found, leaving ECS.8 names to the cited rule', () => {
    const findings = run(taskDefinitionSecretInEnvironment, [
      definition('web', {
        containers: [
          container('app', {
            environmentVariableNames: ['AWS_SECRET_ACCESS_KEY', 'STRIPE_KEY'],
            secretsInEnvironment: [
              { variable: 'AWS_SECRET_ACCESS_KEY', kind: 'aws-secret-access-key' },
              { variable: 'STRIPE_KEY', kind: 'stripe-live-key' },
            ],
          }),
        ],
      }),
    ]);
    expect(findings.map((f) => [f.evidence.variable, f.evidence.kind, f.references.fsbp])).toEqual([
      ['STRIPE_KEY', 'stripe-live-key', []],
    ]);
    expect(JSON.stringify(findings)).not.toContain('sk_live');
  });

  it('leaves containers without detected secrets', () => {
    expect(
      ids(taskDefinitionSecretInEnvironment, [
        definition('web', { containers: [container('app', { environmentVariableNames: ['PASSWORD_ARN'] })] }),
      ]),
    ).toEqual([]);
  });
});

describe('ecs.task-definition-root-user', () => {
  it('flags Linux containers without a user or as root (ECS.20), Windows ones as administrator (ECS.21)', () => {
    const findings = run(taskDefinitionRootUser, [
      definition('linux', {
        containers: [
          container('none', { user: null }),
          container('root', { user: 'root' }),
          container('zero', { user: '0:0' }),
          container('fine', { user: '1000:1000' }),
        ],
      }),
      definition('win', {
        operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE',
        containers: [
          container('admin', { user: 'ContainerAdministrator' }),
          container('user', { user: 'ContainerUser' }),
        ],
      }),
    ]);
    expect(
      findings.map((f) => [f.resource.id, f.severity, f.evidence.containers, f.references.fsbp]),
    ).toEqual([
      [
        'linux',
        'medium',
        [
          { name: 'none', user: null },
          { name: 'root', user: 'root' },
          { name: 'zero', user: '0:0' },
        ],
        ['ECS.20'],
      ],
      ['win', 'medium', [{ name: 'admin', user: 'ContainerAdministrator' }], ['ECS.21']],
    ]);
  });

  it('is high with host network mode (the retired ECS.1 case)', () => {
    expect(
      ids(taskDefinitionRootUser, [
        definition('host', { networkMode: 'host', containers: [container('a', { user: null })] }),
      ]),
    ).toEqual([['host', 'high']]);
  });

  it('leaves non-root users, names that merely contain root, and unread definitions', () => {
    expect(
      ids(taskDefinitionRootUser, [
        definition('fine', {
          containers: [container('a', { user: 'app' }), container('b', { user: 'rootless' })],
        }),
        definition('unread', { containers: [] }, ['containers']),
      ]),
    ).toEqual([]);
  });
});

describe('ecs.task-definition-efs-transit-unencrypted', () => {
  it('flags EFS volumes without transit encryption (FSBP ECS.18)', () => {
    const findings = run(taskDefinitionEfsTransitUnencrypted, [
      definition('web', {
        efsVolumes: [
          { name: 'data', transitEncryption: 'DISABLED' },
          { name: 'default', transitEncryption: null },
          { name: 'tls', transitEncryption: 'ENABLED' },
        ],
      }),
    ]);
    expect(findings.map((f) => [f.resource.id, f.references.fsbp])).toEqual([['web', ['ECS.18']]]);
    expect(findings[0]?.evidence.volumes).toEqual([
      { name: 'data', transitEncryption: 'DISABLED' },
      { name: 'default', transitEncryption: null },
    ]);
  });

  it('leaves encrypted volumes, no volumes, and unread definitions', () => {
    expect(
      ids(taskDefinitionEfsTransitUnencrypted, [
        definition('tls', { efsVolumes: [{ name: 'tls', transitEncryption: 'ENABLED' }] }),
        definition('none'),
        definition('unread', {}, ['efsVolumes', 'containers']),
      ]),
    ).toEqual([]);
  });
});
