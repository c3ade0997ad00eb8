/** IAM: users' passwords and access keys (MFA, rotation, unused credentials). */
import { defineRule, type RuleHit } from '../model.js';
import { day } from './iam-shared.js';

/** FSBP IAM.3 and CIS 2.13 fail an access key older than 90 days. */
const KEY_ROTATION_DAYS = 90;
/** CIS 2.11 fails a credential unused for 45 days or more; FSBP IAM.8 one unused for 90 days or more. */
const CIS_2_11_UNUSED_DAYS = 45;
const IAM_8_UNUSED_DAYS = 90;

/** The citations of a finding whose age is past a control's own limit (none before it). */
const past = (days: number, limit: number, references: NonNullable<RuleHit['references']>) =>
  days > limit ? references : { fsbp: [], cis: [] };

/** The controls an unused credential fails, each at its own number of days. */
const unusedReferences = (days: number): NonNullable<RuleHit['references']> => ({
  fsbp: days >= IAM_8_UNUSED_DAYS ? ['IAM.8'] : [],
  cis: days >= CIS_2_11_UNUSED_DAYS ? ['2.11'] : [],
});

export const consoleUserWithoutMfa = defineRule(
  {
    id: 'iam.user-console-without-mfa',
    title: 'IAM user with a console password has no MFA',
    severity: 'high',
    category: 'security',
    resourceType: 'iam:user',
    reads: ['iam:user'],
    description: 'An IAM user can sign in to the console with a password and has no MFA device.',
    risk: 'A guessed, phished or reused password alone opens the console with all of the user’s permissions.',
    remediation: {
      text: 'Have the user assign an MFA device (or assign one for them), and enforce it with a policy that denies actions when aws:MultiFactorAuthPresent is false. If the user does not need the console, delete the password.',
      cli: 'aws iam delete-login-profile --user-name {name}',
      console:
        'IAM console > Users > the user > Security credentials > Multi-factor authentication (MFA) > Assign MFA device',
    },
    references: {
      fsbp: ['IAM.5'],
      cis: ['2.9'],
      docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable.html'],
    },
  },
  (ctx) =>
    ctx
      .resources('iam:user')
      .filter(
        (u) =>
          ctx.known(u, 'passwordEnabled', 'mfaActive') &&
          u.attributes.passwordEnabled &&
          !u.attributes.mfaActive,
      )
      .map((user) => ({
        target: user,
        message: `IAM user ${user.id} can sign in to the console with a password and has no MFA device (password last used: ${day(user.attributes.passwordLastUsed)}).`,
        evidence: {
          passwordEnabled: true,
          mfaActive: false,
          passwordLastUsed: user.attributes.passwordLastUsed,
        },
      })),
);

export const accessKeyNotRotated = defineRule(
  {
    id: 'iam.access-key-not-rotated',
    title: 'Active access key older than the rotation limit',
    severity: 'medium',
    category: 'security',
    resourceType: 'iam:user',
    reads: ['iam:user'],
    description:
      'An active access key of an IAM user was created (last rotated) more than thresholds.accessKeyMaxAgeDays ago (default 90). A finding cites FSBP IAM.3 and CIS 2.13 when the key is older than their 90 days.',
    risk: 'Old keys have had more time to be copied into scripts, CI systems and laptops; a leaked key stays valid until it is rotated.',
    remediation: {
      text: 'Create a second key, move every consumer to it, deactivate the old key, then delete it. Better: replace long-lived keys with IAM roles (OIDC for CI, instance profiles, IAM Identity Center for people).',
      cli: 'aws iam list-access-keys --user-name {name}',
      console: 'IAM console > Users > the user > Security credentials > Access keys',
    },
    references: {
      fsbp: ['IAM.3'],
      cis: ['2.13'],
      docs: [
        'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console',
      ],
    },
  },
  (ctx) => {
    const maxAge = ctx.thresholds.accessKeyMaxAgeDays;
    return ctx
      .resources('iam:user')
      .filter((u) => ctx.known(u, 'accessKeys'))
      .flatMap((user) =>
        user.attributes.accessKeys.flatMap((key): RuleHit[] => {
          const age = ctx.daysSince(key.lastRotated);
          if (!key.active || age === null || age <= maxAge) return [];
          return [
            {
              target: user,
              subKey: `key-${key.slot}`,
              message: `Access key ${key.slot} of IAM user ${user.id} is active and was created ${age} days ago (${day(key.lastRotated)}), past the ${maxAge}-day rotation limit; last used: ${day(key.lastUsed)}.`,
              evidence: {
                slot: key.slot,
                lastRotated: key.lastRotated,
                ageDays: age,
                maxAgeDays: maxAge,
                lastUsed: key.lastUsed,
              },
              references: past(age, KEY_ROTATION_DAYS, { fsbp: ['IAM.3'], cis: ['2.13'] }),
            },
          ];
        }),
      );
  },
);

