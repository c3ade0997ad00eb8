import type { AttributesOf, ResourceOfType } from '../../inventory/resources/index.js';
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

type LoadBalancer = ResourceOfType<'elb:load-balancer'>;
type Listener = AttributesOf<'elb:load-balancer'>['listeners'][number];

const CLB_DOCS = `${ELB_DOCS}/classic`;
const attributesConsole = 'EC2 console > Load balancers > the Classic Load Balancer > Attributes > Edit';
const modifyCli = (attributes: string) =>
  `aws elb modify-load-balancer-attributes --region {region} --load-balancer-name {name} --load-balancer-attributes '${attributes}'`;

/** HTTPS and SSL listeners terminate TLS at the load balancer. */
const secure = (l: Listener) => l.protocol === 'HTTPS' || l.protocol === 'SSL';
const where = (lb: LoadBalancer) => ({ scheme: lb.attributes.scheme, dnsName: lb.attributes.dnsName });
const ports = (listeners: readonly Listener[]) => listeners.map((l) => `${l.protocol} ${l.port}`).join(', ');

/** One hit per Classic Load Balancer that `fails`, judged only where `known` holds. */
function judge(
  ctx: RuleContext,
  known: (lb: LoadBalancer) => boolean,
  fails: (lb: LoadBalancer) => boolean,
  message: (lb: LoadBalancer) => string,
  evidence: (lb: LoadBalancer) => Record<string, unknown>,
): RuleHit[] {
  return ctx
    .resources('elb:load-balancer')
    .filter((lb) => known(lb) && fails(lb))
    .map((lb) => ({ target: lb, message: message(lb), evidence: { ...where(lb), ...evidence(lb) } }));
}

export const listenerNotEncrypted = defineRule(
  {
    id: 'elb.listener-not-encrypted',
    title: 'Classic Load Balancer listener is neither HTTPS nor SSL',
    severity: 'medium',
    category: 'security',
    resourceType: 'elb:load-balancer',
    reads: ['elb:load-balancer'],
    description:
      'A Classic Load Balancer with a listener whose front-end protocol is HTTP or TCP: clients reach it unencrypted.',
    risk: 'Requests, responses and any credentials in them cross the network in clear text between clients and the load balancer.',
    remediation: {
      text: 'Serve clients on HTTPS or SSL listeners with an ACM certificate and remove the plain ones; better, move to an Application or Network Load Balancer, which can redirect HTTP to HTTPS.',
      console: 'EC2 console > Load balancers > the Classic Load Balancer > Listeners > Edit',
    },
    references: { fsbp: ['ELB.3'], docs: [`${CLB_DOCS}/elb-listener-config.html`] },
  },
  (ctx) =>
    judge(
      ctx,
      () => true,
      (lb) => lb.attributes.listeners.some((l) => !secure(l)),
      (lb) =>
        `Classic Load Balancer ${lb.id} has unencrypted listeners: ${ports(lb.attributes.listeners.filter((l) => !secure(l)))}.`,
      (lb) => ({ listeners: lb.attributes.listeners.map((l) => ({ protocol: l.protocol, port: l.port })) }),
    ),
);

/** HTTPS/SSL listeners whose certificate is not an ACM one (an IAM server certificate). */
const notAcm = (lb: LoadBalancer) =>
  lb.attributes.listeners.filter(
    (l) => secure(l) && l.sslCertificateId !== null && !/^arn:[^:]+:acm:/.test(l.sslCertificateId),
  );

