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
