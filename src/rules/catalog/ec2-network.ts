import type { IngressRule } from '../../inventory/resources/ec2.js';
import type { ResourceOfType } from '../../inventory/resources/index.js';
import type { RuleContext } from '../context.js';
import { defineRule, type RuleHit } from '../model.js';

type SecurityGroup = ResourceOfType<'ec2:security-group'>;

const OPEN_IPV4 = '0.0.0.0/0';
const OPEN_IPV6 = '::/0';

/** FSBP EC2.19's high-risk ports (its blockedPorts, not customizable). */
export const EC2_19_PORTS = [
  20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432, 5500, 5601, 8080,
  8088, 8888, 9200, 9300,
];
/** The high-risk ports the high-risk rule reports: 22 and 3389 have rules of their own. */
export const HIGH_RISK_PORTS = EC2_19_PORTS.filter((port) => port !== 22 && port !== 3389);

const CIFS_PORT = 445;

/** FSBP EC2.18's authorizedTcpPorts default: it fails a group open to the internet on any other port. */
const EC2_18_AUTHORIZED = [80, 443];

/**
 * CIS 6.3 judges ingress from 0.0.0.0/0 and CIS 6.4 from ::/0 to the remote administration ports
 * (22 and 3389): a finding cites the one its open sources fail.
 */
const cisAdminPortSections = (open: { sources: string[] }): string[] => [
  ...(open.sources.includes(OPEN_IPV4) ? ['6.3'] : []),
  ...(open.sources.includes(OPEN_IPV6) ? ['6.4'] : []),
];

interface OpenRule {
  rule: IngressRule;
  sources: string[];
  from: number;
  to: number;
  allPorts: boolean;
}

/** Ingress rules open to the whole internet, with their port range made explicit. */
function openRules(group: SecurityGroup): OpenRule[] {
  return group.attributes.ingress.flatMap((rule) => {
    const sources = [
      ...rule.ipv4Ranges.filter((c) => c === OPEN_IPV4),
      ...rule.ipv6Ranges.filter((c) => c === OPEN_IPV6),
    ];
    if (sources.length === 0) return [];
    const allProtocols = rule.protocol === '-1';
    const from = allProtocols ? 0 : (rule.fromPort ?? 0);
    const to = allProtocols ? 65535 : (rule.toPort ?? 65535);
    // ICMP rules carry type/code in the port fields, not ports.
    if (!allProtocols && !['tcp', 'udp', '6', '17'].includes(rule.protocol)) return [];
    return [{ rule, sources, from, to, allPorts: allProtocols || (from <= 0 && to >= 65535) }];
  });
}

const isTcp = (open: OpenRule) => ['-1', 'tcp', '6'].includes(open.rule.protocol);

const portText = (open: OpenRule) =>
  open.allPorts ? 'all ports' : open.from === open.to ? `port ${open.from}` : `ports ${open.from}-${open.to}`;
const protocolText = (open: OpenRule) =>
  open.rule.protocol === '-1' ? 'all protocols' : open.rule.protocol.toUpperCase();

/** Unused groups expose nothing today: still a finding (a latent risk), one severity lower. */
function usage(ctx: RuleContext, group: SecurityGroup): { used: boolean | null; note: string } {
  if (!ctx.known(group, 'networkInterfaceIds')) return { used: null, note: '' };
  const count = group.attributes.networkInterfaceIds.length;
  return count > 0
    ? { used: true, note: ` It is used by ${count} network interface(s).` }
    : { used: false, note: ' No network interface uses it today.' };
}

function hit(
  ctx: RuleContext,
  group: SecurityGroup,
  open: OpenRule,
  what: string,
  lowerWhenUnused: 'medium' | 'low',
  references?: RuleHit['references'],
): RuleHit {
  const { used, note } = usage(ctx, group);
  return {
    target: group,
    subKey: `${open.rule.protocol}:${open.from}-${open.to}`,
    message: `${what} open to ${open.sources.join(' and ')} through ${group.id} (${group.attributes.groupName}): ${protocolText(open)} ${portText(open)}.${note}`,
    evidence: {
      groupId: group.id,
      groupName: group.attributes.groupName,
      protocol: open.rule.protocol,
      fromPort: open.from,
      toPort: open.to,
      sources: open.sources,
      networkInterfaces: used === null ? 'unknown' : group.attributes.networkInterfaceIds.length,
    },
    ...(used === false ? { severity: lowerWhenUnused } : {}),
    templateValues: { ipPermissions: ipPermissionsJson(open) },
    ...(references ? { references } : {}),
  };
}

