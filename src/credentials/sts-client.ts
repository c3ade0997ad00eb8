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

/** What `boundedClient` needs of an SDK client: STSClient's and OrganizationsClient's shape. */
interface BoundableClient {
  middlewareStack: {
    add(
      middleware: typeof checkResponse,
      options: { step: 'deserialize'; priority: 'low'; name: string },
    ): void;
  };
  destroy(): void;
}

/** An SDK client class (STSClient, OrganizationsClient). */
interface ClientClass<C> {
  new (config: {
    region: string;
    credentials?: AwsCredentialIdentityProvider;
    maxAttempts: number;
    requestHandler: AttemptDeadlineHandler;
  }): C;
}

/**
 * A client of the credentials stage (STS, Organizations) whose every attempt ends (the SDK's default
 * handler waits forever for an answer), that refuses answers which are not the service's, and leaves
 * retrying to the caller's loop.
 */
export function boundedClient<C extends BoundableClient>(
  Client: ClientClass<C>,
  service: string,
  region: string,
  limits: CallLimits,
  credentials?: AwsCredentialIdentityProvider,
): C {
  const callTimeoutMs = limits.callTimeoutMs ?? DEFAULT_STS_CALL_TIMEOUT_MS;
  const inner = new NodeHttpHandler({
    connectionTimeout: Math.min(5_000, callTimeoutMs),
    requestTimeout: callTimeoutMs + 1_000,
    throwOnRequestTimeout: true,
  });
  const client = new Client({
    region,
    credentials,
    maxAttempts: 1,
    requestHandler: new AttemptDeadlineHandler(
      inner,
      limits.signal ?? new AbortController().signal,
      callTimeoutMs,
      { service, region },
    ),
  });
  client.middlewareStack.add(checkResponse, {
    step: 'deserialize',
    priority: 'low',
    name: `${service}ResponseCheck`,
  });
  const destroy = client.destroy.bind(client);
  client.destroy = () => {
    destroy();
    inner.destroy();
  };
  return client;
}

/** An STS client with `boundedClient`'s deadlines and answer check. */
export const stsClient = (
  region: string,
  limits: CallLimits,
  credentials?: AwsCredentialIdentityProvider,
): STSClient => boundedClient(STSClient, 'sts', region, limits, credentials);
