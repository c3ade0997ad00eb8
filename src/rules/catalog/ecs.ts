import type { ResourceOfType } from '../../inventory/resources/index.js';
import type { RuleContext } from '../context.js';
import { defineRule, type RuleHit } from '../model.js';

const DOCS = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide';
const PARAMETERS = `${DOCS}/task_definition_parameters.html`;

type TaskDefinition = ResourceOfType<'ecs:task-definition'>;
type Container = TaskDefinition['attributes']['containers'][number];

/** Task definitions whose containers were read (the latest ACTIVE revision of each family). */
const readDefinitions = (ctx: RuleContext) =>
  ctx.resources('ecs:task-definition').filter((td) => ctx.known(td, 'containers'));

/** One finding per task definition naming the containers that fail `failing`. */
function perDefinition(
  ctx: RuleContext,
  failing: (container: Container, td: TaskDefinition) => boolean,
  message: (td: TaskDefinition, names: string[]) => string,
  evidence: (td: TaskDefinition, containers: Container[]) => Record<string, unknown>,
): RuleHit[] {
  return readDefinitions(ctx).flatMap((td) => {
    const containers = td.attributes.containers.filter((c) => failing(c, td));
    if (containers.length === 0) return [];
    const names = containers.map((c) => c.name);
    return [{ target: td, message: message(td, names), evidence: evidence(td, containers) }];
  });
}

const revisionOf = (td: TaskDefinition) =>
  td.attributes.revision === null ? td.id : `${td.id}:${td.attributes.revision}`;

