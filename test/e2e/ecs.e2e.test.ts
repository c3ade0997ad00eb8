import { beforeAll, describe, expect, it } from '@jest/globals';
import { randomInt } from 'node:crypto';
import {
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import {
  CreateClusterCommand,
  CreateServiceCommand,
  CreateTaskSetCommand,
  DeregisterTaskDefinitionCommand,
  ECSClient,
  RegisterTaskDefinitionCommand,
  type ContainerDefinition,
} from '@aws-sdk/client-ecs';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { Inventory } from '../../src/inventory/document.js';
import { validateInventory } from '../../src/inventory/validate.js';
import * as ecsRules from '../../src/rules/catalog/ecs.js';
import { runRules } from '../../src/rules/engine.js';
import type { Rule } from '../../src/rules/model.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const random = (length: number) => Array.from({ length }, () => ALNUM[randomInt(ALNUM.length)]).join('');

/** A container FSBP's ECS controls all pass: non-root, read-only root, logs, secrets from Secrets Manager. */
const goodContainer: ContainerDefinition = {
  name: 'app',
  image: 'public.ecr.aws/nginx/nginx:1',
  memory: 512,
  user: '1000:1000',
  readonlyRootFilesystem: true,
  logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/app' } },
  environment: [{ name: 'PORT', value: '8080' }],
  secrets: [{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:db' }],
};

/**
 * ECS against moto, in eu-west-1. Clusters: `watched` (Container Insights enabled) and `plain`
 * (default). Task definition families: `good` (every control passes), `bad` (revision 1 good,
 * revision 2, the latest, fails them all), `fixed` (revision 1 bad, revision 2 good: only the latest
 * is judged), `gone` (deregistered: no ACTIVE revision). Services in `watched`: `pub` (Fargate 1.3.0,
 * public IP), `priv` (Fargate LATEST, no public IP), `ext` (external deployments, with a task set
 * assigning public IPs).
 *
 * Where moto differs from AWS (covered by test/unit/collectors/ecs.test.ts with AWS's answers):
 * ListTaskDefinitionFamilies ignores status=ACTIVE and DescribeTaskDefinition by family returns an
 * INACTIVE revision when none is active (AWS: listed only with an ACTIVE revision); a service
 * created with a capacity provider strategy comes back with launchType EC2 and no strategy; the
 * cluster's activeServicesCount stays 0; services carry no platformFamily.
 */
describe('ECS against moto', () => {
  const account = uniqueAccountId();
  let inventory: Inventory;
  // A fake secret, made up per run: the scan must record its name and kind, never its value.
  const stripeKey = ['sk', 'live', random(24)].join('_');

  beforeAll(async () => {
    const credentials = await accountCredentials(account);
    const ecs = new ECSClient(seedConfig('eu-west-1', credentials));
    const ec2 = new EC2Client(seedConfig('eu-west-1', credentials));
    await ecs.send(
      new CreateClusterCommand({
        clusterName: 'watched',
        settings: [{ name: 'containerInsights', value: 'enabled' }],
      }),
    );
    await ecs.send(new CreateClusterCommand({ clusterName: 'plain' }));

    const fargate = {
      networkMode: 'awsvpc' as const,
      requiresCompatibilities: ['FARGATE' as const],
      cpu: '256',
      memory: '512',
    };
    const register = (
      family: string,
      more: Partial<ConstructorParameters<typeof RegisterTaskDefinitionCommand>[0]>,
    ) =>
      ecs.send(new RegisterTaskDefinitionCommand({ family, containerDefinitions: [goodContainer], ...more }));
    const bad = {
      networkMode: 'host' as const,
      pidMode: 'host' as const,
      containerDefinitions: [
        {
          name: 'agent',
          image: 'agent:1',
          memory: 256,
          privileged: true,
          environment: [
            { name: 'AWS_SECRET_ACCESS_KEY', value: 'placeholder' },
            { name: 'STRIPE_SECRET_KEY', value: stripeKey },
          ],
        },
      ],
      volumes: [{ name: 'shared', efsVolumeConfiguration: { fileSystemId: 'fs-12345678' } }],
    };
    await register('good', {
      ...fargate,
      volumes: [
        {
          name: 'data',
          efsVolumeConfiguration: { fileSystemId: 'fs-12345678', transitEncryption: 'ENABLED' },
        },
      ],
    });
    await register('bad', fargate);
    await register('bad', bad);
    await register('fixed', bad);
    await register('fixed', fargate);
    await register('gone', bad);
    await ecs.send(new DeregisterTaskDefinitionCommand({ taskDefinition: 'gone:1' }));

    const vpc = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.20.0.0/16' }));
    const vpcId = vpc.Vpc?.VpcId ?? '';
    const subnet = await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.20.1.0/24' }));
    const group = await ec2.send(
      new CreateSecurityGroupCommand({ VpcId: vpcId, GroupName: 'tasks', Description: 'tasks' }),
    );
    const network = (assignPublicIp: 'ENABLED' | 'DISABLED') => ({
      awsvpcConfiguration: {
        subnets: [subnet.Subnet?.SubnetId ?? ''],
        // moto requires security groups here (AWS takes the VPC's default without them).
        securityGroups: [group.GroupId ?? ''],
        assignPublicIp,
      },
    });
    const service = (
      serviceName: string,
      more: Partial<ConstructorParameters<typeof CreateServiceCommand>[0]>,
    ) =>
      ecs.send(
        new CreateServiceCommand({
          cluster: 'watched',
          serviceName,
          taskDefinition: 'good',
          desiredCount: 1,
          ...more,
        }),
      );
    await service('pub', {
      launchType: 'FARGATE',
      platformVersion: '1.3.0',
      networkConfiguration: network('ENABLED'),
    });
    await service('priv', { launchType: 'FARGATE', networkConfiguration: network('DISABLED') });
    await service('ext', { desiredCount: 0, deploymentController: { type: 'EXTERNAL' } });
    await ecs.send(
      new CreateTaskSetCommand({
        cluster: 'watched',
        service: 'ext',
        taskDefinition: 'good',
        launchType: 'FARGATE',
        networkConfiguration: network('ENABLED'),
      }),
    );
    inventory = await scanForTest(credentials, { regions: ['eu-west-1'], services: ['ecs'] });
  });

  it('reads clusters, services, task sets and the latest ACTIVE revision of each family', () => {
    expect(inventory.errors).toEqual([]);
    validateInventory(inventory, 'ecs e2e');
    const clusters = Object.fromEntries(ofType(inventory, 'ecs:cluster').map((c) => [c.id, c.attributes]));
    // moto answers the setting for every cluster, disabled by default, as AWS does with SETTINGS.
    expect(clusters).toMatchObject({
      watched: { containerInsights: 'enabled' },
      plain: { containerInsights: 'disabled' },
    });

    const services = Object.fromEntries(ofType(inventory, 'ecs:service').map((s) => [s.id, s.attributes]));
    expect(Object.keys(services).sort()).toEqual(['watched/ext', 'watched/priv', 'watched/pub']);
    expect(services['watched/pub']).toMatchObject({
      launchType: 'FARGATE',
      platformVersion: '1.3.0',
      assignPublicIp: 'ENABLED',
      taskDefinitionArn: expect.stringMatching(/task-definition\/good:1$/),
    });
    expect(services['watched/priv']?.assignPublicIp).toBe('DISABLED');
    // moto leaves a service without awsvpc configuration as an empty object: no assignment.
    expect(services['watched/ext']).toMatchObject({ assignPublicIp: null, deploymentController: 'EXTERNAL' });
    expect(
      ofType(inventory, 'ecs:task-set').map((s) => [s.attributes.service, s.attributes.assignPublicIp]),
    ).toEqual([['watched/ext', 'ENABLED']]);

    const definitions = Object.fromEntries(ofType(inventory, 'ecs:task-definition').map((d) => [d.id, d]));
    expect(Object.keys(definitions).sort()).toEqual(['bad', 'fixed', 'good']);
    expect(definitions.bad?.attributes.revision).toBe(2);
    expect(definitions.fixed?.attributes.revision).toBe(2);
    expect(definitions.bad?.attributes.containers[0]).toMatchObject({
      name: 'agent',
      privileged: true,
      user: null,
      environmentVariableNames: ['AWS_SECRET_ACCESS_KEY', 'STRIPE_SECRET_KEY'],
      secretsInEnvironment: [{ variable: 'STRIPE_SECRET_KEY', kind: 'stripe-live-key' }],
    });
    expect(definitions.good?.attributes.containers[0]?.secretNames).toEqual(['DB_PASSWORD']);
    expect(JSON.stringify(inventory.resources)).not.toContain(stripeKey);
  });

  it('reports what each rule should, and nothing on the good definitions, services or cluster', () => {
    const rules = Object.values(ecsRules).filter((r): r is Rule => typeof r === 'object' && 'metadata' in r);
    const found = runRules(inventory, DEFAULT_CONFIG, rules).findings.map(
      (f) => `${f.ruleId} ${f.resource.id} ${f.severity}`,
    );
    expect(found.sort()).toEqual([
      'ecs.cluster-container-insights-off plain low',
      'ecs.service-fargate-platform-outdated watched/pub low',
      'ecs.service-public-ip watched/pub medium',
      'ecs.task-definition-credentials-in-environment bad high',
      'ecs.task-definition-efs-transit-unencrypted bad medium',
      'ecs.task-definition-host-pid bad high',
      'ecs.task-definition-no-log-configuration bad medium',
      'ecs.task-definition-privileged bad high',
      'ecs.task-definition-root-user bad high',
      'ecs.task-definition-secret-in-environment bad high',
      'ecs.task-definition-writable-root-filesystem bad low',
      `ecs.task-set-public-ip ${ofType(inventory, 'ecs:task-set')[0]?.id ?? ''} medium`,
    ]);
  });
});