export const certificateNotAcm = defineRule(
  {
    id: 'elb.certificate-not-acm',
    title: 'Classic Load Balancer HTTPS/SSL listener uses a certificate not from ACM',
    severity: 'medium',
    category: 'security',
    resourceType: 'elb:load-balancer',
    reads: ['elb:load-balancer'],
    description:
      'A Classic Load Balancer HTTPS or SSL listener whose certificate is an IAM server certificate, not one from AWS Certificate Manager.',
    risk: "IAM server certificates are uploaded by hand and never renewed by AWS: they expire unnoticed and break every connection; their private keys went through someone's hands.",
    remediation: {
      text: 'Request (or import) the certificate in ACM, where issued ones renew themselves, and set it on the listener.',
      cli: 'aws elb set-load-balancer-listener-ssl-certificate --region {region} --load-balancer-name {name} --load-balancer-port {port} --ssl-certificate-id ACM_CERTIFICATE_ARN',
      console:
        'EC2 console > Load balancers > the Classic Load Balancer > Listeners > Edit > SSL certificate',
    },
    references: { fsbp: ['ELB.2'], docs: [`${CLB_DOCS}/elb-update-ssl-cert.html`] },
  },
  (ctx) =>
    ctx.resources('elb:load-balancer').flatMap((lb): RuleHit[] => {
      const listeners = notAcm(lb);
      const first = listeners[0];
      if (!first) return [];
      return [
        {
          target: lb,
          message: `Classic Load Balancer ${lb.id} serves ${ports(listeners)} with a certificate not from ACM (${first.sslCertificateId ?? ''}).`,
          evidence: {
            ...where(lb),
            listeners: listeners.map((l) => ({ port: l.port, certificate: l.sslCertificateId })),
          },
          templateValues: { port: String(first.port) },
        },
      ];
    }),
);

export const accessLogsOff = defineRule(
  {
    id: 'elb.access-logs-off',
    title: 'Classic Load Balancer access logs are off',
    severity: 'medium',
    category: 'security',
    resourceType: 'elb:load-balancer',
    reads: ['elb:load-balancer'],
    description: 'A Classic Load Balancer whose access logs (AccessLog.Enabled) are off.',
    risk: 'After an attack or an outage there is no trace of who asked for what; the load balancer is often the only place that sees every request.',
    remediation: {
      text: 'Turn on access logs to an S3 bucket whose policy lets Elastic Load Balancing write to it, with a lifecycle rule to expire old logs.',
      cli: modifyCli('{"AccessLog":{"Enabled":true,"S3BucketName":"BUCKET","EmitInterval":60}}'),
      console: attributesConsole,
    },
    references: { fsbp: ['ELB.5'], docs: [`${CLB_DOCS}/access-log-collection.html`] },
  },
  (ctx) =>
    judge(
      ctx,
      (lb) => ctx.known(lb, 'accessLogsEnabled'),
      (lb) => lb.attributes.accessLogsEnabled === false,
      (lb) => `Classic Load Balancer ${lb.id} does not write access logs.`,
      (lb) => ({ accessLogsEnabled: lb.attributes.accessLogsEnabled }),
    ),
);

export const connectionDrainingOff = defineRule(
  {
    id: 'elb.connection-draining-off',
    title: 'Classic Load Balancer connection draining is off',
    severity: 'low',
    category: 'reliability',
    resourceType: 'elb:load-balancer',
    reads: ['elb:load-balancer'],
    description: 'A Classic Load Balancer whose connection draining (ConnectionDraining.Enabled) is off.',
    risk: 'Requests in flight to an instance being deregistered or found unhealthy are cut off: errors on every deploy and scale-in.',
    remediation: {
      text: 'Turn on connection draining with a timeout that covers the longest normal request (300 seconds by default).',
      cli: modifyCli('{"ConnectionDraining":{"Enabled":true,"Timeout":300}}'),
      console: attributesConsole,
    },
    references: { fsbp: ['ELB.7'], docs: [`${CLB_DOCS}/config-conn-drain.html`] },
  },
  (ctx) =>
    judge(
      ctx,
      (lb) => ctx.known(lb, 'connectionDraining'),
      (lb) => lb.attributes.connectionDraining === false,
      (lb) => `Classic Load Balancer ${lb.id} has connection draining off.`,
      (lb) => ({ connectionDraining: lb.attributes.connectionDraining }),
    ),
);

