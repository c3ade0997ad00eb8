import {
  DescribeClustersCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  paginateListClusters,
  paginateListServices,
  paginateListTaskDefinitionFamilies,
  type Cluster,
  type ContainerDefinition,
  type NetworkConfiguration,
  type Service,
  type Tag,
  type TaskDefinition,
  type TaskSet,
} from '@aws-sdk/client-ecs';
import type { AttributesOf } from '../../inventory/resources/index.js';
import type { Collector, CollectorContext } from '../collector.js';
import { detectSecrets } from '../secrets.js';
import { batchesOf, isoDate, makeResource, sortedStrings, text } from '../normalize.js';

const permissions = {
  ListClusters: 'ecs:ListClusters',
  DescribeClusters: 'ecs:DescribeClusters',
  ListServices: 'ecs:ListServices',
  DescribeServices: 'ecs:DescribeServices',
  ListTaskDefinitionFamilies: 'ecs:ListTaskDefinitionFamilies',
  DescribeTaskDefinition: 'ecs:DescribeTaskDefinition',
} as const;
type Operation = keyof typeof permissions;
type Context = CollectorContext<Operation>;
type Container = AttributesOf<'ecs:task-definition'>['containers'][number];

/** DescribeClusters takes up to 100 clusters, DescribeServices up to 10 services. */
const CLUSTER_BATCH = 100;
const SERVICE_BATCH = 10;

function tags(list: readonly Tag[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const tag of list ?? []) if (tag.key !== undefined) out[tag.key] = tag.value ?? '';
  return out;
}

/** The last part of an ECS ARN (cluster/name, service/cluster/name). */
const lastPart = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);

function emitCluster(ctx: Context, cluster: Cluster): void {
  const arn = cluster.clusterArn;
  if (!arn) return;
  const name = cluster.clusterName ?? lastPart(arn);
  ctx.emit(
    makeResource(
      'ecs:cluster',
      {
        arn,
        id: name,
        name,
        account: ctx.account,
        region: ctx.scopeRegion,
        tags: tags(cluster.tags),
        state: text(cluster.status),
      },
      {
        containerInsights: text(cluster.settings?.find((s) => s.name === 'containerInsights')?.value),
        activeServicesCount: cluster.activeServicesCount ?? 0,
        runningTasksCount: cluster.runningTasksCount ?? 0,
        pendingTasksCount: cluster.pendingTasksCount ?? 0,
        registeredContainerInstancesCount: cluster.registeredContainerInstancesCount ?? 0,
        capacityProviders: sortedStrings(cluster.capacityProviders ?? []),
      },
    ),
  );
}

const publicIp = (network: NetworkConfiguration | undefined) =>
  text(network?.awsvpcConfiguration?.assignPublicIp);

function emitTaskSets(
  ctx: Context,
  clusterName: string,
  serviceArn: string,
  service: string,
  sets: TaskSet[],
): void {
  for (const set of sets) {
    if (!set.taskSetArn || !set.id) continue;
    ctx.emit(
      makeResource(
        'ecs:task-set',
        {
          arn: set.taskSetArn,
          id: `${service}/${set.id}`,
          name: set.id,
          account: ctx.account,
          region: ctx.scopeRegion,
          tags: tags(set.tags),
          state: text(set.status),
          createdAt: isoDate(set.createdAt),
        },
        {
          serviceArn,
          service,
          clusterName,
          status: text(set.status),
          launchType: text(set.launchType),
          platformVersion: text(set.platformVersion),
          assignPublicIp: publicIp(set.networkConfiguration),
          taskDefinitionArn: text(set.taskDefinition),
        },
      ),
    );
  }
}

function emitService(ctx: Context, clusterArn: string, service: Service): void {
  const arn = service.serviceArn;
  if (!arn) return;
  const clusterName = lastPart(clusterArn);
  const name = service.serviceName ?? lastPart(arn);
  emitTaskSets(ctx, clusterName, arn, `${clusterName}/${name}`, service.taskSets ?? []);
  const vpc = service.networkConfiguration?.awsvpcConfiguration;
  ctx.emit(
    makeResource(
      'ecs:service',
      {
        arn,
        // Service names are unique per cluster only.
        id: `${clusterName}/${name}`,
        name,
        account: ctx.account,
        region: ctx.scopeRegion,
        tags: tags(service.tags),
        state: text(service.status),
        createdAt: isoDate(service.createdAt),
      },
      {
        clusterArn,
        clusterName,
        launchType: text(service.launchType),
        capacityProviders: sortedStrings(
          (service.capacityProviderStrategy ?? []).map((s) => s.capacityProvider),
        ),
        platformVersion: text(service.platformVersion),
        platformFamily: text(service.platformFamily),
        assignPublicIp: publicIp(service.networkConfiguration),
        subnets: sortedStrings(vpc?.subnets ?? []),
        securityGroups: sortedStrings(vpc?.securityGroups ?? []),
        desiredCount: service.desiredCount ?? 0,
        runningCount: service.runningCount ?? 0,
        taskDefinitionArn: text(service.taskDefinition),
        schedulingStrategy: text(service.schedulingStrategy),
        deploymentController: text(service.deploymentController?.type),
      },
    ),
  );
}

