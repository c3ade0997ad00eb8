/** Secrets Manager: rotation (off, failing, overdue) and unused secrets, from ListSecrets alone. */
import type { ResourceOfType } from '../../inventory/resources/index.js';
import { SAME_AS_US_EAST_1, quote } from '../../prices/table.js';
import type { RuleContext } from '../context.js';
import { defineRule, type RuleHit } from '../model.js';

type Secret = ResourceOfType<'secretsmanager:secret'>;

const DOCS = 'https://docs.aws.amazon.com/secretsmanager/latest/userguide';
const CONSOLE = 'Secrets Manager console > Secrets > the secret';
/** FSBP SecretsManager.3 fails a secret unused for more than 90 days, SecretsManager.4 one not rotated for 90. */
const SM3_UNUSED_DAYS = 90;
const SM4_ROTATION_DAYS = 90;
/**
 * NextRotationDate is the latest day rotation happens; a day past it, rotation did not happen as
 * scheduled (Secrets Manager leaves the date in the past when rotation fails).
 */
const ROTATION_GRACE_DAYS = 1;

/** Secrets to judge: not scheduled for deletion (their rotation and use no longer matter). */
const live = (ctx: RuleContext): Secret[] =>
  ctx.resources('secretsmanager:secret').filter((s) => s.attributes.deletedAt === null);

/** A replica's rotation is its primary's: rotation rules judge the primary only. */
const rotationOwner = (s: Secret) => s.attributes.primaryRegion === null;

const day = (iso: string | null) => iso?.slice(0, 10) ?? 'never';

const past = (days: number, limit: number, fsbp: string) => ({ fsbp: days > limit ? [fsbp] : [] });

const rotationRemediation = {
  text: 'Turn on automatic rotation with a rotation function (Secrets Manager provides them for RDS, Redshift and DocumentDB), or with managed rotation where the owning service offers it.',
  cli: 'aws secretsmanager rotate-secret --region {region} --secret-id {name} --rotation-lambda-arn ROTATION_FUNCTION_ARN --rotation-rules AutomaticallyAfterDays=30',
  console: `${CONSOLE} > Rotation > Edit rotation`,
};

export const rotationOff = defineRule(
  {
    id: 'secretsmanager.rotation-off',
    title: 'Secrets Manager secret has no automatic rotation',
    severity: 'medium',
    category: 'security',
    resourceType: 'secretsmanager:secret',
    reads: ['secretsmanager:secret'],
    description:
      'A secret is not configured for automatic rotation (RotationEnabled false). Replicas (rotated with their primary) and secrets scheduled for deletion are not judged.',
    risk: 'A secret that never changes stays valid for as long as anyone who ever copied it keeps the copy: a leak through logs, a laptop or a former colleague lasts forever.',
    remediation: rotationRemediation,
    references: { fsbp: ['SecretsManager.1'], docs: [`${DOCS}/rotating-secrets.html`] },
  },
  (ctx) =>
    live(ctx)
      .filter((s) => rotationOwner(s) && !s.attributes.rotationEnabled)
      .map((s) => ({
        target: s,
        message: `Secret ${s.id} is not rotated automatically (last rotated: ${day(s.attributes.lastRotatedAt)}).`,
        evidence: { rotationEnabled: false, lastRotatedAt: s.attributes.lastRotatedAt },
      })),
);

/** How many whole days the rotation is overdue, from NextRotationDate or else the last rotation and the schedule's days. */
function overdueDays(ctx: RuleContext, s: Secret): { days: number; dueAt: string } | null {
  const { nextRotationAt, lastRotatedAt, rotationDays } = s.attributes;
  if (nextRotationAt !== null) {
    const days = ctx.daysSince(nextRotationAt);
    return days === null ? null : { days, dueAt: nextRotationAt };
  }
  if (lastRotatedAt === null || rotationDays === null || rotationDays === 0) return null;
  const since = ctx.daysSince(lastRotatedAt);
  if (since === null) return null;
  const dueAt = new Date(Date.parse(lastRotatedAt) + rotationDays * 86_400_000).toISOString();
  return { days: since - rotationDays, dueAt };
}

export const rotationFailing = defineRule(
  {
    id: 'secretsmanager.rotation-failing',
    title: 'Secrets Manager secret rotation is overdue (failing)',
    severity: 'medium',
    category: 'security',
    resourceType: 'secretsmanager:secret',
    reads: ['secretsmanager:secret'],
    description:
      "A secret with automatic rotation on whose NextRotationDate (the latest day its schedule allows) is more than a day past: Secrets Manager leaves that date in the past when rotation fails. Without a NextRotationDate, the last rotation plus the schedule's AutomaticallyAfterDays stands for it; a secret never rotated and without a NextRotationDate is not judged.",
    risk: 'The secret is believed to rotate but does not: it ages like an unrotated one, and the failing rotation function may leave an AWSPENDING version that blocks the next rotation.',
    remediation: {
      text: "Read the rotation function's CloudWatch Logs for the failing step (createSecret, setSecret, testSecret, finishSecret), fix its network access or permissions, then rotate once by hand.",
      cli: 'aws secretsmanager rotate-secret --region {region} --secret-id {name}',
      console: `${CONSOLE} > Rotation > Rotate secret immediately`,
    },
    references: { fsbp: ['SecretsManager.2'], docs: [`${DOCS}/troubleshoot_rotation.html`] },
    deviations: {
      'FSBP SecretsManager.2':
        "The control reads AWS Config's RotationOccurringAsScheduled, which no Secrets Manager API returns; this rule reports a NextRotationDate more than a day in the past (or, without one, the last rotation plus AutomaticallyAfterDays) as rotation not occurring as scheduled.",
    },
  },
  (ctx) =>
    live(ctx)
      .filter((s) => rotationOwner(s) && s.attributes.rotationEnabled)
      .flatMap((s): RuleHit[] => {
        const overdue = overdueDays(ctx, s);
        if (!overdue || overdue.days < ROTATION_GRACE_DAYS) return [];
        return [
          {
            target: s,
            message: `Secret ${s.id} has rotation on but was due by ${day(overdue.dueAt)} (${overdue.days} days ago) and last rotated ${day(s.attributes.lastRotatedAt)}: its rotation is failing.`,
            evidence: {
              dueAt: overdue.dueAt,
              overdueDays: overdue.days,
              lastRotatedAt: s.attributes.lastRotatedAt,
              rotationDays: s.attributes.rotationDays,
              rotationSchedule: s.attributes.rotationSchedule,
            },
          },
        ];
      }),
);