/** The open rule as revoke-security-group-ingress takes it: only its internet-wide sources. */
function ipPermissionsJson(open: OpenRule): string {
  const { rule } = open;
  const ipv4 = open.sources.filter((s) => s === OPEN_IPV4).map((CidrIp) => ({ CidrIp }));
  const ipv6 = open.sources.filter((s) => s === OPEN_IPV6).map((CidrIpv6) => ({ CidrIpv6 }));
  return JSON.stringify([
    {
      IpProtocol: rule.protocol,
      ...(rule.protocol === '-1' ? {} : { FromPort: rule.fromPort, ToPort: rule.toPort }),
      ...(ipv4.length > 0 ? { IpRanges: ipv4 } : {}),
      ...(ipv6.length > 0 ? { Ipv6Ranges: ipv6 } : {}),
    },
  ]);
}

/** Revokes exactly the rule's internet-wide sources; other sources of the rule stay. */
const revokeCli =
  'aws ec2 revoke-security-group-ingress --region {region} --group-id {id} --ip-permissions {ipPermissions}';

const includes = (open: OpenRule, port: number) => open.from <= port && port <= open.to;
const sgRemediation = {
  console: 'VPC console > Security groups > the group > Inbound rules > Edit inbound rules',
};

export const sgSshOpen = defineRule(
  {
    id: 'ec2.sg-ssh-open-to-internet',
    title: 'Security group allows SSH (port 22) from the internet',
    severity: 'high',
    category: 'security',
    resourceType: 'ec2:security-group',
    reads: ['ec2:security-group'],
    description: 'An inbound rule allows TCP port 22 from 0.0.0.0/0 or ::/0.',
    risk: 'SSH reachable from anywhere invites brute-force and exploitation of any SSH flaw on every instance using the group.',
    remediation: {
      text: 'Remove the rule; reach instances with SSM Session Manager, or allow SSH only from known address ranges.',
      cli: revokeCli,
      ...sgRemediation,
    },
    references: { fsbp: ['EC2.19'], cis: ['6.3', '6.4'] },
  },
  (ctx) =>
    ctx.resources('ec2:security-group').flatMap((group) =>
      openRules(group)
        // SSH is TCP only; a UDP 22 rule is left to the unauthorized-port rule.
        .filter((o) => !o.allPorts && includes(o, 22) && isTcp(o))
        .map((o) => hit(ctx, group, o, 'SSH is', 'medium', { cis: cisAdminPortSections(o) })),
    ),
);

export const sgRdpOpen = defineRule(
  {
    id: 'ec2.sg-rdp-open-to-internet',
    title: 'Security group allows RDP (port 3389) from the internet',
    severity: 'high',
    category: 'security',
    resourceType: 'ec2:security-group',
    reads: ['ec2:security-group'],
    description:
      'An inbound rule allows port 3389 from 0.0.0.0/0 or ::/0, over TCP or UDP (RDP uses both since RDP 8.0).',
    risk: 'Remote Desktop open to anyone is a leading way into Windows hosts (brute force, BlueKeep-class flaws).',
    remediation: {
      text: 'Remove the rule; use SSM Session Manager or Fleet Manager, or allow RDP only from known address ranges.',
      cli: revokeCli,
      ...sgRemediation,
    },
    references: { fsbp: ['EC2.19'], cis: ['6.3', '6.4'] },
  },
  (ctx) =>
    ctx.resources('ec2:security-group').flatMap((group) =>
      openRules(group)
        .filter((o) => !o.allPorts && includes(o, 3389))
        .map((o) => hit(ctx, group, o, 'RDP is', 'medium', { cis: cisAdminPortSections(o) })),
    ),
);

export const sgAllPortsOpen = defineRule(
  {
    id: 'ec2.sg-all-ports-open-to-internet',
    title: 'Security group allows every port from the internet',
    severity: 'critical',
    category: 'security',
    resourceType: 'ec2:security-group',
    reads: ['ec2:security-group'],
    description: 'An inbound rule allows all protocols, or TCP/UDP ports 0-65535, from 0.0.0.0/0 or ::/0.',
    risk: 'Every service listening on the instances is exposed to the internet, including admin and database ports.',
    remediation: {
      text: 'Add rules for the ports the workload serves, from the sources that need them, then revoke this one.',
      cli: revokeCli,
      ...sgRemediation,
    },
    references: { fsbp: ['EC2.18', 'EC2.19'], cis: ['6.1.2', '6.3', '6.4'] },
  },
  (ctx) =>
    ctx.resources('ec2:security-group').flatMap((group) =>
      openRules(group)
        .filter((o) => o.allPorts)
        .map((o) =>
          hit(ctx, group, o, 'Every port is', 'medium', { cis: ['6.1.2', ...cisAdminPortSections(o)] }),
        ),
    ),
);

