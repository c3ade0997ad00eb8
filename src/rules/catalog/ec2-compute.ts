import type { CostEstimate } from '../../findings/finding.js';
import type { ResourceOfType } from '../../inventory/resources/index.js';
import { hourlyCost } from '../../prices/estimate.js';
import { volumeCost } from '../../prices/resource-cost.js';
import { cents, priceOf } from '../../prices/table.js';
import type { RuleContext } from '../context.js';
import { defineRule, type RuleHit } from '../model.js';

const LIVE_INSTANCE_STATES = new Set(['pending', 'running', 'stopping', 'stopped']);

/** FSBP EC2.4's allowedDays default: it fails an instance stopped for longer. */
const EC2_4_ALLOWED_DAYS = 30;

/**
 * Families AWS lists as previous generation: still running, but slower and dearer per unit of
 * work than their successors (t1, m1-m3, c1/c3/c4, r3, i2, g2 and the cluster types).
 */
export const PREVIOUS_GENERATION_FAMILIES = [
  't1',
  'm1',
  'm2',
  'm3',
  'c1',
  'c3',
  'c4',
  'r3',
  'i2',
  'g2',
  'cc2',
  'cg1',
  'cr1',
  'hi1',
  'hs1',
];

function stoppedDays(ctx: RuleContext, instance: ResourceOfType<'ec2:instance'>): number | null {
  return ctx.daysSince(instance.attributes.stateTransitionTime);
}

/** Stopped past the threshold (the stop time is known): ec2.instance-stopped-long reports it. */
function isStoppedLong(ctx: RuleContext, instance: ResourceOfType<'ec2:instance'>): boolean {
  const days = instance.state === 'stopped' ? stoppedDays(ctx, instance) : null;
  return days !== null && days > ctx.thresholds.stoppedInstanceDays;
}

export const volumeUnattached = defineRule(
  {
    id: 'ec2.volume-unattached',
    title: 'EBS volume is not attached to any instance',
    severity: 'medium',
    category: 'cost',
    resourceType: 'ec2:volume',
    reads: ['ec2:volume'],
    description:
      "A volume in the 'available' state: no instance uses it, and it is billed in full every month.",
    risk: 'Detached volumes are the most common leftover of terminated instances; they cost money and may hold data no one watches.',
    remediation: {
      text: 'Snapshot the volume if its data may be needed, then delete it.',
      cli: 'aws ec2 delete-volume --region {region} --volume-id {id}',
      console: 'EC2 console > Elastic Block Store > Volumes > the volume > Actions > Delete volume',
    },
    cleanupAction: 'ec2.delete-volume',
  },
  (ctx) =>
    ctx
      .resources('ec2:volume')
      .filter((v) => v.state === 'available')
      .map((volume): RuleHit => {
        const cost = volumeCost(volume);
        const age = ctx.daysSince(volume.createdAt);
        return {
          target: volume,
          message:
            `Volume ${volume.id}${volume.name ? ` (${volume.name})` : ''} (${volume.attributes.sizeGiB} GiB ${volume.attributes.volumeType}) is attached to nothing` +
            `${age !== null ? `; created ${age} days ago` : ''}${cost ? `, costing about $${cost.monthlyUsd.toFixed(2)} a month` : ''}.`,
          evidence: {
            state: volume.state,
            sizeGiB: volume.attributes.sizeGiB,
            volumeType: volume.attributes.volumeType,
            createdAt: volume.createdAt,
          },
          ...(cost ? { cost } : {}),
        };
      }),
);

