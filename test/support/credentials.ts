// Shared by the credential tests (unit and e2e): recorded deps, requests, STS errors and answers.
import { jest } from '@jest/globals';
import { GetCallerIdentityCommand, STSClient, STSServiceException } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity } from '@smithy/types';
import type { CredentialDeps, OidcRequest } from '../../src/credentials/oidc.js';
import { parseRoleArn } from '../../src/credentials/role-arn.js';

export const OIDC_ENV: NodeJS.ProcessEnv = {
  ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/token?api-version=2.0',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
};

/** A JWT-shaped token (header.payload.signature, base64url JSON); STS on moto accepts any string. */
export function fakeJwt(claims: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode(claims)}.${Buffer.from('not-a-signature').toString('base64url')}`;
}

export const SUB = 'repo:octo-org/octo-app:ref:refs/heads/main';

/** Deps whose calls are recorded in one ordered log. */
export function recordingDeps(options: { token?: string; env?: NodeJS.ProcessEnv; log?: string[] } = {}) {
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

export function oidcRequest(arn: string, overrides: Partial<OidcRequest> = {}): OidcRequest {
  return {
    role: parseRoleArn(arn, 'role-to-assume'),
    audience: 'sts.amazonaws.com',
    sessionName: 'aws-audit-test-1',
    durationSeconds: 3600,
    stsRegion: 'us-east-1',
    ...overrides,
  };
}

export function stsError(
  name: string,
  httpStatusCode: number,
  message = `${name} from STS`,
): STSServiceException {
  return new STSServiceException({
    name,
    $fault: httpStatusCode >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode },
    message,
  });
}

export const FAKE_CREDENTIALS = {
  AccessKeyId: 'ASIAFAKEACCESSKEY001',
  SecretAccessKey: 'fake-secret-access-key',
  SessionToken: 'fake-session-token',
  Expiration: new Date(Date.now() + 3_600_000),
};

export async function callerIdentity(credentials: AwsCredentialIdentity) {
  const sts = new STSClient({ region: 'us-east-1', credentials });
  try {
    return await sts.send(new GetCallerIdentityCommand({}));
  } finally {
    sts.destroy();
  }
}

export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}

/** Deps for chainedRoleProvider that record what it masks. */
export function secretRecorder() {
  const secrets: string[] = [];
  return { secrets, deps: { setSecret: (value: string) => void secrets.push(value) } };
}
