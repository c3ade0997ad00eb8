import type { ResourceOfType } from '../../inventory/resources/index.js';
import { webAclMonthlyCost } from '../../prices/wafv2.js';
import type { RuleContext } from '../context.js';
import { defineRule, type Rule, type RuleHit } from '../model.js';

/**
 * Web ACL rules, made once for each scope: regional ACLs (`wafv2:web-acl`, judged per region) and
 * CloudFront-scope ACLs (`wafv2:cloudfront-web-acl`, judged once per account), whose coverage
 * differs. WAF Classic is not scanned.
 */
type Kind = 'wafv2:web-acl' | 'wafv2:cloudfront-web-acl';
type Acl = ResourceOfType<Kind>;

const DOCS = 'https://docs.aws.amazon.com/waf/latest/developerguide';

interface KindInfo {
  type: Kind;
  /** Rule id part: `web-acl` or `cloudfront-web-acl`. */
  slug: string;
  /** Title part: `WAF web ACL` or `CloudFront-scope WAF web ACL`. */
  noun: string;
  /** The CLI's --scope and --region for this kind. */
  cliScope: string;
  console: string;
}

const KINDS: Readonly<Record<'regional' | 'cloudfront', KindInfo>> = {
  regional: {
    type: 'wafv2:web-acl',
    slug: 'web-acl',
    noun: 'WAF web ACL',
    cliScope: '--scope REGIONAL --region {region}',
    console: 'AWS WAF console > Web ACLs (the region) > the web ACL',
  },
  cloudfront: {
    type: 'wafv2:cloudfront-web-acl',
    slug: 'cloudfront-web-acl',
    noun: 'CloudFront-scope WAF web ACL',
    cliScope: '--scope CLOUDFRONT --region us-east-1',
    console: 'AWS WAF console > Web ACLs (Global (CloudFront)) > the web ACL',
  },
};

const aclsOf = (ctx: RuleContext, kind: KindInfo): Acl[] => ctx.resources(kind.type);
const label = (acl: Acl) => `${acl.name ?? acl.id} (${acl.attributes.scope})`;

function noRules(kind: KindInfo): Rule {
  return defineRule(
    {
      id: `wafv2.${kind.slug}-no-rules`,
      title: `${kind.noun} has no rules or rule groups`,
      severity: 'medium',
      category: 'security',
      resourceType: kind.type,
      reads: [kind.type],
      description: `A ${kind.noun} (WAFv2) contains no rule and no rule group: every request gets its default action. Judged where GetWebACL was read.`,
      risk: 'With a default action of ALLOW the ACL filters nothing while looking like protection; with BLOCK it refuses every request to what it protects.',
      remediation: {
        text: 'Add rules: at least the AWS managed core rule set (AWSManagedRulesCommonRuleSet) and a rate-based rule; or delete the web ACL if nothing needs it.',
        console: `${kind.console} > Rules > Add rules`,
      },
      references: { fsbp: ['WAF.10'], docs: [`${DOCS}/web-acl-editing.html`] },
    },
    (ctx) =>
      aclsOf(ctx, kind)
        .filter((acl) => ctx.known(acl, 'ruleCount') && acl.attributes.ruleCount === 0)
        .map((acl) => ({
          target: acl,
          message: `Web ACL ${label(acl)} has no rules: every request gets its default action ${acl.attributes.defaultAction ?? '(unknown)'}.`,
          evidence: { ruleCount: 0, defaultAction: acl.attributes.defaultAction },
        })),
  );
}

function loggingOff(kind: KindInfo): Rule {
  return defineRule(
    {
      id: `wafv2.${kind.slug}-logging-off`,
      title: `${kind.noun} does not log requests`,
      severity: 'low',
      category: 'security',
      resourceType: kind.type,
      reads: [kind.type],
      description: `A ${kind.noun} has no logging configuration (GetLoggingConfiguration answers WAFNonexistentItemException): the requests it inspects, and which rule matched them, are not recorded. Security Hub's WAF.11 checks this, but it is not part of FSBP.`,
      risk: 'Without request logs an attack it blocked, or one it let through, cannot be investigated, and false positives cannot be traced to the rule that caused them.',
      remediation: {
        text: 'Turn on logging to a CloudWatch Logs group, S3 bucket or Firehose stream whose name starts with aws-waf-logs-, redacting sensitive fields (Authorization, cookies).',
        console: `${kind.console} > Logging and metrics > Enable`,
      },
      references: { docs: [`${DOCS}/logging.html`] },
    },
    (ctx) =>
      aclsOf(ctx, kind)
        .filter((acl) => ctx.known(acl, 'loggingEnabled') && acl.attributes.loggingEnabled === false)
        .map((acl) => ({
          target: acl,
          message: `Web ACL ${label(acl)} has no logging configuration.`,
          evidence: { loggingEnabled: false },
        })),
  );
}

