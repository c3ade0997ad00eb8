import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { IngressRule, VpcFlowLog } from '../../../src/inventory/resources/ec2.js';
import type { Inventory } from '../../../src/inventory/document.js';
import { runRules } from '../../../src/rules/engine.js';
import {
  defaultSgHasRules,
  sgAllPortsOpen,
  sgHighRiskPortOpen,
  sgRdpOpen,
  sgSshOpen,
  sgUnauthorizedPortOpen,
  transitGatewayAutoAccepts,
  vpcFlowLogsDisabled,
} from '../../../src/rules/catalog/ec2-network.js';
import type { Rule } from '../../../src/rules/model.js';
import { ACCOUNT, inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');

function ingress(
  protocol: string,
  from: number | null,
  to: number | null,
  cidrs: string[] = ['0.0.0.0/0'],
): IngressRule {
  return {
    protocol,
    fromPort: from,
    toPort: to,
    ipv4Ranges: cidrs.filter((c) => c.includes('.')),
    ipv6Ranges: cidrs.filter((c) => c.includes(':')),
    prefixListIds: [],
    referencedGroupIds: [],
  };
}

function group(
  id: string,
  rules: IngressRule[],
  options: { isDefault?: boolean; enis?: string[]; egress?: number } = {},
) {
  return resource('ec2:security-group', id, {
    groupName: options.isDefault ? 'default' : `group-${id}`,
    description: null,
    vpcId: 'vpc-1',
    isDefault: options.isDefault ?? false,
    ingress: rules,
    egressRuleCount: options.egress ?? 1,
    networkInterfaceIds: options.enis ?? ['eni-1'],
  });
}

const run = (rule: Rule, inventory: Inventory) => runRules(inventory, DEFAULT_CONFIG, [rule], NOW).findings;

describe('ec2.sg-ssh-open-to-internet', () => {
  it('flags port 22 open to 0.0.0.0/0 and ::/0, naming the group and the range', () => {
    const [finding, ...rest] = run(
      sgSshOpen,
      inventoryOf([group('sg-0abc', [ingress('tcp', 22, 22, ['0.0.0.0/0', '::/0'])])]),
    );
    expect(rest).toEqual([]);
    expect(finding?.message).toContain('open to 0.0.0.0/0 and ::/0 through sg-0abc');
    expect(finding?.message).toContain('TCP port 22');
    expect(finding?.severity).toBe('high');
    // Exactly the internet-wide sources of that rule, quoted for the shell.
    expect(finding?.remediation.cli).toBe(
      `aws ec2 revoke-security-group-ingress --region us-east-1 --group-id sg-0abc --ip-permissions '[{"IpProtocol":"tcp","FromPort":22,"ToPort":22,"IpRanges":[{"CidrIp":"0.0.0.0/0"}],"Ipv6Ranges":[{"CidrIpv6":"::/0"}]}]'`,
    );
  });

  it('ignores SSH from a private range, other ports, UDP 22, and all-ports rules (left to their own rule)', () => {
    const inventory = inventoryOf([
      group('sg-1', [ingress('tcp', 22, 22, ['10.0.0.0/8']), ingress('tcp', 443, 443)]),
      group('sg-2', [ingress('-1', null, null)]),
      group('sg-3', [ingress('udp', 22, 22)]),
    ]);
    expect(run(sgSshOpen, inventory)).toEqual([]);
  });

  it('is lowered to medium when no network interface uses the group', () => {
    const [finding] = run(sgSshOpen, inventoryOf([group('sg-1', [ingress('tcp', 0, 1024)], { enis: [] })]));
    expect(finding?.severity).toBe('medium');
    expect(finding?.message).toContain('No network interface uses it');
  });
});

describe('ec2.sg-rdp-open-to-internet', () => {
  it('flags 3389 open to ::/0', () => {
    expect(run(sgRdpOpen, inventoryOf([group('sg-1', [ingress('tcp', 3389, 3389, ['::/0'])])]))).toHaveLength(
      1,
    );
  });
  it('ignores 3389 from a known range', () => {
    expect(
      run(sgRdpOpen, inventoryOf([group('sg-1', [ingress('tcp', 3389, 3389, ['203.0.113.0/24'])])])),
    ).toEqual([]);
  });
});

describe('ec2.sg-all-ports-open-to-internet', () => {
  it('flags all protocols and the full TCP range', () => {
    const findings = run(
      sgAllPortsOpen,
      inventoryOf([group('sg-1', [ingress('-1', null, null)]), group('sg-2', [ingress('tcp', 0, 65535)])]),
    );
    expect(findings.map((f) => f.resource.id)).toEqual(['sg-1', 'sg-2']);
    expect(findings[0]?.severity).toBe('critical');
  });
  it('ignores a partial range and ICMP', () => {
    expect(
      run(
        sgAllPortsOpen,
        inventoryOf([group('sg-1', [ingress('tcp', 1000, 2000), ingress('icmp', -1, -1)])]),
      ),
    ).toEqual([]);
  });
});

describe('ec2.sg-high-risk-port-open-to-internet', () => {
  it('flags MySQL and PostgreSQL open to the world, listing the ports', () => {
    const [finding] = run(sgHighRiskPortOpen, inventoryOf([group('sg-1', [ingress('tcp', 3306, 5432)])]));
    expect(finding?.evidence.highRiskPorts).toEqual([3306, 4333, 5000, 5432]);
  });
  it('ignores 443 and high-risk ports reachable only from a VPC range', () => {
    expect(
      run(
        sgHighRiskPortOpen,
        inventoryOf([group('sg-1', [ingress('tcp', 443, 443), ingress('tcp', 5432, 5432, ['10.0.0.0/16'])])]),
      ),
    ).toEqual([]);
  });
});

describe('ec2.sg-unauthorized-port-open-to-internet', () => {
  it('flags a port outside the allowed list', () => {
    expect(
      run(sgUnauthorizedPortOpen, inventoryOf([group('sg-1', [ingress('tcp', 8443, 8443)])])),
    ).toHaveLength(1);
  });
  it('allows 80 and 443 by default, and ports added to allowedPublicPorts', () => {
    const inventory = inventoryOf([
      group('sg-1', [ingress('tcp', 80, 80), ingress('tcp', 443, 443), ingress('tcp', 8443, 8443)]),
    ]);
    const config = {
      ...DEFAULT_CONFIG,
      thresholds: { ...DEFAULT_CONFIG.thresholds, allowedPublicPorts: [80, 443, 8443] },
    };
    expect(runRules(inventory, config, [sgUnauthorizedPortOpen], NOW).findings).toEqual([]);
  });
});

describe('ec2.default-sg-allows-traffic', () => {
  it('flags a used default group with rules as high', () => {
    const [finding] = run(
      defaultSgHasRules,
      inventoryOf([group('sg-d', [ingress('tcp', 22, 22)], { isDefault: true })]),
    );
    expect(finding?.severity).toBe('high');
    expect(finding?.evidence.stockRulesOnly).toBe(false);
  });
  it("reports an unused default group with AWS's stock rules as low, and ignores one with no rules", () => {
    const stock: IngressRule = { ...ingress('-1', null, null, []), referencedGroupIds: ['sg-d'] };
    const findings = run(
      defaultSgHasRules,
      inventoryOf([
        group('sg-d', [stock], { isDefault: true, enis: [] }),
        group('sg-e', [], { isDefault: true, egress: 0 }),
      ]),
    );
    expect(findings.map((f) => [f.resource.id, f.severity])).toEqual([['sg-d', 'low']]);
  });
  it('ignores groups that are not default', () => {
    expect(run(defaultSgHasRules, inventoryOf([group('sg-1', [ingress('tcp', 22, 22)])]))).toEqual([]);
  });
});

describe('ec2.vpc-flow-logs-disabled', () => {
  const vpc = (
    id: string,
    flowLogs: VpcFlowLog[],
    networkInterfaceCount = 3,
    unknown: string[] = [],
    ownerId: string | null = ACCOUNT,
  ) =>
    resource(
      'ec2:vpc',
      id,
      { cidrBlock: '10.0.0.0/16', isDefault: false, ownerId, flowLogs, networkInterfaceCount },
      { unknownAttributes: unknown },
    );
  const log = (id: string, trafficType: string): VpcFlowLog => ({ id, trafficType, destinationType: 's3' });

  it('flags a VPC in use without flow logs, or with accepted traffic only, as medium; an empty one as info', () => {
    const findings = run(
      vpcFlowLogsDisabled,
      inventoryOf([vpc('vpc-bare', []), vpc('vpc-accept', [log('fl-1', 'ACCEPT')]), vpc('vpc-empty', [], 0)]),
    );
    expect(findings.map((f) => [f.resource.id, f.severity])).toEqual([
      ['vpc-accept', 'medium'],
      ['vpc-bare', 'medium'],
      ['vpc-empty', 'info'],
    ]);
    expect(findings[0]?.message).toBe(
      'VPC vpc-accept has flow logs of accepted traffic only (fl-1): rejected connections are not recorded. It has 3 network interface(s).',
    );
    expect(findings[0]?.references).toMatchObject({ fsbp: ['EC2.6'], cis: ['4.7'] });
    expect(findings[1]?.remediation.cli).toContain(
      '--resource-type VPC --resource-ids vpc-bare --traffic-type ALL',
    );
  });

  it('passes a VPC logging ALL or REJECT traffic, and does not judge unknown flow logs or shared VPCs', () => {
    const inventory = inventoryOf([
      vpc('vpc-all', [log('fl-1', 'ALL')]),
      vpc('vpc-reject', [log('fl-2', 'ACCEPT'), log('fl-3', 'REJECT')]),
      vpc('vpc-unknown', [], 3, ['flowLogs']),
      // Shared by another account through RAM: its flow logs live in the owner's account.
      vpc('vpc-shared', [], 3, [], '444455556666'),
    ]);
    expect(run(vpcFlowLogsDisabled, inventory)).toEqual([]);
  });
});

describe('citations per finding', () => {
  const refs = (rule: Rule, rules: IngressRule[]) =>
    run(rule, inventoryOf([group('sg-1', rules)])).map((f) => [
      f.subKey,
      f.references.fsbp,
      f.references.cis,
    ]);

  it('cites CIS 6.3 for 0.0.0.0/0, 6.4 for ::/0, both for both, and FSBP EC2.19 (22 and 3389 are on its list)', () => {
    expect(refs(sgSshOpen, [ingress('tcp', 22, 22)])).toEqual([['tcp:22-22', ['EC2.19'], ['6.3']]]);
    expect(refs(sgSshOpen, [ingress('tcp', 22, 22, ['::/0'])])).toEqual([['tcp:22-22', ['EC2.19'], ['6.4']]]);
    expect(refs(sgRdpOpen, [ingress('tcp', 3389, 3389, ['0.0.0.0/0', '::/0'])])).toEqual([
      ['tcp:3389-3389', ['EC2.19'], ['6.3', '6.4']],
    ]);
    expect(refs(sgAllPortsOpen, [ingress('-1', null, null, ['::/0'])])).toEqual([
      ['-1:0-65535', ['EC2.18', 'EC2.19'], ['6.1.2', '6.4']],
    ]);
    // CIS 6.1.2 is about CIFS (445); no CIS section judges the other high-risk ports.
    expect(refs(sgHighRiskPortOpen, [ingress('tcp', 3306, 3306)])).toEqual([
      ['tcp:3306-3306', ['EC2.19'], []],
    ]);
    expect(refs(sgHighRiskPortOpen, [ingress('tcp', 440, 450)])).toEqual([
      ['tcp:440-450', ['EC2.19'], ['6.1.2']],
    ]);
  });

  it('cites EC2.18 for an unlisted port only beyond its own authorized 80 and 443', () => {
    const config = {
      ...DEFAULT_CONFIG,
      thresholds: { ...DEFAULT_CONFIG.thresholds, allowedPublicPorts: [443] },
    };
    const findings = runRules(
      inventoryOf([group('sg-1', [ingress('tcp', 80, 80), ingress('tcp', 8443, 8443)])]),
      config,
      [sgUnauthorizedPortOpen],
      NOW,
    ).findings;
    expect(findings.map((f) => [f.subKey, f.references.fsbp])).toEqual([
      ['tcp:80-80', []],
      ['tcp:8443-8443', ['EC2.18']],
    ]);
  });
});

describe('ec2.tgw-auto-accepts-attachments', () => {
  const gateway = (id: string, autoAccept: boolean, ownerId: string | null = ACCOUNT, state = 'available') =>
    resource('ec2:transit-gateway', id, { ownerId, autoAcceptSharedAttachments: autoAccept }, { state });
  const found = (...gateways: ReturnType<typeof gateway>[]) =>
    runRules(inventoryOf(gateways), DEFAULT_CONFIG, [transitGatewayAutoAccepts], NOW).findings.map((f) => [
      f.resource.id,
      f.severity,
    ]);
  it('flags a gateway of the account that accepts shared attachments automatically', () => {
    expect(found(gateway('tgw-open', true))).toEqual([['tgw-open', 'high']]);
  });
  it('ignores gateways that do not, those shared by another account, and deleted ones', () => {
    expect(
      found(
        gateway('tgw-closed', false),
        gateway('tgw-shared', true, '999988887777'),
        gateway('tgw-gone', true, ACCOUNT, 'deleted'),
      ),
    ).toEqual([]);
  });
});
