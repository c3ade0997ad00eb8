import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { Inventory } from '../../../src/inventory/document.js';
import type { AttributesOf } from '../../../src/inventory/resources/index.js';
import {
  bucketPublic,
  duplicateManagementEvents,
  noMultiRegionTrail,
  trailLogValidationOff,
  trailNoCloudWatchLogs,
  trailNotKmsEncrypted,
} from '../../../src/rules/catalog/cloudtrail.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import { ACCOUNT, bareBucket, inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const run = (rule: Rule, inventory: Inventory) => runRules(inventory, DEFAULT_CONFIG, [rule], NOW).findings;

function trail(
  name: string,
  attributes: Partial<AttributesOf<'cloudtrail:trail'>> = {},
  unknownAttributes: string[] = [],
) {
  const homeRegion = attributes.homeRegion ?? 'us-east-1';
  const arn = `arn:aws:cloudtrail:${homeRegion}:${ACCOUNT}:trail/${name}`;
  return resource(
    'cloudtrail:trail',
    arn,
    {
      isMultiRegion: true,
      homeRegion,
      isOrganizationTrail: false,
      isLogging: true,
      includeGlobalServiceEvents: true,
      s3BucketName: 'trail-logs',
      kmsKeyId: null,
      logFileValidation: true,
      cloudWatchLogsLogGroupArn: null,
      managementEvents: 'all',
      ...attributes,
    },
    { arn, name, region: homeRegion, unknownAttributes },
  );
}

/** The trails' coverage is recorded under `global` (the collector is global). */
const trailsListed = { emptyScopes: [{ type: 'cloudtrail:trail' as const, region: 'global' }] };

describe('cloudtrail.no-multi-region-trail', () => {
  it('flags an account whose trails were listed and that has none, as high, against the account', () => {
    const [finding, ...rest] = run(noMultiRegionTrail, inventoryOf([], trailsListed));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'high',
      account: ACCOUNT,
      region: 'global',
      resource: { type: 'aws:account', id: ACCOUNT, arn: `arn:aws:iam::${ACCOUNT}:root` },
      references: { fsbp: ['CloudTrail.1'], cis: ['4.1'] },
    });
    expect(finding?.message).toContain('it has no trail at all');
    expect(finding?.remediation.cli).toContain('aws cloudtrail create-trail --name account-trail');
  });

  it('flags single-region trails only, and a multi-region trail that is not logging', () => {
    const single = run(
      noMultiRegionTrail,
      inventoryOf([trail('regional', { isMultiRegion: false, homeRegion: 'eu-west-2' })], trailsListed),
    );
    expect(single[0]?.message).toContain('are single-region (regional in eu-west-2)');
    const stopped = run(noMultiRegionTrail, inventoryOf([trail('main', { isLogging: false })], trailsListed));
    expect(stopped[0]?.message).toContain('records all management events: main is not logging.');
    // A second trail is not the fix for a stopped one.
    expect(stopped[0]?.remediation.cli).toBeNull();
    expect(stopped[0]?.evidence.trails).toEqual([
      {
        name: 'main',
        homeRegion: 'us-east-1',
        isMultiRegion: true,
        isLogging: false,
        managementEvents: 'all',
        isOrganizationTrail: false,
      },
    ]);
  });

  it('flags a logging multi-region trail that misses read or write management events', () => {
    const partial = run(
      noMultiRegionTrail,
      inventoryOf(
        [trail('reads', { managementEvents: 'read-only' }), trail('data', { managementEvents: 'none' })],
        trailsListed,
      ),
    );
    expect(partial[0]?.message).toContain(
      'reads records read management events only; data records no management event.',
    );
    const unknown = trail('main', { managementEvents: null }, ['managementEvents']);
    expect(run(noMultiRegionTrail, inventoryOf([unknown], trailsListed))).toEqual([]);
  });

  it('passes with a logging multi-region trail, an organization trail homed elsewhere included', () => {
    expect(run(noMultiRegionTrail, inventoryOf([trail('main')], trailsListed))).toEqual([]);
    const org = trail('org', { isOrganizationTrail: true, homeRegion: 'eu-central-1' });
    expect(
      run(noMultiRegionTrail, inventoryOf([trail('stopped', { isLogging: false }), org], trailsListed)),
    ).toEqual([]);
  });

  it('reports nothing when a multi-region trail may be logging (status unknown)', () => {
    const unknown = trail('main', { isLogging: null }, ['isLogging']);
    expect(run(noMultiRegionTrail, inventoryOf([unknown], trailsListed))).toEqual([]);
  });

  it('reports nothing when the trails could not be listed, or were not scanned', () => {
    const failed = { failedScopes: [{ type: 'cloudtrail:trail' as const, region: 'global' }] };
    expect(run(noMultiRegionTrail, inventoryOf([], failed))).toEqual([]);
    expect(run(noMultiRegionTrail, inventoryOf([]))).toEqual([]);
  });
});

