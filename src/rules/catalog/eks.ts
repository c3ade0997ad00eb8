import type { ResourceOfType } from '../../inventory/resources/index.js';
import { extendedSupportSurcharge } from '../../prices/eks.js';
import { EKS_VERSION_SUPPORT_AS_OF } from '../data/eks-version-support.js';
import { kubernetesSupport, type KubernetesVersionJudgement } from '../eks-version-support.js';
import { daysUntil } from '../lambda-runtime-support.js';
import type { RuleContext } from '../context.js';
import { defineRule, type RuleHit } from '../model.js';

type Cluster = ResourceOfType<'eks:cluster'>;

const DOCS = 'https://docs.aws.amazon.com/eks/latest/userguide';
const CONSOLE = 'Amazon EKS console > Clusters > the cluster';

/** Ends of standard support this close are reported (low) ahead of the surcharge or forced upgrade. */
export const EKS_SUPPORT_WARNING_DAYS = 90;

const OPEN = new Set(['0.0.0.0/0', '::/0']);

export const endpointPublic = defineRule(
  {
    id: 'eks.endpoint-public',
    title: 'EKS cluster API endpoint is publicly accessible',
    severity: 'high',
    category: 'security',
    resourceType: 'eks:cluster',
    reads: ['eks:cluster'],
    description:
      "The cluster's Kubernetes API server endpoint has public access on (endpointPublicAccess). FSBP EKS.1 fails any public endpoint, whatever its CIDR restriction. High when it accepts any address (0.0.0.0/0, AWS's default, or no list stated), medium when publicAccessCidrs restricts it.",
    risk: 'The API server is reachable from the internet: a leaked kubeconfig token or IAM credential, or a Kubernetes API vulnerability, is exploitable from anywhere, and the endpoint is open to scanning and brute force.',
    remediation: {
      text: 'Turn on private endpoint access and turn public access off, reaching the API from the VPC (VPN, bastion, CI runners inside it). Where public access must stay, restrict publicAccessCidrs to known addresses.',
      cli: 'aws eks update-cluster-config --region {region} --name {name} --resources-vpc-config endpointPublicAccess=false,endpointPrivateAccess=true',
      console: `${CONSOLE} > Networking > Manage endpoint access`,
    },
    references: { fsbp: ['EKS.1'], docs: [`${DOCS}/cluster-endpoint.html`] },
  },
  (ctx) =>
    ctx
      .resources('eks:cluster')
      .filter((c) => ctx.known(c, 'endpointPublicAccess') && c.attributes.endpointPublicAccess === true)
      .map((cluster) => {
        const cidrs = cluster.attributes.publicAccessCidrs;
        const open = cidrs.length === 0 || cidrs.some((cidr) => OPEN.has(cidr));
        return {
          target: cluster,
          message: open
            ? `EKS cluster ${cluster.id}'s API endpoint is public and accepts any address.`
            : `EKS cluster ${cluster.id}'s API endpoint is public, restricted to ${cidrs.join(', ')}.`,
          severity: open ? 'high' : 'medium',
          evidence: {
            endpointPublicAccess: true,
            publicAccessCidrs: cidrs,
            endpointPrivateAccess: cluster.attributes.endpointPrivateAccess,
          },
        } satisfies RuleHit;
      }),
);

/** The cluster's support judgement; undefined when its version is unknown or not in the table. */
function support(ctx: RuleContext, cluster: Cluster): KubernetesVersionJudgement | undefined {
  const version = cluster.attributes.version;
  if (!ctx.known(cluster, 'version') || version === null) return undefined;
  return kubernetesSupport(version, ctx.now, EKS_SUPPORT_WARNING_DAYS);
}

const versionEvidence = (cluster: Cluster, judged: KubernetesVersionJudgement) => ({
  version: cluster.attributes.version,
  platformVersion: cluster.attributes.platformVersion,
  phase: judged.phase,
  endOfStandardSupport: judged.dates?.endOfStandardSupport ?? null,
  endOfExtendedSupport: judged.dates?.endOfExtendedSupport ?? null,
  supportType: cluster.attributes.supportType,
  source: judged.dates?.source ?? null,
  supportTableAsOf: EKS_VERSION_SUPPORT_AS_OF,
});

