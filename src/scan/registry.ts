import type { Collector } from './collector.js';
import { ec2Collector } from './collectors/ec2.js';
import { iamCollector } from './collectors/iam.js';
import { s3Collector } from './collectors/s3.js';
import { s3AccessPointsCollector } from './collectors/s3-access-points.js';
import { lambdaCollector } from './collectors/lambda.js';
import { budgetsCollector } from './collectors/budgets.js';
import { cloudwatchCollector } from './collectors/cloudwatch.js';
import { dynamodbCollector } from './collectors/dynamodb.js';
import { rdsCollector } from './collectors/rds.js';
import { cloudtrailCollector } from './collectors/cloudtrail.js';
import { guarddutyCollector } from './collectors/guardduty.js';
import { apigatewayCollector } from './collectors/apigateway.js';
import { configCollector } from './collectors/config.js';
import { cloudfrontCollector } from './collectors/cloudfront.js';
import { route53Collector } from './collectors/route53.js';
import { accountCollector } from './collectors/account.js';
import { snsCollector } from './collectors/sns.js';
import { sqsCollector } from './collectors/sqs.js';
import { secretsmanagerCollector } from './collectors/secretsmanager.js';
import { kmsCollector } from './collectors/kms.js';
import { acmCollector } from './collectors/acm.js';
import { ecrCollector } from './collectors/ecr.js';
import { ecsCollector } from './collectors/ecs.js';
import { cognitoCollector } from './collectors/cognito.js';
import { ssmCollector } from './collectors/ssm.js';
import { eksCollector } from './collectors/eks.js';
import { wafv2CloudFrontCollector, wafv2Collector } from './collectors/wafv2.js';
import { elbCollector } from './collectors/elb.js';
import { elbv2Collector } from './collectors/elbv2.js';

/**
 * Every collector. Adding a service is its collector in collectors/, the schema of its resources in
 * src/inventory/resources/ (listed in that folder's index.ts), and one line here.
 */
export const collectors: readonly Collector[] = [
  ec2Collector,
  s3Collector,
  s3AccessPointsCollector,
  iamCollector,
  lambdaCollector,
  rdsCollector,
  dynamodbCollector,
  cloudwatchCollector,
  budgetsCollector,
  cloudtrailCollector,
  guarddutyCollector,
  apigatewayCollector,
  configCollector,
  cloudfrontCollector,
  route53Collector,
  accountCollector,
  snsCollector,
  sqsCollector,
  secretsmanagerCollector,
  kmsCollector,
  acmCollector,
  ecrCollector,
  ecsCollector,
  cognitoCollector,
  ssmCollector,
  wafv2Collector,
  wafv2CloudFrontCollector,
  eksCollector,
  elbv2Collector,
  elbCollector,
] as readonly Collector[];

/** The orchestrator's own calls, outside any collector. */
export const orchestratorPermissions: Readonly<Record<string, string>> = {
  DescribeRegions: 'ec2:DescribeRegions',
  GetCallerIdentity: 'sts:GetCallerIdentity',
};

/** The services users can select; a service may have several collectors (s3: global and regional). */
export function serviceNames(all: readonly Collector[] = collectors): string[] {
  return [...new Set(all.map((c) => c.service))].sort();
}

/** Picks collectors by service name; unknown names are an error that lists the valid ones. */
export function selectCollectors(
  include: readonly string[] | undefined,
  exclude: readonly string[] = [],
  all: readonly Collector[] = collectors,
): Collector[] {
  const known = new Set(all.map((c) => c.service));
  const unknown = [...(include ?? []), ...exclude].filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new Error(`Unknown service(s): ${unknown.join(', ')}. Available: ${serviceNames(all).join(', ')}`);
  }
  const wanted = include && include.length > 0 ? new Set(include) : known;
  return all.filter((c) => wanted.has(c.service) && !exclude.includes(c.service));
}
