import type { ResourceOfType } from '../../inventory/resources/index.js';
import { defineRule, type RuleHit } from '../model.js';

/** States of an instance that still exists (a terminated one has no interfaces nor a future). */
const LIVE = new Set(['pending', 'running', 'stopping', 'stopped']);
const live = (instance: ResourceOfType<'ec2:instance'>) => LIVE.has(instance.state ?? '');
/**
 * The families AWS can run paravirtual AMIs on (C1, C3, HS1, M1, M2, M3, T1). AWS never reports PV on
 * any other type; moto does, for every instance launched without a registered AMI.
 */
const PV_FAMILIES = new Set(['c1', 'c3', 'hs1', 'm1', 'm2', 'm3', 't1']);

const label = (instance: ResourceOfType<'ec2:instance'>) =>
  `Instance ${instance.id}${instance.name ? ` (${instance.name})` : ''}`;

export const instanceMultipleEnis = defineRule(
  {
    id: 'ec2.instance-multiple-enis',
    title: 'Instance uses more than one network interface',
    severity: 'low',
    category: 'security',
    resourceType: 'ec2:instance',
    reads: ['ec2:instance'],
    description:
      'The instance has more than one network interface (ENI or EFA) attached, which can put it in several subnets at once. EKS nodes, which attach interfaces for their pods, are reported too, as FSBP EC2.17 does: suppress them where that is by design.',
    risk: 'A dual-homed instance can bridge networks that were meant to be kept apart, around the controls between them.',
    remediation: {
      text: 'Detach the interfaces the instance does not need, or document why it must span networks and suppress the finding.',
      console: 'EC2 console > Network interfaces > the interface > Actions > Detach',
    },
    references: { fsbp: ['EC2.17'] },
  },
  (ctx) =>
    ctx
      .resources('ec2:instance')
      .filter((i) => live(i) && i.attributes.networkInterfaceCount > 1)
      .map((instance): RuleHit => ({
        target: instance,
        message: `${label(instance)} has ${instance.attributes.networkInterfaceCount} network interfaces.`,
        evidence: {
          networkInterfaceCount: instance.attributes.networkInterfaceCount,
          subnetId: instance.attributes.subnetId,
        },
      })),
);

export const instanceParavirtual = defineRule(
  {
    id: 'ec2.instance-paravirtual',
    title: 'Instance uses paravirtual (PV) virtualization',
    severity: 'medium',
    category: 'security',
    resourceType: 'ec2:instance',
    reads: ['ec2:instance'],
    description:
      "The instance's virtualization type is paravirtual. AWS runs PV only on the C1, C3, HS1, M1, M2, M3 and T1 families, so a PV answer for another type (an emulator's) is not reported.",
    risk: 'PV AMIs and the instance types that run them are no longer maintained: no current kernels, drivers or Nitro security features.',
    remediation: {
      text: 'Move the workload to an HVM AMI on a current instance type.',
      console: 'EC2 console > Launch instance, from an HVM AMI',
    },
    references: {
      fsbp: ['EC2.24'],
      docs: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/virtualization_types.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('ec2:instance')
      .filter((i) => live(i) && i.attributes.virtualizationType === 'paravirtual')
      .filter((i) => PV_FAMILIES.has(i.attributes.instanceType.split('.')[0] ?? ''))
      .map((instance): RuleHit => ({
        target: instance,
        message: `${label(instance)} is a paravirtual (PV) instance of type ${instance.attributes.instanceType}.`,
        evidence: { virtualizationType: 'paravirtual', instanceType: instance.attributes.instanceType },
      })),
);

export const instanceUserDataSecrets = defineRule(
  {
    id: 'ec2.instance-user-data-secrets',
    title: 'Instance user data holds a plaintext secret',
    severity: 'high',
    category: 'security',
    resourceType: 'ec2:instance',
    reads: ['ec2:instance'],
    // Its data takes one DescribeInstanceAttribute call per instance, which scans do not make by default.
    defaultEnabled: false,
    description:
      "The instance's user data (base64, or gzip-compressed as cloud-init accepts) holds what looks like a secret in plain text: a known key format (AWS access key, private key, Stripe, GitHub or Slack token, JWT, credentials in a URL) or a long random value assigned to a secret-like name, detected as for Lambda environment variables. One finding per assignment (or one for the whole text when a key stands outside any); values never leave the scan. Off by default: judged only where the user data was read, and this version's scan does not read it yet (one DescribeInstanceAttribute per instance, to come as an opt-in read), so today it judges only inventories that carry it.",
    risk: 'User data is readable by anyone with ec2:DescribeInstanceAttribute and by every process on the instance through the metadata service (IMDS) without authentication beyond reaching it; it survives in launch templates and AMIs made from the instance.',
    remediation: {
      text: 'Rotate the secret first (assume it is exposed), then have the instance fetch it at boot from Secrets Manager or SSM Parameter Store (SecureString) with its instance role, and remove it from the user data (stop the instance to edit user data).',
      console: 'EC2 console > Instances > the instance > Actions > Instance settings > Edit user data',
    },
    references: {
      docs: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('ec2:instance')
      .filter((instance) => ctx.known(instance, 'userDataSecrets'))
      .flatMap((instance): RuleHit[] =>
        (instance.attributes.userDataSecrets ?? []).map((secret) => ({
          target: instance,
          subKey: secret.variable,
          message: `${label(instance)} has a plaintext secret in its user data: ${secret.variable} (${secret.kind}).`,
          evidence: { variable: secret.variable, kind: secret.kind },
        })),
      ),
);