export const credentialsUnused = defineRule(
  {
    id: 'iam.credentials-unused',
    title: 'IAM user credential unused for too long',
    severity: 'medium',
    category: 'security',
    resourceType: 'iam:user',
    reads: ['iam:user'],
    description:
      "A console password or an active access key has not been used for thresholds.unusedCredentialDays or more (default 45, as CIS 2.11), and is high from thresholds.unusedCredentialHighDays (default 90, as FSBP IAM.8). A password never used counts from when it was set, a key never used from when it was created, as in CIS 2.11's audit. A finding cites CIS 2.11 from 45 days unused and FSBP IAM.8 from 90.",
    risk: 'Credentials nobody uses are credentials nobody watches: forgotten passwords and keys of people who left are a quiet way in.',
    remediation: {
      text: 'Delete the password (aws iam delete-login-profile) or deactivate the key (aws iam update-access-key --status Inactive), and delete it once nothing breaks.',
      cli: 'aws iam list-access-keys --user-name {name}',
      console: 'IAM console > Users > the user > Security credentials',
    },
    references: {
      fsbp: ['IAM.8'],
      cis: ['2.11'],
      docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html'],
    },
  },
  (ctx) => {
    const limit = ctx.thresholds.unusedCredentialDays;
    // Past the high threshold a credential is high, even when the base threshold is set above it.
    const high = ctx.thresholds.unusedCredentialHighDays;
    const severity = (days: number) => (days >= high ? { severity: 'high' as const } : {});
    return ctx.resources('iam:user').flatMap((user): RuleHit[] => {
      const hits: RuleHit[] = [];
      const a = user.attributes;
      if (
        ctx.known(user, 'passwordEnabled', 'passwordLastUsed', 'passwordLastChanged') &&
        a.passwordEnabled
      ) {
        const since = a.passwordLastUsed ?? a.passwordLastChanged;
        const days = ctx.daysSince(since);
        if (days !== null && days >= limit) {
          hits.push({
            target: user,
            subKey: 'password',
            message: a.passwordLastUsed
              ? `The console password of IAM user ${user.id} was last used ${days} days ago (${day(a.passwordLastUsed)}); the limit is ${limit} days.`
              : `The console password of IAM user ${user.id} was never used; it was set ${days} days ago (${day(a.passwordLastChanged)}); the limit is ${limit} days.`,
            evidence: {
              credential: 'password',
              lastUsed: a.passwordLastUsed,
              lastChanged: a.passwordLastChanged,
              unusedDays: days,
              limitDays: limit,
            },
            ...severity(days),
            references: unusedReferences(days),
          });
        }
      }
      if (ctx.known(user, 'accessKeys')) {
        for (const key of a.accessKeys) {
          if (!key.active) continue;
          const days = ctx.daysSince(key.lastUsed ?? key.lastRotated);
          if (days === null || days < limit) continue;
          hits.push({
            target: user,
            subKey: `key-${key.slot}`,
            message: key.lastUsed
              ? `Active access key ${key.slot} of IAM user ${user.id} was last used ${days} days ago (${day(key.lastUsed)}${key.lastUsedService ? `, ${key.lastUsedService}` : ''}); the limit is ${limit} days.`
              : `Active access key ${key.slot} of IAM user ${user.id} was never used; it was created ${days} days ago (${day(key.lastRotated)}); the limit is ${limit} days.`,
            evidence: {
              credential: 'access-key',
              slot: key.slot,
              lastUsed: key.lastUsed,
              lastRotated: key.lastRotated,
              unusedDays: days,
              limitDays: limit,
            },
            ...severity(days),
            references: unusedReferences(days),
          });
        }
      }
      return hits;
    });
  },
);
