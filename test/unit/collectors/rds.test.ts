import { afterEach, describe, expect, it } from '@jest/globals';
import {
  DBSnapshotNotFoundFault,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  DescribeDBSnapshotAttributesCommand,
  DescribeDBSnapshotsCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { rdsCollector, snapshotSharing } from '../../../src/scan/collectors/rds.js';
import { HARNESS, accessDenied, collect, ofType } from '../../support/collector-harness.js';

const { ACCOUNT, REGION } = HARNESS;

describe('RDS collector', () => {
  const rds = mockClient(RDSClient);
  afterEach(() => {
    rds.reset();
  });

  it('emits a snapshot whose sharing could not be read, and skips one deleted mid-scan', async () => {
    rds.on(DescribeDBInstancesCommand).resolves({});
    rds.on(DescribeDBClustersCommand).resolves({});
    rds.on(DescribeDBClusterSnapshotsCommand).resolves({});
    rds.on(DescribeDBSnapshotsCommand).resolves({
      DBSnapshots: [
        { DBSnapshotIdentifier: 'denied', SnapshotType: 'manual', Encrypted: true },
        { DBSnapshotIdentifier: 'gone', SnapshotType: 'manual' },
      ],
    });
    rds
      .on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 'denied' })
      .rejects(accessDenied('rds:DescribeDBSnapshotAttributes', 'AccessDenied'));
    rds
      .on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 'gone' })
      .rejects(new DBSnapshotNotFoundFault({ message: 'DBSnapshot gone not found.', $metadata: {} }));

    const outcome = await collect(rdsCollector);

    expect(rds.commandCalls(DescribeDBSnapshotsCommand)[0]?.args[0].input.SnapshotType).toBe('manual');
    expect(outcome.errors).toEqual([
      expect.objectContaining({
        operation: 'DescribeDBSnapshotAttributes',
        code: 'AccessDenied',
        resourceId: 'denied',
        missingPermission: 'rds:DescribeDBSnapshotAttributes',
      }),
    ]);
    expect(ofType(outcome, 'rds:db-snapshot')).toEqual([
      expect.objectContaining({
        id: 'denied',
        arn: `arn:aws:rds:${REGION}:${ACCOUNT}:snapshot:denied`,
        unknownAttributes: ['public', 'sharedWithAccountIds'],
        attributes: expect.objectContaining({ encrypted: true, public: false, sharedWithAccountIds: [] }),
      }),
    ]);
  });

  it("reads the restore attribute: 'all' is public, anything else an account", () => {
    expect(
      snapshotSharing([
        { AttributeName: 'restore', AttributeValues: ['444455556666', 'all', '111122223333'] },
        { AttributeName: 'other', AttributeValues: ['999999999999'] },
      ]),
    ).toEqual({ public: true, sharedWithAccountIds: ['111122223333', '444455556666'] });
    expect(snapshotSharing([{ AttributeName: 'restore', AttributeValues: [] }])).toEqual({
      public: false,
      sharedWithAccountIds: [],
    });
    expect(snapshotSharing(undefined)).toEqual({ public: false, sharedWithAccountIds: [] });
  });
});
