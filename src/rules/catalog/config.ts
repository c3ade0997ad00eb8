import { resourceSchemas, resourceTypeOf, type ResourceType } from '../../inventory/resources/index.js';
import { isRegionDefault } from '../aws-defaults.js';
import type { RuleContext } from '../context.js';
import { defineRule, type RuleHit } from '../model.js';

/** Per-region settings records: they exist whatever the region holds. */
const SETTINGS_TYPES = new Set<ResourceType>([
  'ec2:region-settings',
  'guardduty:detector',
  'config:recorder',
  'ssm:region-settings',
]);

/** Account-wide types, recorded under `global`: nothing of theirs is in a region. */
const GLOBAL_TYPES = new Set<ResourceType>([
  'account:contacts',
  'iam:account',
  'iam:user',
  'iam:role',
  'iam:group',
  'iam:policy',
  'budgets:budget',
  's3:account-settings',
  'cloudfront:distribution',
  'route53:hosted-zone',
  'wafv2:cloudfront-web-acl',
  's3:multi-region-access-point',
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
      "The region has no AWS Config recorder of the account's own that is recording every supported resource type (recorders that other AWS services create for themselves do not count). Low in a region with no resource beyond its defaults (when every resource type was read there). Judged only where the recorders were listed. The service-linked role that FSBP Config.1 also requires is judged by config.recorder-not-service-linked-role.",
    risk: 'Without a configuration history, nobody can tell what a resource looked like before an incident or a change, and Security Hub controls that rely on Config cannot evaluate the region.',
    remediation: {
      text: 'Turn on AWS Config in the region, recording all supported resource types (global IAM types in one region only), with a delivery channel to an S3 bucket you control. In an AWS Organization, deploy it to every account and region with CloudFormation StackSets or Control Tower.',
      console: 'AWS Config console (in the region) > Get started > Record all resource types',
    },
    references: {
      fsbp: ['Config.1'],
      cis: ['4.3'],
      docs: ['https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html'],
    },
    deviations: {
      'FSBP Config.1':
        'Stricter: a recorder counts only when it records every supported resource type, where Config.1 asks only for the types its enabled controls need. Config.1 also fails a recorder without the service-linked role: that part is config.recorder-not-service-linked-role.',
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

/** The role AWS Config creates for itself; Config.1 requires recorders to use it. */
const SERVICE_LINKED_ROLE = /:role\/aws-service-role\/config\.amazonaws\.com\/AWSServiceRoleForConfig$/;

export const configRecorderNotServiceLinkedRole = defineRule(
  {
    id: 'config.recorder-not-service-linked-role',
    title: 'AWS Config recorder does not use the service-linked role',
    severity: 'low',
    category: 'security',
    resourceType: 'aws:region',
    reads: ['config:recorder'],
    description:
      "A recorder of the account's own records with a role other than AWS Config's service-linked role (AWSServiceRoleForConfig). Recorders that other AWS services create for themselves, and recorders whose role is not known, are not judged. Whether the region records at all is config.recorder-not-recording.",
    risk: 'A role the account manages can lose permissions AWS Config needs (a policy change, a permissions boundary, a deleted role): recording then silently misses resources, and the configuration history has gaps nobody notices.',
    remediation: {
      text: "Point the recorder at AWS Config's service-linked role (it is created on first use and kept up to date by AWS), then delete the custom role if nothing else uses it. The CLI call replaces the recorder's settings: keep its recording group.",
      cli: 'aws configservice put-configuration-recorder --region {region} --configuration-recorder name={recorder},roleARN=arn:aws:iam::{account}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig --recording-group allSupported=true',
      console:
        'AWS Config console (in the region) > Settings > Edit > IAM role for AWS Config > Use an existing AWS Config service-linked role',
    },
    references: {
      fsbp: ['Config.1'],
      docs: ['https://docs.aws.amazon.com/config/latest/developerguide/using-service-linked-roles.html'],
    },
    deviations: {
      'FSBP Config.1':
        'Judges only the service-linked role part of Config.1 (its includeConfigServiceLinkedRoleCheck parameter, true by default); whether the region records is config.recorder-not-recording.',
    },
  },
  (ctx) =>
    ctx
      .resources('config:recorder')
      .filter((r) => !r.attributes.serviceLinked && r.attributes.roleArn !== null)
      .filter((r) => !SERVICE_LINKED_ROLE.test(r.attributes.roleArn ?? ''))
      .map((r): RuleHit => ({
        target: ctx.regionTarget(r.account, r.region),
        subKey: r.id,
        message: `AWS Config recorder ${r.id} in ${r.region} records with role ${r.attributes.roleArn}, not AWS Config's service-linked role AWSServiceRoleForConfig.`,
        evidence: { recorder: r.id, roleArn: r.attributes.roleArn },
        templateValues: { recorder: r.id },
      })),
);
