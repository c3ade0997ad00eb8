import { Resolver } from 'node:dns/promises';
import { HeadBucketCommand, type S3Client } from '@aws-sdk/client-s3';
import type { CollectorContext } from './collector.js';

/** The bucket name no account holds: HeadBucket's answer for it (the SDK names a bodiless 404 NotFound). */
const NO_SUCH_BUCKET = ['NotFound', 'NoSuchBucket'];

const statusOf = (error: unknown): number | undefined =>
  (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;

/**
 * Whether a bucket exists in any account: a 404 means no account holds the name (anyone can
 * create it), while 403 (another account's) and 301 (another region's) mean it exists. Anything
 * else is recorded and left unknown (null), never taken for either.
 */
export async function bucketExists<Op extends string>(
  ctx: CollectorContext<Op>,
  operation: Op,
  s3: S3Client,
  bucket: string,
): Promise<boolean | null> {
  const answer = await ctx.read(
    operation,
    async () => {
      try {
        await s3.send(new HeadBucketCommand({ Bucket: bucket }));
        return true;
      } catch (error) {
        const status = statusOf(error);
        if (status === 403 || status === 301) return true;
        throw error;
      }
    },
    { absentWhen: NO_SUCH_BUCKET, resourceId: bucket },
  );
  return answer === null ? false : (answer ?? null);
}

/** Each lookup's time limit and attempts: the scan never waits on DNS for long. */
const DNS_TIMEOUT_MS = 2_000;
const DNS_TRIES = 2;

/**
 * Name servers for the existence checks, as `host:port` joined by commas; the system's otherwise.
 * Like AWS_ENDPOINT_URL for an emulator, it lets tests answer from a local server.
 */
export const DNS_SERVERS_ENV = 'AWS_AUDIT_DNS_SERVERS';

export type NameLookup = (name: string) => Promise<boolean | null>;

const serverListOf = (servers: string | undefined) =>
  servers ? servers.split(',').map((s) => s.trim()) : undefined;

/**
 * Runs one query with its own resolver (cancelling a late one must not cancel the others), two
 * tries of two seconds, then cancelled: the scan never waits on DNS for long.
 */
async function bounded<T>(
  servers: readonly string[] | undefined,
  what: string,
  query: (resolver: Resolver) => Promise<T>,
): Promise<T> {
  const resolver = new Resolver({ timeout: DNS_TIMEOUT_MS, tries: DNS_TRIES });
  if (servers) resolver.setServers(servers);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => {
        resolver.cancel();
        reject(Object.assign(new Error(`DNS lookup of ${what} did not end in time`), { code: 'ETIMEOUT' }));
      },
      DNS_TIMEOUT_MS * DNS_TRIES + 1_000,
    );
  });
  try {
    return await Promise.race([query(resolver), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

const codeOf = (error: unknown) => (error as { code?: string }).code;

/**
 * Whether a DNS name exists: true when it has an address (or exists without one), false on
 * NXDOMAIN, null when the lookup failed (timeout, refused, no server), which is recorded by the
 * caller. Bounded: two tries of two seconds, then cancelled.
 */
export function dnsNameLookup(servers = process.env[DNS_SERVERS_ENV]): NameLookup {
  const serverList = serverListOf(servers);
  return async (name) => {
    try {
      await bounded(serverList, name, (resolver) => resolver.resolve4(name));
      return true;
    } catch (error) {
      if (codeOf(error) === 'ENOTFOUND') return false;
      // The name exists without an A record (an AAAA-only name): it is held.
      if (codeOf(error) === 'ENODATA') return true;
      throw error;
    }
  };
}

/**
 * The names an IPv4 address reverses to (PTR), empty when it has none (NXDOMAIN or no PTR
 * record); a failed lookup throws, for the caller to record: never taken for "no name".
 * Bounded like dnsNameLookup.
 */
export function reverseLookup(
  servers = process.env[DNS_SERVERS_ENV],
): (address: string) => Promise<string[]> {
  const serverList = serverListOf(servers);
  return async (address) => {
    try {
      // resolvePtr, not reverse: reverse (gethostbyaddr) reports a server that refused as ENOTFOUND.
      const arpa = `${address.split('.').reverse().join('.')}.in-addr.arpa`;
      const names = await bounded(serverList, address, (resolver) => resolver.resolvePtr(arpa));
      return names.map((n) => n.replace(/\.$/, '').toLowerCase());
    } catch (error) {
      if (codeOf(error) === 'ENOTFOUND' || codeOf(error) === 'ENODATA') return [];
      throw error;
    }
  };
}
