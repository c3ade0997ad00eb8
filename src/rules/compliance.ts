/**
 * The standards our rules cite, with the table of each standard's controls (copied into
 * ./data/standards with their sources). A catalog test checks that every id a rule cites is in its
 * standard's table and, where the table names a resource type, that the control is about the
 * rule's. A rule cites a control only where it judges what the control judges, with the control's
 * threshold; where it deliberately judges differently its metadata says how (`deviations`).
 */
import { CIS_V6_SECTIONS } from './data/standards/cis-v6.js';
import { FSBP_CONTROLS } from './data/standards/fsbp.js';

export interface Standard {
  /** What a citation is prefixed with in docs and deviation keys: `FSBP IAM.7`, `CIS 2.7`. */
  prefix: string;
  name: string;
  version: string;
  /** Where the standard is published, and the day our copy was current (sources: data/standards/README.md). */
  source: string;
  asOf: string;
  controls: Readonly<Record<string, { title: string; resourceType?: string }>>;
}

export const STANDARDS = {
  fsbp: {
    prefix: 'FSBP',
    name: 'AWS Foundational Security Best Practices (Security Hub)',
    version: '1.0.0',
    source: 'https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-controls-reference.html',
    asOf: '2026-09-03',
    controls: FSBP_CONTROLS,
  },
  cis: {
    prefix: 'CIS',
    name: 'CIS Amazon Web Services Foundations Benchmark',
    version: '6.0.0',
    source: 'https://www.cisecurity.org/benchmark/amazon_web_services',
    asOf: '2026-08-21',
    controls: CIS_V6_SECTIONS,
  },
} as const satisfies Record<string, Standard>;

export type StandardKey = keyof typeof STANDARDS;
export const STANDARD_KEYS = Object.keys(STANDARDS) as StandardKey[];

/** `FSBP IAM.7`, `CIS 2.7`: how docs and deviation notes name a cited control. */
export const citationName = (standard: StandardKey, id: string): string =>
  `${STANDARDS[standard].prefix} ${id}`;

/** The title of a cited control, or undefined when its standard has no such id. */
export const controlTitle = (standard: StandardKey, id: string): string | undefined =>
  (STANDARDS[standard].controls as Readonly<Record<string, { title: string }>>)[id]?.title;

/**
 * The AWS resource type (as Security Hub and CloudFormation name it) of each inventory type; account-
 * and region-wide settings are judged on the account, as Security Hub reports them.
 */
