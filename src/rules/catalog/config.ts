import { resourceSchemas, resourceTypeOf, type ResourceType } from '../../inventory/resources/index.js';
import { isRegionDefault } from '../aws-defaults.js';
import type { RuleContext } from '../context.js';
import { defineRule, type RuleHit } from '../model.js';

/** Per-region settings records: they exist whatever the region holds. */
const SETTINGS_TYPES = new Set<ResourceType>([
  'ec2:region-settings',
  'guardduty:detector',
  'config:recorder',
]);

/** Account-wide types, recorded under `global`: nothing of theirs is in a region. */
const GLOBAL_TYPES = new Set<ResourceType>([
  'iam:account',
  'iam:user',
  'iam:role',
  'iam:group',
  'iam:policy',
  'budgets:budget',
  's3:account-settings',
  'cloudfront:distribution',
  'route53:hosted-zone',
]);

/** What can put a region in use: every type found in regions, beyond the settings records. */
export const REGION_CONTENT_TYPES: readonly ResourceType[] = resourceSchemas
  .map(resourceTypeOf)
  .filter((type) => !SETTINGS_TYPES.has(type) && !GLOBAL_TYPES.has(type));

/** How many resources the account has in the region, beyond what every region has. */
function resourcesIn(ctx: RuleContext): Map<string, number> {
  const counts = new Map<string, number>();
  for (const type of REGION_CONTENT_TYPES) {
    for (const resource of ctx.resources(type)) {
      if (isRegionDefault(resource)) continue;
      const key = `${resource.account}|${resource.region}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

export const configRecorderNotRecording = defineRule(
  {
    id: 'config.recorder-not-recording',
    title: 'AWS Config is not recording in the region',
    severity: 'medium',
    category: 'security',
    resourceType: 'aws:region',
    reads: ['config:recorder'],
    consults: REGION_CONTENT_TYPES,
    description:
      "The region has no AWS Config recorder of the account's own that is recording every supported resource type (recorders that other AWS services create for themselves do not count). Low in a region with no resource beyond its defaults (when every resource type was read there). Judged only where the recorders were listed. FSBP Config.1 also requires the service-linked role, which is not checked, so it is not cited.",
    risk: 'Without a configuration history, nobody can tell what a resource looked like before an incident or a change, and Security Hub controls that rely on Config cannot evaluate the region.',
    remediation: {
      text: 'Turn on AWS Config in the region, recording all supported resource types (global IAM types in one region only), with a delivery channel to an S3 bucket you control. In an AWS Organization, deploy it to every account and region with CloudFormation StackSets or Control Tower.',
      console: 'AWS Config console (in the region) > Get started > Record all resource types',
    },
    references: {
      cis: ['4.3'],
      docs: ['https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html'],
    },
  },
  (ctx) => {
    const inUse = resourcesIn(ctx);
    return ctx.accounts().flatMap((account) =>
      ctx.regionsOf(account).flatMap((region): RuleHit[] => {
        if (!ctx.listed(account, 'config:recorder', region)) return [];
        const recorders = ctx
          .resources('config:recorder')
          .filter((r) => r.account === account && r.region === region && !r.attributes.serviceLinked);
        // A recorder whose status is unknown may be recording: no claim.
        const recordsAll = (r: (typeof recorders)[number]) =>
          r.attributes.allSupported && (!ctx.known(r, 'recording') || r.attributes.recording !== false);
        if (recorders.some(recordsAll)) return [];
        const count = inUse.get(`${account}|${region}`) ?? 0;
        // "Nothing beyond the defaults" is only known where every such type was read.
        const unread = REGION_CONTENT_TYPES.filter(
          (type) => !ctx.listed(account, type, region) && !ctx.listed(account, type, 'global'),
        );
        const detail =
          recorders.length === 0
            ? 'the region has no configuration recorder'
            : recorders
                .map((r) =>
                  r.attributes.recording === false
                    ? `recorder ${r.id} is stopped`
                    : `recorder ${r.id} records selected resource types only`,
                )
                .join('; ');
        return [
          {
            target: ctx.regionTarget(account, region),
            message:
              `AWS Config is not recording every resource type in ${region}: ${detail}. The region holds ${count} resource(s) beyond its defaults` +
              (unread.length > 0
                ? ` of the types read; ${unread.length} resource type(s) were not read there.`
                : '.'),
            evidence: {
              recorders: recorders.map((r) => ({
                name: r.id,
                recording: r.attributes.recording,
                allSupported: r.attributes.allSupported,
              })),
              resourcesInRegion: count,
              ...(unread.length > 0 ? { resourceTypesNotRead: unread } : {}),
            },
            ...(count === 0 && unread.length === 0 ? { severity: 'low' as const } : {}),
          },
        ];
      }),
    );
  },
);
