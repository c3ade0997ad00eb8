import type { ResourceOfType } from '../../inventory/resources/index.js';
import { loadBalancerHours } from '../../prices/load-balancers.js';
import type { RuleContext } from '../context.js';
import { defineRule, type RuleHit } from '../model.js';
import {
  ELB_DOCS,
  MIN_AVAILABILITY_ZONES,
  SAFE_DESYNC_MODES,
  allowsOldTls,
  isIdleLoadBalancer,
  minimumTls,
  nothingCarried,
} from './elb-shared.js';

type LoadBalancer = ResourceOfType<'elbv2:load-balancer'>;
type Listener = ResourceOfType<'elbv2:listener'>;

const ALB_DOCS = `${ELB_DOCS}/application`;
const modifyCli = (key: string, value: string) =>
  `aws elbv2 modify-load-balancer-attributes --region {region} --load-balancer-arn {arn} --attributes Key=${key},Value=${value}`;
const attributesConsole = 'EC2 console > Load balancers > the load balancer > Attributes > Edit';

const label = (lb: LoadBalancer) =>
  `${lb.attributes.loadBalancerType ?? 'ELBv2'} load balancer ${lb.name ?? lb.id}`;
const alb = (lb: LoadBalancer) => lb.attributes.loadBalancerType === 'application';
const where = (lb: LoadBalancer) => ({
  type: lb.attributes.loadBalancerType,
  scheme: lb.attributes.scheme,
  dnsName: lb.attributes.dnsName,
});

/** What a listener's first default action does, in words. */
function doing(listener: Listener): string {
  const first = listener.attributes.defaultActions[0];
  if (!first) return 'has no default action';
  if (first.type === 'redirect') return `redirects to ${first.redirectProtocol ?? 'the same protocol'}`;
  if (first.type === 'forward') return 'forwards to its targets';
  return `answers with ${first.type}`;
}

const redirectsToHttps = (listener: Listener) =>
  listener.attributes.defaultActions.some((a) => a.type === 'redirect' && a.redirectProtocol === 'HTTPS');

export const albHttpNotRedirected = defineRule(
  {
    id: 'elbv2.alb-http-not-redirected',
    title: 'Application Load Balancer serves HTTP instead of redirecting it to HTTPS',
    severity: 'medium',
    category: 'security',
    resourceType: 'elbv2:load-balancer',
    reads: ['elbv2:load-balancer', 'elbv2:listener'],
    description:
      "An Application Load Balancer with an HTTP listener whose default action is not a redirect to HTTPS (it forwards to targets, or answers itself), as FSBP ELB.1's Config rule judges each HTTP listener.",
    risk: 'Requests and responses, session cookies and credentials in them cross the network in clear text, open to anyone on the path.',
    remediation: {
      text: "Change the HTTP listener's default action to a redirect to HTTPS on port 443 (status HTTP_301), with an HTTPS listener serving the application.",
      // Quoted: unquoted braces with commas are expanded by the shell.
      cli: "aws elbv2 modify-listener --region {region} --listener-arn {listenerArn} --default-actions 'Type=redirect,RedirectConfig={Protocol=HTTPS,Port=443,StatusCode=HTTP_301}'",
      console: 'EC2 console > Load balancers > the load balancer > Listeners > HTTP listener > Edit',
    },
    references: {
      fsbp: ['ELB.1'],
      docs: [`${ALB_DOCS}/load-balancer-listeners.html`],
    },
    deviations: {
      'FSBP ELB.1':
        "Judged on each HTTP listener's default action; its other listener rules (DescribeRules, one call per listener) are not read, so a rule forwarding some paths over HTTP behind a redirecting default is not seen.",
    },
  },
  (ctx) => {
    const listeners = new Map<string, Listener[]>();
    for (const l of ctx.resources('elbv2:listener')) {
      listeners.set(l.attributes.loadBalancerArn, [
        ...(listeners.get(l.attributes.loadBalancerArn) ?? []),
        l,
      ]);
    }
    return ctx
      .resources('elbv2:load-balancer')
      .filter((lb) => alb(lb) && ctx.known(lb, 'listenerArns'))
      .flatMap((lb): RuleHit[] => {
        const plain = (listeners.get(lb.arn) ?? [])
          .filter((l) => l.attributes.protocol === 'HTTP' && !redirectsToHttps(l))
          .sort((a, b) => (a.attributes.port ?? 0) - (b.attributes.port ?? 0));
        const first = plain[0];
        if (!first) return [];
        return [
          {
            target: lb,
            message: `Application Load Balancer ${lb.name ?? lb.id}: its HTTP listener on port ${first.attributes.port ?? '?'} ${doing(first)} instead of redirecting to HTTPS${plain.length > 1 ? ` (and ${plain.length - 1} more HTTP listener${plain.length > 2 ? 's' : ''})` : ''}.`,
            evidence: {
              ...where(lb),
              httpListeners: plain.map((l) => ({
                port: l.attributes.port,
                defaultActions: l.attributes.defaultActions.map((a) => a.type),
              })),
            },
            templateValues: { listenerArn: first.arn },
          },
        ];
      });
  },
);

