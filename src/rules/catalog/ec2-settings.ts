import { defineRule, type RuleHit } from '../model.js';

export const snapshotBlockPublicAccessOff = defineRule(
  {
    id: 'ec2.snapshot-block-public-access-off',
    title: 'Block public access for EBS snapshots is not blocking all sharing',
    severity: 'high',
    category: 'security',
    resourceType: 'ec2:region-settings',
    reads: ['ec2:region-settings'],
    description:
      'Block public access for EBS snapshots in the region is not in block-all-sharing mode: snapshots can be shared with every AWS account (unblocked), or those already public stay public (block-new-sharing, reported as medium).',
    risk: 'One modify-snapshot-attribute call, by mistake or by an intruder, hands a disk image to every AWS account.',
    remediation: {
      text: 'Block all public sharing of snapshots in every region (snapshots already public become private while it is on).',
      cli: 'aws ec2 enable-snapshot-block-public-access --region {region} --state block-all-sharing',
      console:
        'EC2 console > EC2 Dashboard > Data protection and security > Block public access for EBS snapshots > Manage',
    },
    references: {
      fsbp: ['EC2.182'],
      docs: ['https://docs.aws.amazon.com/ebs/latest/userguide/block-public-access-snapshots.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('ec2:region-settings')
      .filter((s) => ctx.known(s, 'snapshotBlockPublicAccess'))
      .filter((s) => s.attributes.snapshotBlockPublicAccess !== 'block-all-sharing')
      .map((settings): RuleHit => {
        const state = settings.attributes.snapshotBlockPublicAccess;
        return {
          target: settings,
          message:
            state === 'block-new-sharing'
              ? `Block public access for EBS snapshots in ${settings.region} blocks new sharing only: snapshots already public stay public.`
              : `Block public access for EBS snapshots is off in ${settings.region} (${state ?? 'unblocked'}).`,
          evidence: { snapshotBlockPublicAccess: state },
          ...(state === 'block-new-sharing' ? { severity: 'medium' as const } : {}),
        };
      }),
);

export const vpcBlockPublicAccessOff = defineRule(
  {
    id: 'ec2.vpc-block-public-access-off',
    title: 'VPC Block Public Access does not block internet gateway traffic',
    severity: 'medium',
    category: 'security',
    resourceType: 'ec2:region-settings',
    reads: ['ec2:region-settings'],
    description:
      "VPC Block Public Access is off in the region: no account-level setting stops the region's VPCs from reaching or being reached from the internet through internet gateways.",
    risk: 'A route to an internet gateway plus a permissive security group is all it takes to expose a resource; nothing at account level catches the mistake.',
    remediation: {
      text: 'Turn on VPC Block Public Access (block-ingress, or block-bidirectional) and exclude the VPCs or subnets that must stay reachable.',
      cli: 'aws ec2 modify-vpc-block-public-access-options --region {region} --internet-gateway-block-mode block-ingress',
      console: 'VPC console > Settings > Block public access > Edit public access settings',
    },
    references: {
      fsbp: ['EC2.172'],
      docs: ['https://docs.aws.amazon.com/vpc/latest/userguide/security-vpc-bpa.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('ec2:region-settings')
      .filter((s) => ctx.known(s, 'vpcBlockPublicAccess') && s.attributes.vpcBlockPublicAccess === 'off')
      .map((settings): RuleHit => ({
        target: settings,
        message: `VPC Block Public Access is off in ${settings.region}.`,
        evidence: { internetGatewayBlockMode: 'off' },
      })),
);
