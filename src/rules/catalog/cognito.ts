import type { ResourceOfType } from '../../inventory/resources/index.js';
import { defineRule, type RuleHit } from '../model.js';

const DOCS = 'https://docs.aws.amazon.com/cognito/latest/developerguide';

/**
 * FSBP Cognito.3's parameters, at Security Hub's defaults (the AWS Config rule
 * cognito-user-pool-password-policy-check): at least 8 characters, all four character classes,
 * temporary passwords valid 7 days at most.
 */
export const COGNITO_PASSWORD_POLICY = {
  minLength: 8,
  temporaryPasswordValidityDays: 7,
} as const;

/** Where the password policy falls short of Cognito.3, one phrase each. */
export function passwordPolicyGaps(
  policy: ResourceOfType<'cognito:user-pool'>['attributes']['passwordPolicy'],
) {
  if (policy === null) return [];
  const gaps: string[] = [];
  if (policy.minLength !== null && policy.minLength < COGNITO_PASSWORD_POLICY.minLength) {
    gaps.push(`minimum length ${policy.minLength} (under ${COGNITO_PASSWORD_POLICY.minLength})`);
  }
  for (const [flag, what] of [
    ['requireUppercase', 'uppercase letters'],
    ['requireLowercase', 'lowercase letters'],
    ['requireNumbers', 'numbers'],
    ['requireSymbols', 'symbols'],
  ] as const) {
    if (!policy[flag]) gaps.push(`${what} not required`);
  }
  const days = policy.temporaryPasswordValidityDays;
  if (days !== null && days > COGNITO_PASSWORD_POLICY.temporaryPasswordValidityDays) {
    gaps.push(
      `temporary passwords valid ${days} days (over ${COGNITO_PASSWORD_POLICY.temporaryPasswordValidityDays})`,
    );
  }
  return gaps;
}

const passwordOnly = (factors: readonly string[] | null) =>
  factors !== null && factors.length === 1 && factors[0] === 'PASSWORD';

export const userPoolMfaOff = defineRule(
  {
    id: 'cognito.user-pool-mfa-off',
    title: 'Cognito user pool does not require MFA',
    severity: 'medium',
    category: 'security',
    resourceType: 'cognito:user-pool',
    reads: ['cognito:user-pool'],
    description:
      "A user pool whose users sign in with a password only (its sign-in policy allows no other first factor, AWS's default) does not set MFA to ON: medium when MFA is OFF, low when OPTIONAL (each user decides, and most never enrol). FSBP Cognito.5 passes ON only. Pools that also allow passwordless first factors (passkeys, email or SMS one-time codes) are outside the control and not judged.",
    risk: 'A password phished, guessed or reused from another breach is enough to take over the account, and whatever the app and identity pool grant it.',
    remediation: {
      text: 'Set MFA to required (ON) with an authenticator app (TOTP) and/or SMS or email factor; plan the enrolment of existing users first.',
      cli: 'aws cognito-idp set-user-pool-mfa-config --region {region} --user-pool-id {id} --mfa-configuration ON --software-token-mfa-configuration Enabled=true',
      console:
        'Amazon Cognito console > User pools > the pool > Authentication > Sign-in > Multi-factor authentication > Edit',
    },
    references: { fsbp: ['Cognito.5'], docs: [`${DOCS}/user-pool-settings-mfa.html`] },
  },
  (ctx) =>
    ctx
      .resources('cognito:user-pool')
      .filter(
        (p) =>
          ctx.known(p, 'mfaConfiguration') &&
          ctx.known(p, 'firstAuthFactors') &&
          passwordOnly(p.attributes.firstAuthFactors) &&
          p.attributes.mfaConfiguration !== 'ON',
      )
      .map((pool): RuleHit => ({
        target: pool,
        message: `Cognito user pool ${pool.id} signs users in with a password only and MFA is ${pool.attributes.mfaConfiguration}.`,
        severity: pool.attributes.mfaConfiguration === 'OPTIONAL' ? 'low' : 'medium',
        evidence: {
          mfaConfiguration: pool.attributes.mfaConfiguration,
          firstAuthFactors: pool.attributes.firstAuthFactors,
        },
      })),
);