describe('cloudtrail.duplicate-management-events', () => {
  const copies = (inventory: Inventory) =>
    run(duplicateManagementEvents, inventory)
      .map((f) => [f.resource.name, f.message])
      .sort(([a], [b]) => String(a).localeCompare(String(b)));

  it('reports the trail after the free copy: a second multi-region trail, and a regional one inside it', () => {
    const findings = copies(
      inventoryOf([
        trail('primary'),
        trail('second-copy'),
        trail('regional', { isMultiRegion: false, homeRegion: 'eu-west-1', managementEvents: 'write-only' }),
      ]),
    );
    expect(findings).toEqual([
      [
        'regional',
        'Trail regional records write management events that trail primary already records (eu-west-1): AWS bills this copy at $2.00 per 100,000 events.',
      ],
      [
        'second-copy',
        'Trail second-copy records read and write management events that trail primary already records (every region): AWS bills this copy at $2.00 per 100,000 events.',
      ],
    ]);
    // The organization trail keeps the free copy, whatever the names.
    const org = copies(inventoryOf([trail('a-local'), trail('org', { isOrganizationTrail: true })]));
    expect(org.map(([name]) => name)).toEqual(['a-local']);
  });

  it('leaves alone read-only beside write-only, other regions, stopped or unread trails, and other accounts’ trails', () => {
    const quiet = inventoryOf([
      trail('reads', { managementEvents: 'read-only' }),
      trail('writes', { managementEvents: 'write-only' }),
      trail('data-only', { managementEvents: 'none' }),
      trail('stopped', { isLogging: false }),
      trail('unread', {}, ['managementEvents']),
      trail('west', { isMultiRegion: false, homeRegion: 'us-west-2', managementEvents: 'none' }),
    ]);
    expect(copies(quiet)).toEqual([]);
    const regional = inventoryOf([
      trail('dublin', { isMultiRegion: false, homeRegion: 'eu-west-1' }),
      trail('paris', { isMultiRegion: false, homeRegion: 'eu-west-3' }),
    ]);
    expect(copies(regional)).toEqual([]);
    const foreign = trail('org', { isOrganizationTrail: true });
    const seenFromMember = { ...foreign, arn: 'arn:aws:cloudtrail:us-east-1:999988887777:trail/org' };
    expect(copies(inventoryOf([seenFromMember, trail('own')]))).toEqual([]);
  });
});

describe('CloudTrail trail settings (FSBP CloudTrail.2, .4, .5)', () => {
  const names = (rule: Rule, inventory: Inventory) => run(rule, inventory).map((f) => f.resource.name);
  const memberView = (t: ReturnType<typeof trail>) => ({
    ...t,
    arn: 'arn:aws:cloudtrail:us-east-1:999988887777:trail/org',
  });

  it('flags the account’s own trails without a KMS key, log file validation or CloudWatch Logs', () => {
    const inventory = inventoryOf([
      trail('bare', { logFileValidation: false }),
      trail('complete', {
        kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k',
        cloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:111122223333:log-group:ct',
      }),
    ]);
    expect(names(trailNotKmsEncrypted, inventory)).toEqual(['bare']);
    expect(names(trailLogValidationOff, inventory)).toEqual(['bare']);
    expect(names(trailNoCloudWatchLogs, inventory)).toEqual(['bare']);
  });

  it('leaves alone an organization trail seen from a member account, and unread settings', () => {
    const inventory = inventoryOf([
      memberView(trail('org', { isOrganizationTrail: true, logFileValidation: false })),
      trail('unread', { logFileValidation: false }, [
        'kmsKeyId',
        'logFileValidation',
        'cloudWatchLogsLogGroupArn',
      ]),
    ]);
    for (const rule of [trailNotKmsEncrypted, trailLogValidationOff, trailNoCloudWatchLogs]) {
      expect(names(rule, inventory)).toEqual([]);
    }
  });
});

