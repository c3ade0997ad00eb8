import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { Inventory } from '../../../src/inventory/document.js';
import type { NetworkAclEntry } from '../../../src/inventory/resources/ec2.js';
import { naclAdminPortOpen, naclUnused } from '../../../src/rules/catalog/ec2-nacl.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import { inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const run = (rule: Rule, inventory: Inventory) => runRules(inventory, DEFAULT_CONFIG, [rule], NOW).findings;

const entry = (
  ruleNumber: number,
  ruleAction: 'allow' | 'deny',
  protocol: string,
  ports: [number, number] | null,
  source = '0.0.0.0/0',
): NetworkAclEntry => ({
  ruleNumber,
  protocol,
  ruleAction,
  cidrBlock: source.includes(':') ? null : source,
  ipv6CidrBlock: source.includes(':') ? source : null,
  fromPort: ports?.[0] ?? null,
  toPort: ports?.[1] ?? null,
});

const acl = (
  id: string,
  ingress: NetworkAclEntry[],
  options: { isDefault?: boolean; subnets?: string[] } = {},
) =>
  resource('ec2:network-acl', id, {
    vpcId: 'vpc-1',
    isDefault: options.isDefault ?? false,
    subnetIds: options.subnets ?? ['subnet-1'],
    ingress,
  });

describe('ec2.nacl-admin-port-open-to-internet', () => {
  const found = (...acls: ReturnType<typeof acl>[]) =>
    run(naclAdminPortOpen, inventoryOf(acls)).map((f) => [
      f.resource.id,
      f.evidence.port,
      f.evidence.sources,
      f.severity,
    ]);

  it('flags SSH and RDP the first matching entry for the whole internet allows, over IPv4 and IPv6', () => {
    expect(
      found(
        acl('acl-all', [entry(100, 'allow', '-1', null), entry(101, 'allow', '-1', null, '::/0')]),
        acl('acl-range', [entry(100, 'allow', '6', [0, 1024])]),
        // A narrower DENY before the ALLOW leaves the rest of the internet in.
        acl('acl-narrow-deny', [
          entry(90, 'deny', '6', [3389, 3389], '10.0.0.0/8'),
          entry(100, 'allow', '6', [3389, 3389]),
        ]),
      ),
    ).toEqual([
      ['acl-all', 22, ['0.0.0.0/0', '::/0'], 'medium'],
      ['acl-all', 3389, ['0.0.0.0/0', '::/0'], 'medium'],
      ['acl-narrow-deny', 3389, ['0.0.0.0/0'], 'medium'],
      ['acl-range', 22, ['0.0.0.0/0'], 'medium'],
    ]);
  });

  it('cites CIS 6.2 only for 0.0.0.0/0, and is low where no subnet uses the ACL', () => {
    const [v6] = run(
      naclAdminPortOpen,
      inventoryOf([acl('acl-v6', [entry(100, 'allow', '6', [22, 22], '::/0')], { subnets: [] })]),
    );
    expect(v6?.severity).toBe('low');
    expect(v6?.references).toMatchObject({ fsbp: ['EC2.21'], cis: [] });
    expect(v6?.message).toBe(
      'Network ACL acl-v6 of vpc-1 allows SSH (TCP 22) from ::/0 (rule 100). No subnet uses it today.',
    );
  });

  it('ignores ports a lower-numbered DENY closes, UDP, narrower sources, other ports and default ACLs', () => {
    expect(
      found(
        acl('acl-denied', [
          entry(50, 'deny', '6', [22, 22]),
          entry(60, 'deny', '-1', null),
          entry(100, 'allow', '-1', null),
        ]),
        acl('acl-udp', [entry(100, 'allow', '17', [0, 65535])]),
        acl('acl-office', [entry(100, 'allow', '6', [22, 22], '203.0.113.0/24')]),
        acl('acl-web', [entry(100, 'allow', '6', [443, 443])]),
        acl('acl-default', [entry(100, 'allow', '-1', null)], { isDefault: true }),
      ),
    ).toEqual([]);
  });
});

describe('ec2.nacl-unused', () => {
  it('flags an ACL no subnet uses', () => {
    const findings = run(naclUnused, inventoryOf([acl('acl-spare', [], { subnets: [] })]));
    expect(findings.map((f) => [f.resource.id, f.severity])).toEqual([['acl-spare', 'low']]);
  });
  it('ignores ACLs in use and default ones', () => {
    expect(
      run(
        naclUnused,
        inventoryOf([acl('acl-used', []), acl('acl-default', [], { isDefault: true, subnets: [] })]),
      ),
    ).toEqual([]);
  });
});
