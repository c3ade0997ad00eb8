import { Type } from '@sinclair/typebox';
import { StringList, resourceSchema, Nullable } from '../schema-helpers.js';
import { Existence } from './cloudfront.js';

/**
 * A record that points somewhere another resource answers: CNAME, alias, A/AAAA and NS below the
 * apex. What it points at is classified so the dangling-record rule can match it with the
 * inventory: an S3 bucket (website or REST endpoint), a CloudFront distribution, an Elastic
 * Beanstalk environment's CNAME, a load balancer, an IP address, a delegated name server, or
 * something else (API Gateway, another provider).
 */
export const PointingRecord = Type.Object(
  {
    name: Type.String(),
    type: Type.String(),
    /** Record values, or the alias target's DNS name. */
    values: StringList,
    alias: Type.Boolean(),
    targetKind: Type.Union([
      Type.Literal('s3'),
      Type.Literal('cloudfront'),
      Type.Literal('elastic-beanstalk'),
      Type.Literal('load-balancer'),
      Type.Literal('ip'),
      Type.Literal('delegation'),
      Type.Literal('other'),
    ]),
    /**
     * The bucket name, or the CloudFront, Elastic Beanstalk or load balancer name (without
     * `dualstack.`) the target comes down to; for a delegation to Route 53's name servers only,
     * the delegated name (whose SOA one of them was asked for); null otherwise.
     */
    target: Nullable(Type.String()),
    /** For a delegation: whether the delegated name server answered the zone's SOA (false: refused). */
    targetExists: Existence,
    /**
     * A records (not aliases): each public IPv4 value, and whether it reverses (PTR) to an EC2
     * public name; null when the lookup failed or was not made (private zones). Empty otherwise.
     */
    addresses: Type.Array(
      Type.Object(
        {
          address: Type.String(),
          ec2: Existence,
          /** The reverse name that placed it in EC2's space, if any. */
          reverseName: Nullable(Type.String()),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const Route53HostedZone = resourceSchema('route53:hosted-zone', {
  private: Type.Boolean(),
  recordCount: Type.Integer({ minimum: 0 }),
  records: Type.Array(PointingRecord),
  /** A query logging configuration exists for the zone. */
  queryLogging: Type.Boolean(),
});

export const route53Schemas = [Route53HostedZone] as const;
