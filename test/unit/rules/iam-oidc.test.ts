import { describe, expect, it } from '@jest/globals';
import { roleOidcAudienceUnpinned, roleOidcSubjectUnpinned } from '../../../src/rules/catalog/iam-oidc.js';
import { doc, role, run } from '../../support/iam-inventory.js';
import { inventoryOf } from '../../support/inventory-builder.js';

const GITHUB = 'token.actions.githubusercontent.com';
const github = (condition?: Record<string, Record<string, string>>) =>
  doc({
    Sid: 'GitHubDeploy',
    Effect: 'Allow',
    Principal: { Federated: `arn:aws:iam::111122223333:oidc-provider/${GITHUB}` },
    Action: 'sts:AssumeRoleWithWebIdentity',
    ...(condition ? { Condition: condition } : {}),
  });
const roles = (policies: Record<string, unknown>) =>
  inventoryOf(Object.entries(policies).map(([name, assumeRolePolicy]) => role(name, { assumeRolePolicy })));

describe('iam.role-oidc-subject-unpinned', () => {
  it('is critical when any GitHub repository of any owner can assume the role, medium for any of one owner', () => {
    const findings = run(
      roleOidcSubjectUnpinned,
      roles({
        'open-deploy': github({ StringEquals: { [`${GITHUB}:aud`]: 'sts.amazonaws.com' } }),
        'org-deploy': github({ StringLike: { [`${GITHUB}:sub`]: 'repo:octo-org/*' } }),
      }),
    );
    expect(findings.map((f) => [f.resource.id, f.severity, f.subKey])).toEqual([
      ['open-deploy', 'critical', `GitHubDeploy:${GITHUB}`],
      ['org-deploy', 'medium', `GitHubDeploy:${GITHUB}`],
    ]);
    expect(findings[0]?.message).toBe(
      `Role open-deploy trusts GitHub Actions OIDC tokens (${GITHUB}) in statement GitHubDeploy with no condition on sub: any GitHub Actions repository of any owner can assume it.`,
    );
    expect(findings[1]?.evidence).toMatchObject({ subjects: ['repo:octo-org/*'], reach: 'any-repository' });
  });

  it('leaves alone a role pinned to a repository, and roles no CI provider can assume', () => {
    const quiet = roles({
      pinned: github({
        StringEquals: {
          [`${GITHUB}:aud`]: 'sts.amazonaws.com',
          [`${GITHUB}:sub`]: 'repo:octo-org/infra:environment:prod',
        },
      }),
      branch: github({ StringLike: { [`${GITHUB}:sub`]: 'repo:octo-org/infra:*' } }),
      account: doc({
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::111122223333:root' },
        Action: 'sts:AssumeRole',
      }),
    });
    expect(run(roleOidcSubjectUnpinned, quiet)).toEqual([]);
  });
});

describe('iam.role-oidc-audience-unpinned', () => {
  it('flags a trust with no aud condition, low', () => {
    const findings = run(
      roleOidcAudienceUnpinned,
      roles({
        deploy: github({ StringEquals: { [`${GITHUB}:sub`]: 'repo:octo-org/infra:environment:prod' } }),
      }),
    );
    expect(findings.map((f) => [f.resource.id, f.severity])).toEqual([['deploy', 'low']]);
  });

  it('leaves alone a trust whose aud is pinned', () => {
    const pinned = roles({
      deploy: github({
        StringEquals: {
          [`${GITHUB}:aud`]: 'sts.amazonaws.com',
          [`${GITHUB}:sub`]: 'repo:octo-org/infra:environment:prod',
        },
      }),
    });
    expect(run(roleOidcAudienceUnpinned, pinned)).toEqual([]);
  });
});
