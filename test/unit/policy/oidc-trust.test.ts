import { describe, expect, it } from '@jest/globals';
import { oidcTrusts, providerOf } from '../../../src/policy/index.js';

const GITHUB = 'token.actions.githubusercontent.com';
const provider = (issuer: string) => `arn:aws:iam::111122223333:oidc-provider/${issuer}`;
const trust = (issuer: string, condition?: Record<string, Record<string, string | string[]>>) => ({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { Federated: provider(issuer) },
      Action: 'sts:AssumeRoleWithWebIdentity',
      ...(condition ? { Condition: condition } : {}),
    },
  ],
});
const reach = (issuer: string, condition?: Record<string, Record<string, string | string[]>>) =>
  oidcTrusts(trust(issuer, condition)).map((t) => t.reach);

describe('OIDC trust', () => {
  it('knows the CI providers by issuer, and no others', () => {
    expect(
      [
        GITHUB,
        `${GITHUB}/octo-enterprise`,
        'gitlab.com',
        'app.terraform.io',
        'api.bitbucket.org/2.0/workspaces/acme/pipelines-config/identity/oidc',
        'oidc.eks.eu-west-2.amazonaws.com/id/ABC',
        'accounts.google.com',
      ].map(providerOf),
    ).toEqual(['github', 'github', 'gitlab', 'terraform-cloud', 'bitbucket', null, null]);
  });

  it('reads a GitHub sub: any owner, any repository of one owner, or pinned', () => {
    const sub = (operator: string, values: string | string[]) =>
      reach(GITHUB, { [operator]: { [`${GITHUB}:sub`]: values } });
    expect(reach(GITHUB)).toEqual(['any-owner']);
    expect(sub('StringLike', '*')).toEqual(['any-owner']);
    expect(sub('StringLike', 'repo:*')).toEqual(['any-owner']);
    expect(sub('StringLike', 'repo:*/infra:*')).toEqual(['any-owner']);
    // `repo:octo*` admits the owner octo-evil.
    expect(sub('StringLike', 'repo:octo*')).toEqual(['any-owner']);
    expect(sub('StringLike', 'repo:octo-org/*')).toEqual(['any-repository']);
    expect(sub('StringLike', 'repo:octo-org/infra-*:ref:refs/heads/main')).toEqual(['any-repository']);
    expect(sub('StringLike', 'repo:octo-org/infra:*')).toEqual(['pinned']);
    expect(sub('StringEquals', 'repo:octo-org/infra:environment:production')).toEqual(['pinned']);
    // Values are ORed: the widest counts.
    expect(sub('StringLike', ['repo:octo-org/infra:*', 'repo:*'])).toEqual(['any-owner']);
    // A customised subject this check cannot read is not judged.
    expect(sub('StringEquals', 'repository_owner_id:42:repository_id:7')).toEqual(['pinned']);
  });

  it('never counts negative or wildcard-only conditions as pinning, and ANDs clauses', () => {
    expect(reach(GITHUB, { StringNotEquals: { [`${GITHUB}:sub`]: 'repo:evil/x:*' } })).toEqual(['any-owner']);
    expect(
      reach(GITHUB, {
        StringLike: { [`${GITHUB}:sub`]: '*' },
        StringEquals: { [`${GITHUB}:sub`]: 'repo:octo-org/infra:ref:refs/heads/main' },
      }),
    ).toEqual(['pinned']);
    // Condition keys ignore case, as IAM's do.
    expect(
      reach(GITHUB, { StringEquals: { 'TOKEN.actions.githubusercontent.com:SUB': 'repo:o/r:x' } }),
    ).toEqual(['pinned']);
  });

  it('reads GitLab groups, HCP Terraform organizations and Bitbucket workspaces', () => {
    const sub = (issuer: string, value: string) =>
      reach(issuer, { StringLike: { [`${issuer}:sub`]: value } });
    expect(sub('gitlab.com', 'project_path:*')).toEqual(['any-owner']);
    expect(sub('gitlab.com', 'project_path:acme/*')).toEqual(['any-repository']);
    expect(sub('gitlab.com', 'project_path:acme/platform/infra:ref_type:branch:ref:main')).toEqual([
      'pinned',
    ]);
    const tfc = 'app.terraform.io';
    expect(sub(tfc, 'organization:*')).toEqual(['any-owner']);
    expect(sub(tfc, 'organization:acme:*')).toEqual(['any-repository']);
    expect(sub(tfc, 'organization:acme:project:*:workspace:prod:run_phase:*')).toEqual(['any-repository']);
    expect(sub(tfc, 'organization:acme:project:net:workspace:prod:run_phase:*')).toEqual(['pinned']);
    const bitbucket = 'api.bitbucket.org/2.0/workspaces/acme/pipelines-config/identity/oidc';
    // The issuer is the workspace's own: no sub means any repository of it, not of anyone.
    expect(reach(bitbucket)).toEqual(['any-repository']);
    expect(sub(bitbucket, '{6f1c}:*')).toEqual(['pinned']);
  });

  it('reads the audience, ignores other principals, Deny statements and other actions', () => {
    const pinned = trust(GITHUB, {
      StringEquals: {
        [`${GITHUB}:aud`]: 'sts.amazonaws.com',
        [`${GITHUB}:sub`]: 'repo:o/r:ref:refs/heads/main',
      },
    });
    expect(oidcTrusts(pinned).map((t) => [t.audiences, t.subjects])).toEqual([
      [['sts.amazonaws.com'], ['repo:o/r:ref:refs/heads/main']],
    ]);
    expect(oidcTrusts(trust(GITHUB, { StringLike: { [`${GITHUB}:aud`]: '*' } }))[0]?.audiences).toEqual([]);
    const others = {
      Statement: [
        {
          Effect: 'Deny',
          Principal: { Federated: provider(GITHUB) },
          Action: 'sts:AssumeRoleWithWebIdentity',
        },
        { Effect: 'Allow', Principal: { Federated: provider(GITHUB) }, Action: 'sts:TagSession' },
        { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
        { Effect: 'Allow', Principal: { Federated: provider('accounts.google.com') }, Action: 'sts:*' },
      ],
    };
    expect(oidcTrusts(others)).toEqual([]);
  });
});
