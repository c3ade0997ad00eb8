import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  AccountClient,
  GetAlternateContactCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-account';
import { mockClient } from 'aws-sdk-client-mock';
import { accountCollector } from '../../../src/scan/collectors/account.js';
import { HARNESS, accessDenied, collect, ofType } from '../../support/collector-harness.js';

const account = mockClient(AccountClient);
beforeEach(() => {
  account.reset();
});

/** The account's settings are read once, from the partition's home region. */
const collectAccount = () => collect(accountCollector, { region: 'us-east-1', scopeRegion: 'global' });

describe('the account collector', () => {
  it('records a security contact as set, keeping none of its personal details', async () => {
    account.on(GetAlternateContactCommand, { AlternateContactType: 'SECURITY' }).resolves({
      AlternateContact: {
        AlternateContactType: 'SECURITY',
        Name: 'Security team',
        EmailAddress: 'security@example.com',
        PhoneNumber: '+1 555 0100',
        Title: 'Security',
      },
    });
    const outcome = await collectAccount();
    expect(outcome.errors).toEqual([]);
    expect(ofType(outcome, 'account:contacts')).toEqual([
      expect.objectContaining({
        id: HARNESS.ACCOUNT,
        region: 'global',
        attributes: { securityContact: true },
        unknownAttributes: [],
      }),
    ]);
  });

  it('takes ResourceNotFoundException for "none set", and a denied read for unknown', async () => {
    account.on(GetAlternateContactCommand).rejects(
      new ResourceNotFoundException({
        message: 'No contact of the inputted alternate contact type found.',
        $metadata: { httpStatusCode: 404 },
      }),
    );
    const none = await collectAccount();
    expect(none.errors).toEqual([]);
    expect(ofType(none, 'account:contacts')[0]).toMatchObject({
      attributes: { securityContact: false },
      unknownAttributes: [],
    });

    account.reset();
    account.on(GetAlternateContactCommand).rejects(accessDenied('account:GetAlternateContact'));
    const denied = await collectAccount();
    expect(denied.errors.map((e) => [e.operation, e.missingPermission])).toEqual([
      ['GetAlternateContact', 'account:GetAlternateContact'],
    ]);
    expect(ofType(denied, 'account:contacts')[0]?.unknownAttributes).toEqual(['securityContact']);
  });
});