export const sgHighRiskPortOpen = defineRule(
  {
    id: 'ec2.sg-high-risk-port-open-to-internet',
    title: 'Security group allows a high-risk port from the internet',
    severity: 'high',
    category: 'security',
    resourceType: 'ec2:security-group',
    reads: ['ec2:security-group'],
    description: `An inbound rule opens one of FSBP EC2.19's high-risk ports (${HIGH_RISK_PORTS.join(', ')}; its 22 and 3389 have rules of their own) to 0.0.0.0/0 or ::/0.`,
    risk: 'Databases, file sharing, mail and admin consoles on these ports are attacked within minutes of exposure.',
    remediation: {
      text: 'Remove the rule, or allow the port only from the networks that need it.',
      cli: revokeCli,
      ...sgRemediation,
    },
    references: { fsbp: ['EC2.19'], cis: ['6.1.2'] },
  },
  (ctx) =>
    ctx.resources('ec2:security-group').flatMap((group) =>
      openRules(group)
        .filter((o) => !o.allPorts)
        .flatMap((o) => {
          const ports = HIGH_RISK_PORTS.filter((port) => includes(o, port));
          if (ports.length === 0) return [];
          // CIS 6.1.2 judges CIFS (445) open to the internet.
          const found = hit(ctx, group, o, `High-risk port(s) ${ports.join(', ')} are`, 'medium', {
            cis: ports.includes(CIFS_PORT) ? ['6.1.2'] : [],
          });
          return [{ ...found, evidence: { ...found.evidence, highRiskPorts: ports } }];
        }),
    ),
);

export const sgUnauthorizedPortOpen = defineRule(
  {
    id: 'ec2.sg-unauthorized-port-open-to-internet',
    title: 'Security group opens a port to the internet that is not on the allowed list',
    severity: 'medium',
    category: 'security',
    resourceType: 'ec2:security-group',
    reads: ['ec2:security-group'],
    description:
      'An inbound rule opens ports to 0.0.0.0/0 or ::/0 beyond the allowed public ports (thresholds.allowedPublicPorts, default 80 and 443). Ranges covered by the SSH, RDP, all-ports and high-risk rules are left to them.',
    risk: 'Services exposed to the internet by accident are found by scanners long before their owners notice.',
    remediation: {
      text: 'Remove the rule, narrow its sources, or add the port to allowedPublicPorts if it is meant to be public.',
      cli: revokeCli,
      ...sgRemediation,
    },
    references: { fsbp: ['EC2.18'] },
    deviations: {
      'FSBP EC2.18':
        'The allowed ports are thresholds.allowedPublicPorts; EC2.18 authorizes 80 and 443 by default, so a finding cites it only when its ports go beyond those two. Ports EC2.19 names are left to the SSH, RDP and high-risk rules.',
    },
  },
  (ctx) => {
    const allowed = new Set(ctx.thresholds.allowedPublicPorts);
    return ctx.resources('ec2:security-group').flatMap((group) =>
      openRules(group)
        .filter((o) => !o.allPorts && !EC2_19_PORTS.some((p) => includes(o, p)))
        // More ports than the allowed list holds cannot all be allowed; otherwise check each.
        .filter(
          (o) =>
            o.to - o.from + 1 > allowed.size ||
            Array.from({ length: o.to - o.from + 1 }, (_, i) => o.from + i).some((p) => !allowed.has(p)),
        )
        .map((o) => {
          const beyondEc218 =
            o.to - o.from + 1 > EC2_18_AUTHORIZED.length ||
            !EC2_18_AUTHORIZED.includes(o.from) ||
            !EC2_18_AUTHORIZED.includes(o.to);
          return hit(ctx, group, o, 'A port outside the allowed list is', 'low', {
            fsbp: beyondEc218 ? ['EC2.18'] : [],
          });
        }),
    );
  },
);

