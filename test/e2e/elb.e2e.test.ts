import { beforeAll, describe, expect, it } from '@jest/globals';
import { CloudWatchClient, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import {
  CreateLoadBalancerCommand,
  CreateLoadBalancerPolicyCommand,
  ElasticLoadBalancingClient,
  ModifyLoadBalancerAttributesCommand,
  RegisterInstancesWithLoadBalancerCommand,
  SetLoadBalancerPoliciesOfListenerCommand,
} from '@aws-sdk/client-elastic-load-balancing';
import { EC2Client, RunInstancesCommand } from '@aws-sdk/client-ec2';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { Inventory } from '../../src/inventory/document.js';
import { validateInventory } from '../../src/inventory/validate.js';
import { runRules, type AuditOutcome } from '../../src/rules/engine.js';
import { accountCredentials, ofType, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';
import { rulesFrom } from '../support/rules.js';

const REGION = 'eu-west-2';
const DAY_MS = 86_400_000;

/**
 * Classic Load Balancers against moto: `legacy` in one zone with an HTTP listener and an HTTPS one
 * on an IAM certificate and a policy copying ELBSecurityPolicy-2016-08, every attribute off and no
 * instance; `modern` in two zones, one SSL listener on the ELB.8 policy, every attribute on, one
 * instance and requests. moto differs from AWS where the unit tests cover AWS's answer: it dates
 * every load balancer now (none is old enough to be idle), answers no desync mitigation mode until
 * one is set (AWS answers defensive; the scan takes the absence as unknown), and echoes a
 * listener's front-end protocol as its instance protocol.
 */
describe('Classic ELB against moto', () => {
  const account = uniqueAccountId();
  let inventory: Inventory;
  let outcome: AuditOutcome;

  beforeAll(async () => {
    const credentials = await accountCredentials(account);
    const elb = new ElasticLoadBalancingClient(seedConfig(REGION, credentials));
    await elb.send(
      new CreateLoadBalancerCommand({
        LoadBalancerName: 'legacy',
        AvailabilityZones: [`${REGION}a`],
        Listeners: [
          { Protocol: 'HTTP', LoadBalancerPort: 80, InstanceProtocol: 'HTTP', InstancePort: 80 },
          {
            Protocol: 'HTTPS',
            LoadBalancerPort: 443,
            InstanceProtocol: 'HTTP',
            InstancePort: 80,
            SSLCertificateId: `arn:aws:iam::${account}:server-certificate/legacy`,
          },
        ],
        Tags: [{ Key: 'team', Value: 'old' }],
      }),
    );
    await elb.send(
      new CreateLoadBalancerPolicyCommand({
        LoadBalancerName: 'legacy',
        PolicyName: 'ELBSecurityPolicy-2016-08',
        PolicyTypeName: 'SSLNegotiationPolicyType',
        PolicyAttributes: [
          { AttributeName: 'Reference-Security-Policy', AttributeValue: 'ELBSecurityPolicy-2016-08' },
        ],
      }),
    );
    await elb.send(
      new SetLoadBalancerPoliciesOfListenerCommand({
        LoadBalancerName: 'legacy',
        LoadBalancerPort: 443,
        PolicyNames: ['ELBSecurityPolicy-2016-08'],
      }),
    );
    await elb.send(
      new ModifyLoadBalancerAttributesCommand({
        LoadBalancerName: 'legacy',
        LoadBalancerAttributes: {
          AdditionalAttributes: [{ Key: 'elb.http.desyncmitigationmode', Value: 'monitor' }],
        },
      }),
    );
    await elb.send(
      new CreateLoadBalancerCommand({
        LoadBalancerName: 'modern',
        AvailabilityZones: [`${REGION}a`, `${REGION}b`],
        Listeners: [
          {
            Protocol: 'SSL',
            LoadBalancerPort: 443,
            InstanceProtocol: 'TCP',
            InstancePort: 8443,
            // No certificate: moto checks an ACM ARN against ACM; ELB.2 is judged on legacy's IAM one.
          },
        ],
      }),
    );
    await elb.send(
      new CreateLoadBalancerPolicyCommand({
        LoadBalancerName: 'modern',
        PolicyName: 'tls12',
        PolicyTypeName: 'SSLNegotiationPolicyType',
        PolicyAttributes: [
          { AttributeName: 'Reference-Security-Policy', AttributeValue: 'ELBSecurityPolicy-TLS-1-2-2017-01' },
        ],
      }),
    );
    await elb.send(
      new SetLoadBalancerPoliciesOfListenerCommand({
        LoadBalancerName: 'modern',
        LoadBalancerPort: 443,
        PolicyNames: ['tls12'],
      }),
    );
    await elb.send(
      new ModifyLoadBalancerAttributesCommand({
        LoadBalancerName: 'modern',
        LoadBalancerAttributes: {
          CrossZoneLoadBalancing: { Enabled: true },
          ConnectionDraining: { Enabled: true, Timeout: 300 },
          AccessLog: { Enabled: true, S3BucketName: 'logs', EmitInterval: 60 },
          AdditionalAttributes: [{ Key: 'elb.http.desyncmitigationmode', Value: 'strictest' }],
        },
      }),
    );
    const ec2 = new EC2Client(seedConfig(REGION, credentials));
    const run = await ec2.send(
      new RunInstancesCommand({ ImageId: 'ami-12345678', MinCount: 1, MaxCount: 1 }),
    );
    await elb.send(
      new RegisterInstancesWithLoadBalancerCommand({
        LoadBalancerName: 'modern',
        Instances: [{ InstanceId: run.Instances?.[0]?.InstanceId }],
      }),
    );
    const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
    await new CloudWatchClient(seedConfig(REGION, credentials)).send(
      new PutMetricDataCommand({
        Namespace: 'AWS/ELB',
        MetricData: [1, 2].map((d) => ({
          MetricName: 'RequestCount',
          Dimensions: [{ Name: 'LoadBalancerName', Value: 'modern' }],
          Timestamp: new Date(today - d * DAY_MS + DAY_MS / 2),
          Value: 50,
          Unit: 'Count' as const,
        })),
      }),
    );
    inventory = await scanForTest(credentials, { regions: [REGION], services: ['elb'] });
    outcome = runRules(inventory, DEFAULT_CONFIG, rulesFrom('elb'));
  });

  const lb = (name: string) => ofType(inventory, 'elb:load-balancer').find((r) => r.id === name);
  const fired = (ruleId: string) =>
    outcome.findings
      .filter((f) => f.ruleId === ruleId)
      .map((f) => f.resource.id)
      .sort();

  it('lists both with their listeners, policies, attributes, tags and requests', () => {
    expect(inventory.errors).toEqual([]);
    validateInventory(inventory, 'elb e2e');
    expect(lb('legacy')?.tags).toEqual({ team: 'old' });
    expect(lb('legacy')?.attributes).toMatchObject({
      availabilityZones: [`${REGION}a`],
      instanceCount: 0,
      sslPolicies: [
        { policyName: 'ELBSecurityPolicy-2016-08', referenceSecurityPolicy: 'ELBSecurityPolicy-2016-08' },
      ],
      crossZoneLoadBalancing: false,
      connectionDraining: false,
      accessLogsEnabled: false,
      desyncMitigationMode: 'monitor',
      traffic: { count: 0, daysWithData: 0, metric: 'RequestCount' },
    });
    expect(lb('legacy')?.attributes.listeners.map((l) => [l.protocol, l.port, l.sslCertificateId])).toEqual([
      ['HTTP', 80, null],
      ['HTTPS', 443, `arn:aws:iam::${account}:server-certificate/legacy`],
    ]);
    expect(lb('modern')?.attributes).toMatchObject({
      instanceCount: 1,
      crossZoneLoadBalancing: true,
      connectionDraining: true,
      accessLogsEnabled: true,
      desyncMitigationMode: 'strictest',
      traffic: { count: 100, daysWithData: 2 },
    });
    expect(lb('modern')?.unknownAttributes).toEqual([]);
  });

  it('reports what the rules look for, on legacy only', () => {
    for (const rule of [
      'elb.listener-not-encrypted',
      'elb.certificate-not-acm',
      'elb.access-logs-off',
      'elb.connection-draining-off',
      'elb.tls-policy-outdated',
      'elb.cross-zone-off',
      'elb.single-az',
      'elb.desync-mitigation-weak',
      'elb.no-instances',
    ]) {
      expect([rule, fired(rule)]).toEqual([rule, ['legacy']]);
    }
    // Created moments ago: too young to be called idle.
    expect(fired('elb.load-balancer-idle')).toEqual([]);
    expect(outcome.findings.find((f) => f.ruleId === 'elb.tls-policy-outdated')?.severity).toBe('high');
  });
});
