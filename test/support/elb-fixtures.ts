import type { AttributesOf } from '../../src/inventory/resources/index.js';
import { ACCOUNT, resource } from './inventory-builder.js';

type LbAttributes = AttributesOf<'elbv2:load-balancer'>;
type ListenerAttributes = AttributesOf<'elbv2:listener'>;

const lbArn = (name: string, kind: string, region: string) =>
  `arn:aws:elasticloadbalancing:${region}:${ACCOUNT}:loadbalancer/${kind === 'network' ? 'net' : kind === 'gateway' ? 'gwy' : 'app'}/${name}/0123456789abcdef`;

/** An ELBv2 load balancer, well configured and busy unless told otherwise. */
export function elbv2LoadBalancer(
  name: string,
  more: Partial<LbAttributes> = {},
  envelope: { region?: string; createdAt?: string; state?: string; unknownAttributes?: string[] } = {},
) {
  const region = envelope.region ?? 'us-east-1';
  const kind = more.loadBalancerType ?? 'application';
  const application = kind === 'application';
  return resource(
    'elbv2:load-balancer',
    `${kind === 'network' ? 'net' : kind === 'gateway' ? 'gwy' : 'app'}/${name}/0123456789abcdef`,
    {
      loadBalancerType: kind,
      scheme: 'internet-facing',
      dnsName: `${name}-1.${region}.elb.amazonaws.com`,
      vpcId: 'vpc-1',
      ipAddressType: 'ipv4',
      availabilityZones: [`${region}a`, `${region}b`],
      subnetIds: ['subnet-a', 'subnet-b'],
      securityGroups: application ? ['sg-1'] : [],
      listenerArns: [],
      deletionProtection: true,
      dropInvalidHeaderFields: application ? true : null,
      desyncMitigationMode: application ? 'defensive' : null,
      accessLogsEnabled: true,
      accessLogsBucket: 'logs',
      traffic: {
        windowDays: 14,
        daysWithData: 14,
        metric: application ? 'RequestCount' : 'NewFlowCount',
        count: 1000,
        bytesProcessed: application ? null : 5e6,
      },
      ...more,
    },
    {
      arn: lbArn(name, kind, region),
      name,
      region,
      state: envelope.state ?? 'active',
      createdAt: envelope.createdAt ?? '2025-01-01T00:00:00.000Z',
      unknownAttributes: envelope.unknownAttributes ?? [],
    },
  );
}

/** A listener of `lb` (by name and type): HTTPS 443 with a recommended policy unless told otherwise. */
export function elbv2Listener(
  lbName: string,
  port: number,
  more: Partial<ListenerAttributes> = {},
  region = 'us-east-1',
) {
  const kind = more.loadBalancerType ?? 'application';
  const arn = lbArn(lbName, kind, region);
  const id = `${arn.split(':loadbalancer/')[1] ?? ''}/l${port}`;
  return resource(
    'elbv2:listener',
    id,
    {
      loadBalancerArn: arn,
      loadBalancerType: kind,
      loadBalancerName: lbName,
      protocol: 'HTTPS',
      port,
      sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06',
      certificateArns: [`arn:aws:acm:${region}:${ACCOUNT}:certificate/c1`],
      defaultActions: [{ type: 'forward', redirectProtocol: null, targetGroupArns: ['tg-1'] }],
      ...more,
    },
    {
      arn: `arn:aws:elasticloadbalancing:${region}:${ACCOUNT}:listener/${id}`,
      name: `${lbName}:${port}`,
      region,
    },
  );
}

type Actions = ListenerAttributes['defaultActions'];
export const FORWARD: Actions = [{ type: 'forward', redirectProtocol: null, targetGroupArns: ['tg-1'] }];
export const REDIRECT_HTTPS: Actions = [{ type: 'redirect', redirectProtocol: 'HTTPS', targetGroupArns: [] }];

type ClassicAttributes = AttributesOf<'elb:load-balancer'>;
type ClassicListener = ClassicAttributes['listeners'][number];

/** A Classic listener: HTTPS 443 with an ACM certificate and the policy `tls12` unless told otherwise. */
export const classicListener = (more: Partial<ClassicListener> = {}): ClassicListener => ({
  protocol: 'HTTPS',
  port: 443,
  instanceProtocol: 'HTTP',
  instancePort: 80,
  sslCertificateId: `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/c1`,
  policyNames: ['tls12'],
  ...more,
});

/** A Classic Load Balancer, well configured and busy unless told otherwise. */
export function classicLoadBalancer(
  name: string,
  more: Partial<ClassicAttributes> = {},
  envelope: { region?: string; createdAt?: string; unknownAttributes?: string[] } = {},
) {
  const region = envelope.region ?? 'us-east-1';
  return resource(
    'elb:load-balancer',
    name,
    {
      scheme: 'internet-facing',
      dnsName: `${name}-1.${region}.elb.amazonaws.com`,
      vpcId: 'vpc-1',
      availabilityZones: [`${region}a`, `${region}b`],
      subnetIds: ['subnet-a', 'subnet-b'],
      securityGroups: ['sg-1'],
      instanceCount: 2,
      listeners: [classicListener()],
      sslPolicies: [{ policyName: 'tls12', referenceSecurityPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01' }],
      crossZoneLoadBalancing: true,
      connectionDraining: true,
      accessLogsEnabled: true,
      desyncMitigationMode: 'defensive',
      traffic: { windowDays: 14, daysWithData: 14, metric: 'RequestCount', count: 500, bytesProcessed: null },
      ...more,
    },
    {
      arn: `arn:aws:elasticloadbalancing:${region}:${ACCOUNT}:loadbalancer/${name}`,
      name,
      region,
      createdAt: envelope.createdAt ?? '2025-01-01T00:00:00.000Z',
      unknownAttributes: envelope.unknownAttributes ?? [],
    },
  );
}

/** A target group: HTTPS with HTTPS health checks, attached, unless told otherwise. */
export function elbv2TargetGroup(name: string, more: Partial<AttributesOf<'elbv2:target-group'>> = {}) {
  return resource(
    'elbv2:target-group',
    `${name}/0123456789abcdef`,
    {
      protocol: 'HTTPS',
      port: 443,
      targetType: 'instance',
      healthCheckEnabled: true,
      healthCheckProtocol: 'HTTPS',
      vpcId: 'vpc-1',
      loadBalancerArns: [lbArn('shop', 'application', 'us-east-1')],
      ...more,
    },
    { name, arn: `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:targetgroup/${name}/0123456789abcdef` },
  );
}
