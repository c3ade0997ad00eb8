import type { Resource, ResourceType } from '../../inventory/resources/index.js';
import { isRegionDefault } from '../aws-defaults.js';
import { defineRule } from '../model.js';

/**
 * Types whose tags the scan reads. Alarms, log groups and budgets are left out (their tags cost
 * one call each and are not collected), launch templates too (their tags would cost a listing per
 * region), network interfaces (read with their tags, but mostly created by AWS services for the
 * resources that own them), and so are account-wide settings, which take no tags.
 */
export const TAGGED_TYPES: readonly [ResourceType, ...ResourceType[]] = [
  'ec2:instance',
  'ec2:volume',
  'ec2:snapshot',
  'ec2:elastic-ip',
  'ec2:nat-gateway',
  'ec2:security-group',
  'ec2:vpc',
  'ec2:subnet',
  's3:bucket',
  'rds:db-instance',
  'rds:db-cluster',
  'rds:db-snapshot',
  'rds:db-cluster-snapshot',
  'lambda:function',
  'iam:user',
  'iam:role',
  'dynamodb:table',
  'eks:cluster',
];

/** What AWS creates on its own, which nobody tags: region defaults and service-linked roles. */
const createdByAws = (resource: Resource): boolean =>
  isRegionDefault(resource) || (resource.type === 'iam:role' && resource.attributes.isServiceLinked);

export const requiredTagsMissing = defineRule(
  {
    id: 'tags.required-missing',
    title: 'Resource lacks tags the organization requires',
    severity: 'low',
    category: 'hygiene',
    resourceType: '*',
    reads: TAGGED_TYPES,
    description:
      'A resource is missing one or more of the tag keys listed in thresholds.requiredTags (for example owner, environment, cost-center). Nothing is reported until that list is set.',
    risk: 'Untagged resources have no owner to ask, cannot be charged back, and are the ones nobody dares to clean up.',
    remediation: {
      text: 'Add the missing tags, and enforce them with tag policies or an SCP on create.',
      cli: 'aws resourcegroupstaggingapi tag-resources --region {region} --resource-arn-list {arn} --tags owner=TEAM',
      console: 'Resource Groups & Tag Editor > Tag Editor',
    },
  },
  (ctx) => {
    const required = ctx.thresholds.requiredTags;
    if (required.length === 0) return [];
    return TAGGED_TYPES.flatMap((type) => ctx.resources(type))
      .filter((resource) => !createdByAws(resource) && ctx.known(resource, 'tags'))
      .flatMap((resource) => {
        const keys = new Set(Object.keys(resource.tags).map((k) => k.toLowerCase()));
        const missing = required.filter((key) => !keys.has(key.toLowerCase()));
        if (missing.length === 0) return [];
        return [
          {
            target: resource,
            message: `${resource.type} ${resource.name ?? resource.id} has no ${missing.map((k) => `'${k}'`).join(', ')} tag${missing.length > 1 ? 's' : ''}.`,
            evidence: { missingTags: missing, presentTags: Object.keys(resource.tags).sort() },
          },
        ];
      });
  },
);