export const volumeGp2 = defineRule(
  {
    id: 'ec2.volume-gp2',
    title: 'EBS volume uses gp2 where gp3 is cheaper',
    severity: 'low',
    category: 'cost',
    resourceType: 'ec2:volume',
    reads: ['ec2:volume'],
    consults: ['ec2:instance'],
    description:
      'An attached gp2 volume. gp3 costs about 20% less per GB and gives 3,000 IOPS and 125 MB/s at any size; the change is online.',
    risk: 'Paying more for the same or less performance.',
    remediation: {
      text: 'Modify the volume to gp3 (online, no downtime). Above 1 TiB, match the gp2 IOPS with provisioned gp3 IOPS.',
      cli: 'aws ec2 modify-volume --region {region} --volume-id {id} --volume-type gp3',
      console: 'EC2 console > Volumes > the volume > Actions > Modify volume > Volume type gp3',
    },
  },
  // Unattached gp2 volumes are left to ec2.volume-unattached, and those of instances stopped long
  // to ec2.instance-stopped-long, which counts their whole storage: no saving is counted twice.
  (ctx) => {
    const stoppedLong = new Set(
      ctx
        .resources('ec2:instance')
        .filter((i) => isStoppedLong(ctx, i))
        .map((i) => `${i.account}|${i.id}`),
    );
    return ctx
      .resources('ec2:volume')
      .filter((v) => v.attributes.volumeType === 'gp2' && v.state !== 'available' && v.state !== 'deleting')
      .filter((v) => !v.attributes.attachments.some((a) => stoppedLong.has(`${v.account}|${a.instanceId}`)))
      .map((volume): RuleHit => {
        const gp2 = priceOf('ebs.gp2', volume.region);
        const gp3 = priceOf('ebs.gp3', volume.region);
        const size = volume.attributes.sizeGiB;
        const saving = cents(size * (gp2.usd - gp3.usd));
        return {
          target: volume,
          message: `Volume ${volume.id} (${size} GiB) is gp2; as gp3 it would cost about $${saving.toFixed(2)} a month less.`,
          evidence: { volumeType: 'gp2', sizeGiB: size, iops: volume.attributes.iops },
          cost: {
            monthlyUsd: saving,
            basis: `${size} GiB x ($${gp2.usd} gp2 - $${gp3.usd} gp3) per GB-month`,
            prices: [gp2, gp3],
            avoidable: true,
          },
        };
      });
  },
);

export const volumeUnencrypted = defineRule(
  {
    id: 'ec2.volume-unencrypted',
    title: 'Attached EBS volume is not encrypted',
    severity: 'medium',
    category: 'security',
    resourceType: 'ec2:volume',
    reads: ['ec2:volume'],
    description: 'A volume attached to an instance stores its data, and its snapshots, unencrypted.',
    risk: 'Snapshots shared or copied by mistake expose the data; many compliance regimes require encryption at rest.',
    remediation: {
      text: 'Snapshot the volume, copy the snapshot with encryption, create an encrypted volume from it and swap it in; turn on EBS encryption by default so new volumes are encrypted.',
      console: 'EC2 console > Snapshots > Copy snapshot > Encrypt this snapshot',
    },
    references: { fsbp: ['EC2.3'] },
  },
  (ctx) =>
    ctx
      .resources('ec2:volume')
      .filter((v) => !v.attributes.encrypted && v.attributes.attachments.length > 0)
      .map((volume) => ({
        target: volume,
        message: `Volume ${volume.id}, attached to ${volume.attributes.attachments.map((a) => a.instanceId).join(', ')}, is not encrypted.`,
        evidence: { encrypted: false, attachedTo: volume.attributes.attachments.map((a) => a.instanceId) },
      })),
);

