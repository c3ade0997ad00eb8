import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient,
  STSServiceException,
} from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { mockClient, type AwsClientStub } from 'aws-sdk-client-mock';
import { CHAINED_SESSION_SECONDS, chainedRoleProvider } from '../../src/credentials/chain.js';
import { CredentialsError, resolveCredentials, type CredentialInputs } from '../../src/credentials/index.js';
import {
  assumeRoleWithGitHubOidc,
  type CredentialDeps,
  type OidcRequest,
} from '../../src/credentials/oidc.js';
import { withRetry, type RetryOptions } from '../../src/credentials/retry.js';
import { parseRoleArn } from '../../src/credentials/role-arn.js';
import { defaultRoleSessionName, validateRoleSessionName } from '../../src/credentials/session-name.js';
import { isRetryableStsError, stsErrorCode } from '../../src/credentials/sts-errors.js';
import { accountCredentials, uniqueAccountId } from '../support/aws.js';

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const OIDC_ENV: NodeJS.ProcessEnv = {
  ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/token?api-version=2.0',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
};

/** A JWT-shaped token (header.payload.signature, base64url JSON); STS on moto accepts any string. */
function fakeJwt(claims: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode(claims)}.${Buffer.from('not-a-signature').toString('base64url')}`;
}

const SUB = 'repo:octo-org/octo-app:ref:refs/heads/main';

/** Deps whose calls are recorded in one ordered log. */
function recordingDeps(options: { token?: string; env?: NodeJS.ProcessEnv; log?: string[] } = {}) {
  const log = options.log ?? [];
  const token = options.token ?? fakeJwt({ sub: SUB, aud: 'sts.amazonaws.com' });
  const secrets: string[] = [];
  const infos: string[] = [];
  const waits: number[] = [];
  const getIdToken = jest.fn(async (audience: string) => {
    log.push(`getIdToken:${audience}`);
    return token;
  });
  const deps: CredentialDeps = {
    getIdToken,
    setSecret: (value) => {
      secrets.push(value);
      log.push(`setSecret:${value}`);
    },
    info: (message) => {
      infos.push(message);
    },
    env: options.env ?? OIDC_ENV,
    wait: async (ms) => {
      waits.push(ms);
    },
  };
  return { deps, token, log, secrets, infos, waits, getIdToken };
}

function oidcRequest(arn: string, overrides: Partial<OidcRequest> = {}): OidcRequest {
  return {
    role: parseRoleArn(arn, 'role-to-assume'),
    audience: 'sts.amazonaws.com',
    sessionName: 'aws-audit-test-1',
    durationSeconds: 3600,
    stsRegion: 'us-east-1',
    ...overrides,
  };
}

function stsError(name: string, httpStatusCode: number, message = `${name} from STS`): STSServiceException {
  return new STSServiceException({
    name,
    $fault: httpStatusCode >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode },
    message,
  });
}

const FAKE_CREDENTIALS = {
  AccessKeyId: 'ASIAFAKEACCESSKEY001',
  SecretAccessKey: 'fake-secret-access-key',
  SessionToken: 'fake-session-token',
  Expiration: new Date(Date.now() + 3_600_000),
};

async function callerIdentity(credentials: AwsCredentialIdentity) {
  const sts = new STSClient({ region: 'us-east-1', credentials });
  try {
    return await sts.send(new GetCallerIdentityCommand({}));
  } finally {
    sts.destroy();
  }
}

async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}

// ---------------------------------------------------------------------------------------------
// parseRoleArn
// ---------------------------------------------------------------------------------------------

describe('parseRoleArn', () => {
  it.each([
    [
      'arn:aws:iam::123456789012:role/aws-audit-readonly',
      { partition: 'aws', accountId: '123456789012', name: 'aws-audit-readonly' },
    ],
    [
      'arn:aws:iam::123456789012:role/service-role/team/Auditor+Ro=le,x.y@z_1',
      { partition: 'aws', accountId: '123456789012', name: 'Auditor+Ro=le,x.y@z_1' },
    ],
    [
      'arn:aws-cn:iam::000011112222:role/china/reader',
      { partition: 'aws-cn', accountId: '000011112222', name: 'reader' },
    ],
    [
      'arn:aws-us-gov:iam::210987654321:role/gov-reader',
      { partition: 'aws-us-gov', accountId: '210987654321', name: 'gov-reader' },
    ],
  ])('parses %s', (arn, expected) => {
    expect(parseRoleArn(arn, 'role-to-assume')).toEqual({ arn, ...expected });
  });

  it('trims surrounding whitespace and returns the trimmed ARN', () => {
    const parsed = parseRoleArn('  arn:aws:iam::123456789012:role/x \n', 'role-to-assume');
    expect(parsed.arn).toBe('arn:aws:iam::123456789012:role/x');
    expect(parsed.name).toBe('x');
  });

  it('accepts a 64-character role name but not 65', () => {
    expect(parseRoleArn(`arn:aws:iam::123456789012:role/${'r'.repeat(64)}`, 's').name).toHaveLength(64);
    expect(() => parseRoleArn(`arn:aws:iam::123456789012:role/${'r'.repeat(65)}`, 's')).toThrow(
      'is not an IAM role ARN',
    );
  });

  it.each([
    ['a role name only', 'aws-audit-readonly'],
    ['the wrong service', 'arn:aws:sts::123456789012:role/x'],
    ['a user instead of a role', 'arn:aws:iam::123456789012:user/x'],
    ['an 11-digit account', 'arn:aws:iam::12345678901:role/x'],
    ['a 13-digit account', 'arn:aws:iam::1234567890123:role/x'],
    ['an unknown partition', 'arn:aws-iso:iam::123456789012:role/x'],
    ['a region in an IAM ARN', 'arn:aws:iam:us-east-1:123456789012:role/x'],
    ['an empty role name', 'arn:aws:iam::123456789012:role/'],
    ['a path without a name', 'arn:aws:iam::123456789012:role/path/'],
    ['a space in the name', 'arn:aws:iam::123456789012:role/my role'],
    ['an empty string', ''],
  ])('rejects %s, naming the source and the expected form', (_what, value) => {
    expect(() => parseRoleArn(value, 'additional-role-arns line 3')).toThrow(
      `additional-role-arns line 3: '${value.trim()}' is not an IAM role ARN. ` +
        'Expected arn:aws:iam::<12-digit account id>:role/<name>, for example arn:aws:iam::123456789012:role/aws-audit-readonly.',
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Session names
// ---------------------------------------------------------------------------------------------

describe('validateRoleSessionName', () => {
  it.each(['ab', 'a'.repeat(64), 'user+x=y,z.w@q_r-s', 'aws-audit-octo-org-app-123'])(
    'accepts %s',
    (name) => {
      expect(validateRoleSessionName(name, 'role-session-name')).toBe(name);
    },
  );

  it.each([
    ['too short', 'a'],
    ['empty', ''],
    ['too long', 'a'.repeat(65)],
    ['a space', 'has space'],
    ['a slash', 'owner/repo'],
    ['a colon', 'a:b'],
    ['non-ASCII', 'ümlaut'],
  ])('rejects %s, naming the source and the value', (_what, name) => {
    expect(() => validateRoleSessionName(name, '--session-name')).toThrow(
      `--session-name: '${name}' is not a valid role session name (2-64 characters`,
    );
  });
});

describe('defaultRoleSessionName', () => {
  it('joins owner, repository and run id with dashes', () => {
    expect(
      defaultRoleSessionName({ GITHUB_REPOSITORY: 'octo-org/octo-app', GITHUB_RUN_ID: '9876543210' }),
    ).toBe('aws-audit-octo-org-octo-app-9876543210');
  });

  it('replaces characters STS does not allow', () => {
    const name = defaultRoleSessionName({ GITHUB_REPOSITORY: 'my org/répo name:x', GITHUB_RUN_ID: '42' });
    expect(name).toBe('aws-audit-my-org-r-po-name-x-42');
    expect(validateRoleSessionName(name, 'test')).toBe(name);
  });

  it('falls back to "local" and a timestamp outside GitHub Actions', () => {
    const before = Date.now();
    const name = defaultRoleSessionName({});
    const after = Date.now();
    const match = /^aws-audit-local-(\d+)$/.exec(name);
    expect(match).not.toBeNull();
    const stamp = Number(match?.[1]);
    expect(stamp).toBeGreaterThanOrEqual(before);
    expect(stamp).toBeLessThanOrEqual(after);
  });

  it('stays within 64 characters and keeps the whole run id for long repository names', () => {
    const runId = '12345678901';
    const name = defaultRoleSessionName({
      GITHUB_REPOSITORY: `octo-org/${'very-long-repository-name-'.repeat(5)}`,
      GITHUB_RUN_ID: runId,
    });
    expect(name).toHaveLength(64);
    expect(name.startsWith('aws-audit-octo-org-very-long')).toBe(true);
    expect(name.endsWith(`-${runId}`)).toBe(true);
    expect(validateRoleSessionName(name, 'test')).toBe(name);
  });

  it('leaves a name of exactly 64 characters alone', () => {
    // 'aws-audit-' (10) + repo + '-' + run id (5) = 64 -> repo of 48 characters
    const repository = `o/${'r'.repeat(46)}`;
    const name = defaultRoleSessionName({ GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: '12345' });
    expect(name).toBe(`aws-audit-o-${'r'.repeat(46)}-12345`);
    expect(name).toHaveLength(64);
  });
});

// ---------------------------------------------------------------------------------------------
// withRetry
// ---------------------------------------------------------------------------------------------

describe('withRetry', () => {
  class Retryable extends Error {}
  class Fatal extends Error {}

  function options(overrides: Partial<RetryOptions> = {}) {
    const waits: number[] = [];
    const retries: [number, number, unknown][] = [];
    const opts: RetryOptions = {
      maxAttempts: 5,
      baseDelayMs: 100,
      maxDelayMs: 1_000,
      isRetryable: (error) => error instanceof Retryable,
      onRetry: (attempt, delay, error) => retries.push([attempt, delay, error]),
      wait: async (ms) => {
        waits.push(ms);
      },
      random: () => 0.5,
      ...overrides,
    };
    return { opts, waits, retries };
  }

  /** A task failing with the given errors in turn, then answering `done`. */
  function failing(errors: Error[]) {
    let calls = 0;
    const task = async () => {
      const error = errors[calls];
      calls += 1;
      if (error) throw error;
      return 'done';
    };
    return { task, calls: () => calls };
  }

  it('returns the first answer without waiting', async () => {
    const { opts, waits } = options();
    const { task, calls } = failing([]);
    await expect(withRetry(task, opts)).resolves.toBe('done');
    expect(calls()).toBe(1);
    expect(waits).toEqual([]);
  });

  it('retries retryable errors and reports each retry', async () => {
    const { opts, waits, retries } = options();
    const first = new Retryable('one');
    const second = new Retryable('two');
    const { task, calls } = failing([first, second]);
    await expect(withRetry(task, opts)).resolves.toBe('done');
    expect(calls()).toBe(3);
    // random 0.5 of base * 2^attempt: 0.5*200, 0.5*400
    expect(waits).toEqual([100, 200]);
    expect(retries).toEqual([
      [1, 100, first],
      [2, 200, second],
    ]);
  });

  it('does not retry an error that is not retryable', async () => {
    const { opts, waits } = options();
    const fatal = new Fatal('no');
    const { task, calls } = failing([fatal]);
    await expect(withRetry(task, opts)).rejects.toBe(fatal);
    expect(calls()).toBe(1);
    expect(waits).toEqual([]);
  });

  it('stops at a non-retryable error after retryable ones', async () => {
    const { opts } = options();
    const fatal = new Fatal('no');
    const { task, calls } = failing([new Retryable('a'), fatal, new Retryable('never')]);
    await expect(withRetry(task, opts)).rejects.toBe(fatal);
    expect(calls()).toBe(2);
  });

  it('gives up after maxAttempts and throws the last error', async () => {
    const { opts, waits } = options({ maxAttempts: 4 });
    const errors = [1, 2, 3, 4, 5, 6].map((n) => new Retryable(`attempt ${n}`));
    const { task, calls } = failing(errors);
    await expect(withRetry(task, opts)).rejects.toBe(errors[3]);
    expect(calls()).toBe(4);
    expect(waits).toHaveLength(3);
  });

  it('makes exactly one attempt with maxAttempts 1', async () => {
    const { opts, waits } = options({ maxAttempts: 1 });
    const error = new Retryable('once');
    const { task, calls } = failing([error]);
    await expect(withRetry(task, opts)).rejects.toBe(error);
    expect(calls()).toBe(1);
    expect(waits).toEqual([]);
  });

  it('draws full jitter up to a ceiling of base * 2^attempt, capped at maxDelayMs', async () => {
    const errors = Array.from({ length: 6 }, (_, n) => new Retryable(`e${n}`));
    const high = options({ maxAttempts: 7, random: () => 0.999_999 });
    await withRetry(failing(errors).task, high.opts);
    // ceilings: 200, 400, 800, then capped at 1000
    expect(high.waits).toEqual([200, 400, 800, 1000, 1000, 1000]);

    const low = options({ maxAttempts: 7, random: () => 0 });
    await withRetry(failing(errors).task, low.opts);
    expect(low.waits).toEqual([0, 0, 0, 0, 0, 0]);

    const quarter = options({ maxAttempts: 7, random: () => 0.25 });
    await withRetry(failing(errors).task, quarter.opts);
    expect(quarter.waits).toEqual([50, 100, 200, 250, 250, 250]);
  });

  it('waits for the delay before the next attempt', async () => {
    const events: string[] = [];
    let calls = 0;
    await withRetry(
      async () => {
        calls += 1;
        events.push(`attempt ${calls}`);
        if (calls < 2) throw new Retryable('again');
        return 'ok';
      },
      {
        maxAttempts: 3,
        baseDelayMs: 10,
        maxDelayMs: 10,
        isRetryable: (e) => e instanceof Retryable,
        random: () => 1,
        wait: async (ms) => {
          events.push(`wait ${ms}`);
          await new Promise((resolve) => setImmediate(resolve));
          events.push('waited');
        },
      },
    );
    expect(events).toEqual(['attempt 1', 'wait 10', 'waited', 'attempt 2']);
  });
});

// ---------------------------------------------------------------------------------------------
// STS error classification (real SDK errors from a fake STS endpoint, plus hand-made ones)
// ---------------------------------------------------------------------------------------------

describe('isRetryableStsError', () => {
  let server: Server;
  let endpoint: string;
  let reply = { status: 400, code: 'AccessDenied' };

  beforeAll(async () => {
    server = createServer((request, response) => {
      request.resume();
      request.on('end', () =>
        response
          .writeHead(reply.status, { 'content-type': 'text/xml' })
          .end(
            `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type>` +
              `<Code>${reply.code}</Code><Message>message for ${reply.code}</Message></Error>` +
              `<RequestId>req-1</RequestId></ErrorResponse>`,
          ),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  /** The error the SDK throws when STS answers `code` with `status`. */
  async function sdkError(status: number, code: string, url = endpoint): Promise<Error> {
    reply = { status, code };
    const sts = new STSClient({
      region: 'us-east-1',
      endpoint: url,
      maxAttempts: 1,
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
    });
    try {
      return await rejectionOf(
        sts.send(
          new AssumeRoleWithWebIdentityCommand({
            RoleArn: 'arn:aws:iam::123456789012:role/x',
            RoleSessionName: 'ab',
            WebIdentityToken: 't',
          }),
        ),
      );
    } finally {
      sts.destroy();
    }
  }

  it.each([
    [403, 'AccessDenied'],
    [400, 'InvalidIdentityToken'],
    [400, 'IDPRejectedClaim'],
    [400, 'ValidationError'],
    [400, 'ExpiredTokenException'],
    [400, 'MalformedPolicyDocument'],
    [403, 'InvalidClientTokenId'],
  ])('does not retry %s %s', async (status, code) => {
    const error = await sdkError(status, code);
    expect(stsErrorCode(error)).toBe(code);
    expect(isRetryableStsError(error)).toBe(false);
  });

  it.each([
    [400, 'Throttling'],
    [400, 'ThrottlingException'],
    [429, 'TooManyRequests'],
    [500, 'InternalFailure'],
    [503, 'ServiceUnavailable'],
    [502, 'BadGateway'],
    [400, 'IDPCommunicationError'],
  ])('retries %s %s', async (status, code) => {
    const error = await sdkError(status, code);
    expect(stsErrorCode(error)).toBe(code);
    expect(isRetryableStsError(error)).toBe(true);
  });

  it('does not retry an unknown client error', async () => {
    expect(isRetryableStsError(await sdkError(400, 'SomethingElse'))).toBe(false);
  });

  it.each(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT'])(
    'retries a network failure the SDK reports as %s (code and $metadata, no HTTP status)',
    (code) => {
      // What sts.send throws in production: node's error, given $metadata by the SDK. (Under jest the
      // SDK wraps node's cross-realm errors instead, so a real socket failure is not used here.)
      const error = Object.assign(new Error('socket hang up'), {
        code,
        $metadata: { attempts: 1, totalRetryDelay: 0 },
      });
      expect(isRetryableStsError(error)).toBe(true);
    },
  );

  it.each([
    [
      'a TimeoutError',
      Object.assign(new Error('Connection timed out after 1000 ms'), { name: 'TimeoutError' }),
    ],
    ['a reset socket', new Error('read ECONNRESET')],
    ['a DNS hiccup', new Error('getaddrinfo EAI_AGAIN sts.amazonaws.com')],
    ['a broken pipe', new Error('write EPIPE')],
  ])('retries %s without an HTTP answer', (_what, error) => {
    expect(isRetryableStsError(error)).toBe(true);
  });

  it.each([
    ['a plain error', new Error('boom')],
    ['a string', 'ECONNRESET'],
    ['undefined', undefined],
  ])('does not retry %s', (_what, error) => {
    expect(isRetryableStsError(error)).toBe(false);
  });

  it('retries IDPCommunicationError even without the SDK retryable trait', () => {
    const error = stsError('IDPCommunicationError', 400);
    expect(error.$retryable).toBeUndefined();
    expect(isRetryableStsError(error)).toBe(true);
  });

  it('takes the code from Code before name, so a permanent Code wins over a 503', () => {
    const error = Object.assign(stsError('Unknown', 503), { Code: 'AccessDenied' });
    expect(stsErrorCode(error)).toBe('AccessDenied');
    expect(isRetryableStsError(error)).toBe(false);
    expect(stsErrorCode('not an error')).toBe('Error');
  });
});

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

// ---------------------------------------------------------------------------------------------
// chainedRoleProvider
// ---------------------------------------------------------------------------------------------

describe('chainedRoleProvider', () => {
  function counting() {
    const secrets: string[] = [];
    return { secrets, deps: { setSecret: (value: string) => void secrets.push(value) } };
  }

  describe('against moto', () => {
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
      const { secrets, deps } = counting();
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
      const { secrets, deps } = counting();
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
      const { secrets, deps } = counting();
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
      const { deps } = counting();
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
      const { secrets, deps } = counting();
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
      const { deps } = counting();
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