/** An attribute rule on ELBv2 load balancers: which ones it applies to and when one fails. */
function attributeRule(
  ctx: RuleContext,
  applies: (lb: LoadBalancer) => boolean,
  fails: (lb: LoadBalancer) => boolean,
  message: (lb: LoadBalancer) => string,
  evidence: (lb: LoadBalancer) => Record<string, unknown>,
): RuleHit[] {
  return ctx
    .resources('elbv2:load-balancer')
    .filter((lb) => applies(lb) && fails(lb))
    .map((lb) => ({ target: lb, message: message(lb), evidence: { ...where(lb), ...evidence(lb) } }));
}

export const albInvalidHeadersKept = defineRule(
  {
    id: 'elbv2.alb-invalid-headers-kept',
    title: 'Application Load Balancer does not drop invalid HTTP headers',
    severity: 'medium',
    category: 'security',
    resourceType: 'elbv2:load-balancer',
    reads: ['elbv2:load-balancer'],
    description:
      'An Application Load Balancer whose routing.http.drop_invalid_header_fields.enabled is false (the default): header fields whose names are not valid HTTP are passed on to the targets.',
    risk: 'Malformed headers reach applications that may parse them differently from the load balancer: a way into HTTP desync (request smuggling) and header injection.',
    remediation: {
      text: 'Turn on dropping invalid header fields, after checking no client relies on such headers.',
      cli: modifyCli('routing.http.drop_invalid_header_fields.enabled', 'true'),
      console: attributesConsole,
    },
    references: {
      fsbp: ['ELB.4'],
      docs: [`${ALB_DOCS}/application-load-balancers.html#load-balancer-attributes`],
    },
  },
  (ctx) =>
    attributeRule(
      ctx,
      (lb) => alb(lb) && ctx.known(lb, 'dropInvalidHeaderFields'),
      (lb) => lb.attributes.dropInvalidHeaderFields === false,
      (lb) =>
        `Application Load Balancer ${lb.name ?? lb.id} passes invalid HTTP header fields on to its targets.`,
      (lb) => ({ dropInvalidHeaderFields: lb.attributes.dropInvalidHeaderFields }),
    ),
);

export const albAccessLogsOff = defineRule(
  {
    id: 'elbv2.alb-access-logs-off',
    title: 'Application Load Balancer access logs are off',
    severity: 'medium',
    category: 'security',
    resourceType: 'elbv2:load-balancer',
    reads: ['elbv2:load-balancer'],
    description:
      'An Application Load Balancer whose access_logs.s3.enabled is false: no record of the requests it received (client, path, status, TLS cipher).',
    risk: 'After an attack or an outage there is no trace of who asked for what; the load balancer is often the only place that sees every request.',
    remediation: {
      text: 'Turn on access logs to an S3 bucket whose policy lets Elastic Load Balancing write to it (see the linked guide), with a lifecycle rule to expire old logs.',
      cli: 'aws elbv2 modify-load-balancer-attributes --region {region} --load-balancer-arn {arn} --attributes Key=access_logs.s3.enabled,Value=true Key=access_logs.s3.bucket,Value=BUCKET',
      console: attributesConsole,
    },
    references: {
      fsbp: ['ELB.5'],
      docs: [`${ALB_DOCS}/enable-access-logging.html`],
    },
  },
  (ctx) =>
    attributeRule(
      ctx,
      (lb) => alb(lb) && ctx.known(lb, 'accessLogsEnabled'),
      (lb) => lb.attributes.accessLogsEnabled === false,
      (lb) => `Application Load Balancer ${lb.name ?? lb.id} does not write access logs.`,
      (lb) => ({ accessLogsEnabled: lb.attributes.accessLogsEnabled }),
    ),
);

