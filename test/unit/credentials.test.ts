import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { AssumeRoleCommand, AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { mockClient, type AwsClientStub } from 'aws-sdk-client-mock';
import { chainedRoleProvider } from '../../src/credentials/chain.js';
import { CredentialsError, resolveCredentials, type CredentialInputs } from '../../src/credentials/index.js';
import { assumeRoleWithGitHubOidc } from '../../src/credentials/oidc.js';
import { parseRoleArn } from '../../src/credentials/role-arn.js';
import {
  FAKE_CREDENTIALS,
  SUB,
  fakeJwt,
  oidcRequest,
  recordingDeps,
  rejectionOf,
  secretRecorder,
  stsError,
} from '../support/credentials.js';

// ---------------------------------------------------------------------------------------------
// assumeRoleWithGitHubOidc
// ---------------------------------------------------------------------------------------------

describe('assumeRoleWithGitHubOidc', () => {
  it.each([
    ['ACTIONS_ID_TOKEN_REQUEST_URL is unset', { ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x' }],
    ['ACTIONS_ID_TOKEN_REQUEST_TOKEN is unset', { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://x' }],
  ])('explains the missing id-token permission when %s', async (_what, env) => {
    const { deps, getIdToken, secrets } = recordingDeps({ env });
    const error = await rejectionOf(
      assumeRoleWithGitHubOidc(oidcRequest('arn:aws:iam::123456789012:role/x'), deps),
    );
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error.name).toBe('CredentialsError');
    expect(error.message).toContain('ACTIONS_ID_TOKEN_REQUEST_URL is not set');
    expect(error.message).toContain('permissions:\n  id-token: write\n  contents: read');
    expect(error.message).toContain('forks');
    expect(getIdToken).not.toHaveBeenCalled();
    expect(secrets).toEqual([]);
  });

  describe('with a mocked STS', () => {
    let stsMock: AwsClientStub<STSClient>;

    beforeEach(() => {
      stsMock = mockClient(STSClient);
    });
    afterEach(() => {
      stsMock.restore();
    });

    it('sets the token as a secret before calling STS and sends the request as given', async () => {
      const log: string[] = [];
      const { deps, token } = recordingDeps({ log });
      stsMock.on(AssumeRoleWithWebIdentityCommand).callsFake(() => {
        log.push('sts');
        return { Credentials: FAKE_CREDENTIALS };
      });
      await assumeRoleWithGitHubOidc(
        oidcRequest('arn:aws:iam::123456789012:role/path/reader', {
          sessionName: 'sess-1',
          durationSeconds: 7200,
        }),
        deps,
      );
      expect(log).toEqual([
        'getIdToken:sts.amazonaws.com',
        `setSecret:${token}`,
        'sts',
        `setSecret:${FAKE_CREDENTIALS.AccessKeyId}`,
        `setSecret:${FAKE_CREDENTIALS.SecretAccessKey}`,
        `setSecret:${FAKE_CREDENTIALS.SessionToken}`,
      ]);
      const calls = stsMock.commandCalls(AssumeRoleWithWebIdentityCommand);
      expect(calls).toHaveLength(1);
      expect(calls[0]?.args[0].input).toEqual({
        RoleArn: 'arn:aws:iam::123456789012:role/path/reader',
        RoleSessionName: 'sess-1',
        DurationSeconds: 7200,
        WebIdentityToken: token,
      });
    });

    it('does not retry AccessDenied and explains the trust policy with the token claims', async () => {
      const token = fakeJwt({ sub: SUB, aud: 'custom-aud', repository: 'octo-org/octo-app' });
      const { deps, waits, infos } = recordingDeps({ token });
      const denied = stsError('AccessDenied', 403, 'Not authorized to perform sts:AssumeRoleWithWebIdentity');
      stsMock.on(AssumeRoleWithWebIdentityCommand).rejects(denied);

      const error = await rejectionOf(
        assumeRoleWithGitHubOidc(oidcRequest('arn:aws:iam::123456789012:role/x'), deps),
      );
      expect(stsMock.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(1);
      expect(waits).toEqual([]);
      expect(infos).toEqual([]);
      expect(error).toBeInstanceOf(CredentialsError);
      expect(error.cause).toBe(denied);
      expect(error.message).toContain(
        'Could not assume arn:aws:iam::123456789012:role/x with GitHub OIDC: AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity',
      );
      expect(error.message).toContain(
        `token.actions.githubusercontent.com:sub (this token's sub is '${SUB}')`,
      );
      expect(error.message).toContain(
        "token.actions.githubusercontent.com:aud (this token's aud is 'custom-aud')",
      );
      // claims only, never the token itself
      expect(error.message).not.toContain(token);
    });

    it('joins an audience list and says "unknown" when the token has no readable claims', async () => {
      const listAud = recordingDeps({ token: fakeJwt({ sub: SUB, aud: ['a1', 'a2'] }) });
      stsMock.on(AssumeRoleWithWebIdentityCommand).rejects(stsError('InvalidIdentityToken', 400));
      const first = await rejectionOf(
        assumeRoleWithGitHubOidc(oidcRequest('arn:aws:iam::123456789012:role/x'), listAud.deps),
      );
      expect(first.message).toContain("this token's aud is 'a1,a2'");

      const opaque = recordingDeps({ token: 'opaque-token-without-dots' });
      const second = await rejectionOf(
        assumeRoleWithGitHubOidc(
          oidcRequest('arn:aws:iam::123456789012:role/x', { audience: 'fallback-aud' }),
          opaque.deps,
        ),
      );
      expect(second.message).toContain("this token's sub is 'unknown'");
      expect(second.message).toContain("this token's aud is 'fallback-aud'");
      // InvalidIdentityToken is permanent too: one call per attempt above
      expect(stsMock.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(2);
    });

    it('retries throttling, telling info about the retry, then succeeds', async () => {
      const { deps, waits, infos, secrets } = recordingDeps();
      stsMock
        .on(AssumeRoleWithWebIdentityCommand)
        .rejectsOnce(stsError('Throttling', 400, 'Rate exceeded'))
        .resolves({ Credentials: FAKE_CREDENTIALS });

      const identity = await assumeRoleWithGitHubOidc(oidcRequest('arn:aws:iam::123456789012:role/x'), deps);
      expect(identity).toEqual({
        accessKeyId: FAKE_CREDENTIALS.AccessKeyId,
        secretAccessKey: FAKE_CREDENTIALS.SecretAccessKey,
        sessionToken: FAKE_CREDENTIALS.SessionToken,
        expiration: FAKE_CREDENTIALS.Expiration,
      });
      expect(stsMock.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(2);
      expect(waits).toHaveLength(1);
      // full jitter: at most base 200 * 2^1
      expect(waits[0]).toBeGreaterThanOrEqual(0);
      expect(waits[0]).toBeLessThanOrEqual(400);
      expect(infos).toEqual([
        `Retrying after a transient error (attempt 1): Throttling; waiting ${waits[0]} ms`,
      ]);
      // the token is masked once; the credentials once each
      expect(secrets).toHaveLength(4);
    });

    it('gives up on a persistent 5xx after six attempts', async () => {
      const { deps, waits } = recordingDeps();
      stsMock.on(AssumeRoleWithWebIdentityCommand).rejects(stsError('ServiceUnavailable', 503));
      const error = await rejectionOf(
        assumeRoleWithGitHubOidc(oidcRequest('arn:aws:iam::123456789012:role/x'), deps),
      );
      expect(stsMock.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(6);
      expect(waits).toHaveLength(5);
      for (const [index, ms] of waits.entries())
        expect(ms).toBeLessThanOrEqual(Math.min(10_000, 200 * 2 ** (index + 1)));
      expect(error).toBeInstanceOf(CredentialsError);
      expect(error.message).toBe(
        'Could not assume arn:aws:iam::123456789012:role/x with GitHub OIDC: ServiceUnavailable: ServiceUnavailable from STS',
      );
      expect(error.message).not.toContain('trust policy');
    });

    it('suggests lowering the duration when STS rejects DurationSeconds', async () => {
      const { deps } = recordingDeps();
      stsMock
        .on(AssumeRoleWithWebIdentityCommand)
        .rejects(
          stsError(
            'ValidationError',
            400,
            'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
          ),
        );
      const error = await rejectionOf(
        assumeRoleWithGitHubOidc(
          oidcRequest('arn:aws:iam::123456789012:role/x', { durationSeconds: 43_200 }),
          deps,
        ),
      );
      expect(stsMock.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(1);
      expect(error.message).toContain("Lower role-duration-seconds or raise the role's MaxSessionDuration.");
    });

    it('rejects an answer without complete credentials and masks nothing from it', async () => {
      const { deps, token, secrets } = recordingDeps();
      stsMock
        .on(AssumeRoleWithWebIdentityCommand)
        .resolves({ Credentials: { ...FAKE_CREDENTIALS, SessionToken: undefined } as never });
      const error = await rejectionOf(
        assumeRoleWithGitHubOidc(oidcRequest('arn:aws:iam::123456789012:role/x'), deps),
      );
      expect(error).toBeInstanceOf(CredentialsError);
      expect(error.message).toBe(
        'STS answered without complete credentials (AccessKeyId, SecretAccessKey, SessionToken)',
      );
      expect(secrets).toEqual([token]);
    });

    it('does not retry a 4xx from the GitHub token service and never calls STS', async () => {
      const { deps, waits } = recordingDeps();
      const getIdToken = jest.fn(async (_audience: string): Promise<string> => {
        throw new Error('Failed to get ID Token. \n \n Error Code : 403\n \n Error Message: Forbidden');
      });
      const error = await rejectionOf(
        assumeRoleWithGitHubOidc(oidcRequest('arn:aws:iam::123456789012:role/x'), { ...deps, getIdToken }),
      );
      expect(getIdToken).toHaveBeenCalledTimes(1);
      expect(waits).toEqual([]);
      expect(error).toBeInstanceOf(CredentialsError);
      expect(error.message).toContain("Could not get a GitHub OIDC token for audience 'sts.amazonaws.com'");
      expect(error.message).toContain('Error Code : 403');
      expect(stsMock.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(0);
    });

    it('retries other failures of the token service', async () => {
      const { deps, waits, infos, token } = recordingDeps();
      let calls = 0;
      const getIdToken = jest.fn(async (_audience: string): Promise<string> => {
        calls += 1;
        if (calls === 1)
          throw new Error('Failed to get ID Token. \n \n Error Code : 503\n \n Error Message: x');
        return token;
      });
      stsMock.on(AssumeRoleWithWebIdentityCommand).resolves({ Credentials: FAKE_CREDENTIALS });
      await assumeRoleWithGitHubOidc(oidcRequest('arn:aws:iam::123456789012:role/x'), {
        ...deps,
        getIdToken,
      });
      expect(getIdToken).toHaveBeenCalledTimes(2);
      expect(waits).toHaveLength(1);
      expect(infos[0]).toMatch(/^Retrying after a transient error \(attempt 1\)/);
      expect(stsMock.commandCalls(AssumeRoleWithWebIdentityCommand)[0]?.args[0].input).toMatchObject({
        WebIdentityToken: token,
      });
    });
  });
});

// ---------------------------------------------------------------------------------------------
// resolveCredentials
// ---------------------------------------------------------------------------------------------

describe('resolveCredentials', () => {
  function inputs(overrides: Partial<CredentialInputs> = {}): CredentialInputs {
    return {
      audience: 'sts.amazonaws.com',
      sessionName: 'resolve-test',
      durationSeconds: 3600,
      stsRegion: 'us-east-1',
      additionalRoles: [],
      ...overrides,
    };
  }

  it.each([899, 43_201, 0, 1800.5, Number.NaN])('rejects role-duration-seconds %s', async (seconds) => {
    const { deps, getIdToken } = recordingDeps();
    await expect(
      resolveCredentials(
        inputs({ durationSeconds: seconds, roleToAssume: 'arn:aws:iam::123456789012:role/x' }),
        deps,
      ),
    ).rejects.toThrow(`role-duration-seconds must be a whole number from 900 to 43200, got ${seconds}`);
    expect(getIdToken).not.toHaveBeenCalled();
  });

  it.each([900, 43_200])('accepts role-duration-seconds %s', async (seconds) => {
    const { deps } = recordingDeps();
    const resolved = await resolveCredentials(inputs({ durationSeconds: seconds }), deps);
    expect(resolved.method).toBe('default-chain');
  });

  it('rejects a malformed additional role ARN, naming its line, before any STS call', async () => {
    const stsMock = mockClient(STSClient);
    try {
      const { deps, getIdToken, infos } = recordingDeps();
      const error = await rejectionOf(
        resolveCredentials(
          inputs({
            roleToAssume: 'arn:aws:iam::123456789012:role/x',
            additionalRoles: ['arn:aws:iam::111122223333:role/ok', 'arn:aws:iam::1111:role/bad'],
          }),
          deps,
        ),
      );
      expect(error.message).toContain(
        "additional-role-arns entry 2: 'arn:aws:iam::1111:role/bad' is not an IAM role ARN",
      );
      expect(getIdToken).not.toHaveBeenCalled();
      expect(infos).toEqual([]);
      expect(stsMock.calls()).toHaveLength(0);
    } finally {
      stsMock.restore();
    }
  });

  it('names role-to-assume and --role-arn when they are malformed', async () => {
    const { deps, getIdToken } = recordingDeps();
    await expect(resolveCredentials(inputs({ roleToAssume: 'reader' }), deps)).rejects.toThrow(
      "role-to-assume: 'reader' is not an IAM role ARN",
    );
    await expect(
      resolveCredentials(inputs({ roleFromAmbient: 'arn:aws:iam::1:role/x' }), deps),
    ).rejects.toThrow("--role-arn: 'arn:aws:iam::1:role/x' is not an IAM role ARN");
    expect(getIdToken).not.toHaveBeenCalled();
  });

  it('uses the default chain with one target per additional role, each expecting its account', async () => {
    const { deps } = recordingDeps();
    const resolved = await resolveCredentials(
      inputs({
        additionalRoles: ['arn:aws:iam::111122223333:role/a', ' arn:aws:iam::444455556666:role/path/b '],
      }),
      deps,
    );
    expect(resolved.method).toBe('default-chain');
    expect(resolved.targets.map((t) => t.expectedAccountId)).toEqual([
      undefined,
      '111122223333',
      '444455556666',
    ]);
    expect(new Set(resolved.targets.map((t) => t.credentials)).size).toBe(3);
  });
});

// ---------------------------------------------------------------------------------------------
// chainedRoleProvider
// ---------------------------------------------------------------------------------------------

describe('chainedRoleProvider', () => {
  describe('with a mocked STS', () => {
    const role = parseRoleArn('arn:aws:iam::444455556666:role/mocked', 'test');
    const source: AwsCredentialIdentityProvider = async () => ({
      accessKeyId: 'base',
      secretAccessKey: 'base',
    });

    let stsMock: AwsClientStub<STSClient>;

    beforeEach(() => {
      stsMock = mockClient(STSClient);
    });
    afterEach(() => {
      stsMock.restore();
    });

    it('sends the role, session name, one-hour duration and external id', async () => {
      stsMock.on(AssumeRoleCommand).resolves({ Credentials: FAKE_CREDENTIALS });
      const { deps } = secretRecorder();
      await chainedRoleProvider(
        role,
        source,
        { sessionName: 'ext-session', stsRegion: 'eu-west-1', externalId: 'ext-123' },
        deps,
      )();
      const calls = stsMock.commandCalls(AssumeRoleCommand);
      expect(calls).toHaveLength(1);
      expect(calls[0]?.args[0].input).toEqual({
        RoleArn: role.arn,
        RoleSessionName: 'ext-session',
        DurationSeconds: 3600,
        ExternalId: 'ext-123',
      });
    });

    it('explains AccessDenied without retrying, and tries again on the next call', async () => {
      const denied = stsError('AccessDenied', 403, 'not allowed');
      stsMock.on(AssumeRoleCommand).rejectsOnce(denied).resolves({ Credentials: FAKE_CREDENTIALS });
      const { secrets, deps } = secretRecorder();
      const provider = chainedRoleProvider(role, source, { sessionName: 's1', stsRegion: 'us-east-1' }, deps);

      const error = await rejectionOf(provider());
      expect(error).toBeInstanceOf(CredentialsError);
      expect(error.cause).toBe(denied);
      expect(error.message).toContain(`Could not assume ${role.arn}: AccessDenied: not allowed.`);
      expect(error.message).toContain(`needs sts:AssumeRole on ${role.arn}`);
      expect(stsMock.commandCalls(AssumeRoleCommand)).toHaveLength(1);
      expect(secrets).toEqual([]);

      const identity = await provider();
      expect(identity.accessKeyId).toBe(FAKE_CREDENTIALS.AccessKeyId);
      expect(stsMock.commandCalls(AssumeRoleCommand)).toHaveLength(2);
    });

    it('does not add the trust-policy hint to other errors', async () => {
      stsMock.on(AssumeRoleCommand).rejects(stsError('RegionDisabledException', 403, 'STS is not activated'));
      const { deps } = secretRecorder();
      const error = await rejectionOf(
        chainedRoleProvider(role, source, { sessionName: 's1', stsRegion: 'us-east-1' }, deps)(),
      );
      expect(error.message).toBe(
        `Could not assume ${role.arn}: RegionDisabledException: STS is not activated.`,
      );
      expect(stsMock.commandCalls(AssumeRoleCommand)).toHaveLength(1);
    });
  });
});