export const ebsDefaultEncryptionOff = defineRule(
  {
    id: 'ec2.ebs-default-encryption-off',
    title: 'EBS encryption by default is off in a region',
    severity: 'medium',
    category: 'security',
    resourceType: 'ec2:region-settings',
    reads: ['ec2:region-settings'],
    consults: ['ec2:volume'],
    description:
      'New EBS volumes and snapshot copies in the region are not encrypted unless each request asks for it.',
    risk: 'One forgotten flag in a template creates an unencrypted volume.',
    remediation: {
      text: 'Turn on EBS encryption by default in every region you use (it affects new volumes only).',
      cli: 'aws ec2 enable-ebs-encryption-by-default --region {region}',
      console: 'EC2 console > Settings > EBS encryption > Manage > Always encrypt new EBS volumes',
    },
    references: { fsbp: ['EC2.7'], cis: ['6.1.1'] },
  },
  (ctx) => {
    // Regions with EBS volumes are the ones where the setting matters today; the rest are reported as low.
    const withVolumes = new Set(ctx.resources('ec2:volume').map((v) => `${v.account}|${v.region}`));
    return ctx
      .resources('ec2:region-settings')
      .filter((s) => !s.attributes.ebsEncryptionByDefault && ctx.known(s, 'ebsEncryptionByDefault'))
      .map((settings): RuleHit => {
        const used = withVolumes.has(`${settings.account}|${settings.region}`);
        // "No volumes there" is only known where the volumes were listed; otherwise it stays medium.
        const volumesListed = ctx.listed(settings.account, 'ec2:volume', settings.region);
        const where = used
          ? ', which has EBS volumes'
          : volumesListed
            ? ' (no EBS volumes there yet)'
            : ' (its volumes could not be listed)';
        return {
          target: settings,
          message: `EBS encryption by default is off in ${settings.region}${where}.`,
          evidence: {
            ebsEncryptionByDefault: false,
            regionHasVolumes: used || (volumesListed ? false : null),
          },
          ...(used || !volumesListed ? {} : { severity: 'low' as const }),
        };
      });
  },
);

export const imdsv1Allowed = defineRule(
  {
    id: 'ec2.imdsv1-allowed',
    title: 'Instance allows IMDSv1 (instance metadata without session tokens)',
    severity: 'high',
    category: 'security',
    resourceType: 'ec2:instance',
    reads: ['ec2:instance'],
    description:
      'The instance metadata service answers requests without a session token (HttpTokens is optional).',
    risk: 'A server-side request forgery in any application on the instance can read its IAM role credentials (the Capital One breach pattern).',
    remediation: {
      text: 'Require IMDSv2 after checking that the software on the instance uses it (current AWS SDKs and CLIs do).',
      cli: 'aws ec2 modify-instance-metadata-options --region {region} --instance-id {id} --http-tokens required --http-endpoint enabled',
      console:
        'EC2 console > Instances > the instance > Actions > Instance settings > Modify instance metadata options',
    },
    references: { fsbp: ['EC2.8'], cis: ['6.7'] },
    deviations: {
      'FSBP EC2.8':
        'Instances with the metadata endpoint turned off are not reported: they serve no metadata at all. EC2.8 judges HttpTokens alone and fails them too.',
    },
  },
  (ctx) =>
    ctx
      .resources('ec2:instance')
      .filter(
        (i) =>
          LIVE_INSTANCE_STATES.has(i.state ?? '') &&
          i.attributes.imds.httpEndpoint !== 'disabled' &&
          i.attributes.imds.httpTokens === 'optional',
      )
      .map((instance) => ({
        target: instance,
        message: `Instance ${instance.id}${instance.name ? ` (${instance.name})` : ''} accepts IMDSv1: HttpTokens is optional.`,
        evidence: {
          httpTokens: instance.attributes.imds.httpTokens,
          httpEndpoint: instance.attributes.imds.httpEndpoint,
          state: instance.state,
        },
      })),
);