export const deletionProtectionOff = defineRule(
  {
    id: 'elbv2.deletion-protection-off',
    title: 'Load balancer deletion protection is off',
    severity: 'medium',
    category: 'reliability',
    resourceType: 'elbv2:load-balancer',
    reads: ['elbv2:load-balancer'],
    description:
      'An Application, Network or Gateway Load Balancer whose deletion_protection.enabled is false (the default).',
    risk: 'One mistaken delete (a console click, a stray script, an infrastructure-as-code change) takes the entry point down, and a new load balancer gets a new DNS name.',
    remediation: {
      text: 'Turn on deletion protection on load balancers that serve production traffic.',
      cli: modifyCli('deletion_protection.enabled', 'true'),
      console: attributesConsole,
    },
    references: {
      fsbp: ['ELB.6'],
      docs: [`${ALB_DOCS}/application-load-balancers.html#deletion-protection`],
    },
  },
  (ctx) =>
    attributeRule(
      ctx,
      (lb) => ctx.known(lb, 'deletionProtection'),
      (lb) => lb.attributes.deletionProtection === false,
      (lb) => `${label(lb)} has deletion protection off.`,
      (lb) => ({ deletionProtection: lb.attributes.deletionProtection }),
    ),
);

export const albDesyncMitigationWeak = defineRule(
  {
    id: 'elbv2.alb-desync-mitigation-weak',
    title: 'Application Load Balancer desync mitigation is neither defensive nor strictest',
    severity: 'medium',
    category: 'security',
    resourceType: 'elbv2:load-balancer',
    reads: ['elbv2:load-balancer'],
    description:
      'An Application Load Balancer whose routing.http.desync_mitigation_mode is monitor: requests that could desynchronise it from its targets are passed on, only counted.',
    risk: "HTTP desync (request smuggling) lets an attacker prepend their request to another user's: cache poisoning, stolen sessions, bypassed access rules.",
    remediation: {
      text: 'Set desync mitigation mode to defensive (the default) or strictest.',
      cli: modifyCli('routing.http.desync_mitigation_mode', 'defensive'),
      console: attributesConsole,
    },
    references: {
      fsbp: ['ELB.12'],
      docs: [`${ALB_DOCS}/application-load-balancers.html#desync-mitigation-mode`],
    },
  },
  (ctx) =>
    attributeRule(
      ctx,
      (lb) => alb(lb) && ctx.known(lb, 'desyncMitigationMode') && lb.attributes.desyncMitigationMode !== null,
      (lb) => !SAFE_DESYNC_MODES.includes(lb.attributes.desyncMitigationMode ?? ''),
      (lb) =>
        `Application Load Balancer ${lb.name ?? lb.id} has desync mitigation mode ${lb.attributes.desyncMitigationMode ?? ''}.`,
      (lb) => ({ desyncMitigationMode: lb.attributes.desyncMitigationMode }),
    ),
);