export const AWS_RESOURCE_TYPE: Readonly<Record<string, string>> = {
  'aws:account': 'AWS::::Account',
  'account:contacts': 'AWS::::Account',
  'aws:region': 'AWS::::Account',
  'iam:account': 'AWS::::Account',
  's3:account-settings': 'AWS::::Account',
  'ec2:region-settings': 'AWS::::Account',
  'ssm:region-settings': 'AWS::::Account',
  'acm:certificate': 'AWS::ACM::Certificate',
  'wafv2:web-acl': 'AWS::WAFv2::WebACL',
  'eks:cluster': 'AWS::EKS::Cluster',
  'wafv2:cloudfront-web-acl': 'AWS::WAFv2::WebACL',
  'apigateway:rest-api': 'AWS::ApiGateway::RestApi',
  'apigateway:http-api': 'AWS::ApiGatewayV2::Api',
  'apigateway:rest-stage': 'AWS::ApiGateway::Stage',
  'apigateway:v2-stage': 'AWS::ApiGatewayV2::Stage',
  'apigateway:v2-route': 'AWS::ApiGatewayV2::Route',
  'apigateway:domain-name': 'AWS::ApiGateway::DomainName',
  'apigateway:private-integration': 'AWS::ApiGatewayV2::Integration',
  'budgets:budget': 'AWS::Budgets::Budget',
  'cloudfront:distribution': 'AWS::CloudFront::Distribution',
  'cloudtrail:trail': 'AWS::CloudTrail::Trail',
  'cloudwatch:alarm': 'AWS::CloudWatch::Alarm',
  'cognito:identity-pool': 'AWS::Cognito::IdentityPool',
  'cognito:user-pool': 'AWS::Cognito::UserPool',
  'config:recorder': 'AWS::Config::ConfigurationRecorder',
  'dynamodb:table': 'AWS::DynamoDB::Table',
  'ecr:repository': 'AWS::ECR::Repository',
  'ecs:cluster': 'AWS::ECS::Cluster',
  'ecs:service': 'AWS::ECS::Service',
  'ecs:task-set': 'AWS::ECS::TaskSet',
  'ecs:task-definition': 'AWS::ECS::TaskDefinition',
  'elb:load-balancer': 'AWS::ElasticLoadBalancing::LoadBalancer',
  'elbv2:load-balancer': 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  'elbv2:listener': 'AWS::ElasticLoadBalancingV2::Listener',
  'elbv2:target-group': 'AWS::ElasticLoadBalancingV2::TargetGroup',
  'ec2:elastic-ip': 'AWS::EC2::EIP',
  'ec2:image': 'AWS::EC2::Image',
  'ec2:instance': 'AWS::EC2::Instance',
  'ec2:launch-template': 'AWS::EC2::LaunchTemplate',
  'ec2:nat-gateway': 'AWS::EC2::NatGateway',
  'ec2:network-acl': 'AWS::EC2::NetworkAcl',
  'ec2:network-interface': 'AWS::EC2::NetworkInterface',
  'ec2:security-group': 'AWS::EC2::SecurityGroup',
  'ec2:snapshot': 'AWS::EC2::Snapshot',
  'ec2:subnet': 'AWS::EC2::Subnet',
  'ec2:transit-gateway': 'AWS::EC2::TransitGateway',
  'ec2:volume': 'AWS::EC2::Volume',
  'ec2:vpc': 'AWS::EC2::VPC',
  'guardduty:detector': 'AWS::GuardDuty::Detector',
  'iam:group': 'AWS::IAM::Group',
  'iam:policy': 'AWS::IAM::Policy',
  'iam:role': 'AWS::IAM::Role',
  'iam:user': 'AWS::IAM::User',
  'lambda:function': 'AWS::Lambda::Function',
  'logs:log-group': 'AWS::Logs::LogGroup',
  'rds:db-cluster': 'AWS::RDS::DBCluster',
  'rds:db-cluster-snapshot': 'AWS::RDS::DBClusterSnapshot',
  'rds:db-instance': 'AWS::RDS::DBInstance',
  'rds:db-proxy': 'AWS::RDS::DBProxy',
  'rds:db-snapshot': 'AWS::RDS::DBSnapshot',
  'rds:event-subscription': 'AWS::RDS::EventSubscription',
  'route53:hosted-zone': 'AWS::Route53::HostedZone',
  's3:bucket': 'AWS::S3::Bucket',
  's3:access-point': 'AWS::S3::AccessPoint',
  's3:multi-region-access-point': 'AWS::S3::MultiRegionAccessPoint',
  'sns:topic': 'AWS::SNS::Topic',
  'sqs:queue': 'AWS::SQS::Queue',
  'secretsmanager:secret': 'AWS::SecretsManager::Secret',
  'ssm:document': 'AWS::SSM::Document',
  'ssm:managed-instance': 'AWS::SSM::ManagedInstanceInventory',
  'ssm:parameter': 'AWS::SSM::Parameter',
  'kms:key': 'AWS::KMS::Key',
};

/**
 * The FSBP table names only the first resource type AWS lists for a control; the others of controls
 * we cite, from the control's page in the Security Hub user guide.
 */