/** FSBP ELB.8's `predefinedPolicyName` (not customizable). */
export const ELB8_POLICY = 'ELBSecurityPolicy-TLS-1-2-2017-01';

/** Each HTTPS/SSL listener's SSL negotiation policy, where the policies were read and one is named. */
function listenerPolicies(lb: LoadBalancer) {
  return lb.attributes.listeners.filter(secure).flatMap((l) => {
    const policy = lb.attributes.sslPolicies.find((p) => l.policyNames.includes(p.policyName));
    return policy ? [{ port: l.port, protocol: l.protocol, ...policy }] : [];
  });
}

export const tlsPolicyOutdated = defineRule(
  {
    id: 'elb.tls-policy-outdated',
    title: `Classic Load Balancer HTTPS/SSL listener does not use ${ELB8_POLICY}`,
    severity: 'medium',
    category: 'security',
    resourceType: 'elb:load-balancer',
    reads: ['elb:load-balancer'],
    description: `A Classic Load Balancer HTTPS or SSL listener whose SSL negotiation policy is not the predefined ${ELB8_POLICY} (FSBP ELB.8's policy): another predefined one, or a custom cipher list. High when the predefined policy it copies accepts TLS 1.0 or 1.1 (ELBSecurityPolicy-2016-08, the default, does).`,
    risk: 'Old protocol versions and ciphers (TLS 1.0/1.1, CBC suites without forward secrecy) let a network attacker downgrade or decrypt sessions, and fail PCI DSS and most audits.',
    remediation: {
      // Two commands (create the policy, then set it on the listener): no single CLI line.
      text: `Create an SSLNegotiationPolicyType policy whose Reference-Security-Policy is ${ELB8_POLICY} (aws elb create-load-balancer-policy), set it on the listener (aws elb set-load-balancer-policies-of-listener), after checking that no client needs TLS below 1.2.`,
      console:
        'EC2 console > Load balancers > the Classic Load Balancer > Listeners > Edit > Security policy',
    },
    references: { fsbp: ['ELB.8'], docs: [`${CLB_DOCS}/elb-security-policy-table.html`] },
  },
  (ctx) =>
    ctx
      .resources('elb:load-balancer')
      .filter((lb) => ctx.known(lb, 'sslPolicies'))
      .flatMap((lb): RuleHit[] => {
        const weak = listenerPolicies(lb).filter((p) => p.referenceSecurityPolicy !== ELB8_POLICY);
        const first = weak[0];
        if (!first) return [];
        const old = weak.some((p) => allowsOldTls(p.referenceSecurityPolicy));
        const reference = first.referenceSecurityPolicy;
        return [
          {
            target: lb,
            message: `Classic Load Balancer ${lb.id}: its ${first.protocol} listener on port ${first.port} uses ${reference ? `${reference}${allowsOldTls(reference) ? `, which accepts TLS ${minimumTls(reference) ?? ''}` : ''}` : `the custom policy ${first.policyName}`}, not ${ELB8_POLICY}${weak.length > 1 ? ` (and ${weak.length - 1} more listener${weak.length > 2 ? 's' : ''})` : ''}.`,
            severity: old ? 'high' : 'medium',
            evidence: {
              ...where(lb),
              listeners: weak.map((p) => ({
                port: p.port,
                policyName: p.policyName,
                referenceSecurityPolicy: p.referenceSecurityPolicy,
                minimumTls: minimumTls(p.referenceSecurityPolicy),
              })),
            },
          },
        ];
      }),
);

