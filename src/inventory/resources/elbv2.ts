import { Type, type Static } from '@sinclair/typebox';
import { Nullable, StringList, resourceSchema } from '../schema-helpers.js';

/**
 * What a load balancer carried over the scan's traffic window, from its CloudWatch metrics: requests
 * (Application and Classic: RequestCount, which counts TCP connections on a Classic's TCP listeners)
 * or new flows (Network and Gateway: NewFlowCount, with ProcessedBytes). CloudWatch publishes these
 * only for periods with traffic, so no datapoint means nothing flowed.
 */
export const LoadBalancerTraffic = Type.Object(
  {
    windowDays: Type.Integer({ minimum: 1 }),
    /** Days with at least one datapoint. */
    daysWithData: Type.Integer({ minimum: 0 }),
    /** The metric counted: RequestCount or NewFlowCount. */
    metric: Type.String(),
    /** Its sum over the window. */
    count: Type.Number({ minimum: 0 }),
    /** ProcessedBytes summed over the window (Network and Gateway); null where not read. */
    bytesProcessed: Nullable(Type.Number({ minimum: 0 })),
  },
  { additionalProperties: false },
);
export type LoadBalancerTraffic = Static<typeof LoadBalancerTraffic>;

/**
 * An Application, Network or Gateway Load Balancer: DescribeLoadBalancers for what it is, and
 * DescribeLoadBalancerAttributes for its settings. An attribute the answer lacks (moto leaves some
 * out; AWS answers every one of the type's) is null, never taken as off.
 */
export const Elbv2LoadBalancer = resourceSchema('elbv2:load-balancer', {
  /** application, network or gateway. */
  loadBalancerType: Nullable(Type.String()),
  /** internet-facing or internal. */
  scheme: Nullable(Type.String()),
  dnsName: Nullable(Type.String()),
  vpcId: Nullable(Type.String()),
  ipAddressType: Nullable(Type.String()),
  availabilityZones: StringList,
  subnetIds: StringList,
  securityGroups: StringList,
  /** Its listeners' ARNs (DescribeListeners): unknown when that read failed. */
  listenerArns: StringList,
  /** deletion_protection.enabled. */
  deletionProtection: Nullable(Type.Boolean()),
  /** routing.http.drop_invalid_header_fields.enabled (Application only). */
  dropInvalidHeaderFields: Nullable(Type.Boolean()),
  /** routing.http.desync_mitigation_mode: monitor, defensive or strictest (Application only). */
  desyncMitigationMode: Nullable(Type.String()),
  /** access_logs.s3.enabled (Application and Network). */
  accessLogsEnabled: Nullable(Type.Boolean()),
  accessLogsBucket: Nullable(Type.String()),
  /** Null when not read: not active, or GetMetricData failed (then it is unknown). */
  traffic: Nullable(LoadBalancerTraffic),
});

/** What a listener's default action does, summarised. */
export const ListenerAction = Type.Object(
  {
    /** forward, redirect, fixed-response, authenticate-oidc, authenticate-cognito. */
    type: Type.String(),
    /** A redirect's protocol: HTTPS, HTTP or #{protocol} (kept as asked). */
    redirectProtocol: Nullable(Type.String()),
    targetGroupArns: StringList,
  },
  { additionalProperties: false },
);

/** A listener of an ELBv2 load balancer (DescribeListeners). */
export const Elbv2Listener = resourceSchema('elbv2:listener', {
  loadBalancerArn: Type.String(),
  /** The load balancer's type (application, network, gateway), copied so a rule need not join. */
  loadBalancerType: Nullable(Type.String()),
  loadBalancerName: Nullable(Type.String()),
  /** HTTP, HTTPS, TCP, TLS, UDP, TCP_UDP, GENEVE, QUIC, TCP_QUIC. */
  protocol: Nullable(Type.String()),
  port: Nullable(Type.Number()),
  /** The security policy of an HTTPS or TLS listener. */
  sslPolicy: Nullable(Type.String()),
  /** The default certificate (DescribeListeners names only it). */
  certificateArns: StringList,
  defaultActions: Type.Array(ListenerAction),
});

/** A target group (DescribeTargetGroups: one listing per region, nothing read per group). */
export const Elbv2TargetGroup = resourceSchema('elbv2:target-group', {
  /** HTTP, HTTPS, TCP, TLS, UDP, TCP_UDP, GENEVE, QUIC, TCP_QUIC; null for Lambda targets. */
  protocol: Nullable(Type.String()),
  port: Nullable(Type.Number()),
  /** instance, ip, lambda or alb. */
  targetType: Nullable(Type.String()),
  healthCheckEnabled: Nullable(Type.Boolean()),
  healthCheckProtocol: Nullable(Type.String()),
  vpcId: Nullable(Type.String()),
  /** The load balancers that route to it (none: it serves nothing). */
  loadBalancerArns: StringList,
});

export const elbv2Schemas = [Elbv2LoadBalancer, Elbv2Listener, Elbv2TargetGroup] as const;