export const userPoolPasswordPolicyWeak = defineRule(
  {
    id: 'cognito.user-pool-password-policy-weak',
    title: 'Cognito user pool password policy is weak',
    severity: 'medium',
    category: 'security',
    resourceType: 'cognito:user-pool',
    reads: ['cognito:user-pool'],
    description: `The user pool's password policy falls short of FSBP Cognito.3 at Security Hub's default parameters: a minimum length under ${COGNITO_PASSWORD_POLICY.minLength}, any of uppercase letters, lowercase letters, numbers or symbols not required, or temporary passwords valid more than ${COGNITO_PASSWORD_POLICY.temporaryPasswordValidityDays} days.`,
    risk: 'Short or simple passwords fall to guessing and credential stuffing; long-lived temporary passwords sit in inboxes, usable by whoever reads them first.',
    remediation: {
      text: `Require at least ${COGNITO_PASSWORD_POLICY.minLength} characters (longer is better), all four character classes, and temporary passwords valid ${COGNITO_PASSWORD_POLICY.temporaryPasswordValidityDays} days at most. The policy applies to passwords set from then on. update-user-pool resets the settings it is not given: pass the pool's other settings too.`,
      cli: "aws cognito-idp update-user-pool --region {region} --user-pool-id {id} --policies 'PasswordPolicy={MinimumLength=12,RequireUppercase=true,RequireLowercase=true,RequireNumbers=true,RequireSymbols=true,TemporaryPasswordValidityDays=7}'",
      console:
        'Amazon Cognito console > User pools > the pool > Authentication > Sign-in > Password policy > Edit',
    },
    references: { fsbp: ['Cognito.3'], docs: [`${DOCS}/managing-users-passwords.html`] },
  },
  (ctx) =>
    ctx
      .resources('cognito:user-pool')
      .filter((p) => ctx.known(p, 'passwordPolicy'))
      .flatMap((pool) => {
        const gaps = passwordPolicyGaps(pool.attributes.passwordPolicy);
        return gaps.length === 0
          ? []
          : [
              {
                target: pool,
                message: `Cognito user pool ${pool.id} has a weak password policy: ${gaps.join(', ')}.`,
                evidence: { passwordPolicy: pool.attributes.passwordPolicy, gaps },
              },
            ];
      }),
);

export const userPoolThreatProtectionOff = defineRule(
  {
    id: 'cognito.user-pool-threat-protection-off',
    title: 'Cognito user pool threat protection does not enforce for standard sign-in',
    severity: 'medium',
    category: 'security',
    resourceType: 'cognito:user-pool',
    reads: ['cognito:user-pool'],
    description:
      "The user pool's threat protection (advanced security) for standard authentication is not ENFORCED (full function): OFF, or AUDIT, which only measures risk. FSBP Cognito.1 at Security Hub's default parameter (ENFORCED). Threat protection needs the Plus feature plan, billed per monthly active user.",
    risk: 'Sign-ins with leaked credentials, from unusual places or by bots are neither challenged nor blocked, and compromised passwords are not refused.',
    remediation: {
      text: 'Move the pool to the Plus feature plan and set threat protection for standard authentication to full function, with adaptive authentication and compromised-credential actions configured.',
      cli: 'aws cognito-idp update-user-pool --region {region} --user-pool-id {id} --user-pool-add-ons AdvancedSecurityMode=ENFORCED',
      console: 'Amazon Cognito console > User pools > the pool > Security > Threat protection',
    },
    references: { fsbp: ['Cognito.1'], docs: [`${DOCS}/cognito-user-pool-settings-threat-protection.html`] },
  },
  (ctx) =>
    ctx
      .resources('cognito:user-pool')
      .filter(
        (p) =>
          ctx.known(p, 'advancedSecurityMode') &&
          p.attributes.advancedSecurityMode !== null &&
          p.attributes.advancedSecurityMode !== 'ENFORCED',
      )
      .map((pool) => ({
        target: pool,
        message: `Cognito user pool ${pool.id} has threat protection ${pool.attributes.advancedSecurityMode} for standard authentication, not full-function enforcement.`,
        evidence: { advancedSecurityMode: pool.attributes.advancedSecurityMode, tier: pool.attributes.tier },
      })),
);

