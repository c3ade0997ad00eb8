import type { ResourceOfType } from '../../inventory/resources/index.js';
import { defineRule, type RuleHit } from '../model.js';

type LaunchTemplate = ResourceOfType<'ec2:launch-template'>;

const label = (template: LaunchTemplate) =>
  `Launch template ${template.id}${template.name ? ` (${template.name})` : ''}, default version ${template.attributes.defaultVersion ?? '?'},`;

const newVersionConsole =
  'EC2 console > Launch templates > the template > Actions > Modify template (Create new version), then Actions > Set default version';

export const launchTemplatePublicIp = defineRule(
  {
    id: 'ec2.launch-template-public-ip',
    title: 'Launch template assigns public IP addresses',
    severity: 'high',
    category: 'security',
    resourceType: 'ec2:launch-template',
    reads: ['ec2:launch-template'],
    description:
      "The launch template's default version sets AssociatePublicIpAddress on one of its network interfaces: every instance launched from it, by hand or by an Auto Scaling group, gets a public IPv4 address.",
    risk: 'Instances launched from it face the internet as far as their security groups allow, whatever subnet they land in; each public IPv4 address is also billed hourly.',
    remediation: {
      text: 'Create a version whose network interfaces do not associate a public address (put instances behind a load balancer or NAT gateway), make it the default, and roll the groups that use it.',
      console: newVersionConsole,
    },
    references: {
      fsbp: ['EC2.25'],
      docs: [
        'https://docs.aws.amazon.com/autoscaling/ec2/userguide/create-launch-template.html#change-network-interface',
      ],
    },
    deviations: {
      'FSBP EC2.25':
        'An existing network interface the template names by id is not looked up, so one that already holds a public address is not reported.',
    },
  },
  (ctx) =>
    ctx.resources('ec2:launch-template').flatMap((template): RuleHit[] => {
      const publicOnes = template.attributes.networkInterfaces.filter(
        (i) => i.associatePublicIpAddress === true,
      );
      if (publicOnes.length === 0) return [];
      return [
        {
          target: template,
          message: `${label(template)} assigns a public IPv4 address to network interface(s) at device index ${publicOnes.map((i) => i.deviceIndex ?? '?').join(', ')}.`,
          evidence: {
            defaultVersion: template.attributes.defaultVersion,
            deviceIndexes: publicOnes.map((i) => i.deviceIndex),
          },
        },
      ];
    }),
);

export const launchTemplateImdsv1 = defineRule(
  {
    id: 'ec2.launch-template-imdsv1-allowed',
    title: 'Launch template does not require IMDSv2',
    severity: 'low',
    category: 'security',
    resourceType: 'ec2:launch-template',
    reads: ['ec2:launch-template'],
    description:
      "The launch template's default version sets HttpTokens to optional, or leaves it unset (launches then fall back to the AMI's or the account's default), so instances launched from it may answer IMDSv1 requests. Versions that turn the metadata endpoint off are not reported.",
    risk: 'Every instance launched from the template can be made to hand out its IAM role credentials through a server-side request forgery (the Capital One breach pattern).',
    remediation: {
      text: 'Create a version with HttpTokens required (after checking that the software on the instances uses IMDSv2), make it the default, and roll the groups that use it.',
      console: newVersionConsole,
    },
    references: {
      fsbp: ['EC2.170'],
      docs: [
        'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-options.html',
      ],
    },
    deviations: {
      'FSBP EC2.170':
        'A version that leaves HttpTokens unset is reported too, as the AWS Config rule behind EC2.170 (ec2-launch-template-imdsv2-check) fails it; the control page names only optional. Versions with the metadata endpoint disabled are not reported: they serve no metadata at all.',
    },
  },
  (ctx) =>
    ctx
      .resources('ec2:launch-template')
      .filter(
        (t) => t.attributes.imds.httpEndpoint !== 'disabled' && t.attributes.imds.httpTokens !== 'required',
      )
      .map((template): RuleHit => {
        const { httpTokens } = template.attributes.imds;
        return {
          target: template,
          message:
            httpTokens === null
              ? `${label(template)} does not set HttpTokens: instances launched from it require IMDSv2 only if the AMI or the account default does.`
              : `${label(template)} sets HttpTokens to ${httpTokens}: instances launched from it accept IMDSv1.`,
          evidence: { defaultVersion: template.attributes.defaultVersion, httpTokens },
        };
      }),
);

export const launchTemplateEbsUnencrypted = defineRule(
  {
    id: 'ec2.launch-template-ebs-unencrypted',
    title: 'Launch template turns off encryption of its EBS volumes',
    severity: 'medium',
    category: 'security',
    resourceType: 'ec2:launch-template',
    reads: ['ec2:launch-template'],
    consults: ['ec2:region-settings'],
    description:
      "The launch template's default version sets Encrypted to false for an EBS volume of its block device mappings. Volumes it leaves unset are not judged (EC2.181 reads only what the template sets). Low where EBS encryption by default is on in the region, which encrypts new volumes whatever the template says.",
    risk: 'Instances launched from it may get unencrypted disks, and their snapshots are unencrypted too.',
    remediation: {
      text: 'Create a version whose block device mappings set Encrypted to true (or leave it unset and turn on EBS encryption by default), make it the default, and roll the groups that use it.',
      console: newVersionConsole,
    },
    references: {
      fsbp: ['EC2.181'],
      docs: ['https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html'],
    },
  },
  (ctx) => {
    const encryptedByDefault = new Set(
      ctx
        .resources('ec2:region-settings')
        .filter((s) => s.attributes.ebsEncryptionByDefault && ctx.known(s, 'ebsEncryptionByDefault'))
        .map((s) => `${s.account}|${s.region}`),
    );
    return ctx.resources('ec2:launch-template').flatMap((template): RuleHit[] => {
      const off = template.attributes.ebsVolumes.filter((v) => v.encrypted === false);
      if (off.length === 0) return [];
      const byDefault = encryptedByDefault.has(`${template.account}|${template.region}`);
      return [
        {
          target: template,
          message: `${label(template)} sets Encrypted to false for ${off.map((v) => v.deviceName ?? 'a volume').join(', ')}.${byDefault ? ' EBS encryption by default is on in the region, so AWS encrypts these volumes anyway.' : ''}`,
          evidence: {
            defaultVersion: template.attributes.defaultVersion,
            devices: off.map((v) => v.deviceName),
            ebsEncryptionByDefault: byDefault,
          },
          ...(byDefault ? { severity: 'low' as const } : {}),
        },
      ];
    });
  },
);