export const singleAvailabilityZone = defineRule(
  {
    id: 'elbv2.single-az',
    title: `Load balancer spans fewer than ${MIN_AVAILABILITY_ZONES} Availability Zones`,
    severity: 'medium',
    category: 'reliability',
    resourceType: 'elbv2:load-balancer',
    reads: ['elbv2:load-balancer'],
    description: `An Application, Network or Gateway Load Balancer enabled in fewer than ${MIN_AVAILABILITY_ZONES} Availability Zones (FSBP ELB.13's minAvailabilityZones default). Application Load Balancers need two; a Network or Gateway one can be made in one.`,
    risk: 'When that zone fails, the load balancer and everything behind it are unreachable.',
    remediation: {
      text: 'Enable a subnet in a second Availability Zone, with targets registered there.',
      cli: 'aws elbv2 set-subnets --region {region} --load-balancer-arn {arn} --subnets SUBNET_A SUBNET_B',
      console: 'EC2 console > Load balancers > the load balancer > Network mapping > Edit subnets',
    },
    references: {
      fsbp: ['ELB.13'],
      docs: [`${ALB_DOCS}/load-balancer-subnets.html`],
    },
    deviations: {
      'FSBP ELB.13':
        "Judged on the Availability Zones the load balancer is enabled in (DescribeLoadBalancers); the control's text counts the zones of registered instances, which needs a target health read per target group.",
    },
  },
  (ctx) =>
    attributeRule(
      ctx,
      (lb) => lb.attributes.availabilityZones.length > 0,
      (lb) => lb.attributes.availabilityZones.length < MIN_AVAILABILITY_ZONES,
      (lb) =>
        `${label(lb)} is enabled in ${lb.attributes.availabilityZones.length} Availability Zone (${lb.attributes.availabilityZones.join(', ')}).`,
      (lb) => ({ availabilityZones: lb.attributes.availabilityZones, subnetIds: lb.attributes.subnetIds }),
    ),
);

/** FSBP ELB.17's `sslPolicies` (not customizable), as the control lists them. */
export const ELB17_POLICIES: readonly string[] = [
  'ELBSecurityPolicy-TLS13-1-3-2021-06',
  'ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04',
  'ELBSecurityPolicy-TLS13-1-2-Res-2021-06',
  'ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04',
  'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09',
  'ELBSecurityPolicy-TLS13-1-3-PQ-2025-09',
  'ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09',
  'ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09',
];

/** HTTPS on an Application, TLS on a Network Load Balancer: the listeners with a security policy. */
const tlsListener = (l: Listener) =>
  (l.attributes.loadBalancerType === 'application' && l.attributes.protocol === 'HTTPS') ||
  (l.attributes.loadBalancerType === 'network' && l.attributes.protocol === 'TLS');

export const listenerTlsPolicyOutdated = defineRule(
  {
    id: 'elbv2.listener-tls-policy-outdated',
    title: 'HTTPS or TLS listener does not use a recommended security policy',
    severity: 'medium',
    category: 'security',
    resourceType: 'elbv2:listener',
    reads: ['elbv2:listener'],
    description: `An HTTPS listener of an Application or a TLS listener of a Network Load Balancer whose security policy is not one FSBP ELB.17 lists (${ELB17_POLICIES.join(', ')}). High when the policy still accepts TLS 1.0 or 1.1 (ELBSecurityPolicy-2016-08, the old default, does).`,
    risk: 'Old protocol versions and ciphers (TLS 1.0/1.1, CBC suites without forward secrecy) let a network attacker downgrade or decrypt sessions, and fail PCI DSS and most audits.',
    remediation: {
      text: 'Switch the listener to ELBSecurityPolicy-TLS13-1-2-Res-2021-06 (TLS 1.2 and 1.3, strong ciphers), or a TLS 1.3-only policy where every client supports it.',
      cli: 'aws elbv2 modify-listener --region {region} --listener-arn {arn} --ssl-policy ELBSecurityPolicy-TLS13-1-2-Res-2021-06',
      console:
        'EC2 console > Load balancers > the load balancer > Listeners > the listener > Edit > Security policy',
    },
    references: {
      fsbp: ['ELB.17'],
      docs: [`${ALB_DOCS}/describe-ssl-policies.html`, `${ELB_DOCS}/network/describe-ssl-policies.html`],
    },
  },
  (ctx) =>
    ctx
      .resources('elbv2:listener')
      .filter((l) => tlsListener(l) && l.attributes.sslPolicy !== null)
      .filter((l) => !ELB17_POLICIES.includes(l.attributes.sslPolicy ?? ''))
      .map((l): RuleHit => {
        const policy = l.attributes.sslPolicy;
        const old = allowsOldTls(policy);
        return {
          target: l,
          message: `${l.attributes.protocol ?? ''} listener ${l.name ?? l.id} uses ${policy ?? ''}${old ? `, which accepts TLS ${minimumTls(policy) ?? ''}` : ''}, not a recommended security policy.`,
          severity: old ? 'high' : 'medium',
          evidence: {
            loadBalancer: l.attributes.loadBalancerName,
            protocol: l.attributes.protocol,
            port: l.attributes.port,
            sslPolicy: policy,
            minimumTls: minimumTls(policy),
          },
        };
      }),
);

