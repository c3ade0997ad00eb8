import { AssumeRoleWithWebIdentityCommand, type Credentials } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity } from '@smithy/types';
import { CallTimedOut } from '../aws/attempt-handler.js';
import { firstOf, raceAbort } from '../aws/deadline.js';
import { withRetry } from './retry.js';
import type { RoleArn } from './role-arn.js';
import { DEFAULT_STS_CALL_TIMEOUT_MS, stsClient, type CallLimits } from './sts-client.js';
import { isRetryableStsError, stsErrorCode } from './sts-errors.js';
import { errorMessage } from '../shared/errors.js';

export interface OidcRequest {
  role: RoleArn;
  audience: string;
  sessionName: string;
  durationSeconds: number;
  stsRegion: string;
}

export interface CredentialDeps extends CallLimits {
  getIdToken(audience: string): Promise<string>;
  setSecret(value: string): void;
  info(message: string): void;
  env?: NodeJS.ProcessEnv;
  wait?(ms: number): Promise<unknown>;
}

export class CredentialsError extends Error {
  override readonly name = 'CredentialsError';
}

const PERMISSIONS_BLOCK = ['permissions:', '  id-token: write', '  contents: read'].join('\n');

/** Claims of the GitHub token worth showing when AWS rejects it (never the token itself). */
function tokenClaims(token: string): { sub?: string; aud?: string } {
  try {
    const payload = token.split('.')[1] ?? '';
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const aud = Array.isArray(claims.aud) ? claims.aud.join(',') : claims.aud;
    return {
      sub: typeof claims.sub === 'string' ? claims.sub : undefined,
      aud: typeof aud === 'string' ? aud : undefined,
    };
  } catch {
    return {};
  }
}

/** Masks and converts STS credentials, or says what is missing from the answer. */
export function maskedIdentity(
  credentials: Credentials | undefined,
  deps: Pick<CredentialDeps, 'setSecret'>,
): AwsCredentialIdentity {
  const { AccessKeyId, SecretAccessKey, SessionToken, Expiration } = credentials ?? {};
  if (!AccessKeyId || !SecretAccessKey || !SessionToken) {
    throw new CredentialsError(
      'STS answered without complete credentials (AccessKeyId, SecretAccessKey, SessionToken)',
    );
  }
  // Before anything else can print them.
  deps.setSecret(AccessKeyId);
  deps.setSecret(SecretAccessKey);
  deps.setSecret(SessionToken);
  return {
    accessKeyId: AccessKeyId,
    secretAccessKey: SecretAccessKey,
    sessionToken: SessionToken,
    expiration: Expiration,
  };
}

/** GitHub OIDC token -> STS AssumeRoleWithWebIdentity, with retries only where they can help. */
export async function assumeRoleWithGitHubOidc(
  request: OidcRequest,
  deps: CredentialDeps,
): Promise<AwsCredentialIdentity> {
  const env = deps.env ?? process.env;
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    throw new CredentialsError(
      'role-to-assume is set but this job cannot request a GitHub OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set). ' +
        `Give the job the id-token permission:\n\n${PERMISSIONS_BLOCK}\n\n` +
        'Pull requests from forks never get an OIDC token; run the audit on push, schedule or pull_request_target instead.',
    );
  }
  const retry = {
    maxAttempts: 6,
    baseDelayMs: 200,
    maxDelayMs: 10_000,
    wait: deps.wait,
    onRetry: (attempt: number, delay: number, error: unknown) =>
      deps.info(
        `Retrying after a transient error (attempt ${attempt}): ${stsErrorCode(error)}; waiting ${delay} ms`,
      ),
  };

  // The token request is another library's: it cannot be cancelled, only no longer waited for.
  const requestToken = () => {
    const timeoutMs = deps.callTimeoutMs ?? DEFAULT_STS_CALL_TIMEOUT_MS;
    const timeout = new AbortController();
    const timer = setTimeout(
      () => timeout.abort(new CallTimedOut('the GitHub OIDC token service', 'this job', timeoutMs / 1000)),
      timeoutMs,
    );
    return raceAbort(deps.getIdToken(request.audience), firstOf([timeout.signal, deps.signal])).finally(() =>
      clearTimeout(timer),
    );
  };
  const token = await withRetry(requestToken, {
    ...retry,
    // @actions/core already retries HTTP failures; a 4xx from the token service will not heal.
    isRetryable: (error) =>
      !(error instanceof Error && /Error Code : 4\d\d/.test(error.message)) && !deps.signal?.aborted,
  }).catch((error: unknown) => {
    throw new CredentialsError(
      `Could not get a GitHub OIDC token for audience '${request.audience}': ${errorMessage(error)}`,
      {
        cause: error,
      },
    );
  });
  deps.setSecret(token);

  // The SDK's own retries are off here: this loop decides what is worth retrying.
  const sts = stsClient(request.stsRegion, deps);
  try {
    const answer = await withRetry(
      () =>
        sts.send(
          new AssumeRoleWithWebIdentityCommand({
            RoleArn: request.role.arn,
            RoleSessionName: request.sessionName,
            DurationSeconds: request.durationSeconds,
            WebIdentityToken: token,
          }),
        ),
      { ...retry, isRetryable: isRetryableStsError },
    );
    return maskedIdentity(answer.Credentials, deps);
  } catch (error) {
    throw explainAssumeRoleFailure(error, request, tokenClaims(token));
  } finally {
    sts.destroy();
  }
}

function explainAssumeRoleFailure(
  error: unknown,
  request: OidcRequest,
  claims: { sub?: string; aud?: string },
): Error {
  if (error instanceof CredentialsError) return error;
  const code = stsErrorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  const base = `Could not assume ${request.role.arn} with GitHub OIDC: ${code}: ${message}`;
  if (
    code === 'AccessDenied' ||
    code === 'AccessDeniedException' ||
    code === 'InvalidIdentityToken' ||
    code === 'IDPRejectedClaim'
  ) {
    return new CredentialsError(
      `${base}\nThe role's trust policy rejected this workflow's token. Check its conditions on ` +
        `token.actions.githubusercontent.com:sub (this token's sub is '${claims.sub ?? 'unknown'}') and ` +
        `token.actions.githubusercontent.com:aud (this token's aud is '${claims.aud ?? request.audience}'), and that the ` +
        `account has the OIDC identity provider token.actions.githubusercontent.com. Repositories created after ` +
        `July 2026 use the immutable sub form repo:owner@<id>/repo@<id>:...`,
      { cause: error },
    );
  }
  if (code === 'ValidationError' && /DurationSeconds/i.test(message)) {
    return new CredentialsError(
      `${base}\nLower role-duration-seconds or raise the role's MaxSessionDuration.`,
      {
        cause: error,
      },
    );
  }
  return new CredentialsError(base, { cause: error });
}
