import {
  GetLoggingConfigurationCommand,
  GetWebACLCommand,
  ListResourcesForWebACLCommand,
  ListWebACLsCommand,
  WAFV2Client,
  type ListWebACLsCommandOutput,
  type ResourceType as WafResourceType,
  type Scope,
  type WebACL,
  type WebACLSummary,
} from '@aws-sdk/client-wafv2';
import type { UnknownAttribute } from '../../inventory/resources/index.js';
import type { Collector, CollectorContext } from '../collector.js';
import { makeResource, sortedStrings, text } from '../normalize.js';

const permissions = {
  ListWebACLs: 'wafv2:ListWebACLs',
  GetWebACL: 'wafv2:GetWebACL',
  GetLoggingConfiguration: 'wafv2:GetLoggingConfiguration',
  ListResourcesForWebACL: 'wafv2:ListResourcesForWebACL',
} as const;
type Operation = keyof typeof permissions;
type Context = CollectorContext<Operation>;
type AclType = 'wafv2:web-acl' | 'wafv2:cloudfront-web-acl';

/**
 * What a web ACL of each scope can protect, as ListResourcesForWebACL names it, the type most
 * ACLs protect first (load balancers: also what elbv2.alb-without-waf needs). CloudFront
 * distributions are not listed by WAF (they name their ACL themselves); Amplify apps take
 * CloudFront-scope ACLs.
 */
const PROTECTED_TYPES: Readonly<Record<Scope, readonly WafResourceType[]>> = {
  REGIONAL: [
    'APPLICATION_LOAD_BALANCER',
    'API_GATEWAY',
    'APPSYNC',
    'COGNITO_USER_POOL',
    'APP_RUNNER_SERVICE',
    'VERIFIED_ACCESS_INSTANCE',
    'AGENTCORE_GATEWAY',
  ],
  CLOUDFRONT: ['AMPLIFY'],
};

/** ListWebACLs pages (100 a page, the most WAF gives), followed by NextMarker. */
async function* webAclPages(client: WAFV2Client, scope: Scope): AsyncGenerator<ListWebACLsCommandOutput> {
  let marker: string | undefined;
  do {
    const page = await client.send(new ListWebACLsCommand({ Scope: scope, Limit: 100, NextMarker: marker }));
    yield page;
    // An empty page with a marker would loop forever on a misbehaving endpoint.
    marker = page.WebACLs && page.WebACLs.length > 0 ? (text(page.NextMarker) ?? undefined) : undefined;
  } while (marker);
}

/** The rules' VisibilityConfig: names of those without CloudWatch metrics. */
const rulesWithoutMetrics = (acl: WebACL): string[] =>
  sortedStrings(
    (acl.Rules ?? [])
      .filter((rule) => rule.VisibilityConfig?.CloudWatchMetricsEnabled !== true)
      .map((rule) => rule.Name),
  );

/**
 * Every resource WAF lists for the ACL; undefined when any type could not be read. The scope's
 * first type is asked first, the others only once it answered: one unread type leaves the whole
 * list unknown, so asking the rest after a failure (a denial, an endpoint without the operation)
 * would be calls read for nothing.
 */
async function associations(
  ctx: Context,
  client: WAFV2Client,
  arn: string,
  scope: Scope,
): Promise<string[] | undefined> {
  const read = (type: WafResourceType) =>
    ctx.branch(() =>
      ctx.read(
        'ListResourcesForWebACL',
        () => client.send(new ListResourcesForWebACLCommand({ WebACLArn: arn, ResourceType: type })),
        { resourceId: arn },
      ),
    );
  const [first, ...rest] = PROTECTED_TYPES[scope];
  const firstAnswer = first === undefined ? null : await read(first);
  if (firstAnswer === undefined) return undefined;
  const answers = [firstAnswer, ...(await Promise.all(rest.map(read)))];
  if (answers.some((answer) => answer === undefined)) return undefined;
  return sortedStrings(answers.flatMap((answer) => answer?.ResourceArns ?? []));
}