describe('cloudtrail.bucket-public', () => {
  const blockAll = {
    blockPublicAcls: true,
    ignorePublicAcls: true,
    blockPublicPolicy: true,
    restrictPublicBuckets: true,
  };
  const accountSettings = (publicAccessBlock: typeof blockAll | null, unknownAttributes: string[] = []) =>
    resource('s3:account-settings', ACCOUNT, { publicAccessBlock }, { region: 'global', unknownAttributes });
  const publicPolicy = {
    document: {},
    publicStatements: [{ sid: 'anyone', actions: ['s3:GetObject'], principal: '*' }],
    deniesInsecureTransport: false,
  };
  const logsBucket = (attributes: Partial<AttributesOf<'s3:bucket'>> = {}, account = ACCOUNT) => {
    const bare = bareBucket('trail-logs', 'us-east-1');
    return { ...bare, account, attributes: { ...bare.attributes, ...attributes } };
  };

  it("flags a trail whose bucket's policy is open to anyone, as critical, naming the bucket", () => {
    const findings = run(
      bucketPublic,
      inventoryOf([trail('main'), logsBucket({ policy: publicPolicy }), accountSettings(null)]),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'critical',
      resource: { type: 'cloudtrail:trail', name: 'main' },
      evidence: { bucket: 'trail-logs', exposures: [{ path: 'policy', blockPublicAccess: 'off' }] },
      references: { fsbp: [], cis: [] },
    });
    expect(findings[0]?.message).toContain('bucket trail-logs, which is public');
    expect(findings[0]?.remediation.cli).toContain('--bucket trail-logs');
  });

  it('flags an ACL grant to AllUsers, and says so when the block could not be read', () => {
    const findings = run(
      bucketPublic,
      inventoryOf([
        trail('main'),
        logsBucket({ aclPublicGrants: [{ grantee: 'AllUsers', permission: 'READ' }] }),
        accountSettings(null, ['publicAccessBlock']),
      ]),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('READ to AllUsers (anyone)');
    expect(findings[0]?.message).toContain('unknown');
  });

  it('passes a private bucket, a grant Block Public Access neutralizes, and disabled ACLs', () => {
    const findings = run(
      bucketPublic,
      inventoryOf([
        trail('private', { s3BucketName: 'private-logs' }),
        { ...bareBucket('private-logs', 'us-east-1') },
        trail('blocked'),
        logsBucket({ policy: publicPolicy, publicAccessBlock: blockAll }),
        trail('enforced', { s3BucketName: 'enforced-logs' }),
        {
          ...bareBucket('enforced-logs', 'us-east-1'),
          attributes: {
            ...bareBucket('enforced-logs', 'us-east-1').attributes,
            objectOwnership: 'BucketOwnerEnforced',
            aclPublicGrants: [{ grantee: 'AllUsers', permission: 'READ' }],
          },
        },
        accountSettings(null),
      ]),
    );
    expect(findings).toEqual([]);
  });

  it('does not judge a bucket of another account, an unknown bucket name or an unread policy', () => {
    const findings = run(
      bucketPublic,
      inventoryOf([
        trail('central', { s3BucketName: 'trail-logs' }),
        logsBucket({ policy: publicPolicy }, '999988887777'),
        trail('missing', { s3BucketName: 'elsewhere-logs' }),
        trail('unread', { s3BucketName: 'unread-logs' }),
        resource(
          's3:bucket',
          'unread-logs',
          { ...bareBucket('unread-logs', 'us-east-1').attributes, policy: publicPolicy },
          {
            arn: 'arn:aws:s3:::unread-logs',
            unknownAttributes: ['policy'],
          },
        ),
        accountSettings(null),
      ]),
    );
    expect(findings).toEqual([]);
  });
});