export const listenerNotEncrypted = defineRule(
  {
    id: 'elbv2.listener-not-encrypted',
    title: 'Load balancer listener does not encrypt (neither HTTPS nor TLS)',
    severity: 'medium',
    category: 'security',
    resourceType: 'elbv2:listener',
    reads: ['elbv2:listener'],
    description:
      "A listener of an Application Load Balancer that is not HTTPS, or of a Network Load Balancer that is not TLS (TCP, UDP, TCP_UDP), as FSBP ELB.18 judges. Low for an HTTP listener that only redirects to HTTPS (the control still fails it); a Network Load Balancer's TCP listener may pass TLS through to targets that terminate it, which the scan cannot see.",
    risk: 'Traffic between clients and the load balancer crosses the network in clear text unless the application encrypts it itself.',
    remediation: {
      text: 'Serve the application on an HTTPS (Application) or TLS (Network) listener with an ACM certificate; keep an HTTP listener only to redirect to HTTPS.',
      console: 'EC2 console > Load balancers > the load balancer > Listeners > Add listener',
    },
    references: {
      fsbp: ['ELB.18'],
      docs: [`${ALB_DOCS}/create-https-listener.html`, `${ELB_DOCS}/network/create-tls-listener.html`],
    },
    deviations: {
      'FSBP ELB.18':
        "QUIC and TCP_QUIC listeners of a Network Load Balancer are not reported: QUIC carries TLS 1.3 by design, though the control's text accepts TLS listeners only.",
    },
  },
  (ctx) =>
    ctx
      .resources('elbv2:listener')
      .filter((l) => l.attributes.protocol !== null)
      .filter(
        (l) =>
          (l.attributes.loadBalancerType === 'application' && l.attributes.protocol !== 'HTTPS') ||
          (l.attributes.loadBalancerType === 'network' &&
            !['TLS', 'QUIC', 'TCP_QUIC'].includes(l.attributes.protocol ?? '')),
      )
      .map((l): RuleHit => {
        const redirect = l.attributes.protocol === 'HTTP' && redirectsToHttps(l);
        return {
          target: l,
          message: `${l.attributes.protocol ?? ''} listener ${l.name ?? l.id} of ${l.attributes.loadBalancerType ?? ''} load balancer ${l.attributes.loadBalancerName ?? ''} ${redirect ? 'only redirects to HTTPS, but is not encrypted itself' : 'does not encrypt traffic'}.`,
          severity: redirect ? 'low' : 'medium',
          evidence: {
            loadBalancer: l.attributes.loadBalancerName,
            protocol: l.attributes.protocol,
            port: l.attributes.port,
            defaultActions: l.attributes.defaultActions.map((a) => a.type),
          },
        };
      }),
);

