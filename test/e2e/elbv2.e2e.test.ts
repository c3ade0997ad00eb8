import { beforeAll, describe, expect, it } from '@jest/globals';
import { CloudWatchClient, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  ElasticLoadBalancingV2Client,
  ModifyLoadBalancerAttributesCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { Inventory } from '../../src/inventory/document.js';
import { validateInventory } from '../../src/inventory/validate.js';
import { runRules, type AuditOutcome } from '../../src/rules/engine.js';
import { metricDimension } from '../../src/scan/collectors/lb-traffic.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';
import { rulesFrom } from '../support/rules.js';

const REGION = 'eu-west-2';
const DAY_MS = 86_400_000;

/**
 * ELBv2 against moto: an Application Load Balancer with an HTTP listener that forwards, an HTTPS
 * listener on ELBSecurityPolicy-2016-08, and every attribute set weak; a Network Load Balancer in
 * one zone with a TCP listener. moto differs from AWS in ways covered by the unit tests: it leaves
 * access_logs.s3.enabled, drop_invalid_header_fields and desync_mitigation_mode out of a new load
 * balancer's attributes (AWS names each, false/defensive), so the scan takes them as null (the
 * rules do not judge) until set; and it dates every load balancer now, so none is old enough to
 * be called idle (the rule tests cover idle ones).
 */
describe('ELBv2 against moto', () => {
  const account = uniqueAccountId();
  const arns: Record<'web' | 'tcp', string> = { web: '', tcp: '' };
  let inventory: Inventory;
  let outcome: AuditOutcome;

  beforeAll(async () => {
    const credentials = await accountCredentials(account);
    const ec2 = new EC2Client(seedConfig(REGION, credentials));
    const elbv2 = new ElasticLoadBalancingV2Client(seedConfig(REGION, credentials));
    const vpc = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.70.0.0/16' }));
    const subnets: string[] = [];
    for (const [i, zone] of ['a', 'b'].entries()) {
      const subnet = await ec2.send(
        new CreateSubnetCommand({
          VpcId: vpc.Vpc?.VpcId,
          CidrBlock: `10.70.${i}.0/24`,
          AvailabilityZone: `${REGION}${zone}`,
        }),
      );
      subnets.push(subnet.Subnet?.SubnetId ?? '');
    }
    const web = await elbv2.send(
      new CreateLoadBalancerCommand({
        Name: 'web',
        Subnets: subnets,
        Type: 'application',
        Tags: [{ Key: 'env', Value: 'prod' }],
      }),
    );
    arns.web = web.LoadBalancers?.[0]?.LoadBalancerArn ?? '';
    const tcp = await elbv2.send(
      new CreateLoadBalancerCommand({ Name: 'tcp', Subnets: [subnets[0] ?? ''], Type: 'network' }),
    );
    arns.tcp = tcp.LoadBalancers?.[0]?.LoadBalancerArn ?? '';
    const group = await elbv2.send(
      new CreateTargetGroupCommand({
        Name: 'web-targets',
        Protocol: 'HTTP',
        Port: 80,
        VpcId: vpc.Vpc?.VpcId,
      }),
    );
    const forward = [{ Type: 'forward' as const, TargetGroupArn: group.TargetGroups?.[0]?.TargetGroupArn }];
    await elbv2.send(
      new CreateListenerCommand({
        LoadBalancerArn: arns.web,
        Protocol: 'HTTP',
        Port: 80,
        DefaultActions: forward,
      }),
    );
    await elbv2.send(
      new CreateListenerCommand({
        LoadBalancerArn: arns.web,
        Protocol: 'HTTPS',
        Port: 443,
        SslPolicy: 'ELBSecurityPolicy-2016-08',
        // An IAM server certificate ARN: moto checks ACM ones against ACM, not these.
        Certificates: [{ CertificateArn: `arn:aws:iam::${account}:server-certificate/web` }],
        DefaultActions: forward,
      }),
    );
    await elbv2.send(
      new ModifyLoadBalancerAttributesCommand({
        LoadBalancerArn: arns.web,
        Attributes: [
          { Key: 'access_logs.s3.enabled', Value: 'false' },
          { Key: 'routing.http.drop_invalid_header_fields.enabled', Value: 'false' },
          { Key: 'routing.http.desync_mitigation_mode', Value: 'monitor' },
        ],
      }),
    );
    const tcpGroup = await elbv2.send(
      new CreateTargetGroupCommand({
        Name: 'tcp-targets',
        Protocol: 'TCP',
        Port: 5432,
        VpcId: vpc.Vpc?.VpcId,
      }),
    );
    await elbv2.send(
      new CreateListenerCommand({
        LoadBalancerArn: arns.tcp,
        Protocol: 'TCP',
        Port: 5432,
        DefaultActions: [{ Type: 'forward', TargetGroupArn: tcpGroup.TargetGroups?.[0]?.TargetGroupArn }],
      }),
    );
    // Three days of requests on the web load balancer.
    const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
    await new CloudWatchClient(seedConfig(REGION, credentials)).send(
      new PutMetricDataCommand({
        Namespace: 'AWS/ApplicationELB',
        MetricData: [1, 2, 3].map((d) => ({
          MetricName: 'RequestCount',
          Dimensions: [{ Name: 'LoadBalancer', Value: metricDimension(arns.web) ?? '' }],
          Timestamp: new Date(today - d * DAY_MS + DAY_MS / 2),
          Value: 100,
          Unit: 'Count' as const,
        })),
      }),
    );
    inventory = await scanForTest(credentials, { regions: [REGION], services: ['elbv2'] });
    outcome = runRules(inventory, DEFAULT_CONFIG, rulesFrom('elbv2'));
  });

  const lb = (arn: string) => ofType(inventory, 'elbv2:load-balancer').find((r) => r.arn === arn);
  const fired = (ruleId: string) =>
    outcome.findings
      .filter((f) => f.ruleId === ruleId)
      .map((f) => f.resource.name)
      .sort();

  it('lists both load balancers and their listeners with their attributes, tags and traffic', () => {
    expect(inventory.errors).toEqual([]);
    validateInventory(inventory, 'elbv2 e2e');
    expect(lb(arns.web)?.tags).toEqual({ env: 'prod' });
    expect(lb(arns.web)?.attributes).toMatchObject({
      loadBalancerType: 'application',
      availabilityZones: [`${REGION}a`, `${REGION}b`],
      deletionProtection: false,
      dropInvalidHeaderFields: false,
      desyncMitigationMode: 'monitor',
      accessLogsEnabled: false,
      traffic: { windowDays: 14, daysWithData: 3, metric: 'RequestCount', count: 300, bytesProcessed: null },
    });
    expect(lb(arns.web)?.attributes.listenerArns).toHaveLength(2);
    // moto's new load balancer lacks these attributes (AWS names them): null, so unjudged.
    expect(lb(arns.tcp)?.attributes).toMatchObject({
      loadBalancerType: 'network',
      accessLogsEnabled: null,
      traffic: { metric: 'NewFlowCount', count: 0, bytesProcessed: 0 },
    });
    expect(lb(arns.tcp)?.unknownAttributes).toEqual([]);
    const listeners = ofType(inventory, 'elbv2:listener').map((l) => [
      l.name,
      l.attributes.protocol,
      l.attributes.sslPolicy,
    ]);
    expect(listeners.sort()).toEqual([
      ['tcp:5432', 'TCP', null],
      ['web:443', 'HTTPS', 'ELBSecurityPolicy-2016-08'],
      ['web:80', 'HTTP', null],
    ]);
  });

  it('lists the target groups with the load balancers that use them', () => {
    const groups = ofType(inventory, 'elbv2:target-group').map((g) => [
      g.name,
      g.attributes.protocol,
      g.attributes.healthCheckProtocol,
      g.attributes.loadBalancerArns,
    ]);
    expect(groups.sort()).toEqual([
      ['tcp-targets', 'TCP', 'TCP', [arns.tcp]],
      ['web-targets', 'HTTP', 'HTTP', [arns.web]],
    ]);
  });

  it('reports what the rules look for', () => {
    expect(fired('elbv2.alb-http-not-redirected')).toEqual(['web']);
    expect(fired('elbv2.alb-invalid-headers-kept')).toEqual(['web']);
    expect(fired('elbv2.alb-access-logs-off')).toEqual(['web']);
    expect(fired('elbv2.alb-desync-mitigation-weak')).toEqual(['web']);
    expect(fired('elbv2.deletion-protection-off')).toEqual(['tcp', 'web']);
    expect(fired('elbv2.single-az')).toEqual(['tcp']);
    expect(fired('elbv2.listener-tls-policy-outdated')).toEqual(['web:443']);
    expect(fired('elbv2.listener-not-encrypted')).toEqual(['tcp:5432', 'web:80']);
    expect(fired('elbv2.target-group-unencrypted')).toEqual(['tcp-targets', 'web-targets']);
    expect(fired('elbv2.target-group-health-check-unencrypted')).toEqual(['tcp-targets', 'web-targets']);
    // Created moments ago: too young to be called idle.
    expect(fired('elbv2.load-balancer-idle')).toEqual([]);
  });
});
