import { beforeEach, describe, expect, it } from '@jest/globals';
import { GetAccessPointCommand, ListAccessPointsCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import { mockClient } from 'aws-sdk-client-mock';
import { s3AccessPointsCollector } from '../../../src/scan/collectors/s3-access-points.js';
import { HARNESS, accessDenied, collect, ofType } from '../../support/collector-harness.js';

const { ACCOUNT, REGION } = HARNESS;
const control = mockClient(S3ControlClient);
beforeEach(() => {
  control.reset();
});

const arn = (name: string, region: string = REGION) => `arn:aws:s3:${region}:${ACCOUNT}:accesspoint/${name}`;
const ALL_ON = {
  BlockPublicAcls: true,
  IgnorePublicAcls: true,
  BlockPublicPolicy: true,
  RestrictPublicBuckets: true,
};

describe('the S3 access point collector', () => {
  it("lists the region's access points page by page, and reads each one's block public access settings", async () => {
    control
      .on(ListAccessPointsCommand)
      .resolvesOnce({
        AccessPointList: [
          { Name: 'open', Bucket: 'data', NetworkOrigin: 'Internet', AccessPointArn: arn('open') },
        ],
        NextToken: 'n',
      })
      .resolvesOnce({
        AccessPointList: [
          {
            Name: 'vpc',
            Bucket: 'data',
            NetworkOrigin: 'VPC',
            AccessPointArn: arn('vpc'),
            BucketAccountId: ACCOUNT,
          },
          // Another region's (AWS lists only its own region's): recorded there, not here.
          { Name: 'far', Bucket: 'far', NetworkOrigin: 'Internet', AccessPointArn: arn('far', 'us-east-1') },
        ],
      });
    control.on(GetAccessPointCommand, { Name: 'open' }).resolves({
      PublicAccessBlockConfiguration: { ...ALL_ON, BlockPublicPolicy: false, RestrictPublicBuckets: false },
    });
    control.on(GetAccessPointCommand, { Name: 'vpc' }).resolves({ PublicAccessBlockConfiguration: ALL_ON });

    const outcome = await collect(s3AccessPointsCollector);
    expect(outcome.errors).toEqual([]);
    expect(control.commandCalls(GetAccessPointCommand).map((c) => c.args[0].input)).toEqual([
      { AccountId: ACCOUNT, Name: 'open' },
      { AccountId: ACCOUNT, Name: 'vpc' },
    ]);
    expect(ofType(outcome, 's3:access-point').map((p) => [p.id, p.arn, p.region, p.attributes])).toEqual([
      [
        'open',
        arn('open'),
        REGION,
        {
          bucket: 'data',
          bucketAccountId: null,
          networkOrigin: 'Internet',
          publicAccessBlock: {
            blockPublicAcls: true,
            ignorePublicAcls: true,
            blockPublicPolicy: false,
            restrictPublicBuckets: false,
          },
        },
      ],
      [
        'vpc',
        arn('vpc'),
        REGION,
        {
          bucket: 'data',
          bucketAccountId: ACCOUNT,
          networkOrigin: 'VPC',
          publicAccessBlock: {
            blockPublicAcls: true,
            ignorePublicAcls: true,
            blockPublicPolicy: true,
            restrictPublicBuckets: true,
          },
        },
      ],
    ]);
  });

  it('leaves the settings unknown where GetAccessPoint is denied, never "off"', async () => {
    control.on(ListAccessPointsCommand).resolves({
      AccessPointList: [
        { Name: 'open', Bucket: 'data', NetworkOrigin: 'Internet', AccessPointArn: arn('open') },
      ],
    });
    control.on(GetAccessPointCommand).rejects(accessDenied('s3:GetAccessPoint'));
    const outcome = await collect(s3AccessPointsCollector);
    expect([...outcome.partialTypes]).toEqual(['s3:access-point']);
    expect(outcome.errors.map((e) => [e.operation, e.resourceId, e.missingPermission])).toEqual([
      ['GetAccessPoint', 'open', 's3:GetAccessPoint'],
    ]);
    expect(ofType(outcome, 's3:access-point')[0]).toMatchObject({
      unknownAttributes: ['publicAccessBlock'],
      attributes: { publicAccessBlock: null },
    });
  });
});
