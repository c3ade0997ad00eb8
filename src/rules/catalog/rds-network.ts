import type { RuleHit } from '../model.js';
import { defineRule } from '../model.js';
import { describeInstance, instanceConsole } from './rds-shared.js';

export const instanceInPublicSubnet = defineRule(
  {
    id: 'rds.instance-in-public-subnet',
    title: 'RDS instance can be placed in a subnet that routes to an internet gateway',
    severity: 'medium',
    category: 'security',
    resourceType: 'rds:db-instance',
    reads: ['rds:db-instance', 'ec2:subnet'],
    description:
      "A subnet of the instance's DB subnet group has a route to an internet gateway (0.0.0.0/0 or ::/0, in its own route table or the VPC's main one). High when the instance is also publicly accessible. Judged only where every subnet of the group was read with its routes; a subnet in another account or region, or one whose routes could not be read, leaves the instance unjudged.",
    risk: 'A database in a public subnet is one setting (publicly accessible) or one security group rule away from the internet; private subnets keep that mistake unreachable.',
    remediation: {
      text: 'Move the instance to a DB subnet group of private subnets only (no route to an internet gateway); instances reach AWS services through VPC endpoints or a NAT gateway.',
      console: `${instanceConsole} > Connectivity > DB subnet group`,
    },
    references: {
      fsbp: ['RDS.46'],
      docs: [
        'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html',
      ],
    },
  },
  (ctx) => {
    const subnets = new Map(ctx.resources('ec2:subnet').map((s) => [`${s.account}|${s.region}|${s.id}`, s]));
    return ctx.resources('rds:db-instance').flatMap((db): RuleHit[] => {
      if (db.attributes.subnetIds.length === 0) return [];
      const group = db.attributes.subnetIds.map((id) => subnets.get(`${db.account}|${db.region}|${id}`));
      // Every subnet read with its routes, or no claim: a missing one may be the public one.
      if (group.some((s) => s === undefined || !ctx.known(s, 'internetGatewayRoute'))) return [];
      const open = group.filter((s) => s?.attributes.internetGatewayRoute === true).map((s) => s?.id ?? '');
      if (open.length === 0) return [];
      const exposed = ctx.known(db, 'publiclyAccessible') && db.attributes.publiclyAccessible;
      return [
        {
          target: db,
          message: `${describeInstance(db)} has subnets routing to an internet gateway in its DB subnet group: ${open.join(', ')}.${exposed ? ' It is publicly accessible too.' : ''}`,
          evidence: { publicSubnets: open, subnetIds: db.attributes.subnetIds, publiclyAccessible: exposed },
          ...(exposed ? { severity: 'high' as const } : {}),
        },
      ];
    });
  },
);