export const instancePublicIp = defineRule(
  {
    id: 'ec2.instance-public-ip',
    title: 'Instance has a public IPv4 address',
    severity: 'medium',
    category: 'security',
    resourceType: 'ec2:instance',
    reads: ['ec2:instance'],
    description:
      'A running instance is directly reachable at a public IPv4 address (also billed at $0.005 an hour since 2024).',
    risk: 'Every open port of every security group on the instance faces the internet; instances behind a load balancer or NAT do not need it.',
    remediation: {
      text: 'Put the instance in a private subnet behind a load balancer or NAT gateway, or use SSM for access; turn off auto-assigned public IPs on the subnet.',
      console:
        'VPC console > Subnets > the subnet > Actions > Edit subnet settings > Auto-assign public IPv4 address',
    },
    references: { fsbp: ['EC2.9'] },
  },
  (ctx) =>
    ctx
      .resources('ec2:instance')
      .filter((i) => i.state === 'running' && i.attributes.publicIp)
      .map((instance) => ({
        target: instance,
        message: `Instance ${instance.id}${instance.name ? ` (${instance.name})` : ''} has the public IPv4 address ${instance.attributes.publicIp}.`,
        evidence: {
          publicIp: instance.attributes.publicIp,
          subnetId: instance.attributes.subnetId,
          securityGroupIds: instance.attributes.securityGroupIds,
        },
      })),
);

export const elasticIpUnassociated = defineRule(
  {
    id: 'ec2.eip-unassociated',
    title: 'Elastic IP address is not associated',
    severity: 'low',
    category: 'cost',
    resourceType: 'ec2:elastic-ip',
    reads: ['ec2:elastic-ip'],
    description:
      'An allocated Elastic IP that no instance or network interface uses; AWS bills every public IPv4 address by the hour.',
    risk: 'Money spent on nothing; forgotten addresses also keep DNS records pointing at addresses that may be reassigned.',
    remediation: {
      text: 'Release the address if nothing needs it (an address once released may not come back).',
      cli: 'aws ec2 release-address --region {region} --allocation-id {id}',
      console:
        'EC2 console > Network & Security > Elastic IPs > the address > Actions > Release Elastic IP addresses',
    },
    cleanupAction: 'ec2.release-address',
  },
  (ctx) =>
    ctx
      .resources('ec2:elastic-ip')
      .filter(
        (eip) =>
          !eip.attributes.associationId && !eip.attributes.instanceId && !eip.attributes.networkInterfaceId,
      )
      .map((eip): RuleHit => {
        const cost = hourlyCost('ec2.public-ipv4', eip.region, 'public IPv4 address', true);
        return {
          target: eip,
          message: `Elastic IP ${eip.attributes.publicIp} (${eip.id}) is not associated with anything and costs about $${cost.monthlyUsd.toFixed(2)} a month.`,
          evidence: { publicIp: eip.attributes.publicIp, allocationId: eip.attributes.allocationId },
          cost,
        };
      }),
);

export const instanceStoppedLong = defineRule(
  {
    id: 'ec2.instance-stopped-long',
    title: 'Instance has been stopped for a long time',
    severity: 'medium',
    category: 'cost',
    resourceType: 'ec2:instance',
    reads: ['ec2:instance'],
    consults: ['ec2:volume'],
    description:
      'An instance stopped for longer than thresholds.stoppedInstanceDays (default 30). Its EBS volumes (and any Elastic IP) are still billed.',
    risk: 'Forgotten instances keep paying for storage and drift out of patching; if nobody needs them, their data is a liability.',
    remediation: {
      text: 'Terminate the instance if it is no longer needed (snapshot or keep its volumes first if their data matters); otherwise record why it is kept and suppress the finding with an expiry.',
      console: 'EC2 console > Instances > the instance > Instance state > Terminate instance',
    },
    references: { fsbp: ['EC2.4'] },
    deviations: {
      'FSBP EC2.4':
        'EC2.4 fails an instance stopped for more than 30 days (its allowedDays default); the rule uses thresholds.stoppedInstanceDays, and its findings cite EC2.4 only past 30 days.',
    },
  },
  (ctx) => {
    const volumes = new Map(ctx.resources('ec2:volume').map((v) => [`${v.account}|${v.id}`, v]));
    return ctx
      .resources('ec2:instance')
      .filter((i) => i.state === 'stopped')
      .flatMap((instance): RuleHit[] => {
        // The stop time comes from StateTransitionReason; without it the age is unknown, so nothing is claimed.
        const days = stoppedDays(ctx, instance);
        if (days === null || days <= ctx.thresholds.stoppedInstanceDays) return [];
        const attached = instance.attributes.volumeIds
          .map((id) => volumes.get(`${instance.account}|${id}`))
          .filter((v): v is ResourceOfType<'ec2:volume'> => v !== undefined);
        const costs = attached.map(volumeCost).filter((c): c is CostEstimate => c !== null);
        const cost: CostEstimate | undefined =
          costs.length > 0
            ? {
                monthlyUsd: cents(costs.reduce((sum, c) => sum + c.monthlyUsd, 0)),
                basis: `storage of its ${costs.length} EBS volume(s): ${costs.map((c) => c.basis).join('; ')}`,
                prices: costs.flatMap((c) => c.prices),
                avoidable: true,
              }
            : undefined;
        return [
          {
            target: instance,
            message:
              `Instance ${instance.id}${instance.name ? ` (${instance.name})` : ''} has been stopped for ${days} days` +
              `${cost ? `; its volumes still cost about $${cost.monthlyUsd.toFixed(2)} a month` : ''}.`,
            evidence: {
              state: 'stopped',
              stoppedSince: instance.attributes.stateTransitionTime,
              days,
              volumeIds: instance.attributes.volumeIds,
            },
            ...(cost ? { cost } : {}),
            references: { fsbp: days > EC2_4_ALLOWED_DAYS ? ['EC2.4'] : [] },
          },
        ];
      });
  },
);