export const loadBalancerIdle = defineRule(
  {
    id: 'elbv2.load-balancer-idle',
    title: 'Load balancer carried no traffic',
    severity: 'low',
    category: 'cost',
    resourceType: 'elbv2:load-balancer',
    reads: ['elbv2:load-balancer'],
    description:
      "An active Application, Network or Gateway Load Balancer whose CloudWatch metrics show no request (Application: RequestCount) or no new flow and no byte (Network, Gateway: NewFlowCount, ProcessedBytes) over the scan's traffic window (14 days), while it existed for that long. Unknown traffic is never called idle.",
    risk: 'It is billed every hour for nothing (capacity units accrue only with traffic); often a leftover of a deleted environment, still reachable by its DNS name.',
    remediation: {
      text: 'Check that no DNS record, client or service still points at its DNS name, then delete it (turn deletion protection off first). Its target groups stay and cost nothing.',
      cli: 'aws elbv2 delete-load-balancer --region {region} --load-balancer-arn {arn}',
      console: 'EC2 console > Load balancers > the load balancer > Actions > Delete load balancer',
    },
    references: { docs: [`${ALB_DOCS}/load-balancer-cloudwatch-metrics.html`] },
  },
  (ctx) =>
    ctx
      .resources('elbv2:load-balancer')
      .filter((lb) => isIdleLoadBalancer(ctx, lb, ctx.known(lb, 'traffic'), lb.attributes.traffic))
      .flatMap((lb): RuleHit[] => {
        const traffic = lb.attributes.traffic;
        if (!traffic) return [];
        const cost = loadBalancerHours(lb.attributes.loadBalancerType, lb.region, true);
        return [
          {
            target: lb,
            message: `${label(lb)} carried ${nothingCarried(traffic)} in the last ${traffic.windowDays} days${cost ? ` and costs $${cost.monthlyUsd.toFixed(2)} a month` : ''}.`,
            evidence: { ...where(lb), createdAt: lb.createdAt, traffic },
            ...(cost ? { cost } : {}),
          },
        ];
      }),
);

type TargetGroup = ResourceOfType<'elbv2:target-group'>;
const groupLabel = (g: TargetGroup) => `Target group ${g.name ?? g.id}`;
/** Gateway Load Balancers' GENEVE groups and Lambda targets are outside both controls. */
const gatewayOrLambda = (g: TargetGroup) =>
  g.attributes.protocol === 'GENEVE' || g.attributes.targetType === 'lambda';
const groupEvidence = (g: TargetGroup) => ({
  protocol: g.attributes.protocol,
  port: g.attributes.port,
  targetType: g.attributes.targetType,
  healthCheckProtocol: g.attributes.healthCheckProtocol,
  loadBalancerArns: g.attributes.loadBalancerArns,
});
/** Why both are low: encryption usually ends at the load balancer, inside the VPC, by design. */
const groupRisk =
  'Requests (or health checks) cross the VPC in clear text between the load balancer and its targets: readable by anything that can capture traffic there. Ending TLS at the load balancer is a common, deliberate design, hence low.';

export const targetGroupUnencrypted = defineRule(
  {
    id: 'elbv2.target-group-unencrypted',
    title: 'Target group sends traffic to its targets unencrypted',
    severity: 'low',
    category: 'security',
    resourceType: 'elbv2:target-group',
    reads: ['elbv2:target-group'],
    description:
      'A target group whose protocol is not HTTPS, TLS or QUIC (HTTP, TCP, UDP, TCP_UDP), as FSBP ELB.22 judges; Lambda and ALB target types and GENEVE groups are out of its scope.',
    risk: groupRisk,
    remediation: {
      text: "Where the data needs encryption up to the targets, create an HTTPS or TLS target group (a group's protocol cannot be changed), serve TLS on the targets, and switch the listeners to it.",
      console: 'EC2 console > Target groups > Create target group',
    },
    references: { fsbp: ['ELB.22'], docs: [`${ALB_DOCS}/create-target-group.html`] },
  },
  (ctx) =>
    ctx
      .resources('elbv2:target-group')
      .filter(
        (g) => g.attributes.protocol !== null && !gatewayOrLambda(g) && g.attributes.targetType !== 'alb',
      )
      .filter((g) => !['HTTPS', 'TLS', 'QUIC'].includes(g.attributes.protocol ?? ''))
      .map((g) => ({
        target: g,
        message: `${groupLabel(g)} sends ${g.attributes.protocol ?? ''} to its targets on port ${g.attributes.port ?? '?'}, unencrypted.`,
        evidence: groupEvidence(g),
      })),
);

