import type { ResourceOfType } from '../../inventory/resources/index.js';
import type { RuleContext } from '../context.js';
import { defineRule, type RuleHit } from '../model.js';

type Trail = ResourceOfType<'cloudtrail:trail'>;

/**
 * Could the trail be a logging multi-region trail that records read and write management events
 * (what CloudTrail.1 and CIS 4.1 ask)? True when it is one, or when any of that is unknown.
 */
function mayCoverAccount(ctx: RuleContext, trail: Trail): boolean {
  const multiRegion = !ctx.known(trail, 'isMultiRegion') || trail.attributes.isMultiRegion;
  const logging = !ctx.known(trail, 'isLogging') || trail.attributes.isLogging !== false;
  const allEvents = !ctx.known(trail, 'managementEvents') || trail.attributes.managementEvents === 'all';
  return multiRegion && logging && allEvents;
}

const MANAGEMENT_EVENTS_TEXT: Record<string, string> = {
  'read-only': 'records read management events only',
  'write-only': 'records write management events only',
  none: 'records no management event',
};

/** Why the account's trails do not cover it, for the message. */
function shortfall(trails: Trail[]): string {
  if (trails.length === 0) return 'it has no trail at all';
  const label = (t: Trail) => t.name ?? t.id;
  const multiRegion = trails.filter((t) => t.attributes.isMultiRegion);
  if (multiRegion.length === 0) {
    return `its ${trails.length} trail(s) are single-region (${trails.map((t) => `${label(t)} in ${t.attributes.homeRegion}`).join(', ')})`;
  }
  return multiRegion
    .map((t) =>
      t.attributes.isLogging === false
        ? `${label(t)} is not logging`
        : `${label(t)} ${MANAGEMENT_EVENTS_TEXT[t.attributes.managementEvents ?? ''] ?? 'does not record every management event'}`,
    )
    .join('; ');
}

export const noMultiRegionTrail = defineRule(
  {
    id: 'cloudtrail.no-multi-region-trail',
    title: 'No multi-region CloudTrail trail records all management events',
    severity: 'high',
    category: 'security',
    resourceType: 'aws:account',
    reads: ['cloudtrail:trail'],
    description:
      "The account has no CloudTrail trail that is multi-region, logging, and records both read and write management events (an organization trail counts). Judged only when the account's trails were listed; a trail whose status or event selectors could not be read is given the benefit of the doubt.",
    risk: 'Without such a trail, API activity is kept only 90 days in Event history and never delivered anywhere you control: an intrusion or a destructive change cannot be investigated, and regions nobody watches go unrecorded.',
    remediation: {
      text: 'Create a multi-region trail that logs to an S3 bucket you control (with log file validation on), or start logging on the existing one, and record all management events (read and write). In an AWS Organization, an organization trail from the management account covers every member.',
      // A new trail records all management events by default. Given only when the account has no
      // trail: fixing an existing one (start logging, change its selectors) needs no second trail.
      cli: 'aws cloudtrail create-trail --name account-trail --s3-bucket-name YOUR-TRAIL-BUCKET --is-multi-region-trail --enable-log-file-validation && aws cloudtrail start-logging --name account-trail',
      console: 'CloudTrail console > Trails > Create trail (multi-region is the default)',
    },
    references: {
      fsbp: ['CloudTrail.1'],
      cis: ['4.1'],
      docs: [
        'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-create-and-update-a-trail.html',
        'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-1',
      ],
    },
  },
  (ctx) =>
    ctx.accounts().flatMap((account): RuleHit[] => {
      if (!ctx.listed(account, 'cloudtrail:trail', 'global')) return [];
      const trails = ctx.resources('cloudtrail:trail').filter((t) => t.account === account);
      // A covering trail, or one that may be (a failed read): nothing to report.
      if (trails.some((t) => mayCoverAccount(ctx, t))) return [];
      return [
        {
          target: ctx.accountTarget(account),
          message: `Account ${account} has no multi-region CloudTrail trail that is logging and records all management events: ${shortfall(trails)}.`,
          cliDoesNotApply: trails.length > 0,
          evidence: {
            trails: trails.map((t) => ({
              name: t.name ?? t.id,
              homeRegion: t.attributes.homeRegion,
              isMultiRegion: t.attributes.isMultiRegion,
              isLogging: t.attributes.isLogging,
              managementEvents: t.attributes.managementEvents,
              isOrganizationTrail: t.attributes.isOrganizationTrail,
            })),
          },
        },
      ];
    }),
);