export const versionPastStandardSupport = defineRule(
  {
    id: 'eks.version-past-standard-support',
    title: 'EKS cluster runs a Kubernetes version past EKS standard support',
    severity: 'high',
    category: 'security',
    resourceType: 'eks:cluster',
    reads: ['eks:cluster'],
    description:
      "The cluster's Kubernetes version is past the end of EKS standard support: in extended support (12 more months, billed extra: eks.version-extended-support prices it) or past that too (unsupported). FSBP EKS.2 fails both. From a dated table of the EKS release calendar kept as data (src/rules/data/eks-version-support.ts); a version newer than every listed one is not judged.",
    risk: 'Extended support gets only critical control plane patches; past it there are none, and AWS upgrades the cluster to the oldest supported version on its own schedule: an unplanned upgrade that can break workloads relying on removed APIs.',
    remediation: {
      text: 'Upgrade the control plane one minor version at a time to a version in standard support (check deprecated APIs with EKS upgrade insights first), then the node groups and add-ons.',
      cli: 'aws eks update-cluster-version --region {region} --name {name} --kubernetes-version NEXT_MINOR_VERSION',
      console: `${CONSOLE} > Upgrade now`,
    },
    references: {
      fsbp: ['EKS.2'],
      docs: [`${DOCS}/kubernetes-versions.html`, `${DOCS}/update-cluster.html`],
    },
    deviations: {
      'FSBP EKS.2':
        "Judged from the EKS release calendar's dates on the day of the scan. Security Hub compares the version with a fixed oldestVersionSupported parameter (1.33 in its documentation of 2026-09), which can lag behind the calendar: a version that just left standard support can fail here before it fails in Security Hub.",
    },
  },
  (ctx) =>
    ctx.resources('eks:cluster').flatMap((cluster): RuleHit[] => {
      const judged = support(ctx, cluster);
      if (judged?.phase !== 'unsupported' && judged?.phase !== 'extended') return [];
      const version = cluster.attributes.version ?? '?';
      const when =
        judged.phase === 'extended'
          ? `in extended support since the end of standard support on ${judged.dates?.endOfStandardSupport ?? '?'}`
          : judged.dates
            ? `whose EKS extended support ended on ${judged.dates.endOfExtendedSupport}`
            : `older than ${judged.olderThan ?? '?'}, whose EKS support has ended`;
      return [
        {
          target: cluster,
          message: `EKS cluster ${cluster.id} runs Kubernetes ${version}, ${when}.`,
          evidence: versionEvidence(cluster, judged),
        },
      ];
    }),
);

export const versionExtendedSupport = defineRule(
  {
    id: 'eks.version-extended-support',
    title: 'EKS cluster pays the extended support surcharge (or is about to)',
    severity: 'medium',
    category: 'cost',
    resourceType: 'eks:cluster',
    reads: ['eks:cluster'],
    description:
      "The cluster's Kubernetes version is past the end of EKS standard support and in extended support, billed $0.60 instead of $0.10 per cluster-hour (about $365 more a month), unless its upgrade policy is STANDARD (AWS then upgrades it instead). Low within 90 days before the end of standard support. From a dated table kept as data (src/rules/data/eks-version-support.ts).",
    risk: 'Six times the control plane price for the same cluster, for a version that gets only critical patches and is upgraded by AWS at the end of extended support anyway.',
    remediation: {
      text: 'Upgrade the control plane to a version in standard support (one minor version at a time), then node groups and add-ons. To never pay the surcharge, set the upgrade policy to STANDARD: AWS then upgrades the cluster at the end of standard support.',
      cli: 'aws eks update-cluster-version --region {region} --name {name} --kubernetes-version NEXT_MINOR_VERSION',
      console: `${CONSOLE} > Upgrade now`,
    },
    references: {
      docs: [
        'https://aws.amazon.com/eks/pricing/',
        `${DOCS}/kubernetes-versions.html`,
        `${DOCS}/extended-support-control.html`,
      ],
    },
  },
  (ctx) =>
    ctx.resources('eks:cluster').flatMap((cluster): RuleHit[] => {
      const judged = support(ctx, cluster);
      if (!judged?.dates) return [];
      // AWS's default policy is EXTENDED; only STANDARD avoids the surcharge (by a forced upgrade).
      const standardPolicy =
        ctx.known(cluster, 'supportType') && cluster.attributes.supportType === 'STANDARD';
      const evidence = versionEvidence(cluster, judged);
      const { endOfStandardSupport } = judged.dates;
      const version = cluster.attributes.version ?? '?';
      if (judged.phase === 'standard-ending-soon') {
        const days = daysUntil(endOfStandardSupport, ctx.now);
        const then = standardPolicy
          ? 'then AWS upgrades it (upgrade policy STANDARD)'
          : 'then extended support costs about $365 more a month';
        return [
          {
            target: cluster,
            message: `EKS cluster ${cluster.id}: standard support for Kubernetes ${version} ends on ${endOfStandardSupport} (in ${days} days); ${then}.`,
            severity: 'low',
            evidence: { ...evidence, daysUntilEnd: days },
          },
        ];
      }
      if (judged.phase !== 'extended' || standardPolicy) return [];
      return [
        {
          target: cluster,
          message: `EKS cluster ${cluster.id} runs Kubernetes ${version}, in extended support since ${endOfStandardSupport}: billed $0.60 instead of $0.10 per cluster-hour.`,
          evidence,
          cost: extendedSupportSurcharge(cluster.region, true),
        },
      ];
    }),
);