export const targetGroupHealthCheckUnencrypted = defineRule(
  {
    id: 'elbv2.target-group-health-check-unencrypted',
    title: 'Target group health checks are not HTTPS',
    severity: 'low',
    category: 'security',
    resourceType: 'elbv2:target-group',
    reads: ['elbv2:target-group'],
    description:
      "A target group of an Application or Network Load Balancer whose health check protocol is not HTTPS (HTTP or TCP), as FSBP ELB.21 judges; Lambda targets and Gateway Load Balancers' GENEVE groups are out of its scope.",
    risk: groupRisk,
    remediation: {
      text: 'Serve the health check path over TLS on the targets and set the health check protocol to HTTPS.',
      cli: 'aws elbv2 modify-target-group --region {region} --target-group-arn {arn} --health-check-protocol HTTPS',
      console: 'EC2 console > Target groups > the group > Health checks > Edit',
    },
    references: { fsbp: ['ELB.21'], docs: [`${ALB_DOCS}/modify-health-check-settings.html`] },
  },
  (ctx) =>
    ctx
      .resources('elbv2:target-group')
      .filter((g) => g.attributes.healthCheckProtocol !== null && !gatewayOrLambda(g))
      .filter((g) => g.attributes.healthCheckProtocol !== 'HTTPS')
      .map((g) => ({
        target: g,
        message: `${groupLabel(g)} health-checks its targets over ${g.attributes.healthCheckProtocol ?? ''}, not HTTPS.`,
        evidence: groupEvidence(g),
      })),
);

/** ALB ARNs a web ACL protects, per account and region; null where any ACL's associations are unknown. */
function protectedArns(ctx: RuleContext): Map<string, Set<string> | null> {
  const byScope = new Map<string, Set<string> | null>();
  for (const acl of ctx.resources('wafv2:web-acl')) {
    const scope = `${acl.account}/${acl.region}`;
    const arns = ctx.known(acl, 'associatedResourceArns') ? acl.attributes.associatedResourceArns : null;
    const seen = byScope.get(scope);
    if (arns === null || seen === null) byScope.set(scope, null);
    else byScope.set(scope, new Set([...(seen ?? []), ...arns]));
  }
  return byScope;
}

export const albWithoutWaf = defineRule(
  {
    id: 'elbv2.alb-without-waf',
    title: 'Internet-facing Application Load Balancer has no WAF web ACL',
    severity: 'medium',
    category: 'security',
    resourceType: 'elbv2:load-balancer',
    reads: ['elbv2:load-balancer', 'wafv2:web-acl'],
    description:
      "An internet-facing Application Load Balancer that no regional WAFv2 web ACL of its account lists among the resources it protects (ListResourcesForWebACL). Judged only where every web ACL of the account's region had its associations read. AWS's ELB.16 checks the same, but it is not part of the FSBP standard table this tool cites, so no control is cited.",
    risk: 'Requests from the internet reach the application with no managed protection: common exploits (SQL injection, known bad inputs), bots and floods of requests are filtered only by the application itself.',
    remediation: {
      text: "Associate a web ACL with the load balancer, starting with AWS's managed rule groups (core rule set, known bad inputs, IP reputation) in count mode, then block once their matches are understood.",
      cli: 'aws wafv2 associate-web-acl --region {region} --web-acl-arn WEB_ACL_ARN --resource-arn {arn}',
      console: 'EC2 console > Load balancers > the load balancer > Integrations > AWS WAF',
    },
    references: {
      docs: [
        'https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-associating-aws-resource.html',
        'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-16',
      ],
    },
  },
  (ctx) => {
    const protectedBy = protectedArns(ctx);
    return ctx
      .resources('elbv2:load-balancer')
      .filter((lb) => alb(lb) && lb.attributes.scheme === 'internet-facing')
      .flatMap((lb): RuleHit[] => {
        const arns = protectedBy.get(`${lb.account}/${lb.region}`);
        // No web ACL in the region protects nothing; one with unknown associations is not judged.
        if (arns === null || arns?.has(lb.arn)) return [];
        return [
          {
            target: lb,
            message: `Internet-facing ${label(lb)} has no WAF web ACL: requests from the internet reach its targets unfiltered.`,
            evidence: { ...where(lb), webAclsInRegion: arns !== undefined },
          },
        ];
      });
  },
);
