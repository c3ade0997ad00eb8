import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { CHAINED_SESSION_SECONDS, chainedRoleProvider } from '../../src/credentials/chain.js';
import { resolveCredentials, type CredentialInputs } from '../../src/credentials/index.js';
import { assumeRoleWithGitHubOidc } from '../../src/credentials/oidc.js';
import { parseRoleArn } from '../../src/credentials/role-arn.js';
import { accountCredentials, uniqueAccountId } from '../support/aws.js';
import { callerIdentity, oidcRequest, recordingDeps, secretRecorder } from '../support/credentials.js';

// Credentials against moto's STS: each identity is checked with GetCallerIdentity.

describe('assumeRoleWithGitHubOidc', () => {
  it('assumes the role on moto, masking the token before STS and the credentials after', async () => {
    const account = uniqueAccountId();
    const { deps, token, log, secrets, getIdToken } = recordingDeps();
    const identity = await assumeRoleWithGitHubOidc(
      oidcRequest(`arn:aws:iam::${account}:role/x`, { audience: 'my-audience', sessionName: 'oidc-session' }),
      deps,
    );
    expect(getIdToken).toHaveBeenCalledTimes(1);
    expect(getIdToken).toHaveBeenCalledWith('my-audience');
    expect(identity.accessKeyId).toMatch(/^ASIA/);
    expect(identity.secretAccessKey).toBeTruthy();
    expect(identity.sessionToken).toBeTruthy();
    expect(identity.expiration).toBeInstanceOf(Date);
    // token first (before any credentials exist), then the three parts of the answer
    expect(secrets).toEqual([token, identity.accessKeyId, identity.secretAccessKey, identity.sessionToken]);
    expect(log[0]).toBe('getIdToken:my-audience');
    expect(log[1]).toBe(`setSecret:${token}`);

    const caller = await callerIdentity(identity);
    expect(caller.Account).toBe(account);
    expect(caller.Arn).toBe(`arn:aws:sts::${account}:assumed-role/x/oidc-session`);
  });
});

describe('resolveCredentials', () => {
  const inputs = (overrides: Partial<CredentialInputs> = {}): CredentialInputs => ({
    audience: 'sts.amazonaws.com',
    sessionName: 'resolve-test',
    durationSeconds: 3600,
    stsRegion: 'us-east-1',
    additionalRoles: [],
    ...overrides,
  });

  it('assumes role-to-assume with OIDC on moto and chains the additional roles from it', async () => {
    const primaryAccount = uniqueAccountId();
    const otherAccount = uniqueAccountId();
    const { deps, getIdToken, infos, secrets } = recordingDeps();
    const resolved = await resolveCredentials(
      inputs({
        roleToAssume: `arn:aws:iam::${primaryAccount}:role/oidc-reader`,
        additionalRoles: [`arn:aws:iam::${otherAccount}:role/chained-reader`],
      }),
      deps,
    );
    expect(resolved.method).toBe('github-oidc');
    expect(getIdToken).toHaveBeenCalledTimes(1);
    expect(infos[0]).toBe(
      `Assuming arn:aws:iam::${primaryAccount}:role/oidc-reader with GitHub OIDC (audience sts.amazonaws.com, session resolve-test)`,
    );
    expect(resolved.targets.map((t) => t.expectedAccountId)).toEqual([primaryAccount, otherAccount]);

    const [primary, additional] = resolved.targets;
    const primaryIdentity = await (primary?.credentials as AwsCredentialIdentityProvider)();
    expect((await callerIdentity(primaryIdentity)).Account).toBe(primaryAccount);
    const chainedIdentity = await (additional?.credentials as AwsCredentialIdentityProvider)();
    const chainedCaller = await callerIdentity(chainedIdentity);
    expect(chainedCaller.Account).toBe(otherAccount);
    expect(chainedCaller.Arn).toBe(`arn:aws:sts::${otherAccount}:assumed-role/chained-reader/resolve-test`);
    // token + 3 (OIDC) + 3 (chained)
    expect(secrets).toHaveLength(7);
    expect(secrets).toContain(chainedIdentity.secretAccessKey);
  });

  it('assumes --role-arn from the ambient credentials on moto', async () => {
    const account = uniqueAccountId();
    const { deps, getIdToken } = recordingDeps();
    const resolved = await resolveCredentials(
      inputs({ roleFromAmbient: `arn:aws:iam::${account}:role/cli-reader` }),
      deps,
    );
    expect(resolved.method).toBe('assume-role');
    expect(resolved.targets).toHaveLength(1);
    expect(resolved.targets[0]?.expectedAccountId).toBe(account);
    const identity = await (resolved.targets[0]?.credentials as AwsCredentialIdentityProvider)();
    expect((await callerIdentity(identity)).Account).toBe(account);
    expect(getIdToken).not.toHaveBeenCalled();
  });
});