export const snapshotOld = defineRule(
  {
    id: 'ec2.snapshot-old',
    title: 'EBS snapshot is older than the retention threshold',
    severity: 'low',
    category: 'cost',
    resourceType: 'ec2:snapshot',
    reads: ['ec2:snapshot'],
    description:
      'A snapshot older than thresholds.snapshotAgeDays (default 90) that is still billed for its stored data.',
    risk: 'Snapshots outlive the volumes and the reasons they were taken for, and keep costing money.',
    remediation: {
      text: 'Delete snapshots no backup policy needs; manage the rest with Data Lifecycle Manager or AWS Backup retention.',
      cli: 'aws ec2 delete-snapshot --region {region} --snapshot-id {id}',
      console: 'EC2 console > Elastic Block Store > Snapshots > the snapshot > Actions > Delete snapshot',
    },
  },
  (ctx) =>
    ctx.resources('ec2:snapshot').flatMap((snapshot): RuleHit[] => {
      const age = ctx.daysSince(snapshot.attributes.startTime ?? snapshot.createdAt);
      if (age === null || age <= ctx.thresholds.snapshotAgeDays) return [];
      const price = priceOf('ebs.snapshot', snapshot.region);
      const size = snapshot.attributes.sizeGiB;
      return [
        {
          target: snapshot,
          message: `Snapshot ${snapshot.id} of ${snapshot.attributes.volumeId ?? 'a deleted volume'} (${size} GiB) is ${age} days old.`,
          evidence: {
            startTime: snapshot.attributes.startTime,
            days: age,
            sizeGiB: size,
            description: snapshot.attributes.description,
          },
          cost: {
            monthlyUsd: cents(size * price.usd),
            // Snapshots are incremental: the volume size is an upper bound of what is stored.
            basis: `at most ${size} GiB x $${price.usd} per GB-month (snapshots store changed blocks only)`,
            prices: [price],
            // An upper bound: deleting it frees only the blocks no other snapshot shares.
            avoidable: false,
          },
        },
      ];
    }),
);

