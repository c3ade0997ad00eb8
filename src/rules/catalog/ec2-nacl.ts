import type { NetworkAclEntry } from '../../inventory/resources/ec2.js';
import type { ResourceOfType } from '../../inventory/resources/index.js';
import { defineRule, type RuleHit } from '../model.js';

type NetworkAcl = ResourceOfType<'ec2:network-acl'>;

/** FSBP EC2.21's (and CIS 6.2's) remote administration ports, over TCP. */
const ADMIN_PORTS = [
  { port: 22, label: 'SSH' },
  { port: 3389, label: 'RDP' },
] as const;
const TCP_PROTOCOLS = new Set(['-1', '6']);

const matchesTcpPort = (entry: NetworkAclEntry, port: number): boolean =>
  TCP_PROTOCOLS.has(entry.protocol) &&
  (entry.protocol === '-1' || ((entry.fromPort ?? 0) <= port && port <= (entry.toPort ?? 65535)));

/**
 * The entry that decides whether everyone in `source` (0.0.0.0/0 or ::/0) reaches the TCP port: a
 * network ACL applies the lowest-numbered matching entry. Entries for narrower sources neither open
 * the port to everyone nor close it for everyone, so the first entry for the whole source decides.
 */
function decidingEntry(acl: NetworkAcl, source: string, port: number): NetworkAclEntry | undefined {
  return acl.attributes.ingress
    .filter((e) => (source.includes(':') ? e.ipv6CidrBlock : e.cidrBlock) === source)
    .filter((e) => matchesTcpPort(e, port))
    .sort((a, b) => a.ruleNumber - b.ruleNumber)[0];
}

const subnetNote = (acl: NetworkAcl): string => {
  const count = acl.attributes.subnetIds.length;
  return count === 0 ? ' No subnet uses it today.' : ` It is associated with ${count} subnet(s).`;
};

export const naclAdminPortOpen = defineRule(
  {
    id: 'ec2.nacl-admin-port-open-to-internet',
    title: 'Network ACL allows SSH or RDP from the internet',
    severity: 'medium',
    category: 'security',
    resourceType: 'ec2:network-acl',
    reads: ['ec2:network-acl'],
    description:
      'A network ACL that is not a default one lets 0.0.0.0/0 or ::/0 reach TCP port 22 or 3389: the lowest-numbered inbound entry for that whole source and port allows it (an ALLOW that a lower-numbered DENY of the same source closes is not reported). Low where no subnet uses the ACL.',
    risk: 'The subnets behind the ACL rely on security groups alone to keep SSH and RDP, the usual ways into hosts, away from the internet.',
    remediation: {
      text: 'Add an inbound DENY for TCP 22 and 3389 from 0.0.0.0/0 and ::/0 with a rule number below the ALLOW, or narrow the ALLOW to the networks that administer the hosts.',
      cli: 'aws ec2 create-network-acl-entry --region {region} --network-acl-id {id} --ingress --rule-number {denyRuleNumber} --protocol tcp --port-range From={port},To={port} --cidr-block 0.0.0.0/0 --rule-action deny',
      console: 'VPC console > Network ACLs > the ACL > Inbound rules > Edit inbound rules',
    },
    references: {
      fsbp: ['EC2.21'],
      cis: ['6.2'],
      docs: ['https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html'],
    },
    deviations: {
      'FSBP EC2.21':
        'Inbound entries are evaluated as the ACL applies them, lowest rule number first: an ALLOW for 0.0.0.0/0 or ::/0 that a lower-numbered DENY of the same whole source already closes for the port is not reported (the control names the ALLOW entry alone).',
      'CIS 6.2':
        'Default network ACLs are not reported (FSBP EC2.21 exempts them; CIS 6.2 does not), and the ports are TCP 22 and 3389. A finding cites CIS 6.2 only where 0.0.0.0/0 is allowed.',
    },
  },
  (ctx) =>
    ctx
      .resources('ec2:network-acl')
      .filter((acl) => !acl.attributes.isDefault)
      .flatMap((acl) =>
        ADMIN_PORTS.flatMap(({ port, label }): RuleHit[] => {
          const open = ['0.0.0.0/0', '::/0'].flatMap((source) => {
            const entry = decidingEntry(acl, source, port);
            return entry?.ruleAction === 'allow' ? [{ source, entry }] : [];
          });
          if (open.length === 0) return [];
          const sources = open.map((o) => o.source);
          const rules = open.map((o) => o.entry.ruleNumber);
          // The command adds an IPv4 DENY just below the ALLOW, where that rule number is free.
          const ipv4Allow = open.find((o) => o.source === '0.0.0.0/0')?.entry.ruleNumber;
          const denyRule = ipv4Allow === undefined ? 0 : ipv4Allow - 1;
          const cliApplies = denyRule >= 1 && !acl.attributes.ingress.some((e) => e.ruleNumber === denyRule);
          return [
            {
              target: acl,
              subKey: String(port),
              message: `Network ACL ${acl.id}${acl.attributes.vpcId ? ` of ${acl.attributes.vpcId}` : ''} allows ${label} (TCP ${port}) from ${sources.join(' and ')} (rule ${rules.join(', ')}).${subnetNote(acl)}`,
              evidence: { port, sources, ruleNumbers: rules, subnetIds: acl.attributes.subnetIds },
              ...(acl.attributes.subnetIds.length === 0 ? { severity: 'low' as const } : {}),
              ...(cliApplies
                ? { templateValues: { port: String(port), denyRuleNumber: String(denyRule) } }
                : { cliDoesNotApply: true }),
              references: { cis: sources.includes('0.0.0.0/0') ? ['6.2'] : [] },
            },
          ];
        }),
      ),
);

export const naclUnused = defineRule(
  {
    id: 'ec2.nacl-unused',
    title: 'Network ACL is not associated with any subnet',
    severity: 'low',
    category: 'hygiene',
    resourceType: 'ec2:network-acl',
    reads: ['ec2:network-acl'],
    description:
      "A network ACL that is not its VPC's default is associated with no subnet. Default ACLs, which cannot be deleted, are not reported.",
    risk: 'Unused ACLs clutter the network configuration, and one associated later by mistake brings whatever rules it holds.',
    remediation: {
      text: 'Delete the ACL if nothing needs it.',
      cli: 'aws ec2 delete-network-acl --region {region} --network-acl-id {id}',
      console: 'VPC console > Network ACLs > the ACL > Actions > Delete network ACLs',
    },
    references: { fsbp: ['EC2.16'] },
  },
  (ctx) =>
    ctx
      .resources('ec2:network-acl')
      .filter((acl) => !acl.attributes.isDefault && acl.attributes.subnetIds.length === 0)
      .map((acl): RuleHit => ({
        target: acl,
        message: `Network ACL ${acl.id}${acl.name ? ` (${acl.name})` : ''}${acl.attributes.vpcId ? ` of ${acl.attributes.vpcId}` : ''} is associated with no subnet.`,
        evidence: { vpcId: acl.attributes.vpcId, subnetIds: [] },
      })),
);
