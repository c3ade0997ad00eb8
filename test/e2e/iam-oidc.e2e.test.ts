import { beforeAll, describe, expect, it } from '@jest/globals';
import { CreateOpenIDConnectProviderCommand, CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { Inventory } from '../../src/inventory/document.js';
import { runRules, type AuditOutcome } from '../../src/rules/engine.js';
import { accountCredentials, scanForTest, seedConfig, uniqueAccountId } from '../support/aws.js';
import { rulesFrom } from '../support/rules.js';

const GITHUB = 'token.actions.githubusercontent.com';
const GITLAB = 'gitlab.com';

/** A trust policy for one provider's tokens with the given StringEquals / StringLike conditions. */
function trust(account: string, issuer: string, condition: Record<string, Record<string, string>>) {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: `arn:aws:iam::${account}:oidc-provider/${issuer}` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: condition,
      },
    ],
  });
}

describe('OIDC trust of CI providers, against moto', () => {
  const account = uniqueAccountId();
  let inventory: Inventory;
  let outcome: AuditOutcome;

  beforeAll(async () => {
    const credentials = await accountCredentials(account);
    const iam = new IAMClient(seedConfig('us-east-1', credentials));
    for (const [issuer, ClientIDList] of [
      [GITHUB, ['sts.amazonaws.com']],
      [GITLAB, ['https://gitlab.com']],
    ] as const) {
      await iam.send(
        new CreateOpenIDConnectProviderCommand({
          Url: `https://${issuer}`,
          ClientIDList: [...ClientIDList],
          ThumbprintList: ['6938fd4d98bab03faadb97b34396831e3780aea1'],
        }),
      );
    }
    const roles: Record<string, string> = {
      // Any GitHub repository: only the audience is checked.
      'gh-open': trust(account, GITHUB, { StringEquals: { [`${GITHUB}:aud`]: 'sts.amazonaws.com' } }),
      // Any repository of octo-org.
      'gh-org': trust(account, GITHUB, {
        StringEquals: { [`${GITHUB}:aud`]: 'sts.amazonaws.com' },
        StringLike: { [`${GITHUB}:sub`]: 'repo:octo-org/*' },
      }),
      // One repository's production environment: safe.
      'gh-pinned': trust(account, GITHUB, {
        StringEquals: {
          [`${GITHUB}:aud`]: 'sts.amazonaws.com',
          [`${GITHUB}:sub`]: 'repo:octo-org/infra:environment:production',
        },
      }),
      // Any GitLab project of any group, and no audience.
      'gl-open': trust(account, GITLAB, { StringLike: { [`${GITLAB}:sub`]: 'project_path:*' } }),
    };
    for (const [RoleName, AssumeRolePolicyDocument] of Object.entries(roles)) {
      await iam.send(new CreateRoleCommand({ RoleName, AssumeRolePolicyDocument }));
    }
    inventory = await scanForTest(credentials, { regions: ['us-east-1'], services: ['iam'] });
    outcome = runRules(inventory, DEFAULT_CONFIG, rulesFrom('iam-oidc'));
  });

  const fired = (ruleId: string) =>
    outcome.findings
      .filter((f) => f.ruleId === ruleId)
      .map((f) => [f.resource.id, f.severity])
      .sort();

  it('scans without errors', () => {
    expect(inventory.errors).toEqual([]);
  });

  it('finds the roles any GitHub or GitLab user can assume (critical), and the org-wide one (medium)', () => {
    expect(fired('iam.role-oidc-subject-unpinned')).toEqual([
      ['gh-open', 'critical'],
      ['gh-org', 'medium'],
      ['gl-open', 'critical'],
    ]);
  });

  it('finds the trust with no audience condition, and nothing on the pinned role', () => {
    expect(fired('iam.role-oidc-audience-unpinned')).toEqual([['gl-open', 'low']]);
    expect(outcome.findings.filter((f) => f.resource.id === 'gh-pinned')).toEqual([]);
  });
});
