import { Type, type Static } from '@sinclair/typebox';
import { Nullable, NullableTimestamp, StringList, resourceSchema } from '../schema-helpers.js';

/**
 * What a running instance did over the last `windowDays`, from its CloudWatch metrics (basic
 * monitoring: CPUUtilization, NetworkIn, NetworkOut), by UTC day.
 */
export const InstanceActivity = Type.Object(
  {
    windowDays: Type.Integer({ minimum: 1 }),
    /** Days with at least one datapoint: none for days the instance was stopped or did not exist. */
    daysWithData: Type.Integer({ minimum: 0 }),
    /** The highest daily average CPUUtilization (percent); null when there was no datapoint. */
    maxDailyCpuPercent: Nullable(Type.Number({ minimum: 0 })),
    /** The most NetworkIn + NetworkOut bytes of one day. */
    maxDailyNetworkBytes: Type.Number({ minimum: 0 }),
    /** NetworkIn + NetworkOut bytes over the window. */
    networkBytes: Type.Number({ minimum: 0 }),
  },
  { additionalProperties: false },
);
export type InstanceActivity = Static<typeof InstanceActivity>;

export const Ec2Instance = resourceSchema('ec2:instance', {
  instanceType: Type.String(),
  launchTime: NullableTimestamp,
  /** When the instance entered its current state, parsed from StateTransitionReason. */
  stateTransitionTime: NullableTimestamp,
  stateTransitionReason: Nullable(Type.String()),
  publicIp: Nullable(Type.String()),
  privateIp: Nullable(Type.String()),
  imds: Type.Object({
    httpTokens: Nullable(Type.String()),
    httpEndpoint: Nullable(Type.String()),
    hopLimit: Nullable(Type.Number()),
  }),
  securityGroupIds: StringList,
  vpcId: Nullable(Type.String()),
  subnetId: Nullable(Type.String()),
  volumeIds: StringList,
  iamInstanceProfileArn: Nullable(Type.String()),
  platform: Nullable(Type.String()),
  /** `on-demand`, or the InstanceLifecycle AWS names: `spot`, `scheduled`, `capacity-block`. */
  lifecycle: Type.String(),
  /** `ebs` or `instance-store` (only an EBS-backed instance can be stopped). */
  rootDeviceType: Nullable(Type.String()),
  /** Null when not read: the instance is not running, or GetMetricData failed (then it is unknown). */
  activity: Nullable(InstanceActivity),
  /** Network interfaces attached to it (ENIs and EFAs). */
  networkInterfaceCount: Type.Integer({ minimum: 0 }),
  /** `hvm` or `paravirtual`. */
  virtualizationType: Nullable(Type.String()),
  /**
   * Plaintext secrets in its user data (names or `(user data)`, and kinds; never values); null when
   * the user data was not read. No scan reads it yet: it takes one DescribeInstanceAttribute call
   * per instance, to be made behind an opt-in scan setting.
   */
  userDataSecrets: Nullable(Type.Array(Type.Object({ variable: Type.String(), kind: Type.String() }))),
});

export const Ec2Volume = resourceSchema('ec2:volume', {
  sizeGiB: Type.Number(),
  volumeType: Type.String(),
  iops: Nullable(Type.Number()),
  throughput: Nullable(Type.Number()),
  encrypted: Type.Boolean(),
  kmsKeyId: Nullable(Type.String()),
  availabilityZone: Nullable(Type.String()),
  snapshotId: Nullable(Type.String()),
  attachments: Type.Array(
    Type.Object({
      instanceId: Type.String(),
      device: Nullable(Type.String()),
      state: Nullable(Type.String()),
    }),
  ),
});

export const Ec2Snapshot = resourceSchema('ec2:snapshot', {
  sizeGiB: Type.Number(),
  volumeId: Nullable(Type.String()),
  encrypted: Type.Boolean(),
  description: Nullable(Type.String()),
  startTime: NullableTimestamp,
  /** Restorable by every AWS account (createVolumePermission holds the group `all`). */
  public: Type.Boolean(),
});

/** An AMI the account owns. */
export const Ec2Image = resourceSchema('ec2:image', {
  /** Launchable by every AWS account (its launch permissions hold the group `all`). */
  public: Type.Boolean(),
  description: Nullable(Type.String()),
});

