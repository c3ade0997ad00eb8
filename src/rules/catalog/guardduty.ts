import { defineRule, type RuleHit } from '../model.js';

export const guarddutyNotEnabled = defineRule(
  {
    id: 'guardduty.not-enabled',
    title: 'GuardDuty is not enabled in the region',
    severity: 'high',
    category: 'security',
    resourceType: 'aws:region',
    reads: ['guardduty:detector'],
    description:
      "The region has no GuardDuty detector, or its detector is suspended. Judged only in regions where the account's detectors were listed.",
    risk: 'Compromised credentials, crypto-mining, reconnaissance and data exfiltration in the region raise no alert; attackers favour regions nobody watches.',
    remediation: {
      text: 'Enable GuardDuty in every region in use (in an AWS Organization, from the delegated administrator with auto-enable for members). A suspended detector is resumed with aws guardduty update-detector --detector-id <id> --enable.',
      cli: 'aws guardduty create-detector --region {region} --enable',
      console: 'GuardDuty console (in the region) > Get started > Enable GuardDuty',
    },
    references: {
      fsbp: ['GuardDuty.1'],
      docs: ['https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html'],
    },
  },
  (ctx) =>
    ctx.accounts().flatMap((account) =>
      ctx.regionsOf(account).flatMap((region): RuleHit[] => {
        if (!ctx.listed(account, 'guardduty:detector', region)) return [];
        const detectors = ctx
          .resources('guardduty:detector')
          .filter((d) => d.account === account && d.region === region);
        // A detector whose status could not be read may well be enabled.
        if (detectors.some((d) => !ctx.known(d, 'status') || d.attributes.status === 'ENABLED')) return [];
        return [
          {
            target: ctx.regionTarget(account, region),
            message:
              detectors.length === 0
                ? `GuardDuty is not enabled in ${region}: the region has no detector.`
                : `GuardDuty is suspended in ${region}: detector ${detectors.map((d) => `${d.id} is ${d.attributes.status ?? 'unknown'}`).join(', ')}.`,
            evidence: {
              detectors: detectors.map((d) => ({ id: d.id, status: d.attributes.status })),
            },
          },
        ];
      }),
    ),
);

/**
 * Protection plans, each advised only where the region (or, for S3, the account) has what it
 * protects: they are paid add-ons, and a plan for resources the account does not run is cost, not
 * protection. EKS Runtime Monitoring is not judged: GuardDuty.7 asks for its automated agent
 * management, an additional configuration the scan does not read.
 */
const PLANS: readonly {
  feature: string;
  control: string;
  plan: string;
  protects: 's3:bucket' | 'lambda:function' | 'rds:db-cluster' | 'ec2:instance' | 'eks:cluster';
  scope: 'account' | 'region';
}[] = [
  {
    feature: 'S3_DATA_EVENTS',
    control: 'GuardDuty.10',
    plan: 'S3 Protection',
    protects: 's3:bucket',
    scope: 'account',
  },
  {
    feature: 'LAMBDA_NETWORK_LOGS',
    control: 'GuardDuty.6',
    plan: 'Lambda Protection',
    protects: 'lambda:function',
    scope: 'region',
  },
  {
    feature: 'RDS_LOGIN_EVENTS',
    control: 'GuardDuty.9',
    plan: 'RDS Protection',
    protects: 'rds:db-cluster',
    scope: 'region',
  },
  {
    feature: 'EBS_MALWARE_PROTECTION',
    control: 'GuardDuty.8',
    plan: 'Malware Protection for EC2',
    protects: 'ec2:instance',
    scope: 'region',
  },
  {
    feature: 'EKS_AUDIT_LOGS',
    control: 'GuardDuty.5',
    plan: 'EKS Audit Log Monitoring',
    protects: 'eks:cluster',
    scope: 'region',
  },
];

const PLAN_DEVIATION =
  'Advised only where the account runs what the plan protects (S3 buckets in the account; Lambda functions, Aurora clusters, EC2 instances or EKS clusters in the region), as low-severity advice: the plans are paid add-ons. Security Hub fails every enabled detector without the plan.';

export const protectionPlanOff = defineRule(
  {
    id: 'guardduty.protection-plan-off',
    title: 'GuardDuty protection plan is off where the account runs what it protects',
    severity: 'low',
    category: 'security',
    resourceType: 'guardduty:detector',
    reads: ['guardduty:detector'],
    consults: ['s3:bucket', 'lambda:function', 'rds:db-cluster', 'ec2:instance', 'eks:cluster'],
    description:
      "An enabled detector has S3 Protection, Lambda Protection, RDS Protection, Malware Protection for EC2 or EKS Audit Log Monitoring off (its feature's status is DISABLED) while the account has S3 buckets, or the region has Lambda functions, Aurora clusters, EC2 instances or EKS clusters. Advice: each plan is billed on top of GuardDuty. Plans the detector does not list, and EKS Runtime Monitoring, are not judged.",
    risk: 'GuardDuty without the plan does not see the activity it covers: S3 data-event anomalies, a Lambda function calling a mining pool, brute-forced Aurora logins, malware on an instance’s volumes, a Kubernetes API call from a known-malicious address.',
    remediation: {
      text: 'Weigh each plan’s price against what it protects (GuardDuty’s usage page estimates it), then turn on the ones worth it; in an AWS Organization, from the delegated administrator for every member.',
      cli: 'aws guardduty update-detector --region {region} --detector-id {id} --features Name={feature},Status=ENABLED',
      console: 'GuardDuty console (in the region) > Protection plans',
    },
    references: {
      fsbp: ['GuardDuty.5', 'GuardDuty.6', 'GuardDuty.8', 'GuardDuty.9', 'GuardDuty.10'],
      docs: ['https://docs.aws.amazon.com/guardduty/latest/ug/guardduty-features-activation-model.html'],
    },
    deviations: Object.fromEntries(
      ['GuardDuty.5', 'GuardDuty.6', 'GuardDuty.8', 'GuardDuty.9', 'GuardDuty.10'].map((id) => [
        `FSBP ${id}`,
        PLAN_DEVIATION,
      ]),
    ),
  },
  (ctx) =>
    ctx
      .resources('guardduty:detector')
      .filter((d) => ctx.known(d, 'status', 'features') && d.attributes.status === 'ENABLED')
      .flatMap((detector) =>
        PLANS.flatMap((plan): RuleHit[] => {
          const feature = detector.attributes.features.find((f) => f.name === plan.feature);
          if (feature?.status !== 'DISABLED') return [];
          const protectedCount = ctx
            .resources(plan.protects)
            .filter(
              (r) =>
                r.account === detector.account && (plan.scope === 'account' || r.region === detector.region),
            ).length;
          if (protectedCount === 0) return [];
          const where = plan.scope === 'account' ? 'in the account' : `in ${detector.region}`;
          return [
            {
              target: detector,
              subKey: plan.feature,
              message: `GuardDuty ${plan.plan} is off in ${detector.region} while ${protectedCount} ${plan.protects} resource(s) run ${where}: a paid add-on worth weighing.`,
              evidence: { feature: plan.feature, status: 'DISABLED', protectedResources: protectedCount },
              references: { fsbp: [plan.control] },
              templateValues: { feature: plan.feature },
            },
          ];
        }),
      ),
);
