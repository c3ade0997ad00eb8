import type { Static } from '@sinclair/typebox';
import { accountSchemas } from './account.js';
import { acmSchemas } from './acm.js';
import { apigatewaySchemas } from './apigateway.js';
import { budgetsSchemas } from './budgets.js';
import { cloudfrontSchemas } from './cloudfront.js';
import { cloudtrailSchemas } from './cloudtrail.js';
import { cloudwatchSchemas } from './cloudwatch.js';
import { cognitoSchemas } from './cognito.js';
import { configSchemas } from './config.js';
import { dynamodbSchemas } from './dynamodb.js';
import { ecrSchemas } from './ecr.js';
import { ecsSchemas } from './ecs.js';
import { eksSchemas } from './eks.js';
import { elbSchemas } from './elb.js';
import { elbv2Schemas } from './elbv2.js';
import { ec2Schemas } from './ec2.js';
import { guarddutySchemas } from './guardduty.js';
import { iamSchemas } from './iam.js';
import { kmsSchemas } from './kms.js';
import { lambdaSchemas } from './lambda.js';
import { rdsSchemas } from './rds.js';
import { route53Schemas } from './route53.js';
import { s3Schemas } from './s3.js';
import { snsSchemas } from './sns.js';
import { sqsSchemas } from './sqs.js';
import { ssmSchemas } from './ssm.js';
import { secretsmanagerSchemas } from './secretsmanager.js';
import { wafv2Schemas } from './wafv2.js';

/** Every resource schema; a new resource type is one schema here plus its collector. */
export const resourceSchemas = [
  ...ec2Schemas,
  ...s3Schemas,
  ...rdsSchemas,
  ...lambdaSchemas,
  ...iamSchemas,
  ...budgetsSchemas,
  ...cloudwatchSchemas,
  ...dynamodbSchemas,
  ...cloudtrailSchemas,
  ...guarddutySchemas,
  ...apigatewaySchemas,
  ...configSchemas,
  ...cloudfrontSchemas,
  ...route53Schemas,
  ...accountSchemas,
  ...snsSchemas,
  ...sqsSchemas,
  ...secretsmanagerSchemas,
  ...kmsSchemas,
  ...acmSchemas,
  ...ecrSchemas,
  ...ecsSchemas,
  ...cognitoSchemas,
  ...ssmSchemas,
  ...wafv2Schemas,
  ...eksSchemas,
  ...elbv2Schemas,
  ...elbSchemas,
] as const;

export type Resource = Static<(typeof resourceSchemas)[number]>;
export type ResourceType = Resource['type'];
export type ResourceOfType<T extends ResourceType> = Extract<Resource, { type: T }>;
export type AttributesOf<T extends ResourceType> = ResourceOfType<T>['attributes'];

/** The service a resource type belongs to, as users name it in `services` and `scope.services`. */
export function serviceOfType(type: string): string {
  const prefix = type.split(':')[0] ?? type;
  return prefix === 'logs' ? 'cloudwatch' : prefix;
}

/**
 * Every service the inventory has types of, sorted: the names `--services` takes. The scan's
 * registry has one collector family per name (a test holds the two together); this list needs no
 * collector, so help text and checks that use it load no AWS SDK client.
 */
export const inventoryServices = (): string[] =>
  [...new Set(resourceSchemas.map((schema) => serviceOfType(resourceTypeOf(schema))))].sort();

export function resourceTypeOf(schema: (typeof resourceSchemas)[number]): ResourceType {
  return schema.properties.type.const;
}

/**
 * What a failed read can leave unknown about a resource of type T: one of its attributes, or its
 * tags or region. Typed, so a misspelt name fails to compile rather than hiding a gap from rules.
 */
export type UnknownAttribute<T extends ResourceType> = (keyof AttributesOf<T> & string) | 'tags' | 'region';