export const instancePreviousGeneration = defineRule(
  {
    id: 'ec2.instance-previous-generation',
    title: 'Instance uses a previous-generation instance type',
    severity: 'low',
    category: 'hygiene',
    resourceType: 'ec2:instance',
    reads: ['ec2:instance'],
    description: `The instance type belongs to a family AWS lists as previous generation (${PREVIOUS_GENERATION_FAMILIES.join(', ')}).`,
    risk: 'Older families cost more per unit of work, lack current hardware security features and may lose capacity.',
    remediation: {
      text: 'Move to a current-generation family of the same kind (for example m3 to m7i or m7g, c4 to c7i) after testing.',
      console:
        'EC2 console > Instances > stop the instance > Actions > Instance settings > Change instance type',
    },
  },
  (ctx) =>
    ctx
      .resources('ec2:instance')
      .filter(
        (i) =>
          LIVE_INSTANCE_STATES.has(i.state ?? '') &&
          PREVIOUS_GENERATION_FAMILIES.includes(i.attributes.instanceType.split('.')[0] ?? ''),
      )
      .map((instance) => ({
        target: instance,
        message: `Instance ${instance.id}${instance.name ? ` (${instance.name})` : ''} runs on ${instance.attributes.instanceType}, a previous-generation type.`,
        evidence: { instanceType: instance.attributes.instanceType },
      })),
);

export const snapshotPublic = defineRule(
  {
    id: 'ec2.snapshot-public',
    title: 'EBS snapshot is public',
    severity: 'critical',
    category: 'security',
    resourceType: 'ec2:snapshot',
    reads: ['ec2:snapshot'],
    description:
      "One of the account's EBS snapshots can be restored by every AWS account (its createVolumePermission holds the group all), as one DescribeSnapshots with RestorableByUserIds=all per region tells.",
    risk: 'Anyone can create a volume from it and read the whole disk: files, databases, keys and credentials left on it. Public snapshots are searched for continuously.',
    remediation: {
      text: 'Make the snapshot private at once, share it with named accounts if it must be shared, and treat what it held as exposed (rotate the secrets on it). Block public access for snapshots in every region to stop it happening again.',
      cli: 'aws ec2 modify-snapshot-attribute --region {region} --snapshot-id {id} --attribute createVolumePermission --operation-type remove --group-names all',
      console:
        'EC2 console > Snapshots > the snapshot > Actions > Snapshot settings > Modify permissions > Private',
    },
    references: {
      fsbp: ['EC2.1'],
      docs: ['https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html'],
    },
    deviations: {
      'FSBP EC2.1':
        'Reported on each public snapshot, where Security Hub reports one finding on the account.',
    },
  },
  (ctx) =>
    ctx
      .resources('ec2:snapshot')
      .filter((s) => ctx.known(s, 'public') && s.attributes.public)
      .map((snapshot): RuleHit => ({
        target: snapshot,
        message: `EBS snapshot ${snapshot.id}${snapshot.attributes.volumeId ? ` of ${snapshot.attributes.volumeId}` : ''} (${snapshot.attributes.sizeGiB} GiB) is public: any AWS account can restore it.`,
        evidence: {
          public: true,
          volumeId: snapshot.attributes.volumeId,
          encrypted: snapshot.attributes.encrypted,
        },
      })),
);

export const amiPublic = defineRule(
  {
    id: 'ec2.ami-public',
    title: 'AMI is public',
    severity: 'critical',
    category: 'security',
    resourceType: 'ec2:image',
    reads: ['ec2:image'],
    description:
      'An AMI the account owns can be launched by every AWS account (its launch permissions hold the group all).',
    risk: 'Anyone can launch the image and read its disks: code, configuration and any credential baked into it. Public AMIs are searched for continuously.',
    remediation: {
      text: 'Make the AMI private at once, share it with named accounts if it must be shared, and treat what it held as exposed. Block public access for AMIs in every region to stop it happening again.',
      cli: "aws ec2 modify-image-attribute --region {region} --image-id {id} --launch-permission 'Remove=[{Group=all}]'",
      console: 'EC2 console > AMIs > the AMI > Actions > Edit AMI permissions > Private',
    },
    references: {
      docs: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-intro.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('ec2:image')
      .filter((image) => image.attributes.public)
      .map((image): RuleHit => ({
        target: image,
        message: `AMI ${image.id}${image.name ? ` (${image.name})` : ''} is public: any AWS account can launch it.`,
        evidence: { public: true },
      })),
);