export const clusterContainerInsightsOff = defineRule(
  {
    id: 'ecs.cluster-container-insights-off',
    title: 'ECS cluster does not use Container Insights',
    severity: 'low',
    category: 'reliability',
    resourceType: 'ecs:cluster',
    reads: ['ecs:cluster'],
    description:
      "The cluster's containerInsights setting is disabled or absent (neither enabled nor enhanced): CloudWatch collects no per-task and per-container CPU, memory, network and restart metrics for it.",
    risk: 'A task that runs out of memory, restarts in a loop or saturates its CPU shows up only as a failed deployment or an outage; there is nothing to alarm on or to look back at. Container Insights is billed as CloudWatch custom metrics and log ingestion, so weigh it on idle clusters.',
    remediation: {
      text: 'Turn on Container Insights for the cluster (enhanced observability adds per-container detail); set the account default (containerInsights account setting) so new clusters have it.',
      cli: 'aws ecs update-cluster-settings --region {region} --cluster {name} --settings name=containerInsights,value=enabled',
      console:
        'Amazon ECS console > Clusters > the cluster > Update cluster > Monitoring > Container Insights',
    },
    references: {
      fsbp: ['ECS.12'],
      docs: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContainerInsights.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('ecs:cluster')
      .filter(
        (c) =>
          ctx.known(c, 'containerInsights') &&
          c.attributes.containerInsights !== 'enabled' &&
          c.attributes.containerInsights !== 'enhanced',
      )
      .map((cluster) => ({
        target: cluster,
        message: `ECS cluster ${cluster.id} does not use Container Insights (setting ${cluster.attributes.containerInsights ?? 'absent'}).`,
        evidence: {
          containerInsights: cluster.attributes.containerInsights,
          activeServicesCount: cluster.attributes.activeServicesCount,
          runningTasksCount: cluster.attributes.runningTasksCount,
        },
      })),
);

export const servicePublicIp = defineRule(
  {
    id: 'ecs.service-public-ip',
    title: 'ECS service assigns public IP addresses to its tasks',
    severity: 'medium',
    category: 'security',
    resourceType: 'ecs:service',
    reads: ['ecs:service'],
    description:
      "The service's awsvpc network configuration has assignPublicIp ENABLED: every task it starts gets a public IPv4 address on its network interface.",
    risk: 'Each task is reachable from the internet wherever its security groups allow it, one rule change away from exposing the container directly, bypassing any load balancer or WAF in front of the service. Public IPv4 addresses are also billed per hour.',
    remediation: {
      text: 'Run the tasks in private subnets with assignPublicIp DISABLED, reaching the internet through a NAT gateway or VPC endpoints (ECR, Logs, Secrets Manager), and publish the service through a load balancer.',
      console:
        'Amazon ECS console > Clusters > the cluster > Services > the service > Update > Networking > Public IP',
    },
    references: { fsbp: ['ECS.2'], docs: [`${DOCS}/fargate-task-networking.html`] },
  },
  (ctx) =>
    ctx
      .resources('ecs:service')
      .filter((s) => ctx.known(s, 'assignPublicIp') && s.attributes.assignPublicIp === 'ENABLED')
      .map((service) => ({
        target: service,
        message: `ECS service ${service.id} assigns a public IP address to each of its tasks.`,
        evidence: {
          assignPublicIp: service.attributes.assignPublicIp,
          subnets: service.attributes.subnets,
          securityGroups: service.attributes.securityGroups,
          desiredCount: service.attributes.desiredCount,
        },
      })),
);

export const taskSetPublicIp = defineRule(
  {
    id: 'ecs.task-set-public-ip',
    title: 'ECS task set assigns public IP addresses to its tasks',
    severity: 'medium',
    category: 'security',
    resourceType: 'ecs:task-set',
    reads: ['ecs:task-set'],
    description:
      "A task set (of a service deployed by CodeDeploy blue/green or an external controller) has assignPublicIp ENABLED in its own network configuration: every task it starts gets a public IPv4 address. The service's own setting is ecs.service-public-ip.",
    risk: 'As for services: every task of the set is reachable from the internet wherever its security groups allow it, and during a blue/green deployment the replacement set can differ from the service it replaces.',
    remediation: {
      text: 'Create the task sets (or the CodeDeploy deployment group and AppSpec) with assignPublicIp DISABLED, in private subnets behind a load balancer.',
      console: 'Amazon ECS console > Clusters > the cluster > Services > the service > Deployments',
    },
    references: { fsbp: ['ECS.16'], docs: [`${DOCS}/deployment-type-external.html`] },
  },
  (ctx) =>
    ctx
      .resources('ecs:task-set')
      .filter((set) => ctx.known(set, 'assignPublicIp') && set.attributes.assignPublicIp === 'ENABLED')
      .map((set) => ({
        target: set,
        message: `Task set ${set.name ?? set.id} of ECS service ${set.attributes.service} assigns a public IP address to each of its tasks.`,
        evidence: { status: set.attributes.status, assignPublicIp: set.attributes.assignPublicIp },
      })),
);

/** FSBP ECS.10's parameters: latestLinuxVersion 1.4.0, latestWindowsVersion 1.0.0 (not customizable). */
export const LATEST_FARGATE_LINUX = '1.4.0';
export const LATEST_FARGATE_WINDOWS = '1.0.0';

const onFargate = (s: ResourceOfType<'ecs:service'>) =>
  s.attributes.launchType === 'FARGATE' ||
  (s.attributes.launchType === null &&
    s.attributes.capacityProviders.length > 0 &&
    s.attributes.capacityProviders.every((p) => p === 'FARGATE' || p === 'FARGATE_SPOT'));

export const serviceFargatePlatformOutdated = defineRule(
  {
    id: 'ecs.service-fargate-platform-outdated',
    title: 'ECS Fargate service runs on an old Fargate platform version',
    severity: 'low',
    category: 'security',
    resourceType: 'ecs:service',
    reads: ['ecs:service'],
    description: `A service on Fargate (the FARGATE launch type, or a strategy of FARGATE and FARGATE_SPOT only) pins a platform version other than LATEST and older than FSBP ECS.10's latest: ${LATEST_FARGATE_LINUX} for Linux, ${LATEST_FARGATE_WINDOWS} for Windows.`,
    risk: 'Older platform versions lack kernel and runtime features and fixes (1.3.0 and before: no ephemeral storage encryption settings, no EFS, older kernel); AWS patches every version for security issues, but features and retirement notices follow the latest.',
    remediation: {
      text: 'Set the platform version to LATEST (or the latest version) and redeploy the service.',
      cli: 'aws ecs update-service --region {region} --cluster {cluster} --service {name} --platform-version LATEST --force-new-deployment',
      console:
        'Amazon ECS console > Clusters > the cluster > Services > the service > Update > Platform version',
    },
    references: { fsbp: ['ECS.10'], docs: [`${DOCS}/platform-fargate.html`] },
    deviations: {
      'FSBP ECS.10':
        'A service without a launch type whose capacity provider strategy is FARGATE and FARGATE_SPOT only is judged as a Fargate service too; a service that pins no version (LATEST) passes.',
    },
  },
  (ctx) =>
    ctx
      .resources('ecs:service')
      .filter((s) => ctx.known(s, 'platformVersion') && onFargate(s))
      .flatMap((service): RuleHit[] => {
        const version = service.attributes.platformVersion;
        if (version === null || version === 'LATEST') return [];
        const windows = /windows/i.test(service.attributes.platformFamily ?? '');
        const latest = windows ? LATEST_FARGATE_WINDOWS : LATEST_FARGATE_LINUX;
        if (version === latest) return [];
        return [
          {
            target: service,
            message: `ECS service ${service.id} runs on Fargate platform version ${version}, not the latest (${latest}).`,
            evidence: { platformVersion: version, platformFamily: service.attributes.platformFamily, latest },
            templateValues: { cluster: service.attributes.clusterName },
          },
        ];
      }),
);

export const taskDefinitionHostPid = defineRule(
  {
    id: 'ecs.task-definition-host-pid',
    title: "ECS task definition shares the host's process namespace",
    severity: 'high',
    category: 'security',
    resourceType: 'ecs:task-definition',
    reads: ['ecs:task-definition'],
    description:
      "The latest ACTIVE revision of the family sets pidMode host: its containers see, and with enough privilege signal or trace, every process on the container instance, other tasks' included.",
    risk: 'A compromised container can read other processes’ environment and memory and kill or manipulate them, including the ECS agent, turning one container into the whole instance.',
    remediation: {
      text: 'Register a new revision without pidMode (or pidMode task, to share between the task’s own containers) and move the services to it.',
      console: 'Amazon ECS console > Task definitions > the family > Create new revision > PID mode',
    },
    references: { fsbp: ['ECS.3'], docs: [`${PARAMETERS}#task_definition_pidmode`] },
  },
  (ctx) =>
    ctx
      .resources('ecs:task-definition')
      .filter((td) => ctx.known(td, 'pidMode') && td.attributes.pidMode === 'host')
      .map((td) => ({
        target: td,
        message: `ECS task definition ${revisionOf(td)} shares the host's process namespace (pidMode host).`,
        evidence: { revision: td.attributes.revision, pidMode: 'host' },
      })),
);

export const taskDefinitionPrivileged = defineRule(
  {
    id: 'ecs.task-definition-privileged',
    title: 'ECS task definition runs privileged containers',
    severity: 'high',
    category: 'security',
    resourceType: 'ecs:task-definition',
    reads: ['ecs:task-definition'],
    description:
      'A container of the latest ACTIVE revision of the family sets privileged true: it runs with every Linux capability and access to the host’s devices (EC2 launch type; Fargate refuses it). One finding per task definition, naming its privileged containers.',
    risk: 'A privileged container is root on the container instance in all but name: a compromise (or a malicious image) can mount the host’s disks, load kernel modules and take over every task on the instance and its instance role.',
    remediation: {
      text: 'Register a new revision without privileged; grant only the Linux capabilities the container needs (linuxParameters.capabilities.add) and move the services to it.',
      console:
        'Amazon ECS console > Task definitions > the family > Create new revision > the container > Privileged',
    },
    references: { fsbp: ['ECS.4'], docs: [`${PARAMETERS}#container_definition_security`] },
  },
  (ctx) =>
    perDefinition(
      ctx,
      (c) => c.privileged === true,
      (td, names) => `ECS task definition ${revisionOf(td)} runs privileged containers: ${names.join(', ')}.`,
      (td, containers) => ({
        revision: td.attributes.revision,
        privilegedContainers: containers.map((c) => c.name),
      }),
    ),
);

export const taskDefinitionWritableRootFilesystem = defineRule(
  {
    id: 'ecs.task-definition-writable-root-filesystem',
    title: 'ECS task definition containers can write to their root filesystem',
    severity: 'low',
    category: 'security',
    resourceType: 'ecs:task-definition',
    reads: ['ecs:task-definition'],
    description:
      'A container of the latest ACTIVE revision of the family has readonlyRootFilesystem false or left out, as FSBP ECS.5 fails it. One finding per task definition, naming those containers. Windows containers do not support the parameter, so Windows task definitions always fail it, as they fail ECS.5: suppress them if that is noise.',
    risk: 'An attacker who gets code execution in the container can drop tools, modify binaries or configuration and persist for the life of the task; a read-only root filesystem confines writes to the volumes you mount.',
    remediation: {
      text: 'Set readonlyRootFilesystem true for each container and mount a volume (or a bind mount of ephemeral storage) for the paths it must write (/tmp, caches), then move the services to the new revision.',
      console:
        'Amazon ECS console > Task definitions > the family > Create new revision > the container > Read only root file system',
    },
    references: { fsbp: ['ECS.5'], docs: [`${PARAMETERS}#container_definition_security`] },
  },
  (ctx) =>
    perDefinition(
      ctx,
      (c) => c.readonlyRootFilesystem !== true,
      (td, names) =>
        `Containers of ECS task definition ${revisionOf(td)} can write to their root filesystem: ${names.join(', ')}.`,
      (td, containers) => ({
        revision: td.attributes.revision,
        writableContainers: containers.map((c) => c.name),
      }),
    ),
);

export const taskDefinitionNoLogConfiguration = defineRule(
  {
    id: 'ecs.task-definition-no-log-configuration',
    title: 'ECS task definition has containers without a log configuration',
    severity: 'medium',
    category: 'security',
    resourceType: 'ecs:task-definition',
    reads: ['ecs:task-definition'],
    description:
      'A container of the latest ACTIVE revision of the family has no logConfiguration or no logDriver in it. One finding per task definition, naming those containers. A logging solution outside the task definition (a daemon on the instances) is not seen.',
    risk: 'What the container writes to stdout and stderr is lost (Fargate) or kept only on the instance by the Docker default: no trace of errors or of an intrusion once the task is gone.',
    remediation: {
      text: 'Give every container a logConfiguration (awslogs to CloudWatch Logs, or awsfirelens) and move the services to the new revision.',
      console:
        'Amazon ECS console > Task definitions > the family > Create new revision > the container > Log collection',
    },
    references: { fsbp: ['ECS.9'], docs: [`${DOCS}/using_awslogs.html`] },
  },
  (ctx) =>
    perDefinition(
      ctx,
      (c) => c.logDriver === null,
      (td, names) =>
        `Containers of ECS task definition ${revisionOf(td)} have no log configuration: ${names.join(', ')}.`,
      (td, containers) => ({
        revision: td.attributes.revision,
        containersWithoutLogs: containers.map((c) => c.name),
      }),
    ),
);

/** FSBP ECS.8's secretKeys (not customizable): variables that must not be set in `environment`. */
export const ECS8_SECRET_KEYS = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'ECS_ENGINE_AUTH_DATA',
] as const;
const isEcs8Key = (name: string) => (ECS8_SECRET_KEYS as readonly string[]).includes(name);

export const taskDefinitionCredentialsInEnvironment = defineRule(
  {
    id: 'ecs.task-definition-credentials-in-environment',
    title: 'ECS task definition passes AWS or registry credentials as plain environment variables',
    severity: 'high',
    category: 'security',
    resourceType: 'ecs:task-definition',
    reads: ['ecs:task-definition'],
    description: `A container of the latest ACTIVE revision of the family sets one of FSBP ECS.8's keys (${ECS8_SECRET_KEYS.join(', ')}) in its plain environment, whatever the value. One finding per variable; values are never read into the inventory. Variables from environment files in S3 are not seen.`,
    risk: 'Long-lived access keys (or registry credentials) in a task definition are readable by anyone with ecs:DescribeTaskDefinition, stay in every older revision, and show in the console and in infrastructure code; the task role makes them unnecessary.',
    remediation: {
      text: 'Rotate the keys first (assume they are exposed), give the task a task role instead of access keys, and put any other secret in Secrets Manager or SSM Parameter Store referenced from the container’s secrets; register a new revision and deregister the old ones.',
      console:
        'Amazon ECS console > Task definitions > the family > Create new revision > the container > Environment variables',
    },
    references: { fsbp: ['ECS.8'], docs: [`${DOCS}/specifying-sensitive-data.html`] },
  },
  (ctx) =>
    readDefinitions(ctx).flatMap((td) =>
      td.attributes.containers.flatMap((container) =>
        container.environmentVariableNames.filter(isEcs8Key).map((variable) => ({
          target: td,
          subKey: `${container.name}/${variable}`,
          message: `Container ${container.name} of ECS task definition ${revisionOf(td)} sets ${variable} as a plain environment variable.`,
          evidence: { revision: td.attributes.revision, container: container.name, variable },
        })),
      ),
    ),
);

export const taskDefinitionSecretInEnvironment = defineRule(
  {
    id: 'ecs.task-definition-secret-in-environment',
    title: 'ECS task definition has a plaintext secret in a container environment variable',
    severity: 'high',
    category: 'security',
    resourceType: 'ecs:task-definition',
    reads: ['ecs:task-definition'],
    description:
      "A container environment variable of the latest ACTIVE revision of the family holds what looks like a secret, detected as for Lambda environment variables: a known key format (AWS access key, Stripe live key, GitHub or Slack token, private key, JWT, credentials in a URL) or a long random value under a secret-like name. Variables named by FSBP ECS.8's keys are reported by ecs.task-definition-credentials-in-environment instead. One finding per variable; the value never leaves the scan.",
    risk: 'The secret is readable by anyone with ecs:DescribeTaskDefinition, stays in every older revision (deregistered ones included) and shows in the console and in infrastructure code.',
    remediation: {
      text: 'Rotate the secret first (assume it is exposed), store it in Secrets Manager or SSM Parameter Store (SecureString) and reference it from the container’s secrets (valueFrom); register a new revision and deregister the old ones.',
      console:
        'Amazon ECS console > Task definitions > the family > Create new revision > the container > Environment variables',
    },
    references: { docs: [`${DOCS}/specifying-sensitive-data.html`] },
  },
  (ctx) =>
    readDefinitions(ctx).flatMap((td) =>
      td.attributes.containers.flatMap((container) =>
        container.secretsInEnvironment
          .filter((secret) => !isEcs8Key(secret.variable))
          .map((secret) => ({
            target: td,
            subKey: `${container.name}/${secret.variable}`,
            message: `Environment variable ${secret.variable} of container ${container.name} in ECS task definition ${revisionOf(td)} holds a plaintext secret (${secret.kind}).`,
            evidence: {
              revision: td.attributes.revision,
              container: container.name,
              variable: secret.variable,
              kind: secret.kind,
            },
          })),
      ),
    ),
);

const isWindows = (td: TaskDefinition) => /^WINDOWS/i.test(td.attributes.operatingSystemFamily ?? '');

/** `root`, `0`, `root:group`, `0:0`: the user part names root. */
const isRootUser = (user: string) => ['root', '0'].includes(user.split(':')[0]?.trim().toLowerCase() ?? '');
const isWindowsAdmin = (user: string) => /^(?:containeradministrator|administrator)$/i.test(user.trim());

export const taskDefinitionRootUser = defineRule(
  {
    id: 'ecs.task-definition-root-user',
    title: 'ECS task definition runs containers as root or administrator',
    severity: 'medium',
    category: 'security',
    resourceType: 'ecs:task-definition',
    reads: ['ecs:task-definition'],
    description:
      "A container of the latest ACTIVE revision of the family sets no user, or root (root, 0, root:group) on Linux (FSBP ECS.20), or the default administrator (ContainerAdministrator) or none on Windows (FSBP ECS.21). A task definition without runtimePlatform is taken as Linux. High when the task also uses host network mode: a root container then shares the instance's network stack (the concern of the retired ECS.1). One finding per task definition, naming those containers.",
    risk: 'Root in the container turns any escape (a kernel or runtime flaw, a writable host mount) into root on the instance, and lets a compromised process change anything in its filesystem; with host networking it can also bind the instance’s ports and reach its metadata endpoint and loopback services.',
    remediation: {
      text: 'Set user to a non-root UID (Linux) or a non-administrator account (Windows, ContainerUser) for each container, building the image to run as that user, and move the services to the new revision.',
      console:
        'Amazon ECS console > Task definitions > the family > Create new revision > the container > User',
    },
    references: { fsbp: ['ECS.20', 'ECS.21'], docs: [`${PARAMETERS}#container_definition_security`] },
  },
  (ctx) =>
    readDefinitions(ctx).flatMap((td): RuleHit[] => {
      const windows = isWindows(td);
      const failing = td.attributes.containers.filter((c) =>
        c.user === null ? true : windows ? isWindowsAdmin(c.user) : isRootUser(c.user),
      );
      if (failing.length === 0) return [];
      const hostNetwork = td.attributes.networkMode === 'host';
      const who = windows ? 'as the default administrator' : 'as root';
      return [
        {
          target: td,
          message: `Containers of ECS task definition ${revisionOf(td)} run ${who}${hostNetwork ? ' with host networking' : ''}: ${failing.map((c) => c.name).join(', ')}.`,
          severity: hostNetwork ? 'high' : 'medium',
          evidence: {
            revision: td.attributes.revision,
            operatingSystemFamily: td.attributes.operatingSystemFamily,
            networkMode: td.attributes.networkMode,
            containers: failing.map((c) => ({ name: c.name, user: c.user })),
          },
          references: { fsbp: [windows ? 'ECS.21' : 'ECS.20'] },
        },
      ];
    }),
);

export const taskDefinitionEfsTransitUnencrypted = defineRule(
  {
    id: 'ecs.task-definition-efs-transit-unencrypted',
    title: 'ECS task definition mounts EFS volumes without encryption in transit',
    severity: 'medium',
    category: 'security',
    resourceType: 'ecs:task-definition',
    reads: ['ecs:task-definition'],
    description:
      'An EFS volume of the latest ACTIVE revision of the family has transitEncryption DISABLED or left out (disabled): NFS traffic between the task and the file system is not encrypted with TLS. One finding per task definition, naming those volumes.',
    risk: 'File contents cross the VPC in clear text, readable by anything that can capture the traffic, and file system policies that require aws:SecureTransport refuse the mount.',
    remediation: {
      text: 'Set transitEncryption ENABLED on each EFS volume configuration (with IAM authorization and an access point where useful) and move the services to the new revision.',
      console:
        'Amazon ECS console > Task definitions > the family > Create new revision > Storage > the EFS volume > Transit encryption',
    },
    references: { fsbp: ['ECS.18'], docs: [`${DOCS}/efs-volumes.html`] },
  },
  (ctx) =>
    ctx
      .resources('ecs:task-definition')
      .filter((td) => ctx.known(td, 'efsVolumes'))
      .flatMap((td): RuleHit[] => {
        const volumes = td.attributes.efsVolumes.filter((v) => v.transitEncryption !== 'ENABLED');
        if (volumes.length === 0) return [];
        return [
          {
            target: td,
            message: `ECS task definition ${revisionOf(td)} mounts EFS volumes without encryption in transit: ${volumes.map((v) => v.name).join(', ')}.`,
            evidence: { revision: td.attributes.revision, volumes },
          },
        ];
      }),
);
