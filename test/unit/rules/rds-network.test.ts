import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import { instanceInPublicSubnet } from '../../../src/rules/catalog/rds-network.js';
import { runRules } from '../../../src/rules/engine.js';
import { inventoryOf, resource } from '../../support/inventory-builder.js';
import { rdsInstance } from '../../support/rds-fixtures.js';

const NOW = new Date('2026-11-25T12:00:00Z');

const subnet = (id: string, internetGatewayRoute: boolean | null, unknownAttributes: string[] = []) =>
  resource(
    'ec2:subnet',
    id,
    {
      vpcId: 'vpc-1',
      cidrBlock: '10.0.0.0/24',
      availabilityZone: 'us-east-1a',
      mapPublicIpOnLaunch: false,
      defaultForAz: false,
      internetGatewayRoute,
    },
    { unknownAttributes },
  );

const run = (...resources: Parameters<typeof inventoryOf>[0]) =>
  runRules(inventoryOf(resources), DEFAULT_CONFIG, [instanceInPublicSubnet], NOW).findings;

describe('rds.instance-in-public-subnet', () => {
  it('flags an instance whose subnet group holds a subnet routing to an internet gateway; high when public', () => {
    const findings = run(rdsInstance('db-1'), subnet('subnet-a', false), subnet('subnet-b', true));
    expect(
      findings.map((f) => [f.resource.id, f.severity, f.evidence.publicSubnets, f.references.fsbp]),
    ).toEqual([['db-1', 'medium', ['subnet-b'], ['RDS.46']]]);
    expect(
      run(
        rdsInstance('db-2', { publiclyAccessible: true }),
        subnet('subnet-a', true),
        subnet('subnet-b', true),
      ).map((f) => f.severity),
    ).toEqual(['high']);
  });

  it('is silent on private subnets, and makes no claim when a subnet or its routes were not read', () => {
    expect(run(rdsInstance('db-1'), subnet('subnet-a', false), subnet('subnet-b', false))).toEqual([]);
    expect(run(rdsInstance('db-1'), subnet('subnet-a', true))).toEqual([]);
    expect(
      run(rdsInstance('db-1'), subnet('subnet-a', true), subnet('subnet-b', null, ['internetGatewayRoute'])),
    ).toEqual([]);
  });
});
