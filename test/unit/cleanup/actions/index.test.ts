import { describe, expect, it } from '@jest/globals';
import { CLEANUP_ACTION_DEFINITIONS, cleanupPermissions } from '../../../../src/cleanup/actions/index.js';
import { awsErrorCode } from '../../../../src/cleanup/aws-errors.js';
import { CLEANUP_ACTIONS } from '../../../../src/rules/model.js';
import { awsError } from '../../../support/cleanup.js';

describe('cleanup action definitions', () => {
  it('defines the four EC2 actions, the RDS stop and s3.delete-bucket under their own id', () => {
    const defined = CLEANUP_ACTIONS.filter((a) => CLEANUP_ACTION_DEFINITIONS[a] !== undefined);
    expect(defined.sort()).toEqual([
      'ec2.delete-nat-gateway',
      'ec2.delete-volume',
      'ec2.release-address',
      'ec2.stop-instance',
      'rds.stop-instance',
      's3.delete-bucket',
    ]);
    for (const action of defined) expect(CLEANUP_ACTION_DEFINITIONS[action]?.id).toBe(action);
  });

  it('declares every gone code among its error reasons', () => {
    for (const definition of Object.values(CLEANUP_ACTION_DEFINITIONS)) {
      for (const code of definition?.goneCodes ?? []) expect(definition?.errorReasons[code]).toBeDefined();
    }
  });

  it('lists the sorted unique IAM actions of the given actions, ignoring ones not built', () => {
    expect(
      cleanupPermissions(['ec2.release-address', 'ec2.delete-nat-gateway', 'ec2.release-address']),
    ).toEqual([
      'ec2:DeleteNatGateway',
      'ec2:DescribeAddresses',
      'ec2:DescribeNatGateways',
      'ec2:ReleaseAddress',
    ]);
    expect(cleanupPermissions(CLEANUP_ACTIONS)).toHaveLength(25);
    expect(cleanupPermissions(['rds.stop-instance'])).toEqual([
      'rds:DescribeDBInstances',
      'rds:StopDBInstance',
    ]);
  });
});

describe('awsErrorCode', () => {
  it('reads Code, else the exception name, else null', () => {
    expect(awsErrorCode(awsError('VolumeInUse'))).toBe('VolumeInUse');
    expect(
      awsErrorCode(Object.assign(new Error('x'), { name: 'EC2ServiceException', Code: 'AuthFailure' })),
    ).toBe('AuthFailure');
    expect(awsErrorCode(new Error('plain'))).toBeNull();
    expect(awsErrorCode('text')).toBeNull();
    expect(awsErrorCode(null)).toBeNull();
  });
});
