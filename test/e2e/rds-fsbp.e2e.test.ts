import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  AssociateRouteTableCommand,
  AttachInternetGatewayCommand,
  CreateInternetGatewayCommand,
  CreateRouteCommand,
  CreateRouteTableCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import {
  CreateDBClusterCommand,
  CreateDBInstanceCommand,
  CreateDBProxyCommand,
  CreateDBSubnetGroupCommand,
  CreateEventSubscriptionCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import type { AwsCredentialIdentity } from '@smithy/types';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { Inventory } from '../../src/inventory/document.js';
import { validateInventory } from '../../src/inventory/validate.js';
import { runRules } from '../../src/rules/engine.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';
import { rulesOfServices } from '../support/rules.js';

/** The FSBP RDS rules on what DescribeDBInstances and DescribeDBClusters answer, as moto serves them. */
describe('RDS FSBP rules against moto', () => {
  const account = uniqueAccountId();
  const region = 'eu-central-1';
  let credentials: AwsCredentialIdentity;
  let inventory: Inventory;
  let subnetIds: string[];

  beforeAll(async () => {
    credentials = await accountCredentials(account);
    const rds = new RDSClient(seedConfig(region, credentials));
    const ec2 = new EC2Client(seedConfig(region, credentials));
    const vpc = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.40.0.0/16' }));
    const subnets = await Promise.all(
      ['a', 'b'].map((zone, i) =>
        ec2.send(
          new CreateSubnetCommand({
            VpcId: vpc.Vpc?.VpcId,
            CidrBlock: `10.40.${i}.0/24`,
            AvailabilityZone: `${region}${zone}`,
          }),
        ),
      ),
    );
    subnetIds = subnets.map((s) => s.Subnet?.SubnetId ?? '').sort();
    await rds.send(
      new CreateDBSubnetGroupCommand({
        DBSubnetGroupName: 'private',
        DBSubnetGroupDescription: 'private subnets',
        SubnetIds: subnetIds,
      }),
    );
    const instance = {
      DBInstanceClass: 'db.t3.micro',
      AllocatedStorage: 20,
      MasterUsername: 'dbowner',
      MasterUserPassword: 'password123',
    };
    // Single-AZ, publishing only the postgresql log: RDS.5, and RDS.9 (not RDS.36).
    await rds.send(
      new CreateDBInstanceCommand({
        ...instance,
        DBInstanceIdentifier: 'pg-single',
        Engine: 'postgres',
        DBSubnetGroupName: 'private',
        EnableCloudwatchLogsExports: ['postgresql'],
      }),
    );
    // The good practice: Multi-AZ, every log RDS.9 lists for MariaDB.
    await rds.send(
      new CreateDBInstanceCommand({
        ...instance,
        DBInstanceIdentifier: 'maria-good',
        Engine: 'mariadb',
        // moto has no default MariaDB version.
        EngineVersion: '10.11.6',
        MultiAZ: true,
        EnableCloudwatchLogsExports: ['audit', 'error', 'general', 'slowquery'],
      }),
    );
    // No members, so single-AZ; no audit log, no backtracking, one day of backups.
    await rds.send(
      new CreateDBClusterCommand({
        DBClusterIdentifier: 'aurora-loose',
        Engine: 'aurora-mysql',
        MasterUsername: 'dbowner',
        MasterUserPassword: 'password123',
        BackupRetentionPeriod: 1,
        EnableCloudwatchLogsExports: ['error'],
      }),
    );
    await rds.send(
      new CreateDBClusterCommand({
        DBClusterIdentifier: 'aurora-tight',
        Engine: 'aurora-mysql',
        MasterUsername: 'dbowner',
        MasterUserPassword: 'password123',
        BackupRetentionPeriod: 14,
        BacktrackWindow: 86400,
        CopyTagsToSnapshot: true,
        EnableCloudwatchLogsExports: ['audit', 'error'],
      }),
    );
    // A Multi-AZ DB cluster with auto minor upgrades and tag copying off: RDS.35, RDS.47.
    await rds.send(
      new CreateDBClusterCommand({
        DBClusterIdentifier: 'pg-multi-az',
        Engine: 'postgres',
        MasterUsername: 'dbowner',
        MasterUserPassword: 'password123',
        DBClusterInstanceClass: 'db.m6gd.large',
        AllocatedStorage: 100,
        StorageType: 'io1',
        Iops: 1000,
        BackupRetentionPeriod: 7,
        AutoMinorVersionUpgrade: false,
        CopyTagsToSnapshot: false,
      }),
    );
    const proxy = {
      EngineFamily: 'POSTGRESQL' as const,
      RoleArn: `arn:aws:iam::${account}:role/rds-proxy`,
      VpcSubnetIds: subnetIds,
      Auth: [
        {
          AuthScheme: 'SECRETS' as const,
          SecretArn: `arn:aws:secretsmanager:${region}:${account}:secret:db`,
        },
      ],
    };
    await rds.send(new CreateDBProxyCommand({ ...proxy, DBProxyName: 'proxy-plain', RequireTLS: false }));
    await rds.send(new CreateDBProxyCommand({ ...proxy, DBProxyName: 'proxy-tls', RequireTLS: true }));
    // Instance events only: cluster, parameter group and security group events go unsent (RDS.19, 21, 22).
    await rds.send(
      new CreateEventSubscriptionCommand({
        SubscriptionName: 'instance-events',
        SnsTopicArn: `arn:aws:sns:${region}:${account}:ops`,
        SourceType: 'db-instance',
        EventCategories: ['maintenance', 'configuration change', 'failure'],
        Enabled: true,
      }),
    );
    inventory = await scanForTest(credentials, { regions: [region, 'eu-west-3'], services: ['rds'] });
  });

  it('reads the new attributes with no errors and complete coverage', () => {
    expect(inventory.errors).toEqual([]);
    expect(() => validateInventory(JSON.parse(JSON.stringify(inventory)))).not.toThrow();
    expect(inventory.accounts[0]?.coverage.every((c) => c.status === 'complete')).toBe(true);
    const instances = new Map(ofType(inventory, 'rds:db-instance').map((d) => [d.id, d.attributes]));
    expect(instances.get('pg-single')).toMatchObject({ logExports: ['postgresql'], subnetIds });
    const clusters = new Map(ofType(inventory, 'rds:db-cluster').map((c) => [c.id, c.attributes]));
    expect(clusters.get('aurora-loose')).toMatchObject({
      engineMode: 'provisioned',
      logExports: ['error'],
      backtrackWindowSeconds: 0,
    });
    expect(clusters.get('aurora-tight')).toMatchObject({ backtrackWindowSeconds: 86400 });
    expect(clusters.get('pg-multi-az')).toMatchObject({ autoMinorVersionUpgrade: false });
    expect(ofType(inventory, 'rds:event-subscription')).toEqual([
      expect.objectContaining({
        id: 'instance-events',
        region,
        attributes: expect.objectContaining({
          sourceType: 'db-instance',
          enabled: true,
          eventCategories: ['configuration change', 'failure', 'maintenance'],
        }),
      }),
    ]);
  });

  it('lists the proxies and reports the one not requiring TLS', () => {
    expect(
      ofType(inventory, 'rds:db-proxy')
        .map((p) => [p.id, p.attributes.requireTls])
        .sort(),
    ).toEqual([
      ['proxy-plain', false],
      ['proxy-tls', true],
    ]);
    const findings = runRules(inventory, DEFAULT_CONFIG, rulesOfServices('rds')).findings;
    expect(
      findings.filter((f) => f.ruleId === 'rds.proxy-tls-not-required').map((f) => f.resource.id),
    ).toEqual(['proxy-plain']);
  });

  it('reports the region whose subscriptions leave critical events unsent, not one with none', () => {
    const findings = runRules(inventory, DEFAULT_CONFIG, rulesOfServices('rds')).findings.filter(
      (f) => f.ruleId === 'rds.event-subscriptions-miss-critical-events',
    );
    expect(findings.map((f) => [f.region, f.references.fsbp])).toEqual([
      [region, ['RDS.19', 'RDS.21', 'RDS.22']],
    ]);
  });

  it('judges Multi-AZ, log exports, backtracking, backups, minor upgrades and tag copying', () => {
    const findings = runRules(inventory, DEFAULT_CONFIG, rulesOfServices('rds')).findings;
    const fired = (id: string) =>
      findings
        .filter((f) => f.ruleId === id)
        .map((f) => `${f.resource.id} ${f.references.fsbp.join(',')}`)
        .sort();
    expect(fired('rds.instance-single-az')).toEqual(['pg-single RDS.5']);
    expect(fired('rds.instance-logs-not-exported')).toEqual(['pg-single RDS.9']);
    expect(fired('rds.cluster-logs-not-exported')).toEqual(['aurora-loose RDS.34']);
    expect(fired('rds.cluster-backtrack-off')).toEqual(['aurora-loose RDS.14']);
    expect(fired('rds.cluster-backup-retention-short')).toEqual(['aurora-loose RDS.50']);
    expect(fired('rds.cluster-auto-minor-upgrade-disabled')).toEqual(['pg-multi-az RDS.35']);
    expect(fired('rds.cluster-copy-tags-off')).toEqual(['aurora-loose RDS.16', 'pg-multi-az RDS.47']);
    // moto reports a cluster Multi-AZ only with members in two zones: none has members here.
    expect(fired('rds.cluster-single-az')).toEqual([
      'aurora-loose RDS.15',
      'aurora-tight RDS.15',
      'pg-multi-az RDS.15',
    ]);
    // Multi-AZ with every log RDS.9 lists for MariaDB: none of these rules reports it.
    expect(findings.filter((f) => f.resource.id === 'maria-good' && /single-az|logs/.test(f.ruleId))).toEqual(
      [],
    );
  });
});

/** RDS.46 on moto: subnets whose route table (own or the VPC's main one) reaches an internet gateway. */
describe('rds.instance-in-public-subnet against moto', () => {
  const account = uniqueAccountId();
  const region = 'eu-central-1';
  let inventory: Inventory;

  beforeAll(async () => {
    const credentials = await accountCredentials(account);
    const rds = new RDSClient(seedConfig(region, credentials));
    const ec2 = new EC2Client(seedConfig(region, credentials));
    const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.41.0.0/16' }))).Vpc?.VpcId;
    const subnet = async (i: number, zone: string) =>
      (
        await ec2.send(
          new CreateSubnetCommand({
            VpcId: vpc,
            CidrBlock: `10.41.${i}.0/24`,
            AvailabilityZone: `${region}${zone}`,
          }),
        )
      ).Subnet?.SubnetId ?? '';
    const [publicA, privateA, privateB] = [await subnet(0, 'a'), await subnet(1, 'a'), await subnet(2, 'b')];
    const gateway = (await ec2.send(new CreateInternetGatewayCommand({}))).InternetGateway?.InternetGatewayId;
    await ec2.send(new AttachInternetGatewayCommand({ InternetGatewayId: gateway, VpcId: vpc }));
    const table = (await ec2.send(new CreateRouteTableCommand({ VpcId: vpc }))).RouteTable?.RouteTableId;
    await ec2.send(
      new CreateRouteCommand({ RouteTableId: table, DestinationCidrBlock: '0.0.0.0/0', GatewayId: gateway }),
    );
    await ec2.send(new AssociateRouteTableCommand({ RouteTableId: table, SubnetId: publicA }));
    const group = async (name: string, subnets: string[]) =>
      rds.send(
        new CreateDBSubnetGroupCommand({
          DBSubnetGroupName: name,
          DBSubnetGroupDescription: name,
          SubnetIds: subnets,
        }),
      );
    await group('mixed', [publicA, privateB]);
    await group('private-only', [privateA, privateB]);
    const instance = (id: string, DBSubnetGroupName: string) =>
      rds.send(
        new CreateDBInstanceCommand({
          DBInstanceIdentifier: id,
          DBSubnetGroupName,
          Engine: 'postgres',
          DBInstanceClass: 'db.t3.micro',
          AllocatedStorage: 20,
          MasterUsername: 'dbowner',
          MasterUserPassword: 'password123',
        }),
      );
    await instance('in-public', 'mixed');
    await instance('in-private', 'private-only');
    inventory = await scanForTest(credentials, { regions: [region], services: ['ec2', 'rds'] });
  }, 120_000);

  it('reports the instance whose subnet group holds a public subnet, not the private one', () => {
    expect(inventory.errors).toEqual([]);
    const findings = runRules(inventory, DEFAULT_CONFIG, rulesOfServices('rds'), new Date()).findings.filter(
      (f) => f.ruleId === 'rds.instance-in-public-subnet',
    );
    expect(findings.map((f) => [f.resource.id, f.severity])).toEqual([['in-public', 'medium']]);
    expect(
      ofType(inventory, 'ec2:subnet').filter((s) => s.attributes.internetGatewayRoute === true),
    ).toHaveLength(1);
  });
});