export const defaultSgHasRules = defineRule(
  {
    id: 'ec2.default-sg-allows-traffic',
    title: 'Default security group has inbound or outbound rules',
    severity: 'high',
    category: 'security',
    resourceType: 'ec2:security-group',
    reads: ['ec2:security-group'],
    description:
      "A VPC's default security group has rules. Resources launched without a group get it, and with it its rules.",
    risk: 'Anything launched without an explicit group silently joins a group that allows traffic, often between unrelated workloads.',
    remediation: {
      text: "Remove every inbound and outbound rule from the default group and give resources groups of their own. Used by nothing and holding only AWS's stock rules, it is reported as low.",
      console: 'VPC console > Security groups > default > Inbound rules / Outbound rules > Edit',
    },
    references: { fsbp: ['EC2.2'], cis: ['6.5'] },
  },
  (ctx) =>
    ctx
      .resources('ec2:security-group')
      .filter(
        (g) =>
          g.attributes.isDefault && (g.attributes.ingress.length > 0 || g.attributes.egressRuleCount > 0),
      )
      .map((group): RuleHit => {
        const stockOnly = group.attributes.ingress.every(
          (r) =>
            r.ipv4Ranges.length === 0 &&
            r.ipv6Ranges.length === 0 &&
            r.prefixListIds.length === 0 &&
            r.referencedGroupIds.every((id) => id === group.id),
        );
        const { used, note } = usage(ctx, group);
        return {
          target: group,
          message: `The default security group ${group.id} of ${group.attributes.vpcId ?? 'its VPC'} has ${group.attributes.ingress.length} inbound and ${group.attributes.egressRuleCount} outbound rule(s).${note}`,
          evidence: {
            groupId: group.id,
            vpcId: group.attributes.vpcId,
            inboundRules: group.attributes.ingress.length,
            outboundRules: group.attributes.egressRuleCount,
            stockRulesOnly: stockOnly,
          },
          ...(stockOnly && used === false ? { severity: 'low' as const } : {}),
        };
      }),
);

/** Flow log traffic types that record rejected traffic, which FSBP EC2.6 asks for by default. */
const RECORDS_REJECTED = new Set(['REJECT', 'ALL']);

