import {
  GetDetectorCommand,
  GuardDutyClient,
  paginateListDetectors,
  type GetDetectorCommandOutput,
} from '@aws-sdk/client-guardduty';
import type { AttributesOf } from '../../inventory/resources/index.js';
import type { Collector, CollectorContext } from '../collector.js';
import { isoDate, makeResource, text } from '../normalize.js';

const permissions = {
  ListDetectors: 'guardduty:ListDetectors',
  GetDetector: 'guardduty:GetDetector',
} as const;
type Operation = keyof typeof permissions;
type Context = CollectorContext<Operation>;
type Feature = AttributesOf<'guardduty:detector'>['features'][number];

/** ListDetectors' maximum page size. */
const PAGE = { pageSize: 50 };

/**
 * The detector's protection plans. `Features` is GuardDuty's current form; detectors answered
 * without it (older API versions, moto) have the deprecated `DataSources`, mapped to the same names.
 */
export function detectorFeatures(detector: Partial<GetDetectorCommandOutput>): Feature[] {
  const features: Feature[] = [];
  for (const feature of detector.Features ?? []) {
    if (!feature.Name) continue;
    features.push({ name: feature.Name, status: text(feature.Status) });
    for (const extra of feature.AdditionalConfiguration ?? []) {
      if (extra.Name) features.push({ name: `${feature.Name}/${extra.Name}`, status: text(extra.Status) });
    }
  }
  const sources = detector.DataSources;
  if (features.length === 0 && sources) {
    const add = (name: string, status: string | undefined) => {
      if (status) features.push({ name, status });
    };
    add('CLOUD_TRAIL', sources.CloudTrail?.Status);
    add('DNS_LOGS', sources.DNSLogs?.Status);
    add('FLOW_LOGS', sources.FlowLogs?.Status);
    add('S3_DATA_EVENTS', sources.S3Logs?.Status);
    add('EKS_AUDIT_LOGS', sources.Kubernetes?.AuditLogs?.Status);
    add('EBS_MALWARE_PROTECTION', sources.MalwareProtection?.ScanEc2InstanceWithFindings?.EbsVolumes?.Status);
  }
  const unique = new Map(features.map((f) => [f.name, f]));
  return [...unique.values()].sort((a, b) => a.name.localeCompare(b.name));
}

async function collectDetector(ctx: Context, guardduty: GuardDutyClient, id: string): Promise<void> {
  const detector = await ctx.read(
    'GetDetector',
    () => guardduty.send(new GetDetectorCommand({ DetectorId: id })),
    {
      resourceId: id,
    },
  );
  ctx.emit(
    makeResource(
      'guardduty:detector',
      {
        arn: `arn:${ctx.partition}:guardduty:${ctx.region}:${ctx.account}:detector/${id}`,
        id,
        account: ctx.account,
        region: ctx.scopeRegion,
        tags: { ...(detector?.Tags ?? {}) },
        state: text(detector?.Status),
        createdAt: isoDate(detector?.CreatedAt),
      },
      {
        status: text(detector?.Status),
        findingPublishingFrequency: text(detector?.FindingPublishingFrequency),
        features: detector ? detectorFeatures(detector) : [],
      },
      // A detector that exists but cannot be read: GuardDuty may be on or suspended.
      detector ? [] : ['status', 'findingPublishingFrequency', 'features', 'tags'],
    ),
  );
}

/**
 * GuardDuty is regional, with at most one detector per account and region. A region whose
 * ListDetectors answered with none has GuardDuty off: the rules read that from complete coverage
 * with no detector, so nothing is emitted for it.
 */
export const guarddutyCollector: Collector<Operation> = {
  service: 'guardduty',
  scope: 'regional',
  permissions,
  resourceTypes: ['guardduty:detector'],
  async collect(ctx) {
    const guardduty = ctx.client(GuardDutyClient);
    const ids = await ctx.list(
      'ListDetectors',
      'guardduty:detector',
      paginateListDetectors({ client: guardduty, ...PAGE }, {}),
      (page) => page.DetectorIds,
    );
    await ctx.each([...new Set(ids)], (id) => collectDetector(ctx, guardduty, id));
  },
};
