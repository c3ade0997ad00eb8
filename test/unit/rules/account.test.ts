import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/config/schema.js';
import type { Inventory } from '../../../src/inventory/document.js';
import { noSecurityContact } from '../../../src/rules/catalog/account.js';
import { runRules } from '../../../src/rules/engine.js';
import type { Rule } from '../../../src/rules/model.js';
import { ACCOUNT, inventoryOf, resource } from '../../support/inventory-builder.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const run = (rule: Rule, inventory: Inventory) => runRules(inventory, DEFAULT_CONFIG, [rule], NOW).findings;
const contacts = (securityContact: boolean, unknownAttributes: string[] = []) =>
  resource('account:contacts', ACCOUNT, { securityContact }, { region: 'global', unknownAttributes });

describe('account.no-security-contact', () => {
  it('flags an account without an alternate security contact, on the account (FSBP Account.1, CIS 2.2)', () => {
    const findings = run(noSecurityContact, inventoryOf([contacts(false)]));
    expect(findings.map((f) => [f.resource.type, f.resource.id, f.severity, f.message])).toEqual([
      [
        'aws:account',
        ACCOUNT,
        'medium',
        `Account ${ACCOUNT} has no alternate security contact: AWS security notices reach only the root user's email address.`,
      ],
    ]);
  });
  it('passes an account with one, and does not judge a contact that could not be read', () => {
    expect(run(noSecurityContact, inventoryOf([contacts(true)]))).toEqual([]);
    expect(run(noSecurityContact, inventoryOf([contacts(false, ['securityContact'])]))).toEqual([]);
  });
});
