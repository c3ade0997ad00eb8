import { describe, expect, it } from '@jest/globals';
import { GetDetectorCommand, GuardDutyClient, ListDetectorsCommand } from '@aws-sdk/client-guardduty';
import { mockClient } from 'aws-sdk-client-mock';
import { detectorFeatures, guarddutyCollector } from '../../../src/scan/collectors/guardduty.js';
import { accessDenied, collect } from '../../support/collector-harness.js';

const guardduty = mockClient(GuardDutyClient);

describe('the GuardDuty collector', () => {
  it('maps features with their nested configurations, and the older data sources where features are absent', () => {
    expect(
      detectorFeatures({
        Features: [
          {
            Name: 'EKS_RUNTIME_MONITORING',
            Status: 'ENABLED',
            AdditionalConfiguration: [{ Name: 'EKS_ADDON_MANAGEMENT', Status: 'DISABLED' }],
          },
          { Name: 'S3_DATA_EVENTS', Status: 'ENABLED' },
        ],
      }),
    ).toEqual([
      { name: 'EKS_RUNTIME_MONITORING', status: 'ENABLED' },
      { name: 'EKS_RUNTIME_MONITORING/EKS_ADDON_MANAGEMENT', status: 'DISABLED' },
      { name: 'S3_DATA_EVENTS', status: 'ENABLED' },
    ]);
    expect(
      detectorFeatures({
        DataSources: {
          CloudTrail: { Status: 'ENABLED' },
          DNSLogs: { Status: 'ENABLED' },
          FlowLogs: { Status: 'ENABLED' },
          S3Logs: { Status: 'DISABLED' },
          Kubernetes: { AuditLogs: { Status: 'ENABLED' } },
        },
      }).map((f) => `${f.name}=${f.status}`),
    ).toEqual([
      'CLOUD_TRAIL=ENABLED',
      'DNS_LOGS=ENABLED',
      'EKS_AUDIT_LOGS=ENABLED',
      'FLOW_LOGS=ENABLED',
      'S3_DATA_EVENTS=DISABLED',
    ]);
  });

  it('records a detector it cannot read with its settings unknown', async () => {
    guardduty.on(ListDetectorsCommand).resolves({ DetectorIds: ['d1'] });
    guardduty.on(GetDetectorCommand).rejects(accessDenied('guardduty:GetDetector'));
    const outcome = await collect(guarddutyCollector);
    expect(outcome.resources).toEqual([
      expect.objectContaining({
        type: 'guardduty:detector',
        id: 'd1',
        region: 'eu-west-2',
        unknownAttributes: ['features', 'findingPublishingFrequency', 'status', 'tags'],
      }),
    ]);
    expect(outcome.errors.map((e) => [e.operation, e.missingPermission])).toEqual([
      ['GetDetector', 'guardduty:GetDetector'],
    ]);
  });
});
