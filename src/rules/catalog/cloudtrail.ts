import type { ResourceOfType } from '../../inventory/resources/index.js';
import type { RuleContext } from '../context.js';
import { defineRule, type RuleHit } from '../model.js';
import { granteeText, neutralized, publicExposures, statementText } from './s3-shared.js';

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
  const multiRegion = trails.filter((t) => t.attributes.isMultiRegion);
  if (multiRegion.length === 0) {
    return `its ${trails.length} trail(s) are single-region (${trails.map((t) => `${trailLabel(t)} in ${t.attributes.homeRegion}`).join(', ')})`;
  }
  return multiRegion
    .map((t) =>
      t.attributes.isLogging === false
        ? `${trailLabel(t)} is not logging`
        : `${trailLabel(t)} ${MANAGEMENT_EVENTS_TEXT[t.attributes.managementEvents ?? ''] ?? 'does not record every management event'}`,
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

type Copy = 'read' | 'write';
const COPIES: Readonly<Record<string, readonly Copy[]>> = {
  all: ['read', 'write'],
  'read-only': ['read'],
  'write-only': ['write'],
  none: [],
};

/** The account's own trail (an organization trail seen from a member account is the management account's). */
const isOwnTrail = (trail: Trail) => trail.arn.split(':')[4] === trail.account;

const trailLabel = (t: Trail) => t.name ?? t.id;

/** A trail the account owns that is logging and whose reach and selectors were read. */
function recordingTrail(ctx: RuleContext, trail: Trail): boolean {
  return (
    ctx.known(trail, 'isMultiRegion', 'isLogging', 'managementEvents') &&
    trail.attributes.isLogging === true &&
    isOwnTrail(trail)
  );
}

/** The regions two trails both record: every region for two multi-region trails. */
function sharedRegions(a: Trail, b: Trail): string | null {
  if (a.attributes.isMultiRegion && b.attributes.isMultiRegion) return 'every region';
  if (a.attributes.isMultiRegion) return b.attributes.homeRegion;
  if (b.attributes.isMultiRegion) return a.attributes.homeRegion;
  return a.attributes.homeRegion === b.attributes.homeRegion ? a.attributes.homeRegion : null;
}

/** Who keeps the free copy: organization trails, then multi-region trails, then by name. */
const freeCopyFirst = (a: Trail, b: Trail) =>
  Number(b.attributes.isOrganizationTrail) - Number(a.attributes.isOrganizationTrail) ||
  Number(b.attributes.isMultiRegion) - Number(a.attributes.isMultiRegion) ||
  (a.name ?? a.id).localeCompare(b.name ?? b.id);

/**
 * Unique to this tool: the second copy of a management event is billed, and nothing in the console
 * says a second trail is one. Read and write events are copies of their own: a read-only trail and
 * a write-only trail never duplicate each other.
 */
export const duplicateManagementEvents = defineRule(
  {
    id: 'cloudtrail.duplicate-management-events',
    title: 'CloudTrail trail records management events another trail already records (paid copy)',
    severity: 'medium',
    category: 'cost',
    resourceType: 'cloudtrail:trail',
    reads: ['cloudtrail:trail'],
    description:
      'Two logging trails of the account record the same management events (read, write or both) in the same region: a multi-region trail and any other trail, or two single-region trails in one region. The first copy of management events is free; every further copy is billed at $2.00 per 100,000 events. The trail reported is the one after the free copy (an organization trail first, then multi-region trails, then by name). Trails of another account (an organization trail seen from a member account) and trails whose status or selectors were not read are not judged.',
    risk: 'A second trail doubles the CloudTrail bill for management events without adding any record the first does not have; in busy accounts that is tens to hundreds of dollars a month.',
    remediation: {
      text: 'If the second trail exists for a separate destination (another bucket or a CloudWatch Logs group), send it data events only, or exclude management events from its selectors, or deliver the first trail to both destinations instead. Otherwise delete it.',
      cli: 'aws cloudtrail get-event-selectors --trail-name {name} --region {region}',
      console: 'CloudTrail console > Trails > the trail > Management events > Edit',
    },
    references: {
      docs: [
        'https://aws.amazon.com/cloudtrail/pricing/',
        'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-trail-costs.html',
      ],
    },
  },
  (ctx) =>
    ctx.accounts().flatMap((account) => {
      const trails = ctx
        .resources('cloudtrail:trail')
        .filter((t) => t.account === account && recordingTrail(ctx, t))
        .sort(freeCopyFirst);
      return trails.flatMap((trail, index): RuleHit[] => {
        const earlier = trails.slice(0, index).flatMap((first) => {
          const where = sharedRegions(first, trail);
          const kinds = COPIES[trail.attributes.managementEvents ?? 'none']?.filter((kind) =>
            COPIES[first.attributes.managementEvents ?? 'none']?.includes(kind),
          );
          return where && kinds && kinds.length > 0 ? [{ first, where, kinds }] : [];
        });
        const [overlap] = earlier;
        if (!overlap) return [];
        return [
          {
            target: trail,
            message: `Trail ${trailLabel(trail)} records ${overlap.kinds.join(' and ')} management events that trail ${trailLabel(overlap.first)} already records (${overlap.where}): AWS bills this copy at $2.00 per 100,000 events.`,
            evidence: {
              duplicates: earlier.map((e) => ({
                trail: trailLabel(e.first),
                regions: e.where,
                events: e.kinds,
              })),
              price: '$2.00 per 100,000 management events after the first copy',
            },
          },
        ];
      });
    }),
);

const ownTrails = (ctx: RuleContext) => ctx.resources('cloudtrail:trail').filter(isOwnTrail);

export const trailNotKmsEncrypted = defineRule(
  {
    id: 'cloudtrail.trail-not-kms-encrypted',
    title: 'CloudTrail trail is not encrypted with a KMS key',
    severity: 'medium',
    category: 'security',
    resourceType: 'cloudtrail:trail',
    reads: ['cloudtrail:trail'],
    description: 'A trail of the account delivers its log files without SSE-KMS (no KmsKeyId).',
    risk: 'Log files are readable by anyone who can read the bucket; with a KMS key, reading them also needs kms:Decrypt, which can be limited to the security team and is logged.',
    remediation: {
      text: 'Give the trail a customer managed KMS key whose policy lets CloudTrail encrypt and the security team decrypt.',
      cli: 'aws cloudtrail update-trail --region {region} --name {name} --kms-key-id alias/cloudtrail',
      console:
        'CloudTrail console > Trails > the trail > General details > Edit > Log file SSE-KMS encryption',
    },
    references: {
      fsbp: ['CloudTrail.2'],
      cis: ['4.5'],
      docs: [
        'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html',
      ],
    },
  },
  (ctx) =>
    ownTrails(ctx)
      .filter((t) => ctx.known(t, 'kmsKeyId') && t.attributes.kmsKeyId === null)
      .map((trail): RuleHit => ({
        target: trail,
        message: `Trail ${trailLabel(trail)} delivers its log files without a KMS key.`,
        evidence: { kmsKeyId: null },
      })),
);

export const trailLogValidationOff = defineRule(
  {
    id: 'cloudtrail.trail-log-validation-off',
    title: 'CloudTrail trail does not validate its log files',
    severity: 'low',
    category: 'security',
    resourceType: 'cloudtrail:trail',
    reads: ['cloudtrail:trail'],
    description: 'A trail of the account has log file integrity validation off.',
    risk: 'Without digest files, a log file changed or deleted after delivery (by someone covering their tracks) cannot be told from the original.',
    remediation: {
      text: 'Turn on log file validation; CloudTrail then delivers a signed digest every hour.',
      cli: 'aws cloudtrail update-trail --region {region} --name {name} --enable-log-file-validation',
      console: 'CloudTrail console > Trails > the trail > General details > Edit > Log file validation',
    },
    references: {
      fsbp: ['CloudTrail.4'],
      cis: ['4.2'],
      docs: [
        'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html',
      ],
    },
  },
  (ctx) =>
    ownTrails(ctx)
      .filter((t) => ctx.known(t, 'logFileValidation') && !t.attributes.logFileValidation)
      .map((trail): RuleHit => ({
        target: trail,
        message: `Trail ${trailLabel(trail)} does not validate its log files.`,
        evidence: { logFileValidation: false },
      })),
);

export const trailNoCloudWatchLogs = defineRule(
  {
    id: 'cloudtrail.trail-no-cloudwatch-logs',
    title: 'CloudTrail trail does not deliver to CloudWatch Logs',
    severity: 'medium',
    category: 'security',
    resourceType: 'cloudtrail:trail',
    reads: ['cloudtrail:trail'],
    description: 'A trail of the account has no CloudWatch Logs log group.',
    risk: 'Without CloudWatch Logs, no metric filter or alarm can react to root sign-ins, policy changes or disabled trails as they happen; the events wait in S3 until someone looks.',
    remediation: {
      text: 'Send the trail to a CloudWatch Logs log group (with a role CloudTrail can assume) and add the metric filters and alarms you need.',
      cli: "aws cloudtrail update-trail --region {region} --name {name} --cloud-watch-logs-log-group-arn 'arn:aws:logs:{region}:{account}:log-group:cloudtrail:*' --cloud-watch-logs-role-arn arn:aws:iam::{account}:role/CloudTrail_CloudWatchLogs_Role",
      console: 'CloudTrail console > Trails > the trail > CloudWatch Logs > Edit',
    },
    references: {
      fsbp: ['CloudTrail.5'],
      docs: [
        'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html',
      ],
    },
    deviations: {
      'FSBP CloudTrail.5':
        'Judges the configuration (a log group is set), not whether the last delivery to CloudWatch Logs was within a day.',
    },
  },
  (ctx) =>
    ownTrails(ctx)
      .filter(
        (t) => ctx.known(t, 'cloudWatchLogsLogGroupArn') && t.attributes.cloudWatchLogsLogGroupArn === null,
      )
      .map((trail): RuleHit => ({
        target: trail,
        message: `Trail ${trailLabel(trail)} does not deliver to CloudWatch Logs.`,
        evidence: { cloudWatchLogsLogGroupArn: null },
      })),
);

export const bucketPublic = defineRule(
  {
    id: 'cloudtrail.bucket-public',
    title: "CloudTrail trail's S3 bucket is open to anyone",
    severity: 'critical',
    category: 'security',
    resourceType: 'cloudtrail:trail',
    reads: ['cloudtrail:trail', 's3:bucket', 's3:account-settings'],
    description:
      "The S3 bucket a trail of the account delivers to is public, judged exactly as s3.bucket-public judges it (a bucket policy statement open to any principal without a restricting condition, or an ACL grant to AllUsers or AuthenticatedUsers) and in effect: not neutralized by Block Public Access (RestrictPublicBuckets, IgnorePublicAcls) at the bucket or account level, or with the block unreadable. A bucket in another account (an organization or central logging account) is not in this account's inventory and is not judged. Prowler's cloudtrail_logs_s3_bucket_is_not_publicly_accessible.",
    risk: "A trail's log files record every API call in the account: who did what, from where, with which role and resource names. A public bucket hands that map to anyone, and a public write or delete grant lets anyone erase or forge the record an investigation would rest on.",
    remediation: {
      text: 'Remove the public statements from the bucket policy and the public ACL grants (or set BucketOwnerEnforced), keeping the statements CloudTrail needs (cloudtrail.amazonaws.com with aws:SourceArn), then turn on Block Public Access for the bucket.',
      cli: 'aws s3api put-public-access-block --bucket {bucket} --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
      console: 'S3 console > Buckets > the trail bucket > Permissions',
    },
    references: {
      docs: [
        'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html',
        'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
      ],
    },
  },
  (ctx) =>
    ctx.resources('cloudtrail:trail').flatMap((trail): RuleHit[] => {
      const name = ctx.known(trail, 's3BucketName') ? trail.attributes.s3BucketName : null;
      if (!name) return [];
      // Bucket names are global: the same name in this account's inventory is the trail's bucket.
      const bucket = ctx.resources('s3:bucket').find((b) => b.account === trail.account && b.id === name);
      if (!bucket) return [];
      // A neutralized grant is not reachable today; s3.bucket-public reports it, lowered.
      const open = publicExposures(ctx, bucket).filter((e) => !neutralized(e.neutralizer));
      if (open.length === 0) return [];
      const how = open.map((e) =>
        e.path === 'policy'
          ? `its policy allows anyone (${e.statements.map(statementText).join('; ')})`
          : `its ACL grants ${e.grants.map((g) => `${g.permission} to ${granteeText(g.grantee)}`).join(' and ')}`,
      );
      const unknown = open.some((e) => e.neutralizer === 'unknown')
        ? ' Whether Block Public Access blocks it is unknown: a public access block could not be read.'
        : '';
      return [
        {
          target: trail,
          message: `Trail ${trailLabel(trail)} delivers its logs to bucket ${name}, which is public: ${how.join('; and ')}.${unknown}`,
          evidence: {
            bucket: name,
            exposures: open.map((e) =>
              e.path === 'policy'
                ? { path: 'policy', publicStatements: e.statements, blockPublicAccess: e.neutralizer }
                : { path: 'acl', aclPublicGrants: e.grants, blockPublicAccess: e.neutralizer },
            ),
          },
          templateValues: { bucket: name },
        },
      ];
    }),
);