export const Ec2ElasticIp = resourceSchema('ec2:elastic-ip', {
  publicIp: Type.String(),
  allocationId: Nullable(Type.String()),
  associationId: Nullable(Type.String()),
  instanceId: Nullable(Type.String()),
  networkInterfaceId: Nullable(Type.String()),
  domain: Nullable(Type.String()),
});

/** What a NAT gateway processed over the last `windowDays`, from its CloudWatch metrics. */
export const NatTraffic = Type.Object(
  {
    windowDays: Type.Integer({ minimum: 1 }),
    /** Days with at least one datapoint: CloudWatch has none for days a gateway did not exist. */
    daysWithData: Type.Integer({ minimum: 0 }),
    bytesProcessed: Type.Number({ minimum: 0 }),
  },
  { additionalProperties: false },
);
export type NatTraffic = Static<typeof NatTraffic>;

export const Ec2NatGateway = resourceSchema('ec2:nat-gateway', {
  vpcId: Nullable(Type.String()),
  subnetId: Nullable(Type.String()),
  connectivityType: Nullable(Type.String()),
  publicIps: StringList,
  networkInterfaceIds: StringList,
  /** Null when not read: the gateway is not available, or GetMetricData failed (then it is unknown). */
  traffic: Nullable(NatTraffic),
});

export const IngressRule = Type.Object({
  /** `-1` means all protocols. */
  protocol: Type.String(),
  fromPort: Nullable(Type.Number()),
  toPort: Nullable(Type.Number()),
  ipv4Ranges: StringList,
  ipv6Ranges: StringList,
  prefixListIds: StringList,
  referencedGroupIds: StringList,
});
export type IngressRule = Static<typeof IngressRule>;

export const Ec2SecurityGroup = resourceSchema('ec2:security-group', {
  groupName: Type.String(),
  description: Nullable(Type.String()),
  vpcId: Nullable(Type.String()),
  isDefault: Type.Boolean(),
  ingress: Type.Array(IngressRule),
  egressRuleCount: Type.Number(),
  /** Network interfaces (instances, load balancers, Lambda ENIs, ...) that use the group. */
  networkInterfaceIds: StringList,
});

/** An active flow log publishing a VPC's traffic (flow logs of its subnets or interfaces are not counted). */
export const VpcFlowLog = Type.Object(
  {
    id: Type.String(),
    /** ACCEPT, REJECT or ALL. */
    trafficType: Nullable(Type.String()),
    destinationType: Nullable(Type.String()),
  },
  { additionalProperties: false },
);
export type VpcFlowLog = Static<typeof VpcFlowLog>;

export const Ec2Vpc = resourceSchema('ec2:vpc', {
  cidrBlock: Nullable(Type.String()),
  isDefault: Type.Boolean(),
  /** The account that owns it: another one for a VPC shared with this account through RAM. */
  ownerId: Nullable(Type.String()),
  flowLogs: Type.Array(VpcFlowLog),
  /** Network interfaces in the VPC (instances, NAT gateways, Lambda, load balancers, endpoints...). */
  networkInterfaceCount: Type.Integer({ minimum: 0 }),
});

export const Ec2Subnet = resourceSchema('ec2:subnet', {
  vpcId: Nullable(Type.String()),
  cidrBlock: Nullable(Type.String()),
  availabilityZone: Nullable(Type.String()),
  mapPublicIpOnLaunch: Type.Boolean(),
  defaultForAz: Type.Boolean(),
  /**
   * Its route table (its own association, else its VPC's main table) has an active route for
   * 0.0.0.0/0 or ::/0 to an internet gateway. Null when the route tables could not be read.
   */
  internetGatewayRoute: Nullable(Type.Boolean()),
});

/** A network interface (ENI) in the account: an instance's, a Lambda function's, a load balancer's... */
export const Ec2NetworkInterface = resourceSchema('ec2:network-interface', {
  /** `interface`, `efa`, `lambda`, `branch`, `natGateway`, `vpc_endpoint`, ... */
  interfaceType: Nullable(Type.String()),
  /** Source/destination checking: off lets it forward traffic that is neither from nor to it. */
  sourceDestCheck: Type.Boolean(),
  /** Created and managed by an AWS service on the account's behalf. */
  requesterManaged: Type.Boolean(),
  vpcId: Nullable(Type.String()),
  subnetId: Nullable(Type.String()),
  /** The instance it is attached to, if any. */
  instanceId: Nullable(Type.String()),
  description: Nullable(Type.String()),
});