function metricsOff(kind: KindInfo): Rule {
  return defineRule(
    {
      id: `wafv2.${kind.slug}-metrics-off`,
      title: `${kind.noun} or some of its rules send no CloudWatch metrics`,
      severity: 'low',
      category: 'security',
      resourceType: kind.type,
      reads: [kind.type],
      description: `The visibility configuration of a ${kind.noun}, or of rules in it, has CloudWatch metrics turned off. FSBP WAF.12 checks the same setting on rule groups (AWS::WAFv2::RuleGroup), which the scan does not read, so it is not cited.`,
      risk: 'No counts of allowed, blocked and matched requests per rule: a rule that blocks legitimate traffic, or one that never matches, goes unnoticed, and no alarm can fire on a spike of blocked requests.',
      remediation: {
        text: 'Edit the web ACL and each listed rule and turn on "CloudWatch metrics" in its visibility configuration.',
        console: `${kind.console} > Rules > the rule > Edit > Visibility and metrics`,
      },
      references: { docs: [`${DOCS}/monitoring-cloudwatch.html`] },
    },
    (ctx) =>
      aclsOf(ctx, kind)
        .filter((acl) => ctx.known(acl, 'metricsEnabled', 'rulesWithoutMetrics'))
        .flatMap((acl): RuleHit[] => {
          const rules = acl.attributes.rulesWithoutMetrics ?? [];
          const own = acl.attributes.metricsEnabled === false;
          if (!own && rules.length === 0) return [];
          const parts = [
            ...(own ? ['the web ACL itself'] : []),
            ...(rules.length > 0 ? [`rule${rules.length === 1 ? '' : 's'} ${rules.join(', ')}`] : []),
          ];
          return [
            {
              target: acl,
              message: `Web ACL ${label(acl)} sends no CloudWatch metrics for ${parts.join(' and ')}.`,
              evidence: { metricsEnabled: acl.attributes.metricsEnabled, rulesWithoutMetrics: rules },
            },
          ];
        }),
  );
}

const cliDelete = (kind: KindInfo) =>
  `aws wafv2 delete-web-acl ${kind.cliScope} --name {name} --id {id} --lock-token "$(aws wafv2 get-web-acl ${kind.cliScope} --name {name} --id {id} --query LockToken --output text)"`;

function costHit(acl: Acl, message: string, evidence: Record<string, unknown>): RuleHit {
  const rules = acl.attributes.ruleCount ?? 0;
  return { target: acl, message, evidence, cost: webAclMonthlyCost(rules, acl.region, true) };
}

export const webAclNoRules = noRules(KINDS.regional);
export const cloudFrontWebAclNoRules = noRules(KINDS.cloudfront);
export const webAclLoggingOff = loggingOff(KINDS.regional);
export const cloudFrontWebAclLoggingOff = loggingOff(KINDS.cloudfront);
export const webAclMetricsOff = metricsOff(KINDS.regional);
export const cloudFrontWebAclMetricsOff = metricsOff(KINDS.cloudfront);

const unusedText = {
  risk: 'A monthly charge for protection that protects nothing, and a sign that the resource it was made for is unprotected or gone.',
  remediationText:
    'Check whether a resource should be associated with it (a load balancer, API stage or distribution left unprotected); otherwise delete it.',
};

export const webAclUnused = defineRule(
  {
    id: 'wafv2.web-acl-unused',
    title: 'Regional WAF web ACL protects nothing but is still billed',
    severity: 'low',
    category: 'cost',
    resourceType: 'wafv2:web-acl',
    reads: ['wafv2:web-acl'],
    description:
      'ListResourcesForWebACL names no resource of any type a regional web ACL can protect (load balancers, API Gateway stages, AppSync APIs, Cognito user pools, App Runner services, Verified Access instances, AgentCore gateways), yet WAF bills the ACL $5 a month and $1 per rule. Judged only where every type was read.',
    risk: unusedText.risk,
    remediation: {
      text: unusedText.remediationText,
      cli: cliDelete(KINDS.regional),
      console: `${KINDS.regional.console} > Associated AWS resources`,
    },
    references: {
      docs: ['https://aws.amazon.com/waf/pricing/', `${DOCS}/web-acl-associating-aws-resource.html`],
    },
  },
  (ctx) =>
    ctx
      .resources('wafv2:web-acl')
      .filter(
        (acl) =>
          ctx.known(acl, 'associatedResourceArns') && acl.attributes.associatedResourceArns?.length === 0,
      )
      .map((acl) =>
        costHit(acl, `Web ACL ${label(acl)} is associated with no resource and is still billed.`, {
          associatedResourceArns: [],
          ruleCount: acl.attributes.ruleCount,
        }),
      ),
);

export const cloudFrontWebAclUnused = defineRule(
  {
    id: 'wafv2.cloudfront-web-acl-unused',
    title: 'CloudFront-scope WAF web ACL protects nothing but is still billed',
    severity: 'low',
    category: 'cost',
    resourceType: 'wafv2:cloudfront-web-acl',
    reads: ['wafv2:cloudfront-web-acl', 'cloudfront:distribution'],
    description:
      "No CloudFront distribution names the web ACL (its webAclId) and WAF lists no Amplify app for it, yet WAF bills the ACL $5 a month and $1 per rule. Judged only where the distributions and the ACL's Amplify associations were read.",
    risk: unusedText.risk,
    remediation: {
      text: unusedText.remediationText,
      cli: cliDelete(KINDS.cloudfront),
      console: KINDS.cloudfront.console,
    },
    references: { docs: ['https://aws.amazon.com/waf/pricing/', `${DOCS}/cloudfront-features.html`] },
  },
  (ctx) => {
    // A distribution names a WAFv2 ACL by ARN (a WAF Classic one by id).
    const named = new Set(
      ctx
        .resources('cloudfront:distribution')
        .flatMap((d) => (d.attributes.webAclId ? [d.attributes.webAclId] : [])),
    );
    return ctx
      .resources('wafv2:cloudfront-web-acl')
      .filter(
        (acl) =>
          ctx.known(acl, 'associatedResourceArns') && acl.attributes.associatedResourceArns?.length === 0,
      )
      .filter((acl) => !named.has(acl.arn) && !named.has(acl.id))
      .map((acl) =>
        costHit(
          acl,
          `Web ACL ${label(acl)} is used by no CloudFront distribution or Amplify app and is still billed.`,
          {
            distributions: 0,
            associatedResourceArns: [],
            ruleCount: acl.attributes.ruleCount,
          },
        ),
      );
  },
);