export const crossZoneOff = defineRule(
  {
    id: 'elb.cross-zone-off',
    title: 'Classic Load Balancer cross-zone load balancing is off',
    severity: 'medium',
    category: 'reliability',
    resourceType: 'elb:load-balancer',
    reads: ['elb:load-balancer'],
    description:
      'A Classic Load Balancer whose cross-zone load balancing (CrossZoneLoadBalancing.Enabled) is off: each node sends requests only to instances in its own zone.',
    risk: "With uneven instances per zone, some are overloaded while others idle; losing the instances of one zone drops that zone's share of requests.",
    remediation: {
      text: 'Turn on cross-zone load balancing (free for Classic Load Balancers).',
      cli: modifyCli('{"CrossZoneLoadBalancing":{"Enabled":true}}'),
      console: attributesConsole,
    },
    references: { fsbp: ['ELB.9'], docs: [`${CLB_DOCS}/enable-disable-crosszone-lb.html`] },
  },
  (ctx) =>
    judge(
      ctx,
      (lb) => ctx.known(lb, 'crossZoneLoadBalancing'),
      (lb) => lb.attributes.crossZoneLoadBalancing === false,
      (lb) => `Classic Load Balancer ${lb.id} has cross-zone load balancing off.`,
      (lb) => ({ crossZoneLoadBalancing: lb.attributes.crossZoneLoadBalancing }),
    ),
);

export const singleAvailabilityZone = defineRule(
  {
    id: 'elb.single-az',
    title: `Classic Load Balancer spans fewer than ${MIN_AVAILABILITY_ZONES} Availability Zones`,
    severity: 'medium',
    category: 'reliability',
    resourceType: 'elb:load-balancer',
    reads: ['elb:load-balancer'],
    description: `A Classic Load Balancer enabled in fewer than ${MIN_AVAILABILITY_ZONES} Availability Zones (FSBP ELB.10's minAvailabilityZones default).`,
    risk: 'When that zone fails, the load balancer and everything behind it are unreachable.',
    remediation: {
      text: 'Add a subnet (or zone) in a second Availability Zone, with instances registered there.',
      cli: 'aws elb attach-load-balancer-to-subnets --region {region} --load-balancer-name {name} --subnets SUBNET_ID',
      console: 'EC2 console > Load balancers > the Classic Load Balancer > Network mapping > Edit subnets',
    },
    references: { fsbp: ['ELB.10'], docs: [`${CLB_DOCS}/elb-manage-subnets.html`] },
  },
  (ctx) =>
    judge(
      ctx,
      (lb) => lb.attributes.availabilityZones.length > 0,
      (lb) => lb.attributes.availabilityZones.length < MIN_AVAILABILITY_ZONES,
      (lb) =>
        `Classic Load Balancer ${lb.id} is enabled in ${lb.attributes.availabilityZones.length} Availability Zone (${lb.attributes.availabilityZones.join(', ')}).`,
      (lb) => ({ availabilityZones: lb.attributes.availabilityZones }),
    ),
);

export const desyncMitigationWeak = defineRule(
  {
    id: 'elb.desync-mitigation-weak',
    title: 'Classic Load Balancer desync mitigation is neither defensive nor strictest',
    severity: 'medium',
    category: 'security',
    resourceType: 'elb:load-balancer',
    reads: ['elb:load-balancer'],
    description:
      'A Classic Load Balancer whose elb.http.desyncmitigationmode is monitor: requests that could desynchronise it from its instances are passed on, only counted.',
    risk: "HTTP desync (request smuggling) lets an attacker prepend their request to another user's: cache poisoning, stolen sessions, bypassed access rules.",
    remediation: {
      text: 'Set desync mitigation mode to defensive (the default) or strictest.',
      cli: modifyCli(
        '{"AdditionalAttributes":[{"Key":"elb.http.desyncmitigationmode","Value":"defensive"}]}',
      ),
      console: attributesConsole,
    },
    references: { fsbp: ['ELB.14'], docs: [`${CLB_DOCS}/config-desync-mitigation-mode.html`] },
  },
  (ctx) =>
    judge(
      ctx,
      (lb) => ctx.known(lb, 'desyncMitigationMode') && lb.attributes.desyncMitigationMode !== null,
      (lb) => !SAFE_DESYNC_MODES.includes(lb.attributes.desyncMitigationMode ?? ''),
      (lb) =>
        `Classic Load Balancer ${lb.id} has desync mitigation mode ${lb.attributes.desyncMitigationMode ?? ''}.`,
      (lb) => ({ desyncMitigationMode: lb.attributes.desyncMitigationMode }),
    ),
);

