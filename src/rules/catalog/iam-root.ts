/** IAM: the root user (MFA, access keys), from the credential report and the account summary. */
import { defineRule, type RuleHit } from '../model.js';
import { accountLabel, day } from './iam-shared.js';

export const rootMfaDisabled = defineRule(
  {
    id: 'iam.root-mfa-disabled',
    title: 'Root user has no MFA',
    severity: 'critical',
    category: 'security',
    resourceType: 'iam:account',
    reads: ['iam:account'],
    description:
      "The account's root user has a password but no MFA device, per the IAM credential report. Nothing is reported when the report lacks the root user, or when the account has no root password (centrally managed root access).",
    risk: 'The root user can do anything in the account, including closing it; a phished or reused root password is a full takeover.',
    remediation: {
      text: 'Sign in as the root user and assign an MFA device (a FIDO2 security key, or a virtual MFA device kept on a dedicated device). Then stop using the root user for daily work.',
      console:
        'Sign in as the root user > account menu > Security credentials > Multi-factor authentication (MFA) > Assign MFA device',
    },
    references: {
      fsbp: ['IAM.6'],
      cis: ['2.4', '2.5'],
      docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html'],
    },
    deviations: {
      'FSBP IAM.6':
        'IAM.6 asks for a hardware MFA device and also fails a root user whose only MFA is virtual; the rule reports a root user with no MFA at all.',
      'CIS 2.5':
        'CIS 2.5 asks for a hardware MFA device and also fails a root user whose only MFA is virtual; the rule reports a root user with no MFA at all.',
    },
  },
  (ctx) =>
    ctx.resources('iam:account').flatMap((account): RuleHit[] => {
      const { root, summary } = account.attributes;
      if (!ctx.known(account, 'root') || root === null || root.mfaActive) return [];
      // Centralized root access removes the root password: nobody can sign in as root.
      if (ctx.known(account, 'summary') && summary.AccountPasswordPresent === 0) return [];
      return [
        {
          target: account,
          message: `The root user of account ${accountLabel(account)} has no MFA device (root password last used: ${day(root.passwordLastUsed)}).`,
          evidence: { mfaActive: false, passwordLastUsed: root.passwordLastUsed },
        },
      ];
    }),
);

export const rootAccessKeys = defineRule(
  {
    id: 'iam.root-access-keys',
    title: 'Root user has access keys',
    severity: 'critical',
    category: 'security',
    resourceType: 'iam:account',
    reads: ['iam:account'],
    description:
      'The root user has access keys: active ones per the credential report, or any per the account summary (AccountAccessKeysPresent). Inactive keys only are reported as high.',
    risk: 'A root access key gives unrestricted API access to the whole account and cannot be limited by any policy; leaked in code or a laptop, it is a full compromise.',
    remediation: {
      text: 'Sign in as the root user and delete (not just deactivate) its access keys; use IAM roles for automation instead.',
      console:
        'Sign in as the root user > account menu > Security credentials > Access keys > Actions > Delete',
    },
    references: {
      fsbp: ['IAM.4'],
      cis: ['2.3'],
      docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_delete-key.html'],
    },
  },
  (ctx) =>
    ctx.resources('iam:account').flatMap((account): RuleHit[] => {
      const { root, summary } = account.attributes;
      const active = ctx.known(account, 'root') && root !== null ? root.accessKeysActive : null;
      const present =
        ctx.known(account, 'summary') && summary.AccountAccessKeysPresent !== undefined
          ? summary.AccountAccessKeysPresent
          : null;
      const evidence = {
        activeKeys: active ?? 'unknown',
        keysPresent: present ?? 'unknown',
        lastUsed: root?.accessKeyLastUsed ?? null,
      };
      if (active !== null && active > 0) {
        return [
          {
            target: account,
            message: `The root user of account ${accountLabel(account)} has ${active} active access key(s) (last used: ${day(root?.accessKeyLastUsed ?? null)}).`,
            evidence,
          },
        ];
      }
      if (present === null || present === 0) return [];
      return [
        active === 0
          ? {
              target: account,
              message: `The root user of account ${accountLabel(account)} has access keys; all are inactive, but they can be reactivated.`,
              evidence,
              severity: 'high',
            }
          : {
              target: account,
              message: `The root user of account ${accountLabel(account)} has access keys (the credential report was unavailable, so whether they are active is unknown).`,
              evidence,
            },
      ];
    }),
);