export const secretsNotEncrypted = defineRule(
  {
    id: 'eks.secrets-not-encrypted',
    title: 'EKS cluster does not encrypt Kubernetes secrets with a KMS key',
    severity: 'medium',
    category: 'security',
    resourceType: 'eks:cluster',
    reads: ['eks:cluster'],
    description:
      "The cluster has no encryptionConfig for the resource 'secrets': Kubernetes secrets are not envelope-encrypted with a KMS key of the account's (FSBP EKS.3).",
    risk: 'Secrets in etcd are protected by AWS-managed encryption only: nobody can revoke access by disabling a key, and key use is not logged in CloudTrail.',
    remediation: {
      text: 'Associate a symmetric customer managed KMS key for secrets encryption (it cannot be removed afterwards), then rewrite existing secrets so they are encrypted with it.',
      cli: 'aws eks associate-encryption-config --region {region} --cluster-name {name} --encryption-config \'[{"resources":["secrets"],"provider":{"keyArn":"KMS_KEY_ARN"}}]\'',
      console: `${CONSOLE} > Overview > Secrets encryption > Enable`,
    },
    references: { fsbp: ['EKS.3'], docs: [`${DOCS}/enable-kms.html`] },
  },
  (ctx) =>
    ctx
      .resources('eks:cluster')
      .filter((c) => ctx.known(c, 'secretsEncrypted') && c.attributes.secretsEncrypted === false)
      .map((cluster) => ({
        target: cluster,
        message: `EKS cluster ${cluster.id} does not envelope-encrypt Kubernetes secrets with a KMS key.`,
        evidence: { secretsEncrypted: false },
      })),
);

export const auditLoggingOff = defineRule(
  {
    id: 'eks.audit-logging-off',
    title: 'EKS cluster does not send Kubernetes audit logs to CloudWatch',
    severity: 'medium',
    category: 'security',
    resourceType: 'eks:cluster',
    reads: ['eks:cluster'],
    description:
      "The control plane log type 'audit' is not enabled: the Kubernetes API's audit log is not kept (FSBP EKS.8).",
    risk: 'Who did what through the Kubernetes API (read secrets, created privileged pods, changed RBAC) cannot be traced after an incident.',
    remediation: {
      text: 'Enable the audit log type (and authenticator, to tie requests to IAM principals) for the control plane; set a retention on the /aws/eks/<cluster>/cluster log group.',
      cli: 'aws eks update-cluster-config --region {region} --name {name} --logging \'{"clusterLogging":[{"types":["audit","authenticator"],"enabled":true}]}\'',
      console: `${CONSOLE} > Observability > Control plane logging > Manage`,
    },
    references: { fsbp: ['EKS.8'], docs: [`${DOCS}/control-plane-logs.html`] },
  },
  (ctx) =>
    ctx
      .resources('eks:cluster')
      .filter((c) => ctx.known(c, 'enabledLogTypes') && c.attributes.enabledLogTypes !== null)
      .filter((c) => !(c.attributes.enabledLogTypes ?? []).includes('audit'))
      .map((cluster) => ({
        target: cluster,
        message: `EKS cluster ${cluster.id} does not log Kubernetes audit events (enabled: ${(cluster.attributes.enabledLogTypes ?? []).join(', ') || 'none'}).`,
        evidence: { enabledLogTypes: cluster.attributes.enabledLogTypes },
      })),
);
