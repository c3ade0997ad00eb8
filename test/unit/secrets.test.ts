import { describe, expect, it } from '@jest/globals';
import { randomBytes, randomInt } from 'node:crypto';
import { detectSecrets, shannonEntropy } from '../../src/scan/secrets.js';

// Fake secrets are built at run time, so no secret-shaped literal sits in the repository
// (push protection and secret scanners would flag it).
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = `${UPPER}abcdefghijklmnopqrstuvwxyz0123456789`;
function random(length: number, alphabet = ALNUM): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += alphabet[randomInt(alphabet.length)];
  return out;
}
/** Random text with at least one upper, lower and digit (so patterns that need them always match). */
function mixed(length: number): string {
  return `A${random(length - 3)}z9`;
}
const join = (...parts: string[]) => parts.join('');

const fake = {
  accessKeyId: join('AK', 'IA', random(16, `${UPPER}234567`)),
  sessionKeyId: join('AS', 'IA', random(16, `${UPPER}234567`)),
  secretAccessKey: join(mixed(20), random(19, `${ALNUM}+/`), 'Q'),
  stripeLive: join('sk', '_live_', random(24)),
  stripeRestricted: join('rk', '_live_', random(24)),
  stripeTest: join('sk', '_test_', random(24)),
  pem: join(
    '-----BEGIN ',
    'RSA PRIVATE KEY-----\n',
    randomBytes(64).toString('base64'),
    '\n-----END RSA PRIVATE KEY-----',
  ),
  openSshKey: join(
    '-----BEGIN ',
    'OPENSSH PRIVATE KEY-----\n',
    randomBytes(64).toString('base64'),
    '\n-----END',
  ),
  openaiLegacy: join('sk', '-', mixed(48)),
  openaiProject: join('sk', '-proj-', mixed(60)),
  githubClassic: join('gh', 'p_', random(36)),
  githubOauth: join('gh', 'o_', random(36)),
  githubServer: join('gh', 's_', random(36)),
  githubFineGrained: join('github', '_pat_', random(22), '_', random(59)),
  slackBot: join('xo', 'xb-', random(12, '0123456789'), '-', random(12, '0123456789'), '-', random(24)),
  slackUser: join('xo', 'xp-', random(12, '0123456789'), '-', random(24)),
  jwt: join(
    Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url'),
    '.',
    Buffer.from(`{"sub":"${random(10)}","iat":1700000000}`).toString('base64url'),
    '.',
    randomBytes(32).toString('base64url'),
  ),
  dbPassword: join(mixed(16), '!#%'),
  urlPassword: mixed(16),
};

