import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import {
  CreateBucketCommand,
  GetBucketTaggingCommand,
  PutBucketAclCommand,
  PutBucketEncryptionCommand,
  PutBucketLifecycleConfigurationCommand,
  PutBucketOwnershipControlsCommand,
  PutBucketPolicyCommand,
  PutBucketTaggingCommand,
  PutBucketVersioningCommand,
  PutPublicAccessBlockCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import {
  PutPublicAccessBlockCommand as PutAccountPublicAccessBlockCommand,
  S3ControlClient,
} from '@aws-sdk/client-s3-control';
import {
  GetResourcesCommand,
  ResourceGroupsTaggingAPIClient,
} from '@aws-sdk/client-resource-groups-tagging-api';
import { emulatorS3ControlEndpoint } from '../../src/scan/clients.js';
import type { Inventory } from '../../src/inventory/document.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';

describe('S3 collector against moto', () => {
  const account = uniqueAccountId();
  const suffix = account.slice(-6);
  const names = {
    public: `public-site-${suffix}`,
    locked: `locked-data-${suffix}`,
    london: `london-logs-${suffix}`,
  };
  let inventory: Inventory;
  /** The tag reads the scan sent: GetResources by region asked, GetBucketTagging by bucket. */
  const tagReads = { listed: [] as string[], asked: [] as string[] };

  beforeAll(async () => {
    const credentials = await accountCredentials(account);
    const s3 = new S3Client(seedConfig('us-east-1', credentials));
    const s3London = new S3Client(seedConfig('eu-west-2', credentials));
    await s3.send(new CreateBucketCommand({ Bucket: names.public }));
    await s3.send(
      new PutBucketOwnershipControlsCommand({
        Bucket: names.public,
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] },
      }),
    );
    await s3.send(new PutBucketAclCommand({ Bucket: names.public, ACL: 'public-read' }));
    await s3.send(
      new PutBucketPolicyCommand({
        Bucket: names.public,
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'PublicRead',
              Effect: 'Allow',
              Principal: '*',
              Action: 's3:GetObject',
              Resource: `arn:aws:s3:::${names.public}/*`,
            },
          ],
        }),
      }),
    );
    await s3.send(
      new PutBucketTaggingCommand({
        Bucket: names.public,
        Tagging: { TagSet: [{ Key: 'team', Value: 'web' }] },
      }),
    );

    await s3.send(new CreateBucketCommand({ Bucket: names.locked }));
    await s3.send(
      new PutBucketEncryptionCommand({
        Bucket: names.locked,
        ServerSideEncryptionConfiguration: {
          Rules: [
            {
              ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'alias/data' },
              BucketKeyEnabled: true,
            },
          ],
        },
      }),
    );
    await s3.send(
      new PutBucketVersioningCommand({
        Bucket: names.locked,
        VersioningConfiguration: { Status: 'Enabled' },
      }),
    );
    await s3.send(
      new PutPublicAccessBlockCommand({
        Bucket: names.locked,
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          IgnorePublicAcls: true,
          BlockPublicPolicy: true,
          RestrictPublicBuckets: true,
        },
      }),
    );
    await s3.send(
      new PutBucketPolicyCommand({
        Bucket: names.locked,
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'TlsOnly',
              Effect: 'Deny',
              Principal: '*',
              Action: 's3:*',
              Resource: [`arn:aws:s3:::${names.locked}`, `arn:aws:s3:::${names.locked}/*`],
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            },
          ],
        }),
      }),
    );
    await s3.send(
      new PutBucketLifecycleConfigurationCommand({
        Bucket: names.locked,
        LifecycleConfiguration: {
          Rules: [
            {
              ID: 'expire-old',
              Status: 'Enabled',
              Filter: { Prefix: '' },
              NoncurrentVersionExpiration: { NoncurrentDays: 30 },
              AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
            },
          ],
        },
      }),
    );

    await s3London.send(
      new CreateBucketCommand({
        Bucket: names.london,
        CreateBucketConfiguration: { LocationConstraint: 'eu-west-2' },
      }),
    );
    await s3London.send(
      new PutBucketTaggingCommand({
        Bucket: names.london,
        Tagging: { TagSet: [{ Key: 'team', Value: 'logs' }] },
      }),
    );

    const control = new S3ControlClient({
      ...seedConfig('us-east-1', credentials),
      ...emulatorS3ControlEndpoint(),
    });
    await control.send(
      new PutAccountPublicAccessBlockCommand({
        AccountId: account,
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          IgnorePublicAcls: true,
          BlockPublicPolicy: false,
          RestrictPublicBuckets: false,
        },
      }),
    );

    // Spies that call through, made after the seeding: they see the scan's calls only.
    const s3Send = jest.spyOn(S3Client.prototype, 'send');
    const taggingSend = jest.spyOn(ResourceGroupsTaggingAPIClient.prototype, 'send');
    try {
      inventory = await scanForTest(credentials, { regions: ['us-east-1'], services: ['s3'] });
      for (const [index, [command]] of taggingSend.mock.calls.entries())
        if (command instanceof GetResourcesCommand)
          tagReads.listed.push(
            await (taggingSend.mock.contexts[index] as ResourceGroupsTaggingAPIClient).config.region(),
          );
      for (const [command] of s3Send.mock.calls)
        if (command instanceof GetBucketTaggingCommand) tagReads.asked.push(command.input.Bucket ?? '');
    } finally {
      s3Send.mockRestore();
      taggingSend.mockRestore();
    }
  });

  const bucket = (name: string) => ofType(inventory, 's3:bucket').find((b) => b.id === name);

  it('lists every bucket of the account in its own region, with no errors', () => {
    expect(inventory.errors).toEqual([]);
    expect(ofType(inventory, 's3:bucket').map((b) => [b.id, b.region])).toEqual(
      expect.arrayContaining([
        [names.public, 'us-east-1'],
        [names.locked, 'us-east-1'],
        [names.london, 'eu-west-2'],
      ]),
    );
    expect(bucket(names.london)?.arn).toBe(`arn:aws:s3:::${names.london}`);
  });

  it('finds public access through the policy and the ACL, evaluated by us', () => {
    const publicBucket = bucket(names.public);
    expect(publicBucket?.attributes.policy?.publicStatements).toEqual([
      { sid: 'PublicRead', actions: ['s3:GetObject'], principal: '*' },
    ]);
    expect(publicBucket?.attributes.aclPublicGrants).toEqual([{ grantee: 'AllUsers', permission: 'READ' }]);
    expect(publicBucket?.attributes).toMatchObject({
      encryption: null,
      versioning: 'Disabled',
      publicAccessBlock: null,
      objectOwnership: 'BucketOwnerPreferred',
    });
    expect(publicBucket?.tags).toEqual({ team: 'web' });
  });

  it('records encryption, versioning, the TLS-only policy, lifecycle and the bucket public access block', () => {
    expect(bucket(names.locked)?.attributes).toMatchObject({
      encryption: { algorithm: 'aws:kms', kmsKeyId: 'alias/data', bucketKeyEnabled: true },
      versioning: 'Enabled',
      mfaDelete: false,
      publicAccessBlock: {
        blockPublicAcls: true,
        ignorePublicAcls: true,
        blockPublicPolicy: true,
        restrictPublicBuckets: true,
      },
      lifecycle: { ruleCount: 1, enabledRuleCount: 1, abortIncompleteUploadsDays: 7 },
      logging: { enabled: false, targetBucket: null },
      aclPublicGrants: [],
    });
    expect(bucket(names.locked)?.attributes.policy).toMatchObject({
      publicStatements: [],
      deniesInsecureTransport: true,
    });
  });

  it("reads the tags of us-east-1's buckets from its one GetResources listing, and asks the others", () => {
    // moto names every bucket in every region's listing; AWS only the region's own. `london` is in
    // a region the scan does not list, so it asks GetBucketTagging even though this listing names it.
    expect(tagReads).toEqual({ listed: ['us-east-1'], asked: [names.london] });
    expect(ofType(inventory, 's3:bucket').map((b) => [b.id, b.tags, b.unknownAttributes])).toEqual(
      expect.arrayContaining([
        [names.public, { team: 'web' }, []],
        [names.locked, {}, []],
        [names.london, { team: 'logs' }, []],
      ]),
    );
  });

  it('records the account-level public access block', () => {
    const [settings] = ofType(inventory, 's3:account-settings');
    expect(settings?.attributes.publicAccessBlock).toEqual({
      blockPublicAcls: true,
      ignorePublicAcls: true,
      blockPublicPolicy: false,
      restrictPublicBuckets: false,
    });
    expect(settings?.region).toBe('global');
  });
});
