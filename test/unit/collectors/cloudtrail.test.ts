import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  ListTrailsCommand,
  type Trail,
} from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import type { ResourceOfType } from '../../../src/inventory/resources/index.js';
import { cloudtrailCollector, managementEventsOf } from '../../../src/scan/collectors/cloudtrail.js';
import { HARNESS, accessDenied, collect } from '../../support/collector-harness.js';

const { ACCOUNT } = HARNESS;
const cloudtrail = mockClient(CloudTrailClient);
beforeEach(() => {
  cloudtrail.reset();
});
afterAll(() => {
  cloudtrail.restore();
});

/** The region a mocked call was sent to. */
const regionOf = (getClient: () => { config: { region: unknown } }) =>
  (getClient().config.region as () => Promise<string>)();

/** CloudTrail is scanned once per account, from the partition's home region. */
const collectGlobal = () => collect(cloudtrailCollector, { region: 'us-east-1', scopeRegion: 'global' });

const arnOf = (region: string, name: string, account: string = ACCOUNT) =>
  `arn:aws:cloudtrail:${region}:${account}:trail/${name}`;

function trail(region: string, name: string, extra: Partial<Trail> = {}): Trail {
  return {
    Name: name,
    TrailARN: arnOf(region, name),
    HomeRegion: region,
    S3BucketName: 'logs',
    IsMultiRegionTrail: false,
    IncludeGlobalServiceEvents: true,
    LogFileValidationEnabled: false,
    IsOrganizationTrail: false,
    ...extra,
  };
}

