import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { Inventory } from '../../../src/inventory/document.js';
import { subnetAutoAssignsPublicIp } from '../../../src/rules/catalog/ec2-network.js';
import { userPoliciesAttached } from '../../../src/rules/catalog/iam-principals.js';
import { vpcFunctionSingleAz } from '../../../src/rules/catalog/lambda.js';
import { bucketAccessLoggingOff, bucketGrantsOtherAccounts } from '../../../src/rules/catalog/s3.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import { user } from '../../support/iam-inventory.js';
import { bareBucket, bareFunction, inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const fired = (rule: Rule, inventory: Inventory) =>
  runRules(inventory, DEFAULT_CONFIG, [rule], NOW)
    .findings.map((f) => f.resource.id)
    .sort();

const subnet = (
  id: string,
  zone: string,
  attributes: { mapPublicIpOnLaunch?: boolean; defaultForAz?: boolean } = {},
) =>
  resource('ec2:subnet', id, {
    vpcId: 'vpc-1',
    cidrBlock: '10.0.0.0/24',
    availabilityZone: zone,
    mapPublicIpOnLaunch: false,
    defaultForAz: false,
    internetGatewayRoute: false,
    ...attributes,
  });

describe('iam.user-policies-attached (FSBP IAM.2, CIS 2.14)', () => {
  it('flags users with managed or inline policies of their own, not users with groups only', () => {
    const inventory = inventoryOf([
      user('managed', { attachedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] }),
      user('inline', { inlinePolicies: [{ name: 'tables', document: {} }] }),
      user('grouped', { groups: ['developers'] }),
    ]);
    expect(fired(userPoliciesAttached, inventory)).toEqual(['inline', 'managed']);
  });
});

describe('ec2.subnet-auto-public-ip (FSBP EC2.15)', () => {
  it('flags a configured subnet that assigns public addresses, not default subnets or private ones', () => {
    const inventory = inventoryOf([
      subnet('subnet-public', 'us-east-1a', { mapPublicIpOnLaunch: true }),
      subnet('subnet-default', 'us-east-1b', { mapPublicIpOnLaunch: true, defaultForAz: true }),
      subnet('subnet-private', 'us-east-1c'),
    ]);
    expect(fired(subnetAutoAssignsPublicIp, inventory)).toEqual(['subnet-public']);
  });
});

describe('s3.bucket-access-logging-off (FSBP S3.9)', () => {
  it('flags buckets without access logging, except the buckets that receive logs', () => {
    const logged = { ...bareBucket('app', 'us-east-1') };
    logged.attributes = { ...logged.attributes, logging: { enabled: true, targetBucket: 'logs' } };
    const inventory = inventoryOf([
      logged,
      bareBucket('logs', 'us-east-1'),
      bareBucket('unlogged', 'us-east-1'),
    ]);
    expect(fired(bucketAccessLoggingOff, inventory)).toEqual(['unlogged']);
  });
});

describe('lambda.vpc-function-single-az (FSBP Lambda.5)', () => {
  const inVpc = (id: string, subnetIds: string[]) => {
    const fn = bareFunction(id, 'us-east-1');
    return {
      ...fn,
      attributes: { ...fn.attributes, vpc: { vpcId: 'vpc-1', subnetIds, securityGroupIds: [] } },
    };
  };

  it('flags a VPC function whose subnets are all in one zone', () => {
    const inventory = inventoryOf([
      subnet('subnet-a', 'us-east-1a'),
      subnet('subnet-a2', 'us-east-1a'),
      subnet('subnet-b', 'us-east-1b'),
      inVpc('one-zone', ['subnet-a', 'subnet-a2']),
      inVpc('two-zones', ['subnet-a', 'subnet-b']),
      inVpc('unknown-subnet', ['subnet-a', 'subnet-elsewhere']),
      bareFunction('no-vpc', 'us-east-1'),
    ]);
    expect(fired(vpcFunctionSingleAz, inventory)).toEqual(['one-zone']);
  });
});

describe('s3.bucket-policy-grants-other-accounts (FSBP S3.6)', () => {
  const withPolicy = (id: string, ...statements: unknown[]) => {
    const bucket = bareBucket(id, 'us-east-1');
    return {
      ...bucket,
      attributes: {
        ...bucket.attributes,
        policy: { document: { Statement: statements }, publicStatements: [], deniesInsecureTransport: true },
      },
    };
  };
  const allow = (principal: unknown, action: string | string[]) => ({
    Effect: 'Allow',
    Principal: principal,
    Action: action,
    Resource: '*',
  });

  it('flags another account allowed to change the bucket’s access, directly or by wildcard', () => {
    const inventory = inventoryOf([
      withPolicy('acl-writer', allow({ AWS: '999988887777' }, 's3:PutBucketAcl')),
      withPolicy('everything', allow({ AWS: 'arn:aws:iam::999988887777:role/ops' }, 's3:*')),
    ]);
    expect(fired(bucketGrantsOtherAccounts, inventory)).toEqual(['acl-writer', 'everything']);
  });

  it('leaves alone data access for other accounts, its own account, services, denies and public statements', () => {
    const inventory = inventoryOf([
      withPolicy('reader', allow({ AWS: '999988887777' }, ['s3:GetObject', 's3:PutObject'])),
      withPolicy('own', allow({ AWS: 'arn:aws:iam::111122223333:root' }, 's3:PutBucketPolicy')),
      withPolicy('service', allow({ Service: 'logging.s3.amazonaws.com' }, 's3:PutObjectAcl')),
      withPolicy('deny', { ...allow({ AWS: '999988887777' }, 's3:PutBucketPolicy'), Effect: 'Deny' }),
      withPolicy('public', allow('*', 's3:PutBucketPolicy')),
    ]);
    expect(fired(bucketGrantsOtherAccounts, inventory)).toEqual([]);
  });
});
