import { EC2Client } from '@aws-sdk/client-ec2';
import { RDSClient } from '@aws-sdk/client-rds';
import { S3Client } from '@aws-sdk/client-s3';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { AwsCredentialIdentityProvider, MiddlewareStack } from '@smithy/types';
import { AttemptDeadlineHandler } from '../aws/attempt-handler.js';
import type { CommonClientConfig } from '../scan/clients.js';
import type { ActionClients } from './model.js';

export interface CleanupClientOptions {
  credentials: AwsCredentialIdentityProvider;
  /** Every attempt ends by then, whole answer read. */
  callTimeoutMs: number;
  /** Attempts per call, with the SDK's adaptive retry (throttling backs off). */
  maxAttempts: number;
  /** The run's deadline. */
  signal: AbortSignal;
}

const usesEmulator = (suffix: string) =>
  Boolean(process.env.AWS_ENDPOINT_URL || process.env[`AWS_ENDPOINT_URL_${suffix}`]);

/**
 * SDK clients for cleanup calls, one per service and region, each attempt under its own deadline
 * and the run's: a cleanup call never hangs a run any more than a scan call does.
 */
export function cleanupClients(options: CleanupClientOptions): ActionClients & {
  sts(region: string): STSClient;
  destroy(): void;
} {
  const sent: string[] = [];
  const http = new NodeHttpHandler({
    connectionTimeout: Math.min(5_000, options.callTimeoutMs),
    requestTimeout: options.callTimeoutMs + 1_000,
    socketTimeout: options.callTimeoutMs + 1_000,
    throwOnRequestTimeout: true,
  });
  const made = new Map<string, { destroy(): void }>();
  function get<C extends { destroy(): void }>(
    key: string,
    region: string,
    make: (config: CommonClientConfig) => C,
  ): C {
    const existing = made.get(`${key}|${region}`);
    if (existing) return existing as C;
    const client = make({
      region,
      credentials: options.credentials,
      retryMode: 'adaptive',
      maxAttempts: options.maxAttempts,
      requestHandler: new AttemptDeadlineHandler(http, options.signal, options.callTimeoutMs, {
        service: key,
        region,
      }),
    });
    made.set(`${key}|${region}`, client);
    return client;
  }
  /** Every request a client starts, as `ec2:DeleteVolume`, in order: what apply really sent. */
  const journaled = <C extends { middlewareStack: { add: MiddlewareStack<object, object>['add'] } }>(
    key: string,
    client: C,
  ): C => {
    client.middlewareStack.add(
      (next, context) => async (args) => {
        sent.push(`${key}:${String(context.commandName).replace(/Command$/, '')}`);
        return next(args);
      },
      { step: 'initialize', name: 'awsAuditJournal' },
    );
    return client;
  };
  return {
    ec2: (region) => get('ec2', region, (config) => journaled('ec2', new EC2Client(config))),
    rds: (region) => get('rds', region, (config) => journaled('rds', new RDSClient(config))),
    s3: (region) =>
      get('s3', region, (config) =>
        journaled('s3', new S3Client({ ...config, forcePathStyle: usesEmulator('S3') })),
      ),
    sent,
    sts: (region) => get('sts', region, (config) => new STSClient(config)),
    destroy: () => {
      for (const client of made.values()) client.destroy();
      http.destroy();
    },
  };
}

/** The account the credentials act in (GetCallerIdentity needs no permission). */
export async function callerAccount(sts: STSClient, signal: AbortSignal): Promise<string> {
  const { Account } = await sts.send(new GetCallerIdentityCommand({}), { abortSignal: signal });
  if (!Account) throw new Error('sts:GetCallerIdentity named no account');
  return Account;
}
