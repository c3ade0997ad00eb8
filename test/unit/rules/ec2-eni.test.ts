import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import { eniSourceDestCheckOff } from '../../../src/rules/catalog/ec2-eni.js';
import { runRules } from '../../../src/rules/engine.js';
import { inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const eni = (id: string, interfaceType: string | null, sourceDestCheck: boolean) =>
  resource('ec2:network-interface', id, {
    interfaceType,
    sourceDestCheck,
    requesterManaged: false,
    vpcId: 'vpc-1',
    subnetId: 'subnet-1',
    instanceId: interfaceType === 'interface' ? 'i-1' : null,
    description: null,
  });
const found = (...enis: ReturnType<typeof eni>[]) =>
  runRules(inventoryOf(enis), DEFAULT_CONFIG, [eniSourceDestCheckOff], NOW).findings.map((f) => [
    f.resource.id,
    f.severity,
  ]);

describe('ec2.eni-source-dest-check-off', () => {
  it('flags interfaces of the judged types with the check off', () => {
    expect(found(eni('eni-nat', 'interface', false), eni('eni-efa', 'efa', false))).toEqual([
      ['eni-efa', 'medium'],
      ['eni-nat', 'medium'],
    ]);
  });
  it('ignores interfaces with the check on, and types the control leaves to AWS', () => {
    expect(
      found(
        eni('eni-on', 'interface', true),
        eni('eni-gwlb', 'gateway_load_balancer_endpoint', false),
        eni('eni-x', null, false),
      ),
    ).toEqual([]);
  });
});
