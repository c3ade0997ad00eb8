/**
 * The services scanned since the first benchmark: messaging, secrets and keys, certificates,
 * registries, containers, and a few global distributions and DNS zones. Seeded into moto beside
 * `generate.ts`'s account, in the proportions a production account has them.
 */
import { ACMClient, RequestCertificateCommand } from '@aws-sdk/client-acm';
import { CloudFrontClient, CreateDistributionCommand } from '@aws-sdk/client-cloudfront';
import { CreateRepositoryCommand, ECRClient } from '@aws-sdk/client-ecr';
import { CreateClusterCommand, ECSClient, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import {
  CreateUserPoolCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { DescribeSubnetsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { CreateClusterCommand as CreateEksClusterCommand, EKSClient } from '@aws-sdk/client-eks';
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { CreateWebACLCommand, WAFV2Client } from '@aws-sdk/client-wafv2';
import {
  ChangeResourceRecordSetsCommand,
  CreateHostedZoneCommand,
  Route53Client,
} from '@aws-sdk/client-route-53';
import { CreateSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';

/** Shares of the total, as in generate.ts. */
export const MORE_SHARES = {
  topics: 0.01,
  queues: 0.01,
  secrets: 0.01,
  keys: 0.005,
  repositories: 0.005,
  certificates: 0.005,
  taskDefinitions: 0.005,
  parameters: 0.02,
  loadBalancers: 0.003,
  userPools: 0.002,
  webAcls: 0.002,
  eksClusters: 0.001,
};

/** Global: a few distributions and zones, each zone with records to the bench's buckets. */
const DISTRIBUTIONS = 5;
const ZONES = 5;
const RECORDS_PER_ZONE = 20;

type Run = <T>(task: () => Promise<T>) => Promise<T>;
type Config = (region: string) => { region: string; forcePathStyle: boolean; maxAttempts: number };
const times = (count: number) => Array.from({ length: count }, (_, i) => i);

export function seedMoreServices(
  regions: readonly string[],
  total: number,
  buckets: number,
  run: Run,
  config: Config,
): Promise<unknown>[] {
  const perRegion = (share: number) => Math.max(1, Math.round((total * share) / regions.length));
  const tasks: Promise<unknown>[] = [];
  for (const region of regions) {
    const sns = new SNSClient(config(region));
    const sqs = new SQSClient(config(region));
    const secrets = new SecretsManagerClient(config(region));
    const kms = new KMSClient(config(region));
    const ecr = new ECRClient(config(region));
    const acm = new ACMClient(config(region));
    const ecs = new ECSClient(config(region));
    for (const i of times(perRegion(MORE_SHARES.topics)))
      tasks.push(run(() => sns.send(new CreateTopicCommand({ Name: `alerts-${i}` }))));
    for (const i of times(perRegion(MORE_SHARES.queues)))
      tasks.push(run(() => sqs.send(new CreateQueueCommand({ QueueName: `jobs-${i}` }))));
    for (const i of times(perRegion(MORE_SHARES.secrets)))
      tasks.push(
        run(() => secrets.send(new CreateSecretCommand({ Name: `app/db-${i}`, SecretString: 'bench' }))),
      );
    for (const i of times(perRegion(MORE_SHARES.keys)))
      tasks.push(run(() => kms.send(new CreateKeyCommand({ Description: `data key ${i}` }))));
    for (const i of times(perRegion(MORE_SHARES.repositories)))
      tasks.push(run(() => ecr.send(new CreateRepositoryCommand({ repositoryName: `service-${i}` }))));
    for (const i of times(perRegion(MORE_SHARES.certificates)))
      tasks.push(
        run(() => acm.send(new RequestCertificateCommand({ DomainName: `app-${i}.${region}.example.com` }))),
      );
    tasks.push(run(() => ecs.send(new CreateClusterCommand({ clusterName: 'apps' }))));
    const ssm = new SSMClient(config(region));
    for (const i of times(perRegion(MORE_SHARES.parameters)))
      tasks.push(
        run(() =>
          ssm.send(
            new PutParameterCommand({ Name: `/app/setting-${i}`, Value: `value-${i}`, Type: 'String' }),
          ),
        ),
      );
    const cognito = new CognitoIdentityProviderClient(config(region));
    for (const i of times(perRegion(MORE_SHARES.userPools)))
      tasks.push(run(() => cognito.send(new CreateUserPoolCommand({ PoolName: `users-${i}` }))));
    const waf = new WAFV2Client(config(region));
    for (const i of times(perRegion(MORE_SHARES.webAcls)))
      tasks.push(
        run(() =>
          waf.send(
            new CreateWebACLCommand({
              Name: `edge-${i}`,
              Scope: 'REGIONAL',
              DefaultAction: { Allow: {} },
              Rules: [],
              VisibilityConfig: {
                SampledRequestsEnabled: true,
                CloudWatchMetricsEnabled: true,
                MetricName: `edge-${i}`,
              },
            }),
          ),
        ),
      );
    tasks.push(
      run(() =>
        seedNetworked(
          config(region),
          perRegion(MORE_SHARES.loadBalancers),
          perRegion(MORE_SHARES.eksClusters),
        ),
      ),
    );
    for (const i of times(perRegion(MORE_SHARES.taskDefinitions)))
      tasks.push(
        run(() =>
          ecs.send(
            new RegisterTaskDefinitionCommand({
              family: `service-${i}`,
              containerDefinitions: [
                { name: 'app', image: 'nginx', memory: 256, environment: [{ name: 'STAGE', value: 'prod' }] },
              ],
            }),
          ),
        ),
      );
  }
  const cloudfront = new CloudFrontClient(config('us-east-1'));
  for (const i of times(DISTRIBUTIONS)) {
    const origin = `bench-bucket-${i % buckets}.s3.amazonaws.com`;
    tasks.push(
      run(() =>
        cloudfront.send(
          new CreateDistributionCommand({
            DistributionConfig: {
              CallerReference: `bench-${i}`,
              Comment: `site ${i}`,
              Enabled: true,
              Origins: {
                Quantity: 1,
                Items: [{ Id: 's3', DomainName: origin, S3OriginConfig: { OriginAccessIdentity: '' } }],
              },
              DefaultCacheBehavior: {
                TargetOriginId: 's3',
                ViewerProtocolPolicy: 'redirect-to-https',
                MinTTL: 0,
              },
            },
          }),
        ),
      ),
    );
  }
  const route53 = new Route53Client(config('us-east-1'));
  for (const z of times(ZONES)) {
    tasks.push(
      run(async () => {
        const zone = await route53.send(
          new CreateHostedZoneCommand({ Name: `site-${z}.example.com`, CallerReference: `bench-zone-${z}` }),
        );
        // Records to the bench's own buckets: the existence checks ask S3 (HeadBucket) once per bucket.
        await route53.send(
          new ChangeResourceRecordSetsCommand({
            HostedZoneId: zone.HostedZone?.Id,
            ChangeBatch: {
              Changes: times(RECORDS_PER_ZONE).map((r) => ({
                Action: 'CREATE',
                ResourceRecordSet: {
                  Name: `static-${r}.site-${z}.example.com`,
                  Type: 'CNAME',
                  TTL: 300,
                  ResourceRecords: [
                    { Value: `bench-bucket-${(z * RECORDS_PER_ZONE + r) % buckets}.s3.amazonaws.com` },
                  ],
                },
              })),
            },
          }),
        );
      }),
    );
  }
  return tasks;
}

/** Load balancers (an HTTP listener each) and EKS clusters, in the region's default subnets. */
async function seedNetworked(
  settings: ReturnType<Config>,
  loadBalancers: number,
  clusters: number,
): Promise<void> {
  const subnets = (await new EC2Client(settings).send(new DescribeSubnetsCommand({}))).Subnets ?? [];
  const subnetIds = subnets.slice(0, 2).map((s) => s.SubnetId ?? '');
  const elb = new ElasticLoadBalancingV2Client(settings);
  for (const i of times(loadBalancers)) {
    const created = await elb.send(new CreateLoadBalancerCommand({ Name: `web-${i}`, Subnets: subnetIds }));
    await elb.send(
      new CreateListenerCommand({
        LoadBalancerArn: created.LoadBalancers?.[0]?.LoadBalancerArn,
        Protocol: 'HTTP',
        Port: 80,
        DefaultActions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } }],
      }),
    );
  }
  const eks = new EKSClient(settings);
  for (const i of times(clusters))
    await eks.send(
      new CreateEksClusterCommand({
        name: `platform-${i}`,
        roleArn: 'arn:aws:iam::123456789012:role/eks',
        resourcesVpcConfig: { subnetIds },
      }),
    );
}
