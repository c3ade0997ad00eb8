/** IAM: the account's password policy, missing or weak. */
import type { RuleContext } from '../context.js';
import { defineRule, type RuleHit } from '../model.js';
import { accountLabel } from './iam-shared.js';

/** What the password rules require: CIS 2.7 (length) and 2.8 (reuse). */
export const PASSWORD_MIN_LENGTH = 14;
export const PASSWORD_REUSE_PREVENTION = 24;
/** FSBP IAM.7's MinimumPasswordLength default (with all four character classes required). */
const IAM_7_MIN_LENGTH = 8;

const PASSWORD_CLI =
  'aws iam update-account-password-policy --minimum-password-length 14 --password-reuse-prevention 24 --require-uppercase-characters --require-lowercase-characters --require-numbers --require-symbols --allow-users-to-change-password';
const PASSWORD_REFERENCES = {
  fsbp: ['IAM.7'],
  cis: ['2.7', '2.8'],
  docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html'],
};

/**
 * Whether any IAM user of the account has a console password: false only when every user was read
 * and none has one (then password rules are low), null when unknown.
 */
function anyConsoleUser(ctx: RuleContext, account: string): boolean | null {
  if (!ctx.listed(account, 'iam:user', 'global')) return null;
  const users = ctx.resources('iam:user').filter((u) => u.account === account);
  if (users.some((u) => ctx.known(u, 'passwordEnabled') && u.attributes.passwordEnabled)) return true;
  return users.every((u) => ctx.known(u, 'passwordEnabled')) ? false : null;
}

const noConsoleUsersNote = ' No IAM user of the account has a console password today.';

export const passwordPolicyMissing = defineRule(
  {
    id: 'iam.password-policy-missing',
    title: 'Account has no IAM password policy',
    severity: 'medium',
    category: 'security',
    resourceType: 'iam:account',
    reads: ['iam:account'],
    consults: ['iam:user'],
    description:
      "The account has no custom IAM password policy, so AWS's default applies (8 characters, no character classes, reuse allowed). Reported as low when no IAM user of the account has a console password.",
    risk: 'IAM users can set short, simple and reused passwords, which fall to guessing and credential stuffing.',
    remediation: {
      text: `Set a password policy requiring at least ${PASSWORD_MIN_LENGTH} characters, all four character classes and preventing reuse of the last ${PASSWORD_REUSE_PREVENTION} passwords.`,
      cli: PASSWORD_CLI,
      console: 'IAM console > Account settings > Password policy > Edit',
    },
    references: PASSWORD_REFERENCES,
  },
  (ctx) =>
    ctx
      .resources('iam:account')
      .filter((a) => ctx.known(a, 'passwordPolicy') && a.attributes.passwordPolicy === null)
      .map((account) => {
        const consoleUsers = anyConsoleUser(ctx, account.account);
        return {
          target: account,
          message: `Account ${accountLabel(account)} has no IAM password policy; AWS's default allows 8-character passwords without character classes and reuse of old passwords.${consoleUsers === false ? noConsoleUsersNote : ''}`,
          evidence: { passwordPolicy: null, consoleUsers: consoleUsers ?? 'unknown' },
          ...(consoleUsers === false ? { severity: 'low' as const } : {}),
        };
      }),
);

export const passwordPolicyWeak = defineRule(
  {
    id: 'iam.password-policy-weak',
    title: 'IAM password policy is weaker than recommended',
    severity: 'medium',
    category: 'security',
    resourceType: 'iam:account',
    reads: ['iam:account'],
    consults: ['iam:user'],
    description: `The account's IAM password policy allows passwords shorter than ${PASSWORD_MIN_LENGTH} characters, remembers fewer than ${PASSWORD_REUSE_PREVENTION} previous passwords, or does not require uppercase letters, lowercase letters, numbers and symbols. One finding lists every weakness, and cites the controls they fail: CIS 2.7 for the length, CIS 2.8 for reuse, FSBP IAM.7 for a missing character class or fewer than ${IAM_7_MIN_LENGTH} characters (its defaults). Reported as low when no IAM user of the account has a console password.`,
    risk: 'Short or simple passwords fall to guessing; allowing reuse lets a leaked old password come back.',
    remediation: {
      text: 'Raise the policy to the recommended settings. The command replaces the whole policy: settings it leaves out return to their defaults.',
      cli: PASSWORD_CLI,
      console: 'IAM console > Account settings > Password policy > Edit',
    },
    references: PASSWORD_REFERENCES,
  },
  (ctx) =>
    ctx.resources('iam:account').flatMap((account): RuleHit[] => {
      const policy = account.attributes.passwordPolicy;
      if (!ctx.known(account, 'passwordPolicy') || policy === null) return [];
      const weaknesses: string[] = [];
      if ((policy.minimumLength ?? 0) < PASSWORD_MIN_LENGTH)
        weaknesses.push(`minimum length ${policy.minimumLength ?? 'unset'} (< ${PASSWORD_MIN_LENGTH})`);
      if ((policy.reusePrevention ?? 0) < PASSWORD_REUSE_PREVENTION)
        weaknesses.push(
          `reuse prevention ${policy.reusePrevention ?? 'off'} (< ${PASSWORD_REUSE_PREVENTION} passwords)`,
        );
      const classes: [boolean, string][] = [
        [policy.requireUppercase, 'uppercase letters'],
        [policy.requireLowercase, 'lowercase letters'],
        [policy.requireNumbers, 'numbers'],
        [policy.requireSymbols, 'symbols'],
      ];
      const missing = classes.filter(([required]) => !required).map(([, name]) => name);
      if (missing.length > 0) weaknesses.push(`does not require ${missing.join(', ')}`);
      if (weaknesses.length === 0) return [];
      const consoleUsers = anyConsoleUser(ctx, account.account);
      return [
        {
          target: account,
          message: `The IAM password policy of account ${accountLabel(account)} is weak: ${weaknesses.join('; ')}.${consoleUsers === false ? noConsoleUsersNote : ''}`,
          evidence: {
            weaknesses,
            minimumLength: policy.minimumLength,
            reusePrevention: policy.reusePrevention,
            requireUppercase: policy.requireUppercase,
            requireLowercase: policy.requireLowercase,
            requireNumbers: policy.requireNumbers,
            requireSymbols: policy.requireSymbols,
            consoleUsers: consoleUsers ?? 'unknown',
          },
          ...(consoleUsers === false ? { severity: 'low' as const } : {}),
          references: {
            fsbp: missing.length > 0 || (policy.minimumLength ?? 0) < IAM_7_MIN_LENGTH ? ['IAM.7'] : [],
            cis: [
              ...((policy.minimumLength ?? 0) < PASSWORD_MIN_LENGTH ? ['2.7'] : []),
              ...((policy.reusePrevention ?? 0) < PASSWORD_REUSE_PREVENTION ? ['2.8'] : []),
            ],
          },
        },
      ];
    }),
);
