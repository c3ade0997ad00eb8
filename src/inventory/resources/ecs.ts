import { Type } from '@sinclair/typebox';
import { Nullable, StringList, resourceSchema } from '../schema-helpers.js';

export const EcsCluster = resourceSchema('ecs:cluster', {
  /** The cluster's containerInsights setting: enabled, enhanced or disabled; null when absent. */
  containerInsights: Nullable(Type.String()),
  activeServicesCount: Type.Number(),
  runningTasksCount: Type.Number(),
  pendingTasksCount: Type.Number(),
  registeredContainerInstancesCount: Type.Number(),
  capacityProviders: StringList,
});

/** Public IP assignment of an awsvpc network configuration: ENABLED, DISABLED; null without one. */
const AssignPublicIp = Nullable(Type.String());

export const EcsService = resourceSchema('ecs:service', {
  clusterArn: Type.String(),
  clusterName: Type.String(),
  /** Absent when the service runs on a capacity provider strategy. */
  launchType: Nullable(Type.String()),
  /** The capacity providers of the service's strategy (FARGATE, FARGATE_SPOT, an Auto Scaling group's). */
  capacityProviders: StringList,
  /** Fargate only: LATEST or a version such as 1.4.0. */
  platformVersion: Nullable(Type.String()),
  /** Fargate only: the operating system family (Linux, or a Windows Server family). */
  platformFamily: Nullable(Type.String()),
  assignPublicIp: AssignPublicIp,
  subnets: StringList,
  securityGroups: StringList,
  desiredCount: Type.Number(),
  runningCount: Type.Number(),
  taskDefinitionArn: Nullable(Type.String()),
  schedulingStrategy: Nullable(Type.String()),
  /** ECS, CODE_DEPLOY or EXTERNAL (the last two deploy through task sets). */
  deploymentController: Nullable(Type.String()),
});

/**
 * A task set of a service deployed by CodeDeploy (blue/green) or an external controller, as
 * DescribeServices returns it with its service.
 */
export const EcsTaskSet = resourceSchema('ecs:task-set', {
  serviceArn: Type.String(),
  /** The service's id: cluster/service. */
  service: Type.String(),
  clusterName: Type.String(),
  /** PRIMARY, ACTIVE or DRAINING. */
  status: Nullable(Type.String()),
  launchType: Nullable(Type.String()),
  platformVersion: Nullable(Type.String()),
  assignPublicIp: AssignPublicIp,
  taskDefinitionArn: Nullable(Type.String()),
});

export const EcsContainer = Type.Object(
  {
    name: Type.String(),
    /** `privileged` as set; null when the definition leaves it out (not privileged). */
    privileged: Nullable(Type.Boolean()),
    /** `user` as set (root, 0, 1000:1000, ContainerAdministrator...); null when absent. */
    user: Nullable(Type.String()),
    readonlyRootFilesystem: Nullable(Type.Boolean()),
    /** The log driver; null when the container has no logConfiguration. */
    logDriver: Nullable(Type.String()),
    /** Names only: values never leave the collector. */
    environmentVariableNames: StringList,
    /** Variables whose value looks like a secret (the Lambda detector): names and kinds only. */
    secretsInEnvironment: Type.Array(
      Type.Object({ variable: Type.String(), kind: Type.String() }, { additionalProperties: false }),
    ),
    /** Names of variables injected from Secrets Manager or SSM (`secrets`), the right place for them. */
    secretNames: StringList,
    /** How many environment files (S3 objects) it loads; their content is not read. */
    environmentFiles: Type.Number(),
  },
  { additionalProperties: false },
);

/** The latest ACTIVE revision of a task definition family (what the FSBP controls evaluate). */
export const EcsTaskDefinition = resourceSchema('ecs:task-definition', {
  family: Type.String(),
  revision: Nullable(Type.Number()),
  /** awsvpc, bridge, host or none; null when left out (bridge on Linux EC2, the Windows default there). */
  networkMode: Nullable(Type.String()),
  pidMode: Nullable(Type.String()),
  /** runtimePlatform's operatingSystemFamily (LINUX, WINDOWS_SERVER_*); null when left out. */
  operatingSystemFamily: Nullable(Type.String()),
  requiresCompatibilities: StringList,
  taskRoleArn: Nullable(Type.String()),
  executionRoleArn: Nullable(Type.String()),
  containers: Type.Array(EcsContainer),
  /** EFS volumes with their transit encryption (ENABLED or DISABLED; null when left out, i.e. disabled). */
  efsVolumes: Type.Array(
    Type.Object(
      { name: Type.String(), transitEncryption: Nullable(Type.String()) },
      { additionalProperties: false },
    ),
  ),
});

export const ecsSchemas = [EcsCluster, EcsService, EcsTaskSet, EcsTaskDefinition] as const;