const idle = (ctx: RuleContext, lb: LoadBalancer) =>
  isIdleLoadBalancer(ctx, lb, ctx.known(lb, 'traffic'), lb.attributes.traffic);
const deleteCli = 'aws elb delete-load-balancer --region {region} --load-balancer-name {name}';
const deleteConsole =
  'EC2 console > Load balancers > the Classic Load Balancer > Actions > Delete load balancer';

export const loadBalancerIdle = defineRule(
  {
    id: 'elb.load-balancer-idle',
    title: 'Classic Load Balancer carried no traffic',
    severity: 'low',
    category: 'cost',
    resourceType: 'elb:load-balancer',
    reads: ['elb:load-balancer'],
    description:
      "A Classic Load Balancer whose CloudWatch RequestCount (requests, or connections on TCP listeners) is zero over the scan's traffic window (14 days), while it existed for that long. Unknown traffic is never called idle.",
    risk: 'It is billed every hour for nothing; often a leftover of a deleted environment, still reachable by its DNS name.',
    remediation: {
      text: 'Check that no DNS record or client still points at its DNS name, then delete it.',
      cli: deleteCli,
      console: deleteConsole,
    },
    references: { docs: [`${CLB_DOCS}/elb-cloudwatch-metrics.html`] },
  },
  (ctx) =>
    ctx
      .resources('elb:load-balancer')
      .filter((lb) => idle(ctx, lb))
      .flatMap((lb): RuleHit[] => {
        const traffic = lb.attributes.traffic;
        const cost = loadBalancerHours('classic', lb.region, true);
        if (!traffic || !cost) return [];
        return [
          {
            target: lb,
            message: `Classic Load Balancer ${lb.id} carried ${nothingCarried(traffic)} in the last ${traffic.windowDays} days and costs $${cost.monthlyUsd.toFixed(2)} a month.`,
            evidence: {
              ...where(lb),
              createdAt: lb.createdAt,
              instanceCount: lb.attributes.instanceCount,
              traffic,
            },
            cost,
          },
        ];
      }),
);

export const noInstances = defineRule(
  {
    id: 'elb.no-instances',
    title: 'Classic Load Balancer has no registered instance',
    severity: 'low',
    category: 'cost',
    resourceType: 'elb:load-balancer',
    reads: ['elb:load-balancer'],
    description:
      'A Classic Load Balancer with no instance registered (from its DescribeLoadBalancers entry, no extra call): every request it gets fails. One already reported as idle is left to elb.load-balancer-idle.',
    risk: 'It is billed every hour while it can only answer errors; often a leftover whose instances were terminated.',
    remediation: {
      text: 'Register the instances it should serve, or delete it if nothing should.',
      cli: deleteCli,
      console: deleteConsole,
    },
    references: { docs: [`${CLB_DOCS}/elb-deregister-register-instances.html`] },
  },
  (ctx) =>
    ctx
      .resources('elb:load-balancer')
      .filter((lb) => lb.attributes.instanceCount === 0 && !idle(ctx, lb))
      .flatMap((lb): RuleHit[] => {
        const cost = loadBalancerHours('classic', lb.region, true);
        if (!cost) return [];
        return [
          {
            target: lb,
            message: `Classic Load Balancer ${lb.id} has no registered instance and costs $${cost.monthlyUsd.toFixed(2)} a month.`,
            evidence: {
              ...where(lb),
              instanceCount: 0,
              traffic: ctx.known(lb, 'traffic') ? lb.attributes.traffic : 'unknown',
            },
            cost,
          },
        ];
      }),
);
