import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetObjectLockConfigurationCommand,
  GetPublicAccessBlockCommand,
  ListBucketsCommand,
  ListMultipartUploadsCommand,
  ListObjectVersionsCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import {
  GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand,
  ListMultiRegionAccessPointsCommand,
  S3ControlClient,
} from '@aws-sdk/client-s3-control';
import {
  GetResourcesCommand,
  ResourceGroupsTaggingAPIClient,
  type ResourceTagMapping,
} from '@aws-sdk/client-resource-groups-tagging-api';
import { mockClient } from 'aws-sdk-client-mock';
import { s3Collector } from '../../../src/scan/collectors/s3.js';
import { HARNESS, accessDenied, collect, ofType } from '../../support/collector-harness.js';

const { ACCOUNT } = HARNESS;
const s3 = mockClient(S3Client);
const control = mockClient(S3ControlClient);
const tagging = mockClient(ResourceGroupsTaggingAPIClient);
afterEach(() => {
  s3.reset();
  control.reset();
  tagging.reset();
});
// No Multi-Region Access Point, and no tag listing (each bucket asks GetBucketTagging), unless a
// test says otherwise.
beforeEach(() => {
  control.on(ListMultiRegionAccessPointsCommand).resolves({ AccessPoints: [] });
  tagging.on(GetResourcesCommand).rejects(accessDenied('tag:GetResources'));
});

/** S3 is scanned once per account, from the partition's home region. */
const collectS3 = () => collect(s3Collector, { region: 'us-east-1', scopeRegion: 'global' });

/** The error S3 answers for a setting that is not configured (a 404 with its own code). */
const notConfigured = (code: string) =>
  Object.assign(new Error(code), { name: code, $metadata: { httpStatusCode: 404 } });

/** Every per-bucket read answers "not configured", as AWS does for a bucket created bare. */
function bareBucket(Bucket: string): void {
  const absent = [
    [GetBucketEncryptionCommand, 'ServerSideEncryptionConfigurationNotFoundError'],
    [GetPublicAccessBlockCommand, 'NoSuchPublicAccessBlockConfiguration'],
    [GetBucketPolicyCommand, 'NoSuchBucketPolicy'],
    [GetBucketOwnershipControlsCommand, 'OwnershipControlsNotFoundError'],
    [GetBucketLifecycleConfigurationCommand, 'NoSuchLifecycleConfiguration'],
    [GetBucketTaggingCommand, 'NoSuchTagSet'],
    [GetObjectLockConfigurationCommand, 'ObjectLockConfigurationNotFoundError'],
  ] as const;
  for (const [command, code] of absent)
    s3.on(command as typeof GetBucketPolicyCommand, { Bucket }).rejects(notConfigured(code));
  s3.on(GetBucketVersioningCommand, { Bucket }).resolves({});
  s3.on(GetBucketAclCommand, { Bucket }).resolves({ Grants: [] });
  s3.on(GetBucketLoggingCommand, { Bucket }).resolves({});
  // Empty: S3 leaves the lists out of its answer.
  s3.on(ListObjectVersionsCommand, { Bucket }).resolves({});
  s3.on(ListMultipartUploadsCommand, { Bucket }).resolves({});
}

