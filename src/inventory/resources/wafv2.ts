import { Type } from '@sinclair/typebox';
import { Nullable, StringList, resourceSchema } from '../schema-helpers.js';

/**
 * What a WAFv2 web ACL records, whatever its scope: GetWebACL gives its rules, default action and
 * CloudWatch metrics settings, GetLoggingConfiguration its logging, ListResourcesForWebACL what it
 * protects. Null (and named in `unknownAttributes`) where that read failed.
 */
const webAclAttributes = {
  /** `REGIONAL` or `CLOUDFRONT`, as WAF names the scope. */
  scope: Type.String(),
  /** Rules and rule group references in the ACL (each billed as one rule). */
  ruleCount: Nullable(Type.Integer({ minimum: 0 })),
  /** `ALLOW` or `BLOCK`. */
  defaultAction: Nullable(Type.String()),
  /** Web ACL capacity units the rules use. */
  capacity: Nullable(Type.Integer({ minimum: 0 })),
  /** A logging configuration exists (to CloudWatch Logs, S3 or Firehose). */
  loggingEnabled: Nullable(Type.Boolean()),
  /** The ARNs logs are sent to. */
  logDestinations: StringList,
  /** The ACL's own VisibilityConfig.CloudWatchMetricsEnabled. */
  metricsEnabled: Nullable(Type.Boolean()),
  /** Names of the ACL's rules whose VisibilityConfig has CloudWatch metrics turned off. */
  rulesWithoutMetrics: Nullable(StringList),
  /**
   * ARNs WAF lists as protected by the ACL (ListResourcesForWebACL, every resource type the scope
   * takes): load balancers, API Gateway stages, AppSync APIs, Cognito user pools, App Runner
   * services, Verified Access instances, AgentCore gateways; Amplify apps for CloudFront-scope ACLs,
   * whose distributions name the ACL themselves (cloudfront:distribution webAclId) instead.
   */
  associatedResourceArns: Nullable(StringList),
};

/** A regional web ACL (scope REGIONAL), recorded in its region. */
export const Wafv2WebAcl = resourceSchema('wafv2:web-acl', webAclAttributes);

/** A CloudFront-scope web ACL: account-wide, read in us-east-1 and recorded under `global`. */
export const Wafv2CloudFrontWebAcl = resourceSchema('wafv2:cloudfront-web-acl', webAclAttributes);

export const wafv2Schemas = [Wafv2WebAcl, Wafv2CloudFrontWebAcl] as const;