/**
 * One cluster's services: ListServices (100 a page), then DescribeServices per 10. The listing
 * carries ARNs only, so a failed describe leaves the region's service listing `failed`.
 */
async function collectServices(ctx: Context, client: ECSClient, clusterArn: string): Promise<void> {
  const arns = await ctx.list(
    'ListServices',
    ['ecs:service', 'ecs:task-set'],
    paginateListServices({ client, pageSize: 100 }, { cluster: clusterArn }),
    (page) => page.serviceArns,
  );
  await ctx.each(batchesOf(arns, SERVICE_BATCH), async (batch) => {
    const services = await ctx.list(
      'DescribeServices',
      ['ecs:service', 'ecs:task-set'],
      () =>
        client.send(new DescribeServicesCommand({ cluster: clusterArn, services: batch, include: ['TAGS'] })),
      (answer) => {
        // MISSING: deleted since the listing; anything else is recorded.
        for (const failure of answer.failures ?? []) {
          if (failure.reason !== 'MISSING') {
            ctx.recordProblem(
              'DescribeServices',
              failure.reason ?? 'Failure',
              failure.detail ?? '',
              failure.arn,
            );
          }
        }
        return answer.services;
      },
    );
    for (const service of services) emitService(ctx, clusterArn, service);
  });
}

/** Environment variable names, and the names of those whose value looks like a secret. */
function environmentOf(
  container: ContainerDefinition,
): Pick<Container, 'environmentVariableNames' | 'secretsInEnvironment'> {
  // Values stay in this scope: only names and the kinds of secret found are recorded.
  const variables: Record<string, string> = {};
  for (const variable of container.environment ?? []) {
    if (variable.name !== undefined) variables[variable.name] = variable.value ?? '';
  }
  return {
    environmentVariableNames: sortedStrings(Object.keys(variables)),
    secretsInEnvironment: detectSecrets(variables),
  };
}

function containerOf(container: ContainerDefinition): Container {
  return {
    name: container.name ?? '',
    privileged: container.privileged ?? null,
    user: text(container.user),
    readonlyRootFilesystem: container.readonlyRootFilesystem ?? null,
    logDriver: text(container.logConfiguration?.logDriver),
    ...environmentOf(container),
    secretNames: sortedStrings((container.secrets ?? []).map((s) => s.name)),
    environmentFiles: container.environmentFiles?.length ?? 0,
  };
}

function emitTaskDefinition(
  ctx: Context,
  family: string,
  definition: TaskDefinition,
  tagList: Tag[] | undefined,
): void {
  ctx.emit(
    makeResource(
      'ecs:task-definition',
      {
        arn:
          definition.taskDefinitionArn ??
          `arn:${ctx.partition}:ecs:${ctx.region}:${ctx.account}:task-definition/${family}`,
        id: family,
        name: family,
        account: ctx.account,
        region: ctx.scopeRegion,
        tags: tags(tagList),
        state: text(definition.status),
        createdAt: isoDate(definition.registeredAt),
      },
      {
        family,
        revision: definition.revision ?? null,
        networkMode: text(definition.networkMode),
        pidMode: text(definition.pidMode),
        operatingSystemFamily: text(definition.runtimePlatform?.operatingSystemFamily),
        requiresCompatibilities: sortedStrings(definition.requiresCompatibilities ?? []),
        taskRoleArn: text(definition.taskRoleArn),
        executionRoleArn: text(definition.executionRoleArn),
        containers: (definition.containerDefinitions ?? []).map(containerOf),
        efsVolumes: (definition.volumes ?? [])
          .filter((v) => v.efsVolumeConfiguration)
          .map((v) => ({
            name: v.name ?? '',
            transitEncryption: text(v.efsVolumeConfiguration?.transitEncryption),
          })),
      },
    ),
  );
}