describe('detectSecrets', () => {
  it.each([
    ['AWS_ACCESS_KEY_ID', 'aws-access-key-id', fake.accessKeyId],
    ['SOME_VALUE', 'aws-access-key-id', `key=${fake.sessionKeyId};`],
    ['AWS_SECRET_ACCESS_KEY', 'aws-secret-access-key', fake.secretAccessKey],
    ['MY_AWS_KEY', 'aws-secret-access-key', fake.secretAccessKey],
    ['STRIPE_KEY', 'stripe-live-key', fake.stripeLive],
    ['PAYMENTS', 'stripe-live-key', fake.stripeRestricted],
    ['CERT', 'private-key', fake.pem],
    ['SSH', 'private-key', fake.openSshKey],
    ['OPENAI', 'openai-api-key', fake.openaiLegacy],
    ['LLM', 'openai-api-key', fake.openaiProject],
    ['GH', 'github-token', fake.githubClassic],
    ['GH_OAUTH', 'github-token', fake.githubOauth],
    ['GH_APP', 'github-token', fake.githubServer],
    ['GH_PAT', 'github-token', fake.githubFineGrained],
    ['SLACK', 'slack-token', fake.slackBot],
    ['SLACK_USER', 'slack-token', fake.slackUser],
    ['SESSION', 'jwt', fake.jwt],
    [
      'ALERTS',
      'slack-webhook',
      join(
        'https://hooks.',
        'slack.com/services/T',
        random(10, UPPER),
        '/B',
        random(10, UPPER),
        '/',
        random(24),
      ),
    ],
    ['CLAUDE', 'anthropic-api-key', join('sk', '-ant-api03-', mixed(80))],
    ['DATABASE_URL', 'url-credentials', `postgres://app:${fake.urlPassword}@db.internal:5432/app`],
    ['REDIS', 'url-credentials', `redis://:${fake.urlPassword}@cache:6379`],
    ['DB_PASSWORD', 'high-entropy-secret-name', fake.dbPassword],
    ['dbPasswd', 'high-entropy-secret-name', fake.dbPassword],
    ['CLIENT_SECRET', 'high-entropy-secret-name', fake.dbPassword],
    ['API_TOKEN', 'high-entropy-secret-name', fake.dbPassword],
    ['PARTNER_API_KEY', 'high-entropy-secret-name', fake.dbPassword],
    ['partnerApiKey', 'high-entropy-secret-name', fake.dbPassword],
    ['SIGNING_PRIVATE_KEY', 'high-entropy-secret-name', fake.dbPassword],
    ['SERVICE_CREDENTIALS', 'high-entropy-secret-name', fake.dbPassword],
    ['BASIC_AUTH', 'high-entropy-secret-name', fake.dbPassword],
  ])('flags %s as %s', (variable, kind, value) => {
    expect(detectSecrets({ [variable]: value })).toEqual([{ variable, kind }]);
  });

  it.each([
    ['test-mode Stripe keys', 'STRIPE_KEY', fake.stripeTest],
    ['Stripe publishable keys', 'STRIPE_PUBLISHABLE', join('pk', '_live_', random(24))],
    [
      'Secrets Manager ARNs',
      'DB_SECRET',
      'arn:aws:secretsmanager:eu-west-2:123456789012:secret:prod/db-AbCdEf',
    ],
    ['SSM parameter ARNs', 'API_TOKEN', 'arn:aws:ssm:eu-west-2:123456789012:parameter/prod/api/token'],
    [
      'KMS key ARNs',
      'SECRET_KEY',
      'arn:aws:kms:eu-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    ],
    ['SSM parameter paths', 'DB_PASSWORD', '/prod/db/password-Xy7#kQ2!'],
    ['dynamic references', 'DB_PASSWORD', '{{resolve:secretsmanager:prod/db:SecretString:password}}'],
    ['KMS ciphertext (AQICAH)', 'DB_PASSWORD', `AQICAH${randomBytes(180).toString('base64')}`],
    ['KMS ciphertext (AQECAH)', 'STRIPE_SECRET', `AQECAH${randomBytes(120).toString('base64')}`],
    ['URLs without credentials', 'AUTH_SERVER', 'https://auth.example.com/oauth2/token?client=x7Yq2'],
    ['URLs with a placeholder password', 'DATABASE_URL', 'postgres://app:${DB_PASSWORD}@db:5432/app'],
    ['booleans', 'AUTH_ENABLED', 'true'],
    ['numbers', 'TOKEN_TTL_SECONDS', '86400'],
    ['low-entropy placeholders (documented: too short / too regular)', 'DB_PASSWORD', 'changeme'],
    ['long but regular values', 'DB_PASSWORD', 'aaaaaaaaaaaaaaaaaaaaaaaa'],
    ['values of names that point at a secret', 'DB_SECRET_NAME', `prod/${mixed(20)}`],
    ['secret-looking values under unrelated names', 'RANDOM_SEED', fake.dbPassword],
    ['40-character values under unrelated names', 'BUILD_ID', fake.secretAccessKey],
    ['words that merely contain "auth"', 'AUTHOR', fake.dbPassword],
    ['empty values', 'DB_PASSWORD', ''],
  ])('does not flag %s', (_label, variable, value) => {
    expect(detectSecrets({ [variable]: value })).toEqual([]);
  });

  it('reports one finding per variable, the most specific kind', () => {
    // A Stripe key under a secret-sounding name is a Stripe key, not a generic high-entropy secret.
    expect(detectSecrets({ STRIPE_SECRET_KEY: fake.stripeLive })).toEqual([
      { variable: 'STRIPE_SECRET_KEY', kind: 'stripe-live-key' },
    ]);
    expect(detectSecrets({ MIXED: `${fake.pem}\n${fake.accessKeyId}` })).toEqual([
      { variable: 'MIXED', kind: 'private-key' },
    ]);
  });

  it('sorts findings by variable name', () => {
    const findings = detectSecrets({ Z_TOKEN: fake.githubClassic, A_KEY: fake.accessKeyId, M: 'plain' });
    expect(findings.map((f) => f.variable)).toEqual(['A_KEY', 'Z_TOKEN']);
  });

  it('never returns a secret value', () => {
    const variables = {
      AWS_ACCESS_KEY_ID: fake.accessKeyId,
      AWS_SECRET_ACCESS_KEY: fake.secretAccessKey,
      STRIPE: fake.stripeLive,
      PEM: fake.pem,
      OPENAI: fake.openaiProject,
      GH: fake.githubFineGrained,
      SLACK: fake.slackBot,
      JWT: fake.jwt,
      DATABASE_URL: `mysql://root:${fake.urlPassword}@db/app`,
      DB_PASSWORD: fake.dbPassword,
    };
    const findings = detectSecrets(variables);
    expect(findings).toHaveLength(Object.keys(variables).length);
    const output = JSON.stringify(findings);
    for (const value of Object.values(variables)) expect(output).not.toContain(value);
    expect(output).not.toContain(fake.urlPassword);
  });
});

describe('shannonEntropy', () => {
  it('is 0 for repeated characters and log2(n) for n distinct characters', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBeCloseTo(2);
    expect(shannonEntropy('0123456789abcdef')).toBeCloseTo(4);
  });
});