const POLICY = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'Read', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::site/*' },
    {
      Sid: 'TlsOnly',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: ['arn:aws:s3:::site', 'arn:aws:s3:::site/*'],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
  ],
};

describe('the S3 collector', () => {
  it('normalizes a configured bucket, a bare one and the account block; regions from either answer', async () => {
    s3.on(ListBucketsCommand).resolves({
      Buckets: [
        { Name: 'site', CreationDate: new Date('2024-02-01T00:00:00Z'), BucketRegion: 'eu-west-1' },
        { Name: 'bare', CreationDate: new Date('2024-03-01T00:00:00Z') },
      ],
    });
    // ListBuckets names no region for `bare`: GetBucketLocation does, in its legacy spelling.
    s3.on(GetBucketLocationCommand, { Bucket: 'bare' }).resolves({ LocationConstraint: 'EU' });
    bareBucket('bare');
    const Bucket = 'site';
    s3.on(GetBucketEncryptionCommand, { Bucket }).resolves({
      ServerSideEncryptionConfiguration: {
        Rules: [
          {
            ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'alias/site' },
            BucketKeyEnabled: true,
          },
        ],
      },
    });
    s3.on(GetBucketVersioningCommand, { Bucket }).resolves({ Status: 'Enabled', MFADelete: 'Enabled' });
    s3.on(GetPublicAccessBlockCommand, { Bucket }).resolves({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true },
    });
    s3.on(GetBucketPolicyCommand, { Bucket }).resolves({ Policy: JSON.stringify(POLICY) });
    s3.on(GetBucketAclCommand, { Bucket }).resolves({
      Grants: [
        { Grantee: { Type: 'CanonicalUser', ID: 'owner' }, Permission: 'FULL_CONTROL' },
        {
          Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' },
          Permission: 'READ',
        },
      ],
    });
    s3.on(GetBucketOwnershipControlsCommand, { Bucket }).resolves({
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] },
    });
    s3.on(GetBucketLifecycleConfigurationCommand, { Bucket }).resolves({
      Rules: [
        {
          ID: 'expire',
          Status: 'Enabled',
          Filter: {},
          AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
        },
        {
          ID: 'old',
          Status: 'Disabled',
          Filter: {},
          AbortIncompleteMultipartUpload: { DaysAfterInitiation: 2 },
        },
        // Covers logs/ only: not the whole bucket.
        {
          ID: 'logs',
          Status: 'Enabled',
          Filter: { Prefix: 'logs/' },
          AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
        },
      ],
    });
    s3.on(GetBucketLoggingCommand, { Bucket }).resolves({
      LoggingEnabled: { TargetBucket: 'logs', TargetPrefix: '' },
    });
    s3.on(GetBucketTaggingCommand, { Bucket }).resolves({ TagSet: [{ Key: 'team', Value: 'web' }] });
    s3.on(ListObjectVersionsCommand, { Bucket }).resolves({
      Versions: [{ Key: 'index.html', VersionId: 'v1' }],
      IsTruncated: true,
    });
    s3.on(ListMultipartUploadsCommand, { Bucket }).resolves({ Uploads: [] });
    s3.on(GetObjectLockConfigurationCommand, { Bucket }).resolves({
      ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled' },
    });
    control.on(GetAccountPublicAccessBlockCommand).resolves({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: true,
        RestrictPublicBuckets: true,
      },
    });

    const outcome = await collectS3();

    expect({ errors: outcome.errors, failed: outcome.failedTypes, partial: outcome.partialTypes }).toEqual({
      errors: [],
      failed: new Set(),
      partial: new Set(),
    });
    expect(s3.commandCalls(GetBucketLocationCommand).map((c) => c.args[0].input.Bucket)).toEqual(['bare']);
    // Each bucket's settings are read in its own region.
    const policyCall = s3.commandCalls(GetBucketPolicyCommand, { Bucket: 'site' })[0];
    expect(await (policyCall?.thisValue as S3Client).config.region()).toBe('eu-west-1');
    const [bare, site] = ofType(outcome, 's3:bucket').sort((a, b) => a.id.localeCompare(b.id));
    expect(site).toEqual({
      type: 's3:bucket',
      arn: 'arn:aws:s3:::site',
      id: 'site',
      name: 'site',
      account: ACCOUNT,
      region: 'eu-west-1',
      tags: { team: 'web' },
      state: null,
      createdAt: '2024-02-01T00:00:00.000Z',
      unknownAttributes: [],
      attributes: {
        encryption: { algorithm: 'aws:kms', kmsKeyId: 'alias/site', bucketKeyEnabled: true },
        versioning: 'Enabled',
        mfaDelete: true,
        contents: { objects: 1, uploads: 0, complete: false, lastWrittenAt: null, bytes: 0 },
        objectLock: true,
        publicAccessBlock: {
          blockPublicAcls: true,
          ignorePublicAcls: true,
          blockPublicPolicy: false,
          restrictPublicBuckets: false,
        },
        policy: {
          document: POLICY,
          publicStatements: [{ sid: 'Read', actions: ['s3:GetObject'], principal: '*' }],
          deniesInsecureTransport: true,
        },
        aclPublicGrants: [{ grantee: 'AllUsers', permission: 'READ' }],
        objectOwnership: 'BucketOwnerPreferred',
        lifecycle: { ruleCount: 3, enabledRuleCount: 2, abortIncompleteUploadsDays: 7 },
        logging: { enabled: true, targetBucket: 'logs' },
      },
    });
    // "Not configured" is a known answer: nothing unknown, nothing recorded.
    expect(bare).toMatchObject({
      region: 'eu-west-1',
      tags: {},
      unknownAttributes: [],
      attributes: {
        encryption: null,
        versioning: 'Disabled',
        mfaDelete: false,
        contents: { objects: 0, uploads: 0, complete: true, lastWrittenAt: null, bytes: 0 },
        objectLock: false,
        publicAccessBlock: null,
        policy: null,
        aclPublicGrants: [],
        objectOwnership: null,
        lifecycle: { ruleCount: 0, enabledRuleCount: 0, abortIncompleteUploadsDays: null },
        logging: { enabled: false, targetBucket: null },
      },
    });
    expect(ofType(outcome, 's3:account-settings')).toEqual([
      expect.objectContaining({
        arn: `arn:aws:s3::${ACCOUNT}:account-settings`,
        region: 'global',
        unknownAttributes: [],
        attributes: {
          publicAccessBlock: {
            blockPublicAcls: true,
            ignorePublicAcls: true,
            blockPublicPolicy: true,
            restrictPublicBuckets: true,
          },
        },
      }),
    ]);
    expect(control.commandCalls(GetAccountPublicAccessBlockCommand)[0]?.args[0].input).toEqual({
      AccountId: ACCOUNT,
    });
  });

  it('records denied per-bucket and account reads with the missing action, and leaves those attributes unknown', async () => {
    s3.on(ListBucketsCommand).resolves({
      Buckets: [
        { Name: 'open', BucketRegion: 'us-east-1' },
        { Name: 'closed', BucketRegion: 'us-east-1' },
      ],
    });
    bareBucket('open');
    bareBucket('closed');
    s3.on(GetBucketPolicyCommand, { Bucket: 'closed' }).rejects(
      accessDenied('s3:GetBucketPolicy', 'AccessDenied'),
    );
    s3.on(GetPublicAccessBlockCommand, { Bucket: 'closed' }).rejects(
      accessDenied('s3:GetBucketPublicAccessBlock', 'AccessDenied'),
    );
    control
      .on(GetAccountPublicAccessBlockCommand)
      .rejects(accessDenied('s3:GetAccountPublicAccessBlock', 'AccessDenied'));

    const outcome = await collectS3();

    const errors = [...outcome.errors].sort((a, b) => a.operation.localeCompare(b.operation));
    expect(errors).toEqual([
      {
        account: ACCOUNT,
        service: 's3',
        region: 'global',
        operation: 'GetAccountPublicAccessBlock',
        code: 'AccessDenied',
        message: expect.stringContaining('(the scan needs s3:GetAccountPublicAccessBlock)'),
        resourceId: null,
        missingPermission: 's3:GetAccountPublicAccessBlock',
      },
      expect.objectContaining({
        operation: 'GetBucketPolicy',
        resourceId: 'closed',
        missingPermission: 's3:GetBucketPolicy',
      }),
      expect.objectContaining({
        operation: 'GetPublicAccessBlock',
        resourceId: 'closed',
        missingPermission: 's3:GetBucketPublicAccessBlock',
      }),
    ]);
    const buckets = ofType(outcome, 's3:bucket');
    expect(
      buckets.map((b) => [b.id, b.unknownAttributes, b.attributes.policy, b.attributes.publicAccessBlock]),
    ).toEqual([
      ['open', [], null, null],
      ['closed', ['policy', 'publicAccessBlock'], null, null],
    ]);
    expect(ofType(outcome, 's3:account-settings')[0]?.unknownAttributes).toEqual(['publicAccessBlock']);
    // Listed completely, read incompletely.
    expect(outcome.failedTypes).toEqual(new Set());
    expect(outcome.partialTypes).toEqual(new Set(['s3:bucket', 's3:account-settings']));
  });

  it('counts delete markers and incomplete uploads as content, and never takes an unread bucket for empty', async () => {
    const names = ['marker', 'upload', 'denied', 'lock-denied'];
    s3.on(ListBucketsCommand).resolves({
      Buckets: names.map((Name) => ({ Name, BucketRegion: 'us-east-1' })),
    });
    for (const name of names) bareBucket(name);
    s3.on(ListObjectVersionsCommand, { Bucket: 'marker' }).resolves({
      Versions: [
        { Key: 'a.txt', VersionId: 'v1', Size: 10, LastModified: new Date('2025-01-02T00:00:00Z') },
        { Key: 'a.txt', VersionId: 'v0', Size: 5, LastModified: new Date('2024-06-01T00:00:00Z') },
      ],
      DeleteMarkers: [{ Key: 'gone.txt', VersionId: 'm1', LastModified: new Date('2025-03-04T00:00:00Z') }],
    });
    s3.on(ListMultipartUploadsCommand, { Bucket: 'upload' }).resolves({
      Uploads: [{ Key: 'big.bin', UploadId: 'u1', Initiated: new Date('2025-05-06T00:00:00Z') }],
      IsTruncated: true,
    });
    s3.on(ListObjectVersionsCommand, { Bucket: 'denied' }).rejects(
      accessDenied('s3:ListBucketVersions', 'AccessDenied'),
    );
    s3.on(GetBucketVersioningCommand, { Bucket: 'lock-denied' }).resolves({ Status: 'Enabled' });
    s3.on(GetObjectLockConfigurationCommand, { Bucket: 'lock-denied' }).rejects(
      accessDenied('s3:GetBucketObjectLockConfiguration', 'AccessDenied'),
    );
    control
      .on(GetAccountPublicAccessBlockCommand)
      .rejects(notConfigured('NoSuchPublicAccessBlockConfiguration'));

    const outcome = await collectS3();

    const read = ofType(outcome, 's3:bucket').map((b) => [
      b.id,
      b.attributes.contents,
      b.attributes.objectLock,
      b.unknownAttributes,
    ]);
    const empty = { objects: 0, uploads: 0, complete: true, lastWrittenAt: null, bytes: 0 };
    expect(read).toEqual([
      [
        'marker',
        { objects: 3, uploads: 0, complete: true, lastWrittenAt: '2025-03-04T00:00:00.000Z', bytes: 15 },
        false,
        [],
      ],
      // A truncated listing: counted as far as read, never complete.
      [
        'upload',
        { objects: 0, uploads: 1, complete: false, lastWrittenAt: '2025-05-06T00:00:00.000Z', bytes: 0 },
        false,
        [],
      ],
      ['denied', { ...empty, complete: false }, false, ['contents']],
      ['lock-denied', empty, false, ['objectLock']],
    ]);
    // One page each: the same single call as asking for one entry.
    expect(s3.commandCalls(ListObjectVersionsCommand)[0]?.args[0].input).toEqual({
      Bucket: 'marker',
      MaxKeys: 1000,
    });
    expect(outcome.errors.map((e) => e.missingPermission).sort()).toEqual([
      's3:GetBucketObjectLockConfiguration',
      's3:ListBucketVersions',
    ]);
  });

  it('follows ListBuckets across pages', async () => {
    // Paginators reuse one input object, so the tokens are recorded as each call is made.
    const calls: [string | undefined, number | undefined][] = [];
    s3.on(ListBucketsCommand).callsFake((input: { ContinuationToken?: string; MaxBuckets?: number }) => {
      calls.push([input.ContinuationToken, input.MaxBuckets]);
      return input.ContinuationToken
        ? { Buckets: [{ Name: 'second', BucketRegion: 'us-east-1' }] }
        : { Buckets: [{ Name: 'first', BucketRegion: 'us-east-1' }], ContinuationToken: 'page-2' };
    });
    bareBucket('first');
    bareBucket('second');
    control
      .on(GetAccountPublicAccessBlockCommand)
      .rejects(notConfigured('NoSuchPublicAccessBlockConfiguration'));

    const outcome = await collectS3();

    expect(calls).toEqual([
      [undefined, 1000],
      ['page-2', 1000],
    ]);
    expect(outcome.errors).toEqual([]);
    expect(ofType(outcome, 's3:bucket').map((b) => b.id)).toEqual(['first', 'second']);
    expect(ofType(outcome, 's3:account-settings')[0]?.attributes.publicAccessBlock).toBeNull();
  });

  describe('buckets ListBuckets names without a region (moto does; AWS names every one)', () => {
    const names = ['a1', 'a2', 'b1', 'lost'];
    const regions = ['eu-west-1', 'eu-west-2'];
    const regional: Record<string, string[]> = { 'eu-west-1': ['a1', 'a2'], 'eu-west-2': ['b1'] };
    const collectIn = () => collect(s3Collector, { region: 'us-east-1', scopeRegion: 'global', regions });
    beforeEach(() => {
      for (const name of names) bareBucket(name);
      s3.on(GetBucketLocationCommand).resolves({ LocationConstraint: 'ap-south-1' });
      control
        .on(GetAccountPublicAccessBlockCommand)
        .rejects(notConfigured('NoSuchPublicAccessBlockConfiguration'));
    });

    it('places them with one ListBuckets per scanned region, at that region, when that is fewer calls', async () => {
      s3.on(ListBucketsCommand).callsFake((input: { BucketRegion?: string }) => ({
        Buckets: (input.BucketRegion ? (regional[input.BucketRegion] ?? []) : names).map((Name) => ({
          Name,
        })),
      }));
      const outcome = await collectIn();
      const regionalCalls = s3.commandCalls(ListBucketsCommand).filter((c) => c.args[0].input.BucketRegion);
      expect(
        await Promise.all(
          regionalCalls.map(async (c) => [c.args[0].input.BucketRegion, await c.thisValue.config.region()]),
        ),
      ).toEqual(regions.map((r) => [r, r]));
      // Only the bucket no regional listing named is asked for its location.
      expect(s3.commandCalls(GetBucketLocationCommand).map((c) => c.args[0].input.Bucket)).toEqual(['lost']);
      // In the order of their ids: the scan sorts what the collectors emit as they finish.
      expect(
        ofType(outcome, 's3:bucket')
          .map((b) => [b.id, b.region])
          .sort(),
      ).toEqual([
        ['a1', 'eu-west-1'],
        ['a2', 'eu-west-1'],
        ['b1', 'eu-west-2'],
        ['lost', 'ap-south-1'],
      ]);
      expect(outcome.errors).toEqual([]);
    });

    it('uses none of the regional listings when the endpoint ignores the filter', async () => {
      s3.on(ListBucketsCommand).resolves({ Buckets: names.map((Name) => ({ Name })) });
      const outcome = await collectIn();
      expect(
        s3
          .commandCalls(GetBucketLocationCommand)
          .map((c) => c.args[0].input.Bucket)
          .sort(),
      ).toEqual(names);
      expect(ofType(outcome, 's3:bucket').every((b) => b.region === 'ap-south-1')).toBe(true);
    });

    it('asks each bucket for its location when that is no more calls than the regional listings', async () => {
      s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'a1' }, { Name: 'a2' }] });
      await collectIn();
      expect(s3.commandCalls(ListBucketsCommand)).toHaveLength(1);
      expect(s3.commandCalls(GetBucketLocationCommand)).toHaveLength(2);
    });
  });

  describe('bucket tags from GetResources, in each bucket region', () => {
    const regions = ['eu-west-1', 'eu-west-2'];
    const collectIn = () => collect(s3Collector, { region: 'us-east-1', scopeRegion: 'global', regions });
    const mapping = (bucket: string, team: string): ResourceTagMapping => ({
      ResourceARN: `arn:aws:s3:::${bucket}`,
      Tags: [{ Key: 'team', Value: team }],
    });
    /** Each region's listing, by the region of the client asked. */
    function listings(byRegion: Record<string, ResourceTagMapping[] | Error>): string[] {
      const asked: string[] = [];
      tagging.on(GetResourcesCommand).callsFake(async (input: unknown, getClient) => {
        const region = await getClient().config.region();
        asked.push(region);
        expect(input).toEqual({ ResourceTypeFilters: ['s3:bucket'], ResourcesPerPage: 100 });
        const answer = byRegion[region];
        if (answer instanceof Error) throw answer;
        return { ResourceTagMappingList: answer ?? [] };
      });
      return asked;
    }
    const tagsOf = (outcome: Awaited<ReturnType<typeof collectIn>>) =>
      Object.fromEntries(ofType(outcome, 's3:bucket').map((b) => [b.id, [b.tags, b.unknownAttributes]]));
    const taggingAsked = () =>
      s3
        .commandCalls(GetBucketTaggingCommand)
        .map((c) => c.args[0].input.Bucket)
        .sort();

    beforeEach(() => {
      s3.on(ListBucketsCommand).resolves({
        Buckets: [
          { Name: 'a1', BucketRegion: 'eu-west-1' },
          { Name: 'a2', BucketRegion: 'eu-west-1' },
          { Name: 'b1', BucketRegion: 'eu-west-2' },
          { Name: 'b2', BucketRegion: 'eu-west-2' },
          // In a region the scan does not cover: no listing of its own.
          { Name: 'far', BucketRegion: 'ap-south-1' },
          // Placed by GetBucketLocation, after the listings were chosen.
          { Name: 'late' },
        ],
      });
      s3.on(GetBucketLocationCommand, { Bucket: 'late' }).resolves({ LocationConstraint: 'eu-west-1' });
      for (const name of ['a1', 'a2', 'b1', 'b2', 'far', 'late']) bareBucket(name);
      s3.on(GetBucketTaggingCommand, { Bucket: 'far' }).resolves({ TagSet: [{ Key: 'team', Value: 'far' }] });
      s3.on(GetBucketTaggingCommand, { Bucket: 'b1' }).resolves({
        TagSet: [{ Key: 'team', Value: 'b1-own' }],
      });
      control
        .on(GetAccountPublicAccessBlockCommand)
        .rejects(notConfigured('NoSuchPublicAccessBlockConfiguration'));
    });

    it("takes each bucket's tags from its own region's listing only, and asks the rest one by one", async () => {
      // As moto does, each listing also names the other region's buckets (with tags made up here).
      const asked = listings({
        'eu-west-1': [
          mapping('a1', 'a1'),
          mapping('late', 'late'),
          mapping('b1', 'wrong'),
          mapping('far', 'wrong'),
        ],
        'eu-west-2': [mapping('b1', 'b1'), mapping('a2', 'wrong')],
      });

      const outcome = await collectIn();

      expect(asked.sort()).toEqual(regions);
      expect(taggingAsked()).toEqual(['far']);
      expect(tagsOf(outcome)).toEqual({
        a1: [{ team: 'a1' }, []],
        // Absent from its own region's complete listing: no tags.
        a2: [{}, []],
        b1: [{ team: 'b1' }, []],
        b2: [{}, []],
        far: [{ team: 'far' }, []],
        late: [{ team: 'late' }, []],
      });
      expect(outcome.errors).toEqual([]);
    });

    it('asks GetBucketTagging for the buckets of a region whose listing failed, and records no failure', async () => {
      listings({
        'eu-west-1': [mapping('a1', 'a1'), mapping('b1', 'wrong')],
        'eu-west-2': accessDenied('tag:GetResources'),
      });

      const outcome = await collectIn();

      expect(taggingAsked()).toEqual(['b1', 'b2', 'far']);
      expect(tagsOf(outcome)).toMatchObject({
        a1: [{ team: 'a1' }, []],
        a2: [{}, []],
        b1: [{ team: 'b1-own' }, []],
        b2: [{}, []],
      });
      expect(outcome.errors).toEqual([]);
      expect(outcome.failedTypes.size + outcome.partialTypes.size).toBe(0);
    });

    it('lists no region with fewer than two buckets placed there by ListBuckets', async () => {
      s3.on(ListBucketsCommand).resolves({
        Buckets: [
          { Name: 'a1', BucketRegion: 'eu-west-1' },
          { Name: 'b1', BucketRegion: 'eu-west-2' },
          { Name: 'b2', BucketRegion: 'eu-west-2' },
        ],
      });
      const asked = listings({ 'eu-west-2': [mapping('b1', 'b1')] });

      const outcome = await collectIn();

      expect(asked).toEqual(['eu-west-2']);
      expect(taggingAsked()).toEqual(['a1']);
      expect(tagsOf(outcome)).toEqual({ a1: [{}, []], b1: [{ team: 'b1' }, []], b2: [{}, []] });
    });
  });

  it('asks for Object Lock only where versioning is on (Object Lock keeps it on), and when versioning is unread', async () => {
    const names = ['never-versioned', 'suspended', 'versioned', 'versioning-denied'];
    s3.on(ListBucketsCommand).resolves({
      Buckets: names.map((Name) => ({ Name, BucketRegion: 'us-east-1' })),
    });
    for (const name of names) bareBucket(name);
    s3.on(GetBucketVersioningCommand, { Bucket: 'suspended' }).resolves({ Status: 'Suspended' });
    s3.on(GetBucketVersioningCommand, { Bucket: 'versioned' }).resolves({ Status: 'Enabled' });
    s3.on(GetBucketVersioningCommand, { Bucket: 'versioning-denied' }).rejects(
      accessDenied('s3:GetBucketVersioning', 'AccessDenied'),
    );
    control
      .on(GetAccountPublicAccessBlockCommand)
      .rejects(notConfigured('NoSuchPublicAccessBlockConfiguration'));

    const outcome = await collectS3();

    const asked = s3.commandCalls(GetObjectLockConfigurationCommand).map((c) => c.args[0].input.Bucket);
    expect(asked.sort()).toEqual(['versioned', 'versioning-denied']);
    const lock = ofType(outcome, 's3:bucket').map((b) => [
      b.id,
      b.attributes.objectLock,
      b.unknownAttributes.includes('objectLock'),
    ]);
    expect(lock).toEqual([
      ['never-versioned', false, false],
      ['suspended', false, false],
      ['versioned', false, false],
      ['versioning-denied', false, false],
    ]);
  });

  it('lists Multi-Region Access Points in us-west-2, with their block public access settings', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [] });
    control
      .on(GetAccountPublicAccessBlockCommand)
      .rejects(notConfigured('NoSuchPublicAccessBlockConfiguration'));
    const regions: string[] = [];
    control.on(ListMultiRegionAccessPointsCommand).callsFake(async (_input, getClient) => {
      regions.push(await getClient().config.region());
      return {
        AccessPoints: [
          {
            Name: 'global',
            Alias: 'mfzwi23gnjvgw.mrap',
            Status: 'READY',
            PublicAccessBlock: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: false },
            Regions: [{ Bucket: 'data-eu', Region: 'eu-west-2' }],
          },
        ],
      };
    });
    const outcome = await collectS3();
    expect(outcome.errors).toEqual([]);
    expect(regions).toEqual(['us-west-2']);
    expect(ofType(outcome, 's3:multi-region-access-point')).toEqual([
      expect.objectContaining({
        arn: `arn:aws:s3::${ACCOUNT}:accesspoint/mfzwi23gnjvgw.mrap`,
        id: 'global',
        region: 'global',
        attributes: {
          alias: 'mfzwi23gnjvgw.mrap',
          status: 'READY',
          publicAccessBlock: {
            blockPublicAcls: true,
            ignorePublicAcls: true,
            blockPublicPolicy: false,
            restrictPublicBuckets: false,
          },
          buckets: [{ bucket: 'data-eu', region: 'eu-west-2' }],
        },
      }),
    ]);
  });
});
