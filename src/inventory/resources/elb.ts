import { Type } from '@sinclair/typebox';
import { Nullable, StringList, resourceSchema } from '../schema-helpers.js';
import { LoadBalancerTraffic } from './elbv2.js';

/** A Classic Load Balancer listener, as DescribeLoadBalancers lists it. */
export const ClassicListener = Type.Object(
  {
    /** HTTP, HTTPS, TCP or SSL: the front end (client to load balancer). */
    protocol: Type.String(),
    port: Type.Number(),
    instanceProtocol: Nullable(Type.String()),
    instancePort: Nullable(Type.Number()),
    /** The certificate of an HTTPS or SSL listener: an ACM or an IAM server certificate ARN. */
    sslCertificateId: Nullable(Type.String()),
    policyNames: StringList,
  },
  { additionalProperties: false },
);

/** An SSL negotiation policy of the load balancer (DescribeLoadBalancerPolicies). */
export const ClassicSslPolicy = Type.Object(
  {
    policyName: Type.String(),
    /** The predefined policy it copies (its Reference-Security-Policy); null for a custom one. */
    referenceSecurityPolicy: Nullable(Type.String()),
  },
  { additionalProperties: false },
);

/**
 * A Classic Load Balancer: DescribeLoadBalancers, DescribeLoadBalancerAttributes, and the SSL
 * negotiation policies of one with HTTPS or SSL listeners. Null where an answer lacked the value.
 */
export const ElbLoadBalancer = resourceSchema('elb:load-balancer', {
  scheme: Nullable(Type.String()),
  dnsName: Nullable(Type.String()),
  vpcId: Nullable(Type.String()),
  availabilityZones: StringList,
  subnetIds: StringList,
  securityGroups: StringList,
  instanceCount: Type.Integer({ minimum: 0 }),
  listeners: Type.Array(ClassicListener),
  /** Its SSL negotiation policies; empty without an HTTPS or SSL listener (nothing is read then). */
  sslPolicies: Type.Array(ClassicSslPolicy),
  crossZoneLoadBalancing: Nullable(Type.Boolean()),
  connectionDraining: Nullable(Type.Boolean()),
  accessLogsEnabled: Nullable(Type.Boolean()),
  /** elb.http.desyncmitigationmode: monitor, defensive or strictest. */
  desyncMitigationMode: Nullable(Type.String()),
  /** Null when not read (GetMetricData failed: then it is unknown). */
  traffic: Nullable(LoadBalancerTraffic),
});

export const elbSchemas = [ElbLoadBalancer] as const;
