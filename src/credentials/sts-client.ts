import { STSClient } from '@aws-sdk/client-sts';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { AttemptDeadlineHandler } from '../aws/attempt-handler.js';
import { checkResponse } from '../aws/response-check.js';

/** How long one STS attempt may take, and the run's deadline; both end a hung call. */
export interface CallLimits {
  callTimeoutMs?: number;
  signal?: AbortSignal;
}

export const DEFAULT_STS_CALL_TIMEOUT_MS = 30_000;

/**
 * An STS client whose every attempt ends (the SDK's default handler waits forever for an answer),
 * that refuses answers which are not STS's, and leaves retrying to the caller's loop.
 */
export function stsClient(
  region: string,
  limits: CallLimits,
  credentials?: AwsCredentialIdentityProvider,
): STSClient {
  const callTimeoutMs = limits.callTimeoutMs ?? DEFAULT_STS_CALL_TIMEOUT_MS;
  const inner = new NodeHttpHandler({
    connectionTimeout: Math.min(5_000, callTimeoutMs),
    requestTimeout: callTimeoutMs + 1_000,
    throwOnRequestTimeout: true,
  });
  const client = new STSClient({
    region,
    credentials,
    maxAttempts: 1,
    requestHandler: new AttemptDeadlineHandler(
      inner,
      limits.signal ?? new AbortController().signal,
      callTimeoutMs,
      { service: 'sts', region },
    ),
  });
  client.middlewareStack.add(checkResponse, {
    step: 'deserialize',
    priority: 'low',
    name: 'stsResponseCheck',
  });
  const destroy = client.destroy.bind(client);
  client.destroy = () => {
    destroy();
    inner.destroy();
  };
  return client;
}