/** One web ACL: its definition, its logging configuration and what it protects, read in parallel. */
async function collectWebAcl(
  ctx: Context,
  client: WAFV2Client,
  type: AclType,
  scope: Scope,
  summary: WebACLSummary,
): Promise<void> {
  const { ARN: arn, Id: id, Name: name } = summary;
  if (!arn || !id || !name) return;
  const [definition, logging, associated] = await Promise.all([
    ctx.branch(() =>
      ctx.read('GetWebACL', () => client.send(new GetWebACLCommand({ Name: name, Id: id, Scope: scope })), {
        resourceId: arn,
      }),
    ),
    ctx.branch(() =>
      ctx.read(
        'GetLoggingConfiguration',
        () => client.send(new GetLoggingConfigurationCommand({ ResourceArn: arn })),
        // WAF's answer for an ACL that has no logging configuration.
        { absentWhen: ['WAFNonexistentItemException'], resourceId: arn },
      ),
    ),
    ctx.branch(() => associations(ctx, client, arn, scope)),
  ]);
  const acl = definition?.WebACL;
  const unknown: UnknownAttribute<AclType>[] = [];
  if (!acl) unknown.push('ruleCount', 'defaultAction', 'capacity', 'metricsEnabled', 'rulesWithoutMetrics');
  if (logging === undefined) unknown.push('loggingEnabled', 'logDestinations');
  if (associated === undefined) unknown.push('associatedResourceArns');
  const defaultAction = acl?.DefaultAction?.Block ? 'BLOCK' : acl?.DefaultAction?.Allow ? 'ALLOW' : null;
  ctx.emit(
    makeResource(
      type,
      { arn, id, name, account: ctx.account, region: ctx.scopeRegion },
      {
        scope,
        ruleCount: acl ? (acl.Rules ?? []).length : null,
        defaultAction,
        capacity: acl?.Capacity ?? null,
        loggingEnabled: logging === undefined ? null : Boolean(logging?.LoggingConfiguration),
        logDestinations: sortedStrings(logging?.LoggingConfiguration?.LogDestinationConfigs ?? []),
        metricsEnabled: acl ? acl.VisibilityConfig?.CloudWatchMetricsEnabled === true : null,
        rulesWithoutMetrics: acl ? rulesWithoutMetrics(acl) : null,
        associatedResourceArns: associated ?? null,
      },
      unknown,
    ),
  );
}

async function collectScope(ctx: Context, type: AclType, scope: Scope): Promise<void> {
  const client = ctx.client(WAFV2Client);
  const summaries = await ctx.list('ListWebACLs', type, webAclPages(client, scope), (page) => page.WebACLs);
  await ctx.each(summaries, (summary) => collectWebAcl(ctx, client, type, scope, summary));
}

const SHARED = { service: 'wafv2', permissions } as const;

/**
 * AWS WAFv2 regional web ACLs, per region: ListWebACLs (Scope REGIONAL), then per ACL one GetWebACL,
 * one GetLoggingConfiguration (WAFNonexistentItemException: no logging) and one
 * ListResourcesForWebACL per resource type a regional ACL can protect (7: load balancers first, the
 * other six only once that was read). WAF Classic is not read.
 */
export const wafv2Collector: Collector<Operation> = {
  ...SHARED,
  scope: 'regional',
  resourceTypes: ['wafv2:web-acl'],
  collect: (ctx) => collectScope(ctx, 'wafv2:web-acl', 'REGIONAL'),
};

/**
 * CloudFront-scope web ACLs, once per account: WAF serves them in us-east-1 only (the home region
 * global collectors call). The same calls as regional ACLs, with ListResourcesForWebACL for Amplify
 * apps only: distributions name their ACL in the CloudFront collector's webAclId.
 */
export const wafv2CloudFrontCollector: Collector<Operation> = {
  ...SHARED,
  scope: 'global',
  resourceTypes: ['wafv2:cloudfront-web-acl'],
  collect: (ctx) => collectScope(ctx, 'wafv2:cloudfront-web-acl', 'CLOUDFRONT'),
};