describe('the CloudTrail collector', () => {
  // An organization trail from the management account, multi-region, homed in Frankfurt; a local one.
  const org = trail('eu-central-1', 'org-trail', {
    TrailARN: arnOf('eu-central-1', 'org-trail', '999999999999'),
    IsMultiRegionTrail: true,
    IsOrganizationTrail: true,
  });
  const local = trail('us-east-1', 'local');
  const west = trail('eu-west-1', 'west-only', { KmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/k' });

  it('describes shadow trails once, finds single-region trails of other regions through ListTrails, reads status in home regions', async () => {
    const statusRegions: [string, string][] = [];
    cloudtrail.on(DescribeTrailsCommand).callsFake(async (input, getClient) => {
      const region = await regionOf(getClient);
      if (region === 'us-east-1' && input.includeShadowTrails) return { trailList: [org, local, org] };
      // AWS answers only the trails named, from their home region.
      if (region === 'eu-west-1' && !input.includeShadowTrails) {
        expect(input.trailNameList).toEqual([west.TrailARN]);
        return { trailList: [west] };
      }
      throw new Error(`unexpected DescribeTrails in ${region}`);
    });
    // moto answers ListTrails with the home region's trails only; AWS lists the account's trails
    // with their home regions, which is how a single-region trail elsewhere is found.
    cloudtrail.on(ListTrailsCommand).resolves({
      Trails: [org, local, west].map((t) => ({
        Name: t.Name,
        TrailARN: t.TrailARN,
        HomeRegion: t.HomeRegion,
      })),
    });
    cloudtrail.on(GetTrailStatusCommand).callsFake(async (input, getClient) => {
      statusRegions.push([input.Name, await regionOf(getClient)]);
      if (input.Name === local.TrailARN) throw accessDenied('cloudtrail:GetTrailStatus');
      return { IsLogging: input.Name === org.TrailARN };
    });
    // The organization trail records management events; the west one data events only.
    cloudtrail.on(GetEventSelectorsCommand).callsFake(async (input) =>
      input.TrailName === west.TrailARN
        ? {
            AdvancedEventSelectors: [
              {
                Name: 'S3 data events',
                FieldSelectors: [
                  { Field: 'eventCategory', Equals: ['Data'] },
                  { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
                ],
              },
            ],
          }
        : { EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }] },
    );

    const outcome = await collectGlobal();
    expect(outcome.failedTypes.size).toBe(0);
    expect(statusRegions.sort()).toEqual(
      [
        [org.TrailARN, 'eu-central-1'],
        [local.TrailARN, 'us-east-1'],
        [west.TrailARN, 'eu-west-1'],
      ].sort(),
    );
    const trails = outcome.resources as ResourceOfType<'cloudtrail:trail'>[];
    expect(
      trails.map((t) => [
        t.region,
        t.name,
        t.attributes.isMultiRegion,
        t.attributes.isLogging,
        t.attributes.managementEvents,
        t.unknownAttributes,
      ]),
    ).toEqual([
      ['eu-central-1', 'org-trail', true, true, 'all', []],
      ['us-east-1', 'local', false, null, 'all', ['isLogging']],
      ['eu-west-1', 'west-only', false, false, 'none', []],
    ]);
    expect(trails[0]).toMatchObject({
      arn: org.TrailARN,
      account: ACCOUNT,
      attributes: { isOrganizationTrail: true },
    });
    expect(trails[2]?.attributes.kmsKeyId).toBe(west.KmsKeyId);
    expect(outcome.errors).toEqual([
      expect.objectContaining({
        operation: 'GetTrailStatus',
        region: 'global',
        resourceId: local.TrailARN,
        missingPermission: 'cloudtrail:GetTrailStatus',
      }),
    ]);
  });

  it('without the home region DescribeTrails, marks the trails unlisted and their settings unknown', async () => {
    cloudtrail.on(DescribeTrailsCommand).rejects(accessDenied('cloudtrail:DescribeTrails'));
    cloudtrail
      .on(ListTrailsCommand)
      .resolves({ Trails: [{ Name: 'local', TrailARN: local.TrailARN, HomeRegion: 'us-east-1' }] });
    cloudtrail.on(GetTrailStatusCommand).resolves({ IsLogging: true });
    cloudtrail.on(GetEventSelectorsCommand).rejects(accessDenied('cloudtrail:GetEventSelectors'));

    const outcome = await collectGlobal();
    expect([...outcome.failedTypes]).toEqual(['cloudtrail:trail']);
    const [only] = outcome.resources as ResourceOfType<'cloudtrail:trail'>[];
    expect(only?.attributes.isLogging).toBe(true);
    expect(only?.unknownAttributes).toEqual([
      'cloudWatchLogsLogGroupArn',
      'includeGlobalServiceEvents',
      'isMultiRegion',
      'isOrganizationTrail',
      'kmsKeyId',
      'logFileValidation',
      'managementEvents',
      's3BucketName',
    ]);
  });

  it('reads which management events the selectors record, basic or advanced', () => {
    const mgmt = (readOnly?: { Equals?: string[]; NotEquals?: string[] }) => ({
      AdvancedEventSelectors: [
        {
          FieldSelectors: [
            { Field: 'eventCategory', Equals: ['Management'] },
            ...(readOnly ? [{ Field: 'readOnly', ...readOnly }] : []),
          ],
        },
      ],
      $metadata: {},
    });
    const basic = (
      ...selectors: { ReadWriteType?: 'All' | 'ReadOnly' | 'WriteOnly'; IncludeManagementEvents?: boolean }[]
    ) => ({
      EventSelectors: selectors,
      $metadata: {},
    });
    expect(managementEventsOf({ $metadata: {} })).toBe('all');
    expect(managementEventsOf(basic({ ReadWriteType: 'All' }))).toBe('all');
    expect(managementEventsOf(basic({ ReadWriteType: 'ReadOnly' }))).toBe('read-only');
    expect(managementEventsOf(basic({ ReadWriteType: 'ReadOnly' }, { ReadWriteType: 'WriteOnly' }))).toBe(
      'all',
    );
    expect(managementEventsOf(basic({ ReadWriteType: 'All', IncludeManagementEvents: false }))).toBe('none');
    expect(managementEventsOf(mgmt())).toBe('all');
    expect(managementEventsOf(mgmt({ Equals: ['false'] }))).toBe('write-only');
    expect(managementEventsOf(mgmt({ NotEquals: ['true'] }))).toBe('write-only');
    expect(managementEventsOf(mgmt({ Equals: ['true'] }))).toBe('read-only');
    expect(managementEventsOf(mgmt({ NotEquals: ['false'] }))).toBe('read-only');
  });
});
