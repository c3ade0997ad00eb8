import { Type } from '@sinclair/typebox';
import { resourceSchema } from '../schema-helpers.js';

/**
 * The account's alternate contacts (AWS Account Management), one per account. Only whether each is
 * set is kept: names, addresses and phone numbers are personal data a report has no need for.
 */
export const AccountContacts = resourceSchema('account:contacts', {
  /** An alternate SECURITY contact is set (GetAlternateContact answered one). */
  securityContact: Type.Boolean(),
});

export const accountSchemas = [AccountContacts] as const;
