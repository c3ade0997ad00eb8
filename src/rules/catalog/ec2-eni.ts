import { defineRule, type RuleHit } from '../model.js';

/** The interface types FSBP EC2.180 judges (the others are AWS services' own, such as NAT gateways'). */
const JUDGED_TYPES = new Set([
  'aws_codestar_connections_managed',
  'branch',
  'efa',
  'interface',
  'lambda',
  'quicksight',
]);

export const eniSourceDestCheckOff = defineRule(
  {
    id: 'ec2.eni-source-dest-check-off',
    title: 'Network interface has source/destination checking off',
    severity: 'medium',
    category: 'security',
    resourceType: 'ec2:network-interface',
    reads: ['ec2:network-interface'],
    description: `A network interface of a type FSBP EC2.180 judges (${[...JUDGED_TYPES].join(', ')}) has source/destination checking off, so it accepts and forwards traffic that is neither from nor to it.`,
    risk: 'An instance that routes for others can be used to reach networks around the route tables and ACLs meant to separate them, or to send spoofed traffic.',
    remediation: {
      text: 'Turn source/destination checking back on, unless the instance is a NAT instance or appliance that must route; a NAT gateway can replace a NAT instance.',
      cli: 'aws ec2 modify-network-interface-attribute --region {region} --network-interface-id {id} --source-dest-check',
      console: 'EC2 console > Network interfaces > the interface > Actions > Change source/dest. check',
    },
    references: {
      fsbp: ['EC2.180'],
      docs: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/modify-network-interface-attributes.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('ec2:network-interface')
      .filter(
        (eni) => JUDGED_TYPES.has(eni.attributes.interfaceType ?? '') && !eni.attributes.sourceDestCheck,
      )
      .map((eni): RuleHit => ({
        target: eni,
        message: `Network interface ${eni.id}${eni.attributes.instanceId ? ` of ${eni.attributes.instanceId}` : ''} has source/destination checking off.`,
        evidence: {
          interfaceType: eni.attributes.interfaceType,
          instanceId: eni.attributes.instanceId,
          subnetId: eni.attributes.subnetId,
        },
      })),
);