/** A family whose definition could not be read: it exists, and nothing judged about it is known. */
function emitUnreadFamily(ctx: Context, family: string): void {
  ctx.emit(
    makeResource(
      'ecs:task-definition',
      {
        arn: `arn:${ctx.partition}:ecs:${ctx.region}:${ctx.account}:task-definition/${family}`,
        id: family,
        name: family,
        account: ctx.account,
        region: ctx.scopeRegion,
      },
      {
        family,
        revision: null,
        networkMode: null,
        pidMode: null,
        operatingSystemFamily: null,
        requiresCompatibilities: [],
        taskRoleArn: null,
        executionRoleArn: null,
        containers: [],
        efsVolumes: [],
      },
      [
        'revision',
        'networkMode',
        'pidMode',
        'operatingSystemFamily',
        'requiresCompatibilities',
        'taskRoleArn',
        'executionRoleArn',
        'containers',
        'efsVolumes',
      ],
    ),
  );
}

/**
 * The latest ACTIVE revision of each family: ListTaskDefinitionFamilies (ACTIVE, 100 a page), then
 * one DescribeTaskDefinition by family name, which AWS answers with that family's latest ACTIVE
 * revision (a familyPrefix listing would also match longer family names).
 */
async function collectTaskDefinitions(ctx: Context, client: ECSClient): Promise<void> {
  const families = await ctx.list(
    'ListTaskDefinitionFamilies',
    'ecs:task-definition',
    paginateListTaskDefinitionFamilies({ client, pageSize: 100 }, { status: 'ACTIVE' }),
    (page) => page.families,
  );
  await ctx.each(families, async (family) => {
    const answer = await ctx.read(
      'DescribeTaskDefinition',
      () => client.send(new DescribeTaskDefinitionCommand({ taskDefinition: family, include: ['TAGS'] })),
      { resourceId: family },
    );
    if (answer === undefined) return emitUnreadFamily(ctx, family);
    const definition = answer?.taskDefinition;
    // AWS lists and describes only ACTIVE ones here; an inactive answer (moto's) is no live definition.
    if (!definition || (definition.status !== undefined && definition.status !== 'ACTIVE')) return;
    emitTaskDefinition(ctx, family, definition, answer?.tags);
  });
}

/**
 * Amazon ECS, per region. Clusters: ListClusters and DescribeClusters per 100 (with SETTINGS for
 * Container Insights, and TAGS). Services: per cluster ListServices, DescribeServices per 10 (with their task sets, for
 * CodeDeploy and external deployments).
 * Task definitions: ListTaskDefinitionFamilies and one DescribeTaskDefinition per family (its latest
 * ACTIVE revision, the one the FSBP controls judge). About 1 call per task definition family and
 * 0.1 to 0.2 per service; a region without ECS costs two calls.
 */
export const ecsCollector: Collector<Operation> = {
  service: 'ecs',
  scope: 'regional',
  permissions,
  resourceTypes: ['ecs:cluster', 'ecs:service', 'ecs:task-set', 'ecs:task-definition'],
  async collect(ctx) {
    const client = ctx.client(ECSClient);
    await Promise.all([
      ctx.step(['ecs:cluster', 'ecs:service', 'ecs:task-set'], async () => {
        const clusters = await ctx.list(
          'ListClusters',
          ['ecs:cluster', 'ecs:service', 'ecs:task-set'],
          paginateListClusters({ client, pageSize: 100 }, {}),
          (page) => page.clusterArns,
        );
        await Promise.all([
          ctx.step(['ecs:cluster'], () =>
            ctx.each(batchesOf(clusters, CLUSTER_BATCH), async (batch) => {
              const described = await ctx.list(
                'DescribeClusters',
                'ecs:cluster',
                () =>
                  client.send(
                    new DescribeClustersCommand({ clusters: batch, include: ['SETTINGS', 'TAGS'] }),
                  ),
                (answer) => answer.clusters,
              );
              for (const cluster of described) emitCluster(ctx, cluster);
            }),
          ),
          ctx.step(['ecs:service', 'ecs:task-set'], () =>
            ctx.each(clusters, (arn) => collectServices(ctx, client, arn)),
          ),
        ]);
      }),
      ctx.step(['ecs:task-definition'], () => collectTaskDefinitions(ctx, client)),
    ]);
  },
};
