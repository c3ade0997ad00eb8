import { AccountClient, GetAlternateContactCommand } from '@aws-sdk/client-account';
import type { Collector } from '../collector.js';
import { makeResource } from '../normalize.js';

const permissions = {
  GetAlternateContact: 'account:GetAlternateContact',
} as const;
type Operation = keyof typeof permissions;

/**
 * AWS Account Management, once per account: one GetAlternateContact for the SECURITY contact.
 * ResourceNotFoundException means none is set; any other failure leaves it unknown.
 */
export const accountCollector: Collector<Operation> = {
  service: 'account',
  scope: 'global',
  permissions,
  resourceTypes: ['account:contacts'],
  async collect(ctx) {
    const client = ctx.client(AccountClient);
    const security = await ctx.read(
      'GetAlternateContact',
      () => client.send(new GetAlternateContactCommand({ AlternateContactType: 'SECURITY' })),
      { absentWhen: ['ResourceNotFoundException'] },
    );
    ctx.emit(
      makeResource(
        'account:contacts',
        {
          arn: `arn:${ctx.partition}:account::${ctx.account}:account`,
          id: ctx.account,
          name: null,
          account: ctx.account,
          region: 'global',
        },
        { securityContact: Boolean(security?.AlternateContact) },
        security === undefined ? ['securityContact'] : [],
      ),
    );
  },
};
