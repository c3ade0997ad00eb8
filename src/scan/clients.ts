import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { S3Client } from '@aws-sdk/client-s3';
import { S3ControlClient } from '@aws-sdk/client-s3-control';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import pThrottle from 'p-throttle';
import { isThrottlingError } from '@smithy/service-error-classification';
import type {
  AwsCredentialIdentityProvider,
  DeserializeMiddleware,
  InitializeMiddleware,
  MetadataBearer,
  Pluggable,
  SdkError,
} from '@smithy/types';
import type { CallPool } from './pool.js';
import type { CallStats } from './call-stats.js';
import { AttemptDeadlineHandler } from '../aws/attempt-handler.js';
import { raceAbort } from '../aws/deadline.js';
import { PUBLISHED_RATE_LIMITS } from './rate-limits.js';
import { checkResponse } from '../aws/response-check.js';

/** The configuration every AWS SDK v3 client constructor accepts (and the two S3 extras). */
export interface CommonClientConfig {
  region: string;
  credentials: AwsCredentialIdentityProvider;
  retryMode: string;
  maxAttempts: number;
  requestHandler: AttemptDeadlineHandler;
  forcePathStyle?: boolean;
  followRegionRedirects?: boolean;
  endpointProvider?: () => { url: URL };
}

/**
 * What the factory needs of an SDK v3 client. `use` takes `never` so that every client's stack fits,
 * whatever its input types (Budgets' inputs all require AccountId); our plugin reads no input field.
 */
export interface SdkClient {
  middlewareStack: { use(pluggable: never): void };
  /** AWS's name for the service (`EC2`, `CloudWatch Logs`): what its rate limits are published under. */
  config: { serviceId?: string };
  destroy(): void;
}

export type ClientConstructor<C extends SdkClient> = new (config: CommonClientConfig) => C;

export interface ClientFactoryOptions {
  credentials: AwsCredentialIdentityProvider;
  pool: CallPool;
  stats: CallStats;
  /** Attempts per call, for the SDK's adaptive retry mode (which also rate-limits on throttling). */
  maxAttempts: number;
  /** Every attempt ends by then, whole answer read, or is abandoned (and retried while attempts remain). */
  callTimeoutMs: number;
  /** Aborted when the region's time budget, or the run's, runs out: every call there is abandoned. */
  deadlineFor(region: string): AbortSignal;
}

/** True when AWS_ENDPOINT_URL(_<SERVICE>) points the SDK at an emulator such as moto or LocalStack. */
export function customEndpointConfigured(serviceEnvSuffix: string): boolean {
  return Boolean(process.env.AWS_ENDPOINT_URL || process.env[`AWS_ENDPOINT_URL_${serviceEnvSuffix}`]);
}

/**
 * S3 Control's endpoint rules put the account id into the host name (`<account>.s3-control...`),
 * which an emulator on an IP address cannot answer; against an emulator, use its URL as given.
 */
export function emulatorS3ControlEndpoint(): { endpointProvider?: () => { url: URL } } {
  const configured = process.env.AWS_ENDPOINT_URL_S3_CONTROL ?? process.env.AWS_ENDPOINT_URL;
  if (!configured) return {};
  const url = new URL(configured);
  return { endpointProvider: () => ({ url }) };
}

/**
 * Builds SDK clients for one set of credentials, one per (client class, region), each wired to
 * the scan's pool, statistics and regional deadline. Endpoints come from the SDK's own
 * AWS_ENDPOINT_URL support, so the same code runs against AWS, moto or LocalStack.
 */
export class ClientFactory {
  /** One client per class and region. */
  private readonly clients = new Map<ClientConstructor<SdkClient>, Map<string, SdkClient>>();
  private readonly requestHandler: NodeHttpHandler;
  private readonly agents: { http: HttpAgent; https: HttpsAgent };

