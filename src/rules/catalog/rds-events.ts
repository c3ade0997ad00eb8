/** RDS: event notification subscriptions for critical events (FSBP RDS.19 to RDS.22). */
import type { ResourceOfType } from '../../inventory/resources/index.js';
import { defineRule, type RuleHit } from '../model.js';

type Subscription = ResourceOfType<'rds:event-subscription'>;

/** Each control's source type and the event categories it requires. */
const CRITICAL_EVENTS = [
  { control: 'RDS.19', sourceType: 'db-cluster', categories: ['maintenance', 'failure'] },
  {
    control: 'RDS.20',
    sourceType: 'db-instance',
    categories: ['maintenance', 'configuration change', 'failure'],
  },
  { control: 'RDS.21', sourceType: 'db-parameter-group', categories: ['configuration change'] },
  { control: 'RDS.22', sourceType: 'db-security-group', categories: ['configuration change', 'failure'] },
] as const;

/**
 * An enabled subscription of the source type (or of every type) sending every required category
 * (an empty list is every category). One limited to some sources still counts, as the controls
 * name only the source type and categories.
 */
const covers = (sub: Subscription, sourceType: string, categories: readonly string[]) =>
  sub.attributes.enabled &&
  (sub.attributes.sourceType === null || sub.attributes.sourceType === sourceType) &&
  (sub.attributes.eventCategories.length === 0 ||
    categories.every((c) => sub.attributes.eventCategories.includes(c)));

const REGION_DEVIATION =
  'Judged per region, on the region: a finding where the region has subscriptions but none covers the source type and categories. The control passes where there is none at all, as this rule does.';

export const eventSubscriptionsMissCriticalEvents = defineRule(
  {
    id: 'rds.event-subscriptions-miss-critical-events',
    title: 'RDS event subscriptions leave critical events unsent',
    severity: 'low',
    category: 'reliability',
    resourceType: 'aws:region',
    reads: ['rds:event-subscription'],
    description:
      'The region has RDS event subscriptions, but no enabled one sends the critical events of a source type: DB cluster maintenance and failure (FSBP RDS.19), DB instance maintenance, configuration change and failure (RDS.20), DB parameter group configuration change (RDS.21), DB security group configuration change and failure (RDS.22). Each finding cites the controls whose source type is uncovered. A region with no subscription at all passes, as in the controls.',
    risk: 'Failovers, failures, forced maintenance and configuration changes happen without anyone being told, so they are noticed late, from their effects.',
    remediation: {
      text: 'Create (or widen) an enabled subscription to an SNS topic for each uncovered source type, with all sources and at least the listed event categories (or all categories).',
      cli: 'aws rds create-event-subscription --region {region} --subscription-name critical-db-cluster-events --sns-topic-arn TOPIC-ARN --source-type db-cluster --event-categories maintenance failure',
      console: 'RDS console (in the region) > Event subscriptions > Create event subscription',
    },
    references: {
      fsbp: ['RDS.19', 'RDS.20', 'RDS.21', 'RDS.22'],
      docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Events.Subscribing.html'],
    },
    deviations: {
      'FSBP RDS.19': REGION_DEVIATION,
      'FSBP RDS.20': REGION_DEVIATION,
      'FSBP RDS.21': REGION_DEVIATION,
      'FSBP RDS.22': REGION_DEVIATION,
    },
  },
  (ctx) =>
    ctx.accounts().flatMap((account) =>
      ctx.regionsOf(account).flatMap((region): RuleHit[] => {
        if (!ctx.listed(account, 'rds:event-subscription', region)) return [];
        const subs = ctx
          .resources('rds:event-subscription')
          .filter((s) => s.account === account && s.region === region);
        if (subs.length === 0) return [];
        const uncovered = CRITICAL_EVENTS.filter(
          (e) => !subs.some((s) => covers(s, e.sourceType, e.categories)),
        );
        if (uncovered.length === 0) return [];
        return [
          {
            target: ctx.regionTarget(account, region),
            message: `RDS event subscriptions in ${region} send no ${uncovered.map((e) => `${e.sourceType} (${e.categories.join(', ')})`).join('; ')} events.`,
            evidence: {
              uncovered: uncovered.map((e) => ({ sourceType: e.sourceType, eventCategories: e.categories })),
              subscriptions: subs.map((s) => ({
                name: s.id,
                enabled: s.attributes.enabled,
                sourceType: s.attributes.sourceType,
                eventCategories: s.attributes.eventCategories,
              })),
            },
            references: { fsbp: uncovered.map((e) => e.control) },
          },
        ];
      }),
    ),
);