describe('chainedRoleProvider', () => {
  let base: AwsCredentialIdentity;
  let baseAccount: string;

  beforeAll(async () => {
    baseAccount = uniqueAccountId();
    base = await accountCredentials(baseAccount);
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('assumes the role from the base credentials and acts in the target account', async () => {
    const target = uniqueAccountId();
    const { secrets, deps } = secretRecorder();
    const provider = chainedRoleProvider(
      parseRoleArn(`arn:aws:iam::${target}:role/audit-target`, 'test'),
      async () => base,
      { sessionName: 'chain-session', stsRegion: 'us-east-1' },
      deps,
    );
    const identity = await provider();
    expect(identity.accessKeyId).not.toBe(base.accessKeyId);
    const caller = await callerIdentity(identity);
    expect(caller.Account).toBe(target);
    expect(caller.Account).not.toBe(baseAccount);
    expect(caller.Arn).toBe(`arn:aws:sts::${target}:assumed-role/audit-target/chain-session`);
    expect(secrets).toEqual([identity.accessKeyId, identity.secretAccessKey, identity.sessionToken]);
    // one hour at most for chained sessions
    const remaining = (identity.expiration as Date).getTime() - Date.now();
    expect(remaining).toBeGreaterThan(CHAINED_SESSION_SECONDS * 1000 - 120_000);
    expect(remaining).toBeLessThanOrEqual(CHAINED_SESSION_SECONDS * 1000 + 5_000);
  });

  it('caches the session: later and concurrent calls make no second AssumeRole', async () => {
    const { secrets, deps } = secretRecorder();
    let sourceCalls = 0;
    const provider = chainedRoleProvider(
      parseRoleArn(`arn:aws:iam::${uniqueAccountId()}:role/cached`, 'test'),
      async () => {
        sourceCalls += 1;
        return base;
      },
      { sessionName: 'cache-session', stsRegion: 'us-east-1' },
      deps,
    );
    const [first, concurrent] = await Promise.all([provider(), provider()]);
    const later = await provider();
    expect(concurrent).toEqual(first);
    expect(later).toEqual(first);
    expect(secrets).toHaveLength(3);
    expect(sourceCalls).toBe(1);
  });

  it('assumes the role again when the session is about to expire', async () => {
    const { secrets, deps } = secretRecorder();
    const provider = chainedRoleProvider(
      parseRoleArn(`arn:aws:iam::${uniqueAccountId()}:role/refreshing`, 'test'),
      async () => base,
      { sessionName: 'refresh-session', stsRegion: 'us-east-1' },
      deps,
    );
    const first = await provider();
    const expiresAt = (first.expiration as Date).getTime();

    // 6 minutes before expiry: still fresh
    const realNow = Date.now.bind(Date);
    const clock = jest.spyOn(Date, 'now').mockImplementation(() => expiresAt - 6 * 60_000);
    expect(await provider()).toEqual(first);
    expect(secrets).toHaveLength(3);

    // 4 minutes before expiry: inside the refresh margin
    clock.mockImplementation(() => expiresAt - 4 * 60_000);
    const second = await provider();
    clock.mockImplementation(realNow);
    expect(secrets).toHaveLength(6);
    expect(second.accessKeyId).not.toBe(first.accessKeyId);
  });
});
