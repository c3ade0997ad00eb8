import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { CloudWatchClient, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import {
  AllocateAddressCommand,
  CreateNatGatewayCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  DescribeAddressesCommand,
  DescribeNatGatewaysCommand,
  DisassociateAddressCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import type { AwsCredentialIdentity } from '@smithy/types';
import type { AuditReport } from '../../src/report/schema.js';
import { accountCredentials, seedConfig, uniqueAccountId } from '../support/aws.js';
import { startGitHubServer, type GitHubServer, type RepoState } from '../support/github-server.js';
import { dailyTraffic } from '../support/nat-metrics.js';
import { ACTION_BUNDLE } from '../support/run-process.js';
import { reportOf, runScheduledAction } from '../support/scheduled-action.js';

const REGION = 'eu-west-2';
const CONFIG =
  'version: 1\nrules:\n  disable: ["*"]\n  enable: [ec2.nat-gateway-idle, ec2.eip-unassociated]\n';

/**
 * Deleting an idle NAT gateway through the bundled Action, against moto and the GitHub fake: the
 * nightly run offers it, a writer approves, apply deletes it and says its Elastic IP keeps billing,
 * and the next run offers that address as a candidate of its own.
 */
describe('approved deletion of an idle NAT gateway through the Action', () => {
  const account = uniqueAccountId();
  let credentials: AwsCredentialIdentity;
  let ec2: EC2Client;
  let github: GitHubServer;
  let repo: RepoState;
  const ids = { nat: '', allocation: '' };
  const runs: Record<string, AuditReport> = {};
  let natStateAfterApply: string | undefined;
  let addressAfterApply: { allocated: boolean };

  const runAction = async (inputs: Record<string, string> = {}) =>
    reportOf(
      await runScheduledAction({
        github,
        repo,
        credentials,
        config: CONFIG,
        region: REGION,
        services: 'ec2',
        inputs,
      }),
    );
  const candidates = (report: AuditReport) => report.cleanup.candidates.map((c) => [c.resourceId, c.action]);

  beforeAll(async () => {
    if (!existsSync(ACTION_BUNDLE)) throw new Error('dist/index.js is missing: run npm run build first');
    credentials = await accountCredentials(account);
    ec2 = new EC2Client(seedConfig(REGION, credentials));
    const cloudwatch = new CloudWatchClient(seedConfig(REGION, credentials));
    github = await startGitHubServer();
    repo = github.state.addRepo({ owner: 'octo-org', name: 'infra' });
    repo.setRole('writer', 'write');
    const vpc = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.80.0.0/16' }));
    const subnet = await ec2.send(
      new CreateSubnetCommand({
        VpcId: vpc.Vpc?.VpcId,
        CidrBlock: '10.80.0.0/24',
        AvailabilityZone: `${REGION}a`,
      }),
    );
    ids.allocation = (await ec2.send(new AllocateAddressCommand({ Domain: 'vpc' }))).AllocationId ?? '';
    const nat = await ec2.send(
      new CreateNatGatewayCommand({ SubnetId: subnet.Subnet?.SubnetId, AllocationId: ids.allocation }),
    );
    ids.nat = nat.NatGateway?.NatGatewayId ?? '';
    await cloudwatch.send(
      new PutMetricDataCommand({ Namespace: 'AWS/NATGateway', MetricData: dailyTraffic(ids.nat, 14, 0) }),
    );

    runs.nightly = await runAction();
    const id = runs.nightly.cleanup.candidates.find((c) => c.resourceId === ids.nat)?.id ?? 'missing';
    const dashboard = [...repo.issues.values()].find((issue) => !issue.pull);
    repo.addComment(dashboard?.number ?? 0, { user: 'writer', body: `/aws-audit approve ${id}` });
    runs.apply = await runAction({ cleanup: 'apply', 'expected-account-id': account });
    const gateways = await ec2.send(new DescribeNatGatewaysCommand({ NatGatewayIds: [ids.nat] }));
    natStateAfterApply = gateways.NatGateways?.[0]?.State;
    const addresses = await ec2.send(new DescribeAddressesCommand({ AllocationIds: [ids.allocation] }));
    const address = addresses.Addresses?.[0];
    addressAfterApply = { allocated: address !== undefined };
    // AWS disassociates a deleted gateway's address; moto keeps the association, so do what AWS does.
    if (address?.AssociationId) {
      await ec2.send(new DisassociateAddressCommand({ AssociationId: address.AssociationId }));
    }
    runs.next = await runAction();
  }, 600_000);

  afterAll(async () => {
    await github?.close();
    ec2?.destroy();
  });

  it('sends GitHub only requests its description allows', () => {
    expect(github.violations).toEqual([]);
  });

  it('offers the idle gateway, and not its address while the gateway holds it', () => {
    expect(candidates(runs.nightly as AuditReport)).toEqual([[ids.nat, 'ec2.delete-nat-gateway']]);
  });

  it('apply deletes the approved gateway, logs the call it made, and says the address keeps billing', () => {
    const entry = (runs.apply as AuditReport).cleanup.log.find((e) => e.resourceId === ids.nat);
    expect(entry).toMatchObject({ outcome: 'done', calls: [`ec2:DeleteNatGateway NatGatewayId=${ids.nat}`] });
    expect(entry?.detail).toContain(ids.allocation);
    expect(['deleting', 'deleted']).toContain(natStateAfterApply);
    expect(addressAfterApply).toEqual({ allocated: true });
  });

  it('the next run offers the freed Elastic IP as a candidate of its own', () => {
    const report = runs.next as AuditReport;
    expect(
      report.findings.filter((f) => f.ruleId === 'ec2.eip-unassociated').map((f) => f.resource.id),
    ).toEqual([ids.allocation]);
    expect(candidates(report)).toContainEqual([ids.allocation, 'ec2.release-address']);
    expect(candidates(report)).not.toContainEqual([ids.nat, 'ec2.delete-nat-gateway']);
  });
});