  constructor(private readonly options: ClientFactoryOptions) {
    const maxSockets = Math.max(50, options.pool.maxConcurrency * 2);
    this.agents = {
      http: new HttpAgent({ keepAlive: true, maxSockets }),
      https: new HttpsAgent({ keepAlive: true, maxSockets }),
    };
    this.requestHandler = new NodeHttpHandler({
      connectionTimeout: Math.min(5_000, options.callTimeoutMs),
      // Backstops: each attempt's own deadline (AttemptDeadlineHandler) normally ends it first.
      requestTimeout: options.callTimeoutMs + 1_000,
      throwOnRequestTimeout: true,
      socketTimeout: options.callTimeoutMs + 1_000,
      httpAgent: this.agents.http,
      httpsAgent: this.agents.https,
    });
  }

  get<C extends SdkClient>(Client: ClientConstructor<C>, service: string, region: string): C {
    const byRegion = this.clients.get(Client) ?? new Map<string, SdkClient>();
    this.clients.set(Client, byRegion);
    const existing = byRegion.get(region);
    if (existing) return existing as C;
    const client = new Client({
      region,
      credentials: this.options.credentials,
      retryMode: 'adaptive',
      maxAttempts: this.options.maxAttempts,
      requestHandler: new AttemptDeadlineHandler(
        this.requestHandler,
        this.options.deadlineFor(region),
        this.options.callTimeoutMs,
        { service, region },
      ),
      ...((Client as unknown) === S3Client
        ? { followRegionRedirects: true, ...(customEndpointConfigured('S3') ? { forcePathStyle: true } : {}) }
        : {}),
      ...((Client as unknown) === S3ControlClient ? emulatorS3ControlEndpoint() : {}),
    });
    const perSecond = PUBLISHED_RATE_LIMITS[client.config.serviceId ?? ''];
    client.middlewareStack.use(this.scanPlugin(service, region, perSecond) as never);
    byRegion.set(region, client);
    return client;
  }

  private scanPlugin(
    service: string,
    region: string,
    perSecond: number | undefined,
  ): Pluggable<object, MetadataBearer> {
    const { pool, stats, deadlineFor } = this.options;
    const deadline = deadlineFor(region);
    // Strict: no sliding second ever holds more calls than AWS's bucket refills.
    const direct = (run: () => Promise<unknown>) => run();
    const send = perSecond
      ? pThrottle({ limit: perSecond, interval: 1000, strict: true, signal: deadline })(direct)
      : direct;
    // Tracking wraps the pool so a call's place in its chain is fixed when it is made, not when a slot frees.
    const poolAndDeadline: InitializeMiddleware<object, MetadataBearer> = (next) => (args) =>
      stats.trackCall(
        service,
        () =>
          send(() =>
            pool.run(service, region, () => {
              if (deadline.aborted) return Promise.reject(deadline.reason);
              return raceAbort(next(args), deadline);
            }),
          ) as ReturnType<ReturnType<InitializeMiddleware<object, MetadataBearer>>>,
      );
    const countAttempts: DeserializeMiddleware<object, MetadataBearer> = (next) => async (args) => {
      stats.attempts += 1;
      try {
        return await next(args);
      } catch (error) {
        if (isThrottlingError(error as SdkError)) stats.throttles += 1;
        throw error;
      }
    };
    return {
      applyToStack(stack) {
        stack.add(poolAndDeadline, { step: 'initialize', priority: 'high', name: 'auditScanPool' });
        stack.add(countAttempts, { step: 'deserialize', priority: 'high', name: 'auditScanAttempts' });
        stack.add(checkResponse, { step: 'deserialize', priority: 'low', name: 'auditScanResponseCheck' });
      },
    };
  }

  destroy(): void {
    for (const byRegion of this.clients.values()) for (const client of byRegion.values()) client.destroy();
    this.clients.clear();
    this.agents.http.destroy();
    this.agents.https.destroy();
  }
}
