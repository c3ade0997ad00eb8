import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  CreateFlowLogsCommand,
  CreateNetworkInterfaceCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { Inventory } from '../../src/inventory/document.js';
import { vpcFlowLogsDisabled } from '../../src/rules/catalog/ec2-network.js';
import { runRules } from '../../src/rules/engine.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';

const REGION = 'eu-west-2';

describe('VPC flow logs against moto', () => {
  const account = uniqueAccountId();
  const ids = { logged: '', unlogged: '', flowLog: '' };
  let inventory: Inventory;

  beforeAll(async () => {
    const credentials = await accountCredentials(account);
    const ec2 = new EC2Client(seedConfig(REGION, credentials));
    const bucket = `flow-logs-${account}`;
    await new S3Client(seedConfig(REGION, credentials)).send(
      new CreateBucketCommand({ Bucket: bucket, CreateBucketConfiguration: { LocationConstraint: REGION } }),
    );
    for (const [name, cidr] of [
      ['logged', '10.70.0.0/16'],
      ['unlogged', '10.71.0.0/16'],
    ] as const) {
      const vpc = await ec2.send(new CreateVpcCommand({ CidrBlock: cidr }));
      ids[name] = vpc.Vpc?.VpcId ?? '';
      const subnet = await ec2.send(
        new CreateSubnetCommand({ VpcId: ids[name], CidrBlock: cidr.replace('.0.0/16', '.1.0/24') }),
      );
      await ec2.send(new CreateNetworkInterfaceCommand({ SubnetId: subnet.Subnet?.SubnetId }));
    }
    const created = await ec2.send(
      new CreateFlowLogsCommand({
        ResourceType: 'VPC',
        ResourceIds: [ids.logged],
        TrafficType: 'ALL',
        LogDestinationType: 's3',
        LogDestination: `arn:aws:s3:::${bucket}`,
      }),
    );
    ids.flowLog = created.FlowLogIds?.[0] ?? '';
    inventory = await scanForTest(credentials, { regions: [REGION], services: ['ec2'] });
  });

  const vpc = (id: string) => ofType(inventory, 'ec2:vpc').find((v) => v.id === id);

  it("records each VPC's flow logs and network interfaces", () => {
    expect(inventory.errors).toEqual([]);
    expect(vpc(ids.logged)?.attributes).toMatchObject({
      flowLogs: [{ id: ids.flowLog, trafficType: 'ALL', destinationType: 's3' }],
      networkInterfaceCount: 1,
    });
    expect(vpc(ids.unlogged)?.attributes).toMatchObject({ flowLogs: [], networkInterfaceCount: 1 });
  });

  it('reports the VPC in use without flow logs as medium, the empty default VPC as info, not the logged one', () => {
    const findings = runRules(inventory, DEFAULT_CONFIG, [vpcFlowLogsDisabled]).findings;
    const defaultVpc = ofType(inventory, 'ec2:vpc').find((v) => v.attributes.isDefault);
    expect(findings.map((f) => [f.resource.id, f.severity]).sort()).toEqual(
      [
        [ids.unlogged, 'medium'],
        [defaultVpc?.id, 'info'],
      ].sort(),
    );
  });
});