export const MORE_FSBP_RESOURCE_TYPES: Readonly<Record<string, readonly string[]>> = {
  // [RDS.1] RDS snapshot should be private: AWS::RDS::DBClusterSnapshot, AWS::RDS::DBSnapshot.
  'RDS.1': ['AWS::RDS::DBSnapshot'],
  // [RDS.4] RDS cluster snapshots and database snapshots should be encrypted at rest: both types.
  'RDS.4': ['AWS::RDS::DBSnapshot'],
  // [EC2.1] is reported on the account by Security Hub; we report each public snapshot (a deviation noted on the rule).
  'EC2.1': ['AWS::EC2::Snapshot'],
  // [RDS.19]-[RDS.22] are about event subscriptions; we report a region that lacks one on the
  // region (a missing subscription has no resource of its own; a deviation noted on the rule).
  'RDS.19': ['AWS::::Account'],
  'RDS.20': ['AWS::::Account'],
  'RDS.21': ['AWS::::Account'],
  'RDS.22': ['AWS::::Account'],
  // The table gives AWS::EC2::Volume for EC2.21, .23, .24 and .25, which their pages contradict
  // (ec2-controls.md @ d1382bd3267b): the types below are the pages' own.
  'EC2.21': ['AWS::EC2::NetworkAcl'],
  'EC2.23': ['AWS::EC2::TransitGateway'],
  'EC2.24': ['AWS::EC2::Instance'],
  'EC2.25': ['AWS::EC2::LaunchTemplate'],
  // Account settings per region (AWS::EC2::SnapshotBlockPublicAccess, AWS::EC2::VPCBlockPublicAccessOptions):
  // we judge them on the region settings, which stand for the account as for EC2.7.
  'EC2.182': ['AWS::::Account'],
  'EC2.172': ['AWS::::Account'],
  // [APIGateway.1] REST and WebSocket execution logging: AWS::ApiGateway::Stage, AWS::ApiGatewayV2::Stage.
  'APIGateway.1': ['AWS::ApiGatewayV2::Stage'],
  // [ELB.5] Application and Classic Load Balancers logging: AWS::ElasticLoadBalancing::LoadBalancer,
  // AWS::ElasticLoadBalancingV2::LoadBalancer.
  'ELB.5': ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
  // [KMS.2] inline policies of IAM principals: AWS::IAM::Group, AWS::IAM::Role, AWS::IAM::User
  // (the standards README names the three).
  'KMS.2': ['AWS::IAM::Role', 'AWS::IAM::User'],
};

/** The AWS resource types an FSBP control judges, or undefined when the table has no such control. */
export function fsbpResourceTypes(id: string): string[] | undefined {
  const control = STANDARDS.fsbp.controls[id];
  return control ? [control.resourceType, ...(MORE_FSBP_RESOURCE_TYPES[id] ?? [])] : undefined;
}

/** What a rule's metadata needs of its citations; RuleMetadata satisfies it. */
interface Citing {
  id: string;
  resourceType: string;
  references: Record<StandardKey, readonly string[]>;
  deviations: Readonly<Record<string, string>>;
}

/**
 * Why a rule's citations are wrong, if they are: an id its standard does not have, an FSBP control
 * about another resource type than the rule's, a deviation note for a control it does not cite.
 */
export function citationProblems(metadata: Citing): string[] {
  const problems: string[] = [];
  const awsType = AWS_RESOURCE_TYPE[metadata.resourceType];
  const cited = new Set<string>();
  for (const standard of STANDARD_KEYS) {
    for (const id of metadata.references[standard]) {
      const name = citationName(standard, id);
      cited.add(name);
      if (controlTitle(standard, id) === undefined) {
        problems.push(
          `${name} is not a control of ${STANDARDS[standard].name} v${STANDARDS[standard].version}`,
        );
        continue;
      }
      const types = standard === 'fsbp' ? fsbpResourceTypes(id) : undefined;
      if (types && !(awsType !== undefined && types.includes(awsType)))
        problems.push(`${name} judges ${types.join(', ')}, not ${metadata.resourceType}`);
    }
  }
  for (const name of Object.keys(metadata.deviations))
    if (!cited.has(name)) problems.push(`a deviation is noted for ${name}, which the rule does not cite`);
  return problems;
}