/** An inbound entry of a network ACL. */
export const NetworkAclEntry = Type.Object(
  {
    ruleNumber: Type.Integer(),
    /** `-1` means all protocols; otherwise the IANA number (`6` TCP, `17` UDP). */
    protocol: Type.String(),
    /** `allow` or `deny`. */
    ruleAction: Type.String(),
    cidrBlock: Nullable(Type.String()),
    ipv6CidrBlock: Nullable(Type.String()),
    /** Null for protocols without ports (all protocols, ICMP). */
    fromPort: Nullable(Type.Integer()),
    toPort: Nullable(Type.Integer()),
  },
  { additionalProperties: false },
);
export type NetworkAclEntry = Static<typeof NetworkAclEntry>;

export const Ec2NetworkAcl = resourceSchema('ec2:network-acl', {
  vpcId: Nullable(Type.String()),
  isDefault: Type.Boolean(),
  /** Subnets associated with it. */
  subnetIds: StringList,
  /** Inbound entries, by rule number (the catch-all `*` deny is not listed). */
  ingress: Type.Array(NetworkAclEntry),
});

export const Ec2TransitGateway = resourceSchema('ec2:transit-gateway', {
  ownerId: Nullable(Type.String()),
  /** Accepts attachment requests from other accounts without review (`AutoAcceptSharedAttachments`). */
  autoAcceptSharedAttachments: Type.Boolean(),
});

/** What a launch template's version sets for one network interface. */
export const LaunchTemplateInterface = Type.Object(
  {
    deviceIndex: Nullable(Type.Integer()),
    /** Null when the version does not set it (the subnet's setting applies). */
    associatePublicIpAddress: Nullable(Type.Boolean()),
    networkInterfaceId: Nullable(Type.String()),
  },
  { additionalProperties: false },
);

/** What a launch template's version sets for one EBS volume of its block device mappings. */
export const LaunchTemplateVolume = Type.Object(
  {
    deviceName: Nullable(Type.String()),
    /** Null when the version does not set it (account default, AMI or snapshot decide). */
    encrypted: Nullable(Type.Boolean()),
    snapshotId: Nullable(Type.String()),
  },
  { additionalProperties: false },
);

/** A launch template, as its default version sets it (what a launch without a version uses). */
export const Ec2LaunchTemplate = resourceSchema('ec2:launch-template', {
  defaultVersion: Nullable(Type.Integer()),
  networkInterfaces: Type.Array(LaunchTemplateInterface),
  /** Null where the version does not set them. */
  imds: Type.Object({
    httpTokens: Nullable(Type.String()),
    httpEndpoint: Nullable(Type.String()),
  }),
  ebsVolumes: Type.Array(LaunchTemplateVolume),
});

/** Per-region EC2 account settings. */
export const Ec2RegionSettings = resourceSchema('ec2:region-settings', {
  ebsEncryptionByDefault: Type.Boolean(),
  /**
   * Block public access for EBS snapshots: `block-all-sharing`, `block-new-sharing` or `unblocked`.
   * Null when not read (then listed as unknown).
   */
  snapshotBlockPublicAccess: Nullable(Type.String()),
  /** VPC Block Public Access for internet gateways: `off`, `block-bidirectional` or `block-ingress`; null when not read. */
  vpcBlockPublicAccess: Nullable(Type.String()),
});

export const ec2Schemas = [
  Ec2Instance,
  Ec2Volume,
  Ec2Snapshot,
  Ec2ElasticIp,
  Ec2Image,
  Ec2NatGateway,
  Ec2SecurityGroup,
  Ec2Vpc,
  Ec2Subnet,
  Ec2NetworkInterface,
  Ec2NetworkAcl,
  Ec2TransitGateway,
  Ec2LaunchTemplate,
  Ec2RegionSettings,
] as const;
