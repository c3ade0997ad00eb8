/** AWS Account Management: the account's alternate contacts. */
import { defineRule, type RuleHit } from '../model.js';

export const noSecurityContact = defineRule(
  {
    id: 'account.no-security-contact',
    title: 'AWS account has no alternate security contact',
    severity: 'medium',
    category: 'security',
    resourceType: 'aws:account',
    reads: ['account:contacts'],
    description:
      'The account has no alternate SECURITY contact (GetAlternateContact answers that none is set). Accounts where the contact could not be read are not judged.',
    risk: "AWS's security notices (abuse reports, exposed credentials, compromised resources) go only to the root user's email address, which is often an unwatched mailbox or a person who has left.",
    remediation: {
      text: "Set the alternate security contact to a monitored team address and phone number (not one person's). In an AWS Organization, the management account can set it for every member.",
      cli: "aws account put-alternate-contact --alternate-contact-type SECURITY --name 'Security team' --title 'Security' --email-address SECURITY-TEAM-EMAIL --phone-number SECURITY-TEAM-PHONE",
      console: 'AWS console > account menu > Account > Alternate contacts > Edit > Security contact',
    },
    references: {
      fsbp: ['Account.1'],
      cis: ['2.2'],
      docs: [
        'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-alternate.html',
      ],
    },
  },
  (ctx) =>
    ctx
      .resources('account:contacts')
      .filter((contacts) => ctx.known(contacts, 'securityContact') && !contacts.attributes.securityContact)
      .map((contacts): RuleHit => ({
        target: ctx.accountTarget(contacts.account),
        message: `Account ${contacts.account} has no alternate security contact: AWS security notices reach only the root user's email address.`,
        evidence: { securityContact: false },
      })),
);
