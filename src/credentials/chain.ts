import { AssumeRoleCommand } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { CredentialsError, maskedIdentity, type CredentialDeps } from './oidc.js';
import { withRetry } from './retry.js';
import { stsClient, type CallLimits } from './sts-client.js';
import type { RoleArn } from './role-arn.js';
import { isRetryableStsError, stsErrorCode } from './sts-errors.js';
import { errorMessage } from '../shared/errors.js';

/** AWS caps sessions of chained roles at one hour. */
export const CHAINED_SESSION_SECONDS = 3600;
const REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * A provider for a role in another account, assumed from the first credentials. It assumes the
 * role on first use and again shortly before the session expires, so long scans keep working.
 */
export function chainedRoleProvider(
  role: RoleArn,
  source: AwsCredentialIdentityProvider,
  options: { sessionName: string; stsRegion: string; externalId?: string },
  deps: Pick<CredentialDeps, 'setSecret'> & CallLimits,
): AwsCredentialIdentityProvider {
  let current: Promise<AwsCredentialIdentity> | undefined;
  const assume = async (): Promise<AwsCredentialIdentity> => {
    const sts = stsClient(options.stsRegion, deps, source);
    try {
      const answer = await withRetry(
        () =>
          sts.send(
            new AssumeRoleCommand({
              RoleArn: role.arn,
              RoleSessionName: options.sessionName,
              DurationSeconds: CHAINED_SESSION_SECONDS,
              ExternalId: options.externalId,
            }),
          ),
        { maxAttempts: 5, baseDelayMs: 200, maxDelayMs: 5_000, isRetryable: isRetryableStsError },
      );
      return maskedIdentity(answer.Credentials, deps);
    } catch (error) {
      if (error instanceof CredentialsError) throw error;
      const hint =
        stsErrorCode(error) === 'AccessDenied'
          ? ` The role's trust policy must allow sts:AssumeRole by the scan's first role, and that role needs sts:AssumeRole on ${role.arn}.`
          : '';
      throw new CredentialsError(
        `Could not assume ${role.arn}: ${stsErrorCode(error)}: ${errorMessage(error)}.${hint}`,
        {
          cause: error,
        },
      );
    } finally {
      sts.destroy();
    }
  };
  return async () => {
    const cached = current ? await current.catch(() => undefined) : undefined;
    const fresh = cached?.expiration && cached.expiration.getTime() - Date.now() > REFRESH_MARGIN_MS;
    if (!cached || (cached.expiration && !fresh)) {
      current = assume();
      return current;
    }
    return cached;
  };
}