export const vpcFlowLogsDisabled = defineRule(
  {
    id: 'ec2.vpc-flow-logs-disabled',
    title: 'VPC has no flow log recording rejected traffic',
    severity: 'medium',
    category: 'security',
    resourceType: 'ec2:vpc',
    reads: ['ec2:vpc'],
    description:
      'The VPC has no active flow log (on the VPC itself) whose traffic type is REJECT or ALL. A VPC without any network interface has nothing to record yet: it is reported as info. A VPC shared with the account by another one is judged in its owner account, where its flow logs are.',
    risk: 'Without flow logs, scans, exfiltration and blocked connection attempts leave no trace, and an incident cannot be reconstructed from the network side.',
    remediation: {
      text: 'Create a flow log for the VPC with traffic type ALL (or at least REJECT), to CloudWatch Logs or S3, with a retention that matches your incident-response needs.',
      cli: 'aws ec2 create-flow-logs --region {region} --resource-type VPC --resource-ids {id} --traffic-type ALL --log-destination-type s3 --log-destination arn:aws:s3:::YOUR-FLOW-LOG-BUCKET',
      console: 'VPC console > Your VPCs > the VPC > Flow logs > Create flow log',
    },
    references: {
      fsbp: ['EC2.6'],
      cis: ['4.7'],
      docs: ['https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('ec2:vpc')
      .filter((vpc) => ctx.known(vpc, 'flowLogs'))
      .filter((vpc) => vpc.attributes.ownerId === null || vpc.attributes.ownerId === vpc.account)
      .filter((vpc) => !vpc.attributes.flowLogs.some((log) => RECORDS_REJECTED.has(log.trafficType ?? '')))
      .map((vpc): RuleHit => {
        const { flowLogs, networkInterfaceCount } = vpc.attributes;
        const usage = !ctx.known(vpc, 'networkInterfaceCount')
          ? ''
          : networkInterfaceCount === 0
            ? ' It has no network interface yet.'
            : ` It has ${networkInterfaceCount} network interface(s).`;
        const label = `${vpc.id}${vpc.name ? ` (${vpc.name})` : ''}${vpc.attributes.isDefault ? ', the default VPC,' : ''}`;
        return {
          target: vpc,
          message:
            flowLogs.length === 0
              ? `VPC ${label} has no flow log.${usage}`
              : `VPC ${label} has flow logs of accepted traffic only (${flowLogs.map((l) => l.id).join(', ')}): rejected connections are not recorded.${usage}`,
          evidence: {
            flowLogs,
            networkInterfaceCount: ctx.known(vpc, 'networkInterfaceCount')
              ? networkInterfaceCount
              : 'unknown',
            isDefault: vpc.attributes.isDefault,
          },
          ...(ctx.known(vpc, 'networkInterfaceCount') && networkInterfaceCount === 0
            ? { severity: 'info' as const }
            : {}),
        };
      }),
);

export const subnetAutoAssignsPublicIp = defineRule(
  {
    id: 'ec2.subnet-auto-public-ip',
    title: 'Subnet gives every new instance a public IPv4 address',
    severity: 'medium',
    category: 'security',
    resourceType: 'ec2:subnet',
    reads: ['ec2:subnet'],
    description:
      'A subnet that is not a default subnet has MapPublicIpOnLaunch on: every instance and interface launched in it gets a public IPv4 address unless its launch says otherwise.',
    risk: 'Anything launched there is reachable from the internet as far as its security groups allow, often without anyone having asked for it; each public IPv4 address is also billed hourly.',
    remediation: {
      text: 'Turn off auto-assignment and give public addresses (or Elastic IPs) only to the instances that must have them, or put those behind a load balancer.',
      cli: 'aws ec2 modify-subnet-attribute --region {region} --subnet-id {id} --no-map-public-ip-on-launch',
      console:
        'VPC console > Subnets > the subnet > Actions > Edit subnet settings > Auto-assign public IPv4 address',
    },
    references: {
      fsbp: ['EC2.15'],
      docs: ['https://docs.aws.amazon.com/vpc/latest/userguide/subnet-public-ip.html'],
    },
    deviations: {
      'FSBP EC2.15':
        'Default subnets are not reported: AWS makes every default-VPC subnet assign public addresses, and reporting each of them in every region would bury the subnets someone configured so.',
    },
  },
  (ctx) =>
    ctx
      .resources('ec2:subnet')
      .filter((s) => s.attributes.mapPublicIpOnLaunch && !s.attributes.defaultForAz)
      .map((subnet): RuleHit => ({
        target: subnet,
        message: `Subnet ${subnet.name ?? subnet.id}${subnet.attributes.vpcId ? ` of ${subnet.attributes.vpcId}` : ''} gives every new instance a public IPv4 address.`,
        evidence: {
          mapPublicIpOnLaunch: true,
          vpcId: subnet.attributes.vpcId,
          cidrBlock: subnet.attributes.cidrBlock,
        },
      })),
);

export const transitGatewayAutoAccepts = defineRule(
  {
    id: 'ec2.tgw-auto-accepts-attachments',
    title: 'Transit gateway accepts shared attachments automatically',
    severity: 'high',
    category: 'security',
    resourceType: 'ec2:transit-gateway',
    reads: ['ec2:transit-gateway'],
    description:
      'A transit gateway the account owns has AutoAcceptSharedAttachments on: attachment requests from the accounts it is shared with are accepted without review. Gateways shared with the account by another one are judged in their owner account.',
    risk: 'Any account the gateway is shared with can attach its VPCs and route into every network behind the gateway, unseen.',
    remediation: {
      text: 'Turn off automatic acceptance, and accept each attachment request after checking where it comes from.',
      cli: 'aws ec2 modify-transit-gateway --region {region} --transit-gateway-id {id} --options AutoAcceptSharedAttachments=disable',
      console:
        'VPC console > Transit gateways > the gateway > Actions > Modify transit gateway > Auto accept shared attachments',
    },
    references: {
      fsbp: ['EC2.23'],
      docs: ['https://docs.aws.amazon.com/vpc/latest/tgw/tgw-transit-gateways.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('ec2:transit-gateway')
      .filter((g) => !['deleting', 'deleted'].includes(g.state ?? ''))
      .filter((g) => g.attributes.ownerId === null || g.attributes.ownerId === g.account)
      .filter((g) => g.attributes.autoAcceptSharedAttachments)
      .map((gateway): RuleHit => ({
        target: gateway,
        message: `Transit gateway ${gateway.id}${gateway.name ? ` (${gateway.name})` : ''} accepts shared attachment requests automatically.`,
        evidence: { autoAcceptSharedAttachments: true },
      })),
);