export const userPoolCustomAuthThreatProtectionOff = defineRule(
  {
    id: 'cognito.user-pool-custom-auth-threat-protection-off',
    title: 'Cognito user pool threat protection does not enforce for custom sign-in',
    severity: 'medium',
    category: 'security',
    resourceType: 'cognito:user-pool',
    reads: ['cognito:user-pool'],
    description:
      'Threat protection for custom authentication (Lambda-driven challenges) is not ENFORCED: unset or AUDIT. FSBP Cognito.4 at its default parameter (ENFORCED). Medium when the pool has a DefineAuthChallenge trigger (custom authentication is in use), low otherwise.',
    risk: 'Custom sign-in flows (passwordless links, one-time codes) get no risk-based challenge or block: a bot or an attacker with stolen factors signs in unchallenged.',
    remediation: {
      text: 'With the Plus feature plan, set threat protection for custom authentication to full function (CustomAuthMode ENFORCED).',
      cli: "aws cognito-idp update-user-pool --region {region} --user-pool-id {id} --user-pool-add-ons 'AdvancedSecurityMode=ENFORCED,AdvancedSecurityAdditionalFlows={CustomAuthMode=ENFORCED}'",
      console:
        'Amazon Cognito console > User pools > the pool > Security > Threat protection > Custom authentication',
    },
    references: { fsbp: ['Cognito.4'], docs: [`${DOCS}/cognito-user-pool-settings-threat-protection.html`] },
  },
  (ctx) =>
    ctx
      .resources('cognito:user-pool')
      .filter(
        (p) => ctx.known(p, 'customAuthSecurityMode') && p.attributes.customAuthSecurityMode !== 'ENFORCED',
      )
      .map((pool): RuleHit => ({
        target: pool,
        message: `Cognito user pool ${pool.id} has threat protection ${pool.attributes.customAuthSecurityMode ?? 'unset'} for custom authentication${pool.attributes.customAuthTrigger ? ', which it uses' : ''}.`,
        severity: pool.attributes.customAuthTrigger ? 'medium' : 'low',
        evidence: {
          customAuthSecurityMode: pool.attributes.customAuthSecurityMode,
          customAuthTrigger: pool.attributes.customAuthTrigger,
        },
      })),
);

export const userPoolDeletionProtectionOff = defineRule(
  {
    id: 'cognito.user-pool-deletion-protection-off',
    title: 'Cognito user pool can be deleted without first lifting protection',
    severity: 'medium',
    category: 'reliability',
    resourceType: 'cognito:user-pool',
    reads: ['cognito:user-pool'],
    description: 'The user pool has deletion protection INACTIVE (FSBP Cognito.6).',
    risk: 'One mistaken or malicious DeleteUserPool call destroys every user, password and MFA enrolment for good: there is no backup to restore.',
    remediation: {
      text: "Turn deletion protection on. update-user-pool resets the settings it is not given: pass the pool's other settings too, or use the console.",
      cli: 'aws cognito-idp update-user-pool --region {region} --user-pool-id {id} --deletion-protection ACTIVE',
      console: 'Amazon Cognito console > User pools > the pool > Settings > Deletion protection',
    },
    references: { fsbp: ['Cognito.6'], docs: [`${DOCS}/user-pool-settings-deletion-protection.html`] },
  },
  (ctx) =>
    ctx
      .resources('cognito:user-pool')
      .filter((p) => ctx.known(p, 'deletionProtection') && p.attributes.deletionProtection === 'INACTIVE')
      .map((pool) => ({
        target: pool,
        message: `Cognito user pool ${pool.id} has deletion protection off.`,
        evidence: { deletionProtection: pool.attributes.deletionProtection },
      })),
);

export const identityPoolUnauthenticated = defineRule(
  {
    id: 'cognito.identity-pool-unauthenticated',
    title: 'Cognito identity pool gives AWS credentials to anyone',
    severity: 'medium',
    category: 'security',
    resourceType: 'cognito:identity-pool',
    reads: ['cognito:identity-pool'],
    description:
      "The identity pool allows unauthenticated (guest) identities (FSBP Cognito.2): anyone who knows its id gets credentials for its unauthenticated role. High when the basic (classic) flow is also allowed, since guests can then assume any role whose trust policy names the pool, not only the pool's own.",
    risk: 'Whatever the unauthenticated role allows (often more than intended: S3 writes, Lambda invokes, DynamoDB reads) is open to the internet, and billed to you.',
    remediation: {
      text: 'Turn guest access off unless the app needs it; if it does, keep the unauthenticated role to the least it needs and turn the basic flow off.',
      cli: 'aws cognito-identity update-identity-pool --region {region} --identity-pool-id {id} --identity-pool-name {name} --no-allow-unauthenticated-identities --no-allow-classic-flow',
      console: 'Amazon Cognito console > Identity pools > the pool > User access > Guest access',
    },
    references: { fsbp: ['Cognito.2'], docs: [`${DOCS}/identity-pools.html`] },
  },
  (ctx) =>
    ctx
      .resources('cognito:identity-pool')
      .filter((p) => ctx.known(p, 'allowUnauthenticated') && p.attributes.allowUnauthenticated === true)
      .map((pool): RuleHit => ({
        target: pool,
        message: pool.attributes.allowClassicFlow
          ? `Cognito identity pool ${pool.id} gives guests AWS credentials, and its basic flow lets them assume any role trusting it.`
          : `Cognito identity pool ${pool.id} gives guests the credentials of its unauthenticated role.`,
        severity: pool.attributes.allowClassicFlow ? 'high' : 'medium',
        evidence: {
          allowUnauthenticated: true,
          allowClassicFlow: pool.attributes.allowClassicFlow,
        },
      })),
);