/** Secrets Manager's price per secret (replicas count as secrets), prorated by the hour. */
const secretPrice = (region: string) =>
  quote(
    {
      item: 'secretsmanager.secret',
      usd: 0.4,
      unit: 'secret-month',
      source: 'AWS Secrets Manager pricing (aws.amazon.com/secrets-manager/pricing), per secret per month',
    },
    region,
    SAME_AS_US_EAST_1.has(region),
  );

export const secretUnused = defineRule(
  {
    id: 'secretsmanager.secret-unused',
    title: 'Secrets Manager secret not accessed for a long time',
    severity: 'low',
    category: 'cost',
    resourceType: 'secretsmanager:secret',
    reads: ['secretsmanager:secret'],
    description:
      'A secret was last accessed (LastAccessedDate, kept to the day) more than thresholds.secretUnusedDays ago (default 90, as FSBP SecretsManager.3); a secret never accessed counts from its creation. Each secret costs $0.40 a month. A finding cites SecretsManager.3 when the secret is unused for more than its 90 days. Secrets scheduled for deletion are not judged.',
    risk: 'Nobody needs the secret, yet whoever ever read it can still use it; and it is billed every month.',
    remediation: {
      text: 'Check that no application or person still needs the secret (CloudTrail GetSecretValue events), then delete it with a recovery window, which leaves time to restore it.',
      cli: 'aws secretsmanager delete-secret --region {region} --secret-id {name} --recovery-window-in-days 30',
      console: `${CONSOLE} > Actions > Delete secret`,
    },
    references: { fsbp: ['SecretsManager.3'], docs: [`${DOCS}/manage_delete-secret.html`] },
    deviations: {
      'FSBP SecretsManager.3':
        'A secret never accessed is judged by its creation date; AWS does not say how the control treats one.',
    },
  },
  (ctx) => {
    const limit = ctx.thresholds.secretUnusedDays;
    return live(ctx).flatMap((s): RuleHit[] => {
      const since = s.attributes.lastAccessedAt ?? s.createdAt;
      const days = ctx.daysSince(since);
      if (days === null || days <= limit) return [];
      const price = secretPrice(s.region);
      return [
        {
          target: s,
          message: `Secret ${s.id} was ${s.attributes.lastAccessedAt ? `last accessed ${day(s.attributes.lastAccessedAt)}` : `never accessed since its creation on ${day(s.createdAt)}`} (${days} days ago), past the ${limit}-day limit; it costs $${price.usd} a month.`,
          evidence: {
            lastAccessedAt: s.attributes.lastAccessedAt,
            createdAt: s.createdAt,
            days,
            limitDays: limit,
          },
          references: past(days, SM3_UNUSED_DAYS, 'SecretsManager.3'),
          cost: {
            monthlyUsd: price.usd,
            basis: `$${price.usd} per secret-month`,
            prices: [price],
            avoidable: true,
          },
        },
      ];
    });
  },
);

export const secretNotRotated = defineRule(
  {
    id: 'secretsmanager.secret-not-rotated',
    title: 'Secrets Manager secret not rotated within the maximum age',
    severity: 'medium',
    category: 'security',
    resourceType: 'secretsmanager:secret',
    reads: ['secretsmanager:secret'],
    description:
      'A secret was last rotated (LastRotatedDate; its creation when never rotated) more than thresholds.secretMaxAgeDays ago (default 90, as FSBP SecretsManager.4). A new value put by hand is not a rotation. A finding cites SecretsManager.4 when the secret is older than its 90 days. Replicas (rotated with their primary) and secrets scheduled for deletion are not judged.',
    risk: 'The longer a secret lives, the more places it has been copied to (logs, caches, debugging sessions), and the longer a leaked copy stays valid.',
    remediation: rotationRemediation,
    references: { fsbp: ['SecretsManager.4'], docs: [`${DOCS}/rotating-secrets.html`] },
  },
  (ctx) => {
    const limit = ctx.thresholds.secretMaxAgeDays;
    return live(ctx)
      .filter(rotationOwner)
      .flatMap((s): RuleHit[] => {
        const since = s.attributes.lastRotatedAt ?? s.createdAt;
        const days = ctx.daysSince(since);
        if (days === null || days <= limit) return [];
        return [
          {
            target: s,
            message: `Secret ${s.id} was ${s.attributes.lastRotatedAt ? `last rotated ${day(s.attributes.lastRotatedAt)}` : `never rotated since its creation on ${day(s.createdAt)}`} (${days} days ago), past the ${limit}-day limit${s.attributes.rotationEnabled ? '' : '; automatic rotation is off'}.`,
            evidence: {
              lastRotatedAt: s.attributes.lastRotatedAt,
              createdAt: s.createdAt,
              days,
              limitDays: limit,
              rotationEnabled: s.attributes.rotationEnabled,
            },
            references: past(days, SM4_ROTATION_DAYS, 'SecretsManager.4'),
          },
        ];
      });
  },
);
