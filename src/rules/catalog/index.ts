import { isRule, type Rule } from '../model.js';
import * as account from './account.js';
import * as acm from './acm.js';
import * as apigateway from './apigateway.js';
import * as apigatewayStages from './apigateway-stages.js';
import * as budgets from './budgets.js';
import * as cloudfront from './cloudfront.js';
import * as cloudtrail from './cloudtrail.js';
import * as cloudwatch from './cloudwatch.js';
import * as cognito from './cognito.js';
import * as config from './config.js';
import * as dynamodb from './dynamodb.js';
import * as ecr from './ecr.js';
import * as ecs from './ecs.js';
import * as eks from './eks.js';
import * as elb from './elb.js';
import * as elbv2 from './elbv2.js';
import * as ec2Compute from './ec2-compute.js';
import * as ec2Eni from './ec2-eni.js';
import * as ec2Idle from './ec2-idle.js';
import * as ec2Instance from './ec2-instance.js';
import * as ec2LaunchTemplate from './ec2-launch-template.js';
import * as ec2Nacl from './ec2-nacl.js';
import * as ec2Nat from './ec2-nat.js';
import * as ec2Network from './ec2-network.js';
import * as ec2Settings from './ec2-settings.js';
import * as guardduty from './guardduty.js';
import * as iamCredentials from './iam-credentials.js';
import * as iamEscalation from './iam-escalation.js';
import * as iamKms from './iam-kms.js';
import * as iamOidc from './iam-oidc.js';
import * as iamPasswordPolicy from './iam-password-policy.js';
import * as iamPolicies from './iam-policies.js';
import * as iamPrincipals from './iam-principals.js';
import * as iamRoot from './iam-root.js';
import * as kms from './kms.js';
import * as lambda from './lambda.js';
import * as lambdaLayers from './lambda-layers.js';
import * as rds from './rds.js';
import * as route53 from './route53.js';
import * as rdsEvents from './rds-events.js';
import * as rdsIdle from './rds-idle.js';
import * as rdsLogging from './rds-logging.js';
import * as rdsNetwork from './rds-network.js';
import * as rdsResilience from './rds-resilience.js';
import * as rdsSettings from './rds-settings.js';
import * as rdsSnapshots from './rds-snapshots.js';
import * as rdsStopped from './rds-stopped.js';
import * as rdsVersions from './rds-versions.js';
import * as s3 from './s3.js';
import * as s3AccessPoints from './s3-access-points.js';
import * as s3Lifecycle from './s3-lifecycle.js';
import * as sns from './sns.js';
import * as sqs from './sqs.js';
import * as ssm from './ssm.js';
import * as secretsmanager from './secretsmanager.js';
import * as tags from './tags.js';
import * as wafv2 from './wafv2.js';

/**
 * The rules each file of this folder exports, by file name. A rule file is `<service>.ts` or
 * `<service>-<part>.ts`, and its rule ids start with `<service>.` (test/unit/rule-catalog.test.ts
 * holds both to the files on disk). A new file is one import and one entry here.
 */
export const rulesByFile: Readonly<Record<string, readonly Rule[]>> = Object.fromEntries(
  Object.entries({
    account,
    acm,
    apigateway,
    'apigateway-stages': apigatewayStages,
    budgets,
    cloudfront,
    cloudtrail,
    cloudwatch,
    cognito,
    config,
    dynamodb,
    ecr,
    ecs,
    eks,
    elb,
    elbv2,
    'ec2-compute': ec2Compute,
    'ec2-eni': ec2Eni,
    'ec2-idle': ec2Idle,
    'ec2-instance': ec2Instance,
    'ec2-launch-template': ec2LaunchTemplate,
    'ec2-nacl': ec2Nacl,
    'ec2-nat': ec2Nat,
    'ec2-network': ec2Network,
    'ec2-settings': ec2Settings,
    guardduty,
    'iam-credentials': iamCredentials,
    'iam-escalation': iamEscalation,
    'iam-oidc': iamOidc,
    'iam-password-policy': iamPasswordPolicy,
    'iam-policies': iamPolicies,
    'iam-kms': iamKms,
    'iam-principals': iamPrincipals,
    'iam-root': iamRoot,
    kms,
    lambda,
    'lambda-layers': lambdaLayers,
    rds,
    'rds-events': rdsEvents,
    'rds-idle': rdsIdle,
    'rds-logging': rdsLogging,
    'rds-network': rdsNetwork,
    'rds-resilience': rdsResilience,
    'rds-settings': rdsSettings,
    'rds-snapshots': rdsSnapshots,
    'rds-stopped': rdsStopped,
    'rds-versions': rdsVersions,
    route53,
    s3,
    's3-access-points': s3AccessPoints,
    's3-lifecycle': s3Lifecycle,
    sns,
    sqs,
    ssm,
    secretsmanager,
    tags,
    wafv2,
  }).map(([file, exports]) => [file, Object.values(exports).filter(isRule)]),
);

/** Every rule, by id: the order owes nothing to how the rules are spread over files. */
export const catalog: readonly Rule[] = Object.values(rulesByFile)
  .flat()
  .sort((a, b) => a.metadata.id.localeCompare(b.metadata.id));
